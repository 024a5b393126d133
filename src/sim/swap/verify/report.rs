//! The report: a counterexample's steps in words, and the abstraction
//! described (moved from `verify.rs`).

use super::model::*;
use super::search::*;
use super::*;
use crate::sim::swap::{hm, ChainId, HtlcState, PartyId, SwapParams};

pub(super) fn describe(m: &Model, label: &Label, mode: Mode) -> Option<String> {
    Some(match label {
        Label::Start => match mode {
            Mode::AliceHonest => crate::t!("swap-vr-start-alice"),
            Mode::BobHonest => {
                let bytes = m.secret_len;
                match m.secret_ok {
                    [true, true] => crate::t!("swap-vr-start-bob", bytes = bytes),
                    [false, true] => crate::t!("swap-vr-start-bob-a-refuses", bytes = bytes),
                    [true, false] => crate::t!("swap-vr-start-bob-b-refuses", bytes = bytes),
                    [false, false] => crate::t!("swap-vr-start-bob-both-refuse", bytes = bytes),
                }
            }
            Mode::Both => crate::t!("swap-vr-start-both"),
        },
        Label::Broadcast(p, k) => {
            let chain = format!("{:?}", k.chain(*p));
            match (p, k) {
                (PartyId::Initiator, Act::Lock) => crate::t!("swap-vr-alice-lock", chain = chain),
                (PartyId::Initiator, Act::Redeem) => crate::t!("swap-vr-alice-redeem", chain = chain),
                (PartyId::Initiator, Act::Refund) => crate::t!("swap-vr-alice-refund", chain = chain),
                (PartyId::Participant, Act::Lock) => crate::t!("swap-vr-bob-lock", chain = chain),
                (PartyId::Participant, Act::Redeem) => crate::t!("swap-vr-bob-redeem", chain = chain),
                (PartyId::Participant, Act::Refund) => crate::t!("swap-vr-bob-refund", chain = chain),
            }
        }
        Label::Block { chain, number, txs } => {
            let parts: Vec<String> = txs
                .iter()
                .flatten()
                .map(|inc| {
                    let name = tx_name(inc.party, inc.act);
                    match inc.fail {
                        None => crate::t!("swap-vr-mined", tx = name),
                        Some(f) => {
                            let why = match f {
                                Fail::Settled => crate::t!("swap-vr-fail-settled"),
                                Fail::NotFunded => crate::t!("swap-vr-fail-not-funded"),
                                Fail::Funded => crate::t!("swap-vr-fail-funded"),
                                Fail::Secret => crate::t!("swap-vr-fail-secret"),
                                Fail::TooLate => crate::t!("swap-vr-fail-late"),
                                Fail::TooEarly => crate::t!("swap-vr-fail-early"),
                            };
                            crate::t!("swap-vr-fails", tx = name, why = why)
                        }
                    }
                })
                .collect();
            if parts.is_empty() {
                return None;
            }
            let n = number.to_string();
            let what = match chain {
                ChainId::A if *number > m.la => crate::t!("swap-vr-block-a-open", n = n),
                ChainId::A => crate::t!("swap-vr-block-a", n = n),
                ChainId::B => match number.cmp(&m.tb) {
                    std::cmp::Ordering::Less => crate::t!("swap-vr-block-b", n = n),
                    std::cmp::Ordering::Equal => crate::t!("swap-vr-block-b-timelock", n = n),
                    std::cmp::Ordering::Greater => crate::t!("swap-vr-block-b-past", n = n),
                },
            };
            crate::t!("swap-vr-block", what = what, parts = parts.join("; "))
        }
    })
}

