//! Assertions, challenges and finality (moved from `rollup.rs`): the
//! proposer's assertions, validators' challenges, the bisection game's
//! resolution and the challenge window.

use super::*;

impl RollupSim {
    pub(super) fn replacement(&self) -> u32 {
        self.challenges.iter().rev().find(|c| c.winner == Some(Winner::Challenger)).map(|c| c.challenger).unwrap_or(0)
    }

    pub(super) fn assert(&mut self, batch: u32, root: Hash, by: Asserter, mint: Option<(u64, u64)>) {
        let id = self.assertions.len() as u32;
        let valid = root == self.batches[batch as usize].post_root;
        let window_end = self.block + self.params.challenge_window;
        self.assertions.push(Assertion {
            id,
            batch,
            parent: self.head,
            root,
            valid,
            by,
            posted_block: self.block,
            window_end,
            status: AssertionStatus::Pending,
            bond: self.params.bond,
            mint,
        });
        self.head = Some(id);
        let who = match by {
            Asserter::Proposer => "proposer".to_string(),
            Asserter::Validator(v) => format!("validator {v}"),
        };
        self.event(
            EventKind::AssertionPosted,
            format!(
                "assertion {id} for batch {batch} by {who}: root {}…{}, window ends at block {}",
                &hex(&root)[..8],
                if valid { "" } else { " (WRONG)" },
                thousands(window_end)
            ),
            assertion_msg(id, batch, by, valid, &hex(&root)[..8], window_end),
        );
    }

    pub(super) fn validators_act(&mut self) -> Result<(), NeedsCodec> {
        let Some(v) = self.params.validators.iter().position(|v| v.online_from.is_some_and(|b| b <= self.block)) else {
            return Ok(());
        };
        let target = self.assertions.iter().find(|a| {
            a.status == AssertionStatus::Pending
                && !a.valid
                && self.block < a.window_end
                && a.parent.is_none_or(|p| self.assertions[p as usize].valid)
        });
        let Some(a) = target.map(|a| a.id) else {
            return Ok(());
        };
        self.open_challenge(a, v as u32)
    }

    pub(super) fn open_challenge(&mut self, id: u32, challenger: u32) -> Result<(), NeedsCodec> {
        if !codec::is_ready() {
            return Err(NeedsCodec);
        }
        let a = self.assertions[id as usize].clone();
        let b = &self.batches[a.batch as usize];
        // The validator reads the batch from L1: decompress and decode.
        let raw = batch::decompress(&b.data).expect("posted batches are valid Brotli");
        let txs = batch::decode(&raw).expect("posted batches are well-formed").txs;
        let pre = b.pre_balances.clone();
        let honest = state::trace_hashes(&pre, &txs, None);
        let claimed = state::trace_hashes(&pre, &txs, a.mint.map(|(s, m)| (s, PROPOSER_ACCOUNT, m)));
        let n = state::trace_len(&txs);
        let run = |arity| bisect(n, |i| honest[i as usize], |i| claimed[i as usize], arity);
        let Ok(dispute) = run(self.params.arity) else {
            return Ok(());
        };
        let binary_rounds = run(2).map(|d| d.rounds.len() as u32).unwrap_or(0);
        let dissection40_rounds = run(40).map(|d| d.rounds.len() as u32).unwrap_or(0);
        let round_len = 2 * self.params.blocks_per_move;
        let round_blocks: Vec<u64> = (1..=dispute.rounds.len() as u64).map(|r| self.block + r * round_len).collect();
        let resolves_block = round_blocks.last().copied().unwrap_or(self.block) + 1;
        let machine = state::machine_at(&pre, &txs, dispute.step);
        let proof = one_step_proof(&machine, &txs, &dispute.agreed_pre, &dispute.honest_post, &dispute.claimed_post);
        self.assertions[id as usize].status = AssertionStatus::Challenged;
        self.event(
            EventKind::ChallengeOpened,
            format!(
                "validator {challenger} challenges assertion {id} (batch {}): trace of {} steps, {} rounds of {}-way dissection (binary {binary_rounds}, 40-way {dissection40_rounds}); proof at block {}",
                a.batch,
                thousands(n),
                dispute.rounds.len(),
                self.params.arity,
                thousands(resolves_block)
            ),
            crate::msg!(
                "rollup-ev-challenge",
                v = challenger.to_string(),
                id = id.to_string(),
                batch = a.batch.to_string(),
                steps = n,
                rounds = dispute.rounds.len(),
                arity = self.params.arity,
                binary = binary_rounds,
                d40 = dissection40_rounds,
                at = resolves_block
            ),
        );
        self.challenges.push(Challenge {
            assertion: id,
            batch: a.batch,
            challenger,
            opened_block: self.block,
            round_blocks,
            resolves_block,
            dispute,
            binary_rounds,
            dissection40_rounds,
            proof,
            winner: None,
            slashed: 0,
        });
        Ok(())
    }

