//! An Arbitrum-style optimistic rollup: sequencer, batch poster with real
//! Brotli, state roots, assertions with bonds, the challenge window, and
//! fraud proofs by interactive bisection over a real execution trace.
//!
//! Each [`RollupSim::step`] is one 12-second L1 block. In it:
//!
//! 1. L2 transfers arrive (`tps × 12` per block on average, carried as a
//!    fraction; senders, receivers and amounts drawn from the seed) and
//!    the sequencer orders and executes them at once (first come, first
//!    served). The same load sent to L1 alone, at
//!    `l1_transfers_per_block`, builds [`RollupSim::l1_alone_backlog`].
//! 2. The batch poster posts the pending batch if its first transaction
//!    is `max_delay` old, or if the next transactions would push it over
//!    the cap (100,000 compressed bytes of calldata, or 130,048 usable bytes
//!    per blob). It tracks the compressed size by compressing each added
//!    chunk alone at a fast Brotli level ([`ESTIMATE_QUALITY`]) and scaling
//!    the sum by the ratio it last measured between the real compression at
//!    `compression_quality` and that sum; once the estimate nears the cap
//!    it compresses once for real at `compression_quality` and keeps the
//!    chunk if the real size fits, so full batches end within a few percent
//!    of the cap. Nitro's poster (`arbnode/batch_poster.go`,
//!    `batchSegments`) streams at a `level`, closes when the flushed size
//!    reaches the cap and recompresses at a `recompression-level`; its
//!    default `compression-levels` (`arbnode/compression_level.go`) are
//!    11/11 with no backlog, 6/11 from 21 batches of backlog, 6/6 from 41
//!    and 4/6 from 61. This model's poster never has a backlog, so Nitro
//!    would use 11; `compression_quality` is a parameter (URL `q=`, CLI
//!    `--quality`) because 11 is slow (see `benches/rollup.rs`). Format and
//!    gas: [`batch`].
//! 3. The proposer posts an assertion with its state root for each batch,
//!    in the same L1 block, with a bond. Its challenge window ends
//!    `challenge_window` blocks later (45,818 by default, about 6.4 days).
//!    A cheating proposer ([`Fault::WrongRoot`]) credits itself `mint` gwei
//!    after one transfer of the chosen batch and builds its later
//!    assertions on that state.
//! 4. Each online honest validator decompresses and re-executes every
//!    posted batch (from L1 data only) and challenges the first wrong
//!    assertion whose parent is right, while its window is open. The
//!    dispute ([`dispute`]) bisects the batch's VM trace ([`state`]), one
//!    round per two moves of `blocks_per_move` blocks each; then L1 runs the
//!    one disputed step. The loser's bond is slashed (to the winner); a
//!    wrong assertion and every assertion built on it are rolled back, and
//!    the challenger re-asserts the true roots (as a new proposer).
//! 5. An assertion becomes final once its window has passed with no open
//!    challenge and its parent is final. With no honest validator online
//!    within the window, a wrong root becomes final: the case
//!    [`RollupSim::invalid_finalised`] reports.
//!
//! Sources: Chain Lab `reference/models.md` §2; Arbitrum Nitro docs (batch
//! poster, Brotli, `MaxSize` 100,000; challenge period 45,818 blocks);
//! EIP-2028 (calldata gas); EIP-4844 (blobs). Simplifications: one
//! assertion per batch (Arbitrum asserts about hourly over many batches);
//! transfers only, without signatures; no L2 gas or L1 fee market (gas
//! prices are parameters); bonds are flat; the one-step proof is given the
//! whole pre-state rather than Merkle proofs of the touched cells; the
//! dissection's moves are computed at once and revealed block by block.

pub mod batch;
pub mod bisection;
pub mod bold;
pub mod captions;
pub mod classic;
pub mod codec;
pub mod dispute;
pub mod l1fee;
mod params;
pub mod report;
pub mod simulation;
pub mod state;

