//! BoLD ("Bounded Liquidity Delay"), Arbitrum One's dispute protocol since
//! February 2025: all-vs-all edges over Merkle history commitments, three
//! levels, one-step proofs at the bottom and cumulative timers.
//!
//! Sources: OffchainLabs/nitro-contracts `src/challengeV2/`
//! (`EdgeChallengeManager.sol`, `libraries/EdgeChallengeManagerLib.sol`:
//! `mandatoryBisectionHeight`, `timeUnrivaled`, `updateTimerCacheByChildren`,
//! `updateTimerCacheByClaim`, `confirmEdgeByTime`), `src/rollup/
//! RollupUserLogic.sol` (`challengeGracePeriodBlocks` after the winning
//! edge), the Arbitrum One settings in `scripts/files/configs/arb1.ts`
//! (`blockLeafSize 2^26`, `bigStepLeafSize 2^19`, `smallStepLeafSize 2^23`,
//! `numBigStepLevel 1`, `confirmPeriodBlocks = challengePeriodBlocks =
//! 45,818`, `challengeGracePeriodBlocks` 48 h = 14,400 blocks, `stakeAmt
//! 3,600 ETH`, `miniStakeAmounts [0, 555, 79] ETH`), and
//! OffchainLabs/bold (`state-commitments/history`: histories padded to the
//! level's power of two with the last leaf).
//!
//! ## The game as modelled
//!
//! - The honest assertion is posted at block 0; each malicious party posts
//!   a rival assertion (3,600 ETH each) when it joins and opens a
//!   layer-zero block edge claiming it. The honest side opens its own as
//!   soon as it is rivaled. Any number of honest parties post the same
//!   edges (an edge is identified by its heights and history roots, so they
//!   share them): one honest edge is all the honest side needs.
//! - A level's layer-zero edge spans heights `0..=2^h`; an edge's end root
//!   commits to the prefix of the party's history up to its end height,
//!   padded with the last leaf (as BoLD's history commitments are) to a
//!   power of two. Malicious party `i` agrees with the honest history up to a leaf
//!   (drawn from the seed) and differs from there on. Edge roots are the
//!   Merkle roots of the history prefixes ([`merkle_root_padded`]) when the
//!   level is small enough to materialise ([`MATERIALISE_LEAVES`]); at
//!   Arbitrum One's heights they are symbolic: a hash of whose history it
//!   is and the height, which is equal exactly when the real roots would be
//!   (two histories' prefixes agree up to the first differing leaf).
//! - Every move takes `blocks_per_move` L1 blocks, and every party answers
//!   every move at once. A rivaled edge longer than one is bisected at
//!   `mandatoryBisectionHeight`; a rivaled one-step edge above the bottom is
//!   refined by a layer-zero edge one level down; a rivaled one-step edge
//!   at the bottom is settled by the one-step proof, which confirms the
//!   honest edge (its timer becomes infinite) and never a malicious one.
//!   Malicious parties bisect every edge they own at once (the fastest
//!   way to rival honest edges).
//! - Timers: an edge's own unrivaled time runs from its creation until a
//!   rival appears (zero if a rival was there first); its cumulative timer
//!   adds the smaller of its children's (or, for a one-step edge, the
//!   honest claim one level down). The honest layer-zero block edge is
//!   confirmed once its cumulative timer plus the assertion's own
//!   unrivaled time reaches `challengePeriodBlocks`; the assertion then
//!   waits `challengeGracePeriodBlocks`.
//!
//! Where the model differs: the honest side is one history (any number of
//! honest validators would post and share exactly these edges, so the model
//! has no separate count of them); malicious parties each lie from their
//! own leaf and all rival at once (the page and CLI have them join at block
//! 1; [`play`] takes any join blocks); BoLD's keccak is SHA-256 here;
//! parties answer instantly and never run out of
//! funds or gas; no edge of a malicious party is ever confirmed; L1 block
//! inclusion is certain (no censorship); mini-stakes are counted, not
//! refunded in steps.

use super::bisection::mandatory_bisection_height;
use super::state::Hash;
use crate::sim::rng::seeded;
use rand::RngExt;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

mod game;
mod history;

use game::Game;
pub use history::merkle_root_padded;
use history::*;

/// The largest level whose histories are materialised as real Merkle trees.
pub const MATERIALISE_LEAVES: u64 = 1 << 12;

/// One level of the game.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Level {
    pub name: &'static str,
    /// log2 of the leaves (the layer-zero edge spans `[0, 2^log2]`).
    pub log2: u32,
    /// Mini-stake for a layer-zero edge at this level, ETH.
    pub mini_stake_eth: u64,
}

