//! "Verify this configuration": an explicit-state model check of the swap.
//!
//! The simulation shows one run; this explores every run of a small,
//! timed abstraction of the same configuration, breadth first, with a hash
//! set of visited states, and reports whether the swap's guarantees hold
//! or the shortest run in which one breaks.
//!
//! **Time is scaled down.** Seconds become ticks of τ seconds, with τ a
//! quarter of the shorter timelock, made smaller if needed so that the gap
//! between the timelocks is at least three ticks and every window or
//! moment in the plans is at least one tick; but never so small that the
//! longer timelock exceeds 48 ticks, a window or moment 160 ticks, or a
//! reaction delay or confirmation wait 8 ticks. If an exploration still
//! reaches [`STATE_BUDGET`] states, τ is doubled and the check starts
//! again, so time and memory stay bounded. Both chains make one block per tick:
//! chain B's block `k` has timestamp `k` (the clock), and chain A's height
//! may run up to `drift` blocks ahead of or behind it (two standard
//! deviations of the time of its timelock block, when its block times are
//! random). Timelocks, windows and moments are rounded to ticks, keeping
//! the timelocks' order.
//!
//! **Nondeterminism.** Any interleaving of the two chains' blocks within
//! the drift; which pending transactions a block includes and in what
//! order; when the honest party acts, within its reaction delay (rounded to
//! ticks; zero means before the next tick); and everything the other party
//! does.
//!
//! **Honest and arbitrary parties.** An honest party follows its plan
//! (lock, redeem, refund as soon as it can, offline windows, Alice's
//! earliest redeem) and its transactions are mined within
//! [`INCLUSION_BLOCKS`] blocks of its chain, except that none is mined
//! while its chain is congested. The other party is arbitrary: at any
//! block it may get mined any transaction it can sign (its own lock or
//! refund, or a redeem of the other's contract once it knows the secret,
//! which Bob learns from Alice's redeem as soon as it is broadcast),
//! congested or not, before or after the honest party's, or do nothing.
//!
//! **Properties.** (1) and (2): each party in turn honest, the other
//! arbitrary: the honest party ends with its own coins or the other's,
//! never neither (coins stuck in a contract count as neither).
//! (3) both honest: both contracts redeemed, or neither redeemed and
//! nothing still locked.
//!
//! **Value.** Gains in traces are in µBTC at the agreed rate (the swap's
//! `amount_a` sats are worth its `amount_b` gwei, 1 BTC = 15 ETH by
//! default), so each leg is worth `amount_a / 100`. Coins in a contract
//! count as given until they come back; fees are left out.

use super::{hm, ChainId, HtlcState, PartyId, SwapParams, SECRET_LEN};
use serde::Serialize;
use std::collections::HashMap;

/// An honest party's transaction is mined within this many blocks of its
/// chain (not counting congested blocks).
pub const INCLUSION_BLOCKS: u16 = 2;
/// The shorter timelock becomes this many ticks (if nothing needs finer).
pub const SHORT_TIMELOCK_TICKS: f64 = 4.0;
/// The longer timelock never exceeds this many ticks.
pub const MAX_TIMELOCK_TICKS: f64 = 48.0;
/// Reaction delays and confirmation waits never exceed this many ticks.
pub const MAX_DELAY_TICKS: f64 = 8.0;
/// Windows and moments in the plans never exceed this many ticks.
pub const MAX_MOMENT_TICKS: f64 = 160.0;
/// If one exploration reaches this many states, the tick is doubled and
/// the check starts again (bounding time and memory for any input).
pub const STATE_BUDGET: usize = 250_000;

/// One step of a counterexample, with the state after it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TraceStep {
    /// The tick (chain B's timestamp) after the step.
    pub time: u64,
    pub text: String,
    pub htlc_a: HtlcState,
    pub htlc_b: HtlcState,
    /// The secret is in a broadcast transaction or on-chain.
    pub secret_public: bool,
    /// Net value change in µBTC at the agreed rate: what Alice has received
    /// minus what she has given (coins in a contract count as given).
    pub alice_gain: i64,
    pub bob_gain: i64,
}

/// The shortest run (breadth-first) that breaks a property.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counterexample {
    pub property: String,
    pub victim: PartyId,
    pub steps: Vec<TraceStep>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerifyReport {
    /// Distinct states explored, over the three checks.
    pub states: u64,
    /// Distinct transitions between them.
    pub transitions: u64,
    /// Every property holds.
    pub holds: bool,
    pub properties: Vec<(String, bool)>,
    pub counterexample: Option<Counterexample>,
    /// How time was made small, in words.
    pub abstraction: String,
}

const NONE: u16 = u16::MAX;

/// Honest actions, indexing `due`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Lock = 0,
    Redeem = 1,
    Refund = 2,
}

const ACTS: [Act; 3] = [Act::Lock, Act::Redeem, Act::Refund];

