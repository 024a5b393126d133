//! The rollup before its Brotli arrives (issue 17): in the browser the codec
//! is a separate module that loads after the page's own, and the model
//! advances without it as far as it honestly can. Natively the tests
//! withhold it (`codec::withhold`) and check that a run that waits and then
//! gets the codec is the run that always had it, step for step.

#[path = "rollup_lazy/scenarios.rs"]
mod scenarios;

use chainlab::sim::replay::Replay;
use chainlab::sim::rollup::batch::{self, brotli_bound};
use chainlab::sim::rollup::{codec, RollupParams, RollupSim, Transfer, ESTIMATE_QUALITY};
use chainlab::sim::simulation::Simulation;

/// Withholds the codec on this thread until dropped (so a failing assert
/// does not leave it withheld).
struct Withheld;
impl Withheld {
    fn new() -> Withheld {
        codec::withhold(true);
        Withheld
    }
}
impl Drop for Withheld {
    fn drop(&mut self) {
        codec::withhold(false);
    }
}

/// The eager run's fingerprints, step by step, its data files at the end
/// and the block of its first post.
fn eager(p: &RollupParams, seed: u64) -> (Vec<u64>, Vec<(String, String)>, u64) {
    let mut sim = RollupSim::new(p.clone(), seed).unwrap();
    let mut fps = vec![sim.fingerprint()];
    let mut first_post = None;
    while !sim.is_done() {
        assert!(sim.try_step());
        fps.push(sim.fingerprint());
        if first_post.is_none() && !sim.batches().is_empty() {
            first_post = Some(sim.block());
        }
    }
    (fps, files(&sim), first_post.expect("every scenario posts"))
}

fn files(sim: &RollupSim) -> Vec<(String, String)> {
    sim.data().unwrap().into_iter().map(|f| (f.name, f.body)).collect()
}

/// Steps with the codec withheld until the run waits (or `limit` blocks);
/// checks that a waiting run stays exactly where it is. The blocks made.
fn withheld_until_waiting(sim: &mut RollupSim, fps: &[u64], limit: u64, name: &str) -> u64 {
    let _w = Withheld::new();
    let start = sim.block();
    let batches = sim.batches().len();
    while sim.block() < start + limit && sim.try_step() {
        assert_eq!(sim.fingerprint(), fps[sim.block() as usize], "{name}: block {} without the codec", sim.block());
        assert!(!sim.awaiting_codec());
    }
    // Posting needs Brotli: no batch was posted without it.
    assert_eq!(sim.batches().len(), batches, "{name}: a batch was posted without the codec");
    let at = sim.block();
    if !sim.is_done() && at < start + limit {
        assert!(sim.awaiting_codec(), "{name}: stopped at {at} without waiting");
        assert!(Simulation::waiting(sim));
        for _ in 0..3 {
            assert!(!sim.try_step());
            sim.step();
            Simulation::step_to(sim, at + 50);
        }
        assert_eq!(sim.block(), at, "{name}: a waiting run advanced");
        assert_eq!(sim.fingerprint(), fps[at as usize], "{name}: a waiting run changed");
    }
    at - start
}

/// Given the codec: on to the end, equal to the eager run at every step
/// for 100 blocks, then every 10th (a fingerprint hashes every batch), and
/// in the data files at the end.
fn finish(sim: &mut RollupSim, fps: &[u64], end_files: &[(String, String)], name: &str) {
    assert!(!sim.awaiting_codec());
    let from = sim.block();
    while !sim.is_done() {
        assert!(sim.try_step(), "{name}: refused at {} with the codec", sim.block());
        let b = sim.block();
        if b < from + 100 || b.is_multiple_of(10) || sim.is_done() {
            assert_eq!(sim.fingerprint(), fps[b as usize], "{name}: block {b}");
        }
    }
    assert_eq!(sim.block() as usize, fps.len() - 1, "{name}: the run ends where the eager one does");
    assert_eq!(files(sim), end_files, "{name}: the data files (the CLI's CSV and JSON) differ");
}

#[test]
fn every_scenario_withheld_then_given_equals_the_eager_run_at_every_step() {
    for (name, p, seed) in scenarios::scenarios() {
        let (fps, end_files, first_post) = eager(&p, seed);
        // From the start: the run makes every block before the first that
        // needs Brotli, and never one that does.
        let mut sim = RollupSim::new(p.clone(), seed).unwrap();
        let made = withheld_until_waiting(&mut sim, &fps, u64::MAX, name);
        assert!(made < first_post, "{name}: made {made} blocks; the first batch posts at block {first_post}");
        finish(&mut sim, &fps, &end_files, name);

        // Withheld again mid-run (after batches, during disputes), then given.
        for from in [first_post + 3, (fps.len() as u64) / 2] {
            let mut sim = RollupSim::new(p.clone(), seed).unwrap();
            sim.step_to(from);
            withheld_until_waiting(&mut sim, &fps, 40, name);
            finish(&mut sim, &fps, &end_files, name);
        }
    }
}

