//! The atomic-swap model: the contracts' rules (hashlock, timelocks, the
//! 32-byte size check), every scenario's outcome, balances, the secret
//! becoming public, fees under congestion, and determinism.

use chainlab::sim::swap::{
    sha256, BlockRef, ChainId, ChainParams, Htlc, HtlcState, Outcome, PartyId, Scenario, SwapParams, SwapSim, Timelock, TxKind, TxOutcome,
    CONGESTED_FEE_MULTIPLE, FEE_RESERVE_TXS, HOUR,
};

const SEEDS: std::ops::RangeInclusive<u64> = 1..=8;

fn run(params: SwapParams, seed: u64) -> SwapSim {
    let mut sim = SwapSim::new(params, seed).expect("valid parameters");
    sim.run_to_end();
    sim
}

/// Both contracts of a fresh default run, funded, with their secret.
fn locked_contracts() -> (Htlc, Htlc, Vec<u8>) {
    let sim = SwapSim::new(SwapParams::default(), 7).unwrap();
    let mut a = sim.htlc(ChainId::A).clone();
    let mut b = sim.htlc(ChainId::B).clone();
    a.state = HtlcState::Locked;
    b.state = HtlcState::Locked;
    (a, b, sim.secret().to_vec())
}

fn at(height: u64, time: u64) -> BlockRef {
    BlockRef { height, time }
}

const BOB: PartyId = PartyId::Participant;
const ALICE: PartyId = PartyId::Initiator;

#[test]
fn only_the_right_preimage_redeems() {
    let (a, b, secret) = locked_contracts();
    assert_eq!(a.digest, sha256(&secret));
    assert_eq!(secret.len(), 32);
    assert_eq!(a.check_redeem(BOB, &secret, at(5, 3000)), Ok(()));
    assert_eq!(b.check_redeem(ALICE, &secret, at(100, 1200)), Ok(()));
    let mut wrong = secret.clone();
    wrong[0] ^= 1;
    let e = a.check_redeem(BOB, &wrong, at(5, 3000)).unwrap_err();
    assert!(e.contains("wrong secret"), "{e}");
    let e = b.check_redeem(ALICE, &wrong, at(100, 1200)).unwrap_err();
    assert!(e.contains("wrong secret"), "{e}");
    // Only the recipient's signature satisfies the script / contract.
    assert!(a.check_redeem(ALICE, &secret, at(5, 3000)).is_err());
    assert!(b.check_redeem(BOB, &secret, at(100, 1200)).is_err());
}

#[test]
fn a_secret_of_the_wrong_length_fails_where_the_length_is_checked() {
    let (mut a, mut b, _) = locked_contracts();
    for len in [31usize, 33] {
        let odd: Vec<u8> = (0..len as u8).collect();
        a.digest = sha256(&odd);
        b.digest = sha256(&odd);
        // Chain A's script always has decred's OP_SIZE 32 OP_EQUALVERIFY.
        let e = a.check_redeem(BOB, &odd, at(5, 3000)).unwrap_err();
        assert!(e.contains("OP_SIZE 32"), "{e}");
        b.checks_length = true;
        let e = b.check_redeem(ALICE, &odd, at(100, 1200)).unwrap_err();
        assert!(e.contains("length == 32"), "{e}");
        // Without the check, a contract accepts any preimage of the digest.
        b.checks_length = false;
        assert_eq!(b.check_redeem(ALICE, &odd, at(100, 1200)), Ok(()));
    }
}

#[test]
fn chain_a_refund_waits_for_the_height_and_redeem_has_no_deadline() {
    let (a, _, secret) = locked_contracts();
    let Timelock::Height(l) = a.timelock else { panic!("chain A counts heights") };
    assert_eq!(l, 288, "48 h of 600-second blocks");
    // nLockTime = l is final only in a block of height > l (IsFinalTx).
    for h in [1, l - 1, l] {
        let e = a.check_refund(ALICE, at(h, h * 600)).unwrap_err();
        assert!(e.contains("timelock not reached"), "{e}");
    }
    assert_eq!(a.check_refund(ALICE, at(l + 1, 0)), Ok(()));
    assert!(a.check_refund(BOB, at(l + 1, 0)).is_err(), "only the sender refunds");
    // BIP-199: after the locktime, an unspent contract is still redeemable.
    assert_eq!(a.check_redeem(BOB, &secret, at(l + 50, 60 * HOUR)), Ok(()));
    let mut spent = a.clone();
    spent.state = HtlcState::Refunded;
    assert!(spent.check_redeem(BOB, &secret, at(l + 50, 0)).unwrap_err().contains("already refunded"));
}

