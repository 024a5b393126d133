//! Each page's URL state through one interface ([`UrlState`]): what
//! reproduces a run (parameters and seed), how fast it plays and the step
//! a link opens at, read from and written to the query string. The
//! [`Simulation`] trait names its model's URL state, so the shell, the
//! registry and the tests read and write any simulation's URL alike.

//!
//! Each page's state is declared with [`page_state!`] (the struct, its
//! `Default` and this interface; the rollup's, whose `at` is an L1 block
//! number, implements it with one [`url_state!`] line) beside its own query
//! code (`query/<name>.rs`): this file lists no simulation.

use super::{Notice, Query};
use crate::sim::simulation::{Simulation, Step};

/// A page's state as its URL holds it.
pub trait UrlState: Clone + PartialEq + Default + 'static {
    /// The model the state runs.
    type Sim: Simulation;
    /// Reads a query; every value that had to be replaced gives a notice.
    fn from_query(q: &Query) -> (Self, Vec<Notice>);
    /// The query that gives this state back.
    fn to_query(&self) -> String;
    /// The run's parameters.
    fn params(&self) -> &<Self::Sim as Simulation>::Params;
    fn set_params(&mut self, params: <Self::Sim as Simulation>::Params);
    fn seed(&self) -> u64;
    fn set_seed(&mut self, seed: u64);
    /// The speed's name (one of the page's speeds).
    fn speed(&self) -> &'static str;
    fn set_speed(&mut self, speed: &'static str);
    /// The step a link opens at (`at=`).
    fn at(&self) -> Option<Step>;
    fn set_at(&mut self, at: Option<Step>);

    /// The query without `at`: what reproduces the run.
    fn run_query(&self) -> String {
        let mut s = self.clone();
        s.set_at(None);
        s.to_query()
    }
    /// The query of this run at step `n` (`at` only past 0).
    fn query_at(&self, n: Step) -> String {
        let mut s = self.clone();
        s.set_at((n > 0).then_some(n));
        s.to_query()
    }
}

/// `at` as the page keeps it (a u32 step count), bounded.
pub fn at_u32(at: Option<Step>) -> Option<u32> {
    at.map(|a| u32::try_from(a).unwrap_or(u32::MAX))
}

/// Implements [`UrlState`] for a page's state (fields `params`, `seed`,
/// `speed`, `at`) running `$sim`: `at: into, out` convert the step a link
/// opens at to and from the state's own `at` (see [`at_u32`]). Invoked in
/// the page's `query/<name>.rs`.
macro_rules! url_state {
    ($state:ty, $sim:ty, at: $at_in:expr, $at_out:expr) => {
        impl $crate::query::url_state::UrlState for $state {
            type Sim = $sim;
            fn from_query(q: &$crate::query::Query) -> (Self, Vec<$crate::query::Notice>) {
                <$state>::from_query(q)
            }
            fn to_query(&self) -> String {
                <$state>::to_query(self)
            }
            fn params(&self) -> &<$sim as $crate::sim::simulation::Simulation>::Params {
                &self.params
            }
            fn set_params(&mut self, params: <$sim as $crate::sim::simulation::Simulation>::Params) {
                self.params = params;
            }
            fn seed(&self) -> u64 {
                self.seed
            }
            fn set_seed(&mut self, seed: u64) {
                self.seed = seed;
            }
            fn speed(&self) -> &'static str {
                self.speed
            }
            fn set_speed(&mut self, speed: &'static str) {
                self.speed = speed;
            }
            fn at(&self) -> Option<$crate::sim::simulation::Step> {
                #[allow(clippy::redundant_closure_call)]
                ($at_out)(self.at)
            }
            fn set_at(&mut self, at: Option<$crate::sim::simulation::Step>) {
                #[allow(clippy::redundant_closure_call)]
                {
                    self.at = ($at_in)(at);
                }
            }
        }
    };
}
pub(crate) use url_state;

/// Declares a page's URL state whose `at` is a step count below 2^32: the
/// struct, with the fields every page keeps (`seed`, the page's own fields
/// given here, `params` of `$sim`, `speed` and `at`, documented by
/// `$at_doc`), its `Default` and its [`UrlState`]. Invoked in the page's
/// `query/<name>.rs`, beside its `from_query` and `to_query`.
macro_rules! page_state {
    (
        $(#[$meta:meta])*
        pub struct $state:ident runs $sim:ty {
            $( $(#[$fmeta:meta])* pub $field:ident: $fty:ty, )*
        }
        at: $at_doc:literal,
        default: $default:expr $(,)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $state {
            pub seed: u64,
            $( $(#[$fmeta])* pub $field: $fty, )*
            pub params: <$sim as $crate::sim::simulation::Simulation>::Params,
            /// One of the page's speeds, by name.
            pub speed: &'static str,
            #[doc = $at_doc]
            pub at: Option<u32>,
        }

        impl Default for $state {
            fn default() -> Self {
                $default
            }
        }

        $crate::query::url_state::url_state!(
            $state,
            $sim,
            at: $crate::query::url_state::at_u32,
            |a: Option<u32>| a.map($crate::sim::simulation::Step::from)
        );
    };
}
pub(crate) use page_state;