#[test]
fn the_default_runs_make_their_blocks_up_to_the_first_post_without_the_codec() {
    // The page's default run (2 tx/s, batches closed by a 10-minute delay)
    // and the model's (1-hour delay): only the first post needs Brotli. The
    // first transfers arrive in block 1 (12 s), so the delay closes the
    // batch in block 51 (612 s) and 301 (3,612 s).
    for (name, blocks) in [("page default", 50), ("model default", 300)] {
        let (_, p, seed) = scenarios::scenarios().into_iter().find(|s| s.0 == name).unwrap();
        let mut sim = RollupSim::new(p, seed).unwrap();
        let _w = Withheld::new();
        sim.run_to_end();
        assert_eq!(sim.block(), blocks, "{name}");
        assert!(sim.awaiting_codec() && sim.batches().is_empty() && sim.mempool_len() > 0);
        // The block it waits at is the one the first batch posts in.
        drop(_w);
        assert!(sim.try_step());
        assert_eq!(sim.batches().len(), 1, "{name}: block {} posts the first batch", sim.block());
    }
}

#[test]
fn a_busy_run_stops_where_the_bound_cannot_settle_the_fit() {
    // 100 tx/s: about 16,800 raw bytes a block into a 130,048-byte blob.
    // Without Brotli the poster knows only that a chunk compresses to at
    // most its bound, so it stops once the bound could pass 96% of the cap,
    // before the eager run's first (full) batch.
    let (_, p, seed) = scenarios::scenarios().into_iter().find(|s| s.0 == "100 tx/s, q6").unwrap();
    let cap = p.batch_cap() as f64;
    let mut sim = RollupSim::new(p, seed).unwrap();
    let _w = Withheld::new();
    sim.run_to_end();
    assert!(sim.awaiting_codec() && sim.batches().is_empty());
    let raw = sim.pending_batch().raw_bytes as f64;
    assert!(raw < 0.96 * cap, "{raw} raw bytes pending fit by the bound");
    assert!(raw + 1200.0 * 14.0 > 0.96 * cap - 200.0, "stopped at {raw} bytes: the bound settles more");
}

#[test]
fn the_replay_and_the_interface_stop_at_a_waiting_step_and_land_on_the_target_once_given() {
    let (_, p, seed) = scenarios::scenarios().into_iter().next().unwrap();
    let mut fresh = RollupSim::new(p.clone(), seed).unwrap();
    fresh.step_to(120);
    let mut replay = Replay::<RollupSim>::new(32, 1 << 24, RollupParams::default());
    let mut sim = {
        let _w = Withheld::new();
        let mut sim = replay.replay(&p, seed, 120);
        assert_eq!((sim.block(), sim.waiting()), (50, true), "a link's at=120 lands on the waiting block");
        replay.seek(&mut sim, 200);
        assert_eq!(sim.block(), 50);
        let back = replay.event_back(&sim, |s| s.log().len());
        assert_eq!(back.block(), 0, "Back from the waiting block (nothing logged yet)");
        assert!(!chainlab::sim::replay::step_event(&mut sim, |s| s.log().len()));
        sim
    };
    replay.seek(&mut sim, 120);
    assert_eq!((sim.block(), sim.fingerprint()), (120, fresh.fingerprint()));
    assert_eq!(replay.replay(&p, seed, 120).fingerprint(), fresh.fingerprint());
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn brotli_never_exceeds_its_bound_at_the_estimate_level() {
    let mut s = 0x9e37_79b9_7f4a_7c15u64;
    let mut lens: Vec<usize> = (0..=64).chain([1000, 12_500, 16_383, 16_384, 16_385, 65_535, 65_536, 65_537]).collect();
    lens.extend([131_071, 131_072, 131_073, 200_000, 262_144]);
    lens.extend((0..40).map(|_| (xorshift(&mut s) % 140_000) as usize));
    let mut tightest = u64::MAX;
    for n in lens {
        // Incompressible bytes: Brotli's worst case.
        let noise: Vec<u8> = (0..n).map(|_| xorshift(&mut s) as u8).collect();
        let got = batch::compress(&noise, ESTIMATE_QUALITY).len() as u64;
        assert!(got <= brotli_bound(n), "{n} random bytes gave {got}, bound {}", brotli_bound(n));
        tightest = tightest.min(brotli_bound(n) - got);
        // Transfers as the poster encodes them, the chunks it estimates.
        let mut raw = Vec::new();
        for i in 0..n / batch::TX_LEN {
            let r = xorshift(&mut s);
            let t = Transfer {
                from: r as u8 % 32,
                to: (r >> 8) as u8 % 32,
                nonce: i as u32 / 7,
                amount: (r >> 16) % 1000 * 1_000_000,
            };
            batch::encode_tx(&mut raw, &t);
        }
        assert!(batch::compress(&raw, ESTIMATE_QUALITY).len() as u64 <= brotli_bound(raw.len()));
    }
    // The bound is close to what Brotli does with noise (a few bytes).
    assert!(tightest <= 6, "the bound is {tightest} bytes loose at best");
}

#[test]
fn withheld_brotli_panics_rather_than_compressing() {
    let w = Withheld::new();
    assert!(!codec::is_ready());
    assert!(std::panic::catch_unwind(|| batch::compress(b"abc", 4)).is_err());
    drop(w);
    assert!(codec::is_ready());
    assert_eq!(batch::decompress(&batch::compress(b"abc", 4)).unwrap(), b"abc");
}