#[test]
fn chain_b_timelock_is_a_timestamp_for_both_branches() {
    let (_, b, secret) = locked_contracts();
    let Timelock::Time(t) = b.timelock else { panic!("chain B counts time") };
    assert_eq!(t, 24 * HOUR);
    let e = b.check_refund(BOB, at(1, t - 12)).unwrap_err();
    assert!(e.contains("too early"), "{e}");
    assert_eq!(b.check_refund(BOB, at(1, t)), Ok(()));
    assert_eq!(b.check_redeem(ALICE, &secret, at(1, t - 1)), Ok(()));
    let e = b.check_redeem(ALICE, &secret, at(1, t)).unwrap_err();
    assert!(e.contains("too late"), "{e}");
}

#[test]
fn every_scenario_ends_as_the_reference_says() {
    for sc in Scenario::ALL {
        for seed in SEEDS {
            let sim = run(sc.params(), seed);
            assert!(sim.is_done());
            assert_eq!(sim.outcome(), sc.expected(), "{} seed {seed}: {:#?}", sc.name(), sim.log());
            assert!(sim.time() <= sim.params().horizon);
        }
    }
}

#[test]
fn scenario_names_round_trip_and_texts_exist() {
    let mut names: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
    for sc in Scenario::ALL {
        assert_eq!(Scenario::parse(sc.name()), Some(sc));
        assert!(!sc.title().is_empty() && sc.description().len() > 40);
        assert!(sc.params().validate().is_ok(), "{}", sc.name());
    }
    names.sort();
    names.dedup();
    assert_eq!(names.len(), Scenario::ALL.len());
    assert_eq!(Scenario::parse("nope"), None);
    assert!(Scenario::MisorderedTimelocks.expected().is_loss());
    assert!(!Scenario::MisorderedTimelocks.params().timelocks_ordered());
    assert!(SwapParams::default().timelocks_ordered());
}

#[test]
fn happy_path_moves_the_coins_minus_fees() {
    let p = Scenario::HappyPath.params();
    let (fa, fb) = (p.chain_a.fee as i64, p.chain_b.fee as i64);
    let (amount_a, amount_b) = (p.amount_a as i64, p.amount_b as i64);
    for seed in SEEDS {
        let sim = run(p.clone(), seed);
        assert_eq!(sim.outcome(), Outcome::Swapped);
        let (s, e) = (&sim.balances()[0], sim.balances().last().unwrap());
        assert_eq!(s.alice_a, amount_a + FEE_RESERVE_TXS as i64 * fa);
        assert_eq!(s.bob_b, amount_b + FEE_RESERVE_TXS as i64 * fb);
        // Alice paid her coins and the lock's fee; Bob's redeem fee came out of the output.
        assert_eq!(e.alice_a - s.alice_a, -amount_a - fa);
        assert_eq!(e.bob_a - s.bob_a, amount_a - fa);
        // On B both pay gas from their wallets.
        assert_eq!(e.alice_b - s.alice_b, amount_b - fb);
        assert_eq!(e.bob_b - s.bob_b, -amount_b - fb);
        assert_eq!(sim.balances().len(), sim.steps() as usize + 1, "a point at the start and after every block");
        assert!(sim.time() < 3 * HOUR, "the happy path is over in minutes, not days");
    }
}

#[test]
fn a_mined_redeem_makes_the_secret_public() {
    let mut sim = SwapSim::new(SwapParams::default(), 3).unwrap();
    assert_eq!(sim.mempool(ChainId::A).len(), 1, "Alice's lock is broadcast at the start");
    while sim.htlc(ChainId::B).state != HtlcState::Redeemed {
        assert_eq!(sim.htlc(ChainId::B).preimage, None);
        assert!(!sim.htlc(ChainId::A).state.is_settled());
        sim.step();
        assert!(!sim.is_done());
    }
    let b = sim.htlc(ChainId::B);
    assert_eq!(b.preimage.as_deref(), Some(sim.secret()));
    assert_eq!(b.settled_at.map(|r| r.time), Some(sim.time()));
    let block = sim.chain(ChainId::B).last().unwrap();
    assert!(block.txs.iter().any(|t| matches!(&t.kind, TxKind::Redeem { preimage } if preimage == sim.secret())));
}

