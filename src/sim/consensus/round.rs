//! One synchronous round: every honest node polls its sample and applies
//! the update rules (see the module documentation of [`super`]).

use super::{ConsensusSim, RoundStats, Status, CONTRARIAN, MAX_COLOURS, NO_ANSWER};
use crate::sim::consensus::{Adversary, Protocol};
use crate::sim::rng::SimRng;
use rand::{Rng, RngExt};

/// `rng.random_range(0..=high)` on a `u32`: the same draws and the same
/// value (rand 0.10's `UniformInt::<u32>::sample_single_inclusive`, its
/// biased Canon method: one widening multiply, and a second draw only when
/// the low half falls in the last `range` values), written out so that it
/// is inlined into the poll loop. The browser's wasm is built for size
/// (opt-level "z"), which left rand's call chain out of line; with Vec
/// indexing also left as calls, the compare link's replay took 1.45 times
/// as long at "z" as at "s", natively (issue 18). The test below checks the
/// draws; `tests/consensus_model.rs` the states the loop reaches.
#[inline(always)]
fn draw_up_to(rng: &mut SimRng, high: u32) -> u32 {
    let range = high.wrapping_add(1);
    if range == 0 {
        return rng.next_u32();
    }
    let m = u64::from(rng.next_u32()) * u64::from(range);
    let (mut result, lo) = ((m >> 32) as u32, m as u32);
    if lo > range.wrapping_neg() {
        let new_hi = ((u64::from(rng.next_u32()) * u64::from(range)) >> 32) as u32;
        result += u32::from(lo.checked_add(new_hi).is_none());
    }
    result
}

impl ConsensusSim {
    /// Advances one synchronous round. Does nothing once the run has ended.
    pub fn step(&mut self) {
        if self.is_done() {
            return;
        }
        self.round += 1;
        let round = self.round;
        let p = self.params.clone();
        let n = p.nodes;
        let k = p.k as usize;
        let colours = p.colours as usize;
        self.prev_pref.copy_from_slice(&self.pref);

        // Honest counts at the start of the round, for the adaptive adversary.
        let mut honest_counts = [0u32; MAX_COLOURS];
        for i in 0..n as usize {
            if !self.byzantine[i] {
                honest_counts[self.prev_pref[i] as usize] += 1;
            }
        }
        let mut behind = 0usize;
        for c in 1..colours {
            if honest_counts[c] < honest_counts[behind] {
                behind = c;
            }
        }

        // What each node answers this round, read once per sampled peer: an
        // honest node its preference at the start of the round, a Byzantine
        // node its adversary's colour (the contrarian's depends on who asks,
        // so it is marked and worked out per poll).
        for (a, (&pref, &byz)) in self.answers.iter_mut().zip(self.prev_pref.iter().zip(&self.byzantine)) {
            *a = if !byz {
                pref
            } else {
                match p.adversary {
                    Adversary::Minority => self.initial_minority,
                    Adversary::Balance => behind as u8,
                    Adversary::Contrarian => CONTRARIAN,
                }
            };
        }

        let mut successful = 0u32;
        let drop = p.drop;
        for i in 0..n as usize {
            if self.byzantine[i] || self.finalised_at[i] != 0 {
                continue;
            }
            // Floyd's algorithm: K distinct peers out of the n - 1 others,
            // exactly K draws; a fresh stamp per poll marks membership.
            if self.stamp == u32::MAX {
                self.sampled.fill(0);
                self.stamp = 0;
            }
            self.stamp += 1;
            let stamp = self.stamp;
            let mut votes = [0u32; MAX_COLOURS];
            let my_pref = self.prev_pref[i] as usize;
            let base = i * k;
            let contrarian = ((my_pref + 1) % colours) as u8;
            // Plain slices and a plain loop: at the wasm build's opt-level
            // "z", a Vec's index and a range iterator stay calls (issue 18).
            let rng = &mut self.rng;
            let sampled = self.sampled.as_mut_slice();
            let answers = self.answers.as_slice();
            let last_peer = &mut self.last_peer.as_mut_slice()[base..base + k];
            let last_answer = &mut self.last_answer.as_mut_slice()[base..base + k];
            let mut slot = 0usize;
            let mut j = n - 1 - k as u32;
            while j < n - 1 {
                let t = draw_up_to(rng, j);
                let pick = if sampled[t as usize] == stamp { j } else { t };
                sampled[pick as usize] = stamp;
                let peer = if pick >= i as u32 { pick + 1 } else { pick };
                let answer = if drop > 0.0 && rng.random::<f64>() < drop {
                    NO_ANSWER
                } else {
                    match answers[peer as usize] {
                        CONTRARIAN => contrarian,
                        a => a,
                    }
                };
                if answer != NO_ANSWER {
                    votes[answer as usize] += 1;
                }
                last_peer[slot] = peer;
                last_answer[slot] = answer;
                slot += 1;
                j += 1;
            }
            let mut best = 0usize;
            for c in 1..colours {
                if votes[c] > votes[best] {
                    best = c;
                }
            }
            let count = votes[best];
            if count >= p.alpha_pref {
                successful += 1;
            }
            self.record_poll(i, count, best as u8, round);
        }
        if p.protocol == Protocol::Slush && round >= p.slush_rounds {
            for i in 0..n as usize {
                if !self.byzantine[i] && self.finalised_at[i] == 0 {
                    self.finalised_at[i] = round;
                }
            }
        }
        let stats = self.stats(successful);
        let all_final = stats.finalised == self.honest;
        self.history.push(stats);
        if all_final {
            self.status = Status::Finalised;
        } else if round >= self.params.max_rounds {
            self.status = Status::Stalled;
        }
    }

