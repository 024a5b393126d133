//! Native benchmark of the validator model (`cargo bench --bench validators`).
//!
//! The goal (issue 6): 10,000 validators over 10,000 epochs in under 2 s. Measured on the
//! real-shares preset with the default 2% downtime and lone slashings, on a stable price and
//! on the collapse (where exits churn through the queue), median of 3 seeds. Run without
//! `--bench` (as `cargo test --all-targets` does) it makes one short pass.

use chainlab::sim::validators::{PriceSource, ValidatorParams, ValidatorSim};
use std::hint::black_box;
use std::time::Instant;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms};

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let (validators, epochs, runs) = if quick { (1_000, 200, 1) } else { (10_000, 10_000, 3) };
    println!("Chain Lab: native validator benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench validators` for numbers)");
    }
    println!("{validators} validators, 100 operators, {epochs} epochs, median of {runs}");
    println!("{:<10} {:>12} {:>22} {:>10}", "price", "median ms", "ns per validator-epoch", "active at end");
    for price in [PriceSource::Stable, PriceSource::Collapse] {
        let mut times = Vec::new();
        let mut active = 0;
        for seed in 1..=runs as u64 {
            let p = ValidatorParams { validators, operators: 100, epochs, price: price.clone(), ..Default::default() };
            let mut sim = ValidatorSim::new(p, seed).expect("valid parameters");
            let t = Instant::now();
            sim.run_to_end();
            times.push(ms(t.elapsed()));
            active = sim.history().last().map(|r| r.active_validators).unwrap_or(0);
            black_box(sim.fingerprint());
        }
        let m = median(&mut times);
        println!("{:<10} {:>12.1} {:>22.2} {:>10}", price.name(), m, m * 1e6 / (f64::from(validators) * f64::from(epochs)), active);
    }
}
