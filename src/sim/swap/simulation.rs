//! The swap model through the one interface ([`Simulation`]): its
//! narration, its report and its data files (balances and events as CSV
//! and JSON, and the log).

use super::{hm, ChainId, ParamError, SwapParams, SwapSim};
use crate::sim::simulation::{csv_field, delegate_to_model, DataFile, Simulation};

/// The latest event, and the outcome once the run is over.
pub fn narration(sim: &SwapSim) -> String {
    let last = sim
        .log()
        .last()
        .map(|e| crate::t!("swap-narration-event", time = hm(e.time), text = &e.text))
        .unwrap_or_else(|| crate::t!("swap-narration-start"));
    if sim.is_done() {
        crate::t!("swap-narration-outcome", last = last, outcome = sim.outcome().describe())
    } else {
        last
    }
}

fn chain(c: Option<ChainId>) -> &'static str {
    match c {
        Some(ChainId::A) => "A",
        Some(ChainId::B) => "B",
        None => "",
    }
}

/// The end of the time axis: a little past the latest thing that happened
/// (so an eight-minute swap is not a sliver of a two-day axis), at least
/// half an hour, at most the horizon.
pub fn view_end(sim: &SwapSim) -> u64 {
    let last_tx = [ChainId::A, ChainId::B]
        .iter()
        .filter_map(|&c| sim.chain(c).iter().rev().find(|b| !b.txs.is_empty()).map(|b| b.time))
        .max()
        .unwrap_or(0);
    let t = sim.time().max(last_tx);
    ((t as f64 * 1.15) as u64).max(1800).min(sim.params().horizon.max(1))
}

impl Simulation for SwapSim {
    delegate_to_model!(SwapSim, params: SwapParams, error: ParamError, url: crate::query::swap::SwapState,
        steps: steps, unit: |_| "block", narration: narration);

    fn report(&self) -> Vec<(&'static str, String)> {
        vec![
            ("blocks", self.steps().to_string()),
            ("time", hm(self.time())),
            ("height_a", self.height(ChainId::A).to_string()),
            ("height_b", self.height(ChainId::B).to_string()),
            ("outcome", self.outcome().describe()),
        ]
    }
    /// Balances, the events and the log (the balance chart, an SVG, is
    /// the page's and the CLI's).
    fn data(&self) -> Result<Vec<DataFile>, String> {
        let mut balances = String::from("time_s,alice_a,alice_b,bob_a,bob_b\n");
        for b in self.balances() {
            balances.push_str(&format!("{},{},{},{},{}\n", b.time, b.alice_a, b.alice_b, b.bob_a, b.bob_b));
        }
        let mut events = String::from("time_s,time,chain,text\n");
        let mut log = String::new();
        for e in self.log() {
            events.push_str(&format!("{},{},{},{}\n", e.time, hm(e.time), chain(e.chain), csv_field(&e.text)));
            log.push_str(&format!("{} {} {}\n", hm(e.time), chain(e.chain), e.text));
        }
        log.push_str(&format!("Outcome: {}\n", self.outcome().describe()));
        Ok(vec![
            DataFile::csv("balances.csv", balances),
            DataFile::json_pretty("balances.json", self.balances())?,
            DataFile::csv("events.csv", events),
            DataFile::json_pretty("events.json", self.log())?,
            DataFile::text("log.txt", log),
        ])
    }
    fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + std::mem::size_of_val(self.balances())
            + self.log().iter().map(|e| e.text.len() + 48).sum::<usize>()
            + (self.chain(ChainId::A).len() + self.chain(ChainId::B).len()) * 96
    }
}
