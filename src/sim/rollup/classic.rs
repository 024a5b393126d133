//! Classic Nitro's dispute protocol (Arbitrum One until February 2025), as
//! the comparison for BoLD: 1-vs-1 challenges with 40-way dissection, one
//! after another, and the delay attack this allows.
//!
//! Sources: OffchainLabs/nitro-contracts before the BoLD upgrade:
//! `src/challenge/ChallengeManager.sol` (`MAX_CHALLENGE_DEGREE = 40`; a
//! block challenge over the assertion's blocks, then `challengeExecution`
//! over one block's WAVM steps; each player's chess clock), `src/challenge/
//! ChallengeLib.sol` (`extractChallengeSegment`), `src/rollup/
//! RollupUserLogic.sol` (`createChallenge`: both clocks run to
//! `commonEndBlock = firstChildBlock + (deadlineBlock − proposedBlock) +
//! extraChallengeTimeBlocks`, and a staker can be in only one challenge at a
//! time, `requireUnchallengedStaker`), `extraChallengeTimeBlocks = 200`
//! (`scripts/rollupCreation.ts`), `confirmPeriodBlocks = 45,818`.
//!
//! ## The delay attack
//!
//! Each malicious staker stakes on the wrong assertion at block 1. The
//! honest staker can fight only one at a time, and each challenge gives the
//! attacker its full chess clock (it is fixed when the assertion was
//! proposed, not when the challenge starts), which the attacker spends in
//! full before its last move or timeout. The honest assertion cannot be
//! confirmed while a staker on a rival remains, so confirmation waits for
//! all `N` challenges: the delay grows linearly with `N`.
//!
//! Where the model differs: the honest side moves one block after each
//! attacker move; the attacker spreads its clock evenly over its moves; the
//! execution trace is symbolic (the attacker's first wrong block and step
//! are drawn from the seed).

use super::bisection::{classic_degree, extract_challenge_segment};
use crate::sim::rng::seeded;
use rand::RngExt;
use serde::Serialize;

/// Classic Nitro's settings on Arbitrum One.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassicConfig {
    /// Blocks in the disputed assertion (the block challenge's length).
    pub blocks: u64,
    /// WAVM steps in one block (the execution challenge's length).
    pub steps: u64,
    pub confirm_period: u64,
    pub extra_challenge_time: u64,
    /// L1 blocks an honest move takes.
    pub blocks_per_move: u64,
}

impl ClassicConfig {
    /// Arbitrum One's periods, with BoLD's block-level size (2^26 blocks)
    /// and 2^43 steps per block (the figure in `reference/models.md` §2).
    pub fn arbitrum_one() -> ClassicConfig {
        ClassicConfig {
            blocks: 1 << 26,
            steps: 1 << 43,
            confirm_period: 45_818,
            extra_challenge_time: 200,
            blocks_per_move: 1,
        }
    }
    /// The page's reduced size (the same as BoLD's reduced block level).
    pub fn reduced() -> ClassicConfig {
        ClassicConfig { blocks: 1 << 4, steps: 1 << 6, ..ClassicConfig::arbitrum_one() }
    }
    /// Each player's chess clock for an assertion proposed at block 0 and a
    /// rival at block 1 (`createChallenge`).
    pub fn clock(&self) -> u64 {
        self.confirm_period + self.extra_challenge_time - 1
    }
}

/// One dissection round of a classic challenge.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassicRound {
    /// "block" or "execution".
    pub phase: &'static str,
    pub start: u64,
    pub len: u64,
    pub degree: u64,
    /// The segment the challenger picked (`extractChallengeSegment`).
    pub position: u64,
    pub next_start: u64,
    pub next_len: u64,
    /// L1 block at which the round's bisection was posted.
    pub block: u64,
}

/// One 1-vs-1 challenge.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassicChallenge {
    pub attacker: u32,
    pub opened: u64,
    pub rounds: Vec<ClassicRound>,
    /// The one-step proof (or the attacker's timeout).
    pub resolved: u64,
}

