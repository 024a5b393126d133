//! The `chainlab` command line: formats, errors and SVG output.

#[path = "common/cli.rs"]
mod cli;
use cli::run as chainlab;

#[test]
fn csv_has_a_row_per_run_then_a_summary() {
    let out = chainlab(&["consensus", "--nodes", "100", "--runs", "5", "--seed", "10", "--csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "run,seed,rounds_to_finality,rounds,finalised_colour,safety_violation,fingerprint");
    for (i, row) in lines[1..6].iter().enumerate() {
        let cols: Vec<&str> = row.split(',').collect();
        assert_eq!(cols.len(), 7, "{row}");
        assert_eq!(cols[0], i.to_string());
        assert_eq!(cols[1], (10 + i).to_string(), "run r uses seed S + r");
        assert!(cols[2].parse::<u32>().is_ok(), "finalised: {row}");
        assert_eq!(cols[5], "false");
    }
    assert!(text.contains("# runs,5"));
    assert!(text.contains("# safety_violations,0"));
}

#[test]
fn json_matches_the_library() {
    let out = chainlab(&["consensus", "--nodes", "80", "--runs", "3", "--seed", "4", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["runs"].as_array().unwrap().len(), 3);
    assert_eq!(v["summary"]["runs"], 3);
    assert_eq!(v["params"]["k"], 20);
    let params = chainlab::sim::consensus::Params { nodes: 80, ..Default::default() };
    let lib = chainlab::sim::consensus::experiment::run_once(&params, 5, 1).unwrap();
    assert_eq!(v["runs"][1]["rounds"], lib.rounds);
}

#[test]
fn a_broken_rule_exits_2_and_names_it() {
    let out = chainlab(&["consensus", "--k", "20", "--alpha-pref", "16", "--alpha-conf", "15"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("AlphaPreference <= AlphaConfidence"), "{err}");
}

#[test]
fn svg_charts_are_written() {
    let dir = std::env::temp_dir().join(format!("chainlab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let hist = dir.join("hist.svg");
    let one = dir.join("one.svg");
    assert!(chainlab(&["consensus", "--nodes", "60", "--runs", "20", "--svg", hist.to_str().unwrap()])
        .status
        .success());
    assert!(chainlab(&["consensus", "--nodes", "60", "--history", "--svg", one.to_str().unwrap()]).status.success());
    for f in [&hist, &one] {
        let s = std::fs::read_to_string(f).unwrap();
        assert!(s.starts_with("<svg"), "{}", &s[..40.min(s.len())]);
        assert!(s.contains("rounds") || s.contains("round"));
    }
    assert!(std::fs::read_to_string(&hist).unwrap().contains("<rect"));
    assert!(std::fs::read_to_string(&one).unwrap().contains("<polyline"));
    std::fs::remove_dir_all(dir).ok();
}

/// The command line is a batch: networks past the pages' 20,000 nodes run (here 50,000,
/// to finality, the same as the library's batch run), and past two million it names the rule.
#[test]
fn the_command_line_runs_networks_past_the_pages_cap() {
    use chainlab::sim::consensus::{ConsensusSim, Params, Scale};
    let out = chainlab(&["consensus", "--nodes", "50000", "--runs", "1", "--seed", "2", "--csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let row: Vec<&str> = text.lines().nth(1).unwrap().split(',').collect();
    let mut sim = ConsensusSim::new_at(Params { nodes: 50_000, ..Params::default() }, 2, Scale::Batch).unwrap();
    sim.run_to_end();
    assert_eq!(row[3], sim.round().to_string());
    assert_eq!(row[6], format!("{:016x}", sim.fingerprint()));
    let out = chainlab(&["consensus", "--nodes", "2000001", "--runs", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("must be between 2 and 2000000"), "{err}");
}
