//! The abstraction: the swap's configuration in ticks, its states, and
//! what each party may do in each (moved from `verify.rs`).

use super::*;
use crate::sim::swap::{ChainId, HtlcState, PartyId, SwapParams, SECRET_LEN};

pub(super) const NONE: u16 = u16::MAX;

/// Honest actions, indexing `due`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Act {
    Lock = 0,
    Redeem = 1,
    Refund = 2,
}

pub(super) const ACTS: [Act; 3] = [Act::Lock, Act::Redeem, Act::Refund];

impl Act {
    pub(super) fn bit(self) -> u8 {
        1 << (self as u8)
    }
    pub(super) fn chain(self, p: PartyId) -> ChainId {
        match self {
            Act::Lock | Act::Refund => p.own_chain(),
            Act::Redeem => p.other().own_chain(),
        }
    }
    pub(super) fn code(self) -> u8 {
        self as u8 + 1
    }
    pub(super) fn from_code(c: u8) -> Act {
        match c {
            1 => Act::Lock,
            2 => Act::Redeem,
            _ => Act::Refund,
        }
    }
}

/// The configuration in ticks.
#[derive(Clone, Debug)]
pub(super) struct Model {
    pub(super) tick: f64,
    /// Bob's timelock: a chain B timestamp.
    pub(super) tb: u16,
    /// Alice's CLTV height: her refund is valid from block `la + 1`.
    pub(super) la: u16,
    pub(super) horizon: u16,
    pub(super) drift: u16,
    pub(super) react: [u16; 2],
    /// Extra blocks waited on a lock beyond the first confirmation, on A and on B.
    pub(super) conf: [u16; 2],
    pub(super) offline: [Option<(u16, u16)>; 2],
    /// Alice's earliest redeem, rounded down (she may act anywhere in that tick).
    pub(super) redeem_at: u16,
    /// The last tick at which an honest Alice still broadcasts her redeem:
    /// the tick holding the simulation's last moment (Bob's timelock minus
    /// chain B's mempool delay and block time); `None` if there is none.
    pub(super) last_redeem: Option<u16>,
    pub(super) congestion: Option<(ChainId, u16, u16)>,
    /// (lock, redeem, refund) per party.
    pub(super) plans: [(bool, bool, bool); 2],
    /// The secret passes the checks on A, on B.
    pub(super) secret_ok: [bool; 2],
    /// Bytes in the secret of this exploration (Alice's choice when she is
    /// the arbitrary party).
    pub(super) secret_len: u32,
    pub(super) value: i64,
}

/// Which parties follow their plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    AliceHonest,
    BobHonest,
    Both,
}

impl Mode {
    pub(super) fn honest(self, p: PartyId) -> bool {
        match self {
            Mode::AliceHonest => p == PartyId::Initiator,
            Mode::BobHonest => p == PartyId::Participant,
            Mode::Both => true,
        }
    }
    pub(super) fn adversary(self) -> Option<PartyId> {
        match self {
            Mode::AliceHonest => Some(PartyId::Participant),
            Mode::BobHonest => Some(PartyId::Initiator),
            Mode::Both => None,
        }
    }
}

/// A state of the abstraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct St {
    /// Ticks: chain B's height and timestamp.
    pub(super) t: u16,
    /// Chain A's height.
    pub(super) ha: u16,
    pub(super) a: HtlcState,
    pub(super) b: HtlcState,
    /// Heights at which the locks were mined (0 unless confirmations matter).
    pub(super) fa: u16,
    pub(super) fb: u16,
    /// Alice has broadcast a redeem: the secret is in a mempool.
    pub(super) leaked: bool,
    /// Honest pending transactions, slots [Alice on A, Alice on B, Bob on B,
    /// Bob on A]: 0, or the action's code * 4 + blocks left.
    pub(super) pend: [u8; 4],
    /// Honest actions taken (bits of `Act::bit`).
    pub(super) did: [u8; 2],
    /// Tick by which each enabled honest action must be taken.
    pub(super) due: [[u16; 3]; 2],
}

pub(super) fn slot(p: PartyId, c: ChainId) -> usize {
    match (p, c) {
        (PartyId::Initiator, ChainId::A) => 0,
        (PartyId::Initiator, ChainId::B) => 1,
        (PartyId::Participant, ChainId::B) => 2,
        (PartyId::Participant, ChainId::A) => 3,
    }
}

