//! Benchmarks callable from JavaScript in a release wasm build with the
//! `bench-exports` feature (`trunk build --release --features bench-exports`;
//! production builds leave this module out), for `benches/browser.mjs` (run
//! by `scripts/bench.sh`). Trunk exposes every
//! `#[wasm_bindgen]` export as `window.wasmBindings` once the app has
//! started, so from the page or the DevTools console:
//!
//! ```js
//! JSON.parse(window.wasmBindings.bench_consensus_round(10000, 20, 50, 1n))
//! ```
//!
//! The seed is a `u64`, which wasm-bindgen maps to a JavaScript BigInt
//! (`1n`, or `BigInt(1)`; a plain Number throws a TypeError).
//!
//! The measurement mirrors `benches/consensus.rs`: fresh networks of
//! `Params::default()` (Snowball, AlphaPreference = AlphaConfidence = 15 of
//! K = 20, Beta = 20) with the given node count and K; round 1 is a warm-up,
//! then rounds 2..=11 (every node polling, none finalised yet) are timed one
//! by one with `performance.now()`.
//!
//! Speed goals live in these reported numbers, never in timed tests.

use crate::sim::consensus::{ConsensusSim, Params, Status};
use wasm_bindgen::prelude::wasm_bindgen;

/// Rounds timed per network (rounds 2..=11); Beta = 20 keeps them all in the
/// all-polling phase.
const ROUNDS_PER_SIM: u32 = 10;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// The smallest step `performance.now()` takes here (Chromium coarsens it,
/// to 0.1 ms on pages that are not cross-origin isolated).
fn timer_resolution_ms() -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t0 = now();
        let mut t1 = now();
        let mut spins = 0u32;
        while t1 == t0 && spins < 10_000_000 {
            t1 = now();
            spins += 1;
        }
        if t1 > t0 {
            best = best.min(t1 - t0);
        }
    }
    if best == f64::MAX {
        0.0
    } else {
        best
    }
}

fn params(nodes: u32, k: u32) -> Params {
    // AlphaPreference = AlphaConfidence = ceil(3K/4): 15 of the default K = 20.
    let alpha = (3 * k).div_ceil(4).max(k / 2 + 1).min(k);
    Params { nodes, k, alpha_pref: alpha, alpha_conf: alpha, ..Params::default() }
}

/// Median, minimum, mean and maximum. Sorts by insertion: the slices are
/// short, and the standard sort would add ~1.5 KB gzipped to the app's wasm.
fn stats(times: &mut [f64]) -> (f64, f64, f64, f64) {
    for i in 1..times.len() {
        let mut j = i;
        while j > 0 && times[j - 1] > times[j] {
            times.swap(j - 1, j);
            j -= 1;
        }
    }
    let n = times.len();
    let median = if n % 2 == 1 { times[n / 2] } else { (times[n / 2 - 1] + times[n / 2]) / 2.0 };
    let mean = times.iter().sum::<f64>() / n as f64;
    (median, times[0], mean, times[n - 1])
}

/// Times `runs` whole runs (at least 1), seeds `seed`, `seed + 1`, …: each
/// built by `new`, then timed through `run` alone; gives the JSON fields
/// `"runs":[…],"median_ms":…,"min_ms":…` (each run's object is
/// `row(run, seed, ms)`), or why a run was refused.
fn whole_runs<S>(
    runs: u32,
    seed: u64,
    new: impl Fn(u64) -> Result<S, String>,
    run: impl Fn(&mut S),
    row: impl Fn(&S, u64, f64) -> String,
) -> Result<String, String> {
    let mut totals = Vec::new();
    let mut each = Vec::new();
    for r in 0..runs.max(1) {
        let s = seed.wrapping_add(u64::from(r));
        let mut sim = new(s)?;
        let t = now();
        run(&mut sim);
        let total = now() - t;
        totals.push(total);
        each.push(row(&sim, s, total));
    }
    let (median, min, ..) = stats(&mut totals);
    Ok(format!("\"runs\":[{}],\"median_ms\":{median:.3},\"min_ms\":{min:.3}", each.join(",")))
}