impl Act {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
    fn chain(self, p: PartyId) -> ChainId {
        match self {
            Act::Lock | Act::Refund => p.own_chain(),
            Act::Redeem => p.other().own_chain(),
        }
    }
    fn code(self) -> u8 {
        self as u8 + 1
    }
    fn from_code(c: u8) -> Act {
        match c {
            1 => Act::Lock,
            2 => Act::Redeem,
            _ => Act::Refund,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Act::Lock => "lock",
            Act::Redeem => "redeem",
            Act::Refund => "refund",
        }
    }
}

/// The configuration in ticks.
#[derive(Clone, Debug)]
struct Model {
    tick: f64,
    /// Bob's timelock: a chain B timestamp.
    tb: u16,
    /// Alice's CLTV height: her refund is valid from block `la + 1`.
    la: u16,
    horizon: u16,
    drift: u16,
    react: [u16; 2],
    /// Extra blocks waited on a lock beyond the first confirmation, on A and on B.
    conf: [u16; 2],
    offline: [Option<(u16, u16)>; 2],
    /// Alice's earliest redeem, rounded down (she may act anywhere in that tick).
    redeem_at: u16,
    /// The last tick at which an honest Alice still broadcasts her redeem:
    /// the tick holding the simulation's last moment (Bob's timelock minus
    /// chain B's mempool delay and block time); `None` if there is none.
    last_redeem: Option<u16>,
    congestion: Option<(ChainId, u16, u16)>,
    /// (lock, redeem, refund) per party.
    plans: [(bool, bool, bool); 2],
    /// The secret passes the checks on A, on B.
    secret_ok: [bool; 2],
    /// Bytes in the secret of this exploration (Alice's choice when she is
    /// the arbitrary party).
    secret_len: u32,
    value: i64,
}

/// Which parties follow their plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    AliceHonest,
    BobHonest,
    Both,
}

impl Mode {
    fn honest(self, p: PartyId) -> bool {
        match self {
            Mode::AliceHonest => p == PartyId::Initiator,
            Mode::BobHonest => p == PartyId::Participant,
            Mode::Both => true,
        }
    }
    fn adversary(self) -> Option<PartyId> {
        match self {
            Mode::AliceHonest => Some(PartyId::Participant),
            Mode::BobHonest => Some(PartyId::Initiator),
            Mode::Both => None,
        }
    }
}

/// A state of the abstraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct St {
    /// Ticks: chain B's height and timestamp.
    t: u16,
    /// Chain A's height.
    ha: u16,
    a: HtlcState,
    b: HtlcState,
    /// Heights at which the locks were mined (0 unless confirmations matter).
    fa: u16,
    fb: u16,
    /// Alice has broadcast a redeem: the secret is in a mempool.
    leaked: bool,
    /// Honest pending transactions, slots [Alice on A, Alice on B, Bob on B,
    /// Bob on A]: 0, or the action's code * 4 + blocks left.
    pend: [u8; 4],
    /// Honest actions taken (bits of `Act::bit`).
    did: [u8; 2],
    /// Tick by which each enabled honest action must be taken.
    due: [[u16; 3]; 2],
}

fn slot(p: PartyId, c: ChainId) -> usize {
    match (p, c) {
        (PartyId::Initiator, ChainId::A) => 0,
        (PartyId::Initiator, ChainId::B) => 1,
        (PartyId::Participant, ChainId::B) => 2,
        (PartyId::Participant, ChainId::A) => 3,
    }
}

fn slot_party(s: usize) -> PartyId {
    if s < 2 {
        PartyId::Initiator
    } else {
        PartyId::Participant
    }
}

/// Why a transaction in a block failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fail {
    Settled,
    NotFunded,
    Funded,
    Secret,
    TooLate,
    TooEarly,
}

/// A transaction in a block: who, what, how it fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Inc {
    party: PartyId,
    act: Act,
    fail: Option<Fail>,
}

/// How a state was reached, for the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Start,
    Broadcast(PartyId, Act),
    Block { chain: ChainId, number: u16, txs: [Option<Inc>; 3] },
}

