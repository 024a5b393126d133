//! Whole-network properties of the sampling-consensus model.

use chainlab::sim::consensus::experiment::{run_once, Experiment};
use chainlab::sim::consensus::{Adversary, ConsensusSim, Params, Protocol, Status};
use proptest::prelude::*;

#[test]
fn defaults_are_avalanchego_defaults_and_valid() {
    let p = Params::default();
    assert_eq!((p.k, p.alpha_pref, p.alpha_conf, p.beta), (20, 15, 15, 20));
    assert!(p.validate().is_ok());
}

#[test]
fn each_rule_is_named_when_broken() {
    let base = Params::default();
    let cases: Vec<(Params, &str)> = vec![
        (Params { k: 0, ..base.clone() }, "0 < K"),
        (Params { nodes: 2000, k: 201, alpha_pref: 150, alpha_conf: 150, ..base.clone() }, "at most 200"),
        (Params { alpha_pref: 10, ..base.clone() }, "K/2 < AlphaPreference"),
        (Params { alpha_pref: 16, alpha_conf: 15, ..base.clone() }, "AlphaPreference <= AlphaConfidence"),
        (Params { alpha_conf: 21, ..base.clone() }, "AlphaConfidence <= K"),
        (Params { beta: 0, ..base.clone() }, "0 < Beta"),
        (Params { nodes: 20, ..base.clone() }, "K <= nodes - 1"),
        (Params { nodes: 1, ..base.clone() }, "between 2"),
        (Params { byzantine: 1.0, ..base.clone() }, "below 1"),
        (Params { split: f64::NAN, ..base.clone() }, "split"),
        (Params { colours: 5, ..base.clone() }, "colours"),
    ];
    for (p, rule) in cases {
        let e = p.validate().expect_err(rule);
        assert!(e.message.contains(rule), "{:?} should name {rule}", e.message);
        assert!(ConsensusSim::new(p, 1).is_err());
    }
}

#[test]
fn k_over_two_uses_integer_division_like_avalanchego() {
    // K = 21: K/2 = 10, so AlphaPreference = 11 is valid.
    let p = Params { k: 21, alpha_pref: 11, alpha_conf: 11, ..Params::default() };
    assert!(p.validate().is_ok());
}

#[test]
fn two_nodes_work() {
    let p = Params { nodes: 2, k: 1, alpha_pref: 1, alpha_conf: 1, beta: 3, ..Params::default() };
    let mut s = ConsensusSim::new(p, 9).unwrap();
    s.run_to_end();
    assert!(s.is_done());
    assert!(!s.safety_violated());
}

#[test]
fn same_seed_same_run_different_seed_different_run() {
    let p = Params { byzantine: 0.1, drop: 0.05, ..Params::default() };
    let mut a = ConsensusSim::new(p.clone(), 42).unwrap();
    let mut b = ConsensusSim::new(p.clone(), 42).unwrap();
    let mut c = ConsensusSim::new(p, 43).unwrap();
    for _ in 0..15 {
        a.step();
        b.step();
        c.step();
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.history(), b.history());
    }
    assert_ne!(a.fingerprint(), c.fingerprint());
}

/// With K=20 and alpha=15, a poll of a 50/50 network reaches alpha for one
/// given colour with probability ~0.0207 (binomial tail), so for either
/// colour ~0.0414; at 80/20 ~0.80 (the minority's tail is negligible). A
/// check that sampling is uniform (distinctness is checked by the property
/// test below: at n = 10,000 and K = 20 the two are indistinguishable here).
#[test]
fn first_round_success_rate_matches_binomial_tail() {
    let n = 10_000;
    for (split, expected) in [(0.5, 2.0 * 0.0207), (0.8, 0.80)] {
        let p = Params { nodes: n, split, ..Params::default() };
        let mut s = ConsensusSim::new(p, 7).unwrap();
        s.step();
        let rate = f64::from(s.latest().successful_polls) / f64::from(n);
        let sd = (expected * (1.0 - expected) / f64::from(n)).sqrt();
        assert!((rate - expected).abs() < 5.0 * sd + 0.002, "split {split}: rate {rate}, expected {expected}");
    }
}

