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

mod contract;
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

    fn plan(&self, p: PartyId) -> &PartyPlan {
        match p {
            PartyId::Initiator => &self.params.initiator,
            PartyId::Participant => &self.params.participant,
        }
    }

    fn online(&self, p: PartyId, t: u64) -> bool {
        self.plan(p).offline.is_none_or(|(from, until)| t < from || t >= until)
    }

    /// Neither scheduled nor done yet.
    fn free(&self, p: PartyId, a: Action) -> bool {
        let ag = self.agents[p.index()];
        (ag.scheduled | ag.finished) & a.bit() == 0
    }

    fn schedule(&mut self, p: PartyId, a: Action, at: u64) {
        self.agents[p.index()].scheduled |= a.bit();
        self.push(at, p, What::Act(a));
    }

    /// The lock on `c` has the confirmations the other party waits for.
    fn confirmed(&self, c: ChainId) -> bool {
        let conf = u64::from(self.params.chain(c).confirmations);
        self.htlcs[c.index()].funded_at.is_some_and(|f| self.height(c) + 1 >= f.height + conf)
    }

    /// Processes everything on the agenda up to time `until`, in order.
    fn run_agenda(&mut self, until: u64) {
        loop {
            let next = self
                .agenda
                .iter()
                .enumerate()
                .filter(|(_, d)| d.time <= until)
                .min_by_key(|(_, d)| (d.time, d.seq))
                .map(|(i, _)| i);
            let Some(i) = next else { break };
            let d = self.agenda.swap_remove(i);
            let t = d.time;
            match d.what {
                What::Wake => self.decide(d.party, t),
                What::Act(a) => self.act(d.party, a, t),
                What::TimelockB => {
                    if self.htlcs[1].state == HtlcState::Locked {
                        let text = format!("Bob's timelock passes ({}): chain B now accepts only his refund", hm(t));
                        self.event(t, Some(ChainId::B), None, text);
                    }
                    self.decide(PartyId::Participant, t);
                }
                What::CongestionStarts | What::CongestionEnds => {
                    let c = self.params.congestion.as_ref().map_or(ChainId::A, |c| c.chain);
                    let name = if c == ChainId::A { "Chain A" } else { "Chain B" };
                    let text = if d.what == What::CongestionStarts {
                        format!("{name} is congested: its blocks fill with transactions paying more, and a swap transaction needs at least {CONGESTED_FEE_MULTIPLE}× the normal fee to get in")
                    } else {
                        format!("{name}'s congestion clears")
                    };
                    self.event(t, Some(c), None, text);
                }
                What::GoesOffline => {
                    let until = self.plan(d.party).offline.map_or(t, |w| w.1);
                    let text =
                        format!("{} goes offline until {}: sees nothing, does nothing", d.party.short(), hm(until));
                    self.event(t, None, Some(d.party), text);
                }
                What::ComesOnline => {
                    self.event(t, None, Some(d.party), format!("{} is back online", d.party.short()));
                    self.decide(d.party, t);
                }
            }
        }
    }

    /// What an honest party following its plan wants to do, given what it
    /// can see now; each action is scheduled once.
    fn decide(&mut self, p: PartyId, now: u64) {
        if !self.online(p, now) {
            return;
        }
        let plan = self.plan(p).clone();
        let delay = plan.reaction_delay;
        let (a, b) = (self.htlcs[0].state, self.htlcs[1].state);
        match p {
            PartyId::Initiator => {
                if plan.lock && a == HtlcState::NotFunded && self.free(p, Action::Lock) {
                    self.schedule(p, Action::Lock, now);
                }
                if plan.redeem && b == HtlcState::Locked && self.confirmed(ChainId::B) && self.free(p, Action::Redeem) {
                    let at = (now + delay).max(plan.redeem_at.unwrap_or(0));
                    if at > now + delay {
                        let text =
                            format!("Alice sees Bob's lock confirmed, and holds back her redeem until {}", hm(at));
                        self.event(now, Some(ChainId::B), Some(p), text);
                    }
                    self.schedule(p, Action::Redeem, at);
                }
                if plan.refund
                    && a == HtlcState::Locked
                    && self.height(ChainId::A) >= self.timelock_height_a()
                    && self.free(p, Action::Refund)
                {
                    self.schedule(p, Action::Refund, now + delay);
                }
            }
            PartyId::Participant => {
                let t_b = self.params.participant_timelock;
                if plan.lock
                    && b == HtlcState::NotFunded
                    && a == HtlcState::Locked
                    && self.confirmed(ChainId::A)
                    && now < t_b
                    && self.free(p, Action::Lock)
                {
                    self.schedule(p, Action::Lock, now + delay);
                }
                if plan.redeem && b == HtlcState::Redeemed && self.free(p, Action::Redeem) {
                    self.schedule(p, Action::Redeem, now + delay);
                }
                if plan.refund && b == HtlcState::Locked && now >= t_b && self.free(p, Action::Refund) {
                    self.schedule(p, Action::Refund, now + delay);
                }
            }
        }
    }

    /// A scheduled action comes due: broadcast it if it still makes sense.
    fn act(&mut self, p: PartyId, action: Action, now: u64) {
        let i = p.index();
        self.agents[i].scheduled &= !action.bit();
        if !self.online(p, now) {
            // Decided again when it is back.
            return;
        }
        self.agents[i].finished |= action.bit();
        let (a, b) = (self.htlcs[0].state, self.htlcs[1].state);
        let pa = self.params.clone();
        let digest8 = hex(&self.digest[..4]);
        match (p, action) {
            (PartyId::Initiator, Action::Lock) if a == HtlcState::NotFunded => {
                let text = format!(
                    "Alice broadcasts her lock: {} into the BIP-199 script with digest {digest8}…, refundable from height {}",
                    coins(pa.amount_a, ChainId::A),
                    self.timelock_height_a() + 1
                );
                self.broadcast(p, action, TxKind::Lock, now, text);
            }
            (PartyId::Initiator, Action::Redeem) if b == HtlcState::Locked => {
                let t_b = pa.participant_timelock;
                if now + pa.chain_b.mempool_delay + pa.chain_b.block_time > t_b {
                    let text =
                        format!("Alice does not redeem: it could not be mined before Bob's timelock at {}", hm(t_b));
                    self.event(now, Some(ChainId::B), Some(p), text);
                } else {
                    let kind = TxKind::Redeem { preimage: self.secret.clone() };
                    let text = format!(
                        "Alice broadcasts her redeem on chain B: the call carries the {}-byte secret",
                        self.secret.len()
                    );
                    self.broadcast(p, action, kind, now, text);
                }
            }
            (PartyId::Initiator, Action::Refund) if a == HtlcState::Locked => {
                let text = format!(
                    "Alice's timelock is open: she broadcasts her refund on chain A (nLockTime {})",
                    self.timelock_height_a()
                );
                self.broadcast(p, action, TxKind::Refund, now, text);
            }
            (PartyId::Participant, Action::Lock) => {
                if b == HtlcState::NotFunded && a == HtlcState::Locked && now < pa.participant_timelock {
                    let text = format!(
                        "Bob sees Alice's contract confirmed and broadcasts his lock: {} under the same digest, refundable from {}",
                        coins(pa.amount_b, ChainId::B),
                        hm(pa.participant_timelock)
                    );
                    self.broadcast(p, action, TxKind::Lock, now, text);
                } else if b == HtlcState::NotFunded {
                    self.event(
                        now,
                        Some(ChainId::B),
                        Some(p),
                        "Bob no longer locks: it is too late for the swap".into(),
                    );
                }
            }
            (PartyId::Participant, Action::Redeem) => {
                let preimage = self.htlcs[1].preimage.clone().unwrap_or_default();
                match a {
                    HtlcState::Locked => {
                        let text =
                            "Bob copies the secret from Alice's redeem on chain B and broadcasts his redeem on chain A"
                                .to_string();
                        self.broadcast(p, action, TxKind::Redeem { preimage }, now, text);
                    }
                    HtlcState::Refunded => {
                        let when = self.htlcs[0].settled_at.map_or_else(String::new, |r| format!(" at {}", hm(r.time)));
                        let text = format!("Bob reads the secret on chain B, but Alice's contract on chain A was already refunded{when}: the secret is worth nothing to him now");
                        self.event(now, Some(ChainId::A), Some(p), text);
                    }
                    _ => {}
                }
            }
            (PartyId::Participant, Action::Refund) if b == HtlcState::Locked => {
                self.broadcast(p, action, TxKind::Refund, now, "Bob broadcasts his refund on chain B".into());
            }
            _ => {}
        }
    }

    fn broadcast(&mut self, p: PartyId, action: Action, kind: TxKind, now: u64, mut text: String) {
        let c = action.chain(p);
        let ci = c.index();
        let normal = self.params.chain(c).fee;
        let spends = |k: &TxKind| !matches!(k, TxKind::Lock);
        let conflict =
            self.mempools[ci].iter().filter(|t| t.from != p && spends(&t.kind) && spends(&kind)).map(|t| t.fee).max();
        let fee = conflict.map_or(normal, |f| f * CONGESTED_FEE_MULTIPLE);
        if conflict.is_some() {
            let other = p.other().short();
            if c == ChainId::A {
                text += &format!(
                    ", paying {CONGESTED_FEE_MULTIPLE}× the fee of {other}'s pending spend of the same output, which it replaces in the mempool (replace-by-fee)"
                );
                let dropped: Vec<Tx> =
                    self.mempools[ci].iter().filter(|t| t.from != p && spends(&t.kind)).cloned().collect();
                self.mempools[ci].retain(|t| !(t.from != p && spends(&t.kind)));
                self.event(now, Some(c), Some(p), text);
                for t in dropped {
                    let text =
                        format!("{} leaves chain A's mempool, replaced by the higher-paying spend", t.describe());
                    self.event(now, Some(c), Some(t.from), text);
                }
            } else {
                text += &format!(", paying {CONGESTED_FEE_MULTIPLE}× the fee of {other}'s pending call so that a block takes it first");
                self.event(now, Some(c), Some(p), text);
            }
        } else {
            self.event(now, Some(c), Some(p), text);
        }
        self.mempools[ci].push(Tx { kind, from: p, broadcast_at: now, fee, outcome: TxOutcome::Applied });
    }

    /// Mines the next block on `c` at time `tb`.
    fn mine(&mut self, c: ChainId, tb: u64) {
        let ci = c.index();
        let height = self.height(c) + 1;
        let cp = self.params.chain(c).clone();
        let congested = self.params.congestion.as_ref().is_some_and(|g| g.chain == c && g.from <= tb && tb < g.until);
        let min_fee = if congested { cp.fee * CONGESTED_FEE_MULTIPLE } else { 0 };
        let (mut picked, rest): (Vec<Tx>, Vec<Tx>) = std::mem::take(&mut self.mempools[ci])
            .into_iter()
            .partition(|t| t.broadcast_at + cp.mempool_delay <= tb && t.fee >= min_fee);
        self.mempools[ci] = rest;
        picked.sort_by(|x, y| y.fee.cmp(&x.fee).then(x.broadcast_at.cmp(&y.broadcast_at)));
        let at = BlockRef { height, time: tb };
        for tx in &mut picked {
            self.apply(c, tx, at);
        }
        // Bitcoin nodes drop pending spends of an output that a block spent.
        if c == ChainId::A && self.htlcs[0].state.is_settled() {
            let gone: Vec<Tx> = self.mempools[0].iter().filter(|t| !matches!(t.kind, TxKind::Lock)).cloned().collect();
            self.mempools[0].retain(|t| matches!(t.kind, TxKind::Lock));
            for t in gone {
                let text = format!("{} leaves chain A's mempool: the contract's output is already spent", t.describe());
                self.event(tb, Some(c), Some(t.from), text);
            }
        }
        self.chains[ci].push(Block { height, time: tb, txs: picked });
        if c == ChainId::A && height == self.timelock_height_a() && self.htlcs[0].state == HtlcState::Locked {
            let text = format!("Chain A reaches height {height}: from the next block on, Alice's refund is valid (OP_CHECKLOCKTIMEVERIFY)");
            self.event(tb, Some(c), None, text);
        }
    }

    fn apply(&mut self, c: ChainId, tx: &mut Tx, at: BlockRef) {
        let ci = c.index();
        let h = &self.htlcs[ci];
        let result = match &tx.kind {
            TxKind::Lock => {
                if h.state == HtlcState::NotFunded {
                    Ok(())
                } else {
                    Err("the contract is already funded".to_string())
                }
            }
            TxKind::Redeem { preimage } => h.check_redeem(tx.from, preimage, at),
            TxKind::Refund => h.check_refund(tx.from, at),
        };
        let amount = h.amount as i64;
        let fee = tx.fee as i64;
        let who = tx.from.short();
        let coins_here = coins(h.amount, c);
        match result {
            Ok(()) => {
                tx.outcome = TxOutcome::Applied;
                let p = tx.from.index();
                let h = &mut self.htlcs[ci];
                let text = match &tx.kind {
                    TxKind::Lock => {
                        h.state = HtlcState::Locked;
                        h.funded_at = Some(at);
                        h.last_transition = Some(Transition::Fund);
                        self.wallet[p][ci] -= amount + fee;
                        format!(
                            "{who}'s lock is mined in block {}: {coins_here} sits in the contract, for {} with the secret or back to {who} from {}",
                            at.height,
                            h.recipient.short(),
                            h.refund_from()
                        )
                    }
                    TxKind::Redeem { preimage } => {
                        h.state = HtlcState::Redeemed;
                        h.settled_at = Some(at);
                        h.preimage = Some(preimage.clone());
                        h.last_transition = Some(Transition::Redeem);
                        self.wallet[p][ci] += amount - fee;
                        let public = if c == ChainId::B {
                            format!(
                                ", and the secret ({}…) is now public on chain B",
                                hex(&preimage[..preimage.len().min(4)])
                            )
                        } else {
                            String::new()
                        };
                        format!("{who}'s redeem is mined in block {}: {who} receives {coins_here}{public}", at.height)
                    }
                    TxKind::Refund => {
                        h.state = HtlcState::Refunded;
                        h.settled_at = Some(at);
                        h.last_transition = Some(Transition::Refund);
                        self.wallet[p][ci] += amount - fee;
                        format!("{who}'s refund is mined in block {}: {coins_here} back with {who}", at.height)
                    }
                };
                self.event(at.time, Some(c), Some(tx.from), text);
            }
            Err(why) => {
                if c == ChainId::B {
                    // A failing call is mined, reverts and still pays for its gas.
                    self.wallet[tx.from.index()][ci] -= fee;
                }
                let text = if c == ChainId::A {
                    format!("{} is invalid, so no block takes it: {why}", tx.describe())
                } else {
                    format!("{} is mined in block {} and reverts: {why}", tx.describe(), at.height)
                };
                self.event(at.time, Some(c), Some(tx.from), text);
                tx.outcome = TxOutcome::Rejected(why);
            }
        }
    }

    /// Can this contract still change? Settled ones cannot; an unfunded one
    /// cannot if its owner will never lock it.
    fn contract_final(&self, c: ChainId) -> bool {
        match self.htlcs[c.index()].state {
            HtlcState::Redeemed | HtlcState::Refunded => true,
            HtlcState::Locked => false,
            HtlcState::NotFunded => match c {
                ChainId::A => !self.params.initiator.lock,
                ChainId::B => {
                    !self.params.participant.lock
                        || self.htlcs[0].state.is_settled()
                        || (self.htlcs[0].state == HtlcState::NotFunded && self.contract_final(ChainId::A))
                        || self.time >= self.params.participant_timelock
                }
            },
        }
    }

    fn update_done(&mut self) {
        let next = self.next_block[0].min(self.next_block[1]);
        let acts_pending = self.agenda.iter().any(|d| matches!(d.what, What::Act(_)));
        self.done = next > self.params.horizon
            || (self.contract_final(ChainId::A)
                && self.contract_final(ChainId::B)
                && self.mempools.iter().all(|m| m.is_empty())
                && !acts_pending);
    }
}
