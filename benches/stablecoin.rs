//! Native benchmark of the stablecoin model (`cargo bench --bench stablecoin`).
//!
//! Plain `std::time`, no harness. Run without `--bench` (as `cargo test --all-targets`
//! does) it makes one quick pass so the test suite stays fast.
//!
//! What is measured (median and minimum of 5 seeds):
//! - the calm scenario: 30 days at one-minute steps (43,200 steps). Goal: under 200 ms.
//! - May 2022: 12 days at one-minute steps (17,280 steps), through the spiral.
//! - the calm scenario's 30 days at one-block (6 s) steps (432,000 steps would exceed the
//!   model's 200,000-step cap, so 13.8 days: 200,000 steps), for the cost per step.

use chainlab::sim::stablecoin::{Scenario, StablecoinParams, StablecoinSim};
use std::hint::black_box;
use std::time::Instant;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms};

fn time(label: &str, params: StablecoinParams, runs: u64) {
    let mut times = Vec::new();
    let mut steps = 0;
    for seed in 1..=runs {
        let mut sim = StablecoinSim::new(params.clone(), seed).expect("valid params");
        let t = Instant::now();
        sim.run_to_end();
        times.push(ms(t.elapsed()));
        steps = sim.steps();
        black_box(sim.fingerprint());
    }
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
    time(
        "calm, 30 days at 60 s (goal < 200 ms)",
        Scenario::Calm.params(),
        5,
    );
    time(
        "terra-may-2022, 12 days at 60 s",
        Scenario::TerraMay2022.params(),
        5,
    );
    let mut p = Scenario::Calm.params();
    p.step_seconds = 6.0;
    p.days = 200_000.0 * 6.0 / 86_400.0;
    time("calm, 200,000 one-block (6 s) steps", p, 3);
}
