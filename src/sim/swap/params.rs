//! Parameters of the atomic-swap model and their validation.
//!
//! Defaults follow decred/atomicswap (`cmd/btcatomicswap`): the initiator's
//! contract locks for 48 hours, the participant's for 24 hours, and the
//! secret is 32 bytes. The chains are Bitcoin-like (600-second blocks) and
//! Ethereum-like (12-second slots). A misordered pair of timelocks is
//! valid: it is one of the scenarios, flagged by
//! [`SwapParams::timelocks_ordered`].

use super::contract::ChainId;
use serde::{Deserialize, Serialize};

/// One hour, in seconds.
pub const HOUR: u64 = 3600;
/// The longest timelock, window or horizon accepted: 60 days.
pub const MAX_SECONDS: u64 = 60 * 24 * HOUR;
/// The most blocks either chain may make within the horizon (every block
/// is kept for the timeline).
pub const MAX_BLOCKS: u64 = 200_000;
/// How far past the later timelock the scenarios simulate. Chain A's
/// 288th block comes 48 h ± 2.8 h (one standard deviation) with random
/// block times, so 12 hours leaves room for the refunds in all but about
/// one run in 10,000.
pub const HORIZON_MARGIN: u64 = 12 * HOUR;
/// Each wallet starts with fees for this many transactions on each chain.
pub const FEE_RESERVE_TXS: u64 = 5;

/// One chain's block production, mempool and fees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChainParams {
    /// Mean seconds between blocks (A: 600, B: 12).
    pub block_time: u64,
    /// Exponential inter-block times drawn from the seed (proof-of-work
    /// blocks are a Poisson process); otherwise exactly `block_time`.
    pub jitter: bool,
    /// Seconds before a broadcast transaction can be mined (propagation).
    pub mempool_delay: u64,
    /// Fee per transaction in the chain's base unit (sat on A, gwei on B).
    pub fee: u64,
    /// Blocks a party waits on the other's lock before acting on it.
    pub confirmations: u32,
}

impl ChainParams {
    /// 600-second proof-of-work blocks; a 2,000-sat fee (an HTLC spend of
    /// about 200 vbytes at 10 sat/vB).
    pub fn bitcoin_like() -> ChainParams {
        ChainParams { block_time: 600, jitter: true, mempool_delay: 60, fee: 2_000, confirmations: 1 }
    }
    /// 12-second slots; a 1,000,000-gwei fee (0.001 ETH: about 100,000 gas
    /// at 10 gwei).
    pub fn ethereum_like() -> ChainParams {
        ChainParams { block_time: 12, jitter: false, mempool_delay: 6, fee: 1_000_000, confirmations: 1 }
    }
}

/// What a party does. An honest party locks, redeems and refunds, each as
/// soon as it can plus its reaction delay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartyPlan {
    /// Does it lock at all.
    pub lock: bool,
    /// Does it redeem at all.
    pub redeem: bool,
    /// Does it refund once it can.
    pub refund: bool,
    /// Seconds between seeing what it waits for and broadcasting.
    pub reaction_delay: u64,
    /// Seconds `[from, until)`: it does nothing and sees nothing new.
    pub offline: Option<(u64, u64)>,
    /// Initiator only: redeem no earlier than this time (the
    /// misordered-timelocks attack waits for its own refund first).
    pub redeem_at: Option<u64>,
}

impl Default for PartyPlan {
    fn default() -> Self {
        PartyPlan { lock: true, redeem: true, refund: true, reaction_delay: 60, offline: None, redeem_at: None }
    }
}

/// A fee spike on one chain during `[from, until)` (seconds): its blocks
/// fill with other users' transactions paying more, and a swap transaction
/// gets in only if it pays at least [`CONGESTED_FEE_MULTIPLE`] times the
/// chain's normal fee. A transaction at the normal fee waits until
/// `until`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Congestion {
    pub chain: ChainId,
    pub from: u64,
    pub until: u64,
}

/// The fee multiple that gets a transaction into a congested block. A
/// transaction replacing a conflicting one pays the same multiple.
pub const CONGESTED_FEE_MULTIPLE: u64 = 2;

/// Everything that determines a run, together with the seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SwapParams {
    pub chain_a: ChainParams,
    pub chain_b: ChainParams,
    /// Sats Alice locks on A (100,000,000 = 1 BTC).
    pub amount_a: u64,
    /// Gwei Bob locks on B (15,000,000,000 = 15 ETH).
    pub amount_b: u64,
    /// Alice's timelock, seconds after the start; chain A's contract holds
    /// it as a block height (see [`SwapParams::timelock_height_a`]).
    pub initiator_timelock: u64,
    /// Bob's timelock, seconds after the start: a block timestamp on B.
    pub participant_timelock: u64,
    /// Bytes in Alice's secret (32 normally).
    pub secret_len: u32,
    /// Does Bob's contract require a 32-byte secret.
    pub contract_b_checks_length: bool,
    pub initiator: PartyPlan,
    pub participant: PartyPlan,
    pub congestion: Option<Congestion>,
    /// Seconds simulated.
    pub horizon: u64,
}

