//! URL state: parsing never fails, notices name what was replaced, and a
//! state survives the round trip through its own query string.

use chainlab::query::consensus::{ConsensusState, View};
use chainlab::query::{parse_hash, Route};
use chainlab::sim::consensus::{Adversary, Params, Protocol};
use proptest::prelude::*;

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, named};

fn read(q: &str) -> (ConsensusState, Vec<chainlab::query::Notice>) {
    query::read(q)
}

#[test]
fn routes() {
    assert_eq!(parse_hash("").0, Route::Home);
    assert_eq!(parse_hash("#/").0, Route::Home);
    assert_eq!(parse_hash("#/consensus?seed=3").0, Route::Sim("consensus"));
    assert_eq!(parse_hash("#/consensus?seed=3").1.get("seed"), Some("3"));
    assert_eq!(parse_hash("#consensus").0, Route::Sim("consensus"));
    assert_eq!(parse_hash("#/nope").0, Route::NotFound("/nope".into()));
}

#[test]
fn empty_query_is_the_default_without_notices() {
    let (s, n) = read("");
    assert_eq!(s, ConsensusState::default());
    assert!(n.is_empty());
}

#[test]
fn malformed_value_names_the_parameter_and_falls_back() {
    let (s, n) = read("k=banana&seed=7");
    assert_eq!(s.params.k, 20);
    assert_eq!(s.seed, 7);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "k");
    assert!(n[0].message.contains("not a number"), "{}", n[0].message);
}

#[test]
fn out_of_range_and_unknown() {
    let (s, n) = read("n=99999999&proto=paxos&zzz=1");
    assert_eq!(s.params.nodes, Params::default().nodes);
    assert_eq!(s.params.protocol, Protocol::Snowball);
    assert_eq!(named(&n), ["n", "proto", "zzz"]);
}

#[test]
fn broken_rule_is_named_and_its_parameters_reset() {
    let (s, n) = read("k=20&ap=8&ac=15");
    assert!(s.params.validate().is_ok());
    assert_eq!(s.params.alpha_pref, 15);
    assert_eq!(n.len(), 1);
    assert!(n[0].message.contains("K/2 < AlphaPreference"), "{}", n[0].message);
}

#[test]
fn a_link_cannot_replay_unbounded_work() {
    let (s, n) = read("n=20000&k=20&at=100000");
    assert_eq!(s.at, Some(375), "150M samples / (20,000 x 20)");
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "at");
    let (s, n) = read("n=400&at=300");
    assert_eq!(s.at, Some(300));
    assert!(n.is_empty());
}

#[test]
fn compromised_list_drops_bad_entries_with_a_notice() {
    let (s, n) = read("sv=10&bad=3,x,3,12,1");
    assert_eq!(s.compromised, [1, 3]);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "bad");
    assert!(n[0].message.contains("x, 12"), "{}", n[0].message);
}

#[test]
fn round_trip_of_a_full_state() {
    let s = ConsensusState {
        seed: u64::MAX,
        params: Params {
            protocol: Protocol::Snowflake,
            nodes: 2500,
            k: 10,
            alpha_pref: 7,
            alpha_conf: 9,
            beta: 12,
            slush_rounds: 11,
            colours: 3,
            split: 0.3,
            byzantine: 0.15,
            adversary: Adversary::Contrarian,
            drop: 0.05,
            max_rounds: 500,
        },
        view: View::Compare,
        runs: 300,
        speed: "16",
        at: Some(12),
        subnet_validators: 30,
        subnet_count: 2,
        subnet_size: 5,
        compromised: vec![1, 4, 29],
    };
    assert_round_trips(&s);
}

fn arb_params() -> impl Strategy<Value = Params> {
    (
        prop::sample::select(Protocol::ALL.to_vec()),
        2u32..3000,
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        1u32..200,
        2u32..=4,
        0.0f64..=1.0,
        0.0f64..0.9,
        prop::sample::select(Adversary::ALL.to_vec()),
        0.0f64..0.9,
    )
        .prop_map(|(protocol, nodes, a, b, c, beta, colours, split, byzantine, adversary, drop)| {
            let k = 1 + a % (nodes - 1).min(200);
            let alpha_pref = k / 2 + 1 + b % (k - k / 2);
            let alpha_conf = alpha_pref + c % (k - alpha_pref + 1);
            Params {
                protocol,
                nodes,
                k,
                alpha_pref,
                alpha_conf,
                beta,
                colours,
                split,
                byzantine,
                adversary,
                drop,
                ..Params::default()
            }
        })
        .prop_filter("valid", |p| p.validate().is_ok())
}

