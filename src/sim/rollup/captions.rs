//! The sentences the rollup page states about disputes and L1 costs, built
//! from the model's numbers (pure, so tests check every figure against the
//! model natively).

use super::bold::{BoldConfig, BoldOutcome};
use super::classic::DelayPoint;
use super::l1fee::Fork;
use super::params::{DataMode, RollupParams, L1_BLOCK_TIME};
use crate::format::thousands;

/// Days, one decimal, for `blocks` L1 blocks.
pub fn days(blocks: u64) -> String {
    format!("{:.1}", (blocks * L1_BLOCK_TIME) as f64 / 86_400.0)
}

/// Why BoLD and classic Nitro take the rounds they do on `n` steps.
pub fn rounds_why(n: u64, bold: u32, classic: u32) -> String {
    let padded = n.max(1).next_power_of_two();
    format!(
        "BoLD pads the {}-step history to 2^{bold} = {} leaves and splits at mandatoryBisectionHeight, so every game takes exactly {bold} rounds. Classic Nitro cuts a range into 40 parts of floor(len/40) steps, the last taking the remainder, and stops when the range is one step: here {classic}.",
        thousands(n),
        thousands(padded)
    )
}

/// "2^26 blocks, 2^19 big steps, 2^23 small steps".
pub fn heights(cfg: &BoldConfig) -> String {
    cfg.levels.iter().map(|l| format!("2^{} {}s", l.log2, l.name)).collect::<Vec<_>>().join(", ")
}

/// The BoLD game's outcome in one paragraph.
pub fn bold_summary(cfg: &BoldConfig, o: &BoldOutcome) -> String {
    if o.attackers == 0 {
        return format!(
            "No attacker: nobody rivals the honest assertion, so it is confirmed after the confirm period, at block {} ({} days).",
            thousands(o.assertion_confirmed),
            days(o.assertion_confirmed)
        );
    }
    format!(
        "{} attacker{} post rival assertions at block 1 ({} ETH each) and edges over {}. After {} moves ({} edges, {} by the honest side) and {} one-step proof{}, the honest edge's cumulative timer reaches the {}-block challenge period at block {}; after the {}-block grace period the honest assertion is confirmed at block {} ({} days; this run's bound, with the honest assertion first and every move made at once: {}). Stakes: honest {} ETH (returned), attackers {} ETH (lost).",
        o.attackers,
        if o.attackers == 1 { "" } else { "s" },
        thousands(cfg.assertion_stake_eth),
        heights(cfg),
        thousands(o.moves.len() as u64),
        thousands(u64::from(o.edges)),
        thousands(u64::from(o.honest_edges)),
        o.one_step_proofs,
        if o.one_step_proofs == 1 { "" } else { "s" },
        thousands(cfg.challenge_period),
        thousands(o.edge_confirmed),
        thousands(cfg.grace_period),
        thousands(o.assertion_confirmed),
        days(o.assertion_confirmed),
        thousands(o.time_bound),
        thousands(o.honest_stake_eth),
        thousands(o.malicious_stake_eth)
    )
}

/// The delay chart's point for `n` attackers in words.
pub fn delay_summary(curve: &[DelayPoint], n: u32) -> String {
    let Some(p) = curve.iter().find(|p| p.attackers == n) else {
        return String::new();
    };
    format!(
        "With {n} attacker{}: classic Nitro confirms the honest assertion after {} days (block {}), one challenge after another; BoLD after {} days (block {}), however many attackers join.",
        if n == 1 { "" } else { "s" },
        days(p.classic_blocks),
        thousands(p.classic_blocks),
        days(p.bold_blocks),
        thousands(p.bold_blocks)
    )
}

/// Which dispute protocol and fork a run uses.
pub fn run_setup(p: &RollupParams) -> String {
    let protocol = if p.arity == 2 {
        "BoLD (Arbitrum One since February 2025): bisection at mandatoryBisectionHeight over a history padded to a power of two".to_string()
    } else {
        format!("classic Nitro ({}-way dissection per extractChallengeSegment, 1-vs-1)", p.arity)
    };
    let data = match p.data_mode {
        DataMode::Calldata => "calldata",
        DataMode::Blobs => "blobs",
        DataMode::Auto => "calldata or blobs, whichever costs less per byte (as Nitro's poster)",
    };
    let f = p.fork;
    format!(
        "This run: disputes by {protocol}; L1 data costs of {} (since {}): {} target / {} max blobs a block, blob base fee update fraction {}, {}; data posted as {data}.",
        f.name(),
        f.since(),
        f.target_blobs(),
        f.max_blobs(),
        thousands(f.update_fraction()),
        if f.calldata_floor() { "calldata at least 10 gas a token (EIP-7623)" } else { "calldata at 16/4 gas a byte (before EIP-7623)" }
    ) + if f == Fork::TODAY { " This is the fork in force today." } else { "" }
}
