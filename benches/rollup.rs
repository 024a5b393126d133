//! Native benchmark of the optimistic-rollup model (`cargo bench --bench rollup`).
//!
//! Plain `std::time`, no harness. Run without `--bench` (as `cargo test --all-targets`
//! does) it makes one tiny pass so the test suite stays fast.
//!
//! What is measured:
//! - One simulated hour at 100 L2 transactions per second (360,000 transfers, 300 L1
//!   blocks): real Brotli (size tracked chunk by chunk at level 4, each full batch compressed
//!   once at the posting level), state roots,
//!   assertions. Goal: under 5 s native. Also the same hour at levels 6 (Nitro's level
//!   under a backlog) and 5, and how much of the level-11 hour is Brotli itself
//!   (each posted batch compressed once more, alone).
//! - A dispute over one full batch of that run: both traces (every VM step hashed),
//!   binary bisection, 40-way dissection and the one-step proof.

use chainlab::sim::rollup::{Fault, RollupParams, RollupSim, Validator};
use std::hint::black_box;
use std::time::Instant;

fn hour(tps: f64, seconds: u64, quality: u32, fault: bool) -> (f64, RollupSim) {
    let params = RollupParams {
        tps,
        traffic_seconds: seconds,
        max_delay: seconds.min(3600) / 2,
        compression_quality: quality,
        fault: if fault { Fault::WrongRoot { batch: 0, mint: 1_000_000_000 } } else { Fault::None },
        validators: vec![Validator { online_from: Some(0) }],
        ..RollupParams::default()
    };
    let mut sim = RollupSim::new(params.clone(), 1).expect("valid params");
    let t = Instant::now();
    for _ in 0..params.traffic_blocks() {
        sim.step();
    }
    let s = t.elapsed().as_secs_f64();
    black_box(sim.fingerprint());
    (s, sim)
}

fn report(label: &str, s: f64, sim: &RollupSim) {
    let b = sim.batches();
    let raw: u64 = b.iter().map(|b| b.raw_bytes).sum();
    let comp: u64 = b.iter().map(|b| b.compressed_bytes).sum();
    println!(
        "{label:<44} {:>9} txs {:>4} batches  raw {:>9} B  compressed {:>8} B  ratio {:.2}  {:>8.3} s",
        sim.total_txs(),
        b.len(),
        raw,
        comp,
        raw as f64 / comp.max(1) as f64,
        s
    );
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    println!("Chain Lab: native optimistic-rollup benchmark (std::time)");
    if quick {
        println!("quick check (run with `cargo bench --bench rollup` for numbers)");
        let (s, sim) = hour(10.0, 120, 11, true);
        report("2 minutes at 10 tps, level 11", s, &sim);
        return;
    }
    let (s, sim) = hour(100.0, 3600, 11, false);
    report("1 hour at 100 tps, level 11 (goal < 5 s)", s, &sim);
    // How much of that is Brotli 11 itself: compress each posted batch once more, alone.
    // The model compresses each full batch once at the posting level (plus level-4
    // estimates), so the difference is the simulation's own work.
    let t = Instant::now();
    let mut raw_total = 0;
    for b in sim.batches() {
        let raw = chainlab::sim::rollup::batch::decompress(&b.data).expect("valid");
        raw_total += raw.len();
        black_box(chainlab::sim::rollup::batch::compress(&raw, 11));
    }
    let brotli = t.elapsed().as_secs_f64();
    println!(
        "  of which Brotli 11, each posted batch once ({raw_total} B): {brotli:.3} s; the rest of the simulation: {:.3} s",
        s - brotli
    );
    // Nitro lowers its level to 6 from 21 batches of backlog (arbnode/compression_level.go).
    let (s, sim6) = hour(100.0, 3600, 6, false);
    report("1 hour at 100 tps, level 6", s, &sim6);
    let (s, sim5) = hour(100.0, 3600, 5, false);
    report("1 hour at 100 tps, level 5", s, &sim5);
    // A dispute over the first full batch of that run, as a validator does it: read the
    // batch from its L1 bytes, hash both traces step by step, dissect, prove one step.
    let (s, sim) = hour(100.0, 3600, 11, true);
    report("1 hour at 100 tps, wrong root", s, &sim);
    if let Some(b) = sim.batches().iter().find(|b| b.reason == chainlab::sim::rollup::PostReason::Full) {
        use chainlab::sim::rollup::{batch, bisect, one_step_proof, state, Op, PROPOSER_ACCOUNT};
        let t = Instant::now();
        let txs = batch::decode(&batch::decompress(&b.data).expect("valid")).expect("well-formed").txs;
        let honest = state::trace_hashes(&b.pre_balances, &txs, None);
        let mint_step = (txs.len() as u64 / 2) * Op::PER_TRANSFER + Op::PER_TRANSFER - 1;
        let claimed = state::trace_hashes(&b.pre_balances, &txs, Some((mint_step, PROPOSER_ACCOUNT, 1_000_000_000)));
        let n = state::trace_len(&txs);
        let binary = bisect(n, |i| honest[i as usize], |i| claimed[i as usize], 2).expect("disputable");
        let forty = bisect(n, |i| honest[i as usize], |i| claimed[i as usize], 40).expect("disputable");
        let machine = state::machine_at(&b.pre_balances, &txs, binary.step);
        let proof = one_step_proof(&machine, &txs, &binary.agreed_pre, &binary.honest_post, &binary.claimed_post);
        black_box(&proof);
        println!(
            "dispute over batch {} ({} txs): {} steps, binary {} rounds, 40-way {} rounds, step {} ({}); {:.3} s",
            b.index,
            txs.len(),
            n,
            binary.rounds.len(),
            forty.rounds.len(),
            binary.step,
            proof.op,
            t.elapsed().as_secs_f64()
        );
    }
}
