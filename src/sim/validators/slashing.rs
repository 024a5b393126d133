//! The consensus-specs' slashing penalties and exit churn, as pure
//! functions over gwei (the spec's integer arithmetic, same rounding).
//!
//! - Initial penalty, `slash_validator`: `effective_balance //
//!   MIN_SLASHING_PENALTY_QUOTIENT[_ELECTRA]` (`specs/phase0/beacon-chain.md`,
//!   modified in `specs/altair/beacon-chain.md`, `specs/bellatrix/beacon-chain.md`,
//!   `specs/electra/beacon-chain.md`).
//! - Correlation penalty, `process_slashings`, half-way through the
//!   withdrawal delay (`EPOCHS_PER_SLASHINGS_VECTOR // 2` = 4,096 epochs,
//!   about 18 days, after the slashing), over the slashings recorded in the
//!   last 8,192 epochs (about 36 days). Before Electra:
//!   `effective_balance // increment * adjusted_total // total_balance * increment`;
//!   from Electra (`specs/electra/beacon-chain.md`, "Modified `process_slashings`"):
//!   `adjusted_total // (total_balance // increment) * (effective_balance // increment)`.
//! - Exit churn: before Electra a count of validators per epoch,
//!   `max(MIN_PER_EPOCH_CHURN_LIMIT, active_count // CHURN_LIMIT_QUOTIENT)`
//!   (`initiate_validator_exit`, `specs/phase0/beacon-chain.md`); from Electra
//!   an amount of stake, `get_activation_exit_churn_limit` and
//!   `compute_exit_epoch_and_update_churn` (`specs/electra/beacon-chain.md`).

use super::params::{
    Fork, CHURN_LIMIT_QUOTIENT, EFFECTIVE_BALANCE_INCREMENT, MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT, MAX_SEED_LOOKAHEAD,
    MIN_PER_EPOCH_CHURN_LIMIT, MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA,
};

/// The penalty taken at once when a validator is slashed.
pub fn initial_penalty(fork: Fork, effective_balance: u64) -> u64 {
    effective_balance / fork.min_slashing_penalty_quotient()
}

/// The whistleblower's (here: the proposer's) reward for including the evidence.
pub fn whistleblower_reward(fork: Fork, effective_balance: u64) -> u64 {
    effective_balance / fork.whistleblower_reward_quotient()
}

/// The correlation penalty: `slashed_sum` is `sum(state.slashings)`, the
/// effective balance slashed in the last 8,192 epochs; `total_balance`
/// the total active balance when the penalty is applied.
pub fn correlation_penalty(fork: Fork, effective_balance: u64, slashed_sum: u64, total_balance: u64) -> u64 {
    let total_balance = total_balance.max(EFFECTIVE_BALANCE_INCREMENT);
    let adjusted = (slashed_sum.saturating_mul(fork.proportional_slashing_multiplier())).min(total_balance);
    let increment = EFFECTIVE_BALANCE_INCREMENT;
    match fork {
        Fork::Electra => {
            let per_increment = adjusted / (total_balance / increment);
            per_increment * (effective_balance / increment)
        }
        _ => {
            // u128: the spec's uint64 would overflow only far beyond real stake.
            let numerator = u128::from(effective_balance / increment) * u128::from(adjusted);
            (numerator / u128::from(total_balance)) as u64 * increment
        }
    }
}

/// `compute_activation_exit_epoch`: the earliest epoch an exit asked for now can take effect.
pub fn activation_exit_epoch(epoch: u64) -> u64 {
    epoch + 1 + MAX_SEED_LOOKAHEAD
}

/// Before Electra: validators that may exit per epoch.
pub fn validator_churn_limit(active_count: u64) -> u64 {
    MIN_PER_EPOCH_CHURN_LIMIT.max(active_count / CHURN_LIMIT_QUOTIENT)
}

/// Electra `get_balance_churn_limit`.
pub fn balance_churn_limit(total_active_balance: u64) -> u64 {
    let churn = MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA.max(total_active_balance / CHURN_LIMIT_QUOTIENT);
    churn - churn % EFFECTIVE_BALANCE_INCREMENT
}

/// Electra `get_activation_exit_churn_limit`: stake (gwei) that may exit per epoch.
pub fn activation_exit_churn_limit(total_active_balance: u64) -> u64 {
    MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT.min(balance_churn_limit(total_active_balance))
}

/// The exit queue's state: both forks' bookkeeping, the fork decides which is used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExitQueue {
    /// Before Electra: the latest exit epoch handed out and how many exits it holds.
    queue_epoch: u64,
    queue_churn: u64,
    /// Electra: `earliest_exit_epoch` and `exit_balance_to_consume`.
    earliest_exit_epoch: u64,
    exit_balance_to_consume: u64,
}

impl ExitQueue {
    /// The epoch at which a validator asking to exit now, with
    /// `exit_balance` effective balance, leaves the active set.
    pub fn exit_epoch(&mut self, fork: Fork, epoch: u64, exit_balance: u64, active_count: u64, total_active_balance: u64) -> u64 {
        match fork {
            Fork::Electra => {
                let earliest = self.earliest_exit_epoch.max(activation_exit_epoch(epoch));
                let per_epoch = activation_exit_churn_limit(total_active_balance);
                let mut to_consume = if self.earliest_exit_epoch < earliest { per_epoch } else { self.exit_balance_to_consume };
                let mut earliest = earliest;
                if exit_balance > to_consume {
                    let to_process = exit_balance - to_consume;
                    let additional = (to_process - 1) / per_epoch + 1;
                    earliest += additional;
                    to_consume += additional * per_epoch;
                }
                self.exit_balance_to_consume = to_consume - exit_balance;
                self.earliest_exit_epoch = earliest;
                earliest
            }
            _ => {
                let floor = activation_exit_epoch(epoch);
                if self.queue_epoch < floor {
                    self.queue_epoch = floor;
                    self.queue_churn = 0;
                }
                if self.queue_churn >= validator_churn_limit(active_count) {
                    self.queue_epoch += 1;
                    self.queue_churn = 0;
                }
                self.queue_churn += 1;
                self.queue_epoch
            }
        }
    }
}
