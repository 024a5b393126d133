//! One epoch of the validator set (moved from `validators.rs`): rewards,
//! penalties and the inactivity leak, slashings and exits through the
//! churn queue, what-ifs, the record, and the fingerprints.

use super::*;

impl ValidatorSim {
    /// One pass after each epoch: `op_stake` from active effective
    /// balances, the active list, who left the active set this epoch and
    /// who is leaving; returns (active count, active balance).
    pub(super) fn tally_operators(&mut self) -> (u32, u64) {
        self.op_stake.iter_mut().for_each(|s| *s = 0);
        self.active_list.clear();
        let (mut total, mut exiting) = (0u64, 0u32);
        let e = self.epoch;
        for (i, v) in self.validators.iter().enumerate() {
            if v.is_active(e) {
                self.op_stake[v.operator as usize] += v.effective_balance;
                self.active_list.push(i as u32);
                total += v.effective_balance;
                exiting += u32::from(v.exit_epoch != FAR_FUTURE_EPOCH);
            } else if v.exit_epoch == e {
                self.exited_now.push(i as u32);
            }
        }
        self.active_total = total;
        self.exiting = exiting;
        (self.active_list.len() as u32, total)
    }

    pub(super) fn refresh_shares(&mut self) {
        self.shares = concentration::sorted_shares(&self.op_stake);
    }

    pub(super) fn record(
        &self,
        active: u32,
        stake: u64,
        slashed_now: u32,
        participation: f64,
        reward_per_eth: f64,
    ) -> EpochRecord {
        let price = self.price_now();
        let stake_eth = stake as f64 / GWEI_PER_ETH as f64;
        let e = self.epoch;
        EpochRecord {
            epoch: e as u32,
            price_usd: price,
            active_validators: active,
            active_stake_eth: stake_eth,
            exiting: self.exiting,
            slashed_this_epoch: slashed_now,
            exits_this_epoch: self.exited_now.len() as u32,
            slashed_total: self.slashed_total,
            exited_total: self.exited_total,
            operators: self.shares.len() as u32,
            nakamoto: THRESHOLDS.map(|t| concentration::nakamoto(&self.shares, t)),
            gini: concentration::gini(&self.shares),
            cost_of_attack_usd: THRESHOLDS.map(|t| t * stake_eth * price),
            participation,
            reward_gwei_per_eth: reward_per_eth,
            justified_epoch: self.finality.current_justified.epoch as u32,
            finalized_epoch: self.finality.finalized.epoch as u32,
            finalized_branch: self.finality.finalized.branch,
            justification_bits: self.finality.bits_u8(),
            finality_delay: self.delay as u32,
            in_leak: self.leak,
            total_active_gwei: self.targets.0,
            previous_target_gwei: self.targets.1,
            current_target_gwei: self.targets.2,
            offline_watch: self.watch.map(|(i, _)| self.watched_state(i)),
            online_watch: self.watch.map(|(_, i)| self.watched_state(i)),
            inactivity_score_sum: self.score_sum,
        }
    }

    pub(super) fn watched_state(&self, i: usize) -> Watched {
        let v = &self.validators[i];
        Watched {
            index: i as u32,
            balance_eth: v.balance as f64 / GWEI_PER_ETH as f64,
            effective_eth: v.effective_balance as f64 / GWEI_PER_ETH as f64,
            inactivity_score: v.inactivity_score,
            active: v.is_active(self.epoch),
        }
    }

    pub fn price_now(&self) -> f64 {
        self.prices[(self.epoch as usize).min(self.prices.len() - 1)]
    }

    /// The largest operator by active stake (ties: the lower index), if any has stake.
    pub fn largest_operator(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (i, &s) in self.op_stake.iter().enumerate() {
            if s > 0 && best.is_none_or(|b| s > self.op_stake[b]) {
                best = Some(i);
            }
        }
        best
    }

    /// Active count and stake as of the last tally, for the exit queue.
    pub(super) fn active_totals(&self) -> (u64, u64) {
        (self.active_list.len() as u64, self.active_total)
    }

