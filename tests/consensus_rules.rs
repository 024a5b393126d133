//! The Snow family's update rules, one poll at a time, against avalanchego's
//! semantics (nnary_snowflake.go / nnary_snowball.go).

use chainlab::sim::consensus::{ConsensusSim, Params, Protocol};

fn sim(protocol: Protocol, alpha_pref: u32, alpha_conf: u32, beta: u32) -> ConsensusSim {
    let params = Params { protocol, nodes: 30, k: 20, alpha_pref, alpha_conf, beta, ..Params::default() };
    ConsensusSim::new(params, 1).unwrap()
}

#[test]
fn unsuccessful_poll_clears_confidence_and_keeps_preference() {
    for protocol in [Protocol::Snowflake, Protocol::Snowball] {
        let mut s = sim(protocol, 15, 15, 20);
        s.force_node(0, 0, 0, 7, [3, 0, 0, 0]);
        s.apply_poll(0, 14, 1);
        let n = s.node(0).unwrap();
        assert_eq!(n.confidence, 0, "{protocol:?}");
        assert_eq!(n.preference, 0, "{protocol:?}");
        assert_eq!(n.flake_preference, 0, "{protocol:?}");
        assert_eq!(n.strength, [3, 0, 0, 0], "{protocol:?}: strength only counts alpha_pref polls");
    }
}

#[test]
fn snowflake_confident_poll_for_same_colour_increments() {
    let mut s = sim(Protocol::Snowflake, 15, 15, 20);
    s.force_node(0, 1, 1, 4, [0; 4]);
    s.apply_poll(0, 15, 1);
    assert_eq!(s.node(0).unwrap().confidence, 5);
}

#[test]
fn snowflake_switch_restarts_confidence_at_one() {
    let mut s = sim(Protocol::Snowflake, 15, 15, 20);
    s.force_node(0, 0, 0, 9, [0; 4]);
    s.apply_poll(0, 17, 1);
    let n = s.node(0).unwrap();
    assert_eq!(n.preference, 1);
    assert_eq!(n.confidence, 1, "the switching poll itself counts once");
}

#[test]
fn preference_poll_below_alpha_conf_switches_but_clears_confidence() {
    // AlphaPreference 12 <= count 13 < AlphaConfidence 16.
    let mut s = sim(Protocol::Snowflake, 12, 16, 20);
    s.force_node(0, 0, 0, 9, [0; 4]);
    s.apply_poll(0, 13, 1);
    let n = s.node(0).unwrap();
    assert_eq!(n.preference, 1);
    assert_eq!(n.confidence, 0);
    // Same colour, still below AlphaConfidence: confidence stays at 0.
    s.apply_poll(0, 15, 1);
    assert_eq!(s.node(0).unwrap().confidence, 0);
    s.apply_poll(0, 16, 1);
    assert_eq!(s.node(0).unwrap().confidence, 1);
}

#[test]
fn finalises_exactly_at_beta() {
    for protocol in [Protocol::Snowflake, Protocol::Snowball] {
        let mut s = sim(protocol, 15, 15, 5);
        s.force_node(0, 1, 1, 3, [0, 10, 0, 0]);
        s.apply_poll(0, 20, 1);
        assert_eq!(s.node(0).unwrap().finalised_at, None, "{protocol:?}: confidence 4 < Beta 5");
        s.apply_poll(0, 20, 1);
        assert!(s.node(0).unwrap().finalised_at.is_some(), "{protocol:?}: confidence 5 = Beta");
    }
}

#[test]
fn snowball_tie_in_strength_keeps_preference() {
    let mut s = sim(Protocol::Snowball, 15, 15, 20);
    s.force_node(0, 0, 0, 2, [3, 2, 0, 0]);
    s.apply_poll(0, 16, 1);
    let n = s.node(0).unwrap();
    assert_eq!(n.strength, [3, 3, 0, 0]);
    assert_eq!(n.preference, 0, "a tie keeps the current preference");
    assert_eq!(n.flake_preference, 1, "the inner Snowflake follows the last successful poll");
    assert_eq!(n.confidence, 1);
    s.apply_poll(0, 16, 1);
    let n = s.node(0).unwrap();
    assert_eq!(n.strength, [3, 4, 0, 0]);
    assert_eq!(n.preference, 1, "strictly greater strength switches");
    assert_eq!(n.confidence, 2);
}

#[test]
fn snowball_strength_counts_preference_polls_too() {
    let mut s = sim(Protocol::Snowball, 12, 16, 20);
    s.force_node(0, 0, 0, 0, [0, 0, 0, 0]);
    s.apply_poll(0, 13, 1);
    let n = s.node(0).unwrap();
    assert_eq!(n.strength, [0, 1, 0, 0]);
    assert_eq!(n.preference, 1);
    assert_eq!(n.confidence, 0);
}

#[test]
fn slush_adopts_on_alpha_and_ignores_weaker_polls() {
    let mut s = sim(Protocol::Slush, 15, 15, 20);
    s.force_node(0, 0, 0, 0, [0; 4]);
    s.apply_poll(0, 14, 1);
    assert_eq!(s.node(0).unwrap().preference, 0);
    s.apply_poll(0, 15, 1);
    assert_eq!(s.node(0).unwrap().preference, 1);
    assert_eq!(s.node(0).unwrap().confidence, 0, "Slush keeps no confidence");
}

#[test]
fn slush_accepts_after_m_rounds() {
    let params = Params { protocol: Protocol::Slush, nodes: 100, slush_rounds: 7, ..Params::default() };
    let mut s = ConsensusSim::new(params, 3).unwrap();
    for _ in 0..6 {
        s.step();
    }
    assert_eq!(s.latest().finalised, 0);
    s.step();
    assert_eq!(s.latest().finalised, 100);
    assert!(s.is_done());
    assert_eq!(s.round(), 7);
}