pub use dispute::{bisect, max_rounds, one_step_proof, DisputeError, DisputeOutcome, OneStepProof, Point, Round};
pub use l1fee::{BlobMarket, Fork};
pub use params::{
    DataMode, Fault, ParamError, RollupParams, Validator, CALLDATA_CAP, CHALLENGE_WINDOW_BLOCKS, L1_BLOCK_TIME,
    MAX_RUN_BLOCKS,
};
pub use state::{apply_transfer, hex, state_root, BalanceTree, Hash, Machine, Op, Transfer};

use crate::format::thousands;
use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use serde::Serialize;
use state::ser_hash;

/// Brotli level the poster uses to track a batch's compressed size.
pub const ESTIMATE_QUALITY: u32 = 4;
/// The proposer's own L2 account, the one a wrong root credits.
pub const PROPOSER_ACCOUNT: usize = 0;

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
    mint: Option<(u64, u64)>,
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
    pub text: String,
}

/// The batch being filled.
#[derive(Clone, Debug, Default)]
struct Pending {
    txs: Vec<Transfer>,
    body: Vec<u8>,
    first_time: u64,
    pre_balances: Vec<u64>,
    /// The batch compressed for real at `compression_quality`, if that was
    /// done for exactly these transactions.
    compressed: Option<Vec<u8>>,
    /// Sum of each added chunk's size at [`ESTIMATE_QUALITY`], compressed
    /// alone (so tracking the size costs each byte one fast compression).
    estimate: u64,
    /// Calldata or blobs, chosen when the batch started.
    mode: Option<DataMode>,
}

/// A snapshot of the batch being filled.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PendingSummary {
    pub tx_count: u32,
    pub raw_bytes: u64,
    /// Seconds since its first transaction.
    pub age: u64,
}

/// A running rollup.
#[derive(Clone, Debug)]
pub struct RollupSim {
    params: RollupParams,
    seed: u64,
    rng: SimRng,
    block: u64,
    arrival_carry: f64,
    /// The true L2 state (the sequencer's).
    balances: Vec<u64>,
    nonces: Vec<u32>,
    /// The proposer's view (differs after it cheats).
    proposer_balances: Vec<u64>,
    /// A validator has replaced the proposer.
    proposer_replaced: bool,
    pending: Pending,
    batches: Vec<BatchRecord>,
    assertions: Vec<Assertion>,
    head: Option<u32>,
    challenges: Vec<Challenge>,
    log: Vec<Event>,
    total_txs: u64,
    l1_alone_backlog: u64,
    invalid_finalised: bool,
    /// Real size at `compression_quality` over the pending batch's
    /// chunk-by-chunk estimate, as last measured.
    quality_ratio: f64,
    /// L1's blob market (EIP-4844's fee rule over the run).
    market: BlobMarket,
    /// The rollup's blobs posted in the current block.
    blobs_this_block: u64,
}

/// The blob market a run starts with: `blob_gas_price_gwei` at the start,
/// other users' demand at `blob_demand × target` blobs a block.
pub fn market_for(p: &RollupParams) -> BlobMarket {
    let other = p.blob_demand * p.fork.target_blobs() as f64;
    BlobMarket::new(
        p.fork,
        (p.blob_gas_price_gwei * 1e9).round() as u128,
        other,
        (p.gas_price_gwei * 1e9).round() as u128,
    )
}

/// How a poster set to `Auto` posts right now, by Nitro's rule
/// (`arbnode/batch_poster.go`, when it starts building a batch): blob fee per
/// byte `= blob_base_fee × 131,072 / 126,976` (its `usableBytesInBlob`, 31/32
/// of a blob's bytes; integer division), calldata
/// fee per byte `= base_fee × 16`, or `× 40` once the parent chain has
/// EIP-7623 (the floor's cost of a non-zero byte); blobs if the blob fee per
/// byte is strictly less. (Nitro also waits for 16 calldata batches before
/// switching back under a backlog; this poster never has a backlog.)
pub fn choose_mode(p: &RollupParams, blob_fee_wei: u128) -> DataMode {
    match p.data_mode {
        DataMode::Auto => {
            let multiplier: u128 = if p.fork.calldata_floor() { 40 } else { 16 };
            let base_fee_wei = (p.gas_price_gwei * 1e9).round() as u128;
            let calldata = base_fee_wei * multiplier;
            let blob = blob_fee_wei * u128::from(batch::BLOB_GAS) / u128::from(batch::POSTER_PRICED_BLOB_BYTES);
            if blob < calldata {
                DataMode::Blobs
            } else {
                DataMode::Calldata
            }
        }
        m => m,
    }
}

