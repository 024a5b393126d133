//! The optimistic-rollup model: compression, state roots, bisection,
//! fraud proofs and finality.

use chainlab::sim::rollup::batch::{self, calldata_gas, compress, decompress};
use chainlab::sim::rollup::state::{machine_at, trace_hashes, trace_len};
use chainlab::sim::rollup::{
    bisect, max_rounds, one_step_proof, AssertionStatus, DataMode, DisputeError, EventKind, Fault, Hash, RollupParams, RollupSim, Transfer,
    Validator, Winner,
};
use proptest::prelude::*;

fn small(fault: Fault, validators: Vec<Validator>) -> RollupParams {
    RollupParams { tps: 5.0, traffic_seconds: 1200, max_delay: 300, challenge_window: 200, fault, validators, ..RollupParams::default() }
}

fn wrong_root() -> Fault {
    Fault::WrongRoot { batch: 1, mint: 5_000_000_000 }
}

fn run(params: RollupParams, seed: u64) -> RollupSim {
    let mut sim = RollupSim::new(params, seed).expect("valid params");
    sim.run_to_end();
    sim
}

#[test]
fn compression_round_trips_real_batches_and_random_bytes() {
    let sim = run(small(Fault::None, vec![]), 3);
    assert!(sim.batches().len() >= 3);
    for b in sim.batches() {
        let raw = decompress(&b.data).unwrap();
        assert_eq!(raw.len() as u64, b.raw_bytes);
        let decoded = batch::decode(&raw).unwrap();
        assert_eq!(decoded.txs.len() as u32, b.tx_count);
        assert_eq!(batch::encode(decoded.seq, decoded.first_time, &decoded.txs), raw);
        assert_eq!(decompress(&compress(&raw, 11)).unwrap(), raw);
        assert!(b.ratio > 1.0, "batch {} ratio {}", b.index, b.ratio);
        assert_eq!(b.compressed_bytes, b.data.len() as u64);
    }
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for len in [0usize, 1, 7, 1000, 70_000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        for q in [1, 4, 11] {
            assert_eq!(decompress(&compress(&bytes, q)).unwrap(), bytes);
        }
    }
}

#[test]
fn calldata_gas_counts_zero_and_nonzero_bytes() {
    assert_eq!(calldata_gas(&[]), 0);
    assert_eq!(calldata_gas(&[0, 0, 0]), 12);
    assert_eq!(calldata_gas(&[1, 0, 255, 0]), 16 + 4 + 16 + 4);
    let sim = run(small(Fault::None, vec![]), 4);
    for b in sim.batches() {
        assert_eq!(b.zero_bytes + b.nonzero_bytes, b.compressed_bytes);
        assert_eq!(b.calldata_gas, 4 * b.zero_bytes + 16 * b.nonzero_bytes);
        assert_eq!(b.l1_gas, 21_000 + b.calldata_gas);
        assert!(b.compressed_bytes <= 100_000);
    }
}

#[test]
fn blob_mode_uses_blob_gas() {
    let p = RollupParams { data_mode: DataMode::Blobs, ..small(Fault::None, vec![]) };
    let sim = run(p, 5);
    for b in sim.batches() {
        assert_eq!(b.blobs, 1);
        assert_eq!(b.blob_gas, 131_072);
        assert_eq!(b.l1_gas, 21_000);
    }
}

#[test]
fn full_batches_respect_the_cap() {
    let p = RollupParams { tps: 100.0, traffic_seconds: 600, compression_quality: 5, ..small(Fault::None, vec![]) };
    let sim = run(p, 6);
    assert!(sim.batches().iter().any(|b| b.reason == chainlab::sim::rollup::PostReason::Full));
    assert!(sim.batches().iter().all(|b| b.compressed_bytes <= 100_000));
    assert_eq!(sim.batches().iter().map(|b| u64::from(b.tx_count)).sum::<u64>(), sim.total_txs());
    // L1 alone (180 per block) could not keep up with 1,200 per block.
    assert!(sim.l1_alone_backlog() > 0);
}

/// The poster refills toward the cap: every batch closed as full carries
/// at least 90% of the cap, at Nitro's level 11 and at a fast level alike.
#[test]
fn full_batches_fill_toward_the_cap() {
    for quality in [11, 5] {
        let p = RollupParams { tps: 100.0, traffic_seconds: 480, compression_quality: quality, ..small(Fault::None, vec![]) };
        let sim = run(p, 3);
        let full: Vec<_> = sim.batches().iter().filter(|b| b.reason == chainlab::sim::rollup::PostReason::Full).collect();
        assert!(full.len() >= 2, "quality {quality}: {} full batches", full.len());
        for b in full {
            assert!(b.compressed_bytes <= 100_000, "quality {quality}: batch {} over the cap", b.index);
            assert!(b.compressed_bytes >= 90_000, "quality {quality}: batch {} only {} B", b.index, b.compressed_bytes);
        }
    }
}

