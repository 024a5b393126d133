//! What L1 charges for a batch, by Ethereum fork: calldata gas with
//! EIP-7623's floor, the blob schedule per fork, and the blob base fee.
//!
//! - **Calldata** (EIP-2028, EIP-7623): `tokens = zero_bytes + 4 ×
//!   nonzero_bytes`; before Prague a transaction pays `21,000 + 4 × tokens +
//!   execution`; from Prague (Pectra, May 2025) it pays
//!   `max(21,000 + 4 × tokens + execution, 21,000 + 10 × tokens)`
//!   (`STANDARD_TOKEN_COST = 4`, `TOTAL_COST_FLOOR_PER_TOKEN = 10`). A batch
//!   carries little execution gas, so the floor applies to it.
//! - **Blobs** (EIP-4844): `GAS_PER_BLOB = 2^17`; the blob base fee is
//!   `fake_exponential(MIN_BASE_FEE_PER_BLOB_GAS = 1, excess_blob_gas,
//!   BLOB_BASE_FEE_UPDATE_FRACTION)` wei, and after each block
//!   `excess = max(0, excess + blob_gas_used − target × GAS_PER_BLOB)`.
//! - **Schedule** (target / max blobs per block, update fraction): Cancun
//!   3 / 6, 3,338,477 (EIP-4844); Prague 6 / 9, 5,007,716 (EIP-7691); BPO1
//!   10 / 15, 8,346,193 from 2025-12-09; BPO2 14 / 21, 11,684,671 from
//!   2026-01-07 (blob-parameter-only forks, EIP-7892; mainnet schedule in
//!   the Fusaka meta-EIP-7607 and the clients' `blobSchedule`). Today
//!   (2026-12-06) BPO2 is in force: [`Fork::TODAY`].
//! - **Reserve price** (EIP-7918, Fusaka, December 2025, so in force with
//!   BPO1 and BPO2): when `BLOB_BASE_COST × base_fee > GAS_PER_BLOB ×
//!   blob_base_fee` (`BLOB_BASE_COST = 2^13`), the excess only grows
//!   (`excess += used × (max − target) / max`), so blob fees cannot sink far
//!   below execution costs.
//!
//! Where the model differs: one base fee (a parameter) for the whole run
//! (no EIP-1559 base-fee movement); other users' blob demand is a steady
//! rate; the rollup's blobs always fit in the block.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The base cost of any L1 transaction.
pub const TX_BASE_GAS: u64 = 21_000;
/// EIP-7623's `STANDARD_TOKEN_COST`.
pub const STANDARD_TOKEN_COST: u64 = 4;
/// EIP-7623's `TOTAL_COST_FLOOR_PER_TOKEN`.
pub const TOTAL_COST_FLOOR_PER_TOKEN: u64 = 10;
/// Blob gas per blob (EIP-4844).
pub const GAS_PER_BLOB: u64 = 131_072;
/// EIP-7918's `BLOB_BASE_COST`.
pub const BLOB_BASE_COST: u64 = 1 << 13;

/// An Ethereum fork as far as data costs go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Fork {
    /// Dencun (March 2024): blobs arrive, 3 / 6.
    Cancun,
    /// Pectra (May 2025): 6 / 9 blobs, the calldata floor.
    Prague,
    /// Blob-parameter-only fork after Fusaka: 10 / 15 (2025-12-09).
    Bpo1,
    /// The second BPO fork: 14 / 21 (2026-01-07).
    Bpo2,
}

impl Fork {
    pub const ALL: [Fork; 4] = [Fork::Cancun, Fork::Prague, Fork::Bpo1, Fork::Bpo2];
    /// The fork in force on 2026-12-06.
    pub const TODAY: Fork = Fork::Bpo2;

    /// Short name (URL `fork=`, CLI `--fork`).
    pub fn key(self) -> &'static str {
        match self {
            Fork::Cancun => "cancun",
            Fork::Prague => "prague",
            Fork::Bpo1 => "bpo1",
            Fork::Bpo2 => "bpo2",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Fork::Cancun => "Cancun (Dencun)",
            Fork::Prague => "Prague (Pectra)",
            Fork::Bpo1 => "BPO1",
            Fork::Bpo2 => "BPO2",
        }
    }
    /// When it activated on mainnet.
    pub fn since(self) -> &'static str {
        match self {
            Fork::Cancun => "2024-03-13",
            Fork::Prague => "2025-05-07",
            Fork::Bpo1 => "2025-12-09",
            Fork::Bpo2 => "2026-01-07",
        }
    }
    pub fn parse(s: &str) -> Option<Fork> {
        let s = s.trim().to_ascii_lowercase();
        Fork::ALL
            .into_iter()
            .find(|f| f.key() == s || (s == "dencun" && *f == Fork::Cancun) || (s == "pectra" && *f == Fork::Prague))
    }
    /// Target blobs per block.
    pub fn target_blobs(self) -> u64 {
        match self {
            Fork::Cancun => 3,
            Fork::Prague => 6,
            Fork::Bpo1 => 10,
            Fork::Bpo2 => 14,
        }
    }
    /// Most blobs per block.
    pub fn max_blobs(self) -> u64 {
        match self {
            Fork::Cancun => 6,
            Fork::Prague => 9,
            Fork::Bpo1 => 15,
            Fork::Bpo2 => 21,
        }
    }
    /// `BLOB_BASE_FEE_UPDATE_FRACTION`.
    pub fn update_fraction(self) -> u64 {
        match self {
            Fork::Cancun => 3_338_477,
            Fork::Prague => 5_007_716,
            Fork::Bpo1 => 8_346_193,
            Fork::Bpo2 => 11_684_671,
        }
    }
    /// EIP-7623's calldata floor applies (Prague on).
    pub fn calldata_floor(self) -> bool {
        self != Fork::Cancun
    }
    /// EIP-7918's reserve price applies (Fusaka on: the BPO forks).
    pub fn reserve_price(self) -> bool {
        matches!(self, Fork::Bpo1 | Fork::Bpo2)
    }
}