/// Transactions added to a batch at a time: a 1/8 of the cap's raw bytes
/// at a 2× ratio, so a full batch ends within a few percent of the cap.
fn chunk_len(cap: u64) -> usize {
    (cap as usize / (8 * batch::TX_LEN)).max(1)
}

impl RollupSim {
    pub fn new(params: RollupParams, seed: u64) -> Result<RollupSim, ParamError> {
        params.validate()?;
        let n = params.accounts as usize;
        let balances = vec![params.initial_balance; n];
        Ok(RollupSim {
            rng: seeded(seed),
            seed,
            block: 0,
            arrival_carry: 0.0,
            proposer_balances: balances.clone(),
            nonces: vec![0; n],
            balances,
            proposer_replaced: false,
            pending: Pending::default(),
            batches: Vec::new(),
            assertions: Vec::new(),
            head: None,
            challenges: Vec::new(),
            log: Vec::new(),
            total_txs: 0,
            l1_alone_backlog: 0,
            invalid_finalised: false,
            quality_ratio: 1.0,
            market: market_for(&params),
            blobs_this_block: 0,
            params,
        })
    }

    pub fn params(&self) -> &RollupParams {
        &self.params
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// L1 blocks made so far.
    pub fn block(&self) -> u64 {
        self.block
    }
    /// Seconds since the start.
    pub fn time(&self) -> u64 {
        self.block * L1_BLOCK_TIME
    }
    /// The true L2 balances (gwei), as the sequencer has executed them.
    pub fn balances(&self) -> &[u64] {
        &self.balances
    }
    /// The proposer's balances (differ from the true ones once it cheats).
    pub fn proposer_balances(&self) -> &[u64] {
        &self.proposer_balances
    }
    /// The true current state root.
    pub fn state_root(&self) -> Hash {
        state_root(&self.balances)
    }
    /// Transfers sequenced so far.
    pub fn total_txs(&self) -> u64 {
        self.total_txs
    }
    /// Transactions sequenced on L2 but not yet posted to L1.
    pub fn mempool_len(&self) -> usize {
        self.pending.txs.len()
    }
    pub fn pending_batch(&self) -> PendingSummary {
        PendingSummary {
            tx_count: self.pending.txs.len() as u32,
            raw_bytes: if self.pending.txs.is_empty() {
                0
            } else {
                (batch::HEADER_LEN + self.pending.body.len()) as u64
            },
            age: if self.pending.txs.is_empty() { 0 } else { self.time() - self.pending.first_time },
        }
    }
    /// The transactions waiting if the same load went to L1 alone.
    pub fn l1_alone_backlog(&self) -> u64 {
        self.l1_alone_backlog
    }
    /// L1's blob market as it stands.
    pub fn blob_market(&self) -> &BlobMarket {
        &self.market
    }
    /// The blob base fee now, gwei per blob gas.
    pub fn blob_base_fee_gwei(&self) -> f64 {
        self.market.fee_wei() as f64 / 1e9
    }
    pub fn batches(&self) -> &[BatchRecord] {
        &self.batches
    }
    pub fn assertions(&self) -> &[Assertion] {
        &self.assertions
    }
    pub fn challenges(&self) -> &[Challenge] {
        &self.challenges
    }
    pub fn log(&self) -> &[Event] {
        &self.log
    }
    /// A wrong state root has become final.
    pub fn invalid_finalised(&self) -> bool {
        self.invalid_finalised
    }
    /// Traffic is over, everything is posted and every assertion is final
    /// or rolled back (or the run hit [`MAX_RUN_BLOCKS`]).
    pub fn is_done(&self) -> bool {
        self.block >= MAX_RUN_BLOCKS
            || (self.block >= self.params.traffic_blocks()
                && self.pending.txs.is_empty()
                && self
                    .assertions
                    .iter()
                    .all(|a| matches!(a.status, AssertionStatus::Final | AssertionStatus::RolledBack))
                && self.challenges.iter().all(|c| c.winner.is_some()))
    }
    pub fn run_to_end(&mut self) {
        while !self.is_done() {
            self.step();
        }
    }

    /// A stable hash of the whole state.
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.block.to_le_bytes());
        f.add(&self.state_root());
        f.add(&state_root(&self.proposer_balances));
        f.add(&self.l1_alone_backlog.to_le_bytes());
        f.add(&self.market.excess_blob_gas.to_le_bytes());
        for b in &self.batches {
            f.add(&b.data);
            f.add(&b.post_root);
            f.add_u32(b.tx_count);
        }
        for a in &self.assertions {
            f.add(&a.root);
            f.add(&a.window_end.to_le_bytes());
            f.add(&[a.status as u8]);
        }
        for c in &self.challenges {
            f.add(&c.dispute.step.to_le_bytes());
            f.add(&c.resolves_block.to_le_bytes());
        }
        f.add_u32(self.log.len() as u32);
        f.finish()
    }

    fn event(&mut self, kind: EventKind, text: String) {
        self.log.push(Event { block: self.block, time: self.time(), kind, text });
    }

    /// One L1 block.
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        self.block += 1;
        let now = self.time();
        let txs = if self.block <= self.params.traffic_blocks() { self.arrivals() } else { Vec::new() };
        let cap = u64::from(self.params.l1_transfers_per_block);
        self.l1_alone_backlog = (self.l1_alone_backlog + txs.len() as u64).saturating_sub(cap);
        if !self.pending.txs.is_empty() && now - self.pending.first_time >= self.params.max_delay {
            self.post(PostReason::MaxDelay);
        }
        let chunk = chunk_len(
            self.params
                .batch_cap_for(self.pending.mode.unwrap_or_else(|| choose_mode(&self.params, self.market.fee_wei()))),
        );
        for part in txs.chunks(chunk) {
            let mut part_raw = Vec::with_capacity(part.len() * batch::TX_LEN);
            for t in part {
                batch::encode_tx(&mut part_raw, t);
            }
            let part_estimate = batch::compress(&part_raw, ESTIMATE_QUALITY).len() as u64;
            let mut real = None;
            if !self.pending.txs.is_empty() {
                let (fits, compressed) = self.fits_with(part, part_estimate);
                if fits {
                    real = compressed;
                } else {
                    self.post(PostReason::Full);
                }
            }
            if self.pending.txs.is_empty() {
                self.pending.first_time = now;
                self.pending.pre_balances = self.balances.clone();
                self.pending.mode = Some(choose_mode(&self.params, self.market.fee_wei()));
            }
            for t in part {
                apply_transfer(&mut self.balances, t);
            }
            self.pending.body.extend_from_slice(&part_raw);
            self.pending.txs.extend_from_slice(part);
            self.pending.estimate += part_estimate;
            self.pending.compressed = real;
            self.total_txs += part.len() as u64;
        }
        self.validators_act();
        self.resolve_challenges();
        self.finalise();
        self.market.close_block(std::mem::take(&mut self.blobs_this_block));
    }

    fn arrivals(&mut self) -> Vec<Transfer> {
        self.arrival_carry += self.params.tps * L1_BLOCK_TIME as f64;
        let n = self.arrival_carry.floor();
        self.arrival_carry -= n;
        let accounts = self.params.accounts;
        (0..n as u64)
            .map(|_| {
                let from = self.rng.random_range(0..accounts);
                let mut to = self.rng.random_range(0..accounts - 1);
                if to >= from {
                    to += 1;
                }
                // 0.001 to 1 ETH in steps of 0.001 ETH, in gwei.
                let amount = self.rng.random_range(1..=1000u64) * 1_000_000;
                let nonce = self.nonces[from as usize];
                self.nonces[from as usize] += 1;
                Transfer { from: from as u8, to: to as u8, nonce, amount }
            })
            .collect()
    }

    fn raw_with(&self, more: &[Transfer]) -> Vec<u8> {
        let mut raw = Vec::with_capacity(batch::HEADER_LEN + self.pending.body.len() + more.len() * batch::TX_LEN);
        batch::encode_header(
            &mut raw,
            self.batches.len() as u64,
            self.pending.first_time,
            (self.pending.txs.len() + more.len()) as u32,
        );
        raw.extend_from_slice(&self.pending.body);
        for t in more {
            batch::encode_tx(&mut raw, t);
        }
        raw
    }

    /// Whether the pending batch plus `more` (whose chunk estimate is
    /// `more_estimate`) stays within the cap once compressed at
    /// `compression_quality`, and that compression if it was made. The
    /// chunk-by-chunk estimate times the measured ratio predicts; once the
    /// prediction is within 4% of the cap, one real compression decides
    /// (and is kept for posting); a batch whose real size is already within
    /// 4% of the cap is posted as it is. So a full batch costs about one
    /// compression at `compression_quality`, and tracking its size one fast
    /// compression of each byte.
    fn fits_with(&mut self, more: &[Transfer], more_estimate: u64) -> (bool, Option<Vec<u8>>) {
        let cap = self.pending_cap() as f64;
        let estimate = (self.pending.estimate + more_estimate + batch::HEADER_LEN as u64) as f64;
        if estimate * self.quality_ratio < 0.96 * cap {
            return (true, None);
        }
        if self.pending.compressed.as_ref().is_some_and(|c| c.len() as f64 >= 0.96 * cap) {
            return (false, None);
        }
        let real = batch::compress(&self.raw_with(more), self.params.compression_quality);
        self.quality_ratio = real.len() as f64 / estimate;
        if real.len() as f64 <= cap {
            (true, Some(real))
        } else {
            (false, None)
        }
    }

    /// The cap of the batch being filled (by the mode it started with).
    fn pending_cap(&self) -> u64 {
        self.params.batch_cap_for(self.pending.mode.unwrap_or(self.params.data_mode))
    }

    fn post(&mut self, reason: PostReason) {
        let p = std::mem::take(&mut self.pending);
        let index = self.batches.len() as u32;
        let raw = batch::encode(u64::from(index), p.first_time, &p.txs);
        let mut data = p.compressed.unwrap_or_else(|| batch::compress(&raw, self.params.compression_quality));
        let mode = p.mode.unwrap_or_else(|| choose_mode(&self.params, self.market.fee_wei()));
        if data.len() as u64 > self.params.batch_cap_for(mode) {
            let fast = batch::compress(&raw, ESTIMATE_QUALITY);
            if fast.len() < data.len() {
                data = fast;
            }
        }
        let (zero_bytes, nonzero_bytes) = batch::count_zero_bytes(&data);
        let len = data.len() as u64;
        let (calldata_gas, blobs, l1_gas, floor_applied) = match mode {
            DataMode::Blobs => (0, batch::blobs_needed(len), batch::TX_BASE_GAS, false),
            _ => {
                let g = l1fee::calldata_tx_gas(zero_bytes, nonzero_bytes, 0, self.params.fork);
                (batch::calldata_gas(&data), 0, g.charged, g.floor_applied)
            }
        };
        let blob_gas = blobs * batch::BLOB_GAS;
        let blob_base_fee_gwei = self.market.fee_wei() as f64 / 1e9;
        self.blobs_this_block += blobs;
        let cost_gwei = l1_gas as f64 * self.params.gas_price_gwei + blob_gas as f64 * blob_base_fee_gwei;
        let n = p.txs.len() as u32;
        let post_root = state_root(&self.balances);
        let ratio = raw.len() as f64 / len as f64;
        self.batches.push(BatchRecord {
            index,
            posted_block: self.block,
            reason,
            tx_count: n,
            raw_bytes: raw.len() as u64,
            compressed_bytes: len,
            ratio,
            zero_bytes,
            nonzero_bytes,
            mode: if blobs > 0 { DataMode::Blobs } else { DataMode::Calldata },
            l1_gas,
            calldata_gas,
            floor_applied,
            blob_base_fee_gwei,
            blobs,
            blob_gas,
            cost_gwei,
            cost_per_tx_gwei: cost_gwei / f64::from(n.max(1)),
            l1_alone_cost_per_tx_gwei: batch::TX_BASE_GAS as f64 * self.params.gas_price_gwei,
            post_root,
            data,
            pre_balances: p.pre_balances,
        });
        self.event(
            EventKind::BatchPosted,
            format!(
                "batch {index} posted ({:?}): {} txs, {} B raw -> {} B Brotli ({ratio:.2}x), {} gas{}",
                reason,
                thousands(u64::from(n)),
                thousands(raw.len() as u64),
                thousands(len),
                thousands(l1_gas),
                if blobs > 0 { format!(" + {blobs} blob(s)") } else { String::new() }
            ),
        );
        // The proposer asserts the state after this batch.
        let mut mint = None;
        if self.proposer_replaced {
            self.proposer_balances = self.balances.clone();
        } else {
            let cheat_here = matches!(self.params.fault, Fault::WrongRoot { batch, .. } if batch == index);
            let j = if cheat_here { self.rng.random_range(0..n) as usize } else { usize::MAX };
            for (i, t) in p.txs.iter().enumerate() {
                apply_transfer(&mut self.proposer_balances, t);
                if i == j {
                    if let Fault::WrongRoot { mint: amount, .. } = self.params.fault {
                        let b = &mut self.proposer_balances[PROPOSER_ACCOUNT];
                        *b = b.saturating_add(amount);
                        mint = Some((j as u64 * Op::PER_TRANSFER + Op::PER_TRANSFER - 1, amount));
                    }
                }
            }
        }
        let root = state_root(&self.proposer_balances);
        let by = if self.proposer_replaced { Asserter::Validator(self.replacement()) } else { Asserter::Proposer };
        self.assert(index, root, by, mint);
    }

    fn replacement(&self) -> u32 {
        self.challenges.iter().rev().find(|c| c.winner == Some(Winner::Challenger)).map(|c| c.challenger).unwrap_or(0)
    }

    fn assert(&mut self, batch: u32, root: Hash, by: Asserter, mint: Option<(u64, u64)>) {
        let id = self.assertions.len() as u32;
        let valid = root == self.batches[batch as usize].post_root;
        let window_end = self.block + self.params.challenge_window;
        self.assertions.push(Assertion {
            id,
            batch,
            parent: self.head,
            root,
            valid,
            by,
            posted_block: self.block,
            window_end,
            status: AssertionStatus::Pending,
            bond: self.params.bond,
            mint,
        });
        self.head = Some(id);
        let who = match by {
            Asserter::Proposer => "proposer".to_string(),
            Asserter::Validator(v) => format!("validator {v}"),
        };
        self.event(
            EventKind::AssertionPosted,
            format!(
                "assertion {id} for batch {batch} by {who}: root {}…{}, window ends at block {}",
                &hex(&root)[..8],
                if valid { "" } else { " (WRONG)" },
                thousands(window_end)
            ),
        );
    }

    fn validators_act(&mut self) {
        let Some(v) = self.params.validators.iter().position(|v| v.online_from.is_some_and(|b| b <= self.block)) else {
            return;
        };
        let target = self.assertions.iter().find(|a| {
            a.status == AssertionStatus::Pending
                && !a.valid
                && self.block < a.window_end
                && a.parent.is_none_or(|p| self.assertions[p as usize].valid)
        });
        let Some(a) = target.map(|a| a.id) else {
            return;
        };
        self.open_challenge(a, v as u32);
    }

    fn open_challenge(&mut self, id: u32, challenger: u32) {
        let a = self.assertions[id as usize].clone();
        let b = &self.batches[a.batch as usize];
        // The validator reads the batch from L1: decompress and decode.
        let raw = batch::decompress(&b.data).expect("posted batches are valid Brotli");
        let txs = batch::decode(&raw).expect("posted batches are well-formed").txs;
        let pre = b.pre_balances.clone();
        let honest = state::trace_hashes(&pre, &txs, None);
        let claimed = state::trace_hashes(&pre, &txs, a.mint.map(|(s, m)| (s, PROPOSER_ACCOUNT, m)));
        let n = state::trace_len(&txs);
        let run = |arity| bisect(n, |i| honest[i as usize], |i| claimed[i as usize], arity);
        let Ok(dispute) = run(self.params.arity) else {
            return;
        };
        let binary_rounds = run(2).map(|d| d.rounds.len() as u32).unwrap_or(0);
        let dissection40_rounds = run(40).map(|d| d.rounds.len() as u32).unwrap_or(0);
        let round_len = 2 * self.params.blocks_per_move;
        let round_blocks: Vec<u64> = (1..=dispute.rounds.len() as u64).map(|r| self.block + r * round_len).collect();
        let resolves_block = round_blocks.last().copied().unwrap_or(self.block) + 1;
        let machine = state::machine_at(&pre, &txs, dispute.step);
        let proof = one_step_proof(&machine, &txs, &dispute.agreed_pre, &dispute.honest_post, &dispute.claimed_post);
        self.assertions[id as usize].status = AssertionStatus::Challenged;
        self.event(
            EventKind::ChallengeOpened,
            format!(
                "validator {challenger} challenges assertion {id} (batch {}): trace of {} steps, {} rounds of {}-way dissection (binary {binary_rounds}, 40-way {dissection40_rounds}); proof at block {}",
                a.batch,
                thousands(n),
                dispute.rounds.len(),
                self.params.arity,
                thousands(resolves_block)
            ),
        );
        self.challenges.push(Challenge {
            assertion: id,
            batch: a.batch,
            challenger,
            opened_block: self.block,
            round_blocks,
            resolves_block,
            dispute,
            binary_rounds,
            dissection40_rounds,
            proof,
            winner: None,
            slashed: 0,
        });
    }

    fn resolve_challenges(&mut self) {
        for ci in 0..self.challenges.len() {
            let c = &self.challenges[ci];
            if c.winner.is_some() || c.resolves_block != self.block {
                continue;
            }
            let (id, challenger) = (c.assertion, c.challenger);
            let proposer_wins = c.proof.proposer_correct && !c.proof.challenger_correct;
            let text = format!(
                "one-step proof: L1 runs step {} ({} of transfer {}) and gets {}…; {}",
                c.proof.step,
                c.proof.op,
                c.proof.transfer,
                &hex(&c.proof.post_hash)[..8],
                if proposer_wins { "the proposer was right" } else { "the proposer's claim is wrong" }
            );
            self.event(EventKind::OneStepProof, text);
            let bond = self.params.bond;
            self.challenges[ci].slashed = bond;
            if proposer_wins {
                self.challenges[ci].winner = Some(Winner::Proposer);
                self.assertions[id as usize].status = AssertionStatus::Pending;
                continue;
            }
            self.challenges[ci].winner = Some(Winner::Challenger);
            // Roll back the assertion and every assertion built on it.
            let mut bad = vec![false; self.assertions.len()];
            let mut rolled = Vec::new();
            for k in id as usize..self.assertions.len() {
                if k == id as usize || self.assertions[k].parent.is_some_and(|p| bad[p as usize]) {
                    bad[k] = true;
                    rolled.push(k as u32);
                    self.assertions[k].status = AssertionStatus::RolledBack;
                }
            }
            self.event(
                EventKind::RolledBack,
                format!(
                    "proposer's bond of {} gwei slashed to validator {challenger}; assertions {rolled:?} rolled back",
                    thousands(bond)
                ),
            );
            self.proposer_replaced = true;
            self.proposer_balances = self.balances.clone();
            self.head = self.assertions[id as usize].parent;
            let first = self.assertions[id as usize].batch;
            for b in first..self.batches.len() as u32 {
                let root = self.batches[b as usize].post_root;
                self.assert(b, root, Asserter::Validator(challenger), None);
            }
        }
    }

    fn finalise(&mut self) {
        for k in 0..self.assertions.len() {
            let a = &self.assertions[k];
            if a.status != AssertionStatus::Pending || self.block < a.window_end {
                continue;
            }
            if a.parent.is_some_and(|p| self.assertions[p as usize].status != AssertionStatus::Final) {
                continue;
            }
            let (id, batch, valid) = (a.id, a.batch, a.valid);
            self.assertions[k].status = AssertionStatus::Final;
            if valid {
                self.event(EventKind::Final, format!("assertion {id} (batch {batch}) is final"));
            } else {
                self.invalid_finalised = true;
                self.event(
                    EventKind::InvalidFinal,
                    format!("assertion {id} (batch {batch}) is final with a WRONG state root: nobody challenged it"),
                );
            }
        }
    }
}

