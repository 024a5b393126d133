//! The rollup's protocol rules against their sources: the contracts'
//! bisection functions re-written from the Solidity, EIP-7623's floor,
//! EIP-4844's blob base fee, BoLD's bound and classic Nitro's delay.

use chainlab::sim::rollup::bisection::{
    classic_points, extract_challenge_segment, mandatory_bisection_height, MAX_CHALLENGE_DEGREE,
};
use chainlab::sim::rollup::bold::{self, attackers_at, Attacker, BoldConfig};
use chainlab::sim::rollup::classic::{delay_attack, delay_curve, ClassicConfig};
use chainlab::sim::rollup::l1fee::{
    self, blob_base_fee_wei, calldata_tx_gas, fake_exponential, next_excess_blob_gas, Fork, GAS_PER_BLOB,
};
use chainlab::sim::rollup::{bisect, DataMode, Fault, Hash, RollupParams, RollupSim};
use proptest::prelude::*;

// ---- The Solidity, transcribed here independently (U256 arithmetic on u128). ----

/// `ChallengeLib.extractChallengeSegment` with `oldSegments.length = degree + 1`.
fn sol_extract(old_start: u128, old_len: u128, segments_len: u128, position: u128) -> (u128, u128) {
    let old_degree = segments_len - 1;
    let mut segment_length = old_len / old_degree;
    let segment_start = old_start + segment_length * position;
    if position == segments_len - 2 {
        segment_length += old_len % old_degree;
    }
    (segment_start, segment_length)
}

/// `UintUtilsLib.mostSignificantBit`: index of the highest set bit (x > 0).
fn sol_msb(mut x: u128) -> u128 {
    let mut r = 0;
    while x > 1 {
        x >>= 1;
        r += 1;
    }
    r
}

/// `EdgeChallengeManagerLib.mandatoryBisectionHeight`.
fn sol_mandatory(start: u128, end: u128) -> Option<u128> {
    if end - start < 2 {
        return None;
    }
    if end - start == 2 {
        return Some(start + 1);
    }
    let diff = (end - 1) ^ start;
    let msb = sol_msb(diff);
    let mask = u128::MAX << msb;
    Some((end - 1) & mask)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mandatory_bisection_height_equals_the_contract(start in 0u64..1 << 40, len in 0u64..1 << 40) {
        let end = start + len;
        let ours = mandatory_bisection_height(start, end);
        prop_assert_eq!(ours.map(u128::from), sol_mandatory(u128::from(start), u128::from(end)));
        if let Some(m) = ours {
            prop_assert!(start < m && m < end);
        }
    }

    #[test]
    fn extract_challenge_segment_equals_the_contract(start in 0u64..1 << 40, len in 2u64..1 << 44, pos_seed in any::<u64>()) {
        let degree = len.min(MAX_CHALLENGE_DEGREE);
        let position = pos_seed % degree;
        let (s, l) = extract_challenge_segment(start, len, degree, position);
        prop_assert_eq!((u128::from(s), u128::from(l)), sol_extract(u128::from(start), u128::from(len), u128::from(degree) + 1, u128::from(position)));
        // The points a bisection posts are the segments' ends.
        let pts = classic_points(start, len);
        prop_assert_eq!(pts.len() as u64, degree + 1);
        prop_assert_eq!(pts[position as usize], s);
        prop_assert_eq!(pts[position as usize + 1], s + l);
    }

    /// The dispute over a real trace posts exactly the contracts' points,
    /// BoLD (padded to 2^h) and classic, for any trace length and wrong step.
    #[test]
    fn dispute_rounds_use_the_contracts_points(n in 1u64..5000, wrong_seed in any::<u64>(), classic in any::<bool>()) {
        let wrong = wrong_seed % n;
        let h = |i: u64| -> Hash { let mut x = [0u8; 32]; x[..8].copy_from_slice(&i.to_be_bytes()); x };
        let c = |i: u64| -> Hash { let mut x = h(i); if i > wrong { x[31] = 1; } x };
        let arity = if classic { 40 } else { 2 };
        let d = bisect(n, h, c, arity).unwrap();
        prop_assert_eq!(d.step, wrong);
        for r in &d.rounds {
            let idx: Vec<u64> = r.points.iter().map(|p| p.index).collect();
            if classic {
                prop_assert_eq!(idx, classic_points(r.lo, r.hi - r.lo));
                let degree = (r.hi - r.lo).min(40);
                let pos = (0..degree).find(|&p| r.points[p as usize].index == r.next_lo).unwrap();
                prop_assert_eq!(sol_extract(u128::from(r.lo), u128::from(r.hi - r.lo), u128::from(degree) + 1, u128::from(pos)),
                    (u128::from(r.next_lo), u128::from(r.next_hi - r.next_lo)));
            } else {
                prop_assert_eq!(idx, vec![r.lo, sol_mandatory(u128::from(r.lo), u128::from(r.hi)).unwrap() as u64, r.hi]);
            }
        }
        if !classic {
            // Padded to 2^h: every game takes exactly h rounds.
            prop_assert_eq!(d.rounds.len() as u32, n.next_power_of_two().trailing_zeros());
        }
    }

    #[test]
    fn calldata_floor_applies_exactly_when_it_exceeds_the_standard_cost(zero in 0u64..200_000, nonzero in 0u64..200_000, exec in 0u64..3_000_000) {
        for fork in Fork::ALL {
            let g = calldata_tx_gas(zero, nonzero, exec, fork);
            let tokens = zero + 4 * nonzero;
            let standard = 21_000 + 4 * tokens + exec;
            let floor = 21_000 + 10 * tokens;
            prop_assert_eq!(g.standard, standard);
            prop_assert_eq!(g.floor, floor);
            let expect = if fork == Fork::Cancun { standard } else { standard.max(floor) };
            prop_assert_eq!(g.charged, expect);
            prop_assert_eq!(g.floor_applied, fork != Fork::Cancun && floor > standard);
        }
    }
}

