//! Atomic swaps with hash time-locked contracts (HTLCs), across two chains.
//!
//! Alice (the initiator) knows a random secret and locks her coins on
//! chain A (Bitcoin-like) in the BIP-199 script, redeemable by Bob with the
//! secret or refundable by Alice after the longer timelock. Once that lock
//! is confirmed, Bob (the participant) locks his coins on chain B
//! (Ethereum-like) in a Solidity-style contract under the same SHA-256
//! digest, refundable after a shorter timelock. Alice redeems on B, which
//! publishes the secret on-chain; Bob reads it there and redeems on A
//! before Alice's timelock. Either both redeem or both refund, provided
//! the timelocks are ordered and both parties act in time. Sources:
//! BIP-199 (the script), decred/atomicswap (48 h / 24 h timelocks, the
//! 32-byte size check), Chain Lab `reference/models.md` §3. The contracts'
//! exact rules are [`Htlc::check_redeem`] and [`Htlc::check_refund`].
//!
//! The model is discrete-event: each [`SwapSim::step`] mines the next
//! block on either chain (ties: A first). Chain A's block intervals are
//! exponential when `jitter` is on (proof-of-work), chain B's are fixed
//! 12-second slots. Parties see a block when it is mined, act after their
//! reaction delay, and their transactions enter a block once the mempool
//! delay has passed. Blocks take transactions by fee, highest first. A
//! party whose spend conflicts with a pending spend of the same contract
//! by the other party pays [`CONGESTED_FEE_MULTIPLE`] times that fee to
//! outbid it: on chain A this is replace-by-fee (BIP-125; full RBF is the
//! default since Bitcoin Core 28) and the replaced transaction leaves the
//! mempool; on chain B both stay and the lower-paying one is mined later
//! and reverts. The outbid party does not bid again (no fee war). Bob reads
//! the secret from the `Redeemed` event of a mined redeem, not from the
//! mempool or from a reverted call; the checker ([`verify`]) also tries a
//! Bob who reads the mempool.
//!
//! Simplifications (also in the page's explanation): no reorganisations,
//! so one confirmation is final; no other users' transactions except as
//! congestion; public keys are placeholders; fees are flat per
//! transaction.

mod agents;
mod contract;
mod mining;
mod params;
mod scenario;
pub mod simulation;
pub mod verify;

pub use contract::{
    hex, hm, sha256, Block, BlockRef, ChainId, Htlc, HtlcState, PartyId, Timelock, Transition, Tx, TxKind, TxOutcome,
};
pub use params::{
    ChainParams, Congestion, ParamError, PartyPlan, SwapParams, CONGESTED_FEE_MULTIPLE, FEE_RESERVE_TXS,
    HORIZON_MARGIN, HOUR, MAX_BLOCKS, MAX_SECONDS,
};
pub use scenario::{Outcome, Scenario};

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use serde::Serialize;

/// The secret length both contracts expect (decred's `OP_SIZE 32`).
pub const SECRET_LEN: usize = 32;

/// Both parties' wallet balances on both chains, in each chain's base unit
/// (sat, gwei). Coins in a contract belong to no wallet until it settles.
/// Each wallet starts with the amount it trades plus fees for
/// [`FEE_RESERVE_TXS`] transactions on each chain.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BalancePoint {
    pub time: u64,
    pub alice_a: i64,
    pub alice_b: i64,
    pub bob_a: i64,
    pub bob_b: i64,
}

/// One line of the story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub time: u64,
    pub chain: Option<ChainId>,
    pub party: Option<PartyId>,
    pub text: String,
}

/// What a party can do; the chain follows from the party (Alice locks and
/// refunds on A and redeems on B; Bob the other way round).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Lock,
    Redeem,
    Refund,
}

impl Action {
    fn bit(self) -> u8 {
        match self {
            Action::Lock => 1,
            Action::Redeem => 2,
            Action::Refund => 4,
        }
    }
    fn chain(self, p: PartyId) -> ChainId {
        match self {
            Action::Lock | Action::Refund => p.own_chain(),
            Action::Redeem => p.other().own_chain(),
        }
    }
}

/// Things that happen at a set time.
#[derive(Clone, Copy, Debug, PartialEq)]
enum What {
    /// The party looks at both chains.
    Wake,
    /// The party broadcasts, if it still makes sense.
    Act(Action),
    TimelockB,
    CongestionStarts,
    CongestionEnds,
    GoesOffline,
    ComesOnline,
}

#[derive(Clone, Debug, PartialEq)]
struct Due {
    time: u64,
    seq: u64,
    party: PartyId,
    what: What,
}

/// A party's progress: bits of [`Action::bit`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Agent {
    /// An `Act` for it is on the agenda.
    scheduled: u8,
    /// Broadcast, or given up.
    finished: u8,
}