/// The protocol's settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BoldConfig {
    /// Block, big step(s), small step.
    pub levels: Vec<Level>,
    /// `challengePeriodBlocks` (the confirmation threshold).
    pub challenge_period: u64,
    /// `confirmPeriodBlocks` (an unrivaled assertion's wait).
    pub confirm_period: u64,
    /// `challengeGracePeriodBlocks`.
    pub grace_period: u64,
    /// `stakeAmt`, ETH per assertion.
    pub assertion_stake_eth: u64,
    /// L1 blocks a move takes.
    pub blocks_per_move: u64,
}

impl BoldConfig {
    /// Arbitrum One (`arb1.ts`).
    pub fn arbitrum_one() -> BoldConfig {
        BoldConfig {
            levels: vec![
                Level { name: "block", log2: 26, mini_stake_eth: 0 },
                Level { name: "big step", log2: 19, mini_stake_eth: 555 },
                Level { name: "small step", log2: 23, mini_stake_eth: 79 },
            ],
            challenge_period: 45_818,
            confirm_period: 45_818,
            grace_period: 14_400,
            assertion_stake_eth: 3_600,
            blocks_per_move: 1,
        }
    }
    /// The page's reduced size: the same three levels with 2^4, 2^3 and
    /// 2^3 leaves (every history materialised), Arbitrum One's periods and
    /// stakes.
    pub fn reduced() -> BoldConfig {
        let mut c = BoldConfig::arbitrum_one();
        for (l, h) in c.levels.iter_mut().zip([4, 3, 3]) {
            l.log2 = h;
        }
        c
    }
    /// Bisection rounds from a layer-zero block edge to the one-step proof
    /// (the sum of the levels' heights).
    pub fn depth(&self) -> u32 {
        self.levels.iter().map(|l| l.log2).sum()
    }
    /// The most moves the game can take after the last party joins: every
    /// bisection, one refinement per level below the top, the one-step
    /// proof, and the opening edge.
    pub fn max_moves(&self) -> u64 {
        u64::from(self.depth()) + self.levels.len() as u64 + 1
    }
    /// The bound the honest side's confirmation respects, L1 blocks from
    /// the honest assertion: the challenge period, the moves of one path to
    /// the bottom, and the grace period.
    pub fn time_bound(&self) -> u64 {
        self.challenge_period + 2 * self.max_moves() * self.blocks_per_move + self.grace_period
    }
}

/// A malicious party.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Attacker {
    /// L1 block at which it posts its rival assertion and edge.
    pub joins: u64,
}

/// Whose history an edge commits to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Side {
    Honest,
    Malicious(u32),
}

/// One edge.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    pub id: u32,
    pub level: u8,
    /// The mutual id of the one-step edge above that this level refines
    /// (`u32::MAX` at the block level).
    pub origin: u32,
    pub start: u64,
    pub end: u64,
    #[serde(serialize_with = "super::state::ser_hash")]
    pub start_root: Hash,
    #[serde(serialize_with = "super::state::ser_hash")]
    pub end_root: Hash,
    /// The parties that created or share it.
    pub owners: Vec<Side>,
    /// Its roots are the honest history's.
    pub honest: bool,
    /// Its start root is the honest history's (a malicious edge that can
    /// rival an honest one).
    pub start_honest: bool,
    pub created: u64,
    /// Its group of rivals (same level, origin, heights and start root).
    pub mutual: u32,
    pub children: Option<(u32, u32)>,
    /// The layer-zero edge one level down that refines it (honest's, for an
    /// honest edge).
    pub claim: Option<u32>,
    /// Confirmed by the one-step proof.
    pub osp: bool,
}

/// One move: a party made these edges at this block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Move {
    pub block: u64,
    pub side: Side,
    /// "open", "bisect", "refine" or "one-step proof".
    pub kind: &'static str,
    pub level: u8,
    pub start: u64,
    pub end: u64,
    /// For a bisection: the height it split at.
    pub mid: Option<u64>,
}

/// How a BoLD dispute ended.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BoldOutcome {
    pub attackers: u32,
    /// The honest layer-zero block edge reached the threshold (and the
    /// honest assertion was confirmed).
    pub honest_won: bool,
    /// L1 block at which the honest block edge was confirmed by time.
    pub edge_confirmed: u64,
    /// L1 block at which the honest assertion is confirmed (edge + grace,
    /// or the confirm period if nobody rivaled it).
    pub assertion_confirmed: u64,
    /// The largest cumulative timer any malicious layer-zero block edge had
    /// then (it must stay below `challenge_period`).
    pub best_malicious_timer: u64,
    /// One-step proofs run on L1.
    pub one_step_proofs: u32,
    pub edges: u32,
    pub honest_edges: u32,
    pub moves: Vec<Move>,
    /// Stakes put up, ETH: honest (refunded) and malicious (lost).
    pub honest_stake_eth: u64,
    pub malicious_stake_eth: u64,
    /// The bound of [`BoldConfig::time_bound`].
    pub time_bound: u64,
}

