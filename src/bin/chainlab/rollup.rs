//! `chainlab rollup`: an optimistic-rollup run, its batches, assertions
//! and challenges, or one dispute game on its own.

use chainlab::sim::rollup::{DataMode, Fault, RollupParams, RollupSim, Validator};
use clap::ValueEnum;
use std::io::{self, Write};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum FaultArg {
    None,
    WrongRoot,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ValidatorsArg {
    Online,
    Offline,
    Late,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DataArg {
    Calldata,
    Blobs,
    /// The poster picks the cheaper per byte, as Nitro's does.
    Auto,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DisputeArg {
    /// BoLD (Arbitrum One since February 2025): all-vs-all, bounded time.
    Bold,
    /// Classic Nitro: 1-vs-1 40-way challenges, one after another.
    Classic,
}

crate::subcommand! {
    /// Arbitrum-style optimistic rollup: batches, assertions, challenges.
    ///
    /// Runs the traffic for --hours, then until every assertion is final or
    /// rolled back. Prints each batch (transactions, raw and Brotli bytes,
    /// ratio, L1 gas and cost per transaction against L1 alone), each
    /// assertion and each challenge with its bisection.
    "rollup", RollupArgs, rollup
}

#[derive(clap::Args)]
pub(crate) struct RollupArgs {
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

pub(crate) fn rollup(a: RollupArgs) -> Result<(), Box<dyn std::error::Error>> {
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