#[test]
fn mandatory_bisection_height_known_values() {
    assert_eq!(mandatory_bisection_height(0, 16), Some(8));
    assert_eq!(mandatory_bisection_height(0, 1 << 26), Some(1 << 25));
    assert_eq!(mandatory_bisection_height(4, 7), Some(6));
    assert_eq!(mandatory_bisection_height(0, 12), Some(8));
    assert_eq!(mandatory_bisection_height(3, 5), Some(4));
    assert_eq!(mandatory_bisection_height(3, 4), None);
}

#[test]
fn classic_segments_floor_and_remainder_to_the_last() {
    // 8,400 steps, degree 40: 39 parts of 210, the last of 210 too (no remainder);
    // 1,000 steps: 39 parts of 25, the last 25; 1,001: the last is 26.
    let p = classic_points(0, 1001);
    assert_eq!(p.len(), 41);
    assert_eq!(p[1], 25);
    assert_eq!(p[39], 975);
    assert_eq!(p[40] - p[39], 26);
    assert_eq!(extract_challenge_segment(0, 1001, 40, 39), (975, 26));
}

#[test]
fn fake_exponential_matches_the_eip_examples() {
    assert_eq!(fake_exponential(1, 0, 3_338_477), 1);
    // e^1 ≈ 2.718: factor 1000, numerator = denominator.
    assert_eq!(fake_exponential(1000, 3_338_477, 3_338_477), 2718);
    assert_eq!(blob_base_fee_wei(0, Fork::Bpo2), 1);
}

#[test]
fn fork_schedule_is_the_specs() {
    let t: Vec<(u64, u64, u64)> =
        Fork::ALL.iter().map(|f| (f.target_blobs(), f.max_blobs(), f.update_fraction())).collect();
    assert_eq!(t, vec![(3, 6, 3_338_477), (6, 9, 5_007_716), (10, 15, 8_346_193), (14, 21, 11_684_671)]);
    assert_eq!(Fork::TODAY, Fork::Bpo2);
    assert_eq!(RollupParams::default().fork, Fork::Bpo2);
    assert_eq!(Fork::parse("Pectra"), Some(Fork::Prague));
    assert_eq!(Fork::parse("osaka"), None);
}