/// How the sequence of challenges ended.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassicOutcome {
    pub attackers: u32,
    pub challenges: Vec<ClassicChallenge>,
    /// L1 block at which the honest assertion is confirmed.
    pub assertion_confirmed: u64,
}

/// The rounds of dissecting `[0, len]` down to one step when the parties
/// first disagree after step `wrong` (`0 ≤ wrong < len`).
fn dissect(phase: &'static str, len: u64, wrong: u64, t: &mut u64, per_round: u64, rounds: &mut Vec<ClassicRound>) {
    let (mut start, mut l) = (0u64, len);
    while l > 1 {
        let degree = classic_degree(l);
        // The first segment whose end the challenger disagrees with.
        let position = (0..degree)
            .find(|&p| {
                let (s, n) = extract_challenge_segment(start, l, degree, p);
                s <= wrong && wrong < s + n
            })
            .expect("the wrong step lies in one segment");
        let (ns, nl) = extract_challenge_segment(start, l, degree, position);
        *t += per_round;
        rounds.push(ClassicRound { phase, start, len: l, degree, position, next_start: ns, next_len: nl, block: *t });
        start = ns;
        l = nl;
    }
}

/// Rounds a classic phase of `len` steps takes when the wrong step is `wrong`.
pub fn classic_rounds(len: u64, wrong: u64) -> u32 {
    let mut rounds = Vec::new();
    dissect("", len, wrong, &mut 0, 0, &mut rounds);
    rounds.len() as u32
}

/// The delay attack: `attackers` malicious stakers, challenged one after
/// another, each spending its whole clock.
pub fn delay_attack(cfg: &ClassicConfig, attackers: u32, seed: u64) -> ClassicOutcome {
    let mut rng = seeded(seed);
    let mut t = 1u64;
    let mut challenges = Vec::new();
    for a in 0..attackers {
        let wrong_block = rng.random_range(0..cfg.blocks);
        let wrong_step = rng.random_range(0..cfg.steps);
        // Count the rounds first so the attacker can spread its clock.
        let n = u64::from(classic_rounds(cfg.blocks, wrong_block) + classic_rounds(cfg.steps, wrong_step));
        let attacker_per_round = cfg.clock() / n.max(1);
        let per_round = attacker_per_round + cfg.blocks_per_move;
        let opened = t;
        let mut rounds = Vec::new();
        dissect("block", cfg.blocks, wrong_block, &mut t, per_round, &mut rounds);
        dissect("execution", cfg.steps, wrong_step, &mut t, per_round, &mut rounds);
        // The rest of the attacker's clock, then the one-step proof.
        t += cfg.clock() - attacker_per_round * n + cfg.blocks_per_move;
        challenges.push(ClassicChallenge { attacker: a, opened, rounds, resolved: t });
    }
    ClassicOutcome { attackers, challenges, assertion_confirmed: t.max(cfg.confirm_period) }
}

/// One point of the delay chart: time to confirm the honest assertion
/// against `attackers`, under each protocol, in L1 blocks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DelayPoint {
    pub attackers: u32,
    pub classic_blocks: u64,
    pub bold_blocks: u64,
}

/// The delay chart's points for 0..=`max_attackers` attackers (BoLD's
/// attackers all join at block 1).
pub fn delay_curve(
    classic: &ClassicConfig,
    bold: &super::bold::BoldConfig,
    max_attackers: u32,
    seed: u64,
) -> Vec<DelayPoint> {
    (0..=max_attackers)
        .map(|n| DelayPoint {
            attackers: n,
            classic_blocks: delay_attack(classic, n, seed).assertion_confirmed,
            bold_blocks: super::bold::play(bold, &super::bold::attackers_at(n, 1), seed).assertion_confirmed,
        })
        .collect()
}
