//! Parameters of the optimistic-rollup model and their validation.
//!
//! Defaults follow Arbitrum One (Chain Lab `reference/models.md` §2): a
//! 100,000-byte compressed calldata cap, blobs of 130,048 usable bytes, a
//! one-hour maximum batch delay, a challenge period of 45,818 L1 blocks
//! (about 6.4 days at 12 s), and L1 capacity of about 15 plain transfers a
//! second (180 per 12-second block).

use serde::{Deserialize, Serialize};

/// Seconds per L1 block (post-merge Ethereum slot).
pub const L1_BLOCK_TIME: u64 = 12;
/// The default challenge period in L1 blocks (Arbitrum One).
pub const CHALLENGE_WINDOW_BLOCKS: u64 = 45_818;
/// The calldata cap on a compressed batch (Nitro's `MaxSize`).
pub const CALLDATA_CAP: u32 = 100_000;
/// The most L1 blocks a run may take (traffic plus the challenge window,
/// with room for disputes): about 46 days.
pub const MAX_RUN_BLOCKS: u64 = 330_000;
/// The most accounts (an account index is one byte in the batch format).
pub const MAX_ACCOUNTS: u32 = 256;

/// Where the batch poster puts the compressed batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataMode {
    /// Calldata: 16 gas per non-zero byte, 4 per zero byte, at most
    /// `calldata_cap` bytes.
    Calldata,
    /// EIP-4844 blobs: 131,072 blob gas per blob, 130,048 usable bytes each.
    Blobs,
}

/// What the proposer does wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fault {
    /// Every assertion is the true state root.
    None,
    /// The assertion for batch `batch` claims a state in which the
    /// proposer (account 0) was credited `mint` gwei out of nothing after
    /// one transfer of that batch; its later assertions build on it.
    WrongRoot { batch: u32, mint: u64 },
}

/// An honest validator: watches L1, re-executes every batch and challenges
/// the first wrong assertion it sees while its window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validator {
    /// The first L1 block at which it is online; `None`: never.
    pub online_from: Option<u64>,
}

/// Everything that shapes a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RollupParams {
    /// L2 accounts (2–256); account 0 belongs to the proposer.
    pub accounts: u32,
    /// Each account's starting balance, gwei.
    pub initial_balance: u64,
    /// L2 transactions per second (mean), 0.01–1,000.
    pub tps: f64,
    /// Seconds during which transactions arrive; the run then continues
    /// until every assertion is final or rolled back.
    pub traffic_seconds: u64,
    pub data_mode: DataMode,
    /// Calldata cap on a compressed batch, bytes.
    pub calldata_cap: u32,
    /// Blobs per batch in blob mode (1–6; EIP-4844 allows 6 per block).
    pub blobs_per_batch: u32,
    /// Post a non-empty batch at the latest this many seconds after its
    /// first transaction.
    pub max_delay: u64,
    /// Brotli quality of the posted batch, 0–11 (Nitro: 11).
    pub compression_quality: u32,
    /// L1 base fee, gwei per gas.
    pub gas_price_gwei: f64,
    /// L1 blob base fee, gwei per blob gas.
    pub blob_gas_price_gwei: f64,
    /// Plain transfers an L1 block holds (the "L1 alone" comparison).
    pub l1_transfers_per_block: u32,
    /// Challenge period, L1 blocks.
    pub challenge_window: u64,
    /// Bond posted with each assertion and each challenge, gwei.
    pub bond: u64,
    /// Dissection arity: 2 (BoLD-style bisection) or more (classic Nitro: 40).
    pub arity: u32,
    /// L1 blocks each dissection move takes (a round is two moves).
    pub blocks_per_move: u64,
    pub fault: Fault,
    pub validators: Vec<Validator>,
}

