//! `chainlab validators`: table, JSON, CSV, SVG and errors.

use chainlab::sim::validators::{PriceSource, ValidatorParams, ValidatorSim, WhatIf, WhatIfKind};
use std::process::Command;

fn chainlab(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chainlab")).args(args).output().expect("runs")
}

#[test]
fn json_matches_the_library() {
    let out = chainlab(&["validators", "--epochs", "600", "--price", "collapse", "--whatif", "s@50", "--seed", "4", "--json", "--every", "100"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = ValidatorParams { epochs: 600, price: PriceSource::Collapse, whatifs: vec![WhatIf { epoch: 50, kind: WhatIfKind::SlashLargest }], ..Default::default() };
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
    for (args, says) in [
        (vec!["validators", "--distribution", "pyramid"], "unknown distribution"),
        (vec!["validators", "--fork", "fulu"], "unknown fork"),
        (vec!["validators", "--price", "moon"], "unknown price"),
        (vec!["validators", "--whatif", "x@3"], "not a what-if"),
        (vec!["validators", "--operators", "0"], "operators must be"),
    ] {
        let out = chainlab(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
