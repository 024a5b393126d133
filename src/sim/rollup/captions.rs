//! The sentences the rollup page states about disputes and L1 costs, built
//! from the model's numbers (pure, so tests check every figure against the
//! model natively). The words are in `www/i18n/<lang>/rollup.ftl`; natively
//! they are English.

use super::bold::{BoldConfig, BoldOutcome};
use super::classic::DelayPoint;
use super::l1fee::Fork;
use super::params::{DataMode, RollupParams, L1_BLOCK_TIME};

/// Days, one decimal, for `blocks` L1 blocks (in the reader's language).
pub fn days(blocks: u64) -> String {
    crate::i18n::number((blocks * L1_BLOCK_TIME) as f64 / 86_400.0, 1)
}

/// A span of seconds as read, in the reader's language: "2 d 3 h",
/// "1 h 05 min", "4 min 09 s", "12 s" (as `crate::format::span` in English).
pub fn span(secs: u64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    if d > 0 {
        crate::t!("rollup-span-dh", d = d, h = h)
    } else if h > 0 {
        crate::t!("rollup-span-hm", h = h, m = format!("{m:02}"))
    } else if m > 0 {
        crate::t!("rollup-span-ms", m = m, s = format!("{:02}", secs % 60))
    } else {
        crate::t!("rollup-span-s", s = secs)
    }
}

/// Why BoLD and classic Nitro take the rounds they do on `n` steps.
pub fn rounds_why(n: u64, bold: u32, classic: u32) -> String {
    let padded = n.max(1).next_power_of_two();
    crate::t!("rollup-rounds-why", n = n, h = bold.to_string(), padded = padded, classic = classic.to_string())
}

/// A BoLD level's name ("block", "big step", "small step") in the reader's language.
pub fn level_name(name: &str) -> String {
    match name {
        "block" => crate::t!("rollup-level-block"),
        "big step" => crate::t!("rollup-level-big-step"),
        "small step" => crate::t!("rollup-level-small-step"),
        other => other.to_string(),
    }
}

/// "2^26 blocks, 2^19 big steps, 2^23 small steps".
pub fn heights(cfg: &BoldConfig) -> String {
    cfg.levels
        .iter()
        .map(|l| match l.name {
            "block" => crate::t!("rollup-heights-block", log2 = l.log2.to_string()),
            "big step" => crate::t!("rollup-heights-big-step", log2 = l.log2.to_string()),
            "small step" => crate::t!("rollup-heights-small-step", log2 = l.log2.to_string()),
            other => format!("2^{} {other}s", l.log2),
        })
        .collect::<Vec<_>>()
        .join(&crate::t!("rollup-heights-sep"))
}

/// The BoLD game's outcome in one paragraph.
pub fn bold_summary(cfg: &BoldConfig, o: &BoldOutcome) -> String {
    if o.attackers == 0 {
        return crate::t!("rollup-bold-none", block = o.assertion_confirmed, days = days(o.assertion_confirmed));
    }
    crate::t!(
        "rollup-bold-summary",
        attackers = crate::t!("rollup-bold-attackers-post", n = o.attackers),
        stake = cfg.assertion_stake_eth,
        heights = heights(cfg),
        moves = o.moves.len(),
        edges = o.edges,
        honest_edges = o.honest_edges,
        proofs = crate::t!("rollup-bold-proofs", n = o.one_step_proofs),
        period = cfg.challenge_period,
        edge_block = o.edge_confirmed,
        grace = cfg.grace_period,
        block = o.assertion_confirmed,
        days = days(o.assertion_confirmed),
        bound = o.time_bound,
        honest_stake = o.honest_stake_eth,
        malicious_stake = o.malicious_stake_eth
    )
}

/// The delay chart's point for `n` attackers in words.
pub fn delay_summary(curve: &[DelayPoint], n: u32) -> String {
    let Some(p) = curve.iter().find(|p| p.attackers == n) else {
        return String::new();
    };
    crate::t!(
        "rollup-delay-summary",
        with = crate::t!("rollup-delay-with", n = n),
        classic_days = days(p.classic_blocks),
        classic_block = p.classic_blocks,
        bold_days = days(p.bold_blocks),
        bold_block = p.bold_blocks
    )
}

/// Which dispute protocol and fork a run uses.
pub fn run_setup(p: &RollupParams) -> String {
    let protocol = if p.arity == 2 {
        crate::t!("rollup-setup-bold")
    } else {
        crate::t!("rollup-setup-classic", arity = p.arity.to_string())
    };
    let data = match p.data_mode {
        DataMode::Calldata => "calldata".to_string(),
        DataMode::Blobs => "blobs".to_string(),
        DataMode::Auto => crate::t!("rollup-setup-data-auto"),
    };
    let f = p.fork;
    let calldata = if f.calldata_floor() {
        crate::t!("rollup-setup-calldata-floor")
    } else {
        crate::t!("rollup-setup-calldata-old")
    };
    let args = (f.name(), f.since(), f.target_blobs(), f.max_blobs());
    let text = crate::t!(
        "rollup-setup",
        protocol = protocol,
        fork = args.0,
        since = args.1,
        target = args.2,
        max = args.3,
        fraction = f.update_fraction(),
        calldata = calldata,
        data = data
    );
    if f == Fork::TODAY {
        format!("{text} {}", crate::t!("rollup-setup-today"))
    } else {
        text
    }
}