/// Re-derive every block's excess blob gas of a run from EIP-4844's rule.
#[test]
fn blob_base_fee_follows_the_update_rule_over_a_run() {
    for (fork, demand) in [(Fork::Cancun, 1.4), (Fork::Prague, 0.5), (Fork::Bpo2, 1.2), (Fork::Bpo1, 0.0)] {
        let params = RollupParams {
            tps: 20.0,
            traffic_seconds: 1800,
            max_delay: 300,
            challenge_window: 20,
            data_mode: DataMode::Blobs,
            fork,
            blob_demand: demand,
            blob_gas_price_gwei: 0.5,
            gas_price_gwei: 0.0,
            ..RollupParams::default()
        };
        let mut sim = RollupSim::new(params.clone(), 4).unwrap();
        let target = fork.target_blobs() as f64 * demand;
        let mut carry = 0.0f64;
        let mut excess = sim.blob_market().excess_blob_gas;
        let mut fees = Vec::new();
        while !sim.is_done() && sim.block() < 200 {
            let before = sim.batches().len();
            sim.step();
            let rollup: u64 = sim.batches()[before..].iter().map(|b| b.blobs).sum();
            for b in &sim.batches()[before..] {
                assert_eq!(b.blob_base_fee_gwei, blob_base_fee_wei(excess, fork) as f64 / 1e9);
            }
            carry += target;
            let others = (carry.floor() as u64).min(fork.max_blobs() - rollup);
            carry -= carry.floor();
            let used = (others + rollup) * GAS_PER_BLOB;
            let t = fork.target_blobs() * GAS_PER_BLOB;
            excess = (excess + used).saturating_sub(t);
            assert_eq!(
                sim.blob_market().excess_blob_gas,
                excess,
                "{fork:?} block {} rollup {rollup} others {others} carry {carry}",
                sim.block()
            );
            fees.push(sim.blob_base_fee_gwei());
        }
        if demand > 1.0 {
            assert!(fees.last() > fees.first(), "{fork:?}: demand above target raises the fee");
        } else {
            assert!(fees.last() <= fees.first(), "{fork:?}: demand below target lowers it");
        }
    }
}

#[test]
fn reserve_price_only_on_fusaka_forks() {
    // A high execution base fee against a 1-wei blob fee: EIP-7918 keeps
    // the excess growing at target usage on BPO forks, not before.
    let used = 10 * GAS_PER_BLOB;
    let excess = 0;
    assert_eq!(next_excess_blob_gas(excess, used, Fork::Bpo1, 10_000_000_000), used * 5 / 15);
    assert_eq!(next_excess_blob_gas(excess, used, Fork::Prague, 10_000_000_000), used - 6 * GAS_PER_BLOB);
    assert_eq!(next_excess_blob_gas(excess, used, Fork::Bpo1, 0), 0);
}

#[test]
fn calldata_batches_pay_the_floor_since_prague_and_the_poster_picks_the_cheaper() {
    let base = RollupParams {
        tps: 5.0,
        traffic_seconds: 1200,
        max_delay: 300,
        challenge_window: 20,
        ..RollupParams::default()
    };
    let cd = |fork| {
        let mut s = RollupSim::new(RollupParams { data_mode: DataMode::Calldata, fork, ..base.clone() }, 2).unwrap();
        s.run_to_end();
        s
    };
    let (cancun, prague) = (cd(Fork::Cancun), cd(Fork::Prague));
    for b in prague.batches() {
        let g = calldata_tx_gas(b.zero_bytes, b.nonzero_bytes, 0, Fork::Prague);
        assert!(g.floor_applied && b.floor_applied);
        assert_eq!(b.l1_gas, g.floor);
        assert_eq!(b.mode, DataMode::Calldata);
    }
    for (a, b) in cancun.batches().iter().zip(prague.batches()) {
        assert_eq!(a.l1_gas, 21_000 + a.calldata_gas);
        let r = (b.l1_gas - 21_000) as f64 / (a.l1_gas - 21_000) as f64;
        assert!((2.4..=2.5).contains(&r), "floor / standard data gas = {r}");
    }
    // Auto: cheap blobs win; a blob fee far above calldata's per-byte cost loses.
    let auto = |blob_gwei| {
        let mut s = RollupSim::new(
            RollupParams { data_mode: DataMode::Auto, blob_gas_price_gwei: blob_gwei, ..base.clone() },
            2,
        )
        .unwrap();
        s.run_to_end();
        s.batches().iter().map(|b| b.mode).collect::<Vec<_>>()
    };
    assert!(auto(1.0).iter().all(|&m| m == DataMode::Blobs));
    assert!(auto(5_000.0).iter().all(|&m| m == DataMode::Calldata));
    let _ = l1fee::TX_BASE_GAS;
}