#[test]
fn no_safety_violation_without_byzantine_nodes() {
    for protocol in [Protocol::Snowflake, Protocol::Snowball] {
        let p = Params { protocol, nodes: 150, ..Params::default() };
        let mut e = Experiment::new(p, 1000, 300).unwrap();
        e.run_all();
        let s = e.summary();
        assert_eq!(s.safety_violations, 0, "{protocol:?}");
        assert_eq!(s.finalised, 300, "{protocol:?}: every run finalises");
    }
}

#[test]
fn losing_most_answers_stalls_the_network() {
    // With 60% of answers lost, reaching 15 of 20 is rare: confidence
    // never reaches Beta within the cap.
    let p = Params { drop: 0.6, max_rounds: 60, ..Params::default() };
    let o = run_once(&p, 5, 0).unwrap();
    assert_eq!(o.rounds_to_finality, None);
    assert_eq!(o.rounds, 60);
}

#[test]
fn balancing_adversary_slows_finality() {
    let honest = Params { nodes: 200, ..Params::default() };
    let attacked = Params { byzantine: 0.2, adversary: Adversary::Balance, ..honest.clone() };
    let mean = |p: &Params| {
        let mut e = Experiment::new(p.clone(), 1, 40).unwrap();
        e.run_all();
        e.outcomes().iter().map(|o| f64::from(o.rounds)).sum::<f64>() / 40.0
    };
    let (h, a) = (mean(&honest), mean(&attacked));
    assert!(a > h + 3.0, "attacked mean {a} should exceed honest mean {h}");
}