impl Default for SwapParams {
    /// decred/atomicswap's timelocks (48 h and 24 h), 1 BTC for 15 ETH, both
    /// parties honest with a one-minute reaction delay.
    fn default() -> Self {
        let initiator_timelock = 48 * HOUR;
        SwapParams {
            chain_a: ChainParams::bitcoin_like(),
            chain_b: ChainParams::ethereum_like(),
            amount_a: 100_000_000,
            amount_b: 15_000_000_000,
            initiator_timelock,
            participant_timelock: 24 * HOUR,
            secret_len: 32,
            contract_b_checks_length: true,
            initiator: PartyPlan::default(),
            participant: PartyPlan::default(),
            congestion: None,
            horizon: initiator_timelock + HORIZON_MARGIN,
        }
    }
}

/// Why a set of parameters is invalid; the message names the rule broken.
pub use crate::sim::RuleError as ParamError;

fn err(message: String) -> Result<(), ParamError> {
    Err(ParamError { message })
}

fn check_window(what: &str, w: Option<(u64, u64)>) -> Result<(), ParamError> {
    if let Some((from, until)) = w {
        if from >= until {
            return err(format!("{what}: the window must start before it ends (from {from} s, until {until} s)"));
        }
        if until > MAX_SECONDS {
            return err(format!("{what}: the window must end within 60 days"));
        }
    }
    Ok(())
}

impl SwapParams {
    /// Sets the horizon to the later timelock plus [`HORIZON_MARGIN`].
    pub fn with_default_horizon(mut self) -> SwapParams {
        self.horizon = self.initiator_timelock.max(self.participant_timelock) + HORIZON_MARGIN;
        self
    }

    /// Bob's timelock is strictly shorter than Alice's, as the protocol
    /// requires. A misordered pair is valid input (it is a scenario).
    pub fn timelocks_ordered(&self) -> bool {
        self.participant_timelock < self.initiator_timelock
    }

    /// CLTV's operand on chain A: the initiator's timelock in blocks,
    /// `ceil(initiator_timelock / block_time)`, counted from height 0 at
    /// the start. The refund can be mined from the next height on.
    pub fn timelock_height_a(&self) -> u64 {
        self.initiator_timelock.div_ceil(self.chain_a.block_time.max(1))
    }

    pub fn chain(&self, id: ChainId) -> &ChainParams {
        match id {
            ChainId::A => &self.chain_a,
            ChainId::B => &self.chain_b,
        }
    }

    /// Checks every rule; the first one broken is reported.
    pub fn validate(&self) -> Result<(), ParamError> {
        for (id, c) in [(ChainId::A, &self.chain_a), (ChainId::B, &self.chain_b)] {
            let n = match id {
                ChainId::A => "chain A",
                ChainId::B => "chain B",
            };
            if !(1..=86_400).contains(&c.block_time) {
                return err(format!("{n}: block time must be 1 to 86,400 seconds (it is {})", c.block_time));
            }
            if c.mempool_delay > 86_400 {
                return err(format!("{n}: mempool delay must be at most 86,400 seconds (it is {})", c.mempool_delay));
            }
            if !(1..=100).contains(&c.confirmations) {
                return err(format!("{n}: confirmations must be 1 to 100 (it is {})", c.confirmations));
            }
            if self.horizon / c.block_time > MAX_BLOCKS {
                return err(format!(
                    "{n}: the horizon holds {} blocks; at most {MAX_BLOCKS} per chain (lengthen the block time or shorten the timelocks)",
                    self.horizon / c.block_time
                ));
            }
        }
        const MAX_AMOUNT: u64 = 1_000_000_000_000_000;
        for (n, amount, fee) in [("A", self.amount_a, self.chain_a.fee), ("B", self.amount_b, self.chain_b.fee)] {
            if !(1..=MAX_AMOUNT).contains(&amount) {
                return err(format!("amount on chain {n} must be 1 to 10^15 base units (it is {amount})"));
            }
            if fee >= amount {
                return err(format!("fee on chain {n} must be smaller than the amount locked ({fee} >= {amount})"));
            }
        }
        for (n, t) in
            [("Alice's (initiator) timelock", self.initiator_timelock), ("Bob's (participant) timelock", self.participant_timelock)]
        {
            if !(1..=MAX_SECONDS).contains(&t) {
                return err(format!("{n} must be 1 second to 60 days (it is {t} s)"));
            }
        }
        if !(1..=64).contains(&self.secret_len) {
            return err(format!("secret length must be 1 to 64 bytes (it is {})", self.secret_len));
        }
        for (n, p) in [("Alice", &self.initiator), ("Bob", &self.participant)] {
            if p.reaction_delay > MAX_SECONDS {
                return err(format!("{n}'s reaction delay must be at most 60 days"));
            }
            check_window(&format!("{n} offline"), p.offline)?;
            if p.redeem_at.is_some_and(|t| t > MAX_SECONDS) {
                return err(format!("{n}'s earliest redeem time must be within 60 days"));
            }
        }
        if self.participant.redeem_at.is_some() {
            return err("only the initiator (Alice) can hold back her redeem: Bob's redeem_at must be none".into());
        }
        if let Some(c) = &self.congestion {
            check_window("congestion", Some((c.from, c.until)))?;
        }
        if !(1..=MAX_SECONDS).contains(&self.horizon) {
            return err(format!("horizon must be 1 second to 60 days (it is {} s)", self.horizon));
        }
        Ok(())
    }
}
