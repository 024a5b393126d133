//! The browser front end: Yew function components over the simulation
//! core. One shared shell (time controls, URL state, keyboard, notices,
//! help, error panel) and one view module per simulation.

mod app;
// Benchmarks for benches/browser.mjs: only in builds with the bench-exports feature.
#[cfg(feature = "bench-exports")]
mod bench;
mod canvas;
mod chart;
mod chart_backend;
mod classroom;
mod codec;
mod consensus;
mod control;
mod export;
mod home;
mod pacing;
mod palette;
mod panic;
mod rollup;
mod runner;
mod shell;
mod stablecoin;
pub(crate) mod swap;
mod validators;

/// Entry point of the browser app.
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}