    /// `initiate_validator_exit`.
    pub(super) fn initiate_exit(&mut self, i: usize, reason: ExitReason, active_count: u64, total: u64) {
        if self.validators[i].exit_epoch != FAR_FUTURE_EPOCH {
            return;
        }
        let eb = self.validators[i].effective_balance;
        let exit = self.queue.exit_epoch(self.params.fork, self.epoch, eb, active_count, total);
        let v = &mut self.validators[i];
        v.exit_epoch = exit;
        v.withdrawable_epoch = exit + MIN_VALIDATOR_WITHDRAWABILITY_DELAY;
        v.exit_reason = Some(reason);
    }

    /// `slash_validator` (initial penalty, exit, `state.slashings`); the
    /// whistleblower's reward goes to a stake-drawn proposer.
    pub(super) fn slash(&mut self, i: usize, active_count: u64, total: u64) {
        let e = self.epoch;
        if self.validators[i].slashed || !self.validators[i].is_active(e) {
            return;
        }
        let was_exiting = self.validators[i].exit_epoch != FAR_FUTURE_EPOCH;
        self.initiate_exit(i, ExitReason::Slashed, active_count, total);
        let fork = self.params.fork;
        let v = &mut self.validators[i];
        if !was_exiting || v.exit_reason != Some(ExitReason::Slashed) {
            v.exit_reason = Some(ExitReason::Slashed);
        }
        v.slashed = true;
        v.withdrawable_epoch = v.withdrawable_epoch.max(e + EPOCHS_PER_SLASHINGS_VECTOR);
        let eb = v.effective_balance;
        v.balance -= slashing::initial_penalty(fork, eb).min(v.balance);
        self.slashings[(e % EPOCHS_PER_SLASHINGS_VECTOR) as usize] += eb;
        self.slashings_sum += eb;
        if let Some(p) = self.draw_proposer() {
            self.validators[p].balance += slashing::whistleblower_reward(fork, eb);
        }
        self.slashed_now.push(i as u32);
        self.slashed_total += 1;
    }

    /// A proposer by `compute_proposer_index`'s rejection sampling: a
    /// random candidate is accepted with chance effective balance / 32 ETH.
    pub(super) fn draw_proposer(&mut self) -> Option<usize> {
        let n = self.active_list.len() as u32;
        if n == 0 {
            return None;
        }
        for _ in 0..10_000 {
            let i = self.active_list[self.rng.random_range(0..n) as usize] as usize;
            let v = &self.validators[i];
            let byte = u64::from(self.rng.random::<u32>() & 0xffff);
            if v.effective_balance * 0xffff >= MAX_EFFECTIVE_BALANCE * byte {
                return Some(i);
            }
        }
        None
    }

    pub(super) fn apply_whatif(&mut self, kind: WhatIfKind, active_count: u64, total: u64) {
        let Some(big) = self.largest_operator() else {
            return;
        };
        let e = self.epoch;
        match kind {
            WhatIfKind::SlashLargest => {
                for i in 0..self.validators.len() {
                    if self.validators[i].operator as usize == big {
                        self.slash(i, active_count, total);
                    }
                }
            }
            WhatIfKind::Merge => {
                let mut second: Option<usize> = None;
                for (i, &s) in self.op_stake.iter().enumerate() {
                    if i != big && s > 0 && second.is_none_or(|b| s > self.op_stake[b]) {
                        second = Some(i);
                    }
                }
                let Some(second) = second else { return };
                for v in &mut self.validators {
                    if v.operator as usize == second {
                        v.operator = big as u32;
                    }
                }
                self.operators[second].live = false;
                let name = format!("{} + {}", self.operators[big].name, self.operators[second].name);
                self.operators[big].name = name;
            }
            WhatIfKind::Redelegate => {
                // The others, smallest active stake first.
                // Smallest active stake first, ties by index: stake (< 2^50 gwei) and index (< 1024) in one key.
                let mut keys: Vec<u64> = (0..self.operators.len())
                    .filter(|&i| i != big && self.operators[i].live)
                    .map(|i| self.op_stake[i] << 10 | i as u64)
                    .collect();
                if keys.is_empty() {
                    return;
                }
                keys.sort_unstable();
                let others: Vec<usize> = keys.iter().map(|k| (k & 1023) as usize).collect();
                let mut k = 0;
                for v in &mut self.validators {
                    if v.operator as usize == big && v.is_active(e) {
                        v.operator = others[k % others.len()] as u32;
                        k += 1;
                    }
                }
            }
        }
    }

