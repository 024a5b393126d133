//! The validator model against the consensus-specs' figures, the
//! concentration measures on known distributions, and the cascade.

use chainlab::sim::validators::concentration::{gini, lorenz, nakamoto, sorted_shares};
use chainlab::sim::validators::distribution::allocate;
use chainlab::sim::validators::slashing::{self, activation_exit_churn_limit, correlation_penalty, initial_penalty, ExitQueue};
use chainlab::sim::validators::{
    Distribution, ExitReason, Fork, PriceSource, ValidatorParams, ValidatorSim, WhatIf, WhatIfKind, GWEI_PER_ETH, MAX_EFFECTIVE_BALANCE,
};

const ETH: u64 = GWEI_PER_ETH;

#[test]
fn initial_penalty_of_a_lone_32_eth_slashing() {
    assert_eq!(initial_penalty(Fork::Bellatrix, 32 * ETH), ETH, "1/32 before Electra: 1 ETH");
    assert_eq!(initial_penalty(Fork::Electra, 32 * ETH), 7_812_500, "1/4096 from Electra: 0.0078125 ETH");
    assert_eq!(initial_penalty(Fork::Phase0, 32 * ETH), ETH / 4);
    assert_eq!(initial_penalty(Fork::Altair, 32 * ETH), ETH / 2);
}

#[test]
fn correlation_penalty_is_near_zero_alone_and_everything_for_a_third() {
    let total = 10_000 * 32 * ETH;
    for fork in [Fork::Bellatrix, Fork::Electra] {
        let lone = correlation_penalty(fork, 32 * ETH, 32 * ETH, total);
        assert!(lone < ETH / 50, "{fork:?}: a lone slashing costs {lone} gwei");
        // A third slashed together; they have left the active set by the time it applies.
        let third = total / 3;
        let p = correlation_penalty(fork, 31 * ETH, third, total - third);
        // (Electra's per-increment rounding can ask a hair more than the balance; decrease_balance stops at 0.)
        assert!((31 * ETH..31 * ETH + ETH / 1000).contains(&p), "{fork:?}: a third slashed together loses its whole effective balance, {p}");
    }
    // Exact figures: pre-Electra rounds per validator to whole ETH (0 here);
    // Electra per increment: 96 ETH // 320,000 increments = 300,000 gwei, times 32.
    assert_eq!(correlation_penalty(Fork::Bellatrix, 32 * ETH, 32 * ETH, total), 0);
    assert_eq!(correlation_penalty(Fork::Electra, 32 * ETH, 32 * ETH, total), 9_600_000);
    // Phase 0's multiplier of 1: a third takes about a third.
    let p0 = correlation_penalty(Fork::Phase0, 32 * ETH, total / 3, total);
    assert!((10 * ETH..=11 * ETH).contains(&p0), "{p0}");
}

#[test]
fn churn_limits_follow_electra() {
    // 128 ETH floor, total/65536 in between, 256 ETH cap.
    assert_eq!(activation_exit_churn_limit(320_000 * ETH), 128 * ETH);
    assert_eq!(activation_exit_churn_limit(12_000_000 * ETH), 183 * ETH);
    assert_eq!(activation_exit_churn_limit(34_000_000 * ETH), 256 * ETH);
    assert_eq!(slashing::validator_churn_limit(10_000), 4);
    assert_eq!(slashing::validator_churn_limit(1_000_000), 15);
}

#[test]
fn exit_queue_is_churn_limited() {
    // Electra: 128 ETH per epoch = four 32-ETH validators per epoch.
    let mut q = ExitQueue::default();
    let epochs: Vec<u64> = (0..12).map(|_| q.exit_epoch(Fork::Electra, 100, 32 * ETH, 10_000, 320_000 * ETH)).collect();
    assert_eq!(epochs, vec![105, 105, 105, 105, 106, 106, 106, 106, 107, 107, 107, 107]);
    // Before Electra: four validators per epoch by count.
    let mut q = ExitQueue::default();
    let epochs: Vec<u64> = (0..6).map(|_| q.exit_epoch(Fork::Bellatrix, 100, 32 * ETH, 10_000, 320_000 * ETH)).collect();
    assert_eq!(epochs, vec![105, 105, 105, 105, 106, 106]);
}

