//! The runs behind the consensus page (moved from `consensus.rs`).

use super::pool::ExperimentWorkers;
use super::*;
use crate::ui::runner::Playable;

/// The runs behind the page; rebuilt whenever the seed or a parameter
/// changes. The page plays one network, the three protocols side by side
/// or many runs, by view: it plays them through `ui::runner`'s playback
/// ([`ByView`]) but keeps its own Step, Back and commands, which depend on
/// the view.
pub(super) struct Runs {
    pub(super) single: ConsensusSim,
    pub(super) compare: Vec<ConsensusSim>,
    pub(super) experiment: Experiment,
    /// What was refused, and shown instead (the page's error line).
    pub(super) refused: Option<String>,
    /// The experiment's runs in Web Workers (dropped, and stopped, with the runs).
    pub(super) workers: ExperimentWorkers,
}

/// The run `(params, seed)`, or the default parameters' run saying why.
pub(super) fn start(params: &Params, seed: u64, refused: &mut Option<String>) -> ConsensusSim {
    let (sim, fallback) = ConsensusSim::start(params, seed);
    if let Some(f) = fallback {
        *refused = Some(f.message());
    }
    sim
}

impl Runs {
    pub(super) fn new(s: &ConsensusState) -> Runs {
        let mut refused = None;
        let compare = if s.view == View::Compare {
            Protocol::ALL
                .iter()
                .map(|&protocol| start(&Params { protocol, ..s.params.clone() }, s.seed, &mut refused))
                .collect()
        } else {
            Vec::new()
        };
        let experiment = Experiment::new(s.params.clone(), s.seed, s.runs).unwrap_or_else(|e| {
            refused = Some(crate::sim::simulation::Fallback { reason: e.to_string() }.message());
            Experiment::new(Params::default(), s.seed, s.runs).expect("defaults are valid")
        });
        let single = start(&s.params, s.seed, &mut refused);
        let mut runs = Runs { single, compare, experiment, refused, workers: ExperimentWorkers::default() };
        if let Some(at) = s.at {
            runs.fast_forward(s.view, at);
        }
        runs
    }
    pub(super) fn fast_forward(&mut self, view: View, round: u32) {
        match view {
            View::Compare => {
                for sim in &mut self.compare {
                    while sim.round() < round && !sim.is_done() {
                        sim.step();
                    }
                }
            }
            _ => {
                while self.single.round() < round && !self.single.is_done() {
                    self.single.step();
                }
            }
        }
    }
    /// One round of whatever the view shows (in the experiment, of the run
    /// in progress: a whole run can take seconds); false when nothing is left.
    pub(super) fn step(&mut self, view: View) -> bool {
        match view {
            View::Network => {
                self.single.step();
                !self.single.is_done()
            }
            View::Compare => {
                for sim in &mut self.compare {
                    sim.step();
                }
                self.compare.iter().any(|s| !s.is_done())
            }
            View::Experiment => self.experiment.step_round(),
            View::Subnets => false,
        }
    }
    pub(super) fn finished(&self, view: View) -> bool {
        match view {
            View::Network => self.single.is_done(),
            View::Compare => self.compare.iter().all(|s| s.is_done()),
            View::Experiment => self.experiment.is_done(),
            View::Subnets => true,
        }
    }
    pub(super) fn round(&self, view: View) -> u32 {
        match view {
            View::Compare => self.compare.iter().map(|s| s.round()).max().unwrap_or(0),
            _ => self.single.round(),
        }
    }
}

/// What the view shows, as `ui::runner` plays it: a round of it, until
/// nothing is left or (in the experiment, after Step) the run `until` is
/// complete.
pub(super) struct ByView<'a> {
    pub(super) runs: &'a mut Runs,
    pub(super) view: View,
    pub(super) until: Option<usize>,
}

impl Playable for ByView<'_> {
    fn step(&mut self) -> bool {
        let reached = self.until.is_some_and(|t| self.runs.experiment.outcomes().len() >= t);
        if reached || self.runs.finished(self.view) {
            return false;
        }
        self.runs.step(self.view);
        true
    }
}
