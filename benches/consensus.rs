//! Native benchmark of the sampling-consensus model (`cargo bench --bench consensus`).
//!
//! Plain `std::time`, no harness. Speed goals are checked by reading these numbers (and the
//! browser ones from `benches/browser.mjs`, see `scripts/bench.sh`), never by timed tests.
//!
//! What is measured:
//! - One `step()` in the expensive phase: every honest node polls K peers and none has
//!   finalised yet (with Beta = 20 no node can finalise before round 20). For each seed a
//!   fresh network is built, round 1 is run as a warm-up, then rounds 2..=11 are timed one
//!   by one. Median and minimum over all timed rounds of all seeds.
//! - A whole run to finality (`run_to_end`) of 10,000 nodes, per seed.
//! - The bound (issue 17): what a round cannot beat. Each honest node draws K distinct
//!   peers; Floyd's algorithm needs exactly one bounded random number per sampled peer
//!   (`random_range` on the model's Pcg32) and one read of that peer's preference. The
//!   bound loop does only that, over the same node count and K, with the same generator,
//!   and the model's round is reported as a multiple of it. Everything else a round does
//!   (the membership stamp, the vote count, the inspector's record of the last sample, the
//!   confidence update) is the gap.
//!
//! Prints a table and writes the numbers to `target/bench-native.json`, which
//! `benches/browser.mjs` reads to print the native time beside the wasm one.
//!
//! Parameters: `Params::default()` (Snowball, K = 20, AlphaPreference = AlphaConfidence =
//! 15, Beta = 20, two colours split 50/50, no Byzantine nodes) with the node count changed.
//! The same round measurement runs in the release wasm build in Chromium through
//! `bench_consensus_round` (src/ui/bench.rs).

use chainlab::sim::consensus::{ConsensusSim, Params};
use chainlab::sim::rng::seeded;
use rand::RngExt;
use std::hint::black_box;
use std::time::Instant;

/// Seeds per node count; each contributes `TIMED_ROUNDS` rounds.
const SEEDS: u64 = 8;
/// Rounds timed per network: 2..=11 (round 1 is the warm-up).
const TIMED_ROUNDS: u32 = 10;
/// Runs to finality timed for 10,000 nodes.
const FULL_RUNS: u64 = 5;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, ms};

fn params(nodes: u32) -> Params {
    Params { nodes, ..Params::default() }
}

struct RoundTimes {
    nodes: u32,
    samples: usize,
    median: f64,
    min: f64,
    mean: f64,
    max: f64,
    build_median: f64,
}

fn time_rounds(nodes: u32) -> RoundTimes {
    let mut times = Vec::new();
    let mut builds = Vec::new();
    for seed in 1..=SEEDS {
        let t = Instant::now();
        let mut sim = ConsensusSim::new(params(nodes), seed).expect("valid params");
        builds.push(ms(t.elapsed()));
        sim.step(); // round 1: warm-up (caches, allocator)
        for _ in 0..TIMED_ROUNDS {
            let t = Instant::now();
            sim.step();
            times.push(ms(t.elapsed()));
        }
        assert_eq!(sim.round(), 1 + TIMED_ROUNDS);
        assert_eq!(sim.latest().finalised, 0, "the timed rounds must all be in the all-polling phase");
        black_box(sim.fingerprint());
    }
    let samples = times.len();
    let mean = times.iter().sum::<f64>() / samples as f64;
    let max = times.iter().copied().fold(f64::MIN, f64::max);
    let min = times.iter().copied().fold(f64::MAX, f64::min);
    RoundTimes { nodes, samples, median: median(&mut times), min, mean, max, build_median: median(&mut builds) }
}

