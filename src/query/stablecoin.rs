//! The stablecoin page's URL state: the scenario, then only the
//! parameters that differ from it (keys as in [`PARAMS`]), the speed and
//! the step to open at.

use super::consensus::{DEFAULT_SEED, DEFAULT_SPEED, SPEEDS};
use super::url_state::{at_u32, url_state};
use super::{Notice, Query, Reader, Writer};
use crate::sim::simulation::Step;
use crate::sim::stablecoin::{Scenario, StablecoinParams, MAX_STEPS, PARAMS};

/// Steps per real second at 1x: one simulated hour per second at one-minute steps.
pub const STEPS_PER_SECOND_AT_1X: f64 = 60.0;

/// Everything the stablecoin page keeps in its URL.
#[derive(Clone, Debug, PartialEq)]
pub struct StablecoinState {
    pub seed: u64,
    pub scenario: Scenario,
    pub params: StablecoinParams,
    pub speed: &'static str,
    /// Open at this step.
    pub at: Option<u32>,
}

url_state!(StablecoinState, crate::sim::stablecoin::StablecoinSim, at: at_u32, |a: Option<u32>| a.map(Step::from));

impl Default for StablecoinState {
    fn default() -> Self {
        StablecoinState::for_scenario(Scenario::TerraMay2022, DEFAULT_SEED)
    }
}

impl StablecoinState {
    pub fn for_scenario(scenario: Scenario, seed: u64) -> StablecoinState {
        StablecoinState { seed, scenario, params: scenario.params(), speed: DEFAULT_SPEED, at: None }
    }

    pub fn from_query(q: &Query) -> (StablecoinState, Vec<Notice>) {
        let d = StablecoinState::default();
        let mut r = Reader::new(q);
        let seed = r.number("seed", d.seed, 0..=u64::MAX);
        let scenario = r.choice("scenario", d.scenario, &Scenario::ALL, Scenario::name);
        let base = scenario.params();
        let mut p = base.clone();
        for s in PARAMS {
            let v = r.number(s.key, (s.get)(&base), s.min..=s.max);
            (s.set)(&mut p, v);
        }
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let at = r.at(MAX_STEPS as u32);
        if let Err(e) = p.validate() {
            r.notice("scenario", crate::t!("stablecoin-notice-invalid", why = e.to_string(), scenario = scenario.title()));
            p = base;
        }
        (StablecoinState { seed, scenario, params: p, speed, at }, r.finish())
    }

    pub fn to_query(&self) -> String {
        let base = self.scenario.params();
        let mut w = Writer::new();
        w.put("seed", self.seed).put("scenario", self.scenario.name());
        for s in PARAMS {
            let v = (s.get)(&self.params);
            if v.to_bits() != (s.get)(&base).to_bits() {
                w.put(s.key, v);
            }
        }
        w.put("speed", self.speed);
        if let Some(at) = self.at {
            w.put("at", at);
        }
        w.finish()
    }

    /// Steps per real second, or `None` for "as fast as possible".
    pub fn steps_per_second(&self) -> Option<f64> {
        SPEEDS.iter().find(|s| s.0 == self.speed).map(|s| s.1).filter(|&v| v > 0.0).map(|v| v * STEPS_PER_SECOND_AT_1X)
    }

    /// Whether the parameters differ from the scenario's.
    pub fn modified(&self) -> bool {
        self.params != self.scenario.params()
    }
}
