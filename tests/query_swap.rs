//! The swap page's URL state: every scenario and edited schedule survives
//! its own URL; junk is named and replaced, never a panic.

use chainlab::query::swap::SwapState;
use chainlab::sim::swap::{ChainId, Congestion, Scenario};
use proptest::prelude::*;

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, named, read};

#[test]
fn every_scenario_round_trips() {
    for sc in Scenario::ALL {
        assert_round_trips(&SwapState::for_scenario(sc, 42));
    }
}

#[test]
fn an_empty_url_is_the_happy_path() {
    let (s, n) = read::<SwapState>("");
    assert!(n.is_empty());
    assert_eq!(s.scenario, Scenario::HappyPath);
    assert_eq!(s.params, Scenario::HappyPath.params().with_default_horizon());
}

#[test]
fn junk_is_named_and_replaced() {
    let (s, n) = read::<SwapState>("scenario=nope&tai=-3&poff=banana&slen=999");
    assert_eq!(named(&n), ["poff", "scenario", "slen", "tai"]);
    assert_eq!(s.scenario, Scenario::HappyPath);
    assert!(s.params.validate().is_ok());
}

#[test]
fn any_query_gives_valid_parameters() {
    query::any_query_is_valid(".{0,160}", Some(256), |s: &SwapState| s.params.validate().is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn edited_states_round_trip(
        sc in prop::sample::select(Scenario::ALL.to_vec()),
        tai in 3600u64..200_000, tpa in 3600u64..200_000, slen in 1u32..=64,
        delay in 0u64..7200, off in prop::option::of((0u64..100_000, 1u64..100_000)),
        cong in prop::option::of((any::<bool>(), 0u64..100_000, 1u64..50_000)),
        bcheck in any::<bool>(), seed in any::<u64>(), abt in 60u64..=86_400, bbt in 1u64..=86_400,
    ) {
        let mut s = SwapState::for_scenario(sc, seed);
        s.params.initiator_timelock = tai;
        s.params.participant_timelock = tpa;
        s.params.secret_len = slen;
        s.params.chain_a.block_time = abt;
        s.params.chain_b.block_time = bbt;
        s.params.contract_b_checks_length = bcheck;
        s.params.participant.reaction_delay = delay;
        s.params.participant.offline = off.map(|(a, len)| (a, a + len));
        s.params.congestion = cong.map(|(b, from, len)| Congestion { chain: if b { ChainId::B } else { ChainId::A }, from, until: from + len });
        s.params = s.params.clone().with_default_horizon();
        prop_assume!(s.params.validate().is_ok());
        assert_round_trips(&s);
    }
}
