//! `chainlab stablecoin`: one scenario, one row per step.

use chainlab::charts::{self, ChartStyle};
use chainlab::sim::stablecoin::{history, spec, Scenario, Snapshot, StablecoinSim, PARAMS};
use std::io::{self, Write};

crate::subcommand! {
    /// Algorithmic stablecoin (Terra UST / LUNA): the peg, the market
    /// module, and the death spiral of May 2022.
    ///
    /// Prints one row per step (every --every steps) with prices, supplies,
    /// the reserve, the mint capacity used, panic and the step's flows;
    /// human output is a summary. --set key=value changes any parameter
    /// (keys as in the page's URL; --list-params lists them).
    "stablecoin", StablecoinArgs, run
}

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
    /// An ensemble: run N seeds (seed, seed+1, ...; 20 if N is left out,
    /// at most 200) and print the quantiles per sampled step (min, 10%,
    /// median, 90%, max) and the distributions of the day UST fell below
    /// $0.50 and of the LUNA multiple; with --csv or --json.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "20")]
    runs: Option<usize>,
    /// Also write the five charts as SVG files FILE-<chart>.svg.
    #[arg(long, value_name = "PREFIX")]
    svg: Option<String>,
}

/// The CSV columns, shared with the page's export.
pub const CSV_HEADER: &str = chainlab::sim::stablecoin::CSV_HEADER;

pub fn run(a: StablecoinArgs) -> Result<(), Box<dyn std::error::Error>> {
    let scenario = Scenario::parse(&a.scenario).ok_or_else(|| {
        let names: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
        format!("unknown scenario {:?}; one of: {}", a.scenario, names.join(", "))
    })?;
    let mut params = scenario.params();
    for kv in &a.set {
        let (k, v) = kv.split_once('=').ok_or_else(|| format!("--set expects KEY=VALUE, got {kv:?}"))?;
        let s = spec(k).ok_or_else(|| format!("unknown parameter {k:?} (see --list-params)"))?;
        let v: f64 = v.parse().map_err(|_| format!("--set {k}: {v:?} is not a number"))?;
        (s.set)(&mut params, v);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.list_params {
        for s in PARAMS {
            writeln!(out, "{:<11} {:>14} {:<36} [{}, {}] {}", s.key, (s.get)(&params), s.label, s.min, s.max, s.unit)?;
        }
        return Ok(out.flush()?);
    }
    if let Some(n) = a.runs {
        return ensemble(&a, scenario, &params, n, out);
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
        let hist = if scenario.is_may_2022() { history::may_2022() } else { Vec::new() };
        for chart in charts::StablecoinChart::ALL {
            let doc = charts::svg(800, 360, |root| charts::draw_stablecoin(root, chart, sim.history(), &hist, &style))?;
            let path = format!("{prefix}-{}.svg", chart.name());
            std::fs::write(&path, doc).map_err(|e| format!("writing {path}: {e}"))?;
        }
    }
    let summary = chainlab::sim::stablecoin::Summary::of(&sim);
    if a.json {
        write_json(&mut out, &a, scenario, &params, serde_json::json!({ "steps": rows, "summary": summary }))?;
    } else if a.csv {
        writeln!(out, "{CSV_HEADER}")?;
        for s in rows {
            writeln!(out, "{}", chainlab::sim::stablecoin::csv_row(s))?;
        }
    } else {
        writeln!(out, "{} (seed {}), {} steps of {} s", scenario.title(), a.seed, sim.steps(), params.step_seconds)?;
        for (k, v) in summary.lines() {
            writeln!(out, "{k:<34} {v}")?;
        }
    }
    Ok(out.flush()?)
}

/// `--runs N`: the ensemble's quantiles.
fn ensemble(
    a: &StablecoinArgs,
    scenario: Scenario,
    params: &chainlab::sim::stablecoin::StablecoinParams,
    n: usize,
    mut out: io::BufWriter<io::StdoutLock<'static>>,
) -> Result<(), Box<dyn std::error::Error>> {
    use chainlab::sim::stablecoin::ensemble::{self, Ensemble, MAX_RUNS};
    if n == 0 || n > MAX_RUNS {
        return Err(format!("--runs must be between 1 and {MAX_RUNS} (it is {n})").into());
    }
    StablecoinSim::new(params.clone(), a.seed)?;
    let every = a.every.max(1);
    let e = Ensemble::run(params, a.seed, n, every);
    let sum = e.summary(params.step_seconds, every);
    if a.json {
        let fingerprints: Vec<String> = e.paths.iter().map(|p| format!("{:016x}", p.fingerprint)).collect();
        let rest = serde_json::json!({ "runs": n, "ensemble": sum, "fingerprints": fingerprints });
        write_json(&mut out, a, scenario, params, rest)?;
    } else if a.csv {
        write!(out, "{}", ensemble::csv(&sum))?;
    } else {
        writeln!(
            out,
            "{} (seeds {}..{}), {} runs of {} s steps",
            scenario.title(),
            a.seed,
            a.seed + n as u64 - 1,
            n,
            params.step_seconds
        )?;
        let band = |b: &ensemble::Band, f: &dyn Fn(f64) -> String| {
            format!("median {}, 10-90% {}-{}, min-max {}-{}", f(b.median), f(b.p10), f(b.p90), f(b.min), f(b.max))
        };
        let last = sum.points.last().ok_or("no steps")?;
        writeln!(out, "{:<28} {}", "final UST price", band(&last.stable_price, &|v| format!("${v:.4}")))?;
        writeln!(out, "{:<28} {}", "final UST supply", band(&last.stable_supply, &|v| format!("{:.2}B", v / 1e9)))?;
        writeln!(out, "{:<28} {}", "LUNA multiple", band(&sum.luna_multiple, &|v| format!("x{v:.1}")))?;
        match &sum.below_half_day {
            Some(b) => writeln!(
                out,
                "{:<28} {} of {} runs; {}",
                "UST below $0.50",
                sum.below_half_runs,
                n,
                band(b, &|v| format!("day {v:.2}"))
            )?,
            None => writeln!(out, "{:<28} in none of {} runs", "UST below $0.50", n)?,
        }
    }
    Ok(out.flush()?)
}

/// `--json`: one line, the scenario, seed and parameters with `rest`'s
/// fields (a single run's steps, or an ensemble's quantiles).
fn write_json(
    out: &mut impl Write,
    a: &StablecoinArgs,
    scenario: Scenario,
    params: &chainlab::sim::stablecoin::StablecoinParams,
    rest: serde_json::Value,
) -> io::Result<()> {
    let mut doc = serde_json::json!({ "scenario": scenario.name(), "seed": a.seed, "params": params });
    if let (Some(doc), serde_json::Value::Object(rest)) = (doc.as_object_mut(), rest) {
        doc.extend(rest);
    }
    serde_json::to_writer(&mut *out, &doc)?;
    writeln!(out)
}
