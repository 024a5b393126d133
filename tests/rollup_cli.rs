//! `chainlab rollup`: CSV one row per batch, JSON with everything.

use std::process::Command;

fn chainlab(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_chainlab")).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

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
    let args = ["rollup", "--hours", "1", "--tps", "3", "--window", "300", "--fault", "wrong-root", "--fault-batch", "0", "--json"];
    let a = chainlab(&args);
    assert_eq!(a, chainlab(&args));
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    assert_eq!(v["summary"]["invalid_state_final"], false);
    assert_eq!(v["challenges"][0]["winner"], "Challenger");
    assert_eq!(v["assertions"][0]["status"], "RolledBack");
    let offline = chainlab(&[
        "rollup",
        "--hours",
        "1",
        "--tps",
        "3",
        "--window",
        "300",
        "--fault",
        "wrong-root",
        "--validators",
        "offline",
        "--fault-batch",
        "0",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&offline).unwrap();
    assert_eq!(v["summary"]["invalid_state_final"], true);
}

#[test]
fn rejects_bad_parameters_naming_the_rule() {
    let out = Command::new(env!("CARGO_BIN_EXE_chainlab")).args(["rollup", "--tps", "0"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("tps must be"));
}

#[test]
fn delay_closes_batches_sooner_and_the_sweep_is_an_svg() {
    let dir = std::env::temp_dir().join(format!("chainlab-rollup-sweep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let svg = dir.join("sweep.svg");
    let csv = chainlab(&[
        "rollup", "--hours", "1", "--tps", "2", "--delay", "600", "--quality", "5", "--window", "50", "--csv", "--sweep-svg",
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
