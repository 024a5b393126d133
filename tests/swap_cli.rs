//! `chainlab swap`: one scenario's story, JSON, the checker, and errors.

#[path = "common/cli.rs"]
mod cli;
use cli::run as chainlab;

#[test]
fn a_scenario_prints_its_events_outcome_and_balances() {
    let out = chainlab(&["swap", "--scenario", "happy-path", "--seed", "3"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("0:00  A  Alice broadcasts her lock"), "{text}");
    assert!(text.contains("outcome: Swapped"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("Alice ")) && text.lines().any(|l| l.starts_with("Bob ")));
}

#[test]
fn json_matches_the_library() {
    let out = chainlab(&["swap", "--scenario", "misordered-timelocks", "--seed", "5", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["scenario"], "misordered-timelocks");
    assert_eq!(v["outcome"], "ParticipantLost");
    assert_eq!(v["params"]["participant_timelock"], 48 * 3600);
    let mut sim =
        chainlab::sim::swap::SwapSim::new(chainlab::sim::swap::Scenario::MisorderedTimelocks.params(), 5).unwrap();
    sim.run_to_end();
    assert_eq!(v["events"].as_array().unwrap().len(), sim.log().len());
    assert_eq!(v["block_counts"]["B"], sim.chain(chainlab::sim::swap::ChainId::B).len());
    assert_eq!(v["fingerprint"], format!("{:016x}", sim.fingerprint()));
    let b_blocks = v["blocks"]["B"].as_array().unwrap();
    assert!(b_blocks.iter().all(|b| !b["txs"].as_array().unwrap().is_empty()), "only blocks with swap transactions");
    assert_eq!(v["secret"].as_str().unwrap().len(), 64, "hex");
}

#[test]
fn verify_prints_the_report_and_a_counterexample() {
    let out = chainlab(&["swap", "--verify", "--scenario", "misordered-timelocks"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[FAILS] Bob"), "{text}");
    assert!(text.contains("counterexample (Bob loses"), "{text}");
    let out = chainlab(&["swap", "--verify", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["report"]["holds"], true);
    assert!(v["report"]["states"].as_u64().unwrap() > 0);
    assert!(v["report"]["counterexample"].is_null());
}

#[test]
fn an_unknown_scenario_exits_2_and_lists_the_valid_ones() {
    let out = chainlab(&["swap", "--scenario", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for name in ["happy-path", "participant-offline", "congestion"] {
        assert!(err.contains(name), "{err}");
    }
}

#[test]
fn consensus_still_works() {
    use chainlab::sim::consensus::{experiment::run_once, Params, COLOUR_NAMES};
    let out = chainlab(&["consensus", "--nodes", "60", "--runs", "2", "--csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("run,seed,rounds_to_finality,rounds,finalised_colour,safety_violation,fingerprint"));
    let rows: Vec<Vec<&str>> =
        lines.by_ref().take_while(|l| !l.starts_with('#')).map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 2, "one row per run: {text}");
    let params = Params { nodes: 60, ..Params::default() };
    for (i, cols) in rows.iter().enumerate() {
        assert_eq!(cols.len(), 7, "{cols:?}");
        assert_eq!(cols[0], i.to_string());
        let seed: u64 = cols[1].parse().unwrap();
        assert_eq!(seed, 1 + i as u64, "default seed 1, run r uses seed 1 + r");
        let rounds: u32 = cols[3].parse().unwrap();
        assert!(rounds >= 1 && rounds <= params.max_rounds, "rounds {rounds}");
        if !cols[2].is_empty() {
            let to_finality: u32 = cols[2].parse().unwrap();
            assert!(to_finality >= 1 && to_finality <= rounds, "{cols:?}");
            assert!(COLOUR_NAMES.contains(&cols[4]), "{cols:?}");
        }
        assert!(cols[4] == "none" || COLOUR_NAMES.contains(&cols[4]), "{cols:?}");
        assert_eq!(cols[5], "false", "no byzantine nodes, no safety violation");
        assert_eq!(cols[6].len(), 16);
        assert!(cols[6].chars().all(|c| c.is_ascii_hexdigit()));
        // The same run, from the library.
        let lib = run_once(&params, seed, i as u32).unwrap();
        assert_eq!(cols[3], lib.rounds.to_string());
        assert_eq!(cols[6], format!("{:016x}", lib.fingerprint));
    }
    assert!(text.contains("# runs,2"), "{text}");
}