// ---- BoLD ----

#[test]
fn honest_side_wins_every_bold_dispute_within_the_bound() {
    for cfg in [BoldConfig::reduced(), BoldConfig::arbitrum_one()] {
        for n in [1u32, 2, 5, 16] {
            for seed in 0..4u64 {
                for joins in [1u64, 20_000, 45_000] {
                    let mut atk = attackers_at(n, joins);
                    // Some join later still.
                    if n > 1 {
                        atk[1] = Attacker { joins: joins + 7 };
                    }
                    let o = bold::play(&cfg, &atk, seed);
                    assert!(o.honest_won, "{n} attackers seed {seed}");
                    assert!(o.assertion_confirmed <= o.time_bound, "{} > {}", o.assertion_confirmed, o.time_bound);
                    assert!(o.best_malicious_timer < cfg.challenge_period, "a malicious edge could be confirmed");
                    assert!(o.edge_confirmed >= cfg.challenge_period.min(joins), "not before the period");
                }
            }
        }
    }
}

#[test]
fn bold_bisects_at_mandatory_heights_and_ends_in_one_step_proofs() {
    let cfg = BoldConfig::reduced();
    let o = bold::play(&cfg, &attackers_at(3, 1), 9);
    assert!(o.one_step_proofs >= 1);
    for m in o.moves.iter().filter(|m| m.kind == "bisect") {
        assert_eq!(m.mid, mandatory_bisection_height(m.start, m.end));
    }
    // Each level's layer-zero edge spans the level's padded height.
    for m in o.moves.iter().filter(|m| m.kind == "refine" || m.kind == "open") {
        assert_eq!(m.end, 1u64 << cfg.levels[m.level as usize].log2);
    }
    assert!(o.honest_stake_eth >= 3_600 + 555 + 79, "assertion stake and one mini-stake at each lower level");
    assert!(o.malicious_stake_eth >= 3 * 3_600, "each attacker's assertion stake");
}

#[test]
fn bold_histories_are_padded_merkle_roots() {
    use chainlab::sim::rollup::bold::merkle_root_padded;
    let l = |i: u8| [i; 32];
    // Padding with the last leaf: [a, b, c] as [a, b, c, c].
    assert_eq!(merkle_root_padded(&[l(1), l(2), l(3)], 4), merkle_root_padded(&[l(1), l(2), l(3), l(3)], 4));
    assert_ne!(merkle_root_padded(&[l(1), l(2), l(3)], 4), merkle_root_padded(&[l(1), l(2), l(4)], 4));
}

#[test]
fn no_attacker_means_confirmation_after_the_confirm_period() {
    let o = bold::play(&BoldConfig::arbitrum_one(), &[], 1);
    assert_eq!(o.assertion_confirmed, 45_818);
}

// ---- Classic ----