#[test]
fn a_unanimous_network_finalises_in_beta_rounds() {
    let p = Params { split: 1.0, ..Params::default() };
    let mut s = ConsensusSim::new(p, 11).unwrap();
    s.run_to_end();
    assert_eq!(s.status(), Status::Finalised);
    assert_eq!(s.round(), 20);
    assert_eq!(s.decided_colour(), Some(0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every poll samples K distinct peers, never the polling node itself.
    #[test]
    fn samples_are_k_distinct_peers_other_than_self(
        nodes in 2u32..80, k_frac in 0.0f64..1.0, seed in any::<u64>(), drop in 0.0f64..0.5,
    ) {
        let k = 1 + ((f64::from(nodes - 2)) * k_frac) as u32;
        let alpha = k / 2 + 1;
        let p = Params { nodes, k, alpha_pref: alpha, alpha_conf: alpha, beta: 3, drop, ..Params::default() };
        let mut s = ConsensusSim::new(p, seed).unwrap();
        s.step();
        for id in 0..nodes as usize {
            let v = s.node(id).unwrap();
            if v.last_sample.is_empty() { continue; }
            let mut peers: Vec<u32> = v.last_sample.iter().map(|x| x.0).collect();
            prop_assert!(!peers.contains(&(id as u32)));
            prop_assert!(peers.iter().all(|&q| q < nodes));
            peers.sort_unstable();
            peers.dedup();
            prop_assert_eq!(peers.len(), k as usize);
        }
    }

    /// Shares always sum to one and finalised counts never go down.
    #[test]
    fn history_is_consistent(seed in any::<u64>(), byz in 0.0f64..0.4, colours in 2u32..=4) {
        let p = Params { nodes: 60, colours, byzantine: byz, max_rounds: 80, ..Params::default() };
        let mut s = ConsensusSim::new(p, seed).unwrap();
        s.run_to_end();
        let mut last = 0;
        for r in s.history() {
            let sum: f64 = r.share.iter().sum();
            prop_assert!((sum - 1.0).abs() < 1e-9);
            prop_assert!(r.finalised >= last);
            last = r.finalised;
        }
    }
}

/// Pages stop at 20,000 nodes; a batch run (the command line) goes to two million,
/// bounded by the memory of the inspector's last samples (nodes x K).
#[test]
fn batch_runs_allow_large_networks_within_their_memory_bound() {
    use chainlab::sim::consensus::{Scale, MAX_BATCH_NODES, MAX_BATCH_SAMPLES, MAX_NODES};
    let at =
        |nodes: u32, k: u32| Params { nodes, k, alpha_pref: k * 3 / 4, alpha_conf: k * 3 / 4, ..Params::default() };
    assert!(at(MAX_NODES, 20).validate().is_ok());
    let e = at(MAX_NODES + 1, 20).validate().unwrap_err();
    assert!(e.to_string().contains("between 2 and 20000"), "{e}");
    assert!(at(MAX_NODES + 1, 20).validate_at(Scale::Batch).is_ok());
    assert!(at(MAX_BATCH_NODES, 20).validate_at(Scale::Batch).is_ok());
    assert!(at(MAX_BATCH_NODES + 1, 20).validate_at(Scale::Batch).is_err());
    let k = (MAX_BATCH_SAMPLES / u64::from(MAX_BATCH_NODES)) as u32 + 1;
    let e = at(MAX_BATCH_NODES, k).validate_at(Scale::Batch).unwrap_err();
    assert!(e.to_string().contains("sampled peers are kept"), "{e}");
    // A 100,000-node network runs to finality, one colour for every honest node.
    let mut sim = ConsensusSim::new_at(at(100_000, 20), 3, Scale::Batch).unwrap();
    assert!(ConsensusSim::new(at(100_000, 20), 3).is_err(), "not on a page");
    sim.run_to_end();
    let last = sim.latest();
    assert_eq!(last.finalised, 100_000);
    assert!(sim.round() < 200, "finalised in {} rounds", sim.round());
}

/// The page's Web Workers run whole seeds (`src/bin/chainlab-worker.rs`:
/// parameters in as JSON, the outcome out as JSON) and the page records them
/// in seed order (`Experiment::record`): the experiment must be the one
/// stepped on the page, outcome for outcome (fingerprints included), with
/// the same summary. Outcomes out of order, or of another seed, are refused.
#[test]
fn an_experiment_from_workers_equals_the_one_stepped_here() {
    let p = Params { nodes: 120, byzantine: 0.1, adversary: Adversary::Balance, max_rounds: 80, ..Params::default() };
    let mut here = Experiment::new(p.clone(), 40, 12).unwrap();
    here.run_all();
    let sent: Params = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    let mut there = Experiment::new(p.clone(), 40, 12).unwrap();
    // A run half stepped on the page is replaced by the worker's outcome.
    there.step_round();
    let wrong = run_once(&sent, there.seed_of(1), 1).unwrap();
    assert!(there.record(wrong).is_err(), "run 1 before run 0 is refused");
    for run in 0..12 {
        let o = run_once(&sent, there.seed_of(run), run).unwrap();
        let back = serde_json::from_str(&serde_json::to_string(&o).unwrap()).unwrap();
        assert_eq!(there.record(back), Ok(run < 11));
    }
    assert_eq!(there.outcomes(), here.outcomes());
    assert_eq!(there.summary(), here.summary());
    assert!(there.record(run_once(&sent, 52, 12).unwrap()).is_err(), "nothing past the last run");
}

/// The poll loop was rewritten for speed (issue 18: plain slices and rand's
/// `random_range` written out, for the wasm build's opt-level "z"); the
/// three protocols of the compare view must reach the same states as before
/// it, fingerprints taken from the previous code (commit a46535e).
#[test]
fn the_faster_poll_loop_reaches_the_same_states() {
    use chainlab::query::consensus::ConsensusState;
    use chainlab::query::Query;
    let cases = [
        ("n=2000&m=10000", 60, ["f3b7eccab3b71da9", "4e07ac59cb5488c9", "e9ad1787eb7a3f62"]),
        (
            "n=3000&drop=0.2&byz=0.2&adv=contrarian&colours=4",
            80,
            ["53f21efbcedd1ea3", "30ec0989c8063ba8", "88de78c82eee1fbe"],
        ),
    ];
    for (query, at, expected) in cases {
        let (s, notices) = ConsensusState::from_query(&Query::parse(query));
        assert!(notices.is_empty(), "{query}: {notices:?}");
        for (&protocol, want) in Protocol::ALL.iter().zip(expected) {
            let mut sim = ConsensusSim::new(Params { protocol, ..s.params.clone() }, s.seed).unwrap();
            while sim.round() < at && !sim.is_done() {
                sim.step();
            }
            assert_eq!(format!("{:016x}", sim.fingerprint()), want, "{query}, {protocol:?}");
        }
    }
}
