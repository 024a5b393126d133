//! Sampling consensus: Slush, Snowflake and Snowball, the Snow family behind
//! Avalanche.
//!
//! Every round, each honest node that has not finalised polls `K` distinct
//! peers chosen uniformly at random (without replacement, never itself) and
//! counts their current preferences. The update rules are avalanchego's
//! n-ary instances (`snow/consensus/snowball/nnary_snowflake.go`,
//! `nnary_snowball.go`, `nnary_slush.go`; parameters from `parameters.go`),
//! as summarised in Chain Lab's `reference/models.md`:
//!
//! - a poll whose best colour has fewer than `AlphaPreference` votes is
//!   unsuccessful and clears the confidence counter;
//! - with at least `AlphaPreference` but fewer than `AlphaConfidence`, the
//!   node adopts that colour (Slush) and clears confidence;
//! - with at least `AlphaConfidence`, confidence grows by one if the colour
//!   is the Snowflake preference, else restarts at 1 on the new colour; at
//!   `Beta` the node finalises;
//! - Snowball also counts, per colour, every poll with at least
//!   `AlphaPreference` votes, and its reported preference switches only when
//!   another colour's count becomes strictly greater than the current
//!   one's (ties keep the current preference). Its inner Snowflake
//!   preference (which drives confidence) follows the last successful poll;
//!   once finalised, the node reports the Snowflake choice.
//! - Slush has no confidence: it adopts any colour with at least
//!   `AlphaPreference` votes and accepts after a fixed `m` rounds.
//!
//! Simplifications, also stated in the app's explanation panel: rounds are
//! synchronous (everyone polls the preferences as they stood at the start
//! of the round), sampling is uniform rather than stake-weighted, and a
//! node decides one value rather than a chain of blocks (Snowman).

pub mod experiment;
mod params;
mod round;
pub mod simulation;

pub use params::{
    Adversary, ParamError, Params, Protocol, Scale, MAX_BATCH_NODES, MAX_BATCH_SAMPLES, MAX_COLOURS, MAX_K, MAX_NODES,
    MIN_NODES,
};

use crate::sim::rng::{seeded, Fingerprint, SimRng};
use rand::RngExt;
use serde::Serialize;

/// The colours' names, as the app draws them.
pub const COLOUR_NAMES: [&str; MAX_COLOURS] = ["red", "blue", "green", "amber"];

/// Marks a lost answer in [`ConsensusSim::last_sample`].
pub const NO_ANSWER: u8 = u8::MAX;
/// Marks a contrarian Byzantine node in the round's answer table: its answer
/// depends on who asks (the colour after the asker's own).
const CONTRARIAN: u8 = u8::MAX - 1;

/// Aggregate state after one round: what the charts plot.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoundStats {
    pub round: u32,
    /// Share of honest nodes preferring each colour (unused colours are 0).
    pub share: [f64; MAX_COLOURS],
    /// Mean Snowflake confidence of honest nodes divided by Beta (0 for Slush).
    pub mean_confidence: f64,
    /// Honest nodes finalised so far.
    pub finalised: u32,
    /// Polls this round that reached AlphaPreference.
    pub successful_polls: u32,
}

/// One node's state, for the inspector.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NodeView {
    pub id: u32,
    pub byzantine: bool,
    /// The colour it answers with (Snowball's strength-based preference).
    pub preference: u8,
    /// The inner Snowflake preference, which drives confidence.
    pub flake_preference: u8,
    pub confidence: u32,
    /// Per-colour count of polls with at least AlphaPreference votes (Snowball).
    pub strength: [u32; MAX_COLOURS],
    /// The round in which it finalised, if it has.
    pub finalised_at: Option<u32>,
    /// Its last poll: each sampled peer and the colour it answered
    /// (`None` when the answer was dropped).
    pub last_sample: Vec<(u32, Option<u8>)>,
}

/// How a run ended, or where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Running,
    /// Every honest node has finalised.
    Finalised,
    /// `max_rounds` passed before every honest node finalised.
    Stalled,
}

/// A running sampling-consensus network.
#[derive(Clone, Debug)]
pub struct ConsensusSim {
    params: Params,
    seed: u64,
    round: u32,
    rng: SimRng,
    byzantine: Vec<bool>,
    /// What each node answers with (for Byzantine nodes: unused).
    pref: Vec<u8>,
    /// Preferences as they stood at the start of the current round.
    prev_pref: Vec<u8>,
    flake_pref: Vec<u8>,
    confidence: Vec<u32>,
    strength: Vec<[u32; MAX_COLOURS]>,
    /// Round of finalisation, 0 while not finalised.
    finalised_at: Vec<u32>,
    last_peer: Vec<u32>,
    last_answer: Vec<u8>,
    /// Floyd-sampling membership marks: `sampled[x] == stamp` while x is in
    /// the current poll's sample.
    sampled: Vec<u32>,
    stamp: u32,
    /// Each node's answer this round (see [`ConsensusSim::step`]).
    answers: Vec<u8>,
    initial_minority: u8,
    honest: u32,
    history: Vec<RoundStats>,
    status: Status,
}

impl ConsensusSim {
    /// Builds the network at round 0. Fails if the parameters break a rule.
    pub fn new(params: Params, seed: u64) -> Result<ConsensusSim, ParamError> {
        ConsensusSim::new_at(params, seed, Scale::Page)
    }