pub(super) fn slot_party(s: usize) -> PartyId {
    if s < 2 {
        PartyId::Initiator
    } else {
        PartyId::Participant
    }
}

/// Why a transaction in a block failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fail {
    Settled,
    NotFunded,
    Funded,
    Secret,
    TooLate,
    TooEarly,
}

/// A transaction in a block: who, what, how it fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Inc {
    pub(super) party: PartyId,
    pub(super) act: Act,
    pub(super) fail: Option<Fail>,
}

/// How a state was reached, for the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Label {
    Start,
    Broadcast(PartyId, Act),
    Block { chain: ChainId, number: u16, txs: [Option<Inc>; 3] },
}

impl Model {
    /// The configuration in ticks; `coarsen` multiplies the tick (1 first,
    /// doubled whenever an exploration goes over [`STATE_BUDGET`]).
    pub(super) fn new(p: &SwapParams, coarsen: f64) -> Model {
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
        let conf_max = [&p.chain_a, &p.chain_b]
            .iter()
            .map(|c| f64::from(c.confirmations - 1) * c.block_time as f64)
            .fold(0.0, f64::max);
        tick = tick
            .max(long / MAX_TIMELOCK_TICKS)
            .max(latest / MAX_MOMENT_TICKS)
            .max(react_max.max(conf_max) / MAX_DELAY_TICKS)
            .max(1.0)
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
    pub(super) fn secret_choices(&self, p: &SwapParams, mode: Mode) -> Vec<Model> {
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

    pub(super) fn online(&self, p: PartyId, t: u16) -> bool {
        self.offline[p.index()].is_none_or(|(f, u)| t < f || t >= u)
    }

    pub(super) fn earliest(&self, p: PartyId, k: Act) -> u16 {
        if p == PartyId::Initiator && k == Act::Redeem {
            self.redeem_at
        } else {
            0
        }
    }

    pub(super) fn confirmed(&self, s: &St, c: ChainId) -> bool {
        match c {
            ChainId::A => s.a == HtlcState::Locked && s.ha >= s.fa + self.conf[0],
            ChainId::B => s.b == HtlcState::Locked && s.t >= s.fb + self.conf[1],
        }
    }

    /// The honest party's plan wants this now (ignoring whether it is
    /// online or allowed yet).
    pub(super) fn enabled(&self, s: &St, p: PartyId, k: Act) -> bool {
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
            (PartyId::Participant, Act::Lock) => {
                lock && s.b == NotFunded && self.confirmed(s, ChainId::A) && s.t + 1 < self.tb
            }
            (PartyId::Participant, Act::Redeem) => redeem && s.a == Locked && s.b == Redeemed,
            (PartyId::Participant, Act::Refund) => refund && s.b == Locked && s.t + 1 >= self.tb,
        }
    }

    pub(super) fn can_act(&self, s: &St, p: PartyId, k: Act) -> bool {
        self.enabled(s, p, k) && self.online(p, s.t) && s.t >= self.earliest(p, k)
    }

    /// Recomputes the honest parties' deadlines.
    pub(super) fn refresh(&self, s: &mut St, mode: Mode) {
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
    pub(super) fn urgent(&self, s: &St, mode: Mode) -> bool {
        [PartyId::Initiator, PartyId::Participant].into_iter().any(|p| {
            mode.honest(p) && ACTS.into_iter().any(|k| self.can_act(s, p, k) && s.due[p.index()][k as usize] <= s.t)
        })
    }

    pub(super) fn terminal(&self, s: &St) -> bool {
        s.t >= self.horizon || (s.a.is_settled() && s.b.is_settled())
    }

    /// Applies one transaction to its chain's contract in a block with
    /// number `n` (height on A, timestamp on B).
    pub(super) fn apply(&self, s: &mut St, chain: ChainId, k: Act, n: u16) -> Option<Fail> {
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
    pub(super) fn adversary_txs(&self, s: &St, adv: PartyId, chain: ChainId, n: u16) -> Vec<Act> {
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

    pub(super) fn gains(&self, s: &St) -> (i64, i64) {
        use HtlcState::*;
        let v = self.value;
        let given = |h: HtlcState| if matches!(h, Locked | Redeemed) { -v } else { 0 };
        let got = |h: HtlcState| if h == Redeemed { v } else { 0 };
        (given(s.a) + got(s.b), given(s.b) + got(s.a))
    }
}
