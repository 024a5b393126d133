//! Native benchmark of the validator model (`cargo bench --bench validators`).
//!
//! The goal (issue 6): 10,000 validators over 10,000 epochs in under 2 s. Measured on the
//! real-shares preset with the default 2% downtime and lone slashings, on a stable price and
//! on the collapse (where exits churn through the queue), median of 3 seeds, wall clock and
//! (on Linux) CPU time, which stays meaningful on a machine shared with other builds. Run without
//! `--bench` (as `cargo test --all-targets` does) it makes one short pass.
//!
//! The leak (issue 20): 10,000 validators through a 30-day inactivity leak at per-epoch resolution
//! (6,750 epochs) in under 1 s: half the stake offline from epoch 1 (the leak lasts until the
//! offline half is ejected at 16 ETH and the online half holds 2/3 again), and a 50/50 partition
//! (two chains, so twice the work), median of 3 seeds.

use chainlab::sim::validators::{Outage, OutageKind, PriceSource, ValidatorParams, ValidatorSim};

#[path = "support/timing.rs"]
mod timing;
use timing::{median, time_seeds};

/// One table of timings, per validator-epoch: the widths of its first and fourth columns.
struct Table {
    first: usize,
    fourth: usize,
}

impl Table {
    fn header(&self, first: &str, fourth: &str) {
        let (w1, w4) = (self.first, self.fourth);
        println!(
            "{first:<w1$} {:>12} {:>22} {fourth:>w4$} {:>16}",
            "median ms", "ns per validator-epoch", "CPU ms per run"
        );
    }

    /// The row of `runs` seeds of `params(seed)`, timed; `fourth` says what to report of the
    /// last run.
    fn row(&self, name: &str, runs: u64, params: ValidatorParams, fourth: impl Fn(&ValidatorSim) -> usize) {
        let (validators, epochs) = (params.validators, params.epochs);
        let mut t = time_seeds(runs, |_| params.clone(), ValidatorSim::run_to_end);
        let m = median(&mut t.wall);
        let c = if t.cpu.is_empty() { "n/a".to_string() } else { format!("{:.0}", median(&mut t.cpu)) };
        let per = m * 1e6 / (f64::from(validators) * f64::from(epochs));
        let (w1, w4) = (self.first, self.fourth);
        println!("{name:<w1$} {m:>12.1} {per:>22.2} {:>w4$} {c:>16}", fourth(&t.last));
    }
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let (validators, epochs, runs) = if quick { (1_000, 200, 1) } else { (10_000, 10_000, 3) };
    println!("Chain Lab: native validator benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench validators` for numbers)");
    }
    println!("{validators} validators, 100 operators, {epochs} epochs, median of {runs}");
    let prices = Table { first: 10, fourth: 10 };
    prices.header("price", "active at end");
    for price in [PriceSource::Stable, PriceSource::Collapse] {
        let params = ValidatorParams { validators, operators: 100, epochs, price: price.clone(), ..Default::default() };
        prices.row(price.name(), runs, params, |sim| sim.history().last().map_or(0, |r| r.active_validators as usize));
    }
    let (validators, epochs) = if quick { (1_000, 300) } else { (10_000, 6_750) };
    println!();
    println!(
        "The leak: {validators} validators, 100 operators, {epochs} epochs ({:.0} days), median of {runs} (goal for 10,000 x 6,750: under 1,000 ms)",
        f64::from(epochs) / 225.0
    );
    let outages = Table { first: 22, fourth: 14 };
    outages.header("outage", "leak epochs");
    for kind in [OutageKind::Offline, OutageKind::Partition] {
        let outage = Some(Outage { kind, share_bp: 5_000, from: 1 });
        let params =
            ValidatorParams { validators, operators: 100, epochs, cost_share: 0.0, outage, ..Default::default() };
        let name = if kind == OutageKind::Offline { "50% offline" } else { "50/50 partition (x2)" };
        outages.row(name, runs, params, |sim| sim.history().iter().filter(|r| r.in_leak).count());
    }
}
