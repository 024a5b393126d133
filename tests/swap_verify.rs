//! The exhaustive check of a swap configuration, and property tests of the
//! simulation: with ordered timelocks and both parties honest, nobody loses.

use chainlab::sim::swap::verify::{verify, VerifyReport};
use chainlab::sim::swap::{
    ChainId, ChainParams, Congestion, HtlcState, Outcome, PartyId, Scenario, SwapParams, SwapSim, HOUR,
};
use proptest::prelude::*;

fn check_trace(r: &VerifyReport) {
    let c = r.counterexample.as_ref().expect("a counterexample");
    assert!(!r.holds);
    assert!(r.properties.iter().any(|(name, ok)| !ok && *name == c.property));
    let first = &c.steps[0];
    assert!(first.text.starts_with("Start"));
    assert_eq!(
        (first.htlc_a, first.htlc_b, first.alice_gain, first.bob_gain),
        (HtlcState::NotFunded, HtlcState::NotFunded, 0, 0)
    );
    assert!(c.steps.windows(2).all(|w| w[0].time <= w[1].time), "ticks never go back");
    let last = c.steps.last().unwrap();
    match c.victim {
        PartyId::Participant => assert!(last.bob_gain < 0, "{last:?}"),
        PartyId::Initiator => assert!(last.alice_gain < 0, "{last:?}"),
    }
}

#[test]
fn the_default_configuration_is_safe() {
    let r = verify(&SwapParams::default());
    assert!(r.holds, "{:#?}", r.counterexample);
    assert!(r.states > 100 && r.transitions >= r.states - 3);
    assert_eq!(r.properties.len(), 3);
    assert!(r.properties.iter().all(|(_, ok)| *ok));
    assert!(r.counterexample.is_none());
    assert!(r.abstraction.contains("ticks of 6h00"), "{}", r.abstraction);
    assert!(r.abstraction.contains("4 ticks") && r.abstraction.contains("height 8"), "{}", r.abstraction);
}

#[test]
fn misordered_timelocks_give_bob_a_losing_run() {
    let r = verify(&Scenario::MisorderedTimelocks.params());
    let c = r.counterexample.as_ref().unwrap();
    assert_eq!(c.victim, PartyId::Participant);
    check_trace(&r);
    let last = c.steps.last().unwrap();
    assert_eq!((last.htlc_a, last.htlc_b), (HtlcState::Refunded, HtlcState::Redeemed));
    assert!(last.alice_gain > 0 && last.secret_public);
    // Alice, honest, is never at risk in this configuration.
    assert!(r.properties[0].1);
    // Equal timelocks are not enough either: Bob's must be strictly shorter, with room to act.
    let mut equal = SwapParams::default();
    equal.participant_timelock = equal.initiator_timelock;
    let r = verify(&equal);
    assert_eq!(r.counterexample.as_ref().unwrap().victim, PartyId::Participant);
    check_trace(&r);
}

#[test]
fn each_scenario_holds_or_shows_how_bob_loses() {
    for sc in Scenario::ALL {
        let r = verify(&sc.params());
        assert!(r.states > 0);
        if sc.expected().is_loss() {
            assert_eq!(r.counterexample.as_ref().map(|c| c.victim), Some(PartyId::Participant), "{}", sc.name());
            check_trace(&r);
        } else {
            assert!(r.holds, "{}: {:#?}", sc.name(), r.counterexample);
        }
    }
}

#[test]
fn participant_never_locks_holds() {
    let r = verify(&Scenario::ParticipantNeverLocks.params());
    assert!(r.holds && r.counterexample.is_none() && r.states > 0);
}

#[test]
fn a_33_byte_secret_checked_on_both_chains_is_safe() {
    let mut p = Scenario::WrongSecretLength.params();
    p.contract_b_checks_length = true;
    assert!(verify(&p).holds);
}

