//! `chainlab`: the command-line runner over Chain Lab's simulation core,
//! for slides, autograders and papers. Same seed and parameters, same
//! results as the browser app.

use chainlab::charts::{self, ChartStyle};
use chainlab::sim::consensus::experiment::{Experiment, RunOutcome, Summary};
use chainlab::sim::consensus::{Adversary, ConsensusSim, Params, Protocol, COLOUR_NAMES};
use chainlab::sim::rollup::{DataMode, Fault, RollupParams, RollupSim, Validator};
use chainlab::sim::swap::verify::{verify, VerifyReport};
use chainlab::sim::swap::{coins, hm, ChainId, Scenario, SwapSim, TxKind, TxOutcome};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "chainlab", version, about = "Chain Lab simulations from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Sampling consensus (Slush, Snowflake, Snowball): many seeded runs.
    ///
    /// Run r uses seed S + r. Prints, per run, the rounds to finality, the
    /// finalised colour and whether safety was violated (two honest nodes
    /// finalising different colours), then summary statistics.
    Consensus(ConsensusArgs),
    /// Atomic swap with two hash time-locked contracts: one scenario, or
    /// the exhaustive check of a scenario's configuration (--verify).
    ///
    /// Prints each event (time as h:mm, chain, text), the outcome and both
    /// parties' balances. With --verify, explores every interleaving of a
    /// scaled-down model and prints the properties, the number of states
    /// and the shortest counterexample, if any.
    Swap(SwapArgs),
    /// Arbitrum-style optimistic rollup: batches, assertions, challenges.
    ///
    /// Runs the traffic for --hours, then until every assertion is final or
    /// rolled back. Prints each batch (transactions, raw and Brotli bytes,
    /// ratio, L1 gas and cost per transaction against L1 alone), each
    /// assertion and each challenge with its bisection.
    Rollup(RollupArgs),
    /// Proof-of-stake validators (Ethereum rules): stake, rewards,
    /// slashing, exits through the churn queue, concentration, and the
    /// cascade when the staked token's price falls.
    ///
    /// Prints, per epoch (every --every epochs), the price, active
    /// validators and stake, those leaving, slashings and exits, the
    /// Nakamoto coefficients at 33.4%, 50% and 66.7% and the cost of
    /// attack at each threshold (that share of active stake times the price).
    Validators(ValidatorsCmdArgs),
    /// Algorithmic stablecoin (Terra UST / LUNA): the peg, the market
    /// module, and the death spiral of May 2022.
    ///
    /// Prints one row per step (every --every steps) with prices, supplies,
    /// the reserve, the mint capacity used, panic and the step's flows;
    /// human output is a summary. --set key=value changes any parameter
    /// (keys as in the page's URL; --list-params lists them).
    Stablecoin(StablecoinArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum FaultArg {
    None,
    WrongRoot,
}

#[derive(Clone, Copy, ValueEnum)]
enum ValidatorsArg {
    Online,
    Offline,
    Late,
}

#[derive(Clone, Copy, ValueEnum)]
enum DataArg {
    Calldata,
    Blobs,
    /// The poster picks the cheaper per byte, as Nitro's does.
    Auto,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DisputeArg {
    /// BoLD (Arbitrum One since February 2025): all-vs-all, bounded time.
    Bold,
    /// Classic Nitro: 1-vs-1 40-way challenges, one after another.
    Classic,
}

#[derive(clap::Args)]
struct RollupArgs {
    /// L2 transactions per second.
    #[arg(long, default_value_t = 2.0)]
    tps: f64,
    /// Hours of traffic.
    #[arg(long, default_value_t = 3.0)]
    hours: f64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// wrong-root: the proposer's assertion for batch --fault-batch mints to itself.
    #[arg(long, value_enum, default_value = "none")]
    fault: FaultArg,
    #[arg(long = "fault-batch", default_value_t = 1)]
    fault_batch: u32,
    /// The honest validator: online from the start, never online, or
    /// online from --late-block.
    #[arg(long, value_enum, default_value = "online")]
    validators: ValidatorsArg,
    /// With --validators late: the first L1 block it is online.
    #[arg(long = "late-block", default_value_t = 40_000)]
    late_block: u64,
    /// Challenge window in L1 blocks (Arbitrum One: 45,818).
    #[arg(long, default_value_t = 45_818)]
    window: u64,
    /// Where batches go (default auto: the cheaper per byte, as Nitro's poster).
    #[arg(long, value_enum, default_value = "auto")]
    data: DataArg,
    /// Dissection arity: 2 (BoLD's bisection) or 40 (classic Nitro);
    /// --dispute sets it.
    #[arg(long, default_value_t = 2)]
    arity: u32,
    /// Dispute protocol: bold (arity 2, and the all-vs-all game) or classic
    /// (arity 40, and 1-vs-1 challenges one after another).
    #[arg(long, value_enum)]
    dispute: Option<DisputeArg>,
    /// Malicious parties in the dispute game at Arbitrum One's heights
    /// (BoLD: 2^26 blocks, 2^19 big steps, 2^23 small steps); its
    /// round-by-round record goes into --json ("dispute_game"), and --csv
    /// prints that record instead of the batches when N > 0.
    #[arg(long, default_value_t = 0)]
    attackers: u32,
    /// With --attackers: the page's reduced sizes instead of Arbitrum One's.
    #[arg(long)]
    reduced: bool,
    /// Ethereum fork for L1 data costs: cancun, prague, bpo1 or bpo2
    /// (default: bpo2, the fork in force today).
    #[arg(long, default_value = "bpo2")]
    fork: String,
    /// Other users' blobs per L1 block as a share of the fork's target.
    #[arg(long = "blob-demand", default_value_t = 1.0)]
    blob_demand: f64,
    /// Brotli level of posted batches (0-11). 11 is Nitro's level while its
    /// poster keeps up; it drops to 6 under a backlog of 21 batches.
    #[arg(long, default_value_t = 11)]
    quality: u32,
    /// Post a batch at the latest this many seconds after its first
    /// transaction (Arbitrum: 3,600; the page uses 600).
    #[arg(long, default_value_t = 3600)]
    delay: u64,
    /// SVG of throughput and cost per transaction against load (L1 alone
    /// and the rollup, at these settings) to this file.
    #[arg(long = "sweep-svg")]
    sweep_svg: Option<std::path::PathBuf>,
    /// L1 gas price, gwei.
    #[arg(long = "gas-price", default_value_t = 20.0)]
    gas_price: f64,
    /// The blob base fee at the start, gwei (it then follows EIP-4844's rule).
    #[arg(long = "blob-price", default_value_t = 1.0)]
    blob_price: f64,
    /// JSON: {params, seed, batches, assertions, challenges, events, summary}.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV: one row per batch.
    #[arg(long)]
    csv: bool,
}

#[derive(clap::Args)]
struct SwapArgs {
    /// One of: happy-path, participant-never-locks, initiator-never-redeems,
    /// misordered-timelocks, participant-offline, wrong-secret-length, congestion.
    #[arg(long, default_value = "happy-path")]
    scenario: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Check every interleaving instead of running one.
    #[arg(long)]
    verify: bool,
    /// JSON: {scenario, seed, params, events, blocks, block_counts, outcome,
    /// balances}; with --verify, the report.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProtocolArg {
    Slush,
    Snowflake,
    Snowball,
}

#[derive(Clone, Copy, ValueEnum)]
enum AdversaryArg {
    Minority,
    Balance,
    Contrarian,
}

#[derive(clap::Args)]
struct ConsensusArgs {
    #[arg(long, value_enum, default_value = "snowball")]
    protocol: ProtocolArg,
    /// Number of nodes, honest and Byzantine.
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

#[path = "chainlab/stablecoin_cli.rs"]
mod stablecoin_cli;
use stablecoin_cli::StablecoinArgs;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Consensus(args) => consensus(args),
        Command::Swap(args) => swap(args),
        Command::Rollup(args) => rollup(args),
        Command::Validators(args) => validators_cmd(args),
        Command::Stablecoin(args) => stablecoin_cli::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chainlab: {e}");
            ExitCode::from(2)
        }
    }
}

