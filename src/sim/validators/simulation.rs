//! The validators model through the one interface ([`Simulation`]): its
//! narration, its report and its data files (the per-epoch series as CSV
//! and JSON, and the event log).

use super::{
    Distribution, EpochRecord, ExitReason, RuleError, ValidatorParams, ValidatorSim, WhatIfKind, EPOCHS_PER_DAY,
};
use crate::i18n::num;
use crate::sim::simulation::{delegate_to_model, DataFile, Simulation};
use std::collections::BTreeMap;

/// A dollar amount as it is read aloud: `$2.1 billion`, `$21.4 million`,
/// `$12,345`, `$0.42`.
pub fn usd_words(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        crate::t!("validators-usd-billion", v = num(v / 1e9, 1))
    } else if a >= 1e6 {
        crate::t!("validators-usd-million", v = num(v / 1e6, 1))
    } else if a >= 100.0 {
        crate::t!("validators-usd", v = num(v.round(), 0))
    } else if a >= 1.0 {
        crate::t!("validators-usd", v = num(v, 2))
    } else {
        crate::t!("validators-usd", v = num(v, 4))
    }
}

/// The share of stake a Nakamoto coefficient is stated at, `THRESHOLDS[k]`,
/// in the reader's language ("33.4%").
pub fn threshold_label(k: usize) -> String {
    let pct = super::THRESHOLDS[k] * 100.0;
    let digits = if (pct - pct.round()).abs() < 1e-9 { 0 } else { 1 };
    crate::t!("validators-pct", p = crate::i18n::num(pct, digits))
}

/// A what-if's name, as its button shows it.
pub fn whatif_label(kind: WhatIfKind) -> String {
    match kind {
        WhatIfKind::Redelegate => crate::t!("validators-whatif-redelegate"),
        WhatIfKind::Merge => crate::t!("validators-whatif-merge"),
        WhatIfKind::SlashLargest => crate::t!("validators-whatif-slash"),
    }
}

fn day(epoch: u32) -> f64 {
    f64::from(epoch) / f64::from(EPOCHS_PER_DAY)
}

/// Validators that entered the exit queue in the step that led to `r`
/// (slashed ones included): the queue's growth plus those that left it.
fn entered_queue(prev: &EpochRecord, r: &EpochRecord) -> u32 {
    (r.exiting + r.exits_this_epoch).saturating_sub(prev.exiting)
}

/// What the page says to a screen reader and to an embedding page: what
/// the last epoch changed, then where the set stands.
pub fn narration(sim: &ValidatorSim) -> String {
    let h = sim.history();
    let r = h.last().expect("genesis record");
    let mut changed = Vec::new();
    for w in sim.params().whatifs.iter().filter(|w| w.epoch + 1 == r.epoch) {
        changed.push(crate::t!("validators-n-whatif", name = whatif_label(w.kind)));
    }
    if r.slashed_this_epoch > 0 {
        changed.push(crate::t!("validators-n-slashed", n = r.slashed_this_epoch));
    }
    if let Some(prev) = h.len().checked_sub(2).map(|i| &h[i]) {
        let queued = entered_queue(prev, r).saturating_sub(r.slashed_this_epoch);
        if queued > 0 {
            changed.push(crate::t!("validators-n-asked-to-exit", n = queued));
        }
    }
    if r.exits_this_epoch > 0 {
        changed.push(crate::t!("validators-n-left", n = r.exits_this_epoch));
    }
    let nc_was = h.len().checked_sub(2).map(|i| h[i].nakamoto[0]).filter(|&n| n != r.nakamoto[0]);
    let finality = crate::sim::validators::story::status(r);
    // "Epoch 226 (day 1.0): what-if “Slash the largest”, 310 slashed. 1,000 validators active, ..."
    let what = if changed.is_empty() {
        String::new()
    } else {
        crate::t!("validators-n-what", list = changed.join(&crate::t!("validators-n-sep")))
    };
    let stand = crate::t!(
        "validators-n-stand",
        active = r.active_validators,
        exiting = r.exiting,
        slashed = r.slashed_total,
        nc = r.nakamoto[0].to_string(),
        share = threshold_label(0),
        was = nc_was.map(|n| crate::t!("validators-n-was", n = n.to_string())).unwrap_or_default(),
        cost = usd_words(r.cost_of_attack_usd[0]),
        price = usd_words(r.price_usd),
    );
    let finality = if finality.is_empty() { String::new() } else { crate::t!("validators-n-finality", status = finality) };
    crate::t!(
        "validators-n-line",
        epoch = r.epoch.to_string(),
        day = num(day(r.epoch), 1),
        what = what,
        stand = stand,
        finality = finality
    )
}

fn reason(r: Option<ExitReason>) -> String {
    match r {
        Some(ExitReason::Slashed) => crate::t!("validators-log-reason-slashed"),
        Some(ExitReason::Ejected) => crate::t!("validators-log-reason-ejected"),
        Some(ExitReason::Unprofitable) => crate::t!("validators-log-reason-unprofitable"),
        None => crate::t!("validators-log-reason-none"),
    }
}

/// A stake distribution's name in the reader's language.
pub fn distribution_label(d: Distribution) -> String {
    match d {
        Distribution::Equal => crate::t!("validators-dist-equal"),
        Distribution::PowerLaw { .. } => crate::t!("validators-dist-powerlaw"),
        Distribution::Delegation { .. } => crate::t!("validators-dist-delegation"),
        Distribution::RealShares => crate::t!("validators-dist-real"),
    }
}

