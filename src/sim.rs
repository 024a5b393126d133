//! The simulation core: pure, seeded, stepped models with snapshots that
//! views read. Nothing here may touch the browser (no yew, web-sys,
//! js-sys, gloo or wasm-bindgen): the same code runs natively in tests and
//! the CLI, and in wasm in the app, and gives the same run for the same
//! seed on both.

/// Declares each simulation's module, `pub mod <name>;` (`src/sim/<name>.rs`).
macro_rules! sim_modules {
    ($($name:ident),*) => { $(pub mod $name;)* };
}
// One per simulation, from the registry's list (a new one is named there only).
crate::with_sim_names!(sim_modules);
pub mod replay;
pub mod rng;
pub mod simulation;
pub mod subnet;

use std::fmt;

/// Parameters that break a rule, for models whose rules need no more than
/// a message naming the rule (the swap and the rollup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}
