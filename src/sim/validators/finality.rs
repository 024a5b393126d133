//! Casper FFG finality and the inactivity leak, as the consensus-specs
//! write them, over gwei and epochs (the spec's integer arithmetic).
//!
//! - Justification and finalisation: `weigh_justification_and_finalization`
//!   (`specs/phase0/beacon-chain.md`, unchanged through Electra). A
//!   checkpoint is justified when the effective balance of the unslashed
//!   validators that attested to it as their target is at least two
//!   thirds of the total active balance (`target * 3 >= total * 2`); the
//!   four justification bits remember the last four epochs, and four
//!   cases finalise the previous or the current justified checkpoint.
//! - The finality delay: `get_finality_delay` = previous epoch minus the
//!   finalised checkpoint's epoch; the chain is in an inactivity leak when
//!   it exceeds `MIN_EPOCHS_TO_INACTIVITY_PENALTY` = 4
//!   (`is_in_inactivity_leak`, `specs/phase0/beacon-chain.md`).
//! - Inactivity scores: `process_inactivity_updates`
//!   (`specs/altair/beacon-chain.md`): a validator that missed its target
//!   vote gains `INACTIVITY_SCORE_BIAS` = 4, one that made it loses 1;
//!   outside a leak every score also falls by
//!   `INACTIVITY_SCORE_RECOVERY_RATE` = 16.
//! - The inactivity penalty: `get_inactivity_penalty_deltas` (Altair,
//!   quotient changed in `specs/bellatrix/beacon-chain.md`): a validator
//!   that missed its target vote loses `effective_balance * score //
//!   (INACTIVITY_SCORE_BIAS * INACTIVITY_PENALTY_QUOTIENT)`, with
//!   `INACTIVITY_PENALTY_QUOTIENT_ALTAIR` = 3 * 2^24 and
//!   `INACTIVITY_PENALTY_QUOTIENT_BELLATRIX` = 2^24 (still the value in
//!   Electra, `specs/electra/beacon-chain.md` does not change it).
//! - During a leak `get_flag_index_deltas` pays participants no
//!   attestation rewards (the penalties for missed source and target
//!   votes stay).

use super::params::{Fork, EFFECTIVE_BALANCE_INCREMENT};
use serde::Serialize;

pub const JUSTIFICATION_BITS_LENGTH: usize = 4;
pub const MIN_EPOCHS_TO_INACTIVITY_PENALTY: u64 = 4;
pub const INACTIVITY_SCORE_BIAS: u64 = 4;
pub const INACTIVITY_SCORE_RECOVERY_RATE: u64 = 16;
pub const INACTIVITY_PENALTY_QUOTIENT_ALTAIR: u64 = 3 * (1 << 24);
pub const INACTIVITY_PENALTY_QUOTIENT_BELLATRIX: u64 = 1 << 24;

/// A checkpoint: an epoch and the chain its block is on. `branch` stands
/// for the block root: 0 is the common chain; a partition's two sides
/// build their own blocks from its first epoch on (branches 1 and 2), so
/// checkpoints of the same epoch on different branches conflict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Checkpoint {
    pub epoch: u64,
    pub branch: u8,
}

impl Checkpoint {
    /// Two checkpoints conflict when neither chain contains the other's block:
    /// they are on different branches after the split (not the common chain).
    pub fn conflicts_with(&self, other: &Checkpoint) -> bool {
        self.branch != 0 && other.branch != 0 && self.branch != other.branch
    }
}

/// The part of `BeaconState` Casper FFG keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FinalityState {
    /// `justification_bits[0]` is the current epoch, `[1]` the previous, ...
    pub bits: [bool; JUSTIFICATION_BITS_LENGTH],
    pub previous_justified: Checkpoint,
    pub current_justified: Checkpoint,
    pub finalized: Checkpoint,
}

impl FinalityState {
    /// The bits as a number, bit 0 the current epoch (as the spec's Bitvector).
    pub fn bits_u8(&self) -> u8 {
        self.bits.iter().enumerate().map(|(i, &b)| u8::from(b) << i).sum()
    }