#[test]
fn nakamoto_coefficient_of_ethereum_2022_shares() {
    let mut shares = vec![0.31, 0.15, 0.085, 0.0675];
    shares.extend(std::iter::repeat_n(0.3875 / 60.0, 60));
    assert_eq!(nakamoto(&shares, 0.334), 2);
    assert_eq!(nakamoto(&shares, 0.5), 3);
    assert_eq!(nakamoto(&shares, 0.667), 4 + 9, "61.25% + 9 x 0.646% = 67.06%");
    // Equal shares: the threshold times n, rounded up.
    let eq = vec![0.01; 100];
    assert_eq!(nakamoto(&eq, 0.334), 34);
    assert_eq!(nakamoto(&eq, 0.5), 50);
    assert!((gini(&eq)).abs() < 1e-9);
    // One holds everything.
    assert_eq!(nakamoto(&[1.0], 0.667), 1);
    let lz = lorenz(&sorted_shares(&[1, 1, 2]));
    assert_eq!(lz.first(), Some(&(0.0, 0.0)));
    assert!((lz.last().unwrap().1 - 1.0).abs() < 1e-12);
    assert!((gini(&sorted_shares(&[0, 0, 0, 10])) - 0.0).abs() < 1e-12, "zero-stake operators are not counted");
    assert!((gini(&sorted_shares(&[1, 1, 1, 97])) - 0.72).abs() < 1e-9);
}

#[test]
fn real_shares_preset_gives_the_published_coefficients() {
    let sim = ValidatorSim::new(ValidatorParams { validators: 10_000, operators: 100, ..Default::default() }, 1).unwrap();
    let r = &sim.history()[0];
    assert_eq!(r.nakamoto[0], 2, "33.4%");
    assert_eq!(r.nakamoto[1], 3, "50%");
    assert!((sim.shares()[0] - 0.31).abs() < 1e-3);
    let counts = allocate(Distribution::PowerLaw { alpha: 1.0 }, 1000, 50);
    assert_eq!(counts.iter().sum::<u32>(), 1000);
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
}

fn quiet(epochs: u32) -> ValidatorParams {
    ValidatorParams { validators: 2_000, operators: 40, offline_bp: 0, lone_slashings_per_1000: 0, epochs, ..Default::default() }
}

#[test]
fn a_lone_slashing_in_the_run_costs_the_spec_amounts() {
    for (fork, initial) in [(Fork::Bellatrix, ETH), (Fork::Electra, 7_812_500)] {
        let mut p = quiet(4_200);
        p.fork = fork;
        p.validators = 1_000;
        p.operators = 1_000; // one validator each, so "slash the largest" slashes one
        p.distribution = Distribution::Equal;
        p.whatifs = vec![WhatIf { epoch: 10, kind: WhatIfKind::SlashLargest }];
        let mut sim = ValidatorSim::new(p, 3).unwrap();
        while sim.epoch() < 10 {
            sim.step();
        }
        let before = sim.validators()[0].balance;
        sim.step();
        let v = &sim.validators()[0];
        assert!(v.slashed);
        // The initial penalty, plus that epoch's missed source and target (a slashed validator earns nothing).
        let base = 32 * chainlab::sim::validators::base_reward_per_increment(1_000 * 32 * ETH);
        assert_eq!(before - v.balance, initial + base * 14 / 64 + base * 26 / 64, "{fork:?}");
        // Ejected? No: it exits through the queue as slashed.
        assert_eq!(v.exit_reason, Some(ExitReason::Slashed));
        sim.run_to_end();
        let v = &sim.validators()[0];
        // Missed source+target penalties until withdrawable, a tiny correlation penalty.
        // A slashed validator keeps losing source+target until withdrawable; the correlation
        // penalty (at epoch 10 + 4096) adds 3 x 1/1000 of the balance (Electra, 0.096 ETH) or nothing (Bellatrix rounds to whole ETH).
        let missed = base * 14 / 64 + base * 26 / 64;
        let lost = MAX_EFFECTIVE_BALANCE - v.balance;
        let after_initial = lost - initial;
        // (Its effective balance falls to 30 then 29 ETH, so later epochs cost a little less.)
        assert!(after_initial >= 3_800 * missed && after_initial < 4_190 * missed + ETH / 8, "{fork:?}: lost {lost} gwei");
    }
}