#[test]
fn alice_redeeming_into_a_congested_chain_b_exposes_her() {
    // Her redeem sits in B's mempool past Bob's timelock, but it has shown
    // Bob the secret: a dishonest Bob redeems on A and refunds on B.
    let mut p = SwapParams {
        congestion: Some(Congestion { chain: ChainId::B, from: 3 * HOUR, until: 30 * HOUR }),
        ..SwapParams::default()
    };
    p.initiator.redeem_at = Some(4 * HOUR);
    let r = verify(&p);
    assert_eq!(r.counterexample.as_ref().unwrap().victim, PartyId::Initiator);
    check_trace(&r);
    // The simulation's honest Bob does not exploit it: both refund.
    let mut sim = SwapSim::new(p.with_default_horizon(), 1).unwrap();
    sim.run_to_end();
    assert_eq!(sim.outcome(), Outcome::BothRefunded);
}

#[test]
fn a_slow_or_careless_party_can_lose() {
    let mut p = SwapParams::default();
    p.participant.reaction_delay = 30 * HOUR;
    assert_eq!(verify(&p).counterexample.unwrap().victim, PartyId::Participant);
    let mut p = SwapParams::default();
    p.initiator.refund = false;
    assert_eq!(verify(&p).counterexample.unwrap().victim, PartyId::Initiator);
}

/// Replays a counterexample against the HTLC rules, written again here: each
/// contract only moves NotFunded -> Locked -> Redeemed | Refunded, the secret
/// never becomes private again, and each party's gain is recomputed from the
/// two contracts (a locked or redeemed coin is given, a redeemed counterpart
/// received; both legs are worth amount_a in µBTC at the agreed rate).
/// Returns the (Alice, Bob) gains after the last step.
fn replay(p: &SwapParams, c: &chainlab::sim::swap::verify::Counterexample) -> (i64, i64) {
    use HtlcState::*;
    let legal = |from: HtlcState, to: HtlcState| {
        from == to || matches!((from, to), (NotFunded, Locked) | (Locked, Redeemed) | (Locked, Refunded))
    };
    let v = (p.amount_a / 100) as i64;
    let given = |h: HtlcState| if matches!(h, Locked | Redeemed) { -v } else { 0 };
    let got = |h: HtlcState| if h == Redeemed { v } else { 0 };
    let mut prev = &c.steps[0];
    for s in &c.steps {
        assert!(legal(prev.htlc_a, s.htlc_a), "contract A jumps {:?} -> {:?} at {:?}", prev.htlc_a, s.htlc_a, s.text);
        assert!(legal(prev.htlc_b, s.htlc_b), "contract B jumps {:?} -> {:?} at {:?}", prev.htlc_b, s.htlc_b, s.text);
        assert!(!prev.secret_public || s.secret_public, "the secret cannot become private again: {:?}", s.text);
        assert_eq!(
            (s.alice_gain, s.bob_gain),
            (given(s.htlc_a) + got(s.htlc_b), given(s.htlc_b) + got(s.htlc_a)),
            "gains at {:?}",
            s.text
        );
        prev = s;
    }
    let last = c.steps.last().unwrap();
    (last.alice_gain, last.bob_gain)
}

