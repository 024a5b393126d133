//! The Snow family's update rules, one poll at a time, against avalanchego's
//! semantics (nnary_snowflake.go / nnary_snowball.go).

use chainlab::sim::consensus::{ConsensusSim, Params, Protocol};
use Protocol::{Slush, Snowball, Snowflake};

fn sim(protocol: Protocol, alpha_pref: u32, alpha_conf: u32, beta: u32) -> ConsensusSim {
    let params = Params { protocol, nodes: 30, k: 20, alpha_pref, alpha_conf, beta, ..Params::default() };
    ConsensusSim::new(params, 1).unwrap()
}

/// One poll of node 0, against K = 20: the protocol, [AlphaPreference,
/// AlphaConfidence, Beta], the node before it (preference, inner Snowflake
/// preference, confidence, strength per colour), the poll's votes for
/// colour 1, and the node after it (the same, and whether it has finalised).
type Poll = (Protocol, [u32; 3], (u8, u8, u32, [u32; 4]), u32, (u8, u8, u32, [u32; 4], bool));

/// The update rules, one poll each, as avalanchego applies them.
const POLLS: [Poll; 16] = [
    // An unsuccessful poll clears confidence and keeps the preference; strength only counts
    // AlphaPreference polls.
    (Snowflake, [15, 15, 20], (0, 0, 7, [3, 0, 0, 0]), 14, (0, 0, 0, [3, 0, 0, 0], false)),
    (Snowball, [15, 15, 20], (0, 0, 7, [3, 0, 0, 0]), 14, (0, 0, 0, [3, 0, 0, 0], false)),
    // Snowflake: a confident poll for the same colour increments confidence.
    (Snowflake, [15, 15, 20], (1, 1, 4, [0; 4]), 15, (1, 1, 5, [0; 4], false)),
    // Snowflake: a switch restarts confidence at one (the switching poll itself counts once).
    (Snowflake, [15, 15, 20], (0, 0, 9, [0; 4]), 17, (1, 1, 1, [0; 4], false)),
    // A preference poll below AlphaConfidence switches but clears confidence
    // (AlphaPreference 12 <= count 13 < AlphaConfidence 16)...
    (Snowflake, [12, 16, 20], (0, 0, 9, [0; 4]), 13, (1, 1, 0, [0; 4], false)),
    // ...and for the same colour, still below AlphaConfidence, keeps it at 0, until one reaches it.
    (Snowflake, [12, 16, 20], (1, 1, 0, [0; 4]), 15, (1, 1, 0, [0; 4], false)),
    (Snowflake, [12, 16, 20], (1, 1, 0, [0; 4]), 16, (1, 1, 1, [0; 4], false)),
    // Finalised exactly at Beta: confidence 4 < Beta 5, then 5 = Beta.
    (Snowflake, [15, 15, 5], (1, 1, 3, [0, 10, 0, 0]), 20, (1, 1, 4, [0, 10, 0, 0], false)),
    (Snowflake, [15, 15, 5], (1, 1, 4, [0, 10, 0, 0]), 20, (1, 1, 5, [0, 10, 0, 0], true)),
    (Snowball, [15, 15, 5], (1, 1, 3, [0, 10, 0, 0]), 20, (1, 1, 4, [0, 11, 0, 0], false)),
    (Snowball, [15, 15, 5], (1, 1, 4, [0, 11, 0, 0]), 20, (1, 1, 5, [0, 12, 0, 0], true)),
    // Snowball: a tie in strength keeps the preference; the inner Snowflake follows the last
    // successful poll...
    (Snowball, [15, 15, 20], (0, 0, 2, [3, 2, 0, 0]), 16, (0, 1, 1, [3, 3, 0, 0], false)),
    // ...and strictly greater strength switches.
    (Snowball, [15, 15, 20], (0, 1, 1, [3, 3, 0, 0]), 16, (1, 1, 2, [3, 4, 0, 0], false)),
    // Snowball: strength counts preference polls too (below AlphaConfidence).
    (Snowball, [12, 16, 20], (0, 0, 0, [0; 4]), 13, (1, 1, 0, [0, 1, 0, 0], false)),
    // Slush adopts on Alpha, ignores weaker polls, and keeps no confidence.
    (Slush, [15, 15, 20], (0, 0, 0, [0; 4]), 14, (0, 0, 0, [0; 4], false)),
    (Slush, [15, 15, 20], (0, 0, 0, [0; 4]), 15, (1, 1, 0, [0; 4], false)),
];

#[test]
fn each_poll_updates_the_node_by_the_rules() {
    for (i, poll) in POLLS.iter().enumerate() {
        let &(protocol, [alpha_pref, alpha_conf, beta], (pref, flake_pref, confidence, strength), count, after) = poll;
        let mut s = sim(protocol, alpha_pref, alpha_conf, beta);
        s.force_node(0, pref, flake_pref, confidence, strength);
        s.apply_poll(0, count, 1);
        let n = s.node(0).unwrap();
        let got = (n.preference, n.flake_preference, n.confidence, n.strength, n.finalised_at.is_some());
        assert_eq!(got, after, "POLLS[{i}]: {poll:?}");
    }
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
