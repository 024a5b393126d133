//! Many seeded runs of one configuration: the distribution of rounds to
//! finality and how often safety fails.
//!
//! Run `r` of an experiment with base seed `S` uses seed `S + r`, so any
//! single run can be replayed on its own (in the app or the CLI).

use super::{ConsensusSim, ParamError, Params, Scale, Status};
use serde::{Deserialize, Serialize};

/// The outcome of one run to its end (as JSON, how a page's Web Worker
/// sends it back: `src/bin/chainlab-worker.rs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunOutcome {
    pub run: u32,
    pub seed: u64,
    /// Rounds until every honest node had finalised; `None` if it stalled.
    pub rounds_to_finality: Option<u32>,
    /// Rounds actually simulated.
    pub rounds: u32,
    /// The colour all finalised honest nodes agree on (`None` if none
    /// finalised, or if they disagree).
    pub finalised_colour: Option<u8>,
    /// Honest nodes finalised different colours.
    pub safety_violation: bool,
    pub fingerprint: u64,
}

impl RunOutcome {
    /// The columns of [`RunOutcome::csv_row`] (the page's `runs.csv`; the
    /// command line adds the fingerprint).
    pub const CSV_HEADER: &'static str = "run,seed,rounds_to_finality,rounds,finalised_colour,safety_violation";

    /// One CSV row: a stalled run's rounds to finality are empty, and a run
    /// without one colour writes `no_colour`.
    pub fn csv_row(&self, no_colour: &str) -> String {
        let rounds_to_finality = self.rounds_to_finality.map(|v| v.to_string()).unwrap_or_default();
        let colour = self.finalised_colour.map_or(no_colour, |c| super::COLOUR_NAMES[c as usize]);
        format!("{},{},{rounds_to_finality},{},{colour},{}", self.run, self.seed, self.rounds, self.safety_violation)
    }
}

/// Runs one seed to its end.
pub fn run_once(params: &Params, seed: u64, run: u32) -> Result<RunOutcome, ParamError> {
    let mut sim = ConsensusSim::new(params.clone(), seed)?;
    sim.run_to_end();
    Ok(outcome_of(&sim, run))
}

fn outcome_of(sim: &ConsensusSim, run: u32) -> RunOutcome {
    RunOutcome {
        run,
        seed: sim.seed(),
        rounds_to_finality: (sim.status() == Status::Finalised).then_some(sim.round()),
        rounds: sim.round(),
        finalised_colour: sim.decided_colour(),
        safety_violation: sim.safety_violated(),
        fingerprint: sim.fingerprint(),
    }
}

/// Summary statistics over a set of runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    pub runs: u32,
    pub finalised: u32,
    pub stalled: u32,
    pub safety_violations: u32,
    pub mean_rounds: Option<f64>,
    pub median_rounds: Option<u32>,
    pub p95_rounds: Option<u32>,
    pub min_rounds: Option<u32>,
    pub max_rounds: Option<u32>,
    /// How many runs settled on each colour.
    pub colour_counts: Vec<u32>,
}

impl Summary {
    pub fn of(outcomes: &[RunOutcome], colours: u32) -> Summary {
        let mut rounds: Vec<u32> = outcomes.iter().filter_map(|o| o.rounds_to_finality).collect();
        rounds.sort_unstable();
        let pct = |q: f64| -> Option<u32> {
            if rounds.is_empty() {
                None
            } else {
                let idx = ((q * rounds.len() as f64).ceil() as usize).clamp(1, rounds.len()) - 1;
                Some(rounds[idx])
            }
        };
        let mut colour_counts = vec![0; colours as usize];
        for o in outcomes {
            if let Some(c) = o.finalised_colour {
                if let Some(slot) = colour_counts.get_mut(c as usize) {
                    *slot += 1;
                }
            }
        }
        Summary {
            runs: outcomes.len() as u32,
            finalised: rounds.len() as u32,
            stalled: outcomes.iter().filter(|o| o.rounds_to_finality.is_none()).count() as u32,
            safety_violations: outcomes.iter().filter(|o| o.safety_violation).count() as u32,
            mean_rounds: (!rounds.is_empty())
                .then(|| rounds.iter().map(|&r| f64::from(r)).sum::<f64>() / rounds.len() as f64),
            median_rounds: pct(0.5),
            p95_rounds: pct(0.95),
            min_rounds: rounds.first().copied(),
            max_rounds: rounds.last().copied(),
            colour_counts,
        }
    }
}