#[test]
fn a_known_atomic_configuration_holds_and_a_broken_one_really_loses_money() {
    // Atomic: the happy path with decred's 2:1 timelocks. The checker says so,
    // and the simulation agrees run after run.
    let p = Scenario::HappyPath.params();
    let r = verify(&p);
    assert!(r.holds && r.counterexample.is_none(), "{:#?}", r.counterexample);
    assert!(r.properties.iter().all(|(_, ok)| *ok));
    for seed in 1..=4 {
        assert_eq!(sim_outcome(&p, seed), Outcome::Swapped, "seed {seed}");
    }
    // Broken: Alice's chain congested past Bob's timelock. The counterexample,
    // replayed against the HTLC rules, ends with Bob down one leg of the swap
    // and Alice up the same amount: money really moved the wrong way.
    let p = Scenario::Congestion.params();
    let r = verify(&p);
    assert!(!r.holds);
    let c = r.counterexample.as_ref().expect("a counterexample");
    check_trace(&r);
    let v = (p.amount_a / 100) as i64;
    let (alice, bob) = replay(&p, c);
    assert_eq!(c.victim, PartyId::Participant);
    assert_eq!((alice, bob), (v, -v), "{c:#?}");
    assert_eq!(sim_outcome(&p, 1), Outcome::ParticipantLost);
    // The same input gives the same report (the check is deterministic).
    assert_eq!(verify(&p), r);
    // And every scenario's counterexample, where there is one, replays legally.
    for sc in Scenario::ALL {
        let p = sc.params();
        if let Some(c) = verify(&p).counterexample {
            let (alice, bob) = replay(&p, &c);
            match c.victim {
                PartyId::Participant => assert!(bob < 0, "{}", sc.name()),
                PartyId::Initiator => assert!(alice < 0, "{}", sc.name()),
            }
        }
    }
}

/// The property checked with both parties following their plans.
const BOTH_HONEST: usize = 2;

#[test]
fn a_dishonest_alice_picks_a_secret_length_that_chain_a_refuses() {
    // decred's attack: Bob's contract does not check the length, so Alice
    // redeems it with a 33-byte secret that chain A's OP_SIZE 32 refuses.
    let p = SwapParams { contract_b_checks_length: false, ..Scenario::HappyPath.params() };
    assert_eq!(p.secret_len, 32);
    let r = verify(&p);
    assert!(r.properties[0].1, "an honest Alice is safe: {:#?}", r.counterexample);
    assert!(!r.properties[1].1, "Bob must be shown losing");
    assert!(r.properties[BOTH_HONEST].1, "with both honest the 32-byte secret works on both chains");
    let c = r.counterexample.as_ref().expect("a counterexample");
    assert!(c.property.starts_with("Bob"), "{}", c.property);
    assert_eq!(c.victim, PartyId::Participant);
    check_trace(&r);
    assert!(c.steps[0].text.contains("33-byte secret"), "{}", c.steps[0].text);
    let last = c.steps.last().unwrap();
    assert_eq!(last.htlc_b, HtlcState::Redeemed);
    assert_ne!(last.htlc_a, HtlcState::Redeemed);
    // With the check on both chains, no length helps her.
    let r = verify(&Scenario::HappyPath.params());
    assert!(r.holds, "{:#?}", r.counterexample);
}

fn sim_outcome(p: &SwapParams, seed: u64) -> Outcome {
    let mut sim = SwapSim::new(p.clone(), seed).unwrap();
    sim.run_to_end();
    sim.outcome()
}

#[test]
fn the_checker_never_says_atomic_where_the_simulation_loses() {
    for sc in Scenario::ALL {
        let p = sc.params();
        let r = verify(&p);
        for seed in 1..=8 {
            let o = sim_outcome(&p, seed);
            if o.is_loss() {
                assert!(
                    !r.properties[BOTH_HONEST].1,
                    "{}: seed {seed} ends {o:?}, yet the checker says property 3 holds",
                    sc.name()
                );
            }
        }
    }
    // Misordered timelocks: every run ends with Bob losing.
    let p = Scenario::MisorderedTimelocks.params();
    assert_eq!(sim_outcome(&p, 1), Outcome::ParticipantLost);
    let r = verify(&p);
    assert!(!r.properties[BOTH_HONEST].1);
    // Alice's redeem at 46.5 h, half an hour before Bob's timelock at 47 h:
    // with random chain A blocks her refund sometimes opens first.
    let mut p = SwapParams { initiator_timelock: 48 * HOUR, participant_timelock: 47 * HOUR, ..SwapParams::default() };
    p.initiator.redeem_at = Some(46 * HOUR + HOUR / 2);
    let p = p.with_default_horizon();
    let losses = (1..=100).filter(|&seed| sim_outcome(&p, seed).is_loss()).count();
    assert!(losses > 0, "the simulation shows Bob losing in some runs");
    let r = verify(&p);
    assert!(!r.properties[BOTH_HONEST].1, "{} of 100 runs lose, yet property 3 holds: {}", losses, r.abstraction);
    let c = r.counterexample.as_ref().expect("a counterexample");
    check_trace(&r);
    assert!(r.properties.iter().any(|(name, ok)| !ok && *name == c.property));
}