impl Model {
    /// The configuration in ticks; `coarsen` multiplies the tick (1 first,
    /// doubled whenever an exploration goes over [`STATE_BUDGET`]).
    fn new(p: &SwapParams, coarsen: f64) -> Model {
        let ti = p.initiator_timelock as f64;
        let tp = p.participant_timelock as f64;
        let (short, long) = (ti.min(tp), ti.max(tp));
        let mut moments: Vec<u64> = Vec::new();
        for plan in [&p.initiator, &p.participant] {
            if let Some((a, b)) = plan.offline {
                moments.extend([a, b]);
            }
        }
        moments.extend(p.initiator.redeem_at);
        if let Some(c) = &p.congestion {
            moments.extend([c.from, c.until]);
        }
        let mut tick = short / SHORT_TIMELOCK_TICKS;
        if ti != tp {
            tick = tick.min((ti - tp).abs() / 3.0);
        }
        for &m in &moments {
            if m > 0 {
                tick = tick.min(m as f64);
            }
        }
        let latest = moments.iter().copied().max().unwrap_or(0) as f64;
        let react_max = p.initiator.reaction_delay.max(p.participant.reaction_delay) as f64;
        let conf_max = [&p.chain_a, &p.chain_b].iter().map(|c| f64::from(c.confirmations - 1) * c.block_time as f64).fold(0.0, f64::max);
        tick = tick.max(long / MAX_TIMELOCK_TICKS).max(latest / MAX_MOMENT_TICKS).max(react_max.max(conf_max) / MAX_DELAY_TICKS).max(1.0)
            * coarsen;
        let ticks = |x: u64| ((x as f64 / tick).round()).min(4000.0) as u16;
        // Down and up, with a little slack for division error: a moment at
        // 4.000000001 ticks is tick 4.
        let floor_ticks = |x: u64| ((x as f64 / tick + 1e-9).floor()).min(4000.0) as u16;
        let ceil_ticks = |x: u64| ((x as f64 / tick - 1e-9).ceil()).min(4000.0) as u16;
        // Chain B's block at tick n stands for its real blocks after tick
        // n - 1 up to tick n: the first block with a real block at or past
        // Bob's timelock is the ceiling, and it also holds the last real
        // blocks before it (redeems there come before refunds).
        let mut tb = ceil_ticks(p.participant_timelock).max(1);
        let mut la = ticks(p.initiator_timelock).max(1);
        if tp < ti && tb >= la {
            la = tb + 1;
        }
        if tp > ti && tb <= la {
            tb = la + 1;
        }
        let window = |w: Option<(u64, u64)>| w.map(|(a, b)| (ticks(a), ticks(b).max(ticks(a) + 1)));
        let offline = [window(p.initiator.offline), window(p.participant.offline)];
        let congestion = p.congestion.as_ref().map(|c| {
            let (f, u) = window(Some((c.from, c.until))).expect("some");
            (c.chain, f, u)
        });
        let drift = if p.chain_a.jitter {
            let sd = (ti * p.chain_a.block_time as f64).sqrt();
            // Beyond the longer timelock a larger drift adds no runs.
            ((2.0 * sd / tick).round().min(f64::from(la.max(tb) + 1)) as u16).clamp(1, 16)
        } else {
            1
        };
        let react = [ticks(p.initiator.reaction_delay), ticks(p.participant.reaction_delay)];
        let conf = [
            ticks(u64::from(p.chain_a.confirmations - 1) * p.chain_a.block_time),
            ticks(u64::from(p.chain_b.confirmations - 1) * p.chain_b.block_time),
        ];
        let redeem_at = p.initiator.redeem_at.map_or(0, floor_ticks);
        // The simulation's honest Alice broadcasts her redeem only if it
        // can be mined before Bob's timelock: at a time no later than this.
        let last_redeem = p
            .participant_timelock
            .checked_sub(p.chain_b.mempool_delay + p.chain_b.block_time)
            .map(|g| floor_ticks(g).min(tb - 1));
        let mut end = (la + 1).max(tb).max(redeem_at);
        for w in offline.iter().flatten() {
            end = end.max(w.1);
        }
        if let Some(c) = congestion {
            end = end.max(c.2);
        }
        // Room for the last honest transaction to be mined even if chain A
        // swings from `drift` blocks ahead to `drift` behind meanwhile.
        let horizon = end + react[0].max(react[1]) + conf[0].max(conf[1]) + 2 * INCLUSION_BLOCKS + 3 * drift + 3;
        let len_ok = p.secret_len as usize == SECRET_LEN;
        Model {
            tick,
            tb,
            la,
            horizon,
            drift,
            react,
            conf,
            offline,
            redeem_at,
            last_redeem,
            congestion,
            plans: [
                (p.initiator.lock, p.initiator.redeem, p.initiator.refund),
                (p.participant.lock, p.participant.redeem, p.participant.refund),
            ],
            secret_ok: [len_ok, len_ok || !p.contract_b_checks_length],
            secret_len: p.secret_len,
            value: (p.amount_a / 100) as i64,
        }
    }

    /// The models to explore in `mode`: an honest Alice uses the configured
    /// secret; an arbitrary one picks its length, 32 bytes or (when Bob's
    /// contract does not check it) one that passes on B and fails on A.
    fn secret_choices(&self, p: &SwapParams, mode: Mode) -> Vec<Model> {
        if mode.honest(PartyId::Initiator) {
            return vec![self.clone()];
        }
        let mut v = Vec::new();
        let mut with = |len: u32, ok: [bool; 2]| {
            let mut m = self.clone();
            m.secret_len = len;
            m.secret_ok = ok;
            v.push(m);
        };
        with(SECRET_LEN as u32, [true, true]);
        if !p.contract_b_checks_length {
            let len = if p.secret_len as usize == SECRET_LEN { SECRET_LEN as u32 + 1 } else { p.secret_len };
            with(len, [false, true]);
        }
        v
    }

    fn online(&self, p: PartyId, t: u16) -> bool {
        self.offline[p.index()].is_none_or(|(f, u)| t < f || t >= u)
    }

    fn earliest(&self, p: PartyId, k: Act) -> u16 {
        if p == PartyId::Initiator && k == Act::Redeem {
            self.redeem_at
        } else {
            0
        }
    }

