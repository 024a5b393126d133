//! The consensus page's URL state: seed, every model parameter, the view
//! and the shell's settings.

use super::url_state::{at_u32, url_state};
use super::{Notice, Query, Reader, Writer};
use crate::sim::consensus::{Adversary, Params, Protocol, MAX_COLOURS, MAX_K, MAX_NODES, MIN_NODES};
use crate::sim::simulation::Step;

/// Which picture the consensus page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// One network, every node on a canvas.
    Network,
    /// Slush, Snowflake and Snowball side by side on the same seed.
    Compare,
    /// Many seeded runs: the distribution of rounds to finality.
    Experiment,
    /// Subnets and the Primary Network.
    Subnets,
}

impl View {
    pub const ALL: [View; 4] = [View::Network, View::Compare, View::Experiment, View::Subnets];
    pub fn name(self) -> &'static str {
        match self {
            View::Network => "network",
            View::Compare => "compare",
            View::Experiment => "experiment",
            View::Subnets => "subnets",
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            View::Network => "Network",
            View::Compare => "Compare",
            View::Experiment => "Experiment",
            View::Subnets => "Subnets",
        }
    }
}

/// Rounds per second at speed 1x: the default network (400 nodes) finalises
/// in about 40 rounds, so its story takes about 27 s (issue 16: 20 to 60 s).
pub const ROUNDS_PER_SECOND_AT_1X: f64 = 1.5;
/// Playback speeds the time controls offer, as multiples of
/// [`ROUNDS_PER_SECOND_AT_1X`]; `0.0` stands for "as fast as possible".
pub const SPEEDS: [(&str, f64); 8] =
    [("0.25", 0.25), ("0.5", 0.5), ("1", 1.0), ("2", 2.0), ("4", 4.0), ("8", 8.0), ("16", 16.0), ("max", 0.0)];
pub const DEFAULT_SPEED: &str = "1";
pub const DEFAULT_SEED: u64 = 1;
pub const MAX_RUNS: u32 = 5000;
pub const DEFAULT_RUNS: u32 = 200;
/// Fast-forwarding from a URL stops here, to keep a page load bounded.
pub const MAX_AT: u32 = 100_000;
/// A link's `at` may replay at most this many sampled answers (rounds x
/// nodes x K, three times that in the compare view) on load: about three
/// quarters of a second of wasm on the project's 2-core machine, so that the
/// worst link (`n=20000&view=compare&at=100000`) shows its first picture in
/// under 2 s (at 200,000,000 it took 2.09 s on a production build, issue 18).
pub const MAX_REPLAY_SAMPLES: u64 = 150_000_000;

/// Everything the consensus page keeps in its URL.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsensusState {
    pub seed: u64,
    pub params: Params,
    pub view: View,
    /// Runs in experiment mode.
    pub runs: u32,
    /// One of [`SPEEDS`]' names.
    pub speed: &'static str,
    /// Fast-forward to this round on load (a link to a moment of a run).
    pub at: Option<u32>,
    /// Subnets view: validators in the Primary Network.
    pub subnet_validators: u32,
    /// Subnets view: how many subnets besides the Primary Network.
    pub subnet_count: u32,
    /// Subnets view: validators per subnet.
    pub subnet_size: u32,
    /// Subnets view: the validators an attacker controls (sorted, distinct).
    pub compromised: Vec<u32>,
}

url_state!(ConsensusState, crate::sim::consensus::ConsensusSim, at: at_u32, |a: Option<u32>| a.map(Step::from));

pub const MAX_SUBNET_VALIDATORS: u32 = 120;

impl Default for ConsensusState {
    fn default() -> Self {
        ConsensusState {
            seed: DEFAULT_SEED,
            params: Params::default(),
            view: View::Network,
            runs: DEFAULT_RUNS,
            speed: DEFAULT_SPEED,
            at: None,
            subnet_validators: 40,
            subnet_count: 3,
            subnet_size: 8,
            compromised: Vec::new(),
        }
    }
}