proptest! {
    #[test]
    fn state_root_changes_exactly_when_a_balance_changes(
        balances in proptest::collection::vec(any::<u64>(), 2..40),
        pick in any::<prop::sample::Index>(),
        new in any::<u64>(),
    ) {
        let i = pick.index(balances.len());
        let mut changed = balances.clone();
        changed[i] = new;
        let a = chainlab::sim::rollup::state_root(&balances);
        let b = chainlab::sim::rollup::state_root(&changed);
        prop_assert_eq!(a == b, balances[i] == new);
        // The incremental update agrees with a rebuild.
        let mut tree = chainlab::sim::rollup::BalanceTree::new(balances.clone());
        tree.set(i, new);
        prop_assert_eq!(tree.root(), b);
    }

    #[test]
    fn vm_trace_matches_the_fast_path(
        raw in proptest::collection::vec((0u8..6, 0u8..6, 1u64..300), 1..30),
    ) {
        let txs: Vec<Transfer> = raw.iter().map(|&(from, to, amount)| Transfer { from, to, nonce: 0, amount }).collect();
        let pre = vec![500u64, 10, 0, 1000, 50, 7];
        let mut fast = pre.clone();
        for t in &txs {
            chainlab::sim::rollup::apply_transfer(&mut fast, t);
        }
        let m = machine_at(&pre, &txs, trace_len(&txs));
        prop_assert_eq!(m.state.balances(), &fast[..]);
        prop_assert_eq!(m.state.balances().iter().sum::<u64>(), pre.iter().sum::<u64>());
    }
}

fn h(tag: u8, i: u64) -> Hash {
    let mut x = [tag; 32];
    x[..8].copy_from_slice(&i.to_le_bytes());
    x
}

#[test]
fn bisection_finds_every_first_diverging_step() {
    for n in [1u64, 2, 3, 7, 64, 1000] {
        for s in 0..n {
            // Claims agree up to `s` steps and differ after step s.
            let honest = |i: u64| h(1, i);
            let claimed = |i: u64| if i > s { h(2, i) } else { h(1, i) };
            for arity in [2u32, 40] {
                let d = bisect(n, honest, claimed, arity).unwrap();
                assert_eq!(d.step, s, "n {n} s {s} arity {arity}");
                assert!(d.rounds.len() as u32 <= max_rounds(n, arity), "n {n} s {s} arity {arity}: {} rounds", d.rounds.len());
                assert_eq!(d.agreed_pre, h(1, s));
                assert_ne!(d.honest_post, d.claimed_post);
                for r in &d.rounds {
                    assert!(r.next_lo < r.next_hi && r.lo <= r.next_lo && r.next_hi <= r.hi);
                    assert!(r.points.len() as u32 <= arity + 1);
                }
            }
        }
    }
    assert_eq!(max_rounds(1000, 2), 10);
    assert_eq!(max_rounds(1000, 40), 2);
    assert_eq!(max_rounds(1 << 43, 40), 9);
    assert_eq!(max_rounds(1, 2), 0);
}

#[test]
fn bisection_rejects_what_it_cannot_dispute() {
    let same = |i: u64| h(1, i);
    assert_eq!(bisect(0, same, same, 2).unwrap_err(), DisputeError::EmptyTrace);
    assert_eq!(bisect(5, same, same, 2).unwrap_err(), DisputeError::EndAgreed);
    assert_eq!(bisect(5, same, |i| h(2, i), 2).unwrap_err(), DisputeError::StartDisputed);
    assert_eq!(bisect(5, same, |i| if i > 0 { h(2, i) } else { h(1, i) }, 1).unwrap_err(), DisputeError::Arity(1));
}

#[test]
fn one_step_proof_on_a_real_trace_convicts_the_minter() {
    let txs: Vec<Transfer> = (0..50u8).map(|k| Transfer { from: k % 4, to: (k + 1) % 4, nonce: 0, amount: 3 + u64::from(k) }).collect();
    let pre = vec![1000u64, 200, 30, 4];
    let n = trace_len(&txs);
    for j in [0u64, 17, 49] {
        let at = j * 7 + 6;
        let honest = trace_hashes(&pre, &txs, None);
        let claimed = trace_hashes(&pre, &txs, Some((at, 0, 999)));
        assert_eq!(honest.len() as u64, n + 1);
        let d = bisect(n, |i| honest[i as usize], |i| claimed[i as usize], 2).unwrap();
        assert_eq!(d.step, at);
        let m = machine_at(&pre, &txs, d.step);
        assert_eq!(m.hash(), d.agreed_pre);
        let p = one_step_proof(&m, &txs, &d.agreed_pre, &d.honest_post, &d.claimed_post);
        assert!(p.pre_state_valid && p.challenger_correct && !p.proposer_correct);
        assert_eq!(p.op, "STORE to");
    }
}

