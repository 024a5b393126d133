//! What a run records (moved from `rollup.rs`): batches posted,
//! assertions, challenges and the event log.

use super::*;

/// Why a batch was posted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PostReason {
    /// The next transactions would have exceeded the cap.
    Full,
    /// Its first transaction had waited `max_delay`.
    MaxDelay,
}

/// A batch on L1, with its sizes and costs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BatchRecord {
    pub index: u32,
    pub posted_block: u64,
    pub reason: PostReason,
    pub tx_count: u32,
    pub raw_bytes: u64,
    pub compressed_bytes: u64,
    /// raw / compressed.
    pub ratio: f64,
    pub zero_bytes: u64,
    pub nonzero_bytes: u64,
    /// Where the batch went: `Calldata` or `Blobs` (never `Auto`).
    pub mode: DataMode,
    /// L1 gas the batch transaction pays: in calldata mode the larger of
    /// the standard cost and EIP-7623's floor (from Prague), in blob mode
    /// 21,000.
    pub l1_gas: u64,
    /// Calldata gas by EIP-2028 prices alone, without the 21,000 (0 in blob
    /// mode).
    pub calldata_gas: u64,
    /// EIP-7623's floor set `l1_gas`.
    pub floor_applied: bool,
    /// The blob base fee when it was posted, gwei per blob gas.
    pub blob_base_fee_gwei: f64,
    pub blobs: u64,
    pub blob_gas: u64,
    /// What posting cost, gwei.
    pub cost_gwei: f64,
    pub cost_per_tx_gwei: f64,
    /// A plain transfer on L1 alone: 21,000 gas, gwei.
    pub l1_alone_cost_per_tx_gwei: f64,
    /// The true state root after the batch.
    #[serde(serialize_with = "ser_hash")]
    pub post_root: Hash,
    /// The compressed bytes as posted (what validators read).
    #[serde(skip)]
    pub data: Vec<u8>,
    /// The true balances before the batch (the agreed pre-state of a dispute).
    #[serde(skip)]
    pub pre_balances: Vec<u64>,
}

/// Where an assertion stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum AssertionStatus {
    Pending,
    Challenged,
    Final,
    RolledBack,
}

/// Who posted an assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Asserter {
    /// The original proposer (the cheater when there is a fault).
    Proposer,
    /// An honest validator that took over after winning a challenge.
    Validator(u32),
}

/// A state root posted to L1 with a bond.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assertion {
    pub id: u32,
    pub batch: u32,
    pub parent: Option<u32>,
    #[serde(serialize_with = "ser_hash")]
    pub root: Hash,
    /// Equal to the true state root after the batch.
    pub valid: bool,
    pub by: Asserter,
    pub posted_block: u64,
    /// The first block at which it can be final.
    pub window_end: u64,
    pub status: AssertionStatus,
    pub bond: u64,
    /// Cheater only: credited `.1` gwei after VM step `.0` of the batch.
    #[serde(skip)]
    pub(super) mint: Option<(u64, u64)>,
}

/// Who won a challenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Winner {
    Challenger,
    Proposer,
}

/// A challenge and its dispute.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Challenge {
    pub assertion: u32,
    pub batch: u32,
    /// Validator index.
    pub challenger: u32,
    pub opened_block: u64,
    /// The block at which each round of `dispute` completes.
    pub round_blocks: Vec<u64>,
    /// The block of the one-step proof.
    pub resolves_block: u64,
    pub dispute: DisputeOutcome,
    /// Rounds binary bisection needs on this trace.
    pub binary_rounds: u32,
    /// Rounds 40-way dissection (classic Nitro) needs on this trace.
    pub dissection40_rounds: u32,
    pub proof: OneStepProof,
    pub winner: Option<Winner>,
    /// Bond slashed from the loser, gwei (0 until resolved).
    pub slashed: u64,
}

/// What an event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum EventKind {
    BatchPosted,
    AssertionPosted,
    ChallengeOpened,
    OneStepProof,
    RolledBack,
    Final,
    InvalidFinal,
}

/// One line of the story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub block: u64,
    /// Seconds since the start.
    pub time: u64,
    pub kind: EventKind,
    /// The line in English, as the CLI, the exports and the log show it.
    pub text: String,
    /// The same line as a catalog message, for the page in the reader's
    /// language (`rollup-ev-*`; its English is `text`).
    #[serde(skip)]
    pub msg: crate::i18n::Msg,
}