/// "Alice's lock", "Bob's redeem", in the reader's language.
fn tx_name(p: PartyId, a: Act) -> String {
    match (p, a) {
        (PartyId::Initiator, Act::Lock) => crate::t!("swap-txd-alice-lock"),
        (PartyId::Initiator, Act::Redeem) => crate::t!("swap-txd-alice-redeem"),
        (PartyId::Initiator, Act::Refund) => crate::t!("swap-txd-alice-refund"),
        (PartyId::Participant, Act::Lock) => crate::t!("swap-txd-bob-lock"),
        (PartyId::Participant, Act::Redeem) => crate::t!("swap-txd-bob-redeem"),
        (PartyId::Participant, Act::Refund) => crate::t!("swap-txd-bob-refund"),
    }
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
    let (tick, height) = (s.t.to_string(), s.ha.to_string());
    let mut text = if n == 1 {
        crate::t!("swap-vr-quiet-one", tick = tick, height = height)
    } else if from == s.t {
        crate::t!("swap-vr-quiet-many", n = n.to_string(), tick = tick, height = height)
    } else {
        crate::t!("swap-vr-quiet-span", n = n.to_string(), from = from.to_string(), tick = tick, height = height)
    };
    for p in [PartyId::Initiator, PartyId::Participant] {
        if !m.online(p, s.t) {
            text += "; ";
            text += &crate::t!("swap-vr-offline", who = p.short());
        }
    }
    for (i, &code) in s.pend.iter().enumerate() {
        if code == 0 {
            continue;
        }
        let p = slot_party(i);
        let c = if i == 0 || i == 3 { ChainId::A } else { ChainId::B };
        let congested = m.congestion.is_some_and(|(cc, f, u)| cc == c && f <= s.t && s.t < u);
        let (tx, chain) = (tx_name(p, Act::from_code(code >> 2)), format!("{c:?}"));
        text += "; ";
        text += &if congested {
            crate::t!("swap-vr-waits-congested", tx = tx, chain = chain)
        } else {
            crate::t!("swap-vr-waits", tx = tx, chain = chain)
        };
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
        Some(PartyId::Initiator) => crate::t!("swap-vr-end-alice"),
        Some(PartyId::Participant) => crate::t!("swap-vr-end-bob"),
        None => crate::t!("swap-vr-end"),
    };
    steps.push(step_at(m, &last, text));
    steps
}

pub(super) fn dur(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        hm(s)
    } else if s >= 60 {
        crate::t!("swap-tl-minutes", n = s / 60)
    } else {
        crate::t!("swap-tl-seconds", n = s)
    }
}

/// How the check scales the configuration down, in sentences.
pub(super) fn abstraction(m: &Model, p: &SwapParams) -> String {
    let mut text = vec![crate::t!(
        "swap-vr-abs-time",
        tick = dur(m.tick),
        bob = dur(p.participant_timelock as f64),
        ticks = m.tb.to_string(),
        alice = dur(p.initiator_timelock as f64),
        height = m.la.to_string(),
        first = (m.la + 1).to_string()
    )];
    text.push(if p.chain_a.jitter {
        crate::t!("swap-vr-abs-drift-jitter", drift = m.drift)
    } else {
        crate::t!("swap-vr-abs-drift", drift = m.drift)
    });
    text.push(crate::t!("swap-vr-abs-react", alice = m.react[0], bob = m.react[1], blocks = INCLUSION_BLOCKS));
    for (who, w) in [("Alice", m.offline[0]), ("Bob", m.offline[1])] {
        if let Some((f, u)) = w {
            text.push(crate::t!("swap-vr-abs-offline", who = who, from = f.to_string(), until = u.to_string()));
        }
    }
    if let Some((c, f, u)) = m.congestion {
        let chain = format!("{c:?}");
        text.push(crate::t!("swap-vr-abs-congested", chain = chain, from = f.to_string(), until = u.to_string()));
    }
    text.push(crate::t!("swap-vr-abs-last-block", tick = m.tb.to_string()));
    if m.redeem_at > 0 {
        text.push(crate::t!("swap-vr-abs-redeem-at", tick = m.redeem_at.to_string()));
    }
    text.push(match m.last_redeem {
        _ if !p.initiator.redeem => crate::t!("swap-vr-abs-never"),
        Some(g) => crate::t!("swap-vr-abs-redeem-by", tick = g.to_string(), by = m.tb.to_string()),
        None => crate::t!("swap-vr-abs-cannot"),
    });
    text.push(match (p.secret_len, p.contract_b_checks_length) {
        (32, true) => crate::t!("swap-vr-abs-secret-32"),
        (n, true) => crate::t!("swap-vr-abs-secret-checked", bytes = n),
        (n, false) => crate::t!("swap-vr-abs-secret-unchecked", bytes = n),
    });
    text.push(crate::t!("swap-vr-abs-horizon", tick = m.horizon.to_string()));
    text.join(" ")
}