#[test]
fn classic_delay_grows_with_attackers_and_bold_stays_bounded() {
    let (c, b) = (ClassicConfig::arbitrum_one(), BoldConfig::arbitrum_one());
    let curve = delay_curve(&c, &b, 6, 3);
    // The first challenge runs inside the confirm period; each further
    // attacker adds a whole clock.
    assert!(curve[1].classic_blocks >= c.clock());
    for w in curve[1..].windows(2) {
        assert!(w[1].classic_blocks >= w[0].classic_blocks + c.clock(), "each attacker adds a clock: {w:?}");
        assert!(w[1].bold_blocks <= b.time_bound());
    }
    assert!(curve[6].classic_blocks > 6 * 45_818);
    let spread = curve[1..].iter().map(|p| p.bold_blocks).max().unwrap()
        - curve[1..].iter().map(|p| p.bold_blocks).min().unwrap();
    assert!(spread <= 2 * b.max_moves(), "BoLD's time does not grow with attackers: spread {spread}");
}

#[test]
fn classic_challenges_follow_extract_challenge_segment() {
    let c = ClassicConfig::arbitrum_one();
    let o = delay_attack(&c, 2, 5);
    assert_eq!(o.challenges.len(), 2);
    assert!(o.challenges[1].opened >= o.challenges[0].resolved, "one challenge after another");
    for ch in &o.challenges {
        for r in &ch.rounds {
            assert_eq!(r.degree, r.len.min(40));
            assert_eq!(
                sol_extract(u128::from(r.start), u128::from(r.len), u128::from(r.degree) + 1, u128::from(r.position)),
                (u128::from(r.next_start), u128::from(r.next_len))
            );
        }
        assert_eq!(ch.rounds.last().unwrap().next_len, 1);
    }
    let _ = Fault::None;
}

// ---- What the page says ----

#[test]
fn page_sentences_state_the_models_numbers() {
    use chainlab::sim::rollup::captions::{bold_summary, days, delay_summary, rounds_why, run_setup};
    assert_eq!(
        rounds_why(8_400, 14, 3),
        "BoLD pads the 8,400-step history to 2^14 = 16,384 leaves and splits at mandatoryBisectionHeight, so every game takes exactly 14 rounds. Classic Nitro cuts a range into 40 parts of floor(len/40) steps, the last taking the remainder, and stops when the range is one step: here 3."
    );
    let cfg = BoldConfig::reduced();
    let o = bold::play(&cfg, &attackers_at(3, 1), 1);
    let text = bold_summary(&cfg, &o);
    let t = |n: u64| chainlab::format::thousands(n);
    for part in [
        format!("{} attackers post rival assertions at block 1 (3,600 ETH each)", 3),
        "edges over 2^4 blocks, 2^3 big steps, 2^3 small steps".to_string(),
        format!(
            "After {} moves ({} edges, {} by the honest side)",
            t(o.moves.len() as u64),
            t(u64::from(o.edges)),
            t(u64::from(o.honest_edges))
        ),
        format!("{} one-step proof", o.one_step_proofs),
        format!("45,818-block challenge period at block {}", t(o.edge_confirmed)),
        format!(
            "confirmed at block {} ({} days; this run's bound, with the honest assertion first and every move made at once: {})",
            t(o.assertion_confirmed),
            days(o.assertion_confirmed),
            t(o.time_bound)
        ),
        format!("honest {} ETH (returned), attackers {} ETH (lost)", t(o.honest_stake_eth), t(o.malicious_stake_eth)),
    ] {
        assert!(text.contains(&part), "{part:?} not in {text:?}");
    }
    assert_eq!(o.assertion_confirmed, o.edge_confirmed + 14_400);
    let curve = delay_curve(&ClassicConfig::arbitrum_one(), &BoldConfig::arbitrum_one(), 8, 1);
    let d = delay_summary(&curve, 3);
    assert!(
        d.contains(&format!("after {} days (block {})", days(curve[3].classic_blocks), t(curve[3].classic_blocks))),
        "{d}"
    );
    assert!(
        d.contains(&format!("BoLD after {} days (block {})", days(curve[3].bold_blocks), t(curve[3].bold_blocks))),
        "{d}"
    );
    // The panel's note: each further classic attacker adds about one clock.
    assert_eq!(days(45_818 + 200), "6.4");
    assert_eq!(days(14_400), "2.0");
    let setup = run_setup(&RollupParams::default());
    assert!(
        setup.contains("BoLD")
            && setup.contains(
                "BPO2 (since 2026-01-07): 14 target / 21 max blobs a block, blob base fee update fraction 11,684,671"
            ),
        "{setup}"
    );
    assert!(setup.ends_with("This is the fork in force today."));
    let classic = run_setup(&RollupParams {
        arity: 40,
        fork: Fork::Cancun,
        data_mode: DataMode::Calldata,
        ..RollupParams::default()
    });
    assert!(
        classic.contains("classic Nitro (40-way")
            && classic.contains("16/4 gas a byte")
            && classic.contains("data posted as calldata.")
    );
}