/// Nanoseconds per sampled peer of the bound loop: for every node, K bounded random
/// numbers from the model's generator (the same ranges Floyd's algorithm draws from) and
/// one read of the drawn node's preference each. Median of 10 passes.
fn bound_ns_per_peer(nodes: u32, k: u32) -> f64 {
    let prefs: Vec<u8> = (0..nodes).map(|i| (i % 2) as u8).collect();
    let mut rng = seeded(1);
    let mut times = Vec::new();
    let mut sink = 0u32;
    for _ in 0..10 {
        let t = Instant::now();
        for _node in 0..nodes {
            for j in (nodes - 1 - k)..(nodes - 1) {
                let peer = rng.random_range(0..=j);
                sink = sink.wrapping_add(u32::from(prefs[peer as usize]));
            }
        }
        times.push(ms(t.elapsed()));
    }
    black_box(sink);
    median(&mut times) * 1e6 / (f64::from(nodes) * f64::from(k))
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs benches as tests with
    // no such flag: then do one quick pass so the test suite stays fast.
    let quick = !std::env::args().any(|a| a == "--bench");
    let p = Params::default();
    println!("Chain Lab: native consensus benchmark (std::time, release profile)");
    println!(
        "Snowball K={} AlphaPreference={} AlphaConfidence={} Beta={}, {} colours split {}/{}, no Byzantine nodes",
        p.k,
        p.alpha_pref,
        p.alpha_conf,
        p.beta,
        p.colours,
        p.split * 100.0,
        100.0 - p.split * 100.0
    );
    if quick {
        time_rounds(400);
        println!("smoke check passed (400 nodes); run `cargo bench --bench consensus` for numbers");
        return;
    }

    println!();
    println!("One round (step) in the all-polling phase: rounds 2..=11 of fresh networks, {SEEDS} seeds");
    println!(
        "{:>8} {:>8} {:>11} {:>11} {:>11} {:>11} {:>13}",
        "nodes", "samples", "median ms", "min ms", "mean ms", "max ms", "build ms med"
    );
    let mut rows = Vec::new();
    for nodes in [10_000, 2_500, 400] {
        let r = time_rounds(nodes);
        println!(
            "{:>8} {:>8} {:>11.3} {:>11.3} {:>11.3} {:>11.3} {:>13.3}",
            r.nodes, r.samples, r.median, r.min, r.mean, r.max, r.build_median
        );
        rows.push(r);
    }
    if let Some(r) = rows.iter().find(|r| r.nodes == 10_000) {
        let polls = f64::from(r.nodes) * f64::from(p.k);
        println!(
            "  10,000 nodes: {:.1} ns per sampled peer (median round / {} samples)",
            r.median * 1e6 / polls,
            polls
        );
    }

    println!();
    println!("The bound: one bounded random number and one read per sampled peer (K = {})", p.k);
    println!("{:>8} {:>16} {:>16} {:>10}", "nodes", "bound ns/peer", "model ns/peer", "model/bound");
    let mut bounds = Vec::new();
    for r in &rows {
        let b = bound_ns_per_peer(r.nodes, p.k);
        let model = r.median * 1e6 / (f64::from(r.nodes) * f64::from(p.k));
        println!("{:>8} {:>16.2} {:>16.2} {:>10.2}", r.nodes, b, model, model / b);
        bounds.push(serde_json::json!({ "nodes": r.nodes, "bound_ns_per_peer": b, "model_ns_per_peer": model }));
    }

    println!();
    println!("Whole run to finality (run_to_end), 10,000 nodes, {FULL_RUNS} seeds");
    println!("{:>6} {:>8} {:>10} {:>12} {:>14}", "seed", "rounds", "status", "total ms", "ms per round");
    let mut totals = Vec::new();
    for seed in 1..=FULL_RUNS {
        let mut sim = ConsensusSim::new(params(10_000), seed).expect("valid params");
        let t = Instant::now();
        sim.run_to_end();
        let total = ms(t.elapsed());
        let rounds = sim.round();
        println!(
            "{:>6} {:>8} {:>10} {:>12.2} {:>14.3}",
            seed,
            rounds,
            format!("{:?}", sim.status()),
            total,
            total / f64::from(rounds.max(1))
        );
        totals.push(total);
        black_box(sim.fingerprint());
    }
    let min = totals.iter().copied().fold(f64::MAX, f64::min);
    let run_median = median(&mut totals);
    println!("  median {run_median:.2} ms, min {min:.2} ms per run");

    // For benches/browser.mjs, which prints the wasm numbers beside these.
    let json = serde_json::json!({
        "params": { "protocol": "snowball", "k": p.k, "alpha_pref": p.alpha_pref, "alpha_conf": p.alpha_conf, "beta": p.beta },
        "round": rows.iter().map(|r| serde_json::json!({
            "nodes": r.nodes, "samples": r.samples, "median_ms": r.median, "min_ms": r.min,
            "mean_ms": r.mean, "max_ms": r.max, "build_median_ms": r.build_median,
        })).collect::<Vec<_>>(),
        "run_to_end_10000": { "runs": FULL_RUNS, "median_ms": run_median, "min_ms": min },
        "bound": bounds,
    });
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-native.json");
    match std::fs::write(&out, serde_json::to_string_pretty(&json).expect("serialisable") + "\n") {
        Ok(()) => println!("\nwrote {}", out.display()),
        Err(e) => eprintln!("could not write {}: {e}", out.display()),
    }
}