    fn confirmed(&self, s: &St, c: ChainId) -> bool {
        match c {
            ChainId::A => s.a == HtlcState::Locked && s.ha >= s.fa + self.conf[0],
            ChainId::B => s.b == HtlcState::Locked && s.t >= s.fb + self.conf[1],
        }
    }

    /// The honest party's plan wants this now (ignoring whether it is
    /// online or allowed yet).
    fn enabled(&self, s: &St, p: PartyId, k: Act) -> bool {
        if s.did[p.index()] & k.bit() != 0 {
            return false;
        }
        let (lock, redeem, refund) = self.plans[p.index()];
        use HtlcState::*;
        match (p, k) {
            (PartyId::Initiator, Act::Lock) => lock && s.a == NotFunded,
            (PartyId::Initiator, Act::Redeem) => {
                redeem && self.confirmed(s, ChainId::B) && self.last_redeem.is_some_and(|g| s.t <= g)
            }
            (PartyId::Initiator, Act::Refund) => refund && s.a == Locked && s.ha >= self.la,
            (PartyId::Participant, Act::Lock) => lock && s.b == NotFunded && self.confirmed(s, ChainId::A) && s.t + 1 < self.tb,
            (PartyId::Participant, Act::Redeem) => redeem && s.a == Locked && s.b == Redeemed,
            (PartyId::Participant, Act::Refund) => refund && s.b == Locked && s.t + 1 >= self.tb,
        }
    }

    fn can_act(&self, s: &St, p: PartyId, k: Act) -> bool {
        self.enabled(s, p, k) && self.online(p, s.t) && s.t >= self.earliest(p, k)
    }

    /// Recomputes the honest parties' deadlines.
    fn refresh(&self, s: &mut St, mode: Mode) {
        for p in [PartyId::Initiator, PartyId::Participant] {
            let i = p.index();
            for k in ACTS {
                let mut d = s.due[i][k as usize];
                let r = self.react[i];
                if !mode.honest(p) || !self.enabled(s, p, k) {
                    d = NONE;
                } else if r == 0 {
                    // Must act as soon as it can: no deadline to remember.
                    d = 0;
                } else {
                    if d == NONE {
                        let mut from = s.t.max(self.earliest(p, k));
                        if let Some((f, u)) = self.offline[i] {
                            if from >= f && from < u {
                                from = u;
                            }
                        }
                        d = from + r;
                    }
                    if let Some((f, u)) = self.offline[i] {
                        if s.t >= f && s.t < u {
                            d = d.max(u + r);
                        }
                    }
                }
                s.due[i][k as usize] = d;
            }
        }
    }

    /// An honest party must act before the next block.
    fn urgent(&self, s: &St, mode: Mode) -> bool {
        [PartyId::Initiator, PartyId::Participant]
            .into_iter()
            .any(|p| mode.honest(p) && ACTS.into_iter().any(|k| self.can_act(s, p, k) && s.due[p.index()][k as usize] <= s.t))
    }

    fn terminal(&self, s: &St) -> bool {
        s.t >= self.horizon || (s.a.is_settled() && s.b.is_settled())
    }

    /// Applies one transaction to its chain's contract in a block with
    /// number `n` (height on A, timestamp on B).
    fn apply(&self, s: &mut St, chain: ChainId, k: Act, n: u16) -> Option<Fail> {
        use HtlcState::*;
        let state = match chain {
            ChainId::A => &mut s.a,
            ChainId::B => &mut s.b,
        };
        let fail = match k {
            Act::Lock => (*state != NotFunded).then_some(Fail::Funded),
            _ if *state == NotFunded => Some(Fail::NotFunded),
            _ if state.is_settled() => Some(Fail::Settled),
            Act::Redeem => {
                if !self.secret_ok[chain.index()] {
                    Some(Fail::Secret)
                } else if chain == ChainId::B && n > self.tb {
                    Some(Fail::TooLate)
                } else {
                    None
                }
            }
            Act::Refund => {
                let open = match chain {
                    ChainId::A => n > self.la,
                    ChainId::B => n >= self.tb,
                };
                (!open).then_some(Fail::TooEarly)
            }
        };
        if fail.is_none() {
            *state = match k {
                Act::Lock => Locked,
                Act::Redeem => Redeemed,
                Act::Refund => Refunded,
            };
            if k == Act::Lock {
                let conf = self.conf[chain.index()];
                let f = if conf > 0 { n } else { 0 };
                match chain {
                    ChainId::A => s.fa = f,
                    ChainId::B => s.fb = f,
                }
            }
        }
        fail
    }

