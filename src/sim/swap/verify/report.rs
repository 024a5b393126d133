//! The report: a counterexample's steps in words, and the abstraction
//! described (moved from `verify.rs`).

use super::model::*;
use super::search::*;
use super::*;
use crate::sim::swap::{hm, ChainId, HtlcState, PartyId, SwapParams};

pub(super) fn describe(m: &Model, label: &Label, mode: Mode) -> Option<String> {
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
                ChainId::A => {
                    format!("Chain A block {number}{}", if *number > m.la { " (refund window open)" } else { "" })
                }
                ChainId::B => format!(
                    "Chain B block at tick {number}{}",
                    match number.cmp(&m.tb) {
                        std::cmp::Ordering::Less => "",
                        std::cmp::Ordering::Equal =>
                            " (Bob's timelock passes within it: redeems before it, refunds after)",
                        std::cmp::Ordering::Greater => " (past Bob's timelock)",
                    }
                ),
            };
            format!("{what}: {}", parts.join("; "))
        }
    })
}

pub(super) fn step_at(m: &Model, s: &St, text: String) -> TraceStep {
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
pub(super) fn quiet_text(m: &Model, from: u16, n: u32, s: &St) -> String {
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
pub(super) fn trace(m: &Model, ex: &Exploration, end: usize, mode: Mode) -> Vec<TraceStep> {
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

pub(super) fn dur(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        hm(s)
    } else if s >= 60 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

pub(super) fn abstraction(m: &Model, p: &SwapParams) -> String {
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
