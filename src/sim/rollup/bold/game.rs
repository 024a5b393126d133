//! One BoLD game in progress: edges, bisection moves, one-step proofs and
//! confirmation by time (moved from `bold.rs`).

use super::*;

pub(super) struct Game<'a> {
    pub(super) cfg: &'a BoldConfig,
    pub(super) edges: Vec<Edge>,
    pub(super) by_key: HashMap<(u8, u32, u64, u64, Hash, Hash), u32>,
    pub(super) mutuals: HashMap<(u8, u32, u64, u64, Hash), u32>,
    /// Per mutual group: creation blocks of its edges, in order.
    pub(super) group: Vec<Vec<(u64, u32)>>,
    /// Where each party's history diverges, per (level, origin).
    pub(super) diverge: HashMap<(Side, u8, u32), u64>,
    pub(super) rng: crate::sim::rng::SimRng,
    pub(super) moves: Vec<Move>,
    pub(super) osps: u32,
    /// Edges not yet bisected, refined or proven.
    pub(super) open: Vec<u32>,
}

impl Game<'_> {
    pub(super) fn history(&mut self, side: Side, level: u8, origin: u32) -> History {
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
    pub(super) fn add(&mut self, side: Side, level: u8, origin: u32, start: u64, end: u64, now: u64) -> u32 {
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

    pub(super) fn rivaled(&self, id: u32) -> bool {
        self.group[self.edges[id as usize].mutual as usize].len() > 1
    }

    /// `timeUnrivaled` at block `now`.
    pub(super) fn own_unrivaled(&self, id: u32, now: u64) -> u64 {
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
    pub(super) fn total(&self, id: u32, now: u64) -> u64 {
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
    pub(super) fn act(&mut self, now: u64) -> bool {
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
