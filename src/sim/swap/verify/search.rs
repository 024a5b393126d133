//! The search: every successor of a state, and the breadth-first
//! exploration of every run (moved from `verify.rs`).

use super::model::*;
use super::*;
use crate::sim::swap::{ChainId, HtlcState, PartyId};
use std::collections::HashMap;

impl Model {
    pub(super) fn successors(&self, s: &St, mode: Mode, out: &mut Vec<(St, Label)>) {
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

    pub(super) fn mine(&self, s: &St, mode: Mode, chain: ChainId, out: &mut Vec<(St, Label)>) {
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
}

pub(super) fn push_unique(out: &mut Vec<(St, Label)>, s: St, l: Label) {
    if !out.iter().any(|(x, _)| *x == s) {
        out.push((s, l));
    }
}

pub(super) fn permutations(n: usize) -> &'static [&'static [usize]] {
    match n {
        0 => &[&[]],
        1 => &[&[0]],
        2 => &[&[0, 1], &[1, 0]],
        _ => &[&[0, 1, 2], &[0, 2, 1], &[1, 0, 2], &[1, 2, 0], &[2, 0, 1], &[2, 1, 0]],
    }
}

pub(super) fn alice_loses(s: &St) -> bool {
    !matches!(s.a, HtlcState::NotFunded | HtlcState::Refunded) && s.b != HtlcState::Redeemed
}

pub(super) fn bob_loses(s: &St) -> bool {
    !matches!(s.b, HtlcState::NotFunded | HtlcState::Refunded) && s.a != HtlcState::Redeemed
}

/// The party a final state violates the mode's property for.
pub(super) fn violation(s: &St, mode: Mode) -> Option<PartyId> {
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

pub(super) struct Exploration {
    pub(super) states: Vec<St>,
    pub(super) parent: Vec<(u32, Label)>,
    pub(super) transitions: u64,
    pub(super) violation: Option<(usize, PartyId)>,
}

/// Breadth-first search of every run; `None` if it goes over the budget.
pub(super) fn explore(m: &Model, mode: Mode, budget: usize) -> Option<Exploration> {
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