fn error_json(message: &str) -> String {
    let escaped: String = message
        .chars()
        .map(|c| match c {
            '"' | '\\' => format!("\\{c}"),
            c if c.is_control() => " ".into(),
            c => c.to_string(),
        })
        .collect();
    format!("{{\"error\":\"{escaped}\"}}")
}

/// Times one Snowball round of `nodes` nodes polling `k` peers, over
/// `rounds` rounds in all (at least 1): fresh networks of seeds `seed`,
/// `seed + 1`, …, each warmed up with round 1 and then timed for up to 10
/// rounds (2..=11). Returns JSON with the median, minimum, mean and maximum
/// milliseconds per round, the mean over each network's timed rounds taken
/// as one block (`block_mean_ms`, immune to the timer's coarse resolution)
/// and that resolution, or `{"error": "…"}` for invalid parameters.
#[wasm_bindgen]
pub fn bench_consensus_round(nodes: u32, k: u32, rounds: u32, seed: u64) -> String {
    let p = params(nodes, k);
    if let Err(e) = p.validate() {
        return error_json(&e.message);
    }
    let rounds = rounds.max(1);
    let mut times = Vec::with_capacity(rounds as usize);
    let mut builds = Vec::new();
    let mut block_total = 0.0;
    let mut s = seed;
    let mut sims = 0u32;
    let mut finalised = 0u32;
    while (times.len() as u32) < rounds {
        let t = now();
        let mut sim = match ConsensusSim::new(p.clone(), s) {
            Ok(sim) => sim,
            Err(e) => return error_json(&e.message),
        };
        builds.push(now() - t);
        sim.step(); // round 1: warm-up
        let todo = ROUNDS_PER_SIM.min(rounds - times.len() as u32);
        let block_start = now();
        for _ in 0..todo {
            let t = now();
            sim.step();
            times.push(now() - t);
        }
        block_total += now() - block_start;
        finalised = finalised.max(sim.latest().finalised);
        sims += 1;
        s = s.wrapping_add(1);
    }
    let (median, min, mean, max) = stats(&mut times);
    let (build_median, ..) = stats(&mut builds);
    format!(
        concat!(
            "{{\"nodes\":{},\"k\":{},\"alpha\":{},\"beta\":{},\"protocol\":\"{}\",\"seed\":{},",
            "\"sims\":{},\"rounds_timed\":{},\"median_ms\":{:.4},\"min_ms\":{:.4},\"mean_ms\":{:.4},",
            "\"max_ms\":{:.4},\"block_mean_ms\":{:.4},\"build_median_ms\":{:.4},",
            "\"max_finalised_in_timed_rounds\":{},\"timer_resolution_ms\":{:.4}}}"
        ),
        nodes,
        k,
        p.alpha_pref,
        p.beta,
        p.protocol.name(),
        seed,
        sims,
        times.len(),
        median,
        min,
        mean,
        max,
        block_total / times.len() as f64,
        build_median,
        finalised,
        timer_resolution_ms(),
    )
}

/// Times whole runs to finality (`run_to_end`) of `nodes` nodes polling `k`
/// peers, one per seed `seed`, `seed + 1`, … (`runs` of them, at least 1).
/// Returns JSON with each run's rounds and milliseconds and their median.
#[wasm_bindgen]
pub fn bench_consensus_run(nodes: u32, k: u32, runs: u32, seed: u64) -> String {
    let p = params(nodes, k);
    if let Err(e) = p.validate() {
        return error_json(&e.message);
    }
    let runs = whole_runs(
        runs,
        seed,
        |s| ConsensusSim::new(p.clone(), s).map_err(|e| e.message),
        ConsensusSim::run_to_end,
        |sim, s, ms| {
            let finalised = sim.status() == Status::Finalised;
            format!("{{\"seed\":{s},\"rounds\":{},\"finalised\":{finalised},\"ms\":{ms:.3}}}", sim.round())
        },
    );
    match runs {
        Ok(runs) => format!("{{\"nodes\":{nodes},\"k\":{k},{runs}}}"),
        Err(e) => error_json(&e),
    }
}