/// A running swap: two chains, two contracts, two parties.
#[derive(Clone, Debug)]
pub struct SwapSim {
    params: SwapParams,
    seed: u64,
    /// Block-interval streams for A and B, seeded from the run's seed.
    rng: [SimRng; 2],
    secret: Vec<u8>,
    digest: [u8; 32],
    time: u64,
    steps: u32,
    chains: [Vec<Block>; 2],
    next_block: [u64; 2],
    mempools: [Vec<Tx>; 2],
    htlcs: [Htlc; 2],
    /// `[party][chain]`.
    wallet: [[i64; 2]; 2],
    balances: Vec<BalancePoint>,
    log: Vec<Event>,
    agents: [Agent; 2],
    agenda: Vec<Due>,
    seq: u64,
    done: bool,
}

/// An amount in whole coins, e.g. `1 BTC`, `0.5 ETH`.
pub fn coins(amount: u64, chain: ChainId) -> String {
    let (unit, digits) = match chain {
        ChainId::A => (100_000_000u64, 8),
        ChainId::B => (1_000_000_000u64, 9),
    };
    let whole = amount / unit;
    let frac = amount % unit;
    if frac == 0 {
        format!("{whole} {}", chain.coin())
    } else {
        let f = format!("{frac:0digits$}");
        format!("{whole}.{} {}", f.trim_end_matches('0'), chain.coin())
    }
}

impl SwapSim {
    /// Draws the secret and the chains' first block times, and lets both
    /// parties act at time 0 (Alice broadcasts her lock). Fails if the
    /// parameters break a rule.
    pub fn new(params: SwapParams, seed: u64) -> Result<SwapSim, ParamError> {
        params.validate()?;
        let mut rng = seeded(seed);
        let len = params.secret_len as usize;
        let mut secret = Vec::with_capacity(len);
        while secret.len() < len {
            let word: u32 = rng.random();
            for b in word.to_le_bytes() {
                if secret.len() < len {
                    secret.push(b);
                }
            }
        }
        let digest = sha256(&secret);
        let chain_rng = [seeded(rng.random::<u64>()), seeded(rng.random::<u64>())];
        let htlcs = [
            Htlc::new(ChainId::A, params.amount_a, digest, Timelock::Height(params.timelock_height_a()), true),
            Htlc::new(
                ChainId::B,
                params.amount_b,
                digest,
                Timelock::Time(params.participant_timelock),
                params.contract_b_checks_length,
            ),
        ];
        let reserve = |c: &ChainParams| (FEE_RESERVE_TXS * c.fee) as i64;
        let (ra, rb) = (reserve(&params.chain_a), reserve(&params.chain_b));
        let wallet = [[params.amount_a as i64 + ra, rb], [ra, params.amount_b as i64 + rb]];
        let mut sim = SwapSim {
            seed,
            rng: chain_rng,
            secret,
            digest,
            time: 0,
            steps: 0,
            chains: [Vec::new(), Vec::new()],
            next_block: [0, 0],
            mempools: [Vec::new(), Vec::new()],
            htlcs,
            wallet,
            balances: Vec::new(),
            log: Vec::new(),
            agents: [Agent::default(); 2],
            agenda: Vec::new(),
            seq: 0,
            done: false,
            params,
        };
        for c in ChainId::BOTH {
            sim.next_block[c.index()] = sim.interval(c);
        }
        let p = sim.params.clone();
        sim.push(0, PartyId::Initiator, What::Wake);
        sim.push(0, PartyId::Participant, What::Wake);
        sim.push(p.participant_timelock, PartyId::Participant, What::TimelockB);
        if let Some(c) = &p.congestion {
            sim.push(c.from, PartyId::Initiator, What::CongestionStarts);
            sim.push(c.until, PartyId::Initiator, What::CongestionEnds);
        }
        for (party, plan) in [(PartyId::Initiator, &p.initiator), (PartyId::Participant, &p.participant)] {
            if let Some((from, until)) = plan.offline {
                sim.push(from, party, What::GoesOffline);
                sim.push(until, party, What::ComesOnline);
            }
        }
        sim.run_agenda(0);
        sim.push_balance(0);
        sim.update_done();
        Ok(sim)
    }