    pub(super) fn resolve_challenges(&mut self) {
        for ci in 0..self.challenges.len() {
            let c = &self.challenges[ci];
            if c.winner.is_some() || c.resolves_block != self.block {
                continue;
            }
            let (id, challenger) = (c.assertion, c.challenger);
            let proposer_wins = c.proof.proposer_correct && !c.proof.challenger_correct;
            let text = format!(
                "one-step proof: L1 runs step {} ({} of transfer {}) and gets {}…; {}",
                c.proof.step,
                c.proof.op,
                c.proof.transfer,
                &hex(&c.proof.post_hash)[..8],
                if proposer_wins { "the proposer was right" } else { "the proposer's claim is wrong" }
            );
            let msg = crate::msg!(
                if proposer_wins { "rollup-ev-osp-right" } else { "rollup-ev-osp-wrong" },
                step = c.proof.step.to_string(),
                op = c.proof.op,
                transfer = c.proof.transfer.to_string(),
                hash = &hex(&c.proof.post_hash)[..8]
            );
            self.event(EventKind::OneStepProof, text, msg);
            let bond = self.params.bond;
            self.challenges[ci].slashed = bond;
            if proposer_wins {
                self.challenges[ci].winner = Some(Winner::Proposer);
                self.assertions[id as usize].status = AssertionStatus::Pending;
                continue;
            }
            self.challenges[ci].winner = Some(Winner::Challenger);
            // Roll back the assertion and every assertion built on it.
            let mut bad = vec![false; self.assertions.len()];
            let mut rolled = Vec::new();
            for k in id as usize..self.assertions.len() {
                if k == id as usize || self.assertions[k].parent.is_some_and(|p| bad[p as usize]) {
                    bad[k] = true;
                    rolled.push(k as u32);
                    self.assertions[k].status = AssertionStatus::RolledBack;
                }
            }
            self.event(
                EventKind::RolledBack,
                format!(
                    "proposer's bond of {} gwei slashed to validator {challenger}; assertions {rolled:?} rolled back",
                    thousands(bond)
                ),
                crate::msg!("rollup-ev-rolled-back", bond = bond, v = challenger.to_string(), ids = format!("{rolled:?}")),
            );
            self.proposer_replaced = true;
            self.proposer_balances = self.balances.clone();
            self.head = self.assertions[id as usize].parent;
            let first = self.assertions[id as usize].batch;
            for b in first..self.batches.len() as u32 {
                let root = self.batches[b as usize].post_root;
                self.assert(b, root, Asserter::Validator(challenger), None);
            }
        }
    }

    pub(super) fn finalise(&mut self) {
        for k in 0..self.assertions.len() {
            let a = &self.assertions[k];
            if a.status != AssertionStatus::Pending || self.block < a.window_end {
                continue;
            }
            if a.parent.is_some_and(|p| self.assertions[p as usize].status != AssertionStatus::Final) {
                continue;
            }
            let (id, batch, valid) = (a.id, a.batch, a.valid);
            self.assertions[k].status = AssertionStatus::Final;
            if valid {
                self.event(
                    EventKind::Final,
                    format!("assertion {id} (batch {batch}) is final"),
                    crate::msg!("rollup-ev-final", id = id.to_string(), batch = batch.to_string()),
                );
            } else {
                self.invalid_finalised = true;
                self.event(
                    EventKind::InvalidFinal,
                    format!("assertion {id} (batch {batch}) is final with a WRONG state root: nobody challenged it"),
                    crate::msg!("rollup-ev-invalid-final", id = id.to_string(), batch = batch.to_string()),
                );
            }
        }
    }
}

/// The story's line for a posted assertion, by the proposer or a validator
/// (`v`), with a right or a wrong root.
fn assertion_msg(id: u32, batch: u32, by: Asserter, valid: bool, root: &str, end: u64) -> crate::i18n::Msg {
    let key = match (by, valid) {
        (Asserter::Proposer, true) => "rollup-ev-assertion-proposer",
        (Asserter::Proposer, false) => "rollup-ev-assertion-proposer-wrong",
        (Asserter::Validator(_), true) => "rollup-ev-assertion-validator",
        (Asserter::Validator(_), false) => "rollup-ev-assertion-validator-wrong",
    };
    let mut msg = crate::msg!(key, id = id.to_string(), batch = batch.to_string(), root = root, end = end);
    if let Asserter::Validator(v) = by {
        msg.args.push(("v", v.to_string().into()));
    }
    msg
}