/// One simulated stretch of the rollup (as `benches/rollup.rs` times it
/// natively): `seconds` of traffic at `tps` with Brotli at `quality`,
/// batches at most half an hour old, real compression and state roots.
/// Returns JSON `{ms, txs, batches, raw_bytes, compressed_bytes, fingerprint}`,
/// or `{error}` if the Brotli codec module has not loaded yet (it loads with
/// the rollup page).
#[wasm_bindgen]
pub fn bench_rollup_hour(tps: f64, seconds: u32, quality: u32, seed: u64) -> String {
    use crate::sim::rollup::{RollupParams, RollupSim};
    if !crate::sim::rollup::codec::is_ready() {
        return "{\"error\":\"the Brotli codec is not loaded: open #/rollup first\"}".to_string();
    }
    let params = RollupParams {
        tps,
        traffic_seconds: u64::from(seconds),
        max_delay: u64::from(seconds).min(3600) / 2,
        compression_quality: quality,
        ..RollupParams::default()
    };
    let Ok(mut sim) = RollupSim::new(params.clone(), seed) else {
        return "{\"error\":\"invalid parameters\"}".to_string();
    };
    let t0 = now();
    for _ in 0..params.traffic_blocks() {
        sim.step();
    }
    let ms = now() - t0;
    let b = sim.batches();
    format!(
        "{{\"ms\":{ms:.1},\"txs\":{},\"batches\":{},\"raw_bytes\":{},\"compressed_bytes\":{},\"fingerprint\":\"{:016x}\"}}",
        sim.total_txs(),
        b.len(),
        b.iter().map(|r| r.raw_bytes).sum::<u64>(),
        b.iter().map(|r| r.compressed_bytes).sum::<u64>(),
        sim.fingerprint()
    )
}

/// Times whole stablecoin runs (`run_to_end`) of a scenario (`calm`,
/// `terra-may-2022`, …), one per seed `seed`, `seed + 1`, … (`runs` of
/// them, at least 1), as `benches/stablecoin.rs` does natively. Returns
/// JSON with the steps, each run's milliseconds, the median and minimum.
#[wasm_bindgen]
pub fn bench_stablecoin_run(scenario: &str, runs: u32, seed: u64) -> String {
    use crate::sim::stablecoin::{Scenario, StablecoinSim};
    let Some(sc) = Scenario::parse(scenario) else { return error_json(&format!("unknown scenario {scenario}")) };
    let mut times = Vec::new();
    let mut steps = 0;
    for r in 0..runs.max(1) {
        let mut sim = match StablecoinSim::new(sc.params(), seed.wrapping_add(u64::from(r))) {
            Ok(sim) => sim,
            Err(e) => return error_json(&e.message),
        };
        let t = now();
        sim.run_to_end();
        times.push(now() - t);
        steps = sim.steps();
    }
    let each: Vec<String> = times.iter().map(|t| format!("{t:.2}")).collect();
    let (median, min, ..) = stats(&mut times);
    format!(
        "{{\"scenario\":\"{}\",\"steps\":{},\"ms\":[{}],\"median_ms\":{:.2},\"min_ms\":{:.2}}}",
        sc.name(),
        steps,
        each.join(","),
        median,
        min
    )
}

/// Times whole validator runs (`run_to_end`) of `validators` validators
/// over `epochs` epochs (the real-shares preset, 100 operators, stable
/// price), `runs` of them from `seed` on, as `benches/validators.rs` does
/// natively. Returns JSON with each run's milliseconds and their median.
#[wasm_bindgen]
pub fn bench_validators(validators: u32, epochs: u32, runs: u32, seed: u64) -> String {
    use crate::sim::validators::{ValidatorParams, ValidatorSim};
    let p = ValidatorParams { validators, operators: 100.min(validators), epochs, ..ValidatorParams::default() };
    let runs = whole_runs(
        runs,
        seed,
        |s| ValidatorSim::new(p.clone(), s).map_err(|e| e.message),
        ValidatorSim::run_to_end,
        |sim, s, ms| format!("{{\"seed\":{s},\"ms\":{ms:.3},\"fingerprint\":\"{:016x}\"}}", sim.fingerprint()),
    );
    match runs {
        Ok(runs) => format!("{{\"validators\":{validators},\"epochs\":{epochs},{runs}}}"),
        Err(e) => error_json(&e),
    }
}
