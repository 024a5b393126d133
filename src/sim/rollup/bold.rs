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

/// Merkle root of `leaves` padded to `virtual_len` with the last leaf
/// (BoLD's history commitment; SHA-256 here, keccak in BoLD), `virtual_len`
/// a power of two ≥ `leaves.len() ≥ 1`.
pub fn merkle_root_padded(leaves: &[Hash], virtual_len: u64) -> Hash {
    assert!(!leaves.is_empty() && virtual_len.is_power_of_two() && virtual_len >= leaves.len() as u64);
    let last = *leaves.last().expect("non-empty");
    let mut layer: Vec<Hash> = (0..virtual_len).map(|i| *leaves.get(i as usize).unwrap_or(&last)).collect();
    while layer.len() > 1 {
        layer = layer
            .chunks(2)
            .map(|p| {
                let mut h = Sha256::new();
                h.update(p[0]);
                h.update(p[1]);
                h.finalize().into()
            })
            .collect();
    }
    layer[0]
}

fn tag_hash(parts: &[&[u8]]) -> Hash {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u32).to_be_bytes());
        h.update(p);
    }
    h.finalize().into()
}

/// The leaf `j` of a party's history at a level under `origin`; a
/// malicious party differs from leaf `diverge` on.
fn leaf(side: Side, diverge: u64, level: u8, origin: u32, j: u64) -> Hash {
    let who = match side {
        Side::Malicious(i) if j >= diverge => i + 1,
        _ => 0,
    };
    tag_hash(&[b"leaf", &who.to_be_bytes(), &[level], &origin.to_be_bytes(), &j.to_be_bytes()])
}

/// A party's history at one level under one origin.
struct History {
    side: Side,
    diverge: u64,
    level: u8,
    origin: u32,
    log2: u32,
}

impl History {
    /// The commitment to the prefix `[0, end]` (`end + 1` leaves), padded
    /// with its last leaf to `2^(log2 + 1)` leaves (the next power of two
    /// above the level's `2^log2 + 1` heights).
    fn root(&self, end: u64) -> Hash {
        let size = 1u64 << self.log2;
        if size <= MATERIALISE_LEAVES {
            let leaves: Vec<Hash> =
                (0..=end).map(|j| leaf(self.side, self.diverge, self.level, self.origin, j)).collect();
            merkle_root_padded(&leaves, (size + 1).next_power_of_two())
        } else {
            // Symbolic: equal for two histories exactly when their prefixes are.
            let who = match self.side {
                Side::Malicious(i) if end >= self.diverge => i + 1,
                _ => 0,
            };
            tag_hash(&[b"prefix", &who.to_be_bytes(), &[self.level], &self.origin.to_be_bytes(), &end.to_be_bytes()])
        }
    }
}

struct Game<'a> {
    cfg: &'a BoldConfig,
    edges: Vec<Edge>,
    by_key: HashMap<(u8, u32, u64, u64, Hash, Hash), u32>,
    mutuals: HashMap<(u8, u32, u64, u64, Hash), u32>,
    /// Per mutual group: creation blocks of its edges, in order.
    group: Vec<Vec<(u64, u32)>>,
    /// Where each party's history diverges, per (level, origin).
    diverge: HashMap<(Side, u8, u32), u64>,
    rng: crate::sim::rng::SimRng,
    moves: Vec<Move>,
    osps: u32,
    /// Edges not yet bisected, refined or proven.
    open: Vec<u32>,
}

