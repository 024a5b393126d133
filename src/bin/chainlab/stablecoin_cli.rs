//! `chainlab stablecoin`: one scenario, one row per step.

use chainlab::charts::{self, ChartStyle};
use chainlab::sim::stablecoin::{history, spec, Scenario, Snapshot, StablecoinSim, PARAMS};
use std::io::{self, Write};

#[derive(clap::Args)]
pub struct StablecoinArgs {
    /// One of: calm, terra-may-2022, larger-reserve, lower-mint-cap, no-yield.
    #[arg(long, default_value = "terra-may-2022")]
    scenario: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Change a parameter, e.g. --set base=100e6 (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
    /// Print every Nth step only (the last step is always printed).
    #[arg(long, default_value_t = 1)]
    every: usize,
    /// List the parameters (key, value, bounds) and exit.
    #[arg(long = "list-params")]
    list_params: bool,
    /// JSON: {scenario, seed, params, steps: [...], summary}.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV: one row per step.
    #[arg(long)]
    csv: bool,
    /// Also write the five charts as SVG files FILE-<chart>.svg.
    #[arg(long, value_name = "PREFIX")]
    svg: Option<String>,
}

/// The CSV columns, shared with the page's export.
pub const CSV_HEADER: &str = chainlab::sim::stablecoin::CSV_HEADER;

pub fn run(a: StablecoinArgs) -> Result<(), Box<dyn std::error::Error>> {
    let scenario = Scenario::parse(&a.scenario).ok_or_else(|| {
        let names: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
        format!(
            "unknown scenario {:?}; one of: {}",
            a.scenario,
            names.join(", ")
        )
    })?;
    let mut params = scenario.params();
    for kv in &a.set {
        let (k, v) = kv
            .split_once('=')
            .ok_or_else(|| format!("--set expects KEY=VALUE, got {kv:?}"))?;
        let s = spec(k).ok_or_else(|| format!("unknown parameter {k:?} (see --list-params)"))?;
        let v: f64 = v
            .parse()
            .map_err(|_| format!("--set {k}: {v:?} is not a number"))?;
        (s.set)(&mut params, v);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.list_params {
        for s in PARAMS {
            writeln!(
                out,
                "{:<11} {:>14} {:<36} [{}, {}] {}",
                s.key,
                (s.get)(&params),
                s.label,
                s.min,
                s.max,
                s.unit
            )?;
        }
        return Ok(out.flush()?);
    }
    let mut sim = StablecoinSim::new(params.clone(), a.seed)?;
    sim.run_to_end();
    let every = a.every.max(1);
    let rows: Vec<&Snapshot> = sim
        .history()
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0 || *i + 1 == sim.history().len())
        .map(|(_, s)| s)
        .collect();
    if let Some(prefix) = &a.svg {
        let style = ChartStyle::light();
        let hist = if scenario.is_may_2022() {
            history::may_2022()
        } else {
            Vec::new()
        };
        for chart in charts::StablecoinChart::ALL {
            let doc = charts::svg(800, 360, |root| {
                charts::draw_stablecoin(root, chart, sim.history(), &hist, &style)
            })?;
            let path = format!("{prefix}-{}.svg", chart.name());
            std::fs::write(&path, doc).map_err(|e| format!("writing {path}: {e}"))?;
        }
    }
    let summary = chainlab::sim::stablecoin::Summary::of(&sim);
    if a.json {
        let doc = serde_json::json!({
            "scenario": scenario.name(),
            "seed": a.seed,
            "params": params,
            "steps": rows,
            "summary": summary,
        });
        serde_json::to_writer(&mut out, &doc)?;
        writeln!(out)?;
    } else if a.csv {
        writeln!(out, "{CSV_HEADER}")?;
        for s in rows {
            writeln!(out, "{}", chainlab::sim::stablecoin::csv_row(s))?;
        }
    } else {
        writeln!(
            out,
            "{} (seed {}), {} steps of {} s",
            scenario.title(),
            a.seed,
            sim.steps(),
            params.step_seconds
        )?;
        for (k, v) in summary.lines() {
            writeln!(out, "{k:<34} {v}")?;
        }
    }
    Ok(out.flush()?)
}
