//! Parameters of the sampling-consensus model and their validation.
//!
//! The four protocol parameters and their rules are avalanchego's
//! (`snow/consensus/snowball/parameters.go`): `K`, `AlphaPreference`,
//! `AlphaConfidence`, `Beta`, valid only when
//! `0 < K`, `K/2 < AlphaPreference <= AlphaConfidence <= K` and `0 < Beta`.
//! Invalid combinations are rejected with a message naming the rule; they
//! are never clamped silently.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Most colours (choices) the model supports. avalanchego's n-ary
/// instances take any number; four is plenty to see on a canvas.
pub const MAX_COLOURS: usize = 4;
/// Fewest and most nodes on the page (what a canvas can show and a phone
/// can step at a few rounds a second).
pub const MIN_NODES: u32 = 2;
pub const MAX_NODES: u32 = 20_000;
/// Most nodes in a batch run (the command line): memory allows far more
/// than a page shows. A round costs about 5 ns per sampled peer, so a
/// million nodes at K = 20 take ~0.1 s a round.
pub const MAX_BATCH_NODES: u32 = 2_000_000;
/// Most sampled peers a batch run keeps (nodes x K): each node keeps its
/// last sample for the inspector, 5 bytes a peer, so this is ~250 MB.
pub const MAX_BATCH_SAMPLES: u64 = 50_000_000;

/// Where a run is made: on a page, or in a batch (the command line), which
/// allows networks up to [`MAX_BATCH_NODES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Page,
    Batch,
}
/// Largest sample size. avalanchego's default is 20; every node keeps its
/// last sample of K peers for the inspector, so K bounds memory (n x K).
pub const MAX_K: u32 = 200;

/// Which member of the Snow family each honest node runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// Adopt any colour that gets at least AlphaPreference votes; stop after
    /// a fixed number of rounds (the paper's `m`). No confidence counter.
    Slush,
    /// Slush plus a confidence counter: Beta consecutive polls of at least
    /// AlphaConfidence for the same colour finalise it.
    Snowflake,
    /// Snowflake plus per-colour strength: the preference follows the colour
    /// with the most successful polls over all time.
    Snowball,
}

impl Protocol {
    pub const ALL: [Protocol; 3] = [Protocol::Slush, Protocol::Snowflake, Protocol::Snowball];
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Slush => "slush",
            Protocol::Snowflake => "snowflake",
            Protocol::Snowball => "snowball",
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            Protocol::Slush => "Slush",
            Protocol::Snowflake => "Snowflake",
            Protocol::Snowball => "Snowball",
        }
    }
    pub fn parse(s: &str) -> Option<Protocol> {
        Protocol::ALL.into_iter().find(|p| p.name() == s)
    }
}

/// How Byzantine nodes answer a query. They never run the protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Adversary {
    /// Always answer the colour that was the minority among honest nodes at
    /// the start (backing the losing side, as a double-spender would).
    Minority,
    /// Answer whichever colour is currently behind among honest nodes,
    /// re-evaluated every round, to keep the network balanced and stall it.
    Balance,
    /// Answer each querier with a colour other than its own preference, to
    /// break its run of successful polls.
    Contrarian,
}

impl Adversary {
    pub const ALL: [Adversary; 3] = [Adversary::Minority, Adversary::Balance, Adversary::Contrarian];
    pub fn name(self) -> &'static str {
        match self {
            Adversary::Minority => "minority",
            Adversary::Balance => "balance",
            Adversary::Contrarian => "contrarian",
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            Adversary::Minority => "always answer the initial minority colour",
            Adversary::Balance => "answer whichever colour is behind, to keep the network split",
            Adversary::Contrarian => "answer each querier the opposite of its own preference",
        }
    }
    pub fn parse(s: &str) -> Option<Adversary> {
        Adversary::ALL.into_iter().find(|a| a.name() == s)
    }
}

/// Everything that determines a run, together with the seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Params {
    pub protocol: Protocol,
    /// Number of nodes, honest and Byzantine.
    pub nodes: u32,
    /// `K`: peers sampled per poll, without replacement, never the node itself.
    pub k: u32,
    /// `AlphaPreference`: votes needed to change preference.
    pub alpha_pref: u32,
    /// `AlphaConfidence`: votes needed to count toward confidence.
    pub alpha_conf: u32,
    /// `Beta`: consecutive confident polls needed to finalise.
    pub beta: u32,
    /// Slush only: the fixed number of rounds after which it accepts (`m`).
    pub slush_rounds: u32,
    /// Number of colours, 2 to [`MAX_COLOURS`].
    pub colours: u32,
    /// Share of honest nodes that start preferring colour 0; the rest are
    /// spread evenly over the other colours.
    pub split: f64,
    /// Fraction of all nodes that are Byzantine, in `[0, 1)`.
    pub byzantine: f64,
    pub adversary: Adversary,
    /// Probability that any one answer is lost (the poll counts it as no vote).
    pub drop: f64,
    /// A run stops here if not every honest node has finalised.
    pub max_rounds: u32,
}