    /// What the arbitrary party could get into this block on `chain`.
    fn adversary_txs(&self, s: &St, adv: PartyId, chain: ChainId, n: u16) -> Vec<Act> {
        use HtlcState::*;
        let mut v = Vec::new();
        let (state, own) = match chain {
            ChainId::A => (s.a, adv == PartyId::Initiator),
            ChainId::B => (s.b, adv == PartyId::Participant),
        };
        if own {
            if state == NotFunded {
                v.push(Act::Lock);
            }
            let open = match chain {
                ChainId::A => n > self.la,
                ChainId::B => n >= self.tb,
            };
            if state == Locked && open {
                v.push(Act::Refund);
            }
        } else {
            let knows = adv == PartyId::Initiator || s.leaked;
            let in_time = chain == ChainId::A || n <= self.tb;
            if state == Locked && knows && in_time && self.secret_ok[chain.index()] {
                v.push(Act::Redeem);
            }
        }
        v
    }

    fn successors(&self, s: &St, mode: Mode, out: &mut Vec<(St, Label)>) {
        out.clear();
        if self.terminal(s) {
            return;
        }
        // Honest broadcasts.
        for p in [PartyId::Initiator, PartyId::Participant] {
            if !mode.honest(p) {
                continue;
            }
            for k in ACTS {
                if self.can_act(s, p, k) {
                    let mut n = *s;
                    n.did[p.index()] |= k.bit();
                    let mut left = INCLUSION_BLOCKS;
                    if p == PartyId::Initiator && k == Act::Redeem {
                        n.leaked = true;
                        // Broadcast in time (the simulation's guard), it is
                        // mined by the block holding Bob's timelock, unless
                        // the chain is congested.
                        left = left.min(self.tb - s.t);
                    }
                    n.pend[slot(p, k.chain(p))] = k.code() * 4 + left as u8;
                    self.refresh(&mut n, mode);
                    push_unique(out, n, Label::Broadcast(p, k));
                }
            }
        }
        // Blocks, unless an honest party must act first (its reaction
        // delay is up, or it is under a tick and so shorter than a block).
        if self.urgent(s, mode) {
            return;
        }
        if s.ha < s.t + self.drift {
            self.mine(s, mode, ChainId::A, out);
        }
        if s.t < s.ha + self.drift {
            self.mine(s, mode, ChainId::B, out);
        }
    }

    fn mine(&self, s: &St, mode: Mode, chain: ChainId, out: &mut Vec<(St, Label)>) {
        let (n, time) = match chain {
            ChainId::A => (s.ha + 1, s.t),
            ChainId::B => (s.t + 1, s.t + 1),
        };
        let congested = self.congestion.is_some_and(|(c, f, u)| c == chain && f <= time && time < u);
        let slots: [usize; 2] = match chain {
            ChainId::A => [0, 3],
            ChainId::B => [1, 2],
        };
        let pending: Vec<usize> = slots.into_iter().filter(|&i| s.pend[i] != 0).collect();
        // Successors that do something come first, so that among the
        // shortest runs the trace shows the one where things happen early.
        let mut adv_opts: Vec<Option<(PartyId, Act)>> = Vec::new();
        if let Some(adv) = mode.adversary() {
            adv_opts.extend(self.adversary_txs(s, adv, chain, n).into_iter().map(|k| Some((adv, k))));
        }
        adv_opts.push(None);
        // Each honest pending transaction: included now, or (if it has
        // blocks left and the chain is not congested) left for later.
        let combos = 1u32 << pending.len();
        for mask in (0..combos).rev() {
            let mut ok = true;
            for (j, &i) in pending.iter().enumerate() {
                let include = mask & (1 << j) != 0;
                let left = s.pend[i] & 3;
                if congested && include {
                    ok = false;
                }
                if !congested && !include && left <= 1 {
                    ok = false;
                }
            }
            if !ok {
                continue;
            }
            for adv in &adv_opts {
                let mut items: Vec<(PartyId, Act)> = pending
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| mask & (1 << j) != 0)
                    .map(|(_, &i)| (slot_party(i), Act::from_code(s.pend[i] >> 2)))
                    .collect();
                if let Some((p, k)) = adv {
                    items.push((*p, *k));
                }
                for order in permutations(items.len()) {
                    // In the block holding Bob's timelock a valid redeem is
                    // mined before it, a valid refund after it.
                    if chain == ChainId::B
                        && n == self.tb
                        && order.iter().enumerate().any(|(i, &x)| {
                            items[x].1 == Act::Refund && order[i + 1..].iter().any(|&y| items[y].1 == Act::Redeem)
                        })
                    {
                        continue;
                    }
                    let mut nst = *s;
                    let mut txs = [None; 3];
                    for (pos, &ix) in order.iter().enumerate() {
                        let (p, k) = items[ix];
                        let fail = self.apply(&mut nst, chain, k, n);
                        txs[pos] = Some(Inc { party: p, act: k, fail });
                    }
                    for &i in &pending {
                        let j = pending.iter().position(|&x| x == i).expect("present");
                        if mask & (1 << j) != 0 {
                            nst.pend[i] = 0;
                        } else if !congested {
                            nst.pend[i] -= 1;
                        }
                    }
                    // Pending spends of a settled contract can never apply.
                    for i in slots {
                        let st = if chain == ChainId::A { nst.a } else { nst.b };
                        if nst.pend[i] != 0 && st.is_settled() {
                            nst.pend[i] = 0;
                        }
                    }
                    match chain {
                        ChainId::A => nst.ha += 1,
                        ChainId::B => nst.t += 1,
                    }
                    self.refresh(&mut nst, mode);
                    push_unique(out, nst, Label::Block { chain, number: n, txs });
                }
            }
        }
    }

    fn gains(&self, s: &St) -> (i64, i64) {
        use HtlcState::*;
        let v = self.value;
        let given = |h: HtlcState| if matches!(h, Locked | Redeemed) { -v } else { 0 };
        let got = |h: HtlcState| if h == Redeemed { v } else { 0 };
        (given(s.a) + got(s.b), given(s.b) + got(s.a))
    }
}