impl Game<'_> {
    fn history(&mut self, side: Side, level: u8, origin: u32) -> History {
        let log2 = self.cfg.levels[level as usize].log2;
        let diverge = match side {
            Side::Honest => u64::MAX,
            Side::Malicious(_) => {
                let rng = &mut self.rng;
                *self.diverge.entry((side, level, origin)).or_insert_with(|| rng.random_range(1..=(1u64 << log2)))
            }
        };
        History { side, diverge, level, origin, log2 }
    }

    /// Adds (or joins) the edge; returns its id.
    fn add(&mut self, side: Side, level: u8, origin: u32, start: u64, end: u64, now: u64) -> u32 {
        let h = self.history(side, level, origin);
        let (start_root, end_root) = (h.root(start), h.root(end));
        let hh = self.history(Side::Honest, level, origin);
        let (honest_start, honest_end) = (hh.root(start), hh.root(end));
        let key = (level, origin, start, end, start_root, end_root);
        if let Some(&id) = self.by_key.get(&key) {
            let e = &mut self.edges[id as usize];
            if !e.owners.contains(&side) {
                e.owners.push(side);
            }
            return id;
        }
        let id = self.edges.len() as u32;
        let mkey = (level, origin, start, end, start_root);
        let mutual = match self.mutuals.get(&mkey) {
            Some(&m) => m,
            None => {
                let m = self.group.len() as u32;
                self.mutuals.insert(mkey, m);
                self.group.push(Vec::new());
                m
            }
        };
        self.group[mutual as usize].push((now, id));
        self.edges.push(Edge {
            id,
            level,
            origin,
            start,
            end,
            start_root,
            end_root,
            owners: vec![side],
            honest: start_root == honest_start && end_root == honest_end,
            start_honest: start_root == honest_start,
            created: now,
            mutual,
            children: None,
            claim: None,
            osp: false,
        });
        self.by_key.insert(key, id);
        self.open.push(id);
        id
    }

    fn rivaled(&self, id: u32) -> bool {
        self.group[self.edges[id as usize].mutual as usize].len() > 1
    }

    /// `timeUnrivaled` at block `now`.
    fn own_unrivaled(&self, id: u32, now: u64) -> u64 {
        let e = &self.edges[id as usize];
        let g = &self.group[e.mutual as usize];
        if g[0].1 != id {
            return 0;
        }
        let until = g.get(1).map(|r| r.0).unwrap_or(now).min(now);
        until.saturating_sub(e.created)
    }

    /// The cumulative timer at `now` (saturating; the one-step proof makes
    /// it infinite).
    fn total(&self, id: u32, now: u64) -> u64 {
        let e = &self.edges[id as usize];
        if e.osp {
            return u64::MAX;
        }
        let own = self.own_unrivaled(id, now);
        let below = match (e.children, e.claim) {
            (Some((l, u)), _) => self.total(l, now).min(self.total(u, now)),
            (None, Some(c)) => self.total(c, now),
            _ => 0,
        };
        own.saturating_add(below)
    }

    /// Every party's moves at `now` on the edges that were on chain before
    /// it. The honest side moves on every rivaled honest edge; a malicious
    /// party on each of its edges that starts where the honest history
    /// does and ends elsewhere (those are the ones that rival honest
    /// edges: one path per level, where its history first differs).
    fn act(&mut self, now: u64) -> bool {
        let mut acted = false;
        let open = std::mem::take(&mut self.open);
        let mut keep = Vec::with_capacity(open.len());
        for id in open {
            let e = self.edges[id as usize].clone();
            let side = if e.honest {
                if !self.rivaled(id) {
                    keep.push(id);
                    continue;
                }
                Side::Honest
            } else if e.start_honest {
                e.owners[0]
            } else {
                // A malicious edge no honest edge can rival: left alone.
                continue;
            };
            if e.end - e.start >= 2 {
                let mid = mandatory_bisection_height(e.start, e.end).expect("length >= 2");
                let lo = self.add(side, e.level, e.origin, e.start, mid, now);
                let hi = self.add(side, e.level, e.origin, mid, e.end, now);
                self.edges[id as usize].children = Some((lo, hi));
                self.moves.push(Move {
                    block: now,
                    side,
                    kind: "bisect",
                    level: e.level,
                    start: e.start,
                    end: e.end,
                    mid: Some(mid),
                });
                acted = true;
            } else if !self.rivaled(id) {
                keep.push(id);
            } else if (e.level as usize) + 1 < self.cfg.levels.len() {
                let level = e.level + 1;
                let size = 1u64 << self.cfg.levels[level as usize].log2;
                let c = self.add(side, level, e.mutual, 0, size, now);
                self.edges[id as usize].claim = Some(c);
                self.moves.push(Move { block: now, side, kind: "refine", level, start: 0, end: size, mid: None });
                acted = true;
            } else if side == Side::Honest {
                // L1 executes the step from the agreed state: the honest
                // result matches, so its edge is confirmed.
                self.edges[id as usize].osp = true;
                self.osps += 1;
                self.moves.push(Move {
                    block: now,
                    side,
                    kind: "one-step proof",
                    level: e.level,
                    start: e.start,
                    end: e.end,
                    mid: None,
                });
                acted = true;
            }
            // A malicious one-step edge at the bottom: its one-step proof
            // fails, so it stays unconfirmed.
        }
        keep.append(&mut self.open);
        self.open = keep;
        acted
    }
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
