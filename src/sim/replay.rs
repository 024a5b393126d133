//! Going back in a run by replay: copies of the run kept every so many
//! steps (checkpoints), so that any earlier step is a short replay away.
//!
//! The models are deterministic, so a copy taken at step `n` equals a
//! fresh run stepped to `n`: seeking back to `n` clones the last
//! checkpoint at or before `n` and steps on from there. The checkpoints
//! all belong to one run (parameters and seed); a copy of another run is
//! never used. Past a memory budget every other checkpoint is dropped and
//! the spacing doubles, so a long run costs a bounded amount of memory.

use super::simulation::{Fallback, Simulation, Step};
use std::collections::BTreeMap;

/// Checkpoints of one run of `S`.
#[derive(Clone, Debug)]
pub struct Replay<S: Simulation> {
    /// The spacing asked for.
    base: Step,
    /// The spacing now (a power-of-two multiple of `base`).
    every: Step,
    /// Memory the checkpoints may take (estimated, [`Simulation::approx_bytes`]).
    budget: usize,
    kept: BTreeMap<Step, S>,
    /// What a run whose parameters are refused starts from instead.
    fallback: S::Params,
}

impl<S: Simulation> Replay<S> {
    /// Checkpoints every `every` steps (at least 1) within `budget` bytes;
    /// `fallback`: the parameters a refused run is replaced by.
    pub fn new(every: Step, budget: usize, fallback: S::Params) -> Replay<S> {
        let every = every.max(1);
        Replay { base: every, every, budget, kept: BTreeMap::new(), fallback }
    }

    /// The spacing of the checkpoints now.
    pub fn every(&self) -> Step {
        self.every
    }
    /// The steps at which a copy is kept.
    pub fn steps(&self) -> Vec<Step> {
        self.kept.keys().copied().collect()
    }

    /// A fresh run `(params, seed)` (or the fallback's, saying why).
    pub fn start(&self, params: &S::Params, seed: u64) -> (S, Option<Fallback>) {
        S::start_or(params, seed, &self.fallback)
    }

    /// Keeps a copy of `sim` if it stands on a checkpoint step. A run other
    /// than the one kept so far starts the checkpoints afresh.
    pub fn keep(&mut self, sim: &S) {
        let n = sim.step_count();
        if n == 0 || !n.is_multiple_of(self.base) {
            return;
        }
        if self.kept.values().next().is_some_and(|c| !c.same_run(sim)) {
            self.kept.clear();
            self.every = self.base;
        }
        if !n.is_multiple_of(self.every) || self.kept.contains_key(&n) {
            return;
        }
        self.kept.insert(n, sim.clone());
        while self.kept.len() > 1 && self.kept.values().map(S::approx_bytes).sum::<usize>() > self.budget {
            self.every *= 2;
            let every = self.every;
            self.kept.retain(|k, _| k.is_multiple_of(every));
        }
    }

    /// The latest checkpoint of the run `(params, seed)` at or before step `n`.
    pub fn at_or_before(&self, params: &S::Params, seed: u64, n: Step) -> Option<&S> {
        self.kept.range(..=n).next_back().map(|(_, c)| c).filter(|c| c.seed() == seed && c.params() == params)
    }

    /// One step of `sim`, keeping checkpoints.
    pub fn step(&mut self, sim: &mut S) {
        sim.step();
        self.keep(sim);
    }

    /// Steps `sim` on to step `n` (or its end, or a step that waits),
    /// keeping checkpoints.
    pub fn step_to(&mut self, sim: &mut S, n: Step) {
        while sim.step_count() < n && !sim.is_done() && !sim.waiting() {
            self.step(sim);
        }
    }

    /// The run `(params, seed)` at step `n` (or its end), replayed from the
    /// last checkpoint at or before it, else from the seed.
    pub fn replay(&mut self, params: &S::Params, seed: u64, n: Step) -> S {
        let mut sim = match self.at_or_before(params, seed, n) {
            Some(c) => c.clone(),
            None => self.start(params, seed).0,
        };
        self.step_to(&mut sim, n);
        sim
    }