fn push_unique(out: &mut Vec<(St, Label)>, s: St, l: Label) {
    if !out.iter().any(|(x, _)| *x == s) {
        out.push((s, l));
    }
}

fn permutations(n: usize) -> &'static [&'static [usize]] {
    match n {
        0 => &[&[]],
        1 => &[&[0]],
        2 => &[&[0, 1], &[1, 0]],
        _ => &[&[0, 1, 2], &[0, 2, 1], &[1, 0, 2], &[1, 2, 0], &[2, 0, 1], &[2, 1, 0]],
    }
}

fn alice_loses(s: &St) -> bool {
    !matches!(s.a, HtlcState::NotFunded | HtlcState::Refunded) && s.b != HtlcState::Redeemed
}

fn bob_loses(s: &St) -> bool {
    !matches!(s.b, HtlcState::NotFunded | HtlcState::Refunded) && s.a != HtlcState::Redeemed
}

/// The party a final state violates the mode's property for.
fn violation(s: &St, mode: Mode) -> Option<PartyId> {
    match mode {
        Mode::AliceHonest => alice_loses(s).then_some(PartyId::Initiator),
        Mode::BobHonest => bob_loses(s).then_some(PartyId::Participant),
        Mode::Both => {
            let redeemed = (s.a == HtlcState::Redeemed) != (s.b == HtlcState::Redeemed);
            let stuck = s.a == HtlcState::Locked || s.b == HtlcState::Locked;
            (redeemed || stuck).then(|| if alice_loses(s) { PartyId::Initiator } else { PartyId::Participant })
        }
    }
}

struct Exploration {
    states: Vec<St>,
    parent: Vec<(u32, Label)>,
    transitions: u64,
    violation: Option<(usize, PartyId)>,
}

/// Breadth-first search of every run; `None` if it goes over the budget.
fn explore(m: &Model, mode: Mode, budget: usize) -> Option<Exploration> {
    let mut init = St {
        t: 0,
        ha: 0,
        a: HtlcState::NotFunded,
        b: HtlcState::NotFunded,
        fa: 0,
        fb: 0,
        leaked: false,
        pend: [0; 4],
        did: [0; 2],
        due: [[NONE; 3]; 2],
    };
    m.refresh(&mut init, mode);
    let mut states = vec![init];
    let mut parent = vec![(u32::MAX, Label::Start)];
    let mut index: HashMap<St, u32> = HashMap::new();
    index.insert(init, 0);
    let mut transitions = 0u64;
    let mut found = None;
    let mut next = Vec::new();
    let mut i = 0;
    while i < states.len() {
        let s = states[i];
        m.successors(&s, mode, &mut next);
        if next.is_empty() && found.is_none() {
            found = violation(&s, mode).map(|victim| (i, victim));
        }
        if states.len() > budget {
            return None;
        }
        for (n, label) in next.drain(..) {
            transitions += 1;
            if let std::collections::hash_map::Entry::Vacant(e) = index.entry(n) {
                e.insert(states.len() as u32);
                states.push(n);
                parent.push((i as u32, label));
            }
        }
        i += 1;
    }
    Some(Exploration { states, parent, transitions, violation: found })
}

