//! Proof-of-stake validators, by Ethereum's consensus rules: stake,
//! stake-weighted proposers, attestation rewards and downtime penalties,
//! slashing (initial penalty, correlation penalty, ejection, the exit
//! queue's churn limit), Casper FFG finality and the inactivity leak
//! ([`finality`]), outages and network partitions, concentration over operators (Nakamoto
//! coefficient, Lorenz curve, Gini), the cost of attack, and the cascade
//! when the staked token's price collapses.
//!
//! One [`ValidatorSim::step`] is one epoch (32 slots, 6.4 minutes). In it,
//! in this order:
//! 1. what-ifs due this epoch, then a lone slashing with the configured
//!    chance (a random active validator's double vote);
//! 2. each active, unslashed validator is online with `1 - offline` and
//!    then attests timely to source, target and head; from an outage's
//!    first epoch its group (or, on a partition's other chain, everyone
//!    else) is offline;
//! 3. Casper FFG (`weigh_justification_and_finalization`) over the
//!    previous and this epoch's target-attesting effective balance, the
//!    finality delay and whether the chain leaks; then the inactivity
//!    scores (`process_inactivity_updates`) and Altair rewards (`specs/altair/beacon-chain.md`,
//!    `get_base_reward`, `get_flag_index_deltas`): base reward per
//!    increment `EFFECTIVE_BALANCE_INCREMENT * 64 // integer_squareroot(total
//!    active balance)`; a timely attester earns `base * weight *
//!    participating_increments // (active_increments * 64)` per flag
//!    (weights 14, 26, 14); an absent or slashed one loses `base * weight //
//!    64` for source and target (none for head). Each of the 32 slots gets a
//!    proposer drawn by stake (`compute_proposer_index`'s rejection
//!    sampling), who earns its slot's share of `sum(base * 54) // 448`
//!    (`PROPOSER_WEIGHT` 8 of 64) if online. During a leak attesters earn
//!    nothing (proposers still do), and everyone who missed the target
//!    also pays `effective_balance * score // (4 * 2^24)`;
//! 4. `process_slashings` (the correlation penalty) for validators 4,096
//!    epochs after their slashing, the effective-balance update with
//!    hysteresis, ejection at 16 ETH effective balance, and exits through
//!    the churn-limited queue ([`slashing`]);
//! 5. the cascade's decision: a validator whose income (the previous
//!    epoch's average reward per effective-balance increment, proposers'
//!    included, times its increments, at the token's USD price this epoch)
//!    stays below its running cost for `patience` epochs asks to exit; the
//!    queue decides when it leaves.
//!
//! Simplifications (also in the page's explanation): every validator
//! starts active with 32 ETH and 0x01 credentials (no deposits, no
//! compounding, no withdrawals of rewards); one attestation per validator
//! per epoch, all three flags together, settled in the epoch's own
//! transition (the spec settles them one epoch later, so the model's
//! finality runs one epoch ahead of the chain's); no sync committee (its
//! 2/64 of rewards); a partition's two chains are two copies of the state
//! from the same seed; exited validators keep
//! their balance; costs are a share of the starting income with a
//! scale discount for large operators. Sources: ethereum/consensus-specs
//! (paths in [`params`] and [`slashing`]); Chain Lab `reference/models.md` §5.

pub mod concentration;
pub mod distribution;
mod epoch;
pub mod finality;
pub mod params;
pub mod price;
mod record;
pub mod simulation;
pub mod slashing;
pub mod story;

pub use params::{
    Distribution, Fork, Outage, OutageKind, PriceSource, ValidatorParams, WhatIf, WhatIfKind, EPOCHS_PER_DAY,
    GWEI_PER_ETH, MAX_EFFECTIVE_BALANCE, THRESHOLDS, THRESHOLD_LABELS,
};

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use crate::sim::RuleError;
use finality::{Checkpoint, FinalityState};
use params::*;
use rand::RngExt;
use serde::Serialize;
use slashing::ExitQueue;

pub use record::{EpochRecord, Snapshot, Watched};

/// Not exiting.
pub const FAR_FUTURE_EPOCH: u64 = u64::MAX;