    /// Moves `sim` to step `n` of its own run: on from where it stands
    /// when `n` is ahead, else by replay.
    pub fn seek(&mut self, sim: &mut S, n: Step) {
        if n >= sim.step_count() {
            self.step_to(sim, n);
        } else {
            *sim = self.replay(&sim.params().clone(), sim.seed(), n);
        }
    }

    /// The run one "event" back: the last step before `sim`'s at which
    /// `visible` (what the reader sees: a count of log lines, say) changed,
    /// or step 0. Such steps do not depend on where the search starts, so
    /// it starts from the latest checkpoint before now and falls back to
    /// earlier ones (and the seed) only when nothing changed since.
    pub fn event_back<V: PartialEq>(&mut self, sim: &S, visible: impl Fn(&S) -> V) -> S {
        let (params, seed, now) = (sim.params().clone(), sim.seed(), sim.step_count());
        let mut before = now;
        loop {
            let start = if before == 0 { None } else { self.at_or_before(&params, seed, before - 1).cloned() };
            let from = start.as_ref().map(|s| s.step_count()).unwrap_or(0);
            let mut probe = start.unwrap_or_else(|| self.start(&params, seed).0);
            let mut last = None;
            while probe.step_count() < now && !probe.is_done() && !probe.waiting() {
                step_event(&mut probe, &visible);
                if probe.step_count() < now {
                    last = Some(probe.step_count());
                }
            }
            match last {
                Some(l) => return self.replay(&params, seed, l),
                None if from == 0 => return self.start(&params, seed).0,
                None => before = from,
            }
        }
    }
}

/// Steps `sim` until what `visible` reports changes, or the run ends (or
/// waits); whether it changed.
pub fn step_event<S: Simulation, V: PartialEq>(sim: &mut S, visible: impl Fn(&S) -> V) -> bool {
    let before = visible(sim);
    while !sim.is_done() && !sim.waiting() {
        sim.step();
        if visible(sim) != before {
            return true;
        }
    }
    false
}

/// A model's check through the one interface, run for every simulation of
/// the registry by the test suite: `n` steps of the run `(params, seed)`;
/// seeks to steps before, at and after checkpoints, back and forth, equal
/// a fresh run (fingerprint and step); the URL gives the run back without a
/// notice; every data file is non-empty. `Err` says what failed.
pub fn self_check<S: Simulation>(params: &S::Params, seed: u64, n: Step) -> Result<(), String> {
    let name = std::any::type_name::<S>();
    let fresh = |k: Step| -> Result<S, String> {
        let mut s = S::new(params.clone(), seed).map_err(|e| format!("{name}: refused: {e}"))?;
        s.step_to(k);
        Ok(s)
    };
    let end = fresh(n)?;
    let last = end.step_count();
    if last == 0 {
        return Err(format!("{name}: no step taken"));
    }
    let mut replay = Replay::<S>::new((last / 7).max(1), 64 << 20, S::Params::default());
    let mut sim = replay.start(params, seed).0;
    for k in [last / 2, last / 5, 0, last, last / 3 + 1, last.saturating_sub(1), 1, last / 2] {
        replay.seek(&mut sim, k);
        let want = fresh(k)?;
        if sim.step_count() != want.step_count() || sim.fingerprint() != want.fingerprint() {
            return Err(format!("{name}: a seek to {k} differs from a fresh run to {k}"));
        }
    }
    let q = end.to_query();
    let (p, s, notices) = S::from_query(&q);
    if !notices.is_empty() || &p != params || s != seed {
        return Err(format!("{name}: the URL {q:?} does not give the run back ({} notices)", notices.len()));
    }
    for f in end.data()? {
        if f.body.is_empty() {
            return Err(format!("{name}: {} is empty", f.name));
        }
    }
    if end.narration().is_empty() || end.report().is_empty() {
        return Err(format!("{name}: no narration or report"));
    }
    Ok(())
}
