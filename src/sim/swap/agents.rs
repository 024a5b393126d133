//! The two parties (moved from `swap.rs`): their plans, the agenda of
//! what each does when, and the transactions they broadcast.

use super::*;

impl SwapSim {
    pub(super) fn plan(&self, p: PartyId) -> &PartyPlan {
        match p {
            PartyId::Initiator => &self.params.initiator,
            PartyId::Participant => &self.params.participant,
        }
    }

    pub(super) fn online(&self, p: PartyId, t: u64) -> bool {
        self.plan(p).offline.is_none_or(|(from, until)| t < from || t >= until)
    }

    /// Neither scheduled nor done yet.
    pub(super) fn free(&self, p: PartyId, a: Action) -> bool {
        let ag = self.agents[p.index()];
        (ag.scheduled | ag.finished) & a.bit() == 0
    }

    pub(super) fn schedule(&mut self, p: PartyId, a: Action, at: u64) {
        self.agents[p.index()].scheduled |= a.bit();
        self.push(at, p, What::Act(a));
    }

    /// The lock on `c` has the confirmations the other party waits for.
    pub(super) fn confirmed(&self, c: ChainId) -> bool {
        let conf = u64::from(self.params.chain(c).confirmations);
        self.htlcs[c.index()].funded_at.is_some_and(|f| self.height(c) + 1 >= f.height + conf)
    }

    /// Processes everything on the agenda up to time `until`, in order.
    pub(super) fn run_agenda(&mut self, until: u64) {
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
                        let text = crate::t!("swap-ev-timelock-b", time = hm(t));
                        self.event(t, Some(ChainId::B), None, text);
                    }
                    self.decide(PartyId::Participant, t);
                }
                What::CongestionStarts | What::CongestionEnds => {
                    let c = self.params.congestion.as_ref().map_or(ChainId::A, |c| c.chain);
                    let name = if c == ChainId::A { "A" } else { "B" };
                    let text = if d.what == What::CongestionStarts {
                        crate::t!("swap-ev-congested", chain = name, multiple = CONGESTED_FEE_MULTIPLE)
                    } else {
                        crate::t!("swap-ev-congestion-clears", chain = name)
                    };
                    self.event(t, Some(c), None, text);
                }
                What::GoesOffline => {
                    let until = self.plan(d.party).offline.map_or(t, |w| w.1);
                    let text = crate::t!("swap-ev-offline", who = d.party.short(), time = hm(until));
                    self.event(t, None, Some(d.party), text);
                }
                What::ComesOnline => {
                    self.event(t, None, Some(d.party), crate::t!("swap-ev-online", who = d.party.short()));
                    self.decide(d.party, t);
                }
            }
        }
    }

    /// What an honest party following its plan wants to do, given what it
    /// can see now; each action is scheduled once.
    pub(super) fn decide(&mut self, p: PartyId, now: u64) {
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
                        let text = crate::t!("swap-ev-alice-holds-back", time = hm(at));
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
    pub(super) fn act(&mut self, p: PartyId, action: Action, now: u64) {
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
                let text = crate::t!(
                    "swap-ev-alice-lock",
                    coins = coins(pa.amount_a, ChainId::A),
                    digest = digest8,
                    height = (self.timelock_height_a() + 1).to_string()
                );
                self.broadcast(p, action, TxKind::Lock, now, text);
            }
            (PartyId::Initiator, Action::Redeem) if b == HtlcState::Locked => {
                let t_b = pa.participant_timelock;
                if now + pa.chain_b.mempool_delay + pa.chain_b.block_time > t_b {
                    let text = crate::t!("swap-ev-alice-too-late", time = hm(t_b));
                    self.event(now, Some(ChainId::B), Some(p), text);
                } else {
                    let kind = TxKind::Redeem { preimage: self.secret.clone() };
                    let text = crate::t!("swap-ev-alice-redeem", bytes = self.secret.len());
                    self.broadcast(p, action, kind, now, text);
                }
            }
            (PartyId::Initiator, Action::Refund) if a == HtlcState::Locked => {
                let text = crate::t!("swap-ev-alice-refund", locktime = self.timelock_height_a().to_string());
                self.broadcast(p, action, TxKind::Refund, now, text);
            }
            (PartyId::Participant, Action::Lock) => {
                if b == HtlcState::NotFunded && a == HtlcState::Locked && now < pa.participant_timelock {
                    let text = crate::t!(
                        "swap-ev-bob-lock",
                        coins = coins(pa.amount_b, ChainId::B),
                        time = hm(pa.participant_timelock)
                    );
                    self.broadcast(p, action, TxKind::Lock, now, text);
                } else if b == HtlcState::NotFunded {
                    self.event(now, Some(ChainId::B), Some(p), crate::t!("swap-ev-bob-too-late"));
                }
            }
            (PartyId::Participant, Action::Redeem) => {
                let preimage = self.htlcs[1].preimage.clone().unwrap_or_default();
                match a {
                    HtlcState::Locked => {
                        let text = crate::t!("swap-ev-bob-redeem");
                        self.broadcast(p, action, TxKind::Redeem { preimage }, now, text);
                    }
                    HtlcState::Refunded => {
                        let text = match self.htlcs[0].settled_at {
                            Some(r) => crate::t!("swap-ev-bob-too-late-secret-at", time = hm(r.time)),
                            None => crate::t!("swap-ev-bob-too-late-secret"),
                        };
                        self.event(now, Some(ChainId::A), Some(p), text);
                    }
                    _ => {}
                }
            }
            (PartyId::Participant, Action::Refund) if b == HtlcState::Locked => {
                self.broadcast(p, action, TxKind::Refund, now, crate::t!("swap-ev-bob-refund"));
            }
            _ => {}
        }
    }

    pub(super) fn broadcast(&mut self, p: PartyId, action: Action, kind: TxKind, now: u64, text: String) {
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
                let text = crate::t!("swap-ev-rbf", text = text, multiple = CONGESTED_FEE_MULTIPLE, other = other);
                let dropped: Vec<Tx> =
                    self.mempools[ci].iter().filter(|t| t.from != p && spends(&t.kind)).cloned().collect();
                self.mempools[ci].retain(|t| !(t.from != p && spends(&t.kind)));
                self.event(now, Some(c), Some(p), text);
                for t in dropped {
                    let text = crate::t!("swap-ev-replaced", tx = t.describe());
                    self.event(now, Some(c), Some(t.from), text);
                }
            } else {
                let text = crate::t!("swap-ev-outbid", text = text, multiple = CONGESTED_FEE_MULTIPLE, other = other);
                self.event(now, Some(c), Some(p), text);
            }
        } else {
            self.event(now, Some(c), Some(p), text);
        }
        self.mempools[ci].push(Tx { kind, from: p, broadcast_at: now, fee, outcome: TxOutcome::Applied });
    }
}
