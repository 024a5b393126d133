//! Chain Lab: live, seeded simulations of blockchain infrastructure.
//!
//! - [`sim`]: the simulation core. Pure and deterministic (no browser
//!   APIs); compiled and tested natively, shared by the browser app and
//!   the `chainlab` command-line runner.
//! - [`charts`]: plotters charts over any backend (canvas in the app, SVG
//!   from the CLI).
//! - [`query`]: URL state (the route's query string) parsed into
//!   validated parameters with readable notices. Pure, so it is tested
//!   natively too.
//! - [`registry`]: the one list of simulations (routes, navigation, home
//!   page, playlists, CLI, tests).
//! - [`classroom`]: playlists, tours and the embed API's message schema
//!   (pure; the browser side is `ui::classroom`).
//! - [`json`]: reading the JSON the app is given (the browser's parser in
//!   the browser, serde_json natively).
//! - `ui` (wasm32 only): the Yew front end.

pub mod charts;
pub mod classroom;
pub mod format;
pub mod i18n;
pub mod json;
pub mod keyed_enum;
pub mod query;
pub mod registry;
pub mod sim;

#[cfg(target_arch = "wasm32")]
pub mod ui;
