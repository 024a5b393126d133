//! `chainlab stablecoin`: CSV one row per step, JSON with a summary, SVG charts.

use std::process::Command;

fn chainlab(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chainlab"))
        .args(args)
        .output()
        .expect("runs")
}

fn ok(args: &[&str]) -> String {
    let out = chainlab(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn csv_has_one_row_per_step() {
    let csv = ok(&[
        "stablecoin",
        "--scenario",
        "calm",
        "--set",
        "days=0.5",
        "--csv",
    ]);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("step,day,stable_price_usd,companion_price_usd"));
    assert_eq!(lines.count(), 721); // the start and 720 one-minute steps
    let every = ok(&[
        "stablecoin",
        "--scenario",
        "calm",
        "--set",
        "days=0.5",
        "--csv",
        "--every",
        "60",
    ]);
    assert_eq!(every.lines().count(), 1 + 13);
}

#[test]
fn json_summary_is_deterministic_and_shows_the_spiral() {
    let args = [
        "stablecoin",
        "--scenario",
        "terra-may-2022",
        "--seed",
        "2",
        "--json",
        "--every",
        "1440",
    ];
    let a = ok(&args);
    assert_eq!(a, ok(&args));
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    assert_eq!(v["scenario"], "terra-may-2022");
    assert!(v["summary"]["companion_supply_growth"].as_f64().unwrap() > 1000.0);
    assert!(v["summary"]["max_conservation_error"].as_f64().unwrap() < 1e-9);
    assert_eq!(v["steps"].as_array().unwrap().len(), 13);
    assert_eq!(v["params"]["base_pool_sdr"], 50e6);
}

#[test]
fn bad_input_is_a_clear_error() {
    for (args, msg) in [
        (vec!["stablecoin", "--scenario", "luna"], "unknown scenario"),
        (vec!["stablecoin", "--set", "nope=1"], "unknown parameter"),
        (
            vec!["stablecoin", "--set", "spread=2"],
            "MinStabilitySpread",
        ),
        (vec!["stablecoin", "--set", "spread"], "KEY=VALUE"),
    ] {
        let out = chainlab(&args);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
    }
}

#[test]
fn svg_charts_are_written() {
    let dir = std::env::temp_dir().join(format!("chainlab-stablecoin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join("run");
    ok(&[
        "stablecoin",
        "--scenario",
        "terra-may-2022",
        "--svg",
        prefix.to_str().unwrap(),
    ]);
    for name in [
        "stable-price",
        "companion-price",
        "supplies",
        "reserve",
        "mint-capacity",
    ] {
        let svg = std::fs::read_to_string(dir.join(format!("run-{name}.svg"))).unwrap();
        assert!(
            svg.starts_with("<svg") && svg.contains("<polyline"),
            "{name}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