#[test]
fn wrong_root_is_rolled_back_when_an_honest_validator_is_online_in_time() {
    for seed in 1..=5 {
        for online_from in [Some(0), Some(30), Some(150)] {
            let validators = vec![Validator { online_from: None }, Validator { online_from }];
            let sim = run(small(wrong_root(), validators), seed);
            assert!(!sim.invalid_finalised(), "seed {seed} online_from {online_from:?}");
            let c = &sim.challenges()[0];
            assert_eq!(c.winner, Some(Winner::Challenger));
            assert_eq!(c.challenger, 1);
            assert!(c.dispute.rounds.len() as u32 <= max_rounds(c.dispute.n_steps, 2));
            assert!(c.dissection40_rounds <= max_rounds(c.dispute.n_steps, 40));
            let bad = &sim.assertions()[c.assertion as usize];
            assert_eq!(bad.status, AssertionStatus::RolledBack);
            // Everything built on it is rolled back; every final assertion is valid.
            for a in sim.assertions() {
                if a.status == AssertionStatus::Final {
                    assert!(a.valid);
                }
                if a.id > bad.id && a.parent == Some(bad.id) {
                    assert_eq!(a.status, AssertionStatus::RolledBack);
                }
            }
            // Every batch ends with a final, valid assertion.
            for b in sim.batches() {
                assert!(sim.assertions().iter().any(|a| a.batch == b.index && a.status == AssertionStatus::Final && a.valid));
            }
            assert!(sim.log().iter().any(|e| e.kind == EventKind::RolledBack));
        }
    }
}

#[test]
fn wrong_root_becomes_final_when_no_honest_validator_is_online_in_time() {
    for seed in 1..=5 {
        let late = small(wrong_root(), vec![Validator { online_from: Some(100_000) }]);
        for p in [small(wrong_root(), vec![]), small(wrong_root(), vec![Validator { online_from: None }]), late] {
            let sim = run(p, seed);
            assert!(sim.invalid_finalised(), "seed {seed}");
            assert!(sim.challenges().is_empty());
            assert!(sim.assertions().iter().any(|a| !a.valid && a.status == AssertionStatus::Final));
            assert!(sim.log().iter().any(|e| e.kind == EventKind::InvalidFinal));
        }
    }
}

#[test]
fn honest_runs_finalise_everything() {
    let sim = run(small(Fault::None, vec![Validator { online_from: Some(0) }]), 9);
    assert!(sim.challenges().is_empty());
    assert!(!sim.invalid_finalised());
    assert!(sim.assertions().iter().all(|a| a.valid && a.status == AssertionStatus::Final));
    // Finality waits for the window.
    for a in sim.assertions() {
        assert_eq!(a.window_end, a.posted_block + 200);
    }
    let last = sim.batches().last().unwrap();
    assert_eq!(last.post_root, sim.state_root());
}

#[test]
fn same_seed_same_fingerprint() {
    let p = small(wrong_root(), vec![Validator { online_from: Some(10) }]);
    let a = run(p.clone(), 42);
    let b = run(p.clone(), 42);
    let c = run(p, 43);
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_ne!(a.fingerprint(), c.fingerprint());
}

#[test]
fn params_are_validated_with_the_rule_named() {
    let bad = RollupParams { accounts: 1, ..RollupParams::default() };
    assert!(bad.validate().unwrap_err().message.contains("accounts"));
    let bad = RollupParams { arity: 1, ..RollupParams::default() };
    assert!(bad.validate().unwrap_err().message.contains("arity"));
    let bad = RollupParams { compression_quality: 12, ..RollupParams::default() };
    assert!(RollupSim::new(bad, 1).is_err());
    assert!(RollupParams::default().validate().is_ok());
}

/// The load sweep: L1 alone saturates at its ~15 tx/s, the rollup carries
/// the whole load, and its cost per transaction falls as batches fill.
#[test]
fn load_sweep_l1_alone_saturates_and_rollup_costs_fall() {
    let base = RollupParams { compression_quality: 5, max_delay: 600, ..RollupParams::default() };
    let low = chainlab::sim::rollup::load_point(&base, 1.0, 2).unwrap();
    let high = chainlab::sim::rollup::load_point(&base, 100.0, 2).unwrap();
    assert!((low.l1_alone_tps - 1.0).abs() < 0.05, "{low:?}");
    assert!((high.l1_alone_tps - 15.0).abs() < 0.01, "{high:?}");
    assert!((high.rollup_tps - 100.0).abs() < 0.5, "{high:?}");
    assert!(high.full_batches >= 1);
    assert!(high.rollup_cost_per_tx_gwei < low.rollup_cost_per_tx_gwei);
    assert!(low.rollup_cost_per_tx_gwei < low.l1_alone_cost_per_tx_gwei);
    assert_eq!(high.l1_alone_cost_per_tx_gwei, 21_000.0 * base.gas_price_gwei);
}