#[test]
fn a_redeem_planned_in_time_is_never_rounded_away() {
    // Redeem moments up to the simulation's last moment: whenever the
    // simulation's Alice redeems, the checker's both-honest run redeems too
    // (it must not report property 3 holding while the simulation loses).
    for (ti, tp, at) in [(48, 47, 46.5), (24, 48, 36.0), (24, 48, 47.9), (48, 24, 23.9), (30, 31, 30.5)] {
        let mut p =
            SwapParams { initiator_timelock: ti * HOUR, participant_timelock: tp * HOUR, ..SwapParams::default() };
        p.initiator.redeem_at = Some((at * HOUR as f64) as u64);
        let p = p.with_default_horizon();
        let r = verify(&p);
        for seed in 1..=20 {
            let o = sim_outcome(&p, seed);
            if o.is_loss() {
                assert!(!r.properties[BOTH_HONEST].1, "{ti}/{tp}/{at}: seed {seed} ends {o:?}; {}", r.abstraction);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Both honest, timelocks ordered with room to spare (decred's 2:1 or
    /// more), any block times, delays and confirmations: never a loss.
    #[test]
    fn honest_parties_with_ordered_timelocks_never_lose(
        a_time in 60u64..=900, a_jitter: bool, a_delay in 0u64..=120, a_conf in 1u32..=3,
        b_time in 1u64..=30, b_jitter: bool, b_delay in 0u64..=30, b_conf in 1u32..=3,
        tp_hours in 6u64..=30, ratio in 2u64..=3,
        alice_react in 0u64..=600, bob_react in 0u64..=600, checks: bool, seed: u64,
    ) {
        let p = SwapParams {
            chain_a: ChainParams { block_time: a_time, jitter: a_jitter, mempool_delay: a_delay, fee: 2_000, confirmations: a_conf },
            chain_b: ChainParams { block_time: b_time, jitter: b_jitter, mempool_delay: b_delay, fee: 1_000_000, confirmations: b_conf },
            participant_timelock: tp_hours * HOUR,
            initiator_timelock: tp_hours * ratio * HOUR,
            contract_b_checks_length: checks,
            ..SwapParams::default()
        };
        let mut p = p.with_default_horizon();
        p.initiator.reaction_delay = alice_react;
        p.participant.reaction_delay = bob_react;
        prop_assert!(p.timelocks_ordered());
        // Very short block times over long timelocks exceed the block limit.
        prop_assume!(p.validate().is_ok());
        let mut sim = SwapSim::new(p, seed).unwrap();
        sim.run_to_end();
        let o = sim.outcome();
        prop_assert!(o == Outcome::Swapped || o == Outcome::BothRefunded, "{:?}: {:#?}", o, sim.log());
    }

    /// The checker agrees: ordered timelocks (2:1 to 4:1) hold; Bob's not
    /// shorter than Alice's gives a run where Bob loses.
    #[test]
    fn the_checker_separates_ordered_from_misordered(tp_hours in 12u64..=48, ratio in 2u64..=4, longer in 0u64..=24) {
        let mut p = SwapParams { participant_timelock: tp_hours * HOUR, initiator_timelock: tp_hours * ratio * HOUR, ..SwapParams::default() };
        let r = verify(&p);
        prop_assert!(r.holds, "{:#?}", r.counterexample);
        p.initiator_timelock = tp_hours * HOUR;
        p.participant_timelock = (tp_hours + longer) * HOUR;
        let r = verify(&p);
        prop_assert_eq!(r.counterexample.map(|c| c.victim), Some(PartyId::Participant));
    }
}
