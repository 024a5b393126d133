//! `chainlab validators`: a proof-of-stake validator set over epochs,
//! by Ethereum's rules.

use chainlab::charts::{self, ChartStyle};
use std::io::{self, Write};

crate::subcommand! {
    /// Proof-of-stake validators (Ethereum rules): stake, rewards,
    /// slashing, exits through the churn queue, concentration, and the
    /// cascade when the staked token's price falls.
    ///
    /// Prints, per epoch (every --every epochs), the price, active
    /// validators and stake, those leaving, slashings and exits, the
    /// Nakamoto coefficients at 33.4%, 50% and 66.7% and the cost of
    /// attack at each threshold (that share of active stake times the price).
    "validators", ValidatorsCmdArgs, validators_cmd
}

#[derive(clap::Args)]
pub(crate) struct ValidatorsCmdArgs {
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

pub(crate) fn validators_params(
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

pub(crate) fn validators_cmd(a: ValidatorsCmdArgs) -> Result<(), Box<dyn std::error::Error>> {
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
