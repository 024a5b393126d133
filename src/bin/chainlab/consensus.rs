//! `chainlab consensus`: many seeded runs of sampling consensus, their
//! outcomes and summary statistics.

use chainlab::charts::{self, ChartStyle};
use chainlab::sim::consensus::experiment::{Experiment, RunOutcome, Summary};
use chainlab::sim::consensus::{Adversary, ConsensusSim, Params, Protocol, Scale, COLOUR_NAMES};
use clap::ValueEnum;
use std::io::{self, Write};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ProtocolArg {
    Slush,
    Snowflake,
    Snowball,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum AdversaryArg {
    Minority,
    Balance,
    Contrarian,
}

crate::subcommand! {
    /// Sampling consensus (Slush, Snowflake, Snowball): many seeded runs.
    ///
    /// Run r uses seed S + r. Prints, per run, the rounds to finality, the
    /// finalised colour and whether safety was violated (two honest nodes
    /// finalising different colours), then summary statistics.
    "consensus", ConsensusArgs, consensus
}

#[derive(clap::Args)]
pub(crate) struct ConsensusArgs {
    #[arg(long, value_enum, default_value = "snowball")]
    protocol: ProtocolArg,
    /// Number of nodes, honest and Byzantine: 2 to 2,000,000 here (pages stop at 20,000),
    /// with nodes x K at most 50,000,000 (each node keeps its last sample).
    #[arg(long, default_value_t = 400)]
    nodes: u32,
    /// K: peers sampled per poll.
    #[arg(long, default_value_t = 20)]
    k: u32,
    /// AlphaPreference: votes needed to change preference.
    #[arg(long = "alpha-pref", default_value_t = 15)]
    alpha_pref: u32,
    /// AlphaConfidence: votes needed to count toward confidence.
    #[arg(long = "alpha-conf", default_value_t = 15)]
    alpha_conf: u32,
    /// Beta: consecutive confident polls to finalise.
    #[arg(long, default_value_t = 20)]
    beta: u32,
    /// Slush only: rounds after which it accepts (m).
    #[arg(long = "slush-rounds", default_value_t = 30)]
    slush_rounds: u32,
    #[arg(long, default_value_t = 2)]
    colours: u32,
    /// Share of honest nodes starting on colour 0 (red).
    #[arg(long, default_value_t = 0.5)]
    split: f64,
    /// Fraction of nodes that are Byzantine.
    #[arg(long, default_value_t = 0.0)]
    byzantine: f64,
    #[arg(long, value_enum, default_value = "balance")]
    adversary: AdversaryArg,
    /// Probability that an answer is lost.
    #[arg(long, default_value_t = 0.0)]
    drop: f64,
    /// A run that has not finalised by this round counts as stalled.
    #[arg(long = "max-rounds", default_value_t = 1000)]
    max_rounds: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, default_value_t = 1)]
    runs: u32,
    /// JSON: {"params", "seed", "runs": [...], "summary"}.
    #[arg(long, conflicts_with_all = ["csv", "history"])]
    json: bool,
    /// CSV: one row per run, then "# key,value" summary lines.
    #[arg(long, conflicts_with = "history")]
    csv: bool,
    /// CSV of the first run round by round (shares, mean confidence, finalised).
    #[arg(long)]
    history: bool,
    /// Also write a chart as SVG: the first run round by round with
    /// --history or --runs 1, else the histogram of rounds to finality.
    #[arg(long, value_name = "FILE")]
    svg: Option<std::path::PathBuf>,
}

pub(crate) fn colour(c: Option<u8>) -> &'static str {
    c.map(|c| COLOUR_NAMES[c as usize]).unwrap_or("none")
}