    /// Builds the network at round 0 at a scale: a batch run (the command
    /// line) allows up to [`MAX_BATCH_NODES`] nodes.
    pub fn new_at(params: Params, seed: u64, scale: Scale) -> Result<ConsensusSim, ParamError> {
        params.validate_at(scale)?;
        let n = params.nodes as usize;
        let k = params.k as usize;
        let colours = params.colours as usize;
        let mut rng = seeded(seed);

        // Random placement of roles: a Fisher-Yates shuffle of node ids.
        let mut order: Vec<u32> = (0..params.nodes).collect();
        for i in (1..n).rev() {
            let j = rng.random_range(0..=i as u32) as usize;
            order.swap(i, j);
        }
        let byz = params.byzantine_count() as usize;
        let mut byzantine = vec![false; n];
        for &id in &order[..byz] {
            byzantine[id as usize] = true;
        }
        let honest_ids = &order[byz..];
        let h = honest_ids.len();
        let first = ((params.split * h as f64).round() as usize).min(h);
        let mut pref = vec![0u8; n];
        let mut counts = [0u32; MAX_COLOURS];
        for (rank, &id) in honest_ids.iter().enumerate() {
            let colour = if rank < first { 0 } else { 1 + (rank - first) % (colours - 1) };
            pref[id as usize] = colour as u8;
            counts[colour] += 1;
        }
        // The colour fewest honest nodes start with (ties: the later colour).
        let mut initial_minority = 0u8;
        for c in 0..colours {
            if counts[c] <= counts[initial_minority as usize] {
                initial_minority = c as u8;
            }
        }
        let mut sim = ConsensusSim {
            seed,
            round: 0,
            rng,
            byzantine,
            prev_pref: pref.clone(),
            flake_pref: pref.clone(),
            pref,
            confidence: vec![0; n],
            strength: vec![[0; MAX_COLOURS]; n],
            finalised_at: vec![0; n],
            last_peer: vec![0; n * k],
            last_answer: vec![NO_ANSWER; n * k],
            sampled: vec![0; n],
            stamp: 0,
            answers: vec![0; n],
            initial_minority,
            honest: h as u32,
            history: Vec::new(),
            status: Status::Running,
            params,
        };
        let stats = sim.stats(0);
        sim.history.push(stats);
        Ok(sim)
    }

    pub fn params(&self) -> &Params {
        &self.params
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// Rounds completed so far.
    pub fn round(&self) -> u32 {
        self.round
    }
    pub fn status(&self) -> Status {
        self.status
    }
    pub fn is_done(&self) -> bool {
        self.status != Status::Running
    }
    pub fn honest_count(&self) -> u32 {
        self.honest
    }
    /// Per-round aggregates, from round 0 (the initial state) on.
    pub fn history(&self) -> &[RoundStats] {
        &self.history
    }
    pub fn latest(&self) -> &RoundStats {
        self.history.last().expect("history starts with round 0")
    }
    pub fn is_byzantine(&self, id: usize) -> bool {
        self.byzantine[id]
    }
    /// The colour node `id` answers with.
    pub fn preference(&self, id: usize) -> u8 {
        self.pref[id]
    }
    pub fn confidence(&self, id: usize) -> u32 {
        self.confidence[id]
    }
    pub fn is_finalised(&self, id: usize) -> bool {
        self.finalised_at[id] != 0
    }

    /// Everything about one node, for the inspector.
    pub fn node(&self, id: usize) -> Option<NodeView> {
        if id >= self.pref.len() {
            return None;
        }
        let k = self.params.k as usize;
        let last_sample = if self.round == 0 || self.byzantine[id] {
            Vec::new()
        } else {
            (0..k)
                .map(|s| {
                    let a = self.last_answer[id * k + s];
                    (self.last_peer[id * k + s], (a != NO_ANSWER).then_some(a))
                })
                .collect()
        };
        Some(NodeView {
            id: id as u32,
            byzantine: self.byzantine[id],
            preference: self.pref[id],
            flake_preference: self.flake_pref[id],
            confidence: self.confidence[id],
            strength: self.strength[id],
            finalised_at: (self.finalised_at[id] != 0).then_some(self.finalised_at[id]),
            last_sample,
        })
    }

    /// Colours finalised by at least one honest node, as a bit set.
    pub fn finalised_colours(&self) -> u8 {
        let mut set = 0u8;
        for i in 0..self.pref.len() {
            if !self.byzantine[i] && self.finalised_at[i] != 0 {
                set |= 1 << self.pref[i];
            }
        }
        set
    }

    /// A safety violation: two honest nodes finalised different colours.
    pub fn safety_violated(&self) -> bool {
        self.finalised_colours().count_ones() > 1
    }

    /// The colour every finalised honest node agrees on, if they agree and
    /// at least one has finalised.
    pub fn decided_colour(&self) -> Option<u8> {
        let set = self.finalised_colours();
        (set.count_ones() == 1).then(|| set.trailing_zeros() as u8)
    }

    /// A stable hash of the whole network state (round, every node's
    /// preference, confidence, strength and finalisation).
    pub fn fingerprint(&self) -> u64 {
        let mut f = Fingerprint::default();
        f.add_u32(self.round);
        f.add(&self.pref);
        f.add(&self.flake_pref);
        for i in 0..self.pref.len() {
            f.add_u32(self.confidence[i]);
            f.add_u32(self.finalised_at[i]);
            for s in self.strength[i] {
                f.add_u32(s);
            }
        }
        f.finish()
    }

    /// Runs rounds until every honest node has finalised or `max_rounds`.
    pub fn run_to_end(&mut self) {
        while !self.is_done() {
            self.step();
        }
    }
}