fn colour(c: Option<u8>) -> &'static str {
    c.map(|c| COLOUR_NAMES[c as usize]).unwrap_or("none")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn consensus(a: ConsensusArgs) -> Result<(), Box<dyn std::error::Error>> {
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
    params.validate()?;
    if a.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let style = ChartStyle::light();
    if a.history || a.runs == 1 {
        if let Some(path) = &a.svg {
            let mut sim = ConsensusSim::new(params.clone(), a.seed)?;
            sim.run_to_end();
            let show = params.protocol != Protocol::Slush;
            let doc = charts::svg(800, 400, |root| {
                charts::draw_history(root, sim.history(), params.colours as usize, sim.honest_count(), show, &style)
            })?;
            std::fs::write(path, doc).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
    }
    if a.history {
        let mut sim = ConsensusSim::new(params.clone(), a.seed)?;
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
    let mut e = Experiment::new(params.clone(), a.seed, a.runs)?;
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
        writeln!(out, "run,seed,rounds_to_finality,rounds,finalised_colour,safety_violation,fingerprint")?;
        for o in e.outcomes() {
            writeln!(
                out,
                "{},{},{},{},{},{},{:016x}",
                o.run,
                o.seed,
                opt(o.rounds_to_finality),
                o.rounds,
                colour(o.finalised_colour),
                o.safety_violation,
                o.fingerprint
            )?;
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

fn write_human(out: &mut impl Write, o: &RunOutcome) -> io::Result<()> {
    let rounds = match o.rounds_to_finality {
        Some(r) => format!("finalised in {r} rounds"),
        None => format!("stalled after {} rounds", o.rounds),
    };
    let safety = if o.safety_violation { "  SAFETY VIOLATION" } else { "" };
    writeln!(out, "run {:>4}  seed {:>6}  {rounds:<26} colour {:<6}{safety}", o.run, o.seed, colour(o.finalised_colour))
}

fn write_summary(out: &mut impl Write, s: &Summary, prefix: &str, sep: &str) -> io::Result<()> {
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

fn swap(a: SwapArgs) -> Result<(), Box<dyn std::error::Error>> {
    let Some(scenario) = Scenario::parse(&a.scenario) else {
        let names: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
        return Err(format!("unknown scenario {:?}; valid: {}", a.scenario, names.join(", ")).into());
    };
    let params = scenario.params();
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.verify {
        let report = verify(&params);
        if a.json {
            let doc = serde_json::json!({ "scenario": scenario.name(), "params": params, "report": report });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        } else {
            write_report(&mut out, scenario, &report)?;
        }
        return Ok(out.flush()?);
    }
    let mut sim = SwapSim::new(params.clone(), a.seed)?;
    sim.run_to_end();
    let outcome = sim.outcome();
    let last = sim.balances().last().cloned().expect("a point at the start");
    if a.json {
        let blocks = |c: ChainId| -> Vec<_> { sim.chain(c).iter().filter(|b| !b.txs.is_empty()).collect() };
        let doc = serde_json::json!({
            "scenario": scenario.name(),
            "seed": a.seed,
            "params": params,
            "events": sim.log(),
            "blocks": { "A": blocks(ChainId::A), "B": blocks(ChainId::B) },
            "block_counts": { "A": sim.chain(ChainId::A).len(), "B": sim.chain(ChainId::B).len() },
            "outcome": outcome,
            "outcome_text": outcome.describe(),
            "expected": scenario.expected(),
            "secret": chainlab::sim::swap::hex(sim.secret()),
            "digest": chainlab::sim::swap::hex(&sim.digest()),
            "balances": { "start": sim.balances()[0], "end": last },
            "fingerprint": format!("{:016x}", sim.fingerprint()),
        });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
        return Ok(out.flush()?);
    }
    writeln!(out, "{}: {}", scenario.title(), scenario.description())?;
    writeln!(out)?;
    for e in sim.log() {
        let chain = match e.chain {
            Some(ChainId::A) => "A",
            Some(ChainId::B) => "B",
            None => "-",
        };
        writeln!(out, "{:>6}  {chain}  {}", hm(e.time).replace('h', ":"), e.text)?;
    }
    writeln!(out)?;
    writeln!(out, "outcome: {} (expected: {})", outcome.describe(), scenario.expected().describe())?;
    writeln!(
        out,
        "blocks: {} on A, {} on B; ended at {}",
        sim.chain(ChainId::A).len(),
        sim.chain(ChainId::B).len(),
        hm(sim.time())
    )?;
    let first = &sim.balances()[0];
    let signed = |v: i64, c: ChainId| {
        let s = coins(v.unsigned_abs(), c);
        if v < 0 {
            format!("-{s}")
        } else {
            s
        }
    };
    for (who, a0, a1, b0, b1) in [
        ("Alice", first.alice_a, last.alice_a, first.alice_b, last.alice_b),
        ("Bob", first.bob_a, last.bob_a, first.bob_b, last.bob_b),
    ] {
        writeln!(
            out,
            "{who:<5}  chain A {:>14} -> {:>14} ({:>15})   chain B {:>14} -> {:>14} ({:>15})",
            signed(a0, ChainId::A),
            signed(a1, ChainId::A),
            signed(a1 - a0, ChainId::A),
            signed(b0, ChainId::B),
            signed(b1, ChainId::B),
            signed(b1 - b0, ChainId::B)
        )?;
    }
    let rejected = |c: ChainId| {
        sim.chain(c).iter().flat_map(|b| b.txs.iter()).filter(|t| matches!(t.outcome, TxOutcome::Rejected(_))).count()
    };
    let secret_public = sim.htlc(ChainId::B).preimage.is_some()
        || sim.chain(ChainId::B).iter().flat_map(|b| &b.txs).any(|t| matches!(t.kind, TxKind::Redeem { .. }));
    writeln!(
        out,
        "rejected transactions: {} on A, {} on B; secret public: {secret_public}",
        rejected(ChainId::A),
        rejected(ChainId::B)
    )?;
    Ok(out.flush()?)
}

fn write_report(out: &mut impl Write, scenario: Scenario, r: &VerifyReport) -> io::Result<()> {
    writeln!(out, "{}: {}", scenario.title(), if r.holds { "every property holds" } else { "a property fails" })?;
    writeln!(out, "states: {}  transitions: {}", r.states, r.transitions)?;
    for (name, ok) in &r.properties {
        writeln!(out, "  [{}] {name}", if *ok { "holds" } else { "FAILS" })?;
    }
    writeln!(out)?;
    writeln!(out, "abstraction: {}", r.abstraction)?;
    if let Some(c) = &r.counterexample {
        writeln!(out)?;
        writeln!(
            out,
            "counterexample ({} loses; shortest run, {} steps): {}",
            c.victim.short(),
            c.steps.len(),
            c.property
        )?;
        writeln!(
            out,
            "{:>4} {:>5}  {:<9} {:<9} {:<6} {:>10} {:>10}  what happens",
            "step", "tick", "A", "B", "secret", "Alice", "Bob"
        )?;
        for (i, s) in c.steps.iter().enumerate() {
            writeln!(
                out,
                "{:>4} {:>5}  {:<9} {:<9} {:<6} {:>10} {:>10}  {}",
                i + 1,
                s.time,
                format!("{:?}", s.htlc_a),
                format!("{:?}", s.htlc_b),
                if s.secret_public { "public" } else { "-" },
                s.alice_gain,
                s.bob_gain,
                s.text
            )?;
        }
    }
    Ok(())
}

fn rollup(a: RollupArgs) -> Result<(), Box<dyn std::error::Error>> {
    use chainlab::sim::rollup::{bold, classic, Fork};
    if !(a.hours.is_finite() && a.hours > 0.0 && a.hours <= 24.0 * 30.0) {
        return Err("--hours must be above 0 and at most 720".into());
    }
    let Some(fork) = Fork::parse(&a.fork) else {
        return Err(format!("--fork must be one of cancun, prague, bpo1, bpo2 (got {:?})", a.fork).into());
    };
    if a.attackers > 1000 {
        return Err("--attackers must be at most 1,000".into());
    }
    let protocol = a.dispute.unwrap_or(if a.arity == 2 { DisputeArg::Bold } else { DisputeArg::Classic });
    // The dispute game against --attackers malicious parties, all joining at block 1.
    let game = (a.attackers > 0).then(|| match protocol {
        DisputeArg::Bold => {
            let cfg = if a.reduced { bold::BoldConfig::reduced() } else { bold::BoldConfig::arbitrum_one() };
            let o = bold::play(&cfg, &bold::attackers_at(a.attackers, 1), a.seed);
            let csv = chainlab::sim::rollup::report::bold_moves_csv(&o);
            (serde_json::json!({ "protocol": "bold", "config": cfg, "outcome": o }), csv)
        }
        DisputeArg::Classic => {
            let cfg =
                if a.reduced { classic::ClassicConfig::reduced() } else { classic::ClassicConfig::arbitrum_one() };
            let o = classic::delay_attack(&cfg, a.attackers, a.seed);
            let csv = chainlab::sim::rollup::report::classic_rounds_csv(&o);
            (serde_json::json!({ "protocol": "classic", "config": cfg, "outcome": o }), csv)
        }
    });
    let validators = match a.validators {
        ValidatorsArg::Online => vec![Validator { online_from: Some(0) }],
        ValidatorsArg::Offline => vec![Validator { online_from: None }],
        ValidatorsArg::Late => vec![Validator { online_from: Some(a.late_block) }],
    };
    let params = RollupParams {
        tps: a.tps,
        traffic_seconds: (a.hours * 3600.0).round() as u64,
        fault: match a.fault {
            FaultArg::None => Fault::None,
            FaultArg::WrongRoot => Fault::WrongRoot { batch: a.fault_batch, mint: 1_000_000_000_000 },
        },
        validators,
        challenge_window: a.window,
        data_mode: match a.data {
            DataArg::Calldata => DataMode::Calldata,
            DataArg::Blobs => DataMode::Blobs,
            DataArg::Auto => DataMode::Auto,
        },
        arity: match a.dispute {
            Some(DisputeArg::Bold) => 2,
            Some(DisputeArg::Classic) => 40,
            None => a.arity,
        },
        fork,
        blob_demand: a.blob_demand,
        compression_quality: a.quality,
        max_delay: a.delay,
        gas_price_gwei: a.gas_price,
        blob_gas_price_gwei: a.blob_price,
        ..RollupParams::default()
    };
    let mut sim = RollupSim::new(params.clone(), a.seed)?;
    if let Some(path) = &a.sweep_svg {
        let mut points = Vec::new();
        for &tps in chainlab::sim::rollup::SWEEP_LOADS.iter() {
            points.push(chainlab::sim::rollup::load_point(&params, tps, a.seed)?);
        }
        let l1_tps = f64::from(params.l1_transfers_per_block) / 12.0;
        let style = chainlab::charts::ChartStyle::light();
        let doc = chainlab::charts::svg(900, 380, |root| {
            chainlab::charts::draw_load_sweep(root, &points, l1_tps, false, &style)
        })?;
        std::fs::write(path, doc)?;
    }
    sim.run_to_end();
    let b = sim.batches();
    let txs: u64 = b.iter().map(|b| u64::from(b.tx_count)).sum();
    let raw: u64 = b.iter().map(|b| b.raw_bytes).sum();
    let comp: u64 = b.iter().map(|b| b.compressed_bytes).sum();
    let cost: f64 = b.iter().map(|b| b.cost_gwei).sum();
    let summary = serde_json::json!({
        "transactions": txs,
        "batches": b.len(),
        "raw_bytes": raw,
        "compressed_bytes": comp,
        "ratio": raw as f64 / comp.max(1) as f64,
        "rollup_cost_per_tx_gwei": cost / txs.max(1) as f64,
        "l1_alone_cost_per_tx_gwei": 21_000.0 * params.gas_price_gwei,
        "l1_alone_backlog_at_end_of_traffic": sim.l1_alone_backlog(),
        "invalid_state_final": sim.invalid_finalised(),
        "l1_blocks": sim.block(),
        "fingerprint": format!("{:016x}", sim.fingerprint()),
    });
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.json {
        let doc = serde_json::json!({
            "params": params,
            "seed": a.seed,
            "batches": b,
            "assertions": sim.assertions(),
            "challenges": sim.challenges(),
            "events": sim.log(),
            "final_balances": sim.balances(),
            "summary": summary,
            "dispute_game": game.as_ref().map(|g| &g.0),
        });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
        return Ok(out.flush()?);
    }
    if a.csv {
        if let Some((_, csv)) = &game {
            out.write_all(csv.as_bytes())?;
        } else {
            out.write_all(chainlab::sim::rollup::report::batches_csv(b).as_bytes())?;
        }
        return Ok(out.flush()?);
    }
    writeln!(
        out,
        "{:>5} {:>7} {:>8} {:>7} {:>9} {:>8} {:>6} {:>10} {:>12} {:>12}",
        "batch", "block", "reason", "txs", "raw B", "Brotli B", "ratio", "L1 gas", "gwei/tx", "L1 alone"
    )?;
    for r in b {
        writeln!(
            out,
            "{:>5} {:>7} {:>8} {:>7} {:>9} {:>8} {:>6.2} {:>10} {:>12.1} {:>12.1}",
            r.index,
            r.posted_block,
            format!("{:?}", r.reason),
            r.tx_count,
            r.raw_bytes,
            r.compressed_bytes,
            r.ratio,
            r.l1_gas,
            r.cost_per_tx_gwei,
            r.l1_alone_cost_per_tx_gwei
        )?;
    }
    writeln!(out)?;
    for c in sim.challenges() {
        writeln!(
            out,
            "challenge of assertion {} (batch {}) by validator {} at block {}: {} VM steps, {} rounds ({}-way; binary {}, 40-way {}), disputed step {} ({} of transfer {}), winner {:?}",
            c.assertion,
            c.batch,
            c.challenger,
            c.opened_block,
            c.dispute.n_steps,
            c.dispute.rounds.len(),
            c.dispute.arity,
            c.binary_rounds,
            c.dissection40_rounds,
            c.dispute.step,
            c.proof.op,
            c.proof.transfer,
            c.winner
        )?;
        for (i, r) in c.dispute.rounds.iter().enumerate() {
            writeln!(
                out,
                "  round {:>2} (block {}): [{}, {}] -> [{}, {}]",
                i + 1,
                c.round_blocks[i],
                r.lo,
                r.hi,
                r.next_lo,
                r.next_hi
            )?;
        }
    }
    writeln!(out)?;
    for e in sim.log().iter().filter(|e| !matches!(e.kind, chainlab::sim::rollup::EventKind::BatchPosted)) {
        writeln!(out, "block {:>6}  {}", e.block, e.text)?;
    }
    if let Some((g, _)) = &game {
        let o = &g["outcome"];
        writeln!(
            out,
            "{} dispute against {} attacker(s): honest assertion confirmed at L1 block {}",
            g["protocol"].as_str().unwrap_or(""),
            a.attackers,
            o["assertion_confirmed"]
        )?;
    }
    writeln!(out)?;
    for (k, v) in summary.as_object().expect("an object") {
        writeln!(out, "{k}: {v}")?;
    }
    Ok(out.flush()?)
}

#[derive(clap::Args)]
struct ValidatorsCmdArgs {
    #[arg(long, default_value_t = 1_000)]
    validators: u32,
    #[arg(long, default_value_t = 40)]
    operators: u32,
    /// equal, powerlaw, delegation or real (Ethereum entities, Sept 2022).
    #[arg(long, default_value = "real")]
    distribution: String,
    /// Power law: operator i holds a share proportional to 1/i^alpha.
    #[arg(long)]
    alpha: Option<f64>,
    /// Delegation: the number of large operators and their combined share.
    #[arg(long)]
    big: Option<u32>,
    #[arg(long = "big-share")]
    big_share: Option<f64>,
    /// phase0, altair, bellatrix (Bellatrix to Deneb) or electra.
    #[arg(long, default_value = "electra")]
    fork: String,
    /// Chance of a validator being offline in an epoch, percent (random downtime).
    #[arg(long, default_value_t = 2.0)]
    downtime: f64,
    /// An outage: this share of the validators (0 to 1, e.g. 0.34) goes
    /// offline from --from on and stays offline (the inactivity leak).
    #[arg(long, value_name = "SHARE", conflicts_with = "partition")]
    offline: Option<f64>,
    /// A network partition: this share (0 to 1) is cut off from the rest
    /// from --from on; each side's chain sees the other as offline. Output
    /// has both chains (CSV: a `chain` column, a = the rest's, b = the share's).
    #[arg(long, value_name = "SHARE")]
    partition: Option<f64>,
    /// The outage's or partition's first epoch.
    #[arg(long, value_name = "EPOCH", default_value_t = 225)]
    from: u32,
    /// Expected lone slashings per 1,000 epochs.
    #[arg(long = "lone-slashings", default_value_t = 2)]
    lone_slashings: u32,
    #[arg(long, default_value_t = 6_000)]
    epochs: u32,
    /// stable, decline, collapse (99.99% in a week, as LUNA), or
    /// stablecoin:terra-may-2022 (the stablecoin simulation's LUNA price).
    #[arg(long, default_value = "stable")]
    price: String,
    /// Decline: the share of the price lost over the run.
    #[arg(long, default_value_t = 0.8)]
    depth: f64,
    #[arg(long = "start-price", default_value_t = 2_000.0)]
    start_price: f64,
    /// A typical validator's cost as a share of its income at the start.
    #[arg(long = "cost-share", default_value_t = 0.3)]
    cost_share: f64,
    /// Epochs at a loss before a validator asks to exit.
    #[arg(long, default_value_t = 225)]
    patience: u32,
    /// What-ifs, CODE@EPOCH comma-separated: r re-delegate the largest
    /// operator, m merge the two largest, s slash the largest.
    #[arg(long, default_value = "")]
    whatif: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Print every Nth epoch (the last always).
    #[arg(long, default_value_t = 225)]
    every: u32,
    /// JSON: {params, seed, epochs: [...], operators, fingerprint}.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV, one row per printed epoch.
    #[arg(long)]
    csv: bool,
    /// Also write a chart as SVG: lorenz (at the end), nakamoto, cost or active.
    #[arg(long, value_name = "FILE")]
    svg: Option<std::path::PathBuf>,
    #[arg(long, default_value = "nakamoto")]
    chart: String,
}

fn validators_params(
    a: &ValidatorsCmdArgs,
) -> Result<chainlab::sim::validators::ValidatorParams, Box<dyn std::error::Error>> {
    use chainlab::sim::validators::{Distribution, Fork, PriceSource, ValidatorParams, WhatIf};
    let mut distribution = Distribution::from_name(&a.distribution).ok_or_else(|| {
        format!("unknown distribution {:?}; valid: {}", a.distribution, Distribution::NAMES.join(", "))
    })?;
    match &mut distribution {
        Distribution::PowerLaw { alpha } => *alpha = a.alpha.unwrap_or(*alpha),
        Distribution::Delegation { big, big_share } => {
            *big = a.big.unwrap_or(*big);
            *big_share = a.big_share.unwrap_or(*big_share);
        }
        _ => {}
    }
    let fork = Fork::ALL
        .into_iter()
        .find(|f| f.name() == a.fork)
        .ok_or_else(|| format!("unknown fork {:?}; valid: phase0, altair, bellatrix, electra", a.fork))?;
    let price = match a.price.as_str() {
        "stable" => PriceSource::Stable,
        "decline" => PriceSource::Decline { depth: a.depth },
        "collapse" => PriceSource::Collapse,
        other => chainlab::sim::validators::price::named_path(other).ok_or_else(|| {
            format!("unknown price {other:?}; valid: stable, decline, collapse, stablecoin:terra-may-2022")
        })?,
    };
    if !(0.0..=100.0).contains(&a.downtime) {
        return Err("--downtime is a percentage, 0 to 100".into());
    }
    use chainlab::sim::validators::{Outage, OutageKind};
    let outage = match (a.offline, a.partition) {
        (Some(share), _) | (_, Some(share)) if !(share > 0.0 && share < 1.0) => {
            return Err(
                format!("--offline and --partition take a share between 0 and 1 (e.g. 0.34), not {share}").into()
            )
        }
        (Some(share), None) => {
            Some(Outage { kind: OutageKind::Offline, share_bp: (share * 10_000.0).round() as u32, from: a.from })
        }
        (None, Some(share)) => {
            Some(Outage { kind: OutageKind::Partition, share_bp: (share * 10_000.0).round() as u32, from: a.from })
        }
        _ => None,
    };
    Ok(ValidatorParams {
        validators: a.validators,
        operators: a.operators,
        distribution,
        fork,
        offline_bp: (a.downtime * 100.0).round() as u32,
        lone_slashings_per_1000: a.lone_slashings,
        epochs: a.epochs,
        price,
        start_price_usd: a.start_price,
        cost_share: a.cost_share,
        patience: a.patience,
        whatifs: WhatIf::parse_list(&a.whatif)?,
        outage,
    })
}

fn validators_cmd(a: ValidatorsCmdArgs) -> Result<(), Box<dyn std::error::Error>> {
    use chainlab::charts::validators::{draw_lorenz, draw_over_time, usd, Series};
    use chainlab::sim::validators::{ValidatorSim, THRESHOLD_LABELS};
    let params = validators_params(&a)?;
    let mut sim = ValidatorSim::new(params.clone(), a.seed)?;
    sim.run_to_end();
    let every = a.every.max(1);
    let pick = |h: &'_ [chainlab::sim::validators::EpochRecord]| -> Vec<chainlab::sim::validators::EpochRecord> {
        h.iter().filter(|r| r.epoch % every == 0 || r.epoch == params.epochs).cloned().collect()
    };
    let rows = pick(sim.history());
    // A partition's other chain (the cut-off share's own).
    let other_rows = sim.other_side().map(|o| pick(o.history()));
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.json {
        let ops: Vec<_> = sim
            .operators()
            .iter()
            .zip(sim.operator_stake())
            .filter(|(o, _)| o.live)
            .map(|(o, s)| serde_json::json!({ "name": o.name, "active_stake_eth": *s as f64 / 1e9 }))
            .collect();
        let doc = serde_json::json!({
            "seed": a.seed,
            "params": params,
            "thresholds": THRESHOLD_LABELS,
            "epochs": rows,
            "other_chain": other_rows.as_ref().map(|r| serde_json::json!({ "chain": "b", "epochs": r })),
            "operators_at_end": ops,
            "fingerprint": format!("{:016x}", sim.fingerprint()),
        });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
    } else if a.csv {
        let header = chainlab::sim::validators::EpochRecord::CSV_HEADER;
        match &other_rows {
            None => {
                writeln!(out, "{header}")?;
                for r in &rows {
                    writeln!(out, "{}", r.csv_row())?;
                }
            }
            Some(other) => {
                writeln!(out, "chain,{header}")?;
                for (chain, list) in [("a", &rows), ("b", other)] {
                    for r in list {
                        writeln!(out, "{chain},{}", r.csv_row())?;
                    }
                }
            }
        }
    } else {
        writeln!(
            out,
            "{} validators, {} operators ({}), {} rules, price {}, seed {}",
            params.validators,
            params.operators,
            params.distribution.label(),
            params.fork.label(),
            params.price.name(),
            a.seed
        )?;
        writeln!(out, "Nakamoto coefficient N at 33.4% / 50% / 66.7% of active stake; cost of attack = that share of active stake x price")?;
        writeln!(
            out,
            "Finality: the last finalised epoch, the finality delay (epochs) and the target votes' share of active stake (2/3 justifies);{}",
            if params.outage.is_some() { " off/on: a cut-off and an online validator's balance (ETH) and inactivity score" } else { "" }
        )?;
        let chains: Vec<(&str, &Vec<chainlab::sim::validators::EpochRecord>)> = match &other_rows {
            None => vec![("", &rows)],
            Some(o) => vec![
                ("chain a (the rest's; the cut-off share is offline on it)", &rows),
                ("chain b (the cut-off share's own; the rest is offline on it)", o),
            ],
        };
        for (title, list) in chains {
            if !title.is_empty() {
                writeln!(out, "{title}")?;
            }
            writeln!(
                out,
                "{:>6} {:>5} {:>12} {:>7} {:>10} {:>6} {:>7} {:>7} {:>11} {:>5} {:>10} {:>10} {:>10} {:>6} {:>5} {:>6}{}",
                "epoch",
                "day",
                "price",
                "active",
                "stake ETH",
                "queue",
                "slashed",
                "exited",
                "N 33/50/67",
                "gini",
                "cost 33%",
                "cost 50%",
                "cost 67%",
                "final",
                "delay",
                "votes",
                if params.outage.is_some() { format!(" {:>16} {:>16}", "off ETH/score", "on ETH/score") } else { String::new() }
            )?;
            for r in list.iter() {
                let watch = |w: Option<chainlab::sim::validators::Watched>| {
                    w.map(|w| format!("{:.3}/{}", w.balance_eth, w.inactivity_score)).unwrap_or_default()
                };
                writeln!(
                    out,
                    "{:>6} {:>5.1} {:>12} {:>7} {:>10.0} {:>6} {:>7} {:>7} {:>11} {:>5.2} {:>10} {:>10} {:>10} {:>6} {:>5} {:>5.1}%{}",
                    r.epoch,
                    f64::from(r.epoch) / 225.0,
                    format!("${:.4}", r.price_usd),
                    r.active_validators,
                    r.active_stake_eth,
                    r.exiting,
                    r.slashed_total,
                    r.exited_total,
                    format!("{}/{}/{}", r.nakamoto[0], r.nakamoto[1], r.nakamoto[2]),
                    r.gini,
                    usd(r.cost_of_attack_usd[0]),
                    usd(r.cost_of_attack_usd[1]),
                    usd(r.cost_of_attack_usd[2]),
                    r.finalized_epoch,
                    r.finality_delay,
                    r.target_share() * 100.0,
                    if params.outage.is_some() { format!(" {:>16} {:>16}", watch(r.offline_watch), watch(r.online_watch)) } else { String::new() }
                )?;
            }
        }
        writeln!(out, "fingerprint {:016x}", sim.fingerprint())?;
    }
    if let Some(path) = &a.svg {
        let style = ChartStyle::light();
        let doc = if a.chart == "lorenz" {
            let g = sim.history().last().map(|r| r.gini).unwrap_or(0.0);
            charts::svg(600, 450, |root| draw_lorenz(root, &sim.lorenz(), g, &style))?
        } else {
            let series = Series::ALL
                .into_iter()
                .find(|s| s.name() == a.chart)
                .ok_or_else(|| format!("unknown chart {:?}; valid: lorenz, nakamoto, cost, active", a.chart))?;
            charts::svg(800, 400, |root| draw_over_time(root, sim.history(), params.epochs, series, &style))?
        };
        std::fs::write(path, doc)?;
    }
    Ok(out.flush()?)
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// One subcommand per simulation of the registry, by its name, in its order.
    #[test]
    fn subcommands_are_the_registry() {
        let cli = Cli::command();
        let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
        let mut want = chainlab::registry::NAMES.to_vec();
        let mut got = names.clone();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want, "chainlab's subcommands {names:?}");
    }
}