impl fmt::Display for Fork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// EIP-4844's `fake_exponential(factor, numerator, denominator)`: an
/// integer approximation of `factor × e^(numerator / denominator)`,
/// saturating at `u128::MAX`.
pub fn fake_exponential(factor: u128, numerator: u128, denominator: u128) -> u128 {
    let mut i: u128 = 1;
    let mut output: u128 = 0;
    let mut accum = factor.saturating_mul(denominator);
    while accum > 0 {
        output = output.saturating_add(accum);
        accum = accum.saturating_mul(numerator) / denominator.saturating_mul(i);
        i += 1;
        if output == u128::MAX {
            break;
        }
    }
    output / denominator
}

/// The blob base fee at this excess blob gas, wei per blob gas.
pub fn blob_base_fee_wei(excess_blob_gas: u64, fork: Fork) -> u128 {
    fake_exponential(1, u128::from(excess_blob_gas), u128::from(fork.update_fraction()))
}

/// The next block's excess blob gas after a block that used
/// `blob_gas_used` (EIP-4844 `calc_excess_blob_gas`, with EIP-7918's
/// reserve-price branch on forks that have it; `base_fee_wei` is the
/// block's execution base fee).
pub fn next_excess_blob_gas(excess: u64, blob_gas_used: u64, fork: Fork, base_fee_wei: u128) -> u64 {
    let target = fork.target_blobs() * GAS_PER_BLOB;
    if excess + blob_gas_used < target {
        return 0;
    }
    if fork.reserve_price()
        && u128::from(BLOB_BASE_COST) * base_fee_wei > u128::from(GAS_PER_BLOB) * blob_base_fee_wei(excess, fork)
    {
        let (max, tgt) = (fork.max_blobs(), fork.target_blobs());
        return excess + blob_gas_used * (max - tgt) / max;
    }
    excess + blob_gas_used - target
}

/// The smallest excess blob gas at which the blob base fee reaches
/// `fee_wei` (so a run can start at a chosen blob price).
pub fn excess_for_fee(fee_wei: u128, fork: Fork) -> u64 {
    if fee_wei <= 1 {
        return 0;
    }
    let (mut lo, mut hi) = (0u64, 1u64 << 40);
    if blob_base_fee_wei(hi, fork) < fee_wei {
        return hi;
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if blob_base_fee_wei(mid, fork) >= fee_wei {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Gas of a transaction carrying calldata, both ways of counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CalldataGas {
    /// `zero + 4 × nonzero`.
    pub tokens: u64,
    /// `21,000 + 4 × tokens + execution` (EIP-2028 pricing).
    pub standard: u64,
    /// `21,000 + 10 × tokens` (EIP-7623).
    pub floor: u64,
    /// What the transaction pays on this fork.
    pub charged: u64,
    /// The floor set the price.
    pub floor_applied: bool,
}

/// Gas of a transaction with these calldata bytes and `execution` gas.
pub fn calldata_tx_gas(zero_bytes: u64, nonzero_bytes: u64, execution: u64, fork: Fork) -> CalldataGas {
    let tokens = zero_bytes + 4 * nonzero_bytes;
    let standard = TX_BASE_GAS + STANDARD_TOKEN_COST * tokens + execution;
    let floor = TX_BASE_GAS + TOTAL_COST_FLOOR_PER_TOKEN * tokens;
    let floor_applied = fork.calldata_floor() && floor > standard;
    CalldataGas { tokens, standard, floor, charged: if floor_applied { floor } else { standard }, floor_applied }
}

/// The L1 blob market the batch poster posts into: other users' steady
/// demand plus the rollup's own blobs, block by block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlobMarket {
    pub fork: Fork,
    pub excess_blob_gas: u64,
    /// Other users' blobs per block (mean; the fraction is carried).
    pub other_blobs: f64,
    carry: f64,
    /// Execution base fee, wei (for EIP-7918).
    pub base_fee_wei: u128,
}

impl BlobMarket {
    pub fn new(fork: Fork, start_fee_wei: u128, other_blobs: f64, base_fee_wei: u128) -> BlobMarket {
        BlobMarket { fork, excess_blob_gas: excess_for_fee(start_fee_wei, fork), other_blobs, carry: 0.0, base_fee_wei }
    }
    /// The current blob base fee, wei per blob gas.
    pub fn fee_wei(&self) -> u128 {
        blob_base_fee_wei(self.excess_blob_gas, self.fork)
    }
    /// Other users' blobs in the next block (at most the fork's maximum
    /// less what the rollup posts).
    pub fn others_next(&mut self, rollup_blobs: u64) -> u64 {
        self.carry += self.other_blobs;
        let n = self.carry.floor();
        self.carry -= n;
        (n as u64).min(self.fork.max_blobs().saturating_sub(rollup_blobs))
    }
    /// Close a block in which `rollup_blobs` of the rollup's were posted;
    /// returns the blobs the block held.
    pub fn close_block(&mut self, rollup_blobs: u64) -> u64 {
        let used = self.others_next(rollup_blobs) + rollup_blobs.min(self.fork.max_blobs());
        self.excess_blob_gas =
            next_excess_blob_gas(self.excess_blob_gas, used * GAS_PER_BLOB, self.fork, self.base_fee_wei);
        used
    }
}