/// An experiment that can be advanced a round at a time (so a page can
/// spread it across animation frames without freezing, however long one
/// run is).
#[derive(Clone, Debug)]
pub struct Experiment {
    params: Params,
    base_seed: u64,
    runs: u32,
    outcomes: Vec<RunOutcome>,
    /// The run in progress, if any.
    current: Option<ConsensusSim>,
    /// A page's limits or a batch's ([`Scale`]).
    scale: Scale,
}

impl Experiment {
    pub fn new(params: Params, base_seed: u64, runs: u32) -> Result<Experiment, ParamError> {
        Experiment::new_at(params, base_seed, runs, Scale::Page)
    }
    /// An experiment at a scale: a batch (the command line) allows networks
    /// up to [`super::MAX_BATCH_NODES`] nodes.
    pub fn new_at(params: Params, base_seed: u64, runs: u32, scale: Scale) -> Result<Experiment, ParamError> {
        params.validate_at(scale)?;
        Ok(Experiment { params, base_seed, runs, outcomes: Vec::with_capacity(runs as usize), current: None, scale })
    }
    pub fn params(&self) -> &Params {
        &self.params
    }
    pub fn total_runs(&self) -> u32 {
        self.runs
    }
    pub fn outcomes(&self) -> &[RunOutcome] {
        &self.outcomes
    }
    pub fn is_done(&self) -> bool {
        self.outcomes.len() as u32 >= self.runs
    }
    /// Advances the run in progress by one round (starting the next run if
    /// none is in progress, recording it when it ends); `false` once every
    /// run is done.
    pub fn step_round(&mut self) -> bool {
        if self.is_done() {
            return false;
        }
        let run = self.outcomes.len() as u32;
        let seed = self.base_seed.wrapping_add(u64::from(run));
        let sim = self.current.get_or_insert_with(|| {
            ConsensusSim::new_at(self.params.clone(), seed, self.scale)
                .expect("parameters were validated in Experiment::new_at")
        });
        sim.step();
        if sim.is_done() {
            let sim = self.current.take().expect("a run is in progress");
            self.outcomes.push(outcome_of(&sim, run));
        }
        !self.is_done()
    }

    /// Finishes the run in progress, or makes the next one; `false` once
    /// every run is done.
    pub fn advance(&mut self) -> bool {
        let done = self.outcomes.len();
        while self.outcomes.len() == done && self.step_round() {}
        self.outcomes.len() > done
    }
    /// Records the next run's outcome, worked out elsewhere (a page's Web
    /// Worker, with [`run_once`] on the same parameters): `o` must be run
    /// `outcomes().len()` of this experiment, with its seed, else it is
    /// refused and nothing changes. A run in progress here is dropped (the
    /// same seed gives the same outcome). `false` once every run is done.
    pub fn record(&mut self, o: RunOutcome) -> Result<bool, String> {
        let run = self.outcomes.len() as u32;
        let seed = self.seed_of(run);
        if self.is_done() {
            return Err(format!("all {} runs are already recorded", self.runs));
        }
        if o.run != run || o.seed != seed {
            return Err(format!("expected run {run} (seed {seed}), got run {} (seed {})", o.run, o.seed));
        }
        self.current = None;
        self.outcomes.push(o);
        Ok(!self.is_done())
    }
    /// The seed of run `run`.
    pub fn seed_of(&self, run: u32) -> u64 {
        self.base_seed.wrapping_add(u64::from(run))
    }
    pub fn run_all(&mut self) {
        while self.advance() {}
    }
    pub fn summary(&self) -> Summary {
        Summary::of(&self.outcomes, self.params.colours)
    }
}
