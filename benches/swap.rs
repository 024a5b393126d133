//! Native benchmark of the atomic-swap model (`cargo bench --bench swap`).
//!
//! Plain `std::time`, no harness; speed goals are checked by reading these numbers, never by
//! timed tests. Run without `--bench` (as `cargo test --all-targets` does) it makes one quick
//! pass so the test suite stays fast.
//!
//! What is measured:
//! - `verify` (the exhaustive check behind "Verify this configuration"), on the default
//!   configuration (the happy path) and on misordered timelocks: distinct states,
//!   transitions, and the median and minimum of 5 runs.
//! - A whole happy-path run (`run_to_end`) and a whole run to Alice's refund
//!   (participant-never-locks, about 290 blocks on A and 14,600 on B), median of 5 seeds.

use chainlab::sim::swap::verify::verify;
use chainlab::sim::swap::{Scenario, SwapSim};
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 5;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms, time_seeds, Timed};

fn time_verify(scenario: Scenario, runs: usize) {
    let params = scenario.params();
    let mut times = Vec::new();
    let mut report = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = black_box(verify(black_box(&params)));
        times.push(ms(t.elapsed()));
        report = Some(r);
    }
    let r = report.expect("at least one run");
    let min = times.iter().copied().fold(f64::MAX, f64::min);
    println!(
        "{:<22} {:>8} {:>11} {:>7} {:>11.3} {:>9.3}",
        scenario.name(),
        r.states,
        r.transitions,
        if r.holds { "holds" } else { "fails" },
        median(&mut times),
        min
    );
}

fn time_runs(scenario: Scenario, runs: usize) {
    let Timed { wall: mut times, last, .. } = time_seeds(runs as u64, |_| scenario.params(), SwapSim::run_to_end);
    let blocks = last.steps();
    let m = median(&mut times);
    println!("{:<24} {:>8} {:>12.3} {:>14.3}", scenario.name(), blocks, m, m * 1e3 / f64::from(blocks.max(1)));
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs benches as tests with
    // no such flag: then do one quick pass so the test suite stays fast.
    let quick = !std::env::args().any(|a| a == "--bench");
    let runs = if quick { 1 } else { RUNS };
    println!("Chain Lab: native atomic-swap benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench swap` for numbers)");
    }
    println!();
    println!("verify: every interleaving of the scaled-down model, {runs} run(s)");
    println!(
        "{:<22} {:>8} {:>11} {:>7} {:>11} {:>9}",
        "configuration", "states", "transitions", "result", "median ms", "min ms"
    );
    for sc in [Scenario::HappyPath, Scenario::MisorderedTimelocks] {
        time_verify(sc, runs);
    }
    if !quick {
        for sc in [Scenario::ParticipantOffline, Scenario::Congestion] {
            time_verify(sc, runs);
        }
    }
    println!();
    println!("A whole run (run_to_end), median of {runs} seed(s)");
    println!("{:<24} {:>8} {:>12} {:>14}", "scenario", "blocks", "median ms", "µs per block");
    time_runs(Scenario::HappyPath, runs);
    if !quick {
        time_runs(Scenario::ParticipantNeverLocks, runs);
    }
}
