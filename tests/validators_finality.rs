//! Finality and the inactivity leak against the consensus-specs, re-written
//! here from the spec text (ethereum/consensus-specs: phase0
//! `weigh_justification_and_finalization`, Altair `process_inactivity_updates`
//! and `get_inactivity_penalty_deltas`, Bellatrix
//! `INACTIVITY_PENALTY_QUOTIENT_BELLATRIX`), and the outage scenarios.

use chainlab::sim::validators::finality::{self, Checkpoint, FinalityState};
use chainlab::sim::validators::{
    EpochRecord, Fork, Outage, OutageKind, ValidatorParams, ValidatorSim, EPOCHS_PER_DAY, GWEI_PER_ETH,
};
use proptest::prelude::*;

#[path = "validators_finality/words.rs"]
mod words;

// ---------------------------------------------------------------- the spec, transcribed

/// `BeaconState`'s finality fields, as the spec keeps them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct SpecState {
    bits: [u8; 4],
    previous_justified: (u64, u8),
    current_justified: (u64, u8),
    finalized: (u64, u8),
}

/// `weigh_justification_and_finalization`, line by line.
fn spec_weigh(
    state: &mut SpecState,
    current_epoch: u64,
    total_active_balance: u64,
    previous_epoch_target_balance: u64,
    current_epoch_target_balance: u64,
    root: impl Fn(u64) -> u8,
) {
    let previous_epoch = current_epoch - 1;
    let old_previous_justified_checkpoint = state.previous_justified;
    let old_current_justified_checkpoint = state.current_justified;
    state.previous_justified = state.current_justified;
    // state.justification_bits[1:] = state.justification_bits[:JUSTIFICATION_BITS_LENGTH - 1]
    state.bits = [0, state.bits[0], state.bits[1], state.bits[2]];
    if previous_epoch_target_balance as u128 * 3 >= total_active_balance as u128 * 2 {
        state.current_justified = (previous_epoch, root(previous_epoch));
        state.bits[1] = 1;
    }
    if current_epoch_target_balance as u128 * 3 >= total_active_balance as u128 * 2 {
        state.current_justified = (current_epoch, root(current_epoch));
        state.bits[0] = 1;
    }
    let bits = state.bits;
    if bits[1..4].iter().all(|&b| b == 1) && old_previous_justified_checkpoint.0 + 3 == current_epoch {
        state.finalized = old_previous_justified_checkpoint;
    }
    if bits[1..3].iter().all(|&b| b == 1) && old_previous_justified_checkpoint.0 + 2 == current_epoch {
        state.finalized = old_previous_justified_checkpoint;
    }
    if bits[0..3].iter().all(|&b| b == 1) && old_current_justified_checkpoint.0 + 2 == current_epoch {
        state.finalized = old_current_justified_checkpoint;
    }
    if bits[0..2].iter().all(|&b| b == 1) && old_current_justified_checkpoint.0 + 1 == current_epoch {
        state.finalized = old_current_justified_checkpoint;
    }
}

const INACTIVITY_SCORE_BIAS: u64 = 4;
const INACTIVITY_SCORE_RECOVERY_RATE: u64 = 16;
const MIN_EPOCHS_TO_INACTIVITY_PENALTY: u64 = 4;
const INACTIVITY_PENALTY_QUOTIENT_BELLATRIX: u64 = 16_777_216; // 2**24

/// `process_inactivity_updates` for one eligible validator.
fn spec_inactivity_update(score: &mut u64, participated: bool, in_leak: bool) {
    if participated {
        *score -= (*score).min(1);
    } else {
        *score += INACTIVITY_SCORE_BIAS;
    }
    if !in_leak {
        *score -= (*score).min(INACTIVITY_SCORE_RECOVERY_RATE);
    }
}

