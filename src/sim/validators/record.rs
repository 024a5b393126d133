//! What the run records each epoch (moved from `validators.rs`): the
//! epoch's numbers, the two followed validators, and a snapshot.

use super::*;

/// One epoch's numbers: what the charts and the CLI show.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EpochRecord {
    pub epoch: u32,
    pub price_usd: f64,
    pub active_validators: u32,
    /// Active effective balance, ETH.
    pub active_stake_eth: f64,
    /// Active but leaving.
    pub exiting: u32,
    pub slashed_this_epoch: u32,
    pub exits_this_epoch: u32,
    pub slashed_total: u32,
    pub exited_total: u32,
    /// Operators with active stake.
    pub operators: u32,
    /// At 33.4%, 50% and 66.7%.
    pub nakamoto: [u32; 3],
    pub gini: f64,
    /// The stake an attacker must control for each threshold, in USD.
    pub cost_of_attack_usd: [f64; 3],
    /// Share of active validators that attested.
    pub participation: f64,
    /// Rewards paid this epoch per active ETH (gwei).
    pub reward_gwei_per_eth: f64,
    /// Casper FFG after this epoch's `weigh_justification_and_finalization`:
    /// the current justified and the finalised checkpoints' epochs.
    pub justified_epoch: u32,
    pub finalized_epoch: u32,
    /// The finalised checkpoint's chain: 0 the common one, 1 and 2 a partition's sides.
    pub finalized_branch: u8,
    /// `justification_bits`, bit 0 the epoch just processed.
    pub justification_bits: u8,
    /// `get_finality_delay` at this epoch's processing: epochs since the
    /// finalised checkpoint, counted from the previous epoch.
    pub finality_delay: u32,
    /// `is_in_inactivity_leak`: finality delay above 4.
    pub in_leak: bool,
    /// Gwei: the total active balance, and the previous and this epoch's
    /// target-attesting (unslashed) effective balance the 2/3 rule weighs.
    pub total_active_gwei: u64,
    pub previous_target_gwei: u64,
    pub current_target_gwei: u64,
    /// Two validators to follow through an outage: one cut off, one online
    /// (on this chain). None without an outage.
    pub offline_watch: Option<Watched>,
    pub online_watch: Option<Watched>,
    /// Sum of all inactivity scores.
    pub inactivity_score_sum: u64,
}

/// One followed validator's state after an epoch.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Watched {
    pub index: u32,
    pub balance_eth: f64,
    pub effective_eth: f64,
    pub inactivity_score: u64,
    pub active: bool,
}

impl EpochRecord {
    /// This epoch's target-attesting share of the total active balance.
    pub fn target_share(&self) -> f64 {
        self.current_target_gwei as f64 / self.total_active_gwei.max(1) as f64
    }
    /// Whether the checkpoint of the epoch just processed was justified.
    pub fn justified_now(&self) -> bool {
        self.justification_bits & 1 == 1
    }

    /// The CSV columns of [`EpochRecord::csv_row`] (the CLI's `--csv` and
    /// the page's export write the same file).
    pub const CSV_HEADER: &'static str = "epoch,price_usd,active_validators,active_stake_eth,exiting,slashed_this_epoch,exits_this_epoch,slashed_total,exited_total,operators,nakamoto_33_4,nakamoto_50,nakamoto_66_7,gini,cost_of_attack_33_4_usd,cost_of_attack_50_usd,cost_of_attack_66_7_usd,participation,justified_epoch,finalized_epoch,finalized_branch,justification_bits,finality_delay,in_leak,target_share,offline_balance_eth,offline_score,online_balance_eth,online_score,inactivity_score_sum";

    /// One CSV row, without the line break.
    pub fn csv_row(&self) -> String {
        let watch = |w: Option<Watched>| {
            w.map(|w| (format!("{:.9}", w.balance_eth), w.inactivity_score.to_string())).unwrap_or_default()
        };
        let (off_b, off_s) = watch(self.offline_watch);
        let (on_b, on_s) = watch(self.online_watch);
        format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{:.4},{:.2},{:.2},{:.2},{:.4},{},{},{},{:04b},{},{},{:.6},{off_b},{off_s},{on_b},{on_s},{}",
            self.epoch,
            self.price_usd,
            self.active_validators,
            self.active_stake_eth,
            self.exiting,
            self.slashed_this_epoch,
            self.exits_this_epoch,
            self.slashed_total,
            self.exited_total,
            self.operators,
            self.nakamoto[0],
            self.nakamoto[1],
            self.nakamoto[2],
            self.gini,
            self.cost_of_attack_usd[0],
            self.cost_of_attack_usd[1],
            self.cost_of_attack_usd[2],
            self.participation,
            self.justified_epoch,
            self.finalized_epoch,
            self.finalized_branch,
            self.justification_bits,
            self.finality_delay,
            u8::from(self.in_leak),
            self.target_share(),
            self.inactivity_score_sum
        )
    }
}

/// What a view reads after a step.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    pub epoch: u32,
    pub record: EpochRecord,
    /// Validators slashed and validators that left the active set this epoch.
    pub slashed_now: Vec<u32>,
    pub exited_now: Vec<u32>,
    pub proposers: Vec<u32>,
}
