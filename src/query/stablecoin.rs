//! The stablecoin page's URL state: the scenario, then only the
//! parameters that differ from it (keys as in [`PARAMS`]), the speed and
//! the step to open at.

use super::url_state::page_state;
use super::{rate, Notice, Query, Reader, Writer, DEFAULT_SEED, DEFAULT_SPEED, SPEEDS};
use crate::sim::stablecoin::{Scenario, MAX_STEPS, PARAMS};

/// Steps per real second at 1x: one simulated hour per second at one-minute steps.
pub const STEPS_PER_SECOND_AT_1X: f64 = 60.0;

page_state! {
    /// Everything the stablecoin page keeps in its URL.
    pub struct StablecoinState runs crate::sim::stablecoin::StablecoinSim {
        pub scenario: Scenario,
    }
    at: "Open at this step.",
    default: StablecoinState::for_scenario(Scenario::TerraMay2022, DEFAULT_SEED),
}

impl StablecoinState {
    pub fn for_scenario(scenario: Scenario, seed: u64) -> StablecoinState {
        StablecoinState { seed, scenario, params: scenario.params(), speed: DEFAULT_SPEED, at: None }
    }

    pub fn from_query(q: &Query) -> (StablecoinState, Vec<Notice>) {
        let (d, mut r, seed) = Reader::start::<StablecoinState>(q);
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
        w.put("speed", self.speed).put_some("at", self.at);
        w.finish()
    }

    /// Steps per real second, or `None` for "as fast as possible".
    pub fn steps_per_second(&self) -> Option<f64> {
        rate(self.speed, STEPS_PER_SECOND_AT_1X)
    }

    /// Whether the parameters differ from the scenario's.
    pub fn modified(&self) -> bool {
        self.params != self.scenario.params()
    }
}