impl Default for RollupParams {
    fn default() -> Self {
        RollupParams {
            accounts: 32,
            initial_balance: 100_000_000_000,
            tps: 2.0,
            traffic_seconds: 3 * 3600,
            data_mode: DataMode::Calldata,
            calldata_cap: CALLDATA_CAP,
            blobs_per_batch: 1,
            max_delay: 3600,
            compression_quality: 11,
            gas_price_gwei: 20.0,
            blob_gas_price_gwei: 1.0,
            l1_transfers_per_block: 180,
            challenge_window: CHALLENGE_WINDOW_BLOCKS,
            bond: 1_000_000_000,
            arity: 2,
            blocks_per_move: 1,
            fault: Fault::None,
            validators: vec![Validator { online_from: Some(0) }],
        }
    }
}

/// Why a set of parameters is invalid; the message names the rule broken.
pub use crate::sim::RuleError as ParamError;

fn rule(ok: bool, message: impl Into<String>) -> Result<(), ParamError> {
    if ok {
        Ok(())
    } else {
        Err(ParamError { message: message.into() })
    }
}

impl RollupParams {
    /// The most compressed bytes one batch may carry.
    pub fn batch_cap(&self) -> u64 {
        match self.data_mode {
            DataMode::Calldata => u64::from(self.calldata_cap),
            DataMode::Blobs => u64::from(self.blobs_per_batch) * super::batch::BLOB_USABLE_BYTES,
        }
    }
    /// L1 blocks during which transactions arrive.
    pub fn traffic_blocks(&self) -> u64 {
        self.traffic_seconds.div_ceil(L1_BLOCK_TIME)
    }

    pub fn validate(&self) -> Result<(), ParamError> {
        rule((2..=MAX_ACCOUNTS).contains(&self.accounts), format!("accounts must be 2 to {MAX_ACCOUNTS} (got {})", self.accounts))?;
        rule(self.initial_balance > 0, "initial_balance must be positive")?;
        rule(
            self.tps.is_finite() && (0.01..=1000.0).contains(&self.tps),
            format!("tps must be 0.01 to 1,000 transactions per second (got {})", self.tps),
        )?;
        rule(self.traffic_seconds >= L1_BLOCK_TIME, "traffic_seconds must be at least one L1 block (12 s)")?;
        rule((1_000..=1_000_000).contains(&self.calldata_cap), "calldata_cap must be 1,000 to 1,000,000 bytes")?;
        rule((1..=6).contains(&self.blobs_per_batch), "blobs_per_batch must be 1 to 6 (EIP-4844's per-block maximum)")?;
        rule(self.max_delay >= L1_BLOCK_TIME, "max_delay must be at least one L1 block (12 s)")?;
        rule(self.compression_quality <= 11, "compression_quality must be 0 to 11 (Brotli's levels)")?;
        for (name, v) in [("gas_price_gwei", self.gas_price_gwei), ("blob_gas_price_gwei", self.blob_gas_price_gwei)] {
            rule(v.is_finite() && (0.0..=1e6).contains(&v), format!("{name} must be 0 to 1,000,000 gwei"))?;
        }
        rule(self.l1_transfers_per_block >= 1, "l1_transfers_per_block must be at least 1")?;
        rule(self.challenge_window >= 1, "challenge_window must be at least 1 L1 block")?;
        rule((2..=64).contains(&self.arity), format!("arity must be 2 to 64 (got {})", self.arity))?;
        rule((1..=100).contains(&self.blocks_per_move), "blocks_per_move must be 1 to 100")?;
        rule(self.validators.len() <= 16, "at most 16 validators")?;
        if let Fault::WrongRoot { mint, .. } = self.fault {
            rule(mint > 0, "a wrong-root fault must mint a positive amount")?;
        }
        let run = self.traffic_blocks() + self.max_delay.div_ceil(L1_BLOCK_TIME) + 2 * self.challenge_window + 200 * self.blocks_per_move;
        rule(
            run <= MAX_RUN_BLOCKS,
            format!(
                "traffic, batch delay and twice the challenge window must fit in {MAX_RUN_BLOCKS} L1 blocks (about 46 days); these need {run}"
            ),
        )?;
        let per_block = self.tps * L1_BLOCK_TIME as f64 * super::batch::TX_LEN as f64;
        rule(
            per_block <= 4.0 * self.batch_cap() as f64,
            "one L1 block's transactions (tps × 12 s × 14 bytes) must be at most 4 × the batch cap",
        )?;
        Ok(())
    }
}
