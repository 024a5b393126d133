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
pub mod finality;
pub mod params;
pub mod price;
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

    /// One pass after each epoch: `op_stake` from active effective
    /// balances, the active list, who left the active set this epoch and
    /// who is leaving; returns (active count, active balance).
    fn tally_operators(&mut self) -> (u32, u64) {
        self.op_stake.iter_mut().for_each(|s| *s = 0);
        self.active_list.clear();
        let (mut total, mut exiting) = (0u64, 0u32);
        let e = self.epoch;
        for (i, v) in self.validators.iter().enumerate() {
            if v.is_active(e) {
                self.op_stake[v.operator as usize] += v.effective_balance;
                self.active_list.push(i as u32);
                total += v.effective_balance;
                exiting += u32::from(v.exit_epoch != FAR_FUTURE_EPOCH);
            } else if v.exit_epoch == e {
                self.exited_now.push(i as u32);
            }
        }
        self.active_total = total;
        self.exiting = exiting;
        (self.active_list.len() as u32, total)
    }

    fn refresh_shares(&mut self) {
        self.shares = concentration::sorted_shares(&self.op_stake);
    }

    fn record(
        &self,
        active: u32,
        stake: u64,
        slashed_now: u32,
        participation: f64,
        reward_per_eth: f64,
    ) -> EpochRecord {
        let price = self.price_now();
        let stake_eth = stake as f64 / GWEI_PER_ETH as f64;
        let e = self.epoch;
        EpochRecord {
            epoch: e as u32,
            price_usd: price,
            active_validators: active,
            active_stake_eth: stake_eth,
            exiting: self.exiting,
            slashed_this_epoch: slashed_now,
            exits_this_epoch: self.exited_now.len() as u32,
            slashed_total: self.slashed_total,
            exited_total: self.exited_total,
            operators: self.shares.len() as u32,
            nakamoto: THRESHOLDS.map(|t| concentration::nakamoto(&self.shares, t)),
            gini: concentration::gini(&self.shares),
            cost_of_attack_usd: THRESHOLDS.map(|t| t * stake_eth * price),
            participation,
            reward_gwei_per_eth: reward_per_eth,
            justified_epoch: self.finality.current_justified.epoch as u32,
            finalized_epoch: self.finality.finalized.epoch as u32,
            finalized_branch: self.finality.finalized.branch,
            justification_bits: self.finality.bits_u8(),
            finality_delay: self.delay as u32,
            in_leak: self.leak,
            total_active_gwei: self.targets.0,
            previous_target_gwei: self.targets.1,
            current_target_gwei: self.targets.2,
            offline_watch: self.watch.map(|(i, _)| self.watched_state(i)),
            online_watch: self.watch.map(|(_, i)| self.watched_state(i)),
            inactivity_score_sum: self.score_sum,
        }
    }

    fn watched_state(&self, i: usize) -> Watched {
        let v = &self.validators[i];
        Watched {
            index: i as u32,
            balance_eth: v.balance as f64 / GWEI_PER_ETH as f64,
            effective_eth: v.effective_balance as f64 / GWEI_PER_ETH as f64,
            inactivity_score: v.inactivity_score,
            active: v.is_active(self.epoch),
        }
    }

    pub fn price_now(&self) -> f64 {
        self.prices[(self.epoch as usize).min(self.prices.len() - 1)]
    }

    /// The largest operator by active stake (ties: the lower index), if any has stake.
    pub fn largest_operator(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (i, &s) in self.op_stake.iter().enumerate() {
            if s > 0 && best.is_none_or(|b| s > self.op_stake[b]) {
                best = Some(i);
            }
        }
        best
    }

    /// Active count and stake as of the last tally, for the exit queue.
    fn active_totals(&self) -> (u64, u64) {
        (self.active_list.len() as u64, self.active_total)
    }

    /// `initiate_validator_exit`.
    fn initiate_exit(&mut self, i: usize, reason: ExitReason, active_count: u64, total: u64) {
        if self.validators[i].exit_epoch != FAR_FUTURE_EPOCH {
            return;
        }
        let eb = self.validators[i].effective_balance;
        let exit = self.queue.exit_epoch(self.params.fork, self.epoch, eb, active_count, total);
        let v = &mut self.validators[i];
        v.exit_epoch = exit;
        v.withdrawable_epoch = exit + MIN_VALIDATOR_WITHDRAWABILITY_DELAY;
        v.exit_reason = Some(reason);
    }

    /// `slash_validator` (initial penalty, exit, `state.slashings`); the
    /// whistleblower's reward goes to a stake-drawn proposer.
    fn slash(&mut self, i: usize, active_count: u64, total: u64) {
        let e = self.epoch;
        if self.validators[i].slashed || !self.validators[i].is_active(e) {
            return;
        }
        let was_exiting = self.validators[i].exit_epoch != FAR_FUTURE_EPOCH;
        self.initiate_exit(i, ExitReason::Slashed, active_count, total);
        let fork = self.params.fork;
        let v = &mut self.validators[i];
        if !was_exiting || v.exit_reason != Some(ExitReason::Slashed) {
            v.exit_reason = Some(ExitReason::Slashed);
        }
        v.slashed = true;
        v.withdrawable_epoch = v.withdrawable_epoch.max(e + EPOCHS_PER_SLASHINGS_VECTOR);
        let eb = v.effective_balance;
        v.balance -= slashing::initial_penalty(fork, eb).min(v.balance);
        self.slashings[(e % EPOCHS_PER_SLASHINGS_VECTOR) as usize] += eb;
        self.slashings_sum += eb;
        if let Some(p) = self.draw_proposer() {
            self.validators[p].balance += slashing::whistleblower_reward(fork, eb);
        }
        self.slashed_now.push(i as u32);
        self.slashed_total += 1;
    }

    /// A proposer by `compute_proposer_index`'s rejection sampling: a
    /// random candidate is accepted with chance effective balance / 32 ETH.
    fn draw_proposer(&mut self) -> Option<usize> {
        let n = self.active_list.len() as u32;
        if n == 0 {
            return None;
        }
        for _ in 0..10_000 {
            let i = self.active_list[self.rng.random_range(0..n) as usize] as usize;
            let v = &self.validators[i];
            let byte = u64::from(self.rng.random::<u32>() & 0xffff);
            if v.effective_balance * 0xffff >= MAX_EFFECTIVE_BALANCE * byte {
                return Some(i);
            }
        }
        None
    }

    fn apply_whatif(&mut self, kind: WhatIfKind, active_count: u64, total: u64) {
        let Some(big) = self.largest_operator() else {
            return;
        };
        let e = self.epoch;
        match kind {
            WhatIfKind::SlashLargest => {
                for i in 0..self.validators.len() {
                    if self.validators[i].operator as usize == big {
                        self.slash(i, active_count, total);
                    }
                }
            }
            WhatIfKind::Merge => {
                let mut second: Option<usize> = None;
                for (i, &s) in self.op_stake.iter().enumerate() {
                    if i != big && s > 0 && second.is_none_or(|b| s > self.op_stake[b]) {
                        second = Some(i);
                    }
                }
                let Some(second) = second else { return };
                for v in &mut self.validators {
                    if v.operator as usize == second {
                        v.operator = big as u32;
                    }
                }
                self.operators[second].live = false;
                let name = format!("{} + {}", self.operators[big].name, self.operators[second].name);
                self.operators[big].name = name;
            }
            WhatIfKind::Redelegate => {
                // The others, smallest active stake first.
                // Smallest active stake first, ties by index: stake (< 2^50 gwei) and index (< 1024) in one key.
                let mut keys: Vec<u64> = (0..self.operators.len())
                    .filter(|&i| i != big && self.operators[i].live)
                    .map(|i| self.op_stake[i] << 10 | i as u64)
                    .collect();
                if keys.is_empty() {
                    return;
                }
                keys.sort_unstable();
                let others: Vec<usize> = keys.iter().map(|k| (k & 1023) as usize).collect();
                let mut k = 0;
                for v in &mut self.validators {
                    if v.operator as usize == big && v.is_active(e) {
                        v.operator = others[k % others.len()] as u32;
                        k += 1;
                    }
                }
            }
        }
    }

    /// Advances one epoch.
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        let e = self.epoch;
        self.slashed_now.clear();
        self.exited_now.clear();
        self.proposers.clear();
        let fork = self.params.fork;
        let (mut active_count, mut total) = self.active_totals();
        let mut reshuffled = false;
        // 1. What-ifs, then a lone slashing.
        while let Some(w) = self.params.whatifs.get(self.next_whatif).copied() {
            if u64::from(w.epoch) > e {
                break;
            }
            self.next_whatif += 1;
            self.apply_whatif(w.kind, active_count, total);
            reshuffled = true;
        }
        let lone = u64::from(self.params.lone_slashings_per_1000) * (1u64 << 32) / 1000;
        if u64::from(self.rng.random::<u32>()) < lone {
            if let Some(i) = self.draw_proposer() {
                self.slash(i, active_count, total);
            }
        }
        // 2. Participation.
        let offline = u64::from(self.params.offline_bp) * (1u64 << 32) / 10_000;
        let mut participating_increments = 0u64;
        let mut online_count = 0u32;
        // The previous epoch's unslashed target attesters (their `online` flag still holds it).
        let mut previous_target = 0u64;
        let outage_from = self.params.outage.map(|o| u64::from(o.from));
        let (in_group, group_missing) = (&self.in_group, self.group_missing);
        let cutting = outage_from.is_some_and(|f| e >= f);
        // Sums by masks rather than branches: who is cut off follows no
        // pattern a branch predictor could learn.
        for (i, v) in self.validators.iter_mut().enumerate() {
            previous_target += v.effective_balance * u64::from(v.online & !v.slashed);
            if v.is_active(e) && !v.slashed {
                let drawn = offline == 0 || u64::from(self.rng.random::<u32>()) >= offline;
                // Cut off: the draw above is still made, so the rest's luck does not change.
                v.online = drawn & !(cutting && in_group[i] == group_missing);
                participating_increments += (v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) * u64::from(v.online);
                online_count += u32::from(v.online);
            } else {
                v.online = false;
            }
        }
        // Casper FFG: `process_justification_and_finalization` (skipped in
        // the first two epochs), then whether the chain is leaking. The model
        // settles each epoch's attestations in that epoch's own transition
        // (the spec one epoch later), so "current" is this epoch's votes.
        let current_target = participating_increments * EFFECTIVE_BALANCE_INCREMENT;
        let total_balance = finality::total_balance(total);
        if e > 1 {
            let (split, branch) = (
                self.params.outage.filter(|o| o.kind == OutageKind::Partition).map(|o| u64::from(o.from)),
                self.branch,
            );
            let cp =
                |epoch: u64| Checkpoint { epoch, branch: if split.is_some_and(|f| epoch >= f) { branch } else { 0 } };
            self.finality.weigh(e, total_balance, previous_target, current_target, cp);
        }
        self.targets = (total_balance, previous_target, current_target);
        self.delay = self.finality.finality_delay(e);
        let in_leak = self.finality.in_leak(e);
        self.leak = in_leak;
        // 3. Rewards and penalties, then slashings, effective balances, exits.
        let active_increments = (total / EFFECTIVE_BALANCE_INCREMENT).max(1);
        let brpi = base_reward_per_increment(total);
        let mut proposer_numerator: u64 = 0;
        let mut paid: u64 = 0;
        let price = self.price_now();
        let income_usd = self.income_per_increment / GWEI_PER_ETH as f64 * price;
        let patience = self.params.patience;
        let slashings_sum = self.slashings_sum;
        let mut want_exit: Vec<(usize, ExitReason)> = Vec::new();
        // Rewards and penalties depend only on the effective balance's
        // increments (0..=32): the spec's integer formulas, tabulated once per epoch.
        let max_incr = (MAX_EFFECTIVE_BALANCE / EFFECTIVE_BALANCE_INCREMENT) as usize;
        let mut reward_of = [0u64; 33];
        let mut penalty_of = [0u64; 33];
        for incr in 0..=max_incr {
            let base = incr as u64 * brpi;
            reward_of[incr] = [TIMELY_SOURCE_WEIGHT, TIMELY_TARGET_WEIGHT, TIMELY_HEAD_WEIGHT]
                .iter()
                .map(|w| base * w * participating_increments / (active_increments * WEIGHT_DENOMINATOR))
                .sum();
            penalty_of[incr] =
                base * TIMELY_SOURCE_WEIGHT / WEIGHT_DENOMINATOR + base * TIMELY_TARGET_WEIGHT / WEIGHT_DENOMINATOR;
        }
        let flags_weight = TIMELY_SOURCE_WEIGHT + TIMELY_TARGET_WEIGHT + TIMELY_HEAD_WEIGHT;
        let mut score_sum = 0u64;
        // Income in USD per epoch by effective-balance increments (after this epoch's update).
        let income_of: [f64; 33] = std::array::from_fn(|k| income_usd * k as f64);
        // The next epoch's tally (what `tally_operators` counts), in the same pass.
        let mut next_stake = std::mem::take(&mut self.next_stake);
        next_stake.clear();
        next_stake.resize(self.op_stake.len(), 0);
        let mut next_list = std::mem::take(&mut self.next_list);
        next_list.clear();
        let (mut next_total, mut next_exiting) = (0u64, 0u32);
        let mut exited_next: Vec<u32> = Vec::new();
        for (i, v) in self.validators.iter_mut().enumerate() {
            let active = v.is_active(e);
            let eligible = active || (v.slashed && e + 1 < v.withdrawable_epoch);
            if eligible {
                let incr = ((v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) as usize).min(max_incr);
                let participated = active & v.online;
                // process_inactivity_updates, then the deltas; by masks
                // (`p` 1 for a participant, `m` 1 for one who missed), as above.
                let (p, m) = (u64::from(participated), u64::from(!participated));
                let score = finality::next_inactivity_score(v.inactivity_score, participated, in_leak);
                v.inactivity_score = score;
                score_sum += score;
                proposer_numerator += p * (incr as u64 * brpi * flags_weight);
                // get_flag_index_deltas: no rewards during a leak.
                let r = p * u64::from(!in_leak) * reward_of[incr];
                let penalty = m * (penalty_of[incr] + finality::inactivity_penalty(fork, v.effective_balance, score));
                v.balance = v.balance + r - penalty.min(v.balance);
                paid += r;
            }
            if v.slashed && e + EPOCHS_PER_SLASHINGS_VECTOR / 2 == v.withdrawable_epoch {
                let p = slashing::correlation_penalty(fork, v.effective_balance, slashings_sum, total);
                v.balance -= p.min(v.balance);
            }
            // process_registry_updates (ejection) runs before
            // process_effective_balance_updates in the spec's process_epoch,
            // so ejection sees the effective balance from before this update.
            let effective_before_update = v.effective_balance;
            // process_effective_balance_updates.
            if v.balance + HYSTERESIS_DOWNWARD < v.effective_balance
                || v.effective_balance + HYSTERESIS_UPWARD < v.balance
            {
                v.effective_balance = (v.balance - v.balance % EFFECTIVE_BALANCE_INCREMENT).min(MAX_EFFECTIVE_BALANCE);
            }
            if active && v.exit_epoch == FAR_FUTURE_EPOCH {
                if effective_before_update <= EJECTION_BALANCE {
                    want_exit.push((i, ExitReason::Ejected));
                } else if e > 0 {
                    if income_of[((v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) as usize).min(max_incr)]
                        < v.cost_usd
                    {
                        v.unprofitable += 1;
                        if v.unprofitable >= patience {
                            want_exit.push((i, ExitReason::Unprofitable));
                        }
                    } else {
                        v.unprofitable = 0;
                    }
                }
            }
            // Exits asked for now take effect at e + 5 at the earliest: still active next epoch.
            if v.exit_epoch > e + 1 {
                next_stake[v.operator as usize] += v.effective_balance;
                next_list.push(i as u32);
                next_total += v.effective_balance;
                next_exiting += u32::from(v.exit_epoch != FAR_FUTURE_EPOCH);
            } else if v.exit_epoch == e + 1 {
                exited_next.push(i as u32);
            }
        }
        // Proposers: one per slot, paid for the slot's share of the attestations.
        let per_slot = proposer_numerator
            / ((WEIGHT_DENOMINATOR - PROPOSER_WEIGHT) * WEIGHT_DENOMINATOR / PROPOSER_WEIGHT)
            / SLOTS_PER_EPOCH as u64;
        for _ in 0..SLOTS_PER_EPOCH {
            if let Some(p) = self.draw_proposer() {
                self.proposers.push(p as u32);
                if self.validators[p].online {
                    self.validators[p].balance += per_slot;
                    paid += per_slot;
                }
            }
        }
        next_exiting += want_exit.len() as u32;
        for (i, reason) in want_exit {
            self.initiate_exit(i, reason, active_count, total);
        }
        // process_slashings_reset for the next epoch.
        let next = ((e + 1) % EPOCHS_PER_SLASHINGS_VECTOR) as usize;
        self.slashings_sum -= self.slashings[next];
        self.slashings[next] = 0;
        self.score_sum = score_sum;
        // Validators judge their income by the token's price, not by the
        // pause in rewards while finality is delayed (the leak's, which ends
        // with finality): while this epoch is not justified, or the chain
        // leaks, the last income before stands.
        if !(in_leak || (e > 1 && !self.finality.bits[0])) {
            self.income_per_increment = paid as f64 / active_increments as f64;
        }
        self.epoch += 1;
        let changed = next_stake != self.op_stake;
        std::mem::swap(&mut self.op_stake, &mut next_stake);
        std::mem::swap(&mut self.active_list, &mut next_list);
        (self.next_stake, self.next_list) = (next_stake, next_list);
        self.active_total = next_total;
        self.exiting = next_exiting;
        self.exited_now = exited_next;
        let (n, t) = (self.active_list.len() as u32, next_total);
        self.exited_total += self.exited_now.len() as u32;
        active_count = u64::from(n);
        total = t;
        if reshuffled || changed || self.shares.is_empty() {
            self.refresh_shares();
        }
        let participation = if active_count == 0 { 0.0 } else { f64::from(online_count) / active_count as f64 };
        let rec = self.record(
            n,
            total,
            self.slashed_now.len() as u32,
            participation,
            paid as f64 / (total.max(1) as f64 / GWEI_PER_ETH as f64),
        );
        self.history.push(rec);
        if let Some(o) = self.other.as_deref_mut() {
            o.step();
        }
    }

    /// A digest of what the charts show (the seed, the parameters' what-ifs
    /// and the history's length), cheap enough for every frame: tells a
    /// view whether a redraw at the same epoch is a different run.
    pub fn fingerprint_cheap(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.seed.to_le_bytes());
        f.add(&self.params.validators.to_le_bytes());
        f.add(&self.params.operators.to_le_bytes());
        f.add_u32(self.params.whatifs.len() as u32);
        f.add_u32(self.params.epochs);
        f.add_u32(self.params.offline_bp);
        f.add_u32(self.params.lone_slashings_per_1000);
        f.add(&self.params.cost_share.to_bits().to_le_bytes());
        f.add(self.params.price.name().as_bytes());
        f.add(self.params.distribution.name().as_bytes());
        f.add(self.params.fork.name().as_bytes());
        f.add(&self.prices[0].to_bits().to_le_bytes());
        if let Some(o) = self.params.outage {
            f.add(&[o.kind as u8]);
            f.add_u32(o.share_bp);
            f.add_u32(o.from);
        }
        f.finish()
    }

    /// A cheap digest of the whole state and history, for determinism checks.
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.epoch.to_le_bytes());
        for v in &self.validators {
            f.add_u32(v.operator);
            f.add(&v.balance.to_le_bytes());
            f.add(&v.exit_epoch.to_le_bytes());
            f.add(&[u8::from(v.slashed)]);
        }
        for r in &self.history {
            f.add_u32(r.active_validators);
            f.add(&r.nakamoto.map(|n| n as u8));
            f.add(&r.cost_of_attack_usd[0].to_bits().to_le_bytes());
            f.add_u32(r.finalized_epoch);
        }
        if let Some(o) = &self.other {
            f.add(&o.fingerprint().to_le_bytes());
        }
        f.finish()
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