impl Default for Params {
    /// avalanchego's defaults (K=20, AlphaPreference=15, AlphaConfidence=15,
    /// Beta=20) on 400 nodes split 50/50.
    fn default() -> Self {
        Params {
            protocol: Protocol::Snowball,
            nodes: 400,
            k: 20,
            alpha_pref: 15,
            alpha_conf: 15,
            beta: 20,
            slush_rounds: 30,
            colours: 2,
            split: 0.5,
            byzantine: 0.0,
            adversary: Adversary::Balance,
            drop: 0.0,
            max_rounds: 1000,
        }
    }
}

/// Why a set of parameters is invalid; the message names the rule broken.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamError {
    /// The parameter(s) at fault, by their short names (`k`, `alpha_pref`, …).
    pub fields: &'static [&'static str],
    pub message: String,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParamError {}

fn err(fields: &'static [&'static str], message: String) -> Result<(), ParamError> {
    Err(ParamError { fields, message })
}

impl Params {
    /// Number of Byzantine nodes: `round(byzantine * nodes)`.
    pub fn byzantine_count(&self) -> u32 {
        ((self.byzantine * f64::from(self.nodes)).round() as u32).min(self.nodes)
    }

    /// Checks every rule for a page run; the first one broken is reported.
    pub fn validate(&self) -> Result<(), ParamError> {
        self.validate_at(Scale::Page)
    }

    /// Checks every rule at a scale; the first one broken is reported.
    pub fn validate_at(&self, scale: Scale) -> Result<(), ParamError> {
        let (k, ap, ac, b) = (self.k, self.alpha_pref, self.alpha_conf, self.beta);
        let max_nodes = match scale {
            Scale::Page => MAX_NODES,
            Scale::Batch => MAX_BATCH_NODES,
        };
        if !(MIN_NODES..=max_nodes).contains(&self.nodes) {
            return err(&["nodes"], crate::t!("consensus-rule-nodes", nodes = self.nodes.to_string(), min = MIN_NODES.to_string(), max = max_nodes.to_string()));
        }
        if scale == Scale::Batch && u64::from(self.nodes) * u64::from(k) > MAX_BATCH_SAMPLES {
            return err(
                &["nodes", "k"],
                crate::t!(
                    "consensus-rule-batch-samples",
                    nodes = self.nodes.to_string(),
                    k = k.to_string(),
                    max = MAX_BATCH_SAMPLES.to_string()
                ),
            );
        }
        if k == 0 {
            return err(&["k"], crate::t!("consensus-rule-k-positive", k = k.to_string()));
        }
        if k > MAX_K {
            return err(&["k"], crate::t!("consensus-rule-k-max", k = k.to_string(), max = MAX_K.to_string()));
        }
        if k > self.nodes - 1 {
            return err(
                &["k", "nodes"],
                crate::t!("consensus-rule-k-nodes", k = k.to_string(), nodes = self.nodes.to_string()),
            );
        }
        if ap <= k / 2 {
            return err(
                &["alpha_pref", "k"],
                crate::t!("consensus-rule-alpha-pref", k = k.to_string(), ap = ap.to_string()),
            );
        }
        if ac < ap {
            return err(
                &["alpha_conf", "alpha_pref"],
                crate::t!("consensus-rule-alpha-order", ap = ap.to_string(), ac = ac.to_string()),
            );
        }
        if ac > k {
            return err(
                &["alpha_conf", "k"],
                crate::t!("consensus-rule-alpha-conf", k = k.to_string(), ac = ac.to_string()),
            );
        }
        if b == 0 {
            return err(&["beta"], crate::t!("consensus-rule-beta", beta = b.to_string()));
        }
        if self.slush_rounds == 0 {
            return err(&["slush_rounds"], crate::t!("consensus-rule-m"));
        }
        if !(2..=MAX_COLOURS as u32).contains(&self.colours) {
            return err(&["colours"], crate::t!("consensus-rule-colours", colours = self.colours.to_string(), max = MAX_COLOURS.to_string()));
        }
        if !(0.0..=1.0).contains(&self.split) {
            return err(&["split"], crate::t!("consensus-rule-split", split = self.split.to_string()));
        }
        if !(0.0..1.0).contains(&self.byzantine) {
            return err(
                &["byzantine"],
                crate::t!("consensus-rule-byzantine", byzantine = self.byzantine.to_string()),
            );
        }
        if self.byzantine_count() >= self.nodes {
            return err(&["byzantine"], crate::t!("consensus-rule-no-honest"));
        }
        if !(0.0..1.0).contains(&self.drop) {
            return err(&["drop"], crate::t!("consensus-rule-drop", drop = self.drop.to_string()));
        }
        if self.max_rounds == 0 {
            return err(&["max_rounds"], crate::t!("consensus-rule-max-rounds"));
        }
        Ok(())
    }
}