/// One validator.
#[derive(Clone, Debug, PartialEq)]
pub struct Validator {
    pub operator: u32,
    /// Gwei.
    pub balance: u64,
    pub effective_balance: u64,
    pub slashed: bool,
    /// When it leaves the active set (`FAR_FUTURE_EPOCH` while it stays).
    pub exit_epoch: u64,
    pub withdrawable_epoch: u64,
    /// Online in the last epoch.
    pub online: bool,
    /// Why it is leaving, if it is.
    pub exit_reason: Option<ExitReason>,
    /// Running cost, USD per epoch.
    pub cost_usd: f64,
    /// Consecutive epochs at a loss.
    pub unprofitable: u32,
    /// `state.inactivity_scores[i]` (Altair `process_inactivity_updates`).
    pub inactivity_score: u64,
}

impl Validator {
    pub fn is_active(&self, epoch: u64) -> bool {
        epoch < self.exit_epoch
    }
    pub fn is_exiting(&self, epoch: u64) -> bool {
        self.exit_epoch != FAR_FUTURE_EPOCH && epoch < self.exit_epoch
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ExitReason {
    Slashed,
    Ejected,
    Unprofitable,
}

/// An operator: a name and who it runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Operator {
    pub name: String,
    /// Still exists (merged-away operators do not).
    pub live: bool,
}

/// A running validator set.
#[derive(Clone, Debug)]
pub struct ValidatorSim {
    params: ValidatorParams,
    seed: u64,
    rng: SimRng,
    epoch: u64,
    validators: Vec<Validator>,
    operators: Vec<Operator>,
    prices: Vec<f64>,
    queue: ExitQueue,
    /// `state.slashings` and its running sum.
    slashings: Vec<u64>,
    slashings_sum: u64,
    /// Average reward per increment last epoch (gwei).
    income_per_increment: f64,
    op_stake: Vec<u64>,
    shares: Vec<f64>,
    history: Vec<EpochRecord>,
    slashed_now: Vec<u32>,
    exited_now: Vec<u32>,
    proposers: Vec<u32>,
    slashed_total: u32,
    exited_total: u32,
    next_whatif: usize,
    /// Indices of the active validators, and their count, balance and
    /// how many are leaving, as of the last tally.
    active_list: Vec<u32>,
    active_total: u64,
    exiting: u32,
    /// Casper FFG's state on this chain.
    finality: FinalityState,
    /// The outage's group: validators cut off (the share chosen).
    in_group: Vec<bool>,
    /// Whether the group (true) or the rest (false) is missing on this chain.
    group_missing: bool,
    /// This chain's branch after a partition (1: the rest's, 2: the group's).
    branch: u8,
    /// A partition's other chain: the group's own, where the rest is missing.
    other: Option<Box<ValidatorSim>>,
    /// (cut off, online) validators followed in the record.
    watch: Option<(usize, usize)>,
    /// The last epoch's total active balance and target balances
    /// (previous, current), finality delay and leak.
    targets: (u64, u64, u64),
    delay: u64,
    leak: bool,
    /// Sum of the inactivity scores after the last epoch.
    score_sum: u64,
    /// Scratch for the next epoch's tally, made in the rewards pass.
    next_stake: Vec<u64>,
    next_list: Vec<u32>,
}

/// `integer_squareroot` from the spec.
pub fn integer_squareroot(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = x.div_ceil(2);
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

/// `EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR // integer_squareroot(total)`.
pub fn base_reward_per_increment(total_active_balance: u64) -> u64 {
    EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR
        / integer_squareroot(total_active_balance.max(EFFECTIVE_BALANCE_INCREMENT))
}

impl ValidatorSim {
    pub fn new(params: ValidatorParams, seed: u64) -> Result<ValidatorSim, RuleError> {
        params.validate()?;
        let mut rng = seeded(seed);
        let counts = distribution::allocate(params.distribution, params.validators, params.operators);
        let names = distribution::operator_names(params.distribution, params.operators);
        let prices = price::price_path(&params.price, params.start_price_usd, params.epochs);
        // Costs: a share of the starting income (Altair's base reward at
        // the starting stake, 54/64 of it for attesting, plus the
        // proposer's 8/56 on top), in USD at the starting price.
        let total = u64::from(params.validators) * MAX_EFFECTIVE_BALANCE;
        let brpi = base_reward_per_increment(total) as f64;
        let income_gwei = brpi * 32.0 * (54.0 / 64.0) * (1.0 + 8.0 / 56.0);
        let income_usd = income_gwei / GWEI_PER_ETH as f64 * prices[0];
        let mut sorted: Vec<u64> = counts.iter().map(|&c| u64::from(c)).collect();
        sorted.sort_unstable();
        let median = sorted[sorted.len() / 2] as f64;
        let mut validators = Vec::with_capacity(params.validators as usize);
        for (op, &c) in counts.iter().enumerate() {
            // Scale: per-validator cost falls as the fourth root of size.
            let scale = (median / f64::from(c)).sqrt().sqrt().clamp(0.4, 2.5);
            for _ in 0..c {
                let noise = 0.75 + 0.5 * rng.random::<f64>();
                validators.push(Validator {
                    operator: op as u32,
                    balance: MAX_EFFECTIVE_BALANCE,
                    effective_balance: MAX_EFFECTIVE_BALANCE,
                    slashed: false,
                    exit_epoch: FAR_FUTURE_EPOCH,
                    withdrawable_epoch: FAR_FUTURE_EPOCH,
                    online: true,
                    exit_reason: None,
                    cost_usd: params.cost_share * income_usd * scale * noise,
                    unprofitable: 0,
                    inactivity_score: 0,
                });
            }
        }
        let operators = names.into_iter().map(|name| Operator { name, live: true }).collect();
        let mut sim = ValidatorSim {
            op_stake: vec![0; params.operators as usize],
            params,
            seed,
            rng,
            epoch: 0,
            validators,
            operators,
            prices,
            queue: ExitQueue::default(),
            slashings: vec![0; EPOCHS_PER_SLASHINGS_VECTOR as usize],
            slashings_sum: 0,
            income_per_increment: income_gwei / 32.0,
            shares: Vec::new(),
            history: Vec::new(),
            slashed_now: Vec::new(),
            exited_now: Vec::new(),
            proposers: Vec::new(),
            slashed_total: 0,
            exited_total: 0,
            next_whatif: 0,
            active_list: Vec::new(),
            active_total: 0,
            exiting: 0,
            finality: FinalityState::default(),
            in_group: Vec::new(),
            group_missing: true,
            branch: 0,
            other: None,
            watch: None,
            targets: (0, 0, 0),
            delay: 0,
            leak: false,
            score_sum: 0,
            next_stake: Vec::new(),
            next_list: Vec::new(),
        };
        if let Some(o) = sim.params.outage {
            sim.in_group = outage_group(sim.validators.len(), o.share_bp);
            sim.branch = 1;
            sim.set_watch();
        }
        params::sort_whatifs(&mut sim.params.whatifs);
        let (active, stake) = sim.tally_operators();
        sim.refresh_shares();
        let rec = sim.record(active, stake, 0, 1.0, 0.0);
        sim.history.push(rec);
        if sim.params.outage.is_some_and(|o| o.kind == OutageKind::Partition) {
            let mut other = sim.clone();
            other.group_missing = false;
            other.branch = 2;
            other.set_watch();
            other.history.clear();
            let rec = other.record(active, stake, 0, 1.0, 0.0);
            other.history.push(rec);
            sim.other = Some(Box::new(other));
        }
        Ok(sim)
    }

    /// The followed validators: the first missing one and the first present one on this chain.
    fn set_watch(&mut self) {
        let missing = |i: usize| self.in_group[i] == self.group_missing;
        let off = (0..self.validators.len()).find(|&i| missing(i));
        let on = (0..self.validators.len()).find(|&i| !missing(i));
        self.watch = off.zip(on);
    }

    /// Whether validator `i` is cut off (missing on this chain) at `epoch`.
    pub fn cut_off(&self, i: usize, epoch: u64) -> bool {
        match self.params.outage {
            Some(o) => epoch >= u64::from(o.from) && self.in_group[i] == self.group_missing,
            None => false,
        }
    }

    /// The checkpoint of `epoch` on this chain.
    pub fn checkpoint_at(&self, epoch: u64) -> Checkpoint {
        let split = self.params.outage.filter(|o| o.kind == OutageKind::Partition).map(|o| u64::from(o.from));
        Checkpoint { epoch, branch: if split.is_some_and(|f| epoch >= f) { self.branch } else { 0 } }
    }

    /// Casper FFG's state after the last epoch.
    pub fn finality(&self) -> &FinalityState {
        &self.finality
    }

    /// A partition's other chain (the cut-off group's own, where the rest is missing).
    pub fn other_side(&self) -> Option<&ValidatorSim> {
        self.other.as_deref()
    }

    /// The validators followed in the record (cut off, online), with an outage.
    pub fn watched(&self) -> Option<(usize, usize)> {
        self.watch
    }

    pub fn params(&self) -> &ValidatorParams {
        &self.params
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn epoch(&self) -> u32 {
        self.epoch as u32
    }
    pub fn is_done(&self) -> bool {
        self.epoch >= u64::from(self.params.epochs)
    }
    pub fn validators(&self) -> &[Validator] {
        &self.validators
    }
    pub fn operators(&self) -> &[Operator] {
        &self.operators
    }
    /// Active effective balance per operator (gwei).
    pub fn operator_stake(&self) -> &[u64] {
        &self.op_stake
    }
    /// Operators' shares of active stake, largest first.
    pub fn shares(&self) -> &[f64] {
        &self.shares
    }
    pub fn history(&self) -> &[EpochRecord] {
        &self.history
    }
    pub fn prices(&self) -> &[f64] {
        &self.prices
    }
    /// `sum(state.slashings)`: effective balance slashed in the last 8,192 epochs (gwei).
    pub fn slashings_sum(&self) -> u64 {
        self.slashings_sum
    }
    /// Active effective balance as of the last epoch (gwei).
    pub fn active_balance(&self) -> u64 {
        self.active_total
    }
    /// The last slashed validator's slashing epoch, if any was slashed.
    pub fn last_slashing(&self) -> Option<(usize, u64)> {
        (0..self.validators.len())
            .filter_map(|i| self.slashed_at(i).map(|e| (i, e)))
            .max_by_key(|&(i, e)| (e, std::cmp::Reverse(i)))
    }

    /// The epoch validator `i` was slashed in (its step; the record of the
    /// next epoch shows it), if it was: `slash_validator` sets its
    /// withdrawable epoch to at least 8,192 epochs on, and within the
    /// model's limits the exit queue never pushes it further.
    pub fn slashed_at(&self, i: usize) -> Option<u64> {
        let v = self.validators.get(i)?;
        v.slashed.then(|| v.withdrawable_epoch.saturating_sub(EPOCHS_PER_SLASHINGS_VECTOR))
    }

    /// This epoch's block proposers (one per slot, drawn by stake).
    pub fn proposers(&self) -> &[u32] {
        &self.proposers
    }
    pub fn lorenz(&self) -> Vec<(f64, f64)> {
        concentration::lorenz(&self.shares)
    }
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            epoch: self.epoch(),
            record: self.history.last().cloned().expect("genesis record"),
            slashed_now: self.slashed_now.clone(),
            exited_now: self.exited_now.clone(),
            proposers: self.proposers.clone(),
        }
    }

    /// Adds a what-if at the current epoch (applied by the next step).
    /// The run stays the same as one started with it in its parameters.
    pub fn add_whatif(&mut self, kind: WhatIfKind) -> Option<WhatIf> {
        if self.is_done() {
            return None;
        }
        let w = WhatIf { epoch: self.epoch as u32, kind };
        let pos = self.params.whatifs.partition_point(|x| x.epoch <= w.epoch);
        self.params.whatifs.insert(pos, w);
        if let Some(o) = self.other.as_deref_mut() {
            o.add_whatif(kind);
        }
        Some(w)
    }

    /// Runs to the last epoch.
    pub fn run_to_end(&mut self) {
        while !self.is_done() {
            self.step();
        }
    }
}

/// The outage's group: exactly `round(n * share_bp / 10,000)` validators,
/// the first in a fixed shuffle of the indices (splitmix64 of each index:
/// spread over operators, the same for every seed).
pub fn outage_group(n: usize, share_bp: u32) -> Vec<bool> {
    let k = ((n as u64 * u64::from(share_bp) + 5_000) / 10_000) as usize;
    let mix = |i: u64| {
        let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut order: Vec<(u64, usize)> = (0..n).map(|i| (mix(i as u64), i)).collect();
    order.sort_unstable();
    let mut group = vec![false; n];
    for &(_, i) in order.iter().take(k) {
        group[i] = true;
    }
    group
}