fn describe(m: &Model, label: &Label, mode: Mode) -> Option<String> {
    Some(match label {
        Label::Start => match mode {
            Mode::AliceHonest => "Start: Alice follows her plan; Bob may do anything he can sign".into(),
            Mode::BobHonest => format!(
                "Start: Bob follows his plan; Alice may do anything she can sign, and picked a {}-byte secret{}",
                m.secret_len,
                match m.secret_ok {
                    [true, true] => "",
                    [false, true] => ", which chain B accepts but chain A's script (OP_SIZE 32) refuses",
                    [true, false] => ", which chain A accepts but chain B refuses",
                    [false, false] => ", which both chains refuse",
                }
            ),
            Mode::Both => "Start: both follow their plans".into(),
        },
        Label::Broadcast(p, k) => {
            let c = k.chain(*p);
            let extra = match (p, k) {
                (PartyId::Initiator, Act::Redeem) => ", revealing the secret",
                (PartyId::Participant, Act::Redeem) => " with the secret from chain B",
                _ => "",
            };
            format!("{} broadcasts {} {} on chain {c:?}{extra}", p.short(), p.possessive(), k.name())
        }
        Label::Block { chain, number, txs } => {
            let parts: Vec<String> = txs
                .iter()
                .flatten()
                .map(|inc| {
                    let name = format!("{}'s {}", inc.party.short(), inc.act.name());
                    match inc.fail {
                        None => format!("{name} is mined"),
                        Some(f) => format!(
                            "{name} fails ({})",
                            match f {
                                Fail::Settled => "the contract is already settled",
                                Fail::NotFunded => "the contract is not funded",
                                Fail::Funded => "already funded",
                                Fail::Secret => "the secret's length is refused",
                                Fail::TooLate => "too late: past the timelock",
                                Fail::TooEarly => "timelock not reached",
                            }
                        ),
                    }
                })
                .collect();
            if parts.is_empty() {
                return None;
            }
            let what = match chain {
                ChainId::A => format!("Chain A block {number}{}", if *number > m.la { " (refund window open)" } else { "" }),
                ChainId::B => format!(
                    "Chain B block at tick {number}{}",
                    match number.cmp(&m.tb) {
                        std::cmp::Ordering::Less => "",
                        std::cmp::Ordering::Equal => " (Bob's timelock passes within it: redeems before it, refunds after)",
                        std::cmp::Ordering::Greater => " (past Bob's timelock)",
                    }
                ),
            };
            format!("{what}: {}", parts.join("; "))
        }
    })
}

fn step_at(m: &Model, s: &St, text: String) -> TraceStep {
    let (alice_gain, bob_gain) = m.gains(s);
    TraceStep {
        time: u64::from(s.t),
        text,
        htlc_a: s.a,
        htlc_b: s.b,
        secret_public: s.leaked || s.a == HtlcState::Redeemed || s.b == HtlcState::Redeemed,
        alice_gain,
        bob_gain,
    }
}

/// Blocks that carry nothing for the swap, and what is still waiting.
fn quiet_text(m: &Model, from: u16, n: u32, s: &St) -> String {
    let mut text = if n == 1 {
        format!("A block passes with nothing for the swap (tick {}, chain A at height {})", s.t, s.ha)
    } else if from == s.t {
        format!("{n} blocks pass with nothing for the swap (tick {}, chain A at height {})", s.t, s.ha)
    } else {
        format!("{n} blocks pass with nothing for the swap (ticks {from} to {}, chain A at height {})", s.t, s.ha)
    };
    for p in [PartyId::Initiator, PartyId::Participant] {
        if !m.online(p, s.t) {
            text += &format!("; {} is offline", p.short());
        }
    }
    for (i, &code) in s.pend.iter().enumerate() {
        if code == 0 {
            continue;
        }
        let p = slot_party(i);
        let c = if i == 0 || i == 3 { ChainId::A } else { ChainId::B };
        let congested = m.congestion.is_some_and(|(cc, f, u)| cc == c && f <= s.t && s.t < u);
        text += &format!(
            "; {}'s {} waits in chain {c:?}'s mempool{}",
            p.short(),
            Act::from_code(code >> 2).name(),
            if congested { " (the chain is congested)" } else { "" }
        );
    }
    text
}

/// The path from the start to `end`, one step per transition, with runs of
/// blocks that change nothing merged into one step.
fn trace(m: &Model, ex: &Exploration, end: usize, mode: Mode) -> Vec<TraceStep> {
    let mut path = vec![end];
    let mut i = end;
    while ex.parent[i].0 != u32::MAX {
        i = ex.parent[i].0 as usize;
        path.push(i);
    }
    path.reverse();
    let mut steps = Vec::new();
    // A run of blocks that change nothing: (tick before it, blocks, state after).
    let mut quiet: Option<(u16, u32, St)> = None;
    let mut prev_t = 0;
    for &i in &path {
        let s = ex.states[i];
        match describe(m, &ex.parent[i].1, mode) {
            None => {
                let (from, n) = quiet.map_or((prev_t, 0), |q| (q.0, q.1));
                quiet = Some((from, n + 1, s));
            }
            Some(text) => {
                if let Some((from, n, q)) = quiet.take() {
                    steps.push(step_at(m, &q, quiet_text(m, from, n, &q)));
                }
                steps.push(step_at(m, &s, text));
            }
        }
        prev_t = s.t;
    }
    if let Some((from, n, q)) = quiet.take() {
        steps.push(step_at(m, &q, quiet_text(m, from, n, &q)));
    }
    let last = ex.states[end];
    let text = match violation(&last, mode) {
        Some(PartyId::Initiator) => "End: Alice has neither her own coins back nor Bob's",
        Some(PartyId::Participant) => "End: Bob has neither his own coins back nor Alice's",
        None => "End",
    };
    steps.push(step_at(m, &last, text.into()));
    steps
}

fn dur(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        hm(s)
    } else if s >= 60 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

