//! `chainlab rollup`: CSV one row per batch, JSON with everything.

#[path = "common/cli.rs"]
mod cli;
use cli::{ok as chainlab, refuses, words};

#[test]
fn csv_has_one_row_per_batch() {
    let csv = chainlab(&["rollup", "--hours", "1", "--tps", "5", "--window", "50", "--csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("batch,posted_block,reason,txs,raw_bytes,compressed_bytes,ratio"));
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty());
    let txs: u64 = rows.iter().map(|r| r.split(',').nth(3).unwrap().parse::<u64>().unwrap()).sum();
    assert_eq!(txs, 18_000);
}

#[test]
fn json_reports_a_rolled_back_wrong_root_and_is_deterministic() {
    let args = words("rollup --hours 1 --tps 3 --window 300 --fault wrong-root --fault-batch 0 --json");
    let a = chainlab(&args);
    assert_eq!(a, chainlab(&args));
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    assert_eq!(v["summary"]["invalid_state_final"], false);
    assert_eq!(v["challenges"][0]["winner"], "Challenger");
    assert_eq!(v["assertions"][0]["status"], "RolledBack");
    let offline = chainlab(&words(
        "rollup --hours 1 --tps 3 --window 300 --fault wrong-root --validators offline --fault-batch 0 --json",
    ));
    let v: serde_json::Value = serde_json::from_str(&offline).unwrap();
    assert_eq!(v["summary"]["invalid_state_final"], true);
}

#[test]
fn rejects_bad_parameters_naming_the_rule() {
    refuses(&[("rollup --tps 0", "tps must be")]);
}

#[test]
fn delay_closes_batches_sooner_and_the_sweep_is_an_svg() {
    let dir = std::env::temp_dir().join(format!("chainlab-rollup-sweep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let svg = dir.join("sweep.svg");
    let csv = chainlab(&[
        "rollup",
        "--hours",
        "1",
        "--tps",
        "2",
        "--delay",
        "600",
        "--quality",
        "5",
        "--window",
        "50",
        "--csv",
        "--sweep-svg",
        svg.to_str().unwrap(),
    ]);
    // One batch per 10 minutes of traffic, each closed by the delay.
    assert_eq!(csv.lines().skip(1).count(), 6);
    assert!(csv.lines().skip(1).all(|r| r.split(',').nth(2) == Some("MaxDelay")));
    let doc = std::fs::read_to_string(&svg).unwrap();
    assert!(doc.starts_with("<svg"));
    assert!(doc.contains("L1 alone") && doc.contains("rollup"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dispute_game_records_every_round_for_both_protocols() {
    let bold =
        chainlab(&["rollup", "--hours", "0.1", "--window", "20", "--dispute", "bold", "--attackers", "3", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&bold).unwrap();
    let g = &v["dispute_game"];
    assert_eq!(g["protocol"], "bold");
    assert_eq!(v["params"]["arity"], 2);
    assert_eq!(v["params"]["fork"], "Bpo2");
    assert_eq!(g["outcome"]["honest_won"], true);
    let moves = g["outcome"]["moves"].as_array().unwrap();
    assert_eq!(
        moves.iter().filter(|m| m["kind"] == "one-step proof").count() as u64,
        g["outcome"]["one_step_proofs"].as_u64().unwrap()
    );
    for m in moves.iter().filter(|m| m["kind"] == "bisect") {
        let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
        assert_eq!(m["mid"].as_u64(), chainlab::sim::rollup::bisection::mandatory_bisection_height(s, e));
    }
    let csv =
        chainlab(&["rollup", "--hours", "0.1", "--window", "20", "--dispute", "bold", "--attackers", "3", "--csv"]);
    assert!(csv.starts_with("move,block,side,kind,level,start,end,mid\n"));
    assert_eq!(csv.lines().count(), 1 + moves.len());
    let classic = chainlab(&[
        "rollup",
        "--hours",
        "0.1",
        "--window",
        "20",
        "--dispute",
        "classic",
        "--attackers",
        "2",
        "--fork",
        "prague",
        "--csv",
    ]);
    let mut lines = classic.lines();
    assert_eq!(
        lines.next().unwrap(),
        "challenge,attacker,round,block,phase,start,len,degree,position,next_start,next_len"
    );
    let rows: Vec<Vec<u64>> = lines
        .map(|l| l.split(',').enumerate().filter(|(i, _)| *i != 4).map(|(_, x)| x.parse().unwrap()).collect())
        .collect();
    assert!(rows.iter().any(|r| r[0] == 1), "a second challenge");
    for r in &rows {
        let (start, len, degree, pos, ns, nl) = (r[4], r[5], r[6], r[7], r[8], r[9]);
        assert_eq!(degree, len.min(40));
        assert_eq!((ns, nl), chainlab::sim::rollup::bisection::extract_challenge_segment(start, len, degree, pos));
    }
}

#[test]
fn bad_fork_is_refused_with_the_names() {
    refuses(&[("rollup --fork osaka", "cancun, prague, bpo1, bpo2")]);
}