/// `get_inactivity_penalty_deltas` (Bellatrix on) for a validator that missed its target.
fn spec_inactivity_penalty(effective_balance: u64, score: u64) -> u64 {
    (effective_balance as u128 * score as u128
        / (INACTIVITY_SCORE_BIAS * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX) as u128) as u64
}

fn integer_squareroot(n: u64) -> u64 {
    let mut x = n;
    let mut y = x.div_ceil(2);
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

/// `get_base_reward` with EFFECTIVE_BALANCE_INCREMENT 1 ETH and BASE_REWARD_FACTOR 64.
fn spec_base_reward(effective_balance: u64, total_active_balance: u64) -> u64 {
    let increments = effective_balance / GWEI_PER_ETH;
    increments * (GWEI_PER_ETH * 64 / integer_squareroot(total_active_balance))
}

// ---------------------------------------------------------------- helpers

fn outage(kind: OutageKind, share_bp: u32, from: u32, epochs: u32) -> ValidatorParams {
    ValidatorParams {
        epochs,
        offline_bp: 0,
        lone_slashings_per_1000: 0,
        cost_share: 0.0,
        outage: Some(Outage { kind, share_bp, from }),
        ..Default::default()
    }
}

fn run(p: ValidatorParams, seed: u64) -> ValidatorSim {
    let mut sim = ValidatorSim::new(p, seed).expect("valid parameters");
    sim.run_to_end();
    sim
}

/// Replays the spec's function over the run's recorded balances and checks
/// every epoch's justified and finalised checkpoints and bits.
fn assert_ffg_matches_spec(h: &[EpochRecord], branch_from: Option<(u64, u8)>) {
    let mut st = SpecState::default();
    let root = |e: u64| branch_from.filter(|&(f, _)| e >= f).map(|(_, b)| b).unwrap_or(0);
    for r in h.iter().skip(1) {
        let e = u64::from(r.epoch) - 1; // the record after epoch e's step
        if e > 1 {
            spec_weigh(&mut st, e, r.total_active_gwei, r.previous_target_gwei, r.current_target_gwei, root);
        }
        let bits = st.bits.iter().enumerate().map(|(i, &b)| b << i).sum::<u8>();
        assert_eq!(
            (r.justified_epoch as u64, r.finalized_epoch as u64, r.finalized_branch, r.justification_bits),
            (st.current_justified.0, st.finalized.0, st.finalized.1, bits),
            "epoch {e}"
        );
        let delay = (e.saturating_sub(1)).saturating_sub(st.finalized.0);
        assert_eq!(
            (r.finality_delay as u64, r.in_leak),
            (delay, delay > MIN_EPOCHS_TO_INACTIVITY_PENALTY),
            "epoch {e}"
        );
    }
}

// ---------------------------------------------------------------- Casper FFG

proptest! {
    /// The model's `weigh` equals the spec's on any sequence of balances.
    #[test]
    fn weigh_equals_the_spec(steps in prop::collection::vec((0u64..=100, 0u64..=100), 1..60)) {
        let mut ours = FinalityState::default();
        let mut spec = SpecState::default();
        let total = 100 * GWEI_PER_ETH;
        let mut prev = 0;
        for (k, &(a, b)) in steps.iter().enumerate() {
            let e = k as u64 + 2;
            let (pt, ct) = (prev.max(a) * GWEI_PER_ETH, b * GWEI_PER_ETH);
            ours.weigh(e, total, pt, ct, |x| Checkpoint { epoch: x, branch: 0 });
            spec_weigh(&mut spec, e, total, pt, ct, |_| 0);
            prev = b;
            prop_assert_eq!((ours.current_justified.epoch, ours.previous_justified.epoch, ours.finalized.epoch), (spec.current_justified.0, spec.previous_justified.0, spec.finalized.0));
            prop_assert_eq!(ours.bits.map(u8::from), spec.bits);
        }
    }

    /// Scores and penalties equal the spec's for any sequence of votes and leaks.
    #[test]
    fn inactivity_equals_the_spec(steps in prop::collection::vec((any::<bool>(), any::<bool>()), 1..300), eb in 16u64..=32) {
        let (mut ours, mut spec) = (0u64, 0u64);
        for &(participated, leak) in &steps {
            ours = finality::next_inactivity_score(ours, participated, leak);
            spec_inactivity_update(&mut spec, participated, leak);
            prop_assert_eq!(ours, spec);
            prop_assert_eq!(finality::inactivity_penalty(Fork::Electra, eb * GWEI_PER_ETH, ours), spec_inactivity_penalty(eb * GWEI_PER_ETH, spec));
        }
    }
}

#[test]
fn the_four_finalisation_cases() {
    let total = 90 * GWEI_PER_ETH;
    let (yes, no) = (60 * GWEI_PER_ETH, 59 * GWEI_PER_ETH);
    let cp = |e: u64| Checkpoint { epoch: e, branch: 0 };
    // A state: justification bits, then the previous and current justified
    // and the finalised checkpoints' epochs.
    let state = |bits: [bool; 4], previous: u64, current: u64, finalized: u64| FinalityState {
        bits,
        previous_justified: cp(previous),
        current_justified: cp(current),
        finalized: cp(finalized),
    };
    // Case 4: every epoch justified: the previous epoch is finalised at once.
    let mut s = FinalityState::default();
    for e in 2..=5 {
        s.weigh(e, total, yes, yes, cp);
    }
    assert_eq!((s.current_justified.epoch, s.finalized.epoch, s.bits_u8()), (5, 4, 0b1111));
    // Only previous-epoch votes arrive in time (current always short):
    // case 1 finalises the checkpoint three epochs back.
    let mut s = FinalityState::default();
    for e in 2..=6 {
        s.weigh(e, total, yes, no, cp);
    }
    assert_eq!((s.current_justified.epoch, s.finalized.epoch, s.bits_u8()), (5, 3, 0b1110));
    // 59/90 < 2/3 <= 60/90: the two sides of the rule.
    let mut s = FinalityState::default();
    s.weigh(2, total, yes, yes, cp);
    assert!(s.bits[0]);
    s.weigh(3, total, yes, no, cp);
    assert!(!s.bits[0] && s.bits[1]);
    // Case 3: epochs e-2, e-1 justified late, then e justified from e-2.
    let mut s = state([false, true, true, false], 7, 8, 5);
    // old current = 8, current epoch 10: bits after shift [_, 0, 1, 1]; previous not justified...
    s.weigh(10, total, no, yes, cp);
    assert_eq!((s.bits_u8(), s.finalized.epoch), (0b1101, 5), "bits 0,2,3: no case applies");
    let mut s = state([true, true, false, false], 7, 8, 5);
    s.weigh(10, total, no, yes, cp);
    // Bits [1, 1, 1, 0] with old current justified 8 = 10 - 2: case 3 finalises 8.
    assert_eq!((s.bits_u8(), s.finalized.epoch), (0b0111, 8));
    // Case 1: bits 1..4 set and the old previous justified is 3 epochs back.
    let mut s = state([true, true, false, false], 7, 8, 5);
    s.weigh(10, total, yes, no, cp);
    assert_eq!((s.bits_u8(), s.finalized.epoch), (0b0110, 5), "bits 1,2 with old previous justified 7 != 8");
    let mut s = state([true, true, true, false], 7, 9, 5);
    s.weigh(10, total, yes, no, cp);
    assert_eq!(
        (s.bits_u8(), s.finalized.epoch),
        (0b1110, 7),
        "bits 1,2,3 with old previous justified 7 = 10 - 3: case 1"
    );
}

#[test]
fn a_run_follows_the_spec_epoch_by_epoch() {
    for (kind, share, from) in
        [(OutageKind::Offline, 3_400, 100), (OutageKind::Offline, 4_000, 300), (OutageKind::Partition, 4_000, 200)]
    {
        let mut p = outage(kind, share, from, 3_000);
        p.offline_bp = 150;
        p.lone_slashings_per_1000 = 5;
        let sim = run(p, 3);
        assert_ffg_matches_spec(sim.history(), (kind == OutageKind::Partition).then_some((u64::from(from), 1)));
        if let Some(o) = sim.other_side() {
            assert_ffg_matches_spec(o.history(), Some((u64::from(from), 2)));
        }
    }
    // Without an outage, random downtime of 2% never stops finality.
    let sim = run(ValidatorParams { epochs: 2_000, ..Default::default() }, 5);
    assert_ffg_matches_spec(sim.history(), None);
    assert!(sim.history().iter().skip(4).all(|r| r.finality_delay == 0 && !r.in_leak));
}

/// Finality stops exactly when the online effective balance drops below
/// 2/3 and comes back once it is above again.
#[test]
fn finality_stops_below_two_thirds_and_resumes_above() {
    // 1,000 validators of 32 ETH: 333 offline leaves 667 (667 * 3 >= 1000 * 2): finality holds.
    let sim = run(outage(OutageKind::Offline, 3_330, 225, 1_200), 1);
    assert!(sim.history().iter().skip(4).all(|r| r.finality_delay == 0), "two thirds online finalise");
    // 334 offline leaves 666 < 666.67: finality stops at once.
    let sim = run(outage(OutageKind::Offline, 3_340, 225, 1_200), 1);
    let h = sim.history();
    for r in &h[4..] {
        let e = r.epoch - 1;
        let above = r.current_target_gwei as u128 * 3 >= r.total_active_gwei as u128 * 2;
        assert_eq!(r.justified_now(), above, "epoch {e}: justified iff the online target balance holds 2/3");
        if e >= 225 && !above {
            assert!(r.finalized_epoch <= 224, "epoch {e}: nothing after the outage is finalised while below 2/3");
        }
    }
    let stop = h.iter().position(|r| r.epoch > 225 && !r.justified_now()).unwrap();
    assert_eq!(h[stop].epoch - 1, 225, "the first epoch of the outage is not justified");
    // Finality returns when the offline validators' effective balance has
    // fallen to 31 ETH (balance below 31.75 ETH, the downward hysteresis):
    // 666 * 32 * 3 >= (666 * 32 + 334 * 31) * 2.
    let back = h.iter().position(|r| r.epoch > 226 && r.justified_now()).unwrap();
    let r = &h[back];
    assert_eq!(r.current_target_gwei, 666 * 32 * GWEI_PER_ETH, "the online 666 at 32 ETH");
    // 666 * 32 * 3 >= total * 2 once total <= 31,968 ETH: 32 of the offline 334 down to 31 ETH.
    assert!(
        r.total_active_gwei <= 31_968 * GWEI_PER_ETH && r.total_active_gwei >= 31_900 * GWEI_PER_ETH,
        "{}",
        r.total_active_gwei
    );
    assert!(sim.validators().iter().any(|v| v.effective_balance == 31 * GWEI_PER_ETH));
    assert_eq!(h[back + 1].finalized_epoch, h[back].epoch - 1, "finalised the epoch after");
    assert!(h[back + 2..].iter().all(|r| r.finality_delay == 0 && !r.in_leak));
}

// ---------------------------------------------------------------- the leak, one validator at a time

/// The followed offline validator's balance, epoch by epoch, equals the
/// spec's arithmetic: source and target penalties from `get_base_reward`
/// plus the inactivity penalty from its score, the effective balance by
/// hysteresis, until it is ejected at 16 ETH.
#[test]
fn an_offline_validators_balance_is_the_spec_arithmetic() {
    let sim = run(outage(OutageKind::Offline, 5_000, 225, 6_750), 2);
    let h = sim.history();
    // Before the outage it attests like everyone; start from its state then.
    let start = 226usize;
    let w0 = h[start - 1].offline_watch.unwrap();
    let mut balance = (w0.balance_eth * GWEI_PER_ETH as f64).round() as u64;
    let mut eff = w0.effective_eth as u64 * GWEI_PER_ETH;
    let mut score = w0.inactivity_score;
    let mut checked = 0;
    for r in &h[start..] {
        let w = r.offline_watch.unwrap();
        if !w.active {
            break;
        }
        let base = spec_base_reward(eff, r.total_active_gwei);
        spec_inactivity_update(&mut score, false, r.in_leak);
        let penalty = base * 14 / 64 + base * 26 / 64 + spec_inactivity_penalty(eff, score);
        balance -= penalty.min(balance);
        // process_effective_balance_updates: hysteresis 1/4 down, 5/4 up.
        if balance + GWEI_PER_ETH / 4 < eff || eff + GWEI_PER_ETH / 4 * 5 < balance {
            eff = (balance - balance % GWEI_PER_ETH).min(32 * GWEI_PER_ETH);
        }
        assert_eq!(w.inactivity_score, score, "epoch {}", r.epoch);
        assert_eq!((w.balance_eth * GWEI_PER_ETH as f64).round() as u64, balance, "epoch {}", r.epoch);
        assert_eq!(w.effective_eth as u64 * GWEI_PER_ETH, eff, "epoch {}", r.epoch);
        checked += 1;
    }
    assert!(checked > 3_000, "followed it through the leak ({checked} epochs)");
    // Ejected at 16 ETH effective balance, through the exit queue.
    let v = &sim.validators()[sim.watched().unwrap().0];
    assert!(v.effective_balance <= 16 * GWEI_PER_ETH && v.exit_epoch <= 6_750, "ejected: {v:?}");
}

/// An online validator during the leak earns only what proposing pays:
/// no attestation rewards (`get_flag_index_deltas` in a leak), and its
/// score stays 0.
#[test]
fn participants_earn_no_attestation_rewards_in_a_leak() {
    let mut sim = ValidatorSim::new(outage(OutageKind::Offline, 4_000, 20, 600), 4).unwrap();
    let (_, online) = sim.watched().unwrap();
    let mut in_leak_epochs = 0;
    let mut before = sim.validators()[online].balance;
    while !sim.is_done() {
        sim.step();
        let r = sim.history().last().unwrap();
        let now = sim.validators()[online].balance;
        let proposed = sim.proposers().contains(&(online as u32));
        if r.in_leak {
            in_leak_epochs += 1;
            if !proposed {
                assert_eq!(now, before, "epoch {}: no reward without a proposal", r.epoch);
            }
            assert_eq!(sim.validators()[online].inactivity_score, 0);
        } else if r.epoch < 20 {
            assert!(now > before, "rewards before the outage");
        }
        before = now;
    }
    assert!(in_leak_epochs > 500);
}

// ---------------------------------------------------------------- scenarios

/// A third and more offline: the leak takes weeks before the online
/// two-thirds finalise again, and runs that long are quick.
#[test]
fn forty_percent_offline_finalise_again_after_weeks() {
    let t = std::time::Instant::now();
    let sim = run(outage(OutageKind::Offline, 4_000, 225, 9_000), 1);
    let h = sim.history();
    let back = h.iter().position(|r| r.epoch > 300 && r.finality_delay == 0).expect("finality returns");
    let days = f64::from(h[back].epoch - 225) / f64::from(EPOCHS_PER_DAY);
    assert!((10.0..30.0).contains(&days), "finality returns after {days:.1} days");
    // It returns when the online validators' stake is back at 2/3 of the active balance.
    let r = &h[back - 1];
    assert!(r.current_target_gwei as u128 * 3 >= r.total_active_gwei as u128 * 2);
    assert!(h[back - 3].current_target_gwei as u128 * 3 < h[back - 3].total_active_gwei as u128 * 2);
    // Afterwards the offline validators' scores recover (16 a leak-free epoch).
    let end = h.last().unwrap();
    assert_eq!(end.offline_watch.unwrap().inactivity_score, 0);
    assert!(std::time::Instant::now() - t < std::time::Duration::from_secs(60));
}

/// A partition: each side sees the other as offline; both leak, and once
/// each side's own stake holds 2/3 of what its chain counts, each finalises
/// its own, conflicting checkpoints.
#[test]
fn a_partition_finalises_two_conflicting_chains() {
    let sim = run(outage(OutageKind::Partition, 4_000, 225, 12_000), 1);
    let a = sim.history();
    let b = sim.other_side().expect("two chains").history();
    assert_eq!(a.len(), b.len());
    let first_own = |h: &[EpochRecord], branch: u8| {
        h.iter().position(|r| r.finalized_branch == branch).expect("finalises its own chain")
    };
    let (fa, fb) = (first_own(a, 1), first_own(b, 2));
    // Each side's first own finalisation comes right after its own stake holds 2/3 twice in a row.
    for (h, f) in [(a, fa), (b, fb)] {
        let two_thirds = |r: &EpochRecord| r.current_target_gwei as u128 * 3 >= r.total_active_gwei as u128 * 2;
        assert!(two_thirds(&h[f]) && two_thirds(&h[f - 1]));
        assert!(h[226..f - 1]
            .iter()
            .all(|r| !two_thirds(r) || h[226..f - 1].iter().filter(|x| two_thirds(x)).count() <= 1));
    }
    // The 60% side needs less leaking than the 40% side.
    assert!(fa < fb, "60% side first: {fa} vs {fb}");
    let (ea, eb) = (a.last().unwrap(), b.last().unwrap());
    let ca = Checkpoint { epoch: ea.finalized_epoch.into(), branch: ea.finalized_branch };
    let cb = Checkpoint { epoch: eb.finalized_epoch.into(), branch: eb.finalized_branch };
    assert!(ca.conflicts_with(&cb), "{ca:?} vs {cb:?}: a safety failure");
    // Before the split both chains agree.
    assert_eq!(a[200].finalized_epoch, b[200].finalized_epoch);
    assert_eq!(a[200].finalized_branch, 0);
}

/// The token-collapse cascade keeps finalising: validators leave through
/// the exit queue, the rest stays online.
#[test]
fn the_cascade_keeps_finalising() {
    let p = ValidatorParams {
        epochs: 4_000,
        price: chainlab::sim::validators::PriceSource::Collapse,
        ..Default::default()
    };
    let sim = run(p, 1);
    let h = sim.history();
    assert!(h.last().unwrap().exited_total > 300, "validators leave");
    // Finality holds while anyone is left: the ones that stay are online.
    let gone = h.iter().position(|r| r.active_validators == 0).expect("every validator leaves");
    assert!(h[4..gone].iter().all(|r| r.finality_delay == 0), "finalising until the last one leaves");
    assert!(h[gone + 6..].iter().all(|r| r.in_leak), "an empty set finalises nothing");
}

#[test]
fn bad_outages_are_refused() {
    for (share, from) in [(0, 10), (10_000, 10), (3_000, 99_999)] {
        assert!(ValidatorSim::new(outage(OutageKind::Offline, share, from, 1_000), 1).is_err());
    }
}

#[test]
fn the_group_has_the_exact_share() {
    let g = chainlab::sim::validators::outage_group(1_000, 3_340);
    assert_eq!(g.iter().filter(|&&x| x).count(), 334);
    let sim = ValidatorSim::new(outage(OutageKind::Offline, 3_340, 0, 10), 1).unwrap();
    let ops: std::collections::BTreeSet<u32> =
        sim.validators().iter().zip(&g).filter(|(_, &x)| x).map(|(v, _)| v.operator).collect();
    assert!(ops.len() > 20, "spread over operators: {}", ops.len());
}