fn counts(m: &BTreeMap<String, u32>) -> String {
    // Largest group first, then by name.
    let mut v: Vec<(&String, &u32)> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(&crate::t!("validators-n-sep"))
}

/// The event log: every epoch in which something happened (what-ifs,
/// slashings by operator, validators entering the exit queue, exits by
/// reason), then where the run stands now.
pub fn log(sim: &ValidatorSim) -> String {
    let h = sim.history();
    let now = u64::from(sim.epoch());
    // Slashings and exits, by the epoch whose record shows them.
    let mut slashed: BTreeMap<u32, BTreeMap<String, u32>> = BTreeMap::new();
    let mut exited: BTreeMap<u32, BTreeMap<String, u32>> = BTreeMap::new();
    let ops = sim.operators();
    for (i, v) in sim.validators().iter().enumerate() {
        if let Some(e) = sim.slashed_at(i) {
            // The step in epoch e shows in the record of epoch e + 1.
            let at = e + 1;
            *slashed.entry(at as u32).or_default().entry(ops[v.operator as usize].name.clone()).or_default() += 1;
        }
        if v.exit_epoch <= now {
            *exited.entry(v.exit_epoch as u32).or_default().entry(reason(v.exit_reason)).or_default() += 1;
        }
    }
    let p = sim.params();
    let mut out = crate::t!(
        "validators-log-head",
        validators = p.validators,
        operators = p.operators.to_string(),
        distribution = distribution_label(p.distribution),
        fork = p.fork.label(),
        price = p.price.name(),
        seed = sim.seed().to_string()
    );
    out.push('\n');
    let nc = |r: &EpochRecord| r.nakamoto.map(|n| n.to_string()).join(" / ");
    if let Some(r) = h.first() {
        out.push_str(&crate::t!(
            "validators-log-start",
            active = r.active_validators,
            nc = nc(r),
            shares = (0..3).map(threshold_label).collect::<Vec<_>>().join(" / ")
        ));
        out.push('\n');
    }
    for pair in h.windows(2) {
        let (prev, r) = (&pair[0], &pair[1]);
        let mut parts = Vec::new();
        for w in p.whatifs.iter().filter(|w| w.epoch + 1 == r.epoch) {
            parts.push(crate::t!("validators-n-whatif", name = whatif_label(w.kind)));
        }
        if let Some(m) = slashed.get(&r.epoch) {
            parts.push(crate::t!("validators-log-slashed", n = r.slashed_this_epoch.to_string(), who = counts(m)));
        }
        let queued = entered_queue(prev, r).saturating_sub(r.slashed_this_epoch);
        if queued > 0 {
            parts.push(crate::t!("validators-log-asked-to-exit", n = queued.to_string()));
        }
        if let Some(m) = exited.get(&r.epoch) {
            parts.push(crate::t!("validators-log-left", n = r.exits_this_epoch.to_string(), why = counts(m)));
        }
        if prev.nakamoto != r.nakamoto {
            parts.push(crate::t!("validators-log-nakamoto", nc = nc(r), was = nc(prev)));
        }
        if !parts.is_empty() {
            out.push_str(&crate::t!(
                "validators-log-epoch",
                epoch = r.epoch.to_string(),
                day = num(day(r.epoch), 1),
                parts = parts.join(&crate::t!("validators-log-sep"))
            ));
            out.push('\n');
        }
    }
    out.push_str(&narration(sim));
    out.push('\n');
    out
}

/// The per-epoch series, one row per epoch (the CLI's `--csv` columns).
pub fn series_csv(history: &[EpochRecord]) -> String {
    let mut out = String::from(EpochRecord::CSV_HEADER);
    out.push('\n');
    for r in history {
        out.push_str(&r.csv_row());
        out.push('\n');
    }
    out
}

impl Simulation for ValidatorSim {
    delegate_to_model!(ValidatorSim, params: ValidatorParams, error: RuleError, url: crate::query::validators::ValidatorsState,
        steps: epoch, unit: |_| "epoch", narration: narration);

    fn report(&self) -> Vec<(&'static str, String)> {
        let r = self.history().last().expect("genesis record");
        vec![
            ("epoch", r.epoch.to_string()),
            ("active_validators", r.active_validators.to_string()),
            ("exiting", r.exiting.to_string()),
            ("slashed", r.slashed_total.to_string()),
            ("exited", r.exited_total.to_string()),
            ("nakamoto_334", r.nakamoto[0].to_string()),
            ("gini", format!("{:.4}", r.gini)),
            ("finalized_epoch", r.finalized_epoch.to_string()),
        ]
    }
    /// The per-epoch series (CSV, JSON; the other chain's in a partition)
    /// and the log.
    fn data(&self) -> Result<Vec<DataFile>, String> {
        let h = self.history();
        let mut files = vec![DataFile::csv("epochs.csv", series_csv(h)), DataFile::json_pretty("epochs.json", h)?];
        if let Some(o) = self.other_side() {
            files.push(DataFile::csv("epochs-chain-b.csv", series_csv(o.history())));
        }
        files.push(DataFile::text("log.txt", log(self)));
        Ok(files)
    }
    fn approx_bytes(&self) -> usize {
        let own = std::mem::size_of_val(self.validators())
            + std::mem::size_of_val(self.history())
            + std::mem::size_of_val(self.prices())
            + self.operators().len() * 48;
        // A partition carries its other chain.
        own + self.other_side().map(Simulation::approx_bytes).unwrap_or(0)
    }
}