    /// Advances one epoch.
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        let e = self.epoch;
        self.slashed_now.clear();
        self.exited_now.clear();
        self.proposers.clear();
        let fork = self.params.fork;
        let (mut active_count, mut total) = self.active_totals();
        let mut reshuffled = false;
        // 1. What-ifs, then a lone slashing.
        while let Some(w) = self.params.whatifs.get(self.next_whatif).copied() {
            if u64::from(w.epoch) > e {
                break;
            }
            self.next_whatif += 1;
            self.apply_whatif(w.kind, active_count, total);
            reshuffled = true;
        }
        let lone = u64::from(self.params.lone_slashings_per_1000) * (1u64 << 32) / 1000;
        if u64::from(self.rng.random::<u32>()) < lone {
            if let Some(i) = self.draw_proposer() {
                self.slash(i, active_count, total);
            }
        }
        // 2. Participation.
        let offline = u64::from(self.params.offline_bp) * (1u64 << 32) / 10_000;
        let mut participating_increments = 0u64;
        let mut online_count = 0u32;
        // The previous epoch's unslashed target attesters (their `online` flag still holds it).
        let mut previous_target = 0u64;
        let outage_from = self.params.outage.map(|o| u64::from(o.from));
        let (in_group, group_missing) = (&self.in_group, self.group_missing);
        let cutting = outage_from.is_some_and(|f| e >= f);
        // Sums by masks rather than branches: who is cut off follows no
        // pattern a branch predictor could learn.
        for (i, v) in self.validators.iter_mut().enumerate() {
            previous_target += v.effective_balance * u64::from(v.online & !v.slashed);
            if v.is_active(e) && !v.slashed {
                let drawn = offline == 0 || u64::from(self.rng.random::<u32>()) >= offline;
                // Cut off: the draw above is still made, so the rest's luck does not change.
                v.online = drawn & !(cutting && in_group[i] == group_missing);
                participating_increments += (v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) * u64::from(v.online);
                online_count += u32::from(v.online);
            } else {
                v.online = false;
            }
        }
        // Casper FFG: `process_justification_and_finalization` (skipped in
        // the first two epochs), then whether the chain is leaking. The model
        // settles each epoch's attestations in that epoch's own transition
        // (the spec one epoch later), so "current" is this epoch's votes.
        let current_target = participating_increments * EFFECTIVE_BALANCE_INCREMENT;
        let total_balance = finality::total_balance(total);
        if e > 1 {
            let (split, branch) = (
                self.params.outage.filter(|o| o.kind == OutageKind::Partition).map(|o| u64::from(o.from)),
                self.branch,
            );
            let cp =
                |epoch: u64| Checkpoint { epoch, branch: if split.is_some_and(|f| epoch >= f) { branch } else { 0 } };
            self.finality.weigh(e, total_balance, previous_target, current_target, cp);
        }
        self.targets = (total_balance, previous_target, current_target);
        self.delay = self.finality.finality_delay(e);
        let in_leak = self.finality.in_leak(e);
        self.leak = in_leak;
        // 3. Rewards and penalties, then slashings, effective balances, exits.
        let active_increments = (total / EFFECTIVE_BALANCE_INCREMENT).max(1);
        let brpi = base_reward_per_increment(total);
        let mut proposer_numerator: u64 = 0;
        let mut paid: u64 = 0;
        let price = self.price_now();
        let income_usd = self.income_per_increment / GWEI_PER_ETH as f64 * price;
        let patience = self.params.patience;
        let slashings_sum = self.slashings_sum;
        let mut want_exit: Vec<(usize, ExitReason)> = Vec::new();
        // Rewards and penalties depend only on the effective balance's
        // increments (0..=32): the spec's integer formulas, tabulated once per epoch.
        let max_incr = (MAX_EFFECTIVE_BALANCE / EFFECTIVE_BALANCE_INCREMENT) as usize;
        let mut reward_of = [0u64; 33];
        let mut penalty_of = [0u64; 33];
        for incr in 0..=max_incr {
            let base = incr as u64 * brpi;
            reward_of[incr] = [TIMELY_SOURCE_WEIGHT, TIMELY_TARGET_WEIGHT, TIMELY_HEAD_WEIGHT]
                .iter()
                .map(|w| base * w * participating_increments / (active_increments * WEIGHT_DENOMINATOR))
                .sum();
            penalty_of[incr] =
                base * TIMELY_SOURCE_WEIGHT / WEIGHT_DENOMINATOR + base * TIMELY_TARGET_WEIGHT / WEIGHT_DENOMINATOR;
        }
        let flags_weight = TIMELY_SOURCE_WEIGHT + TIMELY_TARGET_WEIGHT + TIMELY_HEAD_WEIGHT;
        let mut score_sum = 0u64;
        // Income in USD per epoch by effective-balance increments (after this epoch's update).
        let income_of: [f64; 33] = std::array::from_fn(|k| income_usd * k as f64);
        // The next epoch's tally (what `tally_operators` counts), in the same pass.
        let mut next_stake = std::mem::take(&mut self.next_stake);
        next_stake.clear();
        next_stake.resize(self.op_stake.len(), 0);
        let mut next_list = std::mem::take(&mut self.next_list);
        next_list.clear();
        let (mut next_total, mut next_exiting) = (0u64, 0u32);
        let mut exited_next: Vec<u32> = Vec::new();
        for (i, v) in self.validators.iter_mut().enumerate() {
            let active = v.is_active(e);
            let eligible = active || (v.slashed && e + 1 < v.withdrawable_epoch);
            if eligible {
                let incr = ((v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) as usize).min(max_incr);
                let participated = active & v.online;
                // process_inactivity_updates, then the deltas; by masks
                // (`p` 1 for a participant, `m` 1 for one who missed), as above.
                let (p, m) = (u64::from(participated), u64::from(!participated));
                let score = finality::next_inactivity_score(v.inactivity_score, participated, in_leak);
                v.inactivity_score = score;
                score_sum += score;
                proposer_numerator += p * (incr as u64 * brpi * flags_weight);
                // get_flag_index_deltas: no rewards during a leak.
                let r = p * u64::from(!in_leak) * reward_of[incr];
                let penalty = m * (penalty_of[incr] + finality::inactivity_penalty(fork, v.effective_balance, score));
                v.balance = v.balance + r - penalty.min(v.balance);
                paid += r;
            }
            if v.slashed && e + EPOCHS_PER_SLASHINGS_VECTOR / 2 == v.withdrawable_epoch {
                let p = slashing::correlation_penalty(fork, v.effective_balance, slashings_sum, total);
                v.balance -= p.min(v.balance);
            }
            // process_registry_updates (ejection) runs before
            // process_effective_balance_updates in the spec's process_epoch,
            // so ejection sees the effective balance from before this update.
            let effective_before_update = v.effective_balance;
            // process_effective_balance_updates.
            if v.balance + HYSTERESIS_DOWNWARD < v.effective_balance
                || v.effective_balance + HYSTERESIS_UPWARD < v.balance
            {
                v.effective_balance = (v.balance - v.balance % EFFECTIVE_BALANCE_INCREMENT).min(MAX_EFFECTIVE_BALANCE);
            }
            if active && v.exit_epoch == FAR_FUTURE_EPOCH {
                if effective_before_update <= EJECTION_BALANCE {
                    want_exit.push((i, ExitReason::Ejected));
                } else if e > 0 {
                    if income_of[((v.effective_balance / EFFECTIVE_BALANCE_INCREMENT) as usize).min(max_incr)]
                        < v.cost_usd
                    {
                        v.unprofitable += 1;
                        if v.unprofitable >= patience {
                            want_exit.push((i, ExitReason::Unprofitable));
                        }
                    } else {
                        v.unprofitable = 0;
                    }
                }
            }
            // Exits asked for now take effect at e + 5 at the earliest: still active next epoch.
            if v.exit_epoch > e + 1 {
                next_stake[v.operator as usize] += v.effective_balance;
                next_list.push(i as u32);
                next_total += v.effective_balance;
                next_exiting += u32::from(v.exit_epoch != FAR_FUTURE_EPOCH);
            } else if v.exit_epoch == e + 1 {
                exited_next.push(i as u32);
            }
        }
        // Proposers: one per slot, paid for the slot's share of the attestations.
        let per_slot = proposer_numerator
            / ((WEIGHT_DENOMINATOR - PROPOSER_WEIGHT) * WEIGHT_DENOMINATOR / PROPOSER_WEIGHT)
            / SLOTS_PER_EPOCH as u64;
        for _ in 0..SLOTS_PER_EPOCH {
            if let Some(p) = self.draw_proposer() {
                self.proposers.push(p as u32);
                if self.validators[p].online {
                    self.validators[p].balance += per_slot;
                    paid += per_slot;
                }
            }
        }
        next_exiting += want_exit.len() as u32;
        for (i, reason) in want_exit {
            self.initiate_exit(i, reason, active_count, total);
        }
        // process_slashings_reset for the next epoch.
        let next = ((e + 1) % EPOCHS_PER_SLASHINGS_VECTOR) as usize;
        self.slashings_sum -= self.slashings[next];
        self.slashings[next] = 0;
        self.score_sum = score_sum;
        // Validators judge their income by the token's price, not by the
        // pause in rewards while finality is delayed (the leak's, which ends
        // with finality): while this epoch is not justified, or the chain
        // leaks, the last income before stands.
        if !(in_leak || (e > 1 && !self.finality.bits[0])) {
            self.income_per_increment = paid as f64 / active_increments as f64;
        }
        self.epoch += 1;
        let changed = next_stake != self.op_stake;
        std::mem::swap(&mut self.op_stake, &mut next_stake);
        std::mem::swap(&mut self.active_list, &mut next_list);
        (self.next_stake, self.next_list) = (next_stake, next_list);
        self.active_total = next_total;
        self.exiting = next_exiting;
        self.exited_now = exited_next;
        let (n, t) = (self.active_list.len() as u32, next_total);
        self.exited_total += self.exited_now.len() as u32;
        active_count = u64::from(n);
        total = t;
        if reshuffled || changed || self.shares.is_empty() {
            self.refresh_shares();
        }
        let participation = if active_count == 0 { 0.0 } else { f64::from(online_count) / active_count as f64 };
        let rec = self.record(
            n,
            total,
            self.slashed_now.len() as u32,
            participation,
            paid as f64 / (total.max(1) as f64 / GWEI_PER_ETH as f64),
        );
        self.history.push(rec);
        if let Some(o) = self.other.as_deref_mut() {
            o.step();
        }
    }

    /// A digest of what the charts show (the seed, the parameters' what-ifs
    /// and the history's length), cheap enough for every frame: tells a
    /// view whether a redraw at the same epoch is a different run.
    pub fn fingerprint_cheap(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.seed.to_le_bytes());
        f.add(&self.params.validators.to_le_bytes());
        f.add(&self.params.operators.to_le_bytes());
        f.add_u32(self.params.whatifs.len() as u32);
        f.add_u32(self.params.epochs);
        f.add_u32(self.params.offline_bp);
        f.add_u32(self.params.lone_slashings_per_1000);
        f.add(&self.params.cost_share.to_bits().to_le_bytes());
        f.add(self.params.price.name().as_bytes());
        f.add(self.params.distribution.name().as_bytes());
        f.add(self.params.fork.name().as_bytes());
        f.add(&self.prices[0].to_bits().to_le_bytes());
        if let Some(o) = self.params.outage {
            f.add(&[o.kind as u8]);
            f.add_u32(o.share_bp);
            f.add_u32(o.from);
        }
        f.finish()
    }

    /// A cheap digest of the whole state and history, for determinism checks.
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add(&self.epoch.to_le_bytes());
        for v in &self.validators {
            f.add_u32(v.operator);
            f.add(&v.balance.to_le_bytes());
            f.add(&v.exit_epoch.to_le_bytes());
            f.add(&[u8::from(v.slashed)]);
        }
        for r in &self.history {
            f.add_u32(r.active_validators);
            f.add(&r.nakamoto.map(|n| n as u8));
            f.add(&r.cost_of_attack_usd[0].to_bits().to_le_bytes());
            f.add_u32(r.finalized_epoch);
        }
        if let Some(o) = &self.other {
            f.add(&o.fingerprint().to_le_bytes());
        }
        f.finish()
    }
}