#[test]
fn same_seed_same_run_different_seeds_differ() {
    let p = SwapParams::default();
    let mut x = SwapSim::new(p.clone(), 11).unwrap();
    let mut y = SwapSim::new(p.clone(), 11).unwrap();
    assert_eq!(x.fingerprint(), y.fingerprint());
    while !x.is_done() {
        x.step();
        y.step();
        assert_eq!(x.fingerprint(), y.fingerprint(), "step {}", x.steps());
    }
    assert!(y.is_done());
    let z = run(p.clone(), 12);
    let x_times: Vec<u64> = x.chain(ChainId::A).iter().map(|b| b.time).collect();
    let z_times: Vec<u64> = z.chain(ChainId::A).iter().map(|b| b.time).collect();
    assert_ne!(x_times, z_times, "chain A's random block times depend on the seed");
    assert_ne!(x.secret(), z.secret());
    assert_ne!(x.fingerprint(), z.fingerprint());
    // Chain B has fixed 12-second slots.
    assert!(z.chain(ChainId::B).iter().all(|b| b.time % 12 == 0 && b.time == b.height * 12));
}

#[test]
fn chain_a_block_times_average_the_block_time() {
    let mut p = Scenario::ParticipantNeverLocks.params();
    p.horizon = 200 * HOUR;
    p.initiator.refund = false;
    let sim = run(p, 5);
    let blocks = sim.chain(ChainId::A);
    let mean = blocks.last().unwrap().time as f64 / blocks.len() as f64;
    assert!((540.0..660.0).contains(&mean), "mean interval {mean}");
    let gaps: Vec<u64> = blocks.windows(2).map(|w| w[1].time - w[0].time).collect();
    assert!(gaps.iter().any(|&g| g < 120) && gaps.iter().any(|&g| g > 1800), "exponential, not fixed");
}

#[test]
fn refund_is_mined_in_the_block_after_the_cltv_height() {
    for seed in SEEDS {
        let sim = run(Scenario::ParticipantNeverLocks.params(), seed);
        let a = sim.htlc(ChainId::A);
        assert_eq!(a.state, HtlcState::Refunded);
        assert_eq!(a.settled_at.unwrap().height, sim.timelock_height_a() + 1);
        assert_eq!(sim.htlc(ChainId::B).state, HtlcState::NotFunded);
    }
}

#[test]
fn misordered_timelocks_let_alice_refund_then_redeem() {
    let sim = run(Scenario::MisorderedTimelocks.params(), 2);
    let (a, b) = (sim.htlc(ChainId::A), sim.htlc(ChainId::B));
    assert_eq!((a.state, b.state), (HtlcState::Refunded, HtlcState::Redeemed));
    assert!(a.settled_at.unwrap().time < b.settled_at.unwrap().time, "her refund came before she revealed the secret");
    let e = sim.balances().last().unwrap();
    let s = &sim.balances()[0];
    assert!(e.bob_b - s.bob_b < -(sim.params().amount_b as i64) + 1, "Bob's coins are gone");
    assert_eq!(e.bob_a, s.bob_a, "and he got nothing on A");
}