    pub fn params(&self) -> &SwapParams {
        &self.params
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// Blocks mined so far, on both chains.
    pub fn steps(&self) -> u32 {
        self.steps
    }
    /// The horizon is reached, or both contracts are settled (or can never
    /// be funded) with nothing left pending.
    pub fn is_done(&self) -> bool {
        self.done
    }
    /// Seconds since the start: the time of the latest block.
    pub fn time(&self) -> u64 {
        self.time
    }
    /// Blocks mined on a chain so far (height 1 first; height 0 is the tip
    /// at the start).
    pub fn chain(&self, id: ChainId) -> &[Block] {
        &self.chains[id.index()]
    }
    /// The chain's current height.
    pub fn height(&self, id: ChainId) -> u64 {
        self.chains[id.index()].last().map_or(0, |b| b.height)
    }
    /// A: Alice's contract; B: Bob's.
    pub fn htlc(&self, id: ChainId) -> &Htlc {
        &self.htlcs[id.index()]
    }
    /// CLTV's operand in Alice's contract: her refund can be mined from
    /// the block after this height.
    pub fn timelock_height_a(&self) -> u64 {
        self.params.timelock_height_a()
    }
    /// Alice's secret (public once a redeem carrying it is mined).
    pub fn secret(&self) -> &[u8] {
        &self.secret
    }
    pub fn digest(&self) -> [u8; 32] {
        self.digest
    }
    /// Broadcast, not yet mined.
    pub fn mempool(&self, id: ChainId) -> &[Tx] {
        &self.mempools[id.index()]
    }
    /// One point at the start and one after every block.
    pub fn balances(&self) -> &[BalancePoint] {
        &self.balances
    }
    pub fn log(&self) -> &[Event] {
        &self.log
    }

    /// How the swap stands now (see [`Outcome`]).
    pub fn outcome(&self) -> Outcome {
        use HtlcState::*;
        let (a, b) = (self.htlcs[0].state, self.htlcs[1].state);
        match (a, b) {
            (Locked, _) | (_, Locked) => Outcome::Pending,
            (Redeemed, Redeemed) => Outcome::Swapped,
            (Redeemed, _) => Outcome::InitiatorLost,
            (_, Redeemed) => Outcome::ParticipantLost,
            (Refunded, Refunded) | (NotFunded, Refunded) => Outcome::BothRefunded,
            (Refunded, NotFunded) => Outcome::NothingLocked,
            (NotFunded, NotFunded) if self.done => Outcome::NothingLocked,
            (NotFunded, NotFunded) => Outcome::Pending,
        }
    }

    /// A stable hash of the run's state: time, both chains' tips and next
    /// block times, both contracts, mempools, wallets and the log's length.
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        let u = |f: &mut Fingerprint, v: u64| f.add(&v.to_le_bytes());
        u(&mut f, self.time);
        f.add_u32(self.steps);
        f.add(&self.secret);
        for c in 0..2 {
            u(&mut f, self.next_block[c]);
            u(&mut f, self.chains[c].len() as u64);
            if let Some(b) = self.chains[c].last() {
                u(&mut f, b.height);
                u(&mut f, b.time);
            }
            let h = &self.htlcs[c];
            f.add(&[h.state as u8, h.last_transition.map_or(9, |t| t as u8)]);
            for r in [h.funded_at, h.settled_at].into_iter().flatten() {
                u(&mut f, r.height);
                u(&mut f, r.time);
            }
            if let Some(p) = &h.preimage {
                f.add(p);
            }
            for tx in &self.mempools[c] {
                u(&mut f, tx.broadcast_at);
                u(&mut f, tx.fee);
                f.add(tx.kind.name().as_bytes());
            }
            for p in 0..2 {
                u(&mut f, self.wallet[p][c] as u64);
            }
        }
        u(&mut f, self.log.len() as u64);
        f.finish()
    }

    /// Runs until [`SwapSim::is_done`].
    pub fn run_to_end(&mut self) {
        while !self.done {
            self.step();
        }
    }

    /// Mines the next block on either chain (ties: A first), after letting
    /// the parties act at every moment up to it, and lets them see it.
    /// Does nothing once the run is done.
    pub fn step(&mut self) {
        if self.done {
            return;
        }
        let c = if self.next_block[0] <= self.next_block[1] { ChainId::A } else { ChainId::B };
        let tb = self.next_block[c.index()];
        self.run_agenda(tb);
        self.mine(c, tb);
        self.time = tb;
        self.next_block[c.index()] = tb + self.interval(c);
        for p in [PartyId::Initiator, PartyId::Participant] {
            self.decide(p, tb);
        }
        self.steps += 1;
        self.push_balance(tb);
        self.update_done();
    }

    fn interval(&mut self, c: ChainId) -> u64 {
        let cp = self.params.chain(c);
        let bt = cp.block_time;
        if !cp.jitter {
            return bt;
        }
        let u: f64 = self.rng[c.index()].random();
        // libm is pure Rust: the same block times natively and in wasm (`f64::ln`
        // calls the platform's libm).
        let dt = (-libm::log(1.0 - u) * bt as f64).round();
        (dt as u64).max(1)
    }

    fn push(&mut self, time: u64, party: PartyId, what: What) {
        self.seq += 1;
        self.agenda.push(Due { time, seq: self.seq, party, what });
    }

    fn event(&mut self, time: u64, chain: Option<ChainId>, party: Option<PartyId>, text: String) {
        self.log.push(Event { time, chain, party, text });
    }

    fn push_balance(&mut self, time: u64) {
        let w = self.wallet;
        self.balances.push(BalancePoint { time, alice_a: w[0][0], alice_b: w[0][1], bob_a: w[1][0], bob_b: w[1][1] });
    }
}
