//! The simulation core: pure, seeded, stepped models with snapshots that
//! views read. Nothing here may touch the browser (no yew, web-sys,
//! js-sys, gloo or wasm-bindgen): the same code runs natively in tests and
//! the CLI, and in wasm in the app, and gives the same run for the same
//! seed on both.

pub mod consensus;
pub mod rng;
pub mod rollup;
pub mod subnet;
pub mod swap;