/// Offered loads of the load sweep, L2 transactions per second.
pub const SWEEP_LOADS: [f64; 10] = [0.1, 0.3, 1.0, 3.0, 10.0, 15.0, 30.0, 100.0, 300.0, 1000.0];
/// The most transfers one sweep point simulates (more than one full batch
/// at Nitro's level 11 on this format).
pub const SWEEP_MAX_TXS: f64 = 30_000.0;

/// What L1 alone and the rollup do with one offered load.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LoadPoint {
    /// Offered load, transactions per second.
    pub tps: f64,
    /// Seconds of traffic simulated.
    pub seconds: u64,
    /// Transfers L1 alone included per second (at most its capacity).
    pub l1_alone_tps: f64,
    /// Transfers the rollup sequenced per second (all of them were posted
    /// to L1 within `max_delay`).
    pub rollup_tps: f64,
    pub l1_alone_cost_per_tx_gwei: f64,
    /// Posting cost per transfer, over the full batches if any closed,
    /// else over all batches.
    pub rollup_cost_per_tx_gwei: f64,
    pub batches: u32,
    pub full_batches: u32,
    /// Raw over compressed bytes, all batches.
    pub ratio: f64,
}

/// Runs `base` at one offered load (no fault) long enough for its batches
/// to post: `max_delay` of traffic, or less where that would exceed
/// [`SWEEP_MAX_TXS`]. Real compression and state roots, like any run.
pub fn load_point(base: &RollupParams, tps: f64, seed: u64) -> Result<LoadPoint, ParamError> {
    let seconds = (base.max_delay as f64).min(SWEEP_MAX_TXS / tps);
    let seconds = ((seconds / L1_BLOCK_TIME as f64).floor() as u64).max(1) * L1_BLOCK_TIME;
    let params = RollupParams { tps, traffic_seconds: seconds, fault: Fault::None, ..base.clone() };
    let mut sim = RollupSim::new(params.clone(), seed)?;
    let traffic = params.traffic_blocks();
    for _ in 0..traffic {
        sim.step();
    }
    let backlog = sim.l1_alone_backlog();
    let arrived = sim.total_txs();
    let flush = traffic + params.max_delay.div_ceil(L1_BLOCK_TIME) + 1;
    while sim.block() < flush && sim.mempool_len() > 0 {
        sim.step();
    }
    let b = sim.batches();
    let full: Vec<&BatchRecord> = b.iter().filter(|r| r.reason == PostReason::Full).collect();
    let counted: Vec<&BatchRecord> = if full.is_empty() { b.iter().collect() } else { full.clone() };
    let txs: u64 = counted.iter().map(|r| u64::from(r.tx_count)).sum();
    let cost: f64 = counted.iter().map(|r| r.cost_gwei).sum();
    let raw: u64 = b.iter().map(|r| r.raw_bytes).sum();
    let comp: u64 = b.iter().map(|r| r.compressed_bytes).sum();
    let secs = seconds as f64;
    Ok(LoadPoint {
        tps,
        seconds,
        l1_alone_tps: (arrived - backlog.min(arrived)) as f64 / secs,
        rollup_tps: arrived as f64 / secs,
        l1_alone_cost_per_tx_gwei: batch::TX_BASE_GAS as f64 * params.gas_price_gwei,
        rollup_cost_per_tx_gwei: cost / txs.max(1) as f64,
        batches: b.len() as u32,
        full_batches: full.len() as u32,
        ratio: raw as f64 / comp.max(1) as f64,
    })
}
