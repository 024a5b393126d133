//! `chainlab validators`: table, JSON, CSV, SVG and errors.

use chainlab::sim::validators::{PriceSource, ValidatorParams, ValidatorSim, WhatIf, WhatIfKind};

#[path = "common/cli.rs"]
mod cli;
use cli::{refuses, run as chainlab};

#[test]
fn json_matches_the_library() {
    let out = chainlab(&[
        "validators",
        "--epochs",
        "600",
        "--price",
        "collapse",
        "--whatif",
        "s@50",
        "--seed",
        "4",
        "--json",
        "--every",
        "100",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = ValidatorParams {
        epochs: 600,
        price: PriceSource::Collapse,
        whatifs: vec![WhatIf { epoch: 50, kind: WhatIfKind::SlashLargest }],
        ..Default::default()
    };
    let mut sim = ValidatorSim::new(p, 4).unwrap();
    sim.run_to_end();
    assert_eq!(v["fingerprint"], format!("{:016x}", sim.fingerprint()));
    let epochs = v["epochs"].as_array().unwrap();
    assert_eq!(epochs.len(), 7, "epochs 0, 100, ..., 600");
    assert_eq!(epochs[0]["nakamoto"][0], 2);
    assert_eq!(epochs[6]["slashed_total"], sim.history()[600].slashed_total);
    assert!(sim.history()[600].slashed_total >= 300, "Lido's 31% slashed");
}

#[test]
fn csv_has_one_row_per_printed_epoch_and_a_header() {
    let out = chainlab(&["validators", "--epochs", "450", "--csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("epoch,price_usd,active_validators"));
    assert_eq!(lines.len(), 1 + 3, "epochs 0, 225, 450");
    assert_eq!(lines[1].split(',').count(), lines[0].split(',').count());
    assert!(lines[1].starts_with("0,2000,1000,32000,"), "{}", lines[1]);
}

#[test]
fn table_and_svg() {
    let dir = std::env::temp_dir().join(format!("chainlab-validators-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for chart in ["lorenz", "nakamoto", "cost", "active"] {
        let path = dir.join(format!("{chart}.svg"));
        let out = chainlab(&["validators", "--epochs", "300", "--chart", chart, "--svg", path.to_str().unwrap()]);
        assert!(out.status.success(), "{chart}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("N 33/50/67") && text.contains("2/3/9"), "{text}");
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<polyline"), "{chart}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_arguments_are_explained() {
    refuses(&[
        ("validators --distribution pyramid", "unknown distribution"),
        ("validators --fork fulu", "unknown fork"),
        ("validators --price moon", "unknown price"),
        ("validators --whatif x@3", "not a what-if"),
        ("validators --operators 0", "operators must be"),
    ]);
}

#[test]
fn offline_share_gives_per_epoch_finality_scores_and_balances() {
    use chainlab::sim::validators::{Outage, OutageKind};
    let out = chainlab(&[
        "validators",
        "--offline",
        "0.4",
        "--from",
        "100",
        "--epochs",
        "3000",
        "--downtime",
        "0",
        "--every",
        "1",
        "--csv",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 3001, "every epoch");
    let cols: Vec<&str> = lines[0].split(',').collect();
    let col = |name: &str| cols.iter().position(|c| *c == name).unwrap_or_else(|| panic!("{name} in {cols:?}"));
    let p = ValidatorParams {
        epochs: 3000,
        offline_bp: 0,
        outage: Some(Outage { kind: OutageKind::Offline, share_bp: 4_000, from: 100 }),
        ..Default::default()
    };
    let mut sim = ValidatorSim::new(p, 1).unwrap();
    sim.run_to_end();
    for (line, r) in lines[1..].iter().zip(sim.history()) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f[col("finalized_epoch")], r.finalized_epoch.to_string());
        assert_eq!(f[col("finality_delay")], r.finality_delay.to_string());
        assert_eq!(f[col("in_leak")], if r.in_leak { "1" } else { "0" });
        assert_eq!(f[col("offline_score")], r.offline_watch.unwrap().inactivity_score.to_string());
        assert_eq!(f[col("offline_balance_eth")], format!("{:.9}", r.offline_watch.unwrap().balance_eth));
    }
    let last: Vec<&str> = lines[3001].split(',').collect();
    assert!(last[col("finality_delay")].parse::<u32>().unwrap() > 2_000, "40% offline: still leaking after 13 days");
}

#[test]
fn partition_prints_both_chains() {
    let out = chainlab(&["validators", "--partition", "0.4", "--epochs", "900", "--every", "450", "--csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("chain,epoch,"));
    assert_eq!(lines.iter().filter(|l| l.starts_with("a,")).count(), 3);
    assert_eq!(lines.iter().filter(|l| l.starts_with("b,")).count(), 3);
    let out = chainlab(&["validators", "--partition", "0.4", "--epochs", "900", "--every", "450", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["other_chain"]["epochs"].as_array().unwrap().len(), 3);
    assert_eq!(v["params"]["outage"]["kind"], "Partition");
    let table = String::from_utf8(chainlab(&["validators", "--partition", "0.4", "--epochs", "450"]).stdout).unwrap();
    assert!(table.contains("chain a (the rest's") && table.contains("chain b (the cut-off share's own"), "{table}");
}

#[test]
fn bad_outages_are_explained() {
    refuses(&[
        ("validators --offline 1.5", "a share between 0 and 1"),
        ("validators --partition 0", "a share between 0 and 1"),
        ("validators --offline 0.3 --from 9000 --epochs 100", "beyond the run's last"),
        ("validators --downtime 300", "--downtime is a percentage"),
    ]);
    let out = chainlab(&["validators", "--offline", "0.3", "--partition", "0.3"]);
    assert!(!out.status.success());
}