/// The explanation's "what to try": above-target demand raises the blob
/// fee until the poster switches to calldata.
#[test]
fn above_target_blob_demand_pushes_the_poster_to_calldata() {
    let p = RollupParams {
        tps: 2.0,
        traffic_seconds: 3600,
        max_delay: 600,
        blob_demand: 1.5,
        challenge_window: 20,
        ..RollupParams::default()
    };
    let mut sim = RollupSim::new(p, 1).unwrap();
    sim.run_to_end();
    let modes: Vec<DataMode> = sim.batches().iter().map(|b| b.mode).collect();
    assert_eq!(modes.first(), Some(&DataMode::Blobs));
    assert_eq!(modes.last(), Some(&DataMode::Calldata), "{modes:?}");
}

/// Arbitrum One's BoLD settings as `arb1.ts` states them (the explanation and
/// the panel quote these).
#[test]
fn arbitrum_one_bold_settings_are_arb1_ts() {
    let c = BoldConfig::arbitrum_one();
    let levels: Vec<(&str, u32, u64)> = c.levels.iter().map(|l| (l.name, l.log2, l.mini_stake_eth)).collect();
    assert_eq!(levels, vec![("block", 26, 0), ("big step", 19, 555), ("small step", 23, 79)]);
    assert_eq!(
        (c.challenge_period, c.confirm_period, c.grace_period, c.assertion_stake_eth),
        (45_818, 45_818, 48 * 300, 3_600)
    );
    assert_eq!(c.depth(), 68);
    let r = BoldConfig::reduced();
    assert_eq!(r.levels.iter().map(|l| l.log2).collect::<Vec<_>>(), vec![4, 3, 3]);
    let k = ClassicConfig::arbitrum_one();
    assert_eq!((k.confirm_period, k.extra_challenge_time, k.clock()), (45_818, 200, 46_017));
}

/// Nitro's batch poster (`arbnode/batch_poster.go`): blobs only if the blob
/// fee per byte (fee × 131,072 / 126,976, its `usableBytesInBlob` = 31/32 of
/// a blob) is strictly below the base fee × 40 (× 16 before EIP-7623).
#[test]
fn auto_poster_uses_nitros_per_byte_rule() {
    use chainlab::sim::rollup::choose_mode;
    let p = RollupParams { data_mode: DataMode::Auto, gas_price_gwei: 20.0, ..RollupParams::default() };
    let even: u128 = 775_000_000_000; // × 131,072 / 126,976 (= × 32/31) = 800 gwei = 20 gwei × 40
    assert_eq!(even * 131_072 / (131_072 * 31 / 32), 800_000_000_000);
    assert_eq!(choose_mode(&p, even), DataMode::Calldata);
    assert_eq!(choose_mode(&p, even - 1), DataMode::Blobs);
    let cancun = RollupParams { fork: Fork::Cancun, ..p.clone() };
    assert_eq!(choose_mode(&cancun, even - 1), DataMode::Calldata, "16 gas a byte before Pectra");
    assert_eq!(choose_mode(&cancun, 310_000_000_000 - 1), DataMode::Blobs);
    assert_eq!(choose_mode(&cancun, 310_000_000_000), DataMode::Calldata);
    let fixed = RollupParams { data_mode: DataMode::Blobs, ..p };
    assert_eq!(choose_mode(&fixed, u128::MAX / 1_000_000), DataMode::Blobs);
}
