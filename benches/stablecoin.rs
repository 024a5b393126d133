//! Native benchmark of the stablecoin model (`cargo bench --bench stablecoin`).
//!
//! Plain `std::time`, no harness. Run without `--bench` (as `cargo test --all-targets`
//! does) it makes one quick pass so the test suite stays fast.
//!
//! The market module runs per 6-second block whatever the UI step, so every
//! run below is per-block; the step length only sets how often a snapshot
//! is kept. What is measured (median and minimum of 5 seeds):
//! - May 2022: 12 days, 172,800 blocks, at 6 s steps (one snapshot per
//!   block). Goal: at most 80 ms.
//! - May 2022 at 60 s steps (the page's default; the same blocks).
//! - the calm scenario: 30 days (432,000 blocks) at 60 s steps.
//! - a 20-seed May 2022 ensemble (60 s steps, every snapshot kept), as the
//!   CLI's `--runs 20` and the page's fan chart run it.

use chainlab::sim::stablecoin::ensemble::Ensemble;
use chainlab::sim::stablecoin::{Scenario, StablecoinParams, StablecoinSim};
use std::hint::black_box;
use std::time::Instant;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms, time_seeds, Timed};

fn time(label: &str, params: StablecoinParams, runs: u64) {
    let Timed { wall: mut times, last, .. } = time_seeds(runs, |_| params.clone(), StablecoinSim::run_to_end);
    let steps = last.steps();
    let min = times.iter().copied().fold(f64::MAX, f64::min);
    let m = median(&mut times);
    println!(
        "{label:<44} {steps:>8} steps {m:>10.2} ms median {min:>10.2} ms min {:>8.3} us/step",
        m * 1e3 / f64::from(steps.max(1))
    );
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    println!("Chain Lab: native stablecoin benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench stablecoin` for numbers)");
        let mut p = Scenario::Calm.params();
        p.days = 1.0;
        time("calm, 1 day at 60 s", p, 1);
        return;
    }
    let mut p = Scenario::TerraMay2022.params();
    p.step_seconds = 6.0;
    time("terra-may-2022, 172,800 blocks at 6 s (goal <= 80 ms)", p, 5);
    time("terra-may-2022, 172,800 blocks at 60 s", Scenario::TerraMay2022.params(), 5);
    time("calm, 432,000 blocks at 60 s", Scenario::Calm.params(), 3);
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let e = Ensemble::run(&Scenario::TerraMay2022.params(), 1, 20, 1);
        black_box(e.summary(60.0, 1));
        times.push(ms(t.elapsed()));
    }
    let m = median(&mut times);
    println!("{:<56} {m:>10.2} ms median", "terra-may-2022 ensemble, 20 seeds at 60 s, with quantiles");
}