    /// `weigh_justification_and_finalization` at the end of `current_epoch`
    /// (`process_justification_and_finalization` skips the first two epochs:
    /// call it only for `current_epoch > 1`). `checkpoint(epoch)` gives the
    /// checkpoint of an epoch on this chain (`get_block_root`).
    pub fn weigh(
        &mut self,
        current_epoch: u64,
        total_active_balance: u64,
        previous_epoch_target_balance: u64,
        current_epoch_target_balance: u64,
        checkpoint: impl Fn(u64) -> Checkpoint,
    ) {
        let previous_epoch = current_epoch.saturating_sub(1);
        let old_previous_justified = self.previous_justified;
        let old_current_justified = self.current_justified;
        // Process justifications.
        self.previous_justified = self.current_justified;
        self.bits.copy_within(0..JUSTIFICATION_BITS_LENGTH - 1, 1);
        self.bits[0] = false;
        // u128: the spec's uint64 products never overflow at real stake; here they cannot at all.
        let two_thirds = |b: u64| u128::from(b) * 3 >= u128::from(total_active_balance) * 2;
        if two_thirds(previous_epoch_target_balance) {
            self.current_justified = checkpoint(previous_epoch);
            self.bits[1] = true;
        }
        if two_thirds(current_epoch_target_balance) {
            self.current_justified = checkpoint(current_epoch);
            self.bits[0] = true;
        }
        // Process finalisations.
        let b = self.bits;
        // The 2nd/3rd/4th most recent epochs are justified, the 2nd using the 4th as source.
        if b[1] && b[2] && b[3] && old_previous_justified.epoch + 3 == current_epoch {
            self.finalized = old_previous_justified;
        }
        // The 2nd/3rd most recent epochs are justified, the 2nd using the 3rd as source.
        if b[1] && b[2] && old_previous_justified.epoch + 2 == current_epoch {
            self.finalized = old_previous_justified;
        }
        // The 1st/2nd/3rd most recent epochs are justified, the 1st using the 3rd as source.
        if b[0] && b[1] && b[2] && old_current_justified.epoch + 2 == current_epoch {
            self.finalized = old_current_justified;
        }
        // The 1st/2nd most recent epochs are justified, the 1st using the 2nd as source.
        if b[0] && b[1] && old_current_justified.epoch + 1 == current_epoch {
            self.finalized = old_current_justified;
        }
    }

    /// `get_finality_delay`: previous epoch minus the finalised epoch.
    pub fn finality_delay(&self, current_epoch: u64) -> u64 {
        current_epoch.saturating_sub(1).saturating_sub(self.finalized.epoch)
    }

    /// `is_in_inactivity_leak`.
    pub fn in_leak(&self, current_epoch: u64) -> bool {
        self.finality_delay(current_epoch) > MIN_EPOCHS_TO_INACTIVITY_PENALTY
    }
}

/// `get_total_active_balance`'s floor: at least one increment.
pub fn total_balance(sum: u64) -> u64 {
    sum.max(EFFECTIVE_BALANCE_INCREMENT)
}

/// The inactivity penalty quotient of a fork (Phase 0's own leak, quadratic
/// in the finality delay, is not modelled: its runs use Altair's).
pub fn inactivity_penalty_quotient(fork: Fork) -> u64 {
    match fork {
        Fork::Phase0 | Fork::Altair => INACTIVITY_PENALTY_QUOTIENT_ALTAIR,
        Fork::Bellatrix | Fork::Electra => INACTIVITY_PENALTY_QUOTIENT_BELLATRIX,
    }
}

/// `process_inactivity_updates` for one eligible validator: its next score.
/// (Written with masks instead of branches: the model calls it for every
/// validator every epoch, and who missed the vote follows no pattern.)
#[inline]
pub fn next_inactivity_score(score: u64, participated_in_target: bool, in_leak: bool) -> u64 {
    let (p, m) = (u64::from(participated_in_target), u64::from(!participated_in_target));
    let s = score + m * INACTIVITY_SCORE_BIAS - p * score.min(1);
    s - u64::from(!in_leak) * s.min(INACTIVITY_SCORE_RECOVERY_RATE)
}

/// `get_inactivity_penalty_deltas` for one eligible validator that missed
/// its target vote (participants pay nothing).
#[inline]
pub fn inactivity_penalty(fork: Fork, effective_balance: u64, score: u64) -> u64 {
    let denominator = INACTIVITY_SCORE_BIAS * inactivity_penalty_quotient(fork);
    match effective_balance.checked_mul(score) {
        // The same quotient, by constants the compiler turns into shifts and multiplications.
        Some(n) => match fork {
            Fork::Bellatrix | Fork::Electra => n / (INACTIVITY_SCORE_BIAS * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX),
            Fork::Phase0 | Fork::Altair => n / (INACTIVITY_SCORE_BIAS * INACTIVITY_PENALTY_QUOTIENT_ALTAIR),
        },
        // Only for scores beyond 5 * 10^8 (never within the model's 20,000 epochs).
        None => (u128::from(effective_balance) * u128::from(score) / u128::from(denominator)) as u64,
    }
}