fn abstraction(m: &Model, p: &SwapParams) -> String {
    let mut text = format!(
        "Time is counted in ticks of {}: Bob's timelock ({}) is {} ticks, and Alice's ({}) is height {} on chain A, so her refund can be mined from block {}. \
         Each chain makes one block per tick: chain B's block at tick k has timestamp k, and chain A's height may run up to {} block{} ahead of or behind the ticks{}. ",
        dur(m.tick),
        dur(p.participant_timelock as f64),
        m.tb,
        dur(p.initiator_timelock as f64),
        m.la,
        m.la + 1,
        m.drift,
        if m.drift == 1 { "" } else { "s" },
        if p.chain_a.jitter { " (two standard deviations of its random block times by the timelock)" } else { "" },
    );
    text += &format!(
        "An honest party acts within {} tick{} (Alice) / {} tick{} (Bob) of seeing what it waits for, and its transaction is mined within {INCLUSION_BLOCKS} blocks of its chain, but not while that chain is congested; \
         the other party may get anything it can sign mined in any block, congested or not, ahead of the honest party's, or do nothing. ",
        m.react[0],
        if m.react[0] == 1 { "" } else { "s" },
        m.react[1],
        if m.react[1] == 1 { "" } else { "s" },
    );
    for (name, w) in [("Alice", m.offline[0]), ("Bob", m.offline[1])] {
        if let Some((f, u)) = w {
            text += &format!("{name} is offline from tick {f} to {u}. ");
        }
    }
    if let Some((c, f, u)) = m.congestion {
        text += &format!("Chain {c:?} is congested from tick {f} to {u}. ");
    }
    text += &format!(
        "Chain B's block at tick {} holds the last moments before Bob's timelock and the first after it: a redeem in it is mined ahead of a refund. ",
        m.tb
    );
    if m.redeem_at > 0 {
        text += &format!("Alice redeems no earlier than tick {}. ", m.redeem_at);
    }
    match m.last_redeem {
        _ if !p.initiator.redeem => text += "Following her plan, Alice never redeems. ",
        Some(g) => {
            text += &format!(
                "Following her plan, Alice broadcasts her redeem no later than tick {g} (as in the simulation: only if it can still reach a block before Bob's timelock), and then it is mined by tick {}. ",
                m.tb
            )
        }
        None => text += "Following her plan, Alice never redeems: no block before Bob's timelock could take it. ",
    }
    text += &match (p.secret_len, p.contract_b_checks_length) {
        (32, true) => "Alice's secret is 32 bytes, the only length both contracts accept. ".to_string(),
        (n, true) => format!("Following her plan, Alice's secret is {n} bytes; when she may do anything, she may also pick a 32-byte one. "),
        (n, false) => format!("Following her plan, Alice's secret is {n} bytes; when she may do anything, she may also pick a length that chain B accepts and chain A's script (OP_SIZE 32) refuses. "),
    };
    text += &format!("Every run is followed to tick {} or until both contracts settle; fees are left out.", m.horizon);
    text
}

/// Explores every run of the scaled-down configuration three times (Alice
/// honest, Bob honest, both honest) and checks the swap's properties.
pub fn verify(params: &SwapParams) -> VerifyReport {
    verify_within(params, STATE_BUDGET)
}

/// [`verify`] with a chosen state budget per exploration.
pub fn verify_within(params: &SwapParams, budget: usize) -> VerifyReport {
    let names = [
        "Alice, following her plan, never loses: she ends with her own coins or Bob's, whatever Bob does",
        "Bob, following his plan, never loses: he ends with his own coins or Alice's, whatever Alice does",
        "With both following their plans, the swap is atomic: both redeem, or neither does and nothing stays locked",
    ];
    let mut coarsen = 1.0;
    let mut doubled = 0;
    'scale: loop {
        let m = Model::new(params, coarsen);
        let mut states = 0u64;
        let mut transitions = 0u64;
        let mut properties = Vec::new();
        let mut counterexample = None;
        for (mode, name) in [Mode::AliceHonest, Mode::BobHonest, Mode::Both].into_iter().zip(names) {
            // The shortest violation over the secrets this mode allows.
            let mut worst: Option<Vec<TraceStep>> = None;
            let mut victim_of = None;
            for mv in m.secret_choices(params, mode) {
                let Some(ex) = explore(&mv, mode, budget) else {
                    coarsen *= 2.0;
                    doubled += 1;
                    continue 'scale;
                };
                states += ex.states.len() as u64;
                transitions += ex.transitions;
                if let Some((end, victim)) = ex.violation {
                    let steps = trace(&mv, &ex, end, mode);
                    if worst.as_ref().is_none_or(|w| steps.len() < w.len()) {
                        worst = Some(steps);
                        victim_of = Some(victim);
                    }
                }
            }
            properties.push((name.to_string(), worst.is_none()));
            if let (None, Some(steps), Some(victim)) = (&counterexample, worst, victim_of) {
                counterexample = Some(Counterexample { property: name.to_string(), victim, steps });
            }
        }
        let mut abstraction = abstraction(&m, params);
        if doubled > 0 {
            abstraction += &format!(
                " The tick was doubled {doubled} time{} to keep each exploration under {budget} states.",
                if doubled == 1 { "" } else { "s" }
            );
        }
        return VerifyReport { states, transitions, holds: properties.iter().all(|(_, ok)| *ok), properties, counterexample, abstraction };
    }
}
