//! The two chains (moved from `swap.rs`): mining a block, applying its
//! transactions to the contracts, and when the run is over.

use super::*;

impl SwapSim {
    /// Mines the next block on `c` at time `tb`.
    pub(super) fn mine(&mut self, c: ChainId, tb: u64) {
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
                let text = crate::t!("swap-ev-spent-dropped", tx = t.describe());
                self.event(tb, Some(c), Some(t.from), text);
            }
        }
        self.chains[ci].push(Block { height, time: tb, txs: picked });
        if c == ChainId::A && height == self.timelock_height_a() && self.htlcs[0].state == HtlcState::Locked {
            let text = crate::t!("swap-ev-height-reached", height = height.to_string());
            self.event(tb, Some(c), None, text);
        }
    }

    pub(super) fn apply(&mut self, c: ChainId, tx: &mut Tx, at: BlockRef) {
        let ci = c.index();
        let h = &self.htlcs[ci];
        let result = match &tx.kind {
            TxKind::Lock => {
                if h.state == HtlcState::NotFunded {
                    Ok(())
                } else {
                    Err(crate::t!("swap-why-funded"))
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
                        crate::t!(
                            "swap-ev-lock-mined",
                            who = who,
                            block = at.height.to_string(),
                            coins = &coins_here,
                            to = h.recipient.short(),
                            from = h.refund_from()
                        )
                    }
                    TxKind::Redeem { preimage } => {
                        h.state = HtlcState::Redeemed;
                        h.settled_at = Some(at);
                        h.preimage = Some(preimage.clone());
                        h.last_transition = Some(Transition::Redeem);
                        self.wallet[p][ci] += amount - fee;
                        let block = at.height.to_string();
                        if c == ChainId::B {
                            let secret = hex(&preimage[..preimage.len().min(4)]);
                            crate::t!("swap-ev-redeem-mined-public", who = who, block = block, coins = &coins_here, secret = secret)
                        } else {
                            crate::t!("swap-ev-redeem-mined", who = who, block = block, coins = &coins_here)
                        }
                    }
                    TxKind::Refund => {
                        h.state = HtlcState::Refunded;
                        h.settled_at = Some(at);
                        h.last_transition = Some(Transition::Refund);
                        self.wallet[p][ci] += amount - fee;
                        crate::t!("swap-ev-refund-mined", who = who, block = at.height.to_string(), coins = &coins_here)
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
                    crate::t!("swap-ev-invalid", tx = tx.describe(), why = &why)
                } else {
                    crate::t!("swap-ev-reverts", tx = tx.describe(), block = at.height.to_string(), why = &why)
                };
                self.event(at.time, Some(c), Some(tx.from), text);
                tx.outcome = TxOutcome::Rejected(why);
            }
        }
    }

    /// Can this contract still change? Settled ones cannot; an unfunded one
    /// cannot if its owner will never lock it.
    pub(super) fn contract_final(&self, c: ChainId) -> bool {
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

    pub(super) fn update_done(&mut self) {
        let next = self.next_block[0].min(self.next_block[1]);
        let acts_pending = self.agenda.iter().any(|d| matches!(d.what, What::Act(_)));
        self.done = next > self.params.horizon
            || (self.contract_final(ChainId::A)
                && self.contract_final(ChainId::B)
                && self.mempools.iter().all(|m| m.is_empty())
                && !acts_pending);
    }
}
