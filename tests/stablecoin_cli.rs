//! `chainlab stablecoin`: CSV one row per step, JSON with a summary, SVG charts.

#[path = "common/cli.rs"]
mod cli;
use cli::{ok, refuses, run as chainlab, words};

#[test]
fn csv_has_one_row_per_step() {
    let csv = ok(&["stablecoin", "--scenario", "calm", "--set", "days=0.5", "--csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("step,day,stable_price_usd,companion_price_usd"));
    assert_eq!(lines.count(), 721); // the start and 720 one-minute steps
    let every = ok(&["stablecoin", "--scenario", "calm", "--set", "days=0.5", "--csv", "--every", "60"]);
    assert_eq!(every.lines().count(), 1 + 13);
}

#[test]
fn json_summary_is_deterministic_and_shows_the_spiral() {
    let args = ["stablecoin", "--scenario", "terra-may-2022", "--seed", "2", "--json", "--every", "1440"];
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
    refuses(&[
        ("stablecoin --scenario luna", "unknown scenario"),
        ("stablecoin --set nope=1", "unknown parameter"),
        ("stablecoin --set spread=2", "MinStabilitySpread"),
        ("stablecoin --set spread", "KEY=VALUE"),
    ]);
}

#[test]
fn svg_charts_are_written() {
    let dir = std::env::temp_dir().join(format!("chainlab-stablecoin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join("run");
    ok(&["stablecoin", "--scenario", "terra-may-2022", "--svg", prefix.to_str().unwrap()]);
    for name in ["stable-price", "companion-price", "supplies", "reserve", "mint-capacity"] {
        let svg = std::fs::read_to_string(dir.join(format!("run-{name}.svg"))).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<polyline"), "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--runs N --json`: the quantiles at each sampled step and the two
/// distributions equal what the per-seed runs (`--seed k --json`) give.
#[test]
fn ensemble_quantiles_equal_the_per_seed_runs() {
    let args = words("stablecoin --scenario terra-may-2022 --set days=9 --seed 7 --runs 4 --every 720 --json");
    let e: serde_json::Value = serde_json::from_str(&ok(&args)).unwrap();
    assert_eq!(e["runs"], 4);
    let mut singles = Vec::new();
    for seed in 7..11 {
        let s =
            ok(&words(&format!("stablecoin --scenario terra-may-2022 --set days=9 --seed {seed} --every 720 --json")));
        singles.push(serde_json::from_str::<serde_json::Value>(&s).unwrap());
    }
    // Each run's fingerprint is the single run's.
    for (i, s) in singles.iter().enumerate() {
        assert_eq!(e["fingerprints"][i], s["summary"]["fingerprint"]);
    }
    let points = e["ensemble"]["points"].as_array().unwrap();
    let steps = singles[0]["steps"].as_array().unwrap();
    assert_eq!(points.len(), steps.len());
    // Type-7 quantiles, recomputed here.
    let q = |mut v: Vec<f64>, p: f64| {
        v.sort_by(f64::total_cmp);
        let h = (v.len() - 1) as f64 * p;
        let k = h.floor() as usize;
        if k + 1 >= v.len() {
            v[v.len() - 1]
        } else {
            v[k] + (h - k as f64) * (v[k + 1] - v[k])
        }
    };
    for (i, p) in points.iter().enumerate() {
        for (band, field) in [("stable_price", "stable_price_usd"), ("companion_supply", "companion_supply")] {
            let v: Vec<f64> = singles.iter().map(|s| s["steps"][i][field].as_f64().unwrap()).collect();
            for (name, pp) in [("min", 0.0), ("p10", 0.1), ("median", 0.5), ("p90", 0.9), ("max", 1.0)] {
                // serde_json parses floats to within an ulp, not always exactly.
                let (got, want) = (p[band][name].as_f64().unwrap(), q(v.clone(), pp));
                assert!((got - want).abs() <= 1e-12 * want.abs(), "point {i} {band} {name}: {got} vs {want}");
            }
        }
        assert_eq!(p["step"], singles[0]["steps"][i]["step"]);
    }
    let multiples: Vec<f64> =
        singles.iter().map(|s| s["summary"]["companion_supply_growth"].as_f64().unwrap()).collect();
    let (got, want) = (e["ensemble"]["luna_multiple"]["median"].as_f64().unwrap(), q(multiples, 0.5));
    assert!((got - want).abs() <= 1e-12 * want);
    // The day UST fell below $0.50, per run, from the single runs' rows (every step).
    let days: Vec<f64> =
        e["ensemble"]["below_half_days"].as_array().unwrap().iter().map(|d| d.as_f64().unwrap()).collect();
    assert_eq!(days.len(), 4);
    assert!(days.iter().all(|d| (6.0..8.5).contains(d)), "{days:?}");
}

#[test]
fn ensemble_csv_and_bad_run_counts() {
    let csv = ok(&["stablecoin", "--scenario", "calm", "--set", "days=1", "--runs", "3", "--every", "60", "--csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("step,day,stable_price_min,stable_price_p10,stable_price_median"));
    assert_eq!(lines.count(), 24 + 1);
    let out = chainlab(&["stablecoin", "--runs", "201"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("between 1 and 200"));
    // --runs alone means 20.
    let text = ok(&["stablecoin", "--scenario", "calm", "--set", "days=0.2", "--runs"]);
    assert!(text.contains("20 runs"), "{text}");
}
