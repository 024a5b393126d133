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
use std::hint::black_box;
use std::time::Instant;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms};

/// This process's user + system CPU time in ms (Linux `/proc/self/stat`, 10 ms ticks), so the
/// number means something on a machine shared with other builds; None elsewhere.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

/// Runs `runs` seeds of the run `params(seed)` describes; returns the median wall-clock ms, the
/// median CPU ms as text ("n/a" where it cannot be read) and the last run, for its summary.
fn time_runs(runs: usize, params: impl Fn(u64) -> ValidatorParams) -> (f64, String, ValidatorSim) {
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut last = None;
    for seed in 1..=runs as u64 {
        let mut sim = ValidatorSim::new(params(seed), seed).expect("valid parameters");
        let (t, c) = (Instant::now(), cpu_ms());
        sim.run_to_end();
        times.push(ms(t.elapsed()));
        if let (Some(a), Some(b)) = (c, cpu_ms()) {
            cpu.push(b - a);
        }
        black_box(sim.fingerprint());
        last = Some(sim);
    }
    let c = if cpu.is_empty() { "n/a".to_string() } else { format!("{:.0}", median(&mut cpu)) };
    (median(&mut times), c, last.expect("at least one run"))
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let (validators, epochs, runs) = if quick { (1_000, 200, 1) } else { (10_000, 10_000, 3) };
    println!("Chain Lab: native validator benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench validators` for numbers)");
    }
    println!("{validators} validators, 100 operators, {epochs} epochs, median of {runs}");
    println!(
        "{:<10} {:>12} {:>22} {:>10} {:>16}",
        "price", "median ms", "ns per validator-epoch", "active at end", "CPU ms per run"
    );
    for price in [PriceSource::Stable, PriceSource::Collapse] {
        let (m, c, sim) = time_runs(runs, |_| ValidatorParams {
            validators,
            operators: 100,
            epochs,
            price: price.clone(),
            ..Default::default()
        });
        let active = sim.history().last().map(|r| r.active_validators).unwrap_or(0);
        println!(
            "{:<10} {:>12.1} {:>22.2} {:>10} {:>16}",
            price.name(),
            m,
            m * 1e6 / (f64::from(validators) * f64::from(epochs)),
            active,
            c
        );
    }
    let (validators, epochs) = if quick { (1_000, 300) } else { (10_000, 6_750) };
    println!();
    println!(
        "The leak: {validators} validators, 100 operators, {epochs} epochs ({:.0} days), median of {runs} (goal for 10,000 x 6,750: under 1,000 ms)",
        f64::from(epochs) / 225.0
    );
    println!(
        "{:<22} {:>12} {:>22} {:>14} {:>16}",
        "outage", "median ms", "ns per validator-epoch", "leak epochs", "CPU ms per run"
    );
    for kind in [OutageKind::Offline, OutageKind::Partition] {
        let (m, c, sim) = time_runs(runs, |_| ValidatorParams {
            validators,
            operators: 100,
            epochs,
            cost_share: 0.0,
            outage: Some(Outage { kind, share_bp: 5_000, from: 1 }),
            ..Default::default()
        });
        let leaking = sim.history().iter().filter(|r| r.in_leak).count();
        let name = if kind == OutageKind::Offline { "50% offline" } else { "50/50 partition (x2)" };
        println!(
            "{:<22} {:>12.1} {:>22.2} {:>14} {:>16}",
            name,
            m,
            m * 1e6 / (f64::from(validators) * f64::from(epochs)),
            leaking,
            c
        );
    }
}