/// Any string at all: no panic, and the result is always runnable.
#[test]
fn any_query_string_gives_valid_parameters() {
    query::any_query_is_valid(".{0,200}", Some(512), |s: &ConsensusState| s.params.validate().is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Keys the app knows with arbitrary values: still valid, and every
    /// replaced value is named.
    #[test]
    fn known_keys_with_junk_values(
        entries in prop::collection::vec(
            (prop::sample::select(vec!["sv","sn","ss","bad","seed","proto","n","k","ap","ac","beta","m","colours","split","byz","adv","drop","max","view","runs","speed","at"]),
             prop_oneof![".{0,12}", any::<i64>().prop_map(|v| v.to_string()), any::<f64>().prop_map(|v| v.to_string())]),
            0..12)
    ) {
        let q: String = entries.iter().map(|(k, v)| format!("{k}={}", v.replace(['&', '#'], ""))).collect::<Vec<_>>().join("&");
        let (s, notices) = read(&q);
        prop_assert!(s.params.validate().is_ok());
        for n in &notices {
            prop_assert!(!n.message.is_empty());
            prop_assert!(!n.param.is_empty());
        }
    }

    /// Every valid state survives the trip through its own URL.
    #[test]
    fn valid_states_round_trip(params in arb_params(), seed in any::<u64>(), runs in 1u32..5000) {
        let s = ConsensusState { seed, params, runs, ..ConsensusState::default() };
        assert_round_trips(&s);
    }
}

#[test]
fn one_hash_assembly() {
    use chainlab::query::hash;
    assert_eq!(hash("/swap", "", ""), "#/swap");
    assert_eq!(hash("/swap", "seed=1", ""), "#/swap?seed=1");
    assert_eq!(hash("/swap", "", "embed=1"), "#/swap?embed=1");
    assert_eq!(hash("/swap", "seed=1&at=4", "present=1&playlist=swap"), "#/swap?seed=1&at=4&present=1&playlist=swap");
    // What the app reads back is what was written.
    let (route, q) = parse_hash(&hash("/rollup", "seed=9", "embed=1"));
    assert_eq!(route, Route::Sim("rollup"));
    assert_eq!(q.get("seed"), Some("9"));
}

#[test]
fn notices_name_the_rule_broken_for_numbers_the_type_cannot_hold() {
    // A negative count, 2^64 and a fraction are numbers: the notice gives the range, not "not a number".
    for (q, want) in [
        ("n=-5", "n = -5 is outside 2..20,000"),
        ("seed=18446744073709551616", "is outside 0..18,446,744,073,709,551,615"),
        ("n=12.5", "n = 12.5 is not a whole number from 2 to 20,000"),
        ("n=99999", "n = 99999 is outside 2..20,000"),
    ] {
        let (_, n) = read(q);
        assert_eq!(n.len(), 1, "{q}");
        assert!(n[0].message.contains(want), "{q}: {}", n[0].message);
        assert!(!n[0].message.contains("not a number"), "{q}: {}", n[0].message);
    }
}

#[test]
fn notices_stay_short_whatever_the_link_holds() {
    let long = "9".repeat(10_000);
    let (_, n) = read(&format!("n={long}&k={}&{}=1", "x".repeat(12_000), "z".repeat(5_000)));
    assert_eq!(n.len(), 3);
    for x in &n {
        assert!(x.message.chars().count() < 160, "{} chars: {}", x.message.len(), x.message);
    }
    assert!(n.iter().any(|x| x.message.contains("(10,000 characters)")));
}

#[test]
fn shell_flags_that_cannot_be_used_are_reported() {
    use chainlab::classroom::split_hash;
    let (_, f, _) = split_hash("#/consensus?present=2&cue=abc&playlist=consensus");
    assert!(f.present);
    assert_eq!(f.cue, 0);
    assert_eq!(f.problems.len(), 2, "{:?}", f.problems);
    assert!(f.problems[0].contains("present = 2 is not 0 or 1"));
    assert!(f.problems[1].contains("cue = abc is not a cue number"));
    let (_, ok, _) = split_hash("#/consensus?present=1&cue=3&playlist=consensus");
    assert!(ok.problems.is_empty());
}

#[test]
fn a_flat_power_law_is_flagged() {
    use chainlab::query::validators::ValidatorsState;
    let (_, n) = query::read::<ValidatorsState>("dist=powerlaw&alpha=0");
    assert!(n.iter().any(|x| x.param == "alpha" && x.message.contains("alpha = 0 flattens")), "{n:?}");
    let (_, n) = query::read::<ValidatorsState>("dist=powerlaw&alpha=1.2");
    assert!(n.is_empty(), "{n:?}");
}