#[test]
fn wrong_secret_length_both_ways() {
    // Bob's contract without the check: Alice redeems, Bob's copy fails on A.
    let sim = run(Scenario::WrongSecretLength.params(), 4);
    assert_eq!(sim.secret().len(), 33);
    let rejected: Vec<&str> = sim
        .chain(ChainId::A)
        .iter()
        .flat_map(|b| &b.txs)
        .filter_map(|t| match &t.outcome {
            TxOutcome::Rejected(why) => Some(why.as_str()),
            TxOutcome::Applied => None,
        })
        .collect();
    assert_eq!(rejected.len(), 1);
    assert!(rejected[0].contains("OP_SIZE 32"), "{}", rejected[0]);
    // With the check on B too, nobody can redeem and both refund.
    let mut p = Scenario::WrongSecretLength.params();
    p.contract_b_checks_length = true;
    for seed in SEEDS {
        let sim = run(p.clone(), seed);
        assert_eq!(sim.outcome(), Outcome::BothRefunded, "seed {seed}");
        let reverted = sim.chain(ChainId::B).iter().flat_map(|b| &b.txs).find(|t| matches!(t.outcome, TxOutcome::Rejected(_)));
        let reverted = reverted.expect("Alice's redeem reverts");
        assert_eq!(reverted.from, PartyId::Initiator);
        // A reverted call still pays its gas.
        let fb = sim.params().chain_b.fee as i64;
        let (s, e) = (&sim.balances()[0], sim.balances().last().unwrap());
        assert_eq!(e.alice_b - s.alice_b, -fb);
    }
}

#[test]
fn congestion_delays_bobs_redeem_until_alices_refund_outbids_it() {
    let p = Scenario::Congestion.params();
    let sim = run(p.clone(), 6);
    assert_eq!(sim.outcome(), Outcome::ParticipantLost);
    let refund = sim.chain(ChainId::A).iter().flat_map(|b| &b.txs).find(|t| t.kind == TxKind::Refund).unwrap();
    assert_eq!(refund.fee, p.chain_a.fee * CONGESTED_FEE_MULTIPLE, "a replacement pays double");
    assert!(sim.log().iter().any(|e| e.text.contains("Bob's redeem leaves chain A's mempool")));
    let c = p.congestion.as_ref().unwrap();
    // Nothing at the normal fee was mined on A during the congestion.
    for b in sim.chain(ChainId::A).iter().filter(|b| b.time >= c.from && b.time < c.until) {
        assert!(b.txs.iter().all(|t| t.fee >= p.chain_a.fee * CONGESTED_FEE_MULTIPLE));
    }
    // Without congestion the same slow Bob gets his coins.
    let mut calm = p.clone();
    calm.congestion = None;
    assert_eq!(run(calm, 6).outcome(), Outcome::Swapped);
}

#[test]
fn an_offline_party_does_nothing_while_away() {
    let p = Scenario::ParticipantOffline.params();
    let (from, until) = p.participant.offline.unwrap();
    for seed in SEEDS {
        let sim = run(p.clone(), seed);
        for b in sim.chain(ChainId::A).iter().chain(sim.chain(ChainId::B)) {
            for t in b.txs.iter().filter(|t| t.from == PartyId::Participant) {
                assert!(t.broadcast_at < from || t.broadcast_at >= until);
            }
        }
    }
}

#[test]
fn invalid_parameters_name_the_rule() {
    let mut p = SwapParams { secret_len: 0, ..SwapParams::default() };
    assert!(p.validate().unwrap_err().message.contains("secret length must be 1 to 64 bytes"));
    p.secret_len = 65;
    assert!(SwapSim::new(p.clone(), 1).is_err());
    let p = SwapParams { chain_b: ChainParams { block_time: 0, ..ChainParams::ethereum_like() }, ..SwapParams::default() };
    assert!(p.validate().unwrap_err().message.contains("block time"));
    let mut p = SwapParams::default();
    p.participant.offline = Some((10, 10));
    assert!(p.validate().unwrap_err().message.contains("window"));
    let mut p = SwapParams::default();
    p.participant_timelock = p.initiator_timelock;
    assert!(p.validate().is_ok(), "misordered timelocks are a scenario, not an error");
    assert!(!p.timelocks_ordered());
}

#[test]
fn confirmations_delay_the_next_step() {
    let mut p = SwapParams::default();
    p.chain_a.confirmations = 3;
    let sim = run(p, 9);
    assert_eq!(sim.outcome(), Outcome::Swapped);
    let lock_a = sim.htlc(ChainId::A).funded_at.unwrap();
    let bob_lock = sim.chain(ChainId::B).iter().flat_map(|b| &b.txs).find(|t| t.kind == TxKind::Lock).unwrap();
    let third = sim.chain(ChainId::A).iter().find(|b| b.height == lock_a.height + 2).unwrap();
    assert!(bob_lock.broadcast_at >= third.time, "Bob waited for three confirmations");
}