impl ConsensusState {
    /// Reads the state; never fails. Every value not used as given yields a
    /// notice, and cross-parameter rules are checked after the single values.
    pub fn from_query(q: &Query) -> (ConsensusState, Vec<Notice>) {
        let d = ConsensusState::default();
        let dp = &d.params;
        let mut r = Reader::new(q);
        let seed = r.number("seed", d.seed, 0..=u64::MAX);
        let protocol = r.choice("proto", dp.protocol, &Protocol::ALL, Protocol::name);
        let nodes = r.number("n", dp.nodes, MIN_NODES..=MAX_NODES);
        let k = r.number("k", dp.k, 1..=MAX_K);
        let alpha_pref = r.number("ap", dp.alpha_pref, 1..=MAX_NODES);
        let alpha_conf = r.number("ac", dp.alpha_conf, 1..=MAX_NODES);
        let beta = r.number("beta", dp.beta, 1..=10_000);
        let slush_rounds = r.number("m", dp.slush_rounds, 1..=10_000);
        let colours = r.number("colours", dp.colours, 2..=MAX_COLOURS as u32);
        let split = r.number("split", dp.split, 0.0..=1.0);
        let byzantine = r.number("byz", dp.byzantine, 0.0..=0.9);
        let adversary = r.choice("adv", dp.adversary, &Adversary::ALL, Adversary::name);
        let drop = r.number("drop", dp.drop, 0.0..=0.9);
        let max_rounds = r.number("max", dp.max_rounds, 1..=100_000);
        let view = r.choice("view", d.view, &View::ALL, View::name);
        let runs = r.number("runs", d.runs, 1..=MAX_RUNS);
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let at = r.at(MAX_AT);
        let subnet_validators = r.number("sv", d.subnet_validators, 3..=MAX_SUBNET_VALIDATORS);
        let subnet_count = r.number("sn", d.subnet_count, 1..=4);
        let subnet_size = r.number("ss", d.subnet_size, 2..=MAX_SUBNET_VALIDATORS).min(subnet_validators);
        let compromised = r.list("bad", 0..=subnet_validators - 1);
        let mut params = Params {
            protocol,
            nodes,
            k,
            alpha_pref,
            alpha_conf,
            beta,
            slush_rounds,
            colours,
            split,
            byzantine,
            adversary,
            drop,
            max_rounds,
        };
        // Cross-parameter rules: put the parameters a broken rule names back
        // to their defaults, until the whole set is valid.
        for _ in 0..8 {
            let Err(e) = params.validate() else { break };
            let names: Vec<&str> = e.fields.iter().map(|f| url_key(f)).collect();
            let defaults = crate::t!("consensus-notice-defaults", rule = &e.message, params = names.join(", "));
            r.notice(&names.join(", "), defaults);
            for f in e.fields {
                reset_field(&mut params, dp, f);
            }
        }
        if params.validate().is_err() {
            params = dp.clone();
        }
        // Compare view replays three networks.
        let networks = if view == View::Compare { 3 } else { 1 };
        let per_round = u64::from(params.nodes) * u64::from(params.k) * networks;
        let replayable = (MAX_REPLAY_SAMPLES / per_round.max(1)).min(u64::from(MAX_AT)) as u32;
        let at = match at {
            Some(a) if a > replayable => {
                let message = crate::t!(
                    "consensus-notice-at",
                    at = a.to_string(),
                    nodes = params.nodes.to_string(),
                    round = replayable.to_string()
                );
                r.notice("at", message);
                Some(replayable)
            }
            other => other,
        };
        let state = ConsensusState {
            seed,
            params,
            view,
            runs,
            speed,
            at,
            subnet_validators,
            subnet_count,
            subnet_size,
            compromised,
        };
        (state, r.finish())
    }

    /// The query string that reproduces this state.
    pub fn to_query(&self) -> String {
        let p = &self.params;
        let mut w = Writer::new();
        w.put("seed", self.seed)
            .put("proto", p.protocol.name())
            .put("n", p.nodes)
            .put("k", p.k)
            .put("ap", p.alpha_pref)
            .put("ac", p.alpha_conf)
            .put("beta", p.beta)
            .put("m", p.slush_rounds)
            .put("colours", p.colours)
            .put("split", p.split)
            .put("byz", p.byzantine)
            .put("adv", p.adversary.name())
            .put("drop", p.drop)
            .put("max", p.max_rounds)
            .put("view", self.view.name())
            .put("runs", self.runs)
            .put("speed", self.speed);
        w.put("sv", self.subnet_validators).put("sn", self.subnet_count).put("ss", self.subnet_size);
        if !self.compromised.is_empty() {
            let list: Vec<String> = self.compromised.iter().map(|v| v.to_string()).collect();
            w.put("bad", list.join(","));
        }
        if let Some(at) = self.at {
            w.put("at", at);
        }
        w.finish()
    }

    /// Rounds per second at this speed (`None`: as fast as possible).
    pub fn rounds_per_second(&self) -> Option<f64> {
        SPEEDS.iter().find(|s| s.0 == self.speed).map(|s| s.1).filter(|&v| v > 0.0).map(|v| v * ROUNDS_PER_SECOND_AT_1X)
    }
}

/// The URL name of a model parameter.
pub fn url_key(field: &str) -> &'static str {
    match field {
        "nodes" => "n",
        "k" => "k",
        "alpha_pref" => "ap",
        "alpha_conf" => "ac",
        "beta" => "beta",
        "slush_rounds" => "m",
        "colours" => "colours",
        "split" => "split",
        "byzantine" => "byz",
        "drop" => "drop",
        "max_rounds" => "max",
        _ => "parameters",
    }
}

fn reset_field(p: &mut Params, d: &Params, field: &str) {
    match field {
        "nodes" => p.nodes = d.nodes,
        "k" => p.k = d.k,
        "alpha_pref" => p.alpha_pref = d.alpha_pref,
        "alpha_conf" => p.alpha_conf = d.alpha_conf,
        "beta" => p.beta = d.beta,
        "slush_rounds" => p.slush_rounds = d.slush_rounds,
        "colours" => p.colours = d.colours,
        "split" => p.split = d.split,
        "byzantine" => p.byzantine = d.byzantine,
        "drop" => p.drop = d.drop,
        "max_rounds" => p.max_rounds = d.max_rounds,
        _ => *p = d.clone(),
    }
}
