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
mod posting;
mod records;
pub mod report;
mod settlement;
pub mod simulation;
pub mod state;
mod sweep;

pub use records::*;
pub use sweep::*;

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
    /// alone (so tracking the size costs each byte one fast compression),
    /// over the chunks whose size has been measured.
    estimate: u64,
    /// The chunks (ranges of `body`) not measured yet: a chunk is measured
    /// only when a decision needs its size ([`RollupSim::fits_with`]), so a
    /// batch that the delay closes early costs no estimate at all, and the
    /// run advances before the browser's codec has loaded.
    unestimated: Vec<std::ops::Range<usize>>,
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
    /// The last step was refused: it needs Brotli and the codec was not
    /// there ([`RollupSim::awaiting_codec`]). Not part of the run's state.
    refused: bool,
}

/// Why a block cannot be made yet: it needs a compressed size (a post, a
/// fit the bound cannot settle, a validator reading a batch) and the codec
/// has not arrived ([`codec::is_ready`]).
#[derive(Debug)]
pub(crate) struct NeedsCodec;

/// Brotli at `quality`, or [`NeedsCodec`].
fn brotli(data: &[u8], quality: u32) -> Result<Vec<u8>, NeedsCodec> {
    if codec::is_ready() {
        Ok(batch::compress(data, quality))
    } else {
        Err(NeedsCodec)
    }
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
            refused: false,
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
    /// Steps to the end of the run (or to a block that waits for the
    /// codec: [`RollupSim::awaiting_codec`]).
    pub fn run_to_end(&mut self) {
        while self.try_step() {}
    }

    /// The last step could not be made because it needs Brotli (a batch to
    /// post, a fit the size bound cannot settle, a batch to re-execute) and
    /// the codec has not arrived; [`RollupSim::step`] does nothing until it
    /// has. Never natively (the codec is always there) unless a test
    /// withholds it ([`codec::withhold`]).
    pub fn awaiting_codec(&self) -> bool {
        self.refused && !codec::is_ready()
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

    fn event(&mut self, kind: EventKind, text: String, msg: crate::i18n::Msg) {
        self.log.push(Event { block: self.block, time: self.time(), kind, text, msg });
    }

    /// One L1 block (nothing once the run is over, or while the block
    /// waits for the codec: [`RollupSim::try_step`]).
    pub fn step(&mut self) {
        self.try_step();
    }

    /// One L1 block if it can be made now; whether it was. A block that
    /// needs a compressed size while the codec is absent is not made at
    /// all: the run stays exactly as it was (a copy taken before the block
    /// is put back) and [`RollupSim::awaiting_codec`] says why. Whatever
    /// can be decided without Brotli is: chunks' size estimates wait until
    /// a decision needs them, and a fit that even Brotli's worst case
    /// ([`batch::brotli_bound`]) settles needs no compression. So every
    /// block made is the block the codec would have made, bit for bit.
    pub fn try_step(&mut self) -> bool {
        if self.is_done() {
            return false;
        }
        if codec::is_ready() {
            self.refused = false;
            // Brotli is there, so nothing below can need it and fail.
            return self.make_block().is_ok();
        }
        if self.refused {
            return false;
        }
        let before = self.clone();
        match self.make_block() {
            Ok(()) => true,
            Err(NeedsCodec) => {
                *self = before;
                self.refused = true;
                false
            }
        }
    }

    fn make_block(&mut self) -> Result<(), NeedsCodec> {
        self.block += 1;
        let now = self.time();
        let txs = if self.block <= self.params.traffic_blocks() { self.arrivals() } else { Vec::new() };
        let cap = u64::from(self.params.l1_transfers_per_block);
        self.l1_alone_backlog = (self.l1_alone_backlog + txs.len() as u64).saturating_sub(cap);
        if !self.pending.txs.is_empty() && now - self.pending.first_time >= self.params.max_delay {
            self.post(PostReason::MaxDelay)?;
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
            let mut real = None;
            let mut part_estimate = None;
            if !self.pending.txs.is_empty() {
                let (fits, compressed, estimate) = self.fits_with(part, &part_raw)?;
                part_estimate = estimate;
                if fits {
                    real = compressed;
                } else {
                    self.post(PostReason::Full)?;
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
            let at = self.pending.body.len();
            self.pending.body.extend_from_slice(&part_raw);
            self.pending.txs.extend_from_slice(part);
            match part_estimate {
                Some(e) => self.pending.estimate += e,
                None => self.pending.unestimated.push(at..self.pending.body.len()),
            }
            self.pending.compressed = real;
            self.total_txs += part.len() as u64;
        }
        self.validators_act()?;
        self.resolve_challenges();
        self.finalise();
        self.market.close_block(std::mem::take(&mut self.blobs_this_block));
        Ok(())
    }
}

/// Offered loads of the load sweep, L2 transactions per second.
pub const SWEEP_LOADS: [f64; 10] = [0.1, 0.3, 1.0, 3.0, 10.0, 15.0, 30.0, 100.0, 300.0, 1000.0];
