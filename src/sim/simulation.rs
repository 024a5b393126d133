//! The one interface every model offers ([`Simulation`]): the page
//! shell, the replay with checkpoints ([`super::replay`]), the registry
//! of simulations (`crate::registry`) and the command line drive a model
//! through it and nothing else.
//!
//! A run is `(params, seed)`: the same pair gives the same run, step for
//! step and fingerprint for fingerprint, natively and in wasm. Time is
//! counted in steps of one kind per model ([`Simulation::unit`]: a
//! consensus round, a swap step, an L1 block, a stablecoin step, an
//! epoch), all read through one type, [`Step`].

use std::fmt::Display;

/// A step count: how far a run has gone, in the model's own unit.
pub type Step = u64;

/// A file of a run's data (CSV, JSON or text), as the page's export menu
/// and the command line hand it out.
#[derive(Clone, Debug, PartialEq)]
pub struct DataFile {
    /// File name, e.g. `history.csv`.
    pub name: String,
    pub mime: &'static str,
    pub body: String,
}

impl DataFile {
    pub fn new(name: &str, mime: &'static str, body: String) -> DataFile {
        DataFile { name: name.into(), mime, body }
    }
    pub fn csv(name: &str, body: String) -> DataFile {
        DataFile::new(name, "text/csv", body)
    }
    pub fn text(name: &str, body: String) -> DataFile {
        DataFile::new(name, "text/plain", body)
    }
    /// A JSON file of `value`, pretty-printed; an error when it cannot be
    /// written (never an empty file).
    pub fn json_pretty<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<DataFile, String> {
        serde_json::to_string_pretty(value)
            .map(|body| DataFile::new(name, "application/json", body))
            .map_err(|e| format!("{name}: {e}"))
    }
    /// A JSON file of `value` on one line.
    pub fn json_compact<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<DataFile, String> {
        serde_json::to_string(value)
            .map(|body| DataFile::new(name, "application/json", body))
            .map_err(|e| format!("{name}: {e}"))
    }
}

/// Text of lines, each ending in a newline (a log's lines, a CSV file's
/// header and rows).
pub fn lines<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for l in lines {
        out.push_str(l.as_ref());
        out.push('\n');
    }
    out
}