/// Plays a BoLD dispute between the honest side (any number of honest
/// parties: they share every edge) and `attackers`, each with its own
/// wrong history drawn from `seed`.
pub fn play(cfg: &BoldConfig, attackers: &[Attacker], seed: u64) -> BoldOutcome {
    let mut g = Game {
        cfg,
        edges: Vec::new(),
        by_key: HashMap::new(),
        mutuals: HashMap::new(),
        group: Vec::new(),
        diverge: HashMap::new(),
        rng: seeded(seed),
        moves: Vec::new(),
        osps: 0,
        open: Vec::new(),
    };
    let step = cfg.blocks_per_move.max(1);
    let top = 1u64 << cfg.levels[0].log2;
    let mut joins: Vec<(u64, u32)> = attackers.iter().enumerate().map(|(i, a)| (a.joins, i as u32)).collect();
    joins.sort();
    let first_rival = joins.first().map(|j| j.0);
    let Some(first) = first_rival.filter(|&j| j < cfg.confirm_period) else {
        return BoldOutcome {
            attackers: attackers.len() as u32,
            honest_won: true,
            edge_confirmed: 0,
            assertion_confirmed: cfg.confirm_period,
            best_malicious_timer: 0,
            one_step_proofs: 0,
            edges: 0,
            honest_edges: 0,
            moves: Vec::new(),
            honest_stake_eth: cfg.assertion_stake_eth,
            malicious_stake_eth: 0,
            time_bound: cfg.time_bound(),
        };
    };
    // The honest assertion was unrivaled from block 0 until the first rival.
    let assertion_unrivaled = first;
    let mut honest_root = None;
    let mut now = first;
    let mut next_join = 0;
    let threshold = cfg.challenge_period;
    let confirmed = |g: &Game, root: Option<u32>, t: u64| {
        root.is_some_and(|r| g.total(r, t).saturating_add(assertion_unrivaled) >= threshold)
    };
    let first_reached = |g: &Game, root: Option<u32>, lo: u64, hi: u64| {
        let (mut lo, mut hi) = (lo, hi);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if confirmed(g, root, mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    };
    loop {
        // Parties joining by this block post their rival assertion and edge.
        while next_join < joins.len() && joins[next_join].0 <= now {
            let side = Side::Malicious(joins[next_join].1);
            g.add(side, 0, u32::MAX, 0, top, now);
            g.moves.push(Move { block: now, side, kind: "open", level: 0, start: 0, end: top, mid: None });
            next_join += 1;
        }
        now += step;
        let mut acted = false;
        if honest_root.is_none() {
            honest_root = Some(g.add(Side::Honest, 0, u32::MAX, 0, top, now));
            g.moves.push(Move {
                block: now,
                side: Side::Honest,
                kind: "open",
                level: 0,
                start: 0,
                end: top,
                mid: None,
            });
            acted = true;
        } else {
            acted |= g.act(now);
        }
        if confirmed(&g, honest_root, now) {
            now = first_reached(&g, honest_root, now - step + 1, now);
            break;
        }
        if !acted {
            // Only the clocks move until the next party joins, if any.
            let until = joins.get(next_join).map(|j| j.0.max(now)).unwrap_or(now + threshold + 1);
            if confirmed(&g, honest_root, until) {
                now = first_reached(&g, honest_root, now, until);
                break;
            }
            now = until;
        }
    }
    let root = honest_root.expect("opened");
    let honest_won = confirmed(&g, Some(root), now);
    let best_malicious_timer = g
        .edges
        .iter()
        .filter(|e| e.level == 0 && e.start == 0 && e.end == top && !e.honest)
        .map(|e| g.total(e.id, now))
        .max()
        .unwrap_or(0);
    let joined = next_join as u64;
    let mut honest_stake = cfg.assertion_stake_eth;
    let mut malicious_stake = joined * cfg.assertion_stake_eth;
    for e in g.edges.iter().filter(|e| e.start == 0 && e.end == 1u64 << cfg.levels[e.level as usize].log2) {
        let s = cfg.levels[e.level as usize].mini_stake_eth;
        if e.honest {
            honest_stake += s;
        } else {
            malicious_stake += s;
        }
    }
    BoldOutcome {
        attackers: attackers.len() as u32,
        honest_won,
        edge_confirmed: now,
        assertion_confirmed: now + cfg.grace_period,
        best_malicious_timer,
        one_step_proofs: g.osps,
        edges: g.edges.len() as u32,
        honest_edges: g.edges.iter().filter(|e| e.honest).count() as u32,
        moves: g.moves,
        honest_stake_eth: honest_stake,
        malicious_stake_eth: malicious_stake,
        time_bound: cfg.time_bound(),
    }
}

/// `n` attackers that all join at block `joins`.
pub fn attackers_at(n: u32, joins: u64) -> Vec<Attacker> {
    (0..n).map(|_| Attacker { joins }).collect()
}