#[test]
fn a_third_slashed_together_loses_nearly_everything() {
    let mut p = quiet(4_200);
    p.fork = Fork::Electra;
    p.distribution = Distribution::Equal;
    p.operators = 3; // the largest holds a third
    p.whatifs = vec![WhatIf { epoch: 5, kind: WhatIfKind::SlashLargest }];
    let mut sim = ValidatorSim::new(p, 4).unwrap();
    sim.run_to_end();
    let slashed: Vec<_> = sim.validators().iter().filter(|v| v.slashed).collect();
    assert!(slashed.len() >= 666);
    assert!(slashed.iter().all(|v| v.balance < ETH), "each slashed validator keeps under 1 ETH");
    // Their exits were churn-limited: four per epoch (128 ETH).
    let last_exit = slashed.iter().map(|v| v.exit_epoch).max().unwrap();
    assert!(last_exit >= 5 + 5 + slashed.len() as u64 / 4 - 1, "exit queue drained at 4 a epoch, last at {last_exit}");
}

#[test]
fn ejection_at_16_eth() {
    // Always offline: penalties drain the balance until ejection.
    let mut p = quiet(20_000);
    p.validators = 8;
    p.operators = 8;
    p.distribution = Distribution::Equal;
    p.offline_bp = 10_000;
    p.cost_share = 0.0;
    let mut sim = ValidatorSim::new(p, 5).unwrap();
    sim.run_to_end();
    for v in sim.validators() {
        assert_eq!(v.exit_reason, Some(ExitReason::Ejected));
        assert!(v.effective_balance <= 16 * ETH && v.effective_balance >= 15 * ETH, "{}", v.effective_balance);
    }
}

#[test]
fn rewards_follow_altair_at_full_participation() {
    let mut sim = ValidatorSim::new(quiet(10), 6).unwrap();
    let total = 2_000 * 32 * ETH;
    let brpi = chainlab::sim::validators::base_reward_per_increment(total);
    assert_eq!(brpi, ETH * 64 / chainlab::sim::validators::integer_squareroot(total));
    sim.step();
    // Attesters get 54/64 of the base reward; a non-proposer exactly that.
    let base = 32 * brpi;
    let att: u64 = [14u64, 26, 14].iter().map(|w| base * w * 64_000 / (64_000 * 64)).sum();
    let proposers = sim.snapshot().proposers;
    let plain = (0..2_000).find(|i| !proposers.contains(&(*i as u32))).unwrap();
    assert_eq!(sim.validators()[plain].balance, MAX_EFFECTIVE_BALANCE + att);
}

#[test]
fn whatifs_change_the_coefficient() {
    let base = ValidatorParams { epochs: 20, ..quiet(20) };
    let run = |w: Vec<WhatIf>| {
        let mut sim = ValidatorSim::new(ValidatorParams { whatifs: w, ..base.clone() }, 7).unwrap();
        sim.run_to_end();
        sim.history().last().unwrap().nakamoto
    };
    let plain = run(vec![]);
    assert_eq!(plain[0], 2);
    let redelegated = run(vec![WhatIf { epoch: 3, kind: WhatIfKind::Redelegate }]);
    assert!(redelegated[0] > plain[0], "{redelegated:?}");
    let merged = run(vec![WhatIf { epoch: 3, kind: WhatIfKind::Merge }]);
    assert_eq!(merged[0], 1, "Lido + Coinbase hold 46%");
    let slashed = run(vec![WhatIf { epoch: 3, kind: WhatIfKind::SlashLargest }]);
    assert_eq!(slashed[0], plain[0], "still in the queue: slashed validators stay active until they exit");
}

fn cascade(price: PriceSource, seed: u64) -> ValidatorSim {
    let p = ValidatorParams { validators: 2_000, operators: 60, epochs: 4_000, price, ..Default::default() };
    let mut sim = ValidatorSim::new(p, seed).unwrap();
    sim.run_to_end();
    sim
}

#[test]
fn a_collapsing_token_drives_validators_out() {
    let stable = cascade(PriceSource::Stable, 9);
    let crash = cascade(PriceSource::Collapse, 9);
    let (s, c) = (stable.history().last().unwrap(), crash.history().last().unwrap());
    assert!(c.active_stake_eth < 0.5 * s.active_stake_eth, "stake {} vs {}", c.active_stake_eth, s.active_stake_eth);
    assert!(c.cost_of_attack_usd[0] < 1e-3 * s.cost_of_attack_usd[0]);
    assert!(crash.validators().iter().any(|v| v.exit_reason == Some(ExitReason::Unprofitable)));
    assert!(stable.validators().iter().all(|v| v.exit_reason != Some(ExitReason::Unprofitable)));
    // Exits are churn-limited: never more than 4 a epoch (128 ETH).
    assert!(crash.history().iter().all(|r| r.exits_this_epoch <= 4 + r.slashed_this_epoch));
    // A gradual decline lowers the cost of attack and active stake too, less fast.
    let decline = cascade(PriceSource::Decline { depth: 0.9 }, 9);
    let d = decline.history().last().unwrap();
    assert!(d.cost_of_attack_usd[0] < s.cost_of_attack_usd[0] && d.active_stake_eth < s.active_stake_eth);
}