    /// The per-node update rules (see the module documentation).
    #[inline(always)]
    fn record_poll(&mut self, i: usize, count: u32, choice: u8, round: u32) {
        let p = &self.params;
        let (alpha_pref, alpha_conf, beta, protocol) = (p.alpha_pref, p.alpha_conf, p.beta, p.protocol);
        if count < alpha_pref {
            // Unsuccessful poll.
            self.confidence[i] = 0;
            return;
        }
        match protocol {
            Protocol::Slush => {
                self.pref[i] = choice;
                self.flake_pref[i] = choice;
            }
            Protocol::Snowflake | Protocol::Snowball => {
                if protocol == Protocol::Snowball {
                    let s = &mut self.strength[i];
                    s[choice as usize] += 1;
                    if s[choice as usize] > s[self.pref[i] as usize] {
                        self.pref[i] = choice;
                    }
                }
                if count < alpha_conf {
                    // RecordPollPreference: adopt, but no confidence.
                    self.confidence[i] = 0;
                } else if self.flake_pref[i] == choice {
                    self.confidence[i] += 1;
                } else {
                    self.confidence[i] = 1;
                }
                self.flake_pref[i] = choice;
                if protocol == Protocol::Snowflake {
                    self.pref[i] = choice;
                }
                if self.confidence[i] >= beta {
                    self.finalised_at[i] = round;
                    // A finalised Snowball reports its Snowflake choice.
                    self.pref[i] = choice;
                }
            }
        }
    }

    pub(super) fn stats(&self, successful_polls: u32) -> RoundStats {
        let mut counts = [0u32; MAX_COLOURS];
        let mut conf_sum = 0u64;
        let mut finalised = 0u32;
        for i in 0..self.pref.len() {
            if self.byzantine[i] {
                continue;
            }
            counts[self.pref[i] as usize] += 1;
            conf_sum += u64::from(self.confidence[i].min(self.params.beta));
            if self.finalised_at[i] != 0 {
                finalised += 1;
            }
        }
        let h = f64::from(self.honest.max(1));
        let mut share = [0.0; MAX_COLOURS];
        for c in 0..MAX_COLOURS {
            share[c] = f64::from(counts[c]) / h;
        }
        let mean_confidence = if self.params.protocol == Protocol::Slush {
            0.0
        } else {
            conf_sum as f64 / h / f64::from(self.params.beta)
        };
        RoundStats { round: self.round, share, mean_confidence, finalised, successful_polls }
    }

    /// Sets node `id`'s state directly: for unit tests of the update rules.
    #[doc(hidden)]
    pub fn force_node(&mut self, id: usize, pref: u8, flake_pref: u8, confidence: u32, strength: [u32; MAX_COLOURS]) {
        self.pref[id] = pref;
        self.flake_pref[id] = flake_pref;
        self.confidence[id] = confidence;
        self.strength[id] = strength;
    }

    /// Applies one poll result to node `id` as if it had polled in the next
    /// round: for unit tests of the update rules.
    #[doc(hidden)]
    pub fn apply_poll(&mut self, id: usize, count: u32, choice: u8) {
        let round = self.round + 1;
        self.record_poll(id, count, choice, round);
    }
}

#[cfg(test)]
mod tests {
    use super::draw_up_to;
    use crate::sim::rng::seeded;
    use rand::{Rng, RngExt};

    /// The same value and the same draws as `random_range(0..=high)`, at the
    /// edges (a second draw, the full range) and across the page's sizes.
    #[test]
    fn draw_up_to_is_random_range() {
        let (mut a, mut b) = (seeded(7), seeded(7));
        let mut highs = vec![0, 1, 2, 3, 19, 398, 399, 19_979, 19_998, u32::MAX / 2, u32::MAX - 1, u32::MAX];
        let mut pick = seeded(8);
        highs.extend((0..2000).map(|_| pick.next_u32() >> pick.random_range(0..32u32)));
        for _ in 0..50 {
            for &h in &highs {
                assert_eq!(draw_up_to(&mut a, h), b.random_range(0..=h), "high {h}");
            }
        }
        assert_eq!(a.next_u64(), b.next_u64());
    }
}