pub(crate) fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub(crate) fn consensus(a: ConsensusArgs) -> Result<(), Box<dyn std::error::Error>> {
    let params = Params {
        protocol: match a.protocol {
            ProtocolArg::Slush => Protocol::Slush,
            ProtocolArg::Snowflake => Protocol::Snowflake,
            ProtocolArg::Snowball => Protocol::Snowball,
        },
        nodes: a.nodes,
        k: a.k,
        alpha_pref: a.alpha_pref,
        alpha_conf: a.alpha_conf,
        beta: a.beta,
        slush_rounds: a.slush_rounds,
        colours: a.colours,
        split: a.split,
        byzantine: a.byzantine,
        adversary: match a.adversary {
            AdversaryArg::Minority => Adversary::Minority,
            AdversaryArg::Balance => Adversary::Balance,
            AdversaryArg::Contrarian => Adversary::Contrarian,
        },
        drop: a.drop,
        max_rounds: a.max_rounds,
    };
    // The command line is a batch: networks up to MAX_BATCH_NODES (pages stop at 20,000).
    params.validate_at(Scale::Batch)?;
    if a.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let style = ChartStyle::light();
    if a.history || a.runs == 1 {
        if let Some(path) = &a.svg {
            let mut sim = ConsensusSim::new_at(params.clone(), a.seed, Scale::Batch)?;
            sim.run_to_end();
            let show = params.protocol != Protocol::Slush;
            let doc = charts::svg(800, 400, |root| {
                charts::draw_history(root, sim.history(), params.colours as usize, sim.honest_count(), show, &style)
            })?;
            std::fs::write(path, doc).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
    }
    if a.history {
        let mut sim = ConsensusSim::new_at(params.clone(), a.seed, Scale::Batch)?;
        sim.run_to_end();
        let colours = params.colours as usize;
        let names: Vec<String> = COLOUR_NAMES[..colours].iter().map(|c| format!("share_{c}")).collect();
        writeln!(out, "round,{},mean_confidence,finalised,successful_polls", names.join(","))?;
        for r in sim.history() {
            let shares: Vec<String> = r.share[..colours].iter().map(|s| format!("{s:.6}")).collect();
            writeln!(
                out,
                "{},{},{:.6},{},{}",
                r.round,
                shares.join(","),
                r.mean_confidence,
                r.finalised,
                r.successful_polls
            )?;
        }
        return Ok(out.flush()?);
    }
    let mut e = Experiment::new_at(params.clone(), a.seed, a.runs, Scale::Batch)?;
    e.run_all();
    let summary = e.summary();
    if let (Some(path), true) = (&a.svg, a.runs > 1) {
        let doc = charts::svg(800, 400, |root| charts::draw_histogram(root, e.outcomes(), &style))?;
        std::fs::write(path, doc).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    if a.json {
        let doc = serde_json::json!({
            "params": params,
            "seed": a.seed,
            "runs": e.outcomes(),
            "summary": summary,
        });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
    } else if a.csv {
        writeln!(out, "{},fingerprint", RunOutcome::CSV_HEADER)?;
        for o in e.outcomes() {
            writeln!(out, "{},{:016x}", o.csv_row("none"), o.fingerprint)?;
        }
        write_summary(&mut out, &summary, "# ", ",")?;
    } else {
        for o in e.outcomes() {
            write_human(&mut out, o)?;
        }
        writeln!(out)?;
        write_summary(&mut out, &summary, "", ": ")?;
    }
    Ok(out.flush()?)
}

pub(crate) fn write_human(out: &mut impl Write, o: &RunOutcome) -> io::Result<()> {
    let rounds = match o.rounds_to_finality {
        Some(r) => format!("finalised in {r} rounds"),
        None => format!("stalled after {} rounds", o.rounds),
    };
    let safety = if o.safety_violation { "  SAFETY VIOLATION" } else { "" };
    writeln!(out, "run {:>4}  seed {:>6}  {rounds:<26} colour {:<6}{safety}", o.run, o.seed, colour(o.finalised_colour))
}

pub(crate) fn write_summary(out: &mut impl Write, s: &Summary, prefix: &str, sep: &str) -> io::Result<()> {
    let f = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_default();
    let rows = [
        ("runs", s.runs.to_string()),
        ("finalised", s.finalised.to_string()),
        ("stalled", s.stalled.to_string()),
        ("safety_violations", s.safety_violations.to_string()),
        ("mean_rounds", f(s.mean_rounds)),
        ("median_rounds", opt(s.median_rounds)),
        ("p95_rounds", opt(s.p95_rounds)),
        ("min_rounds", opt(s.min_rounds)),
        ("max_rounds", opt(s.max_rounds)),
    ];
    for (k, v) in rows {
        writeln!(out, "{prefix}{k}{sep}{v}")?;
    }
    for (c, n) in s.colour_counts.iter().enumerate() {
        writeln!(out, "{prefix}runs_finalised_{}{sep}{n}", COLOUR_NAMES[c])?;
    }
    Ok(())
}