#[test]
fn runs_are_deterministic() {
    let a = cascade(PriceSource::Collapse, 11);
    let b = cascade(PriceSource::Collapse, 11);
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_eq!(a.history(), b.history());
    let c = cascade(PriceSource::Collapse, 12);
    assert_ne!(a.fingerprint(), c.fingerprint());
}

#[test]
fn bad_parameters_are_refused() {
    for p in [
        ValidatorParams { validators: 2, ..Default::default() },
        ValidatorParams { operators: 0, ..Default::default() },
        ValidatorParams { offline_bp: 10_001, ..Default::default() },
        ValidatorParams { start_price_usd: f64::NAN, ..Default::default() },
        ValidatorParams { price: PriceSource::Path { name: "x".into(), usd: vec![] }, ..Default::default() },
        ValidatorParams { operators: 3, ..Default::default() },
    ] {
        assert!(ValidatorSim::new(p, 1).is_err());
    }
}

#[test]
fn a_whatif_added_during_a_run_equals_one_planned_from_the_start() {
    let mut live = ValidatorSim::new(quiet(300), 8).unwrap();
    while live.epoch() < 120 {
        live.step();
    }
    live.add_whatif(WhatIfKind::Merge);
    live.run_to_end();
    let planned = ValidatorParams { whatifs: vec![WhatIf { epoch: 120, kind: WhatIfKind::Merge }], ..quiet(300) };
    let mut replayed = ValidatorSim::new(planned.clone(), 8).unwrap();
    replayed.run_to_end();
    assert_eq!(live.fingerprint(), replayed.fingerprint());
    assert_eq!(live.params(), &planned);
}

#[test]
fn the_stablecoin_simulations_luna_drives_the_cascade() {
    let luna = chainlab::sim::validators::price::named_path("stablecoin:terra-may-2022").expect("a known scenario");
    let PriceSource::Path { usd, .. } = &luna else { panic!("a path") };
    // LUNA starts in the tens of dollars and ends below a cent.
    assert!(usd[0] > 10.0 && *usd.last().unwrap() < 0.01, "{} -> {}", usd[0], usd.last().unwrap());
    let stable = cascade(PriceSource::Stable, 13);
    let crash = cascade(luna.clone(), 13);
    let (s, c) = (stable.history().last().unwrap(), crash.history().last().unwrap());
    assert!(c.active_stake_eth < 0.5 * s.active_stake_eth);
    assert!(c.cost_of_attack_usd[0] < 1e-3 * crash.history()[0].cost_of_attack_usd[0]);
    assert_eq!(crash.fingerprint(), cascade(luna, 13).fingerprint(), "deterministic");
}

#[test]
fn proposers_are_drawn_in_proportion_to_stake() {
    // 2,000 epochs x 32 slots: Lido's 31% of the stake should propose about 31% of the blocks.
    let mut sim = ValidatorSim::new(quiet(2_000), 21).unwrap();
    let lido: std::collections::HashSet<u32> = (0..2_000u32).filter(|&i| sim.validators()[i as usize].operator == 0).collect();
    let share = lido.len() as f64 / 2_000.0;
    let (mut mine, mut all) = (0u32, 0u32);
    while !sim.is_done() {
        sim.step();
        for p in sim.proposers() {
            all += 1;
            mine += u32::from(lido.contains(p));
        }
    }
    assert_eq!(all, 2_000 * 32, "one proposer per slot");
    let got = f64::from(mine) / f64::from(all);
    assert!((got - share).abs() < 0.01, "Lido proposed {got:.4} of blocks with {share:.4} of stake");
}

#[test]
fn an_offline_validator_loses_source_and_target_and_earns_nothing_for_head() {
    // With everyone offline, no one earns; each loses base * (14 + 26) / 64 an epoch.
    let mut p = quiet(3);
    p.offline_bp = 10_000;
    let mut sim = ValidatorSim::new(p, 22).unwrap();
    sim.step();
    let base = 32 * chainlab::sim::validators::base_reward_per_increment(2_000 * 32 * ETH);
    for v in sim.validators() {
        assert_eq!(v.balance, MAX_EFFECTIVE_BALANCE - (base * 14 / 64 + base * 26 / 64));
    }
}