/// One CSV field, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A seeded, stepped model.
///
/// Implementations delegate to the model's own methods (`ConsensusSim::step`
/// and so on): the trait adds no behaviour, so every fingerprint is the
/// model's own.
pub trait Simulation: Clone + Sized + 'static {
    /// Everything that determines a run, with the seed.
    type Params: Clone + PartialEq + Default + std::fmt::Debug;
    /// Why parameters were refused.
    type Error: Display + std::fmt::Debug;
    /// The page's URL state for this model (parameters, seed, speed, `at`).
    type Url: crate::query::url_state::UrlState<Sim = Self>;

    /// A run of `params` from `seed`, or why the parameters break a rule.
    fn new(params: Self::Params, seed: u64) -> Result<Self, Self::Error>;
    fn params(&self) -> &Self::Params;
    fn seed(&self) -> u64;
    /// Steps taken so far (0 at the start).
    fn step_count(&self) -> Step;
    /// What one step is called ("round", "block", "epoch"...).
    fn unit(&self) -> &'static str;
    /// The run has ended: [`Simulation::step`] does nothing more.
    fn is_done(&self) -> bool;
    /// One step (nothing once the run has ended, or while it waits).
    fn step(&mut self);
    /// The next step waits for something from outside the model (the
    /// rollup's Brotli codec, still loading in the browser):
    /// [`Simulation::step`] does nothing until it is there. Loops that step
    /// stop here as at the end of the run.
    fn waiting(&self) -> bool {
        false
    }
    /// A stable hash of the whole state: equal runs, equal fingerprints.
    fn fingerprint(&self) -> u64;
    /// One sentence on where the run stands, with numbers, for a screen
    /// reader and an embedding page.
    fn narration(&self) -> String;
    /// Where the run stands, as labelled values.
    fn report(&self) -> Vec<(&'static str, String)>;
    /// The run's data so far (CSV, JSON, the event log).
    fn data(&self) -> Result<Vec<DataFile>, String>;
    /// Bytes a copy of the run takes, roughly (for the replay's memory budget).
    fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
    }

    /// The run `(params, seed)`; parameters that break a rule give the run
    /// of `fallback` (a page's default parameters) with the reason, so a
    /// page always has a run to show and can say what it fell back from.
    fn start_or(params: &Self::Params, seed: u64, fallback: &Self::Params) -> (Self, Option<Fallback>) {
        match Self::new(params.clone(), seed) {
            Ok(s) => (s, None),
            Err(e) => {
                let s = Self::new(fallback.clone(), seed).unwrap_or_else(|e| {
                    panic!("the fallback parameters of {} are refused: {e}", std::any::type_name::<Self>())
                });
                (s, Some(Fallback { reason: e.to_string() }))
            }
        }
    }
    /// [`Simulation::start_or`] with the model's default parameters.
    fn start(params: &Self::Params, seed: u64) -> (Self, Option<Fallback>) {
        Self::start_or(params, seed, &Self::Params::default())
    }
    /// Steps on to step `n` (or the end of the run, or a step that waits).
    fn step_to(&mut self, n: Step) {
        while self.step_count() < n && !self.is_done() && !self.waiting() {
            self.step();
        }
    }
    /// Parameters and seed from a URL query (`seed=7&n=400…`), with a
    /// notice for every value that had to be replaced.
    fn from_query(query: &str) -> (Self::Params, u64, Vec<crate::query::Notice>) {
        use crate::query::url_state::UrlState;
        let (state, notices) = Self::Url::from_query(&crate::query::Query::parse(query));
        (state.params().clone(), state.seed(), notices)
    }
    /// The URL query of this run at the step it stands on (the page's
    /// other settings at their defaults).
    fn to_query(&self) -> String {
        use crate::query::url_state::UrlState;
        let mut state = Self::Url::default();
        state.set_params(self.params().clone());
        state.set_seed(self.seed());
        state.query_at(self.step_count())
    }
    /// `self` and `other` are the same run (parameters and seed).
    fn same_run(&self, other: &Self) -> bool {
        self.seed() == other.seed() && self.params() == other.params()
    }
}

/// The part of a [`Simulation`] impl that every model writes alike: the
/// associated types, `new`, `params`, `seed`, `is_done`, `step` and
/// `fingerprint` handed to the model's own methods of those names, and
/// `step_count` (the model's counter `steps`), `unit` and `narration` (each
/// a function of the run).
macro_rules! delegate_to_model {
    ($sim:ty, params: $params:ty, error: $error:ty, url: $url:ty,
     steps: $steps:ident, unit: $unit:expr, narration: $narration:expr) => {
        fn step_count(&self) -> $crate::sim::simulation::Step {
            $crate::sim::simulation::Step::from(<$sim>::$steps(self))
        }
        fn unit(&self) -> &'static str {
            let unit: fn(&$sim) -> &'static str = $unit;
            unit(self)
        }
        fn narration(&self) -> String {
            let narration: fn(&$sim) -> String = $narration;
            narration(self)
        }
        type Params = $params;
        type Error = $error;
        type Url = $url;
        fn new(params: $params, seed: u64) -> Result<Self, $error> {
            <$sim>::new(params, seed)
        }
        fn params(&self) -> &$params {
            <$sim>::params(self)
        }
        fn seed(&self) -> u64 {
            <$sim>::seed(self)
        }
        fn is_done(&self) -> bool {
            <$sim>::is_done(self)
        }
        fn step(&mut self) {
            <$sim>::step(self)
        }
        fn fingerprint(&self) -> u64 {
            <$sim>::fingerprint(self)
        }
    };
}
pub(crate) use delegate_to_model;

/// What [`Simulation::start`] fell back from.
#[derive(Clone, Debug, PartialEq)]
pub struct Fallback {
    /// Why the parameters were refused (the rule they break).
    pub reason: String,
}

impl Fallback {
    /// What the page's error line says.
    pub fn message(&self) -> String {
        format!("These parameters were refused ({}); the default parameters are shown instead.", self.reason)
    }
}
