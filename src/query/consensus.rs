//! The consensus page's URL state: seed, every model parameter, the view
//! and the shell's settings.

use super::url_state::page_state;
use super::{rate, Notice, Query, Reader, Writer, DEFAULT_SEED, DEFAULT_SPEED, SPEEDS};
use crate::sim::consensus::{Adversary, Params, Protocol, MAX_COLOURS, MAX_K, MAX_NODES, MIN_NODES};

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

/// Rounds per second at speed 1x (see [`SPEEDS`]): the default network
/// (400 nodes) finalises in about 40 rounds, so its story takes about 27 s
/// (issue 16: 20 to 60 s).
pub const ROUNDS_PER_SECOND_AT_1X: f64 = 1.5;
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

pub const MAX_SUBNET_VALIDATORS: u32 = 120;

page_state! {
    /// Everything the consensus page keeps in its URL.
    pub struct ConsensusState runs crate::sim::consensus::ConsensusSim {
        pub view: View,
        /// Runs in experiment mode.
        pub runs: u32,
        /// Subnets view: validators in the Primary Network.
        pub subnet_validators: u32,
        /// Subnets view: how many subnets besides the Primary Network.
        pub subnet_count: u32,
        /// Subnets view: validators per subnet.
        pub subnet_size: u32,
        /// Subnets view: the validators an attacker controls (sorted, distinct).
        pub compromised: Vec<u32>,
    }
    at: "Fast-forward to this round on load (a link to a moment of a run).",
    default: ConsensusState {
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
    },
}

impl ConsensusState {
    /// Reads the state; never fails. Every value not used as given yields a
    /// notice, and cross-parameter rules are checked after the single values.
    pub fn from_query(q: &Query) -> (ConsensusState, Vec<Notice>) {
        let (d, mut r, seed) = Reader::start::<ConsensusState>(q);
        let dp = &d.params;
        let mut params = read_params(&mut r, dp);
        let view = r.choice("view", d.view, &View::ALL, View::name);
        let runs = r.number("runs", d.runs, 1..=MAX_RUNS);
        let speed = r.speed(d.speed, SPEEDS.iter().map(|s| s.0));
        let at = r.at(MAX_AT);
        let subnet_validators = r.number("sv", d.subnet_validators, 3..=MAX_SUBNET_VALIDATORS);
        let subnet_count = r.number("sn", d.subnet_count, 1..=4);
        let subnet_size = r.number("ss", d.subnet_size, 2..=MAX_SUBNET_VALIDATORS).min(subnet_validators);
        let compromised = r.list("bad", 0..=subnet_validators - 1);
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
        let mut w = Writer::new();
        w.put("seed", self.seed);
        put_params(&mut w, &self.params);
        w.put("view", self.view.name()).put("runs", self.runs).put("speed", self.speed);
        w.put("sv", self.subnet_validators).put("sn", self.subnet_count).put("ss", self.subnet_size);
        if !self.compromised.is_empty() {
            let list: Vec<String> = self.compromised.iter().map(|v| v.to_string()).collect();
            w.put("bad", list.join(","));
        }
        w.put_some("at", self.at);
        w.finish()
    }

    /// Rounds per second at this speed (`None`: as fast as possible).
    pub fn rounds_per_second(&self) -> Option<f64> {
        rate(self.speed, ROUNDS_PER_SECOND_AT_1X)
    }
}

/// The model's parameters in a link, in the order it lists them: field,
/// key, and how the value is read: a `number` in a range, or a `choice` of
/// a type's values by name. Declares reading, writing, the key that names
/// a field in a notice and putting a field back to its default, all from
/// this one list.
macro_rules! url_params {
    ($($field:ident: $key:literal $how:ident($($arg:expr),+),)+) => {
        /// The parameters as a link gives them (`d`: the defaults), read in the order it lists them.
        fn read_params(r: &mut Reader, d: &Params) -> Params {
            Params { $($field: url_params!(@read $how r, $key, d.$field, $($arg),+),)+ }
        }

        fn put_params(w: &mut Writer, p: &Params) {
            $(url_params!(@put $how w, $key, p.$field, $($arg),+);)+
        }

        /// The URL name of a model parameter.
        pub fn url_key(field: &str) -> &'static str {
            match field {
                $(stringify!($field) => $key,)+
                _ => "parameters",
            }
        }

        fn reset_field(p: &mut Params, d: &Params, field: &str) {
            match field {
                $(stringify!($field) => p.$field = d.$field,)+
                _ => *p = d.clone(),
            }
        }
    };
    (@read number $r:ident, $key:literal, $default:expr, $range:expr) => {
        $r.number($key, $default, $range)
    };
    (@read choice $r:ident, $key:literal, $default:expr, $all:expr, $name:expr) => {
        $r.choice($key, $default, &$all, $name)
    };
    (@put number $w:ident, $key:literal, $value:expr, $range:expr) => {
        $w.put($key, $value)
    };
    (@put choice $w:ident, $key:literal, $value:expr, $all:expr, $name:expr) => {
        $w.put($key, $name($value))
    };
}

url_params! {
    protocol: "proto" choice(Protocol::ALL, Protocol::name),
    nodes: "n" number(MIN_NODES..=MAX_NODES),
    k: "k" number(1..=MAX_K),
    alpha_pref: "ap" number(1..=MAX_NODES),
    alpha_conf: "ac" number(1..=MAX_NODES),
    beta: "beta" number(1..=10_000),
    slush_rounds: "m" number(1..=10_000),
    colours: "colours" number(2..=MAX_COLOURS as u32),
    split: "split" number(0.0..=1.0),
    byzantine: "byz" number(0.0..=0.9),
    adversary: "adv" choice(Adversary::ALL, Adversary::name),
    drop: "drop" number(0.0..=0.9),
    max_rounds: "max" number(1..=100_000),
}
