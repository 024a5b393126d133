//! The browser front end: Yew function components over the simulation
//! core. One shared shell (time controls, URL state, keyboard, notices,
//! help, error panel) and one view module per simulation.

mod app;
mod bench;
mod canvas;
mod chart;
mod chart_backend;
mod classroom;
mod codec;
mod control;
mod export;
mod consensus;
mod home;
mod palette;
mod panic;
mod rollup;
mod shell;
mod stablecoin;
pub(crate) mod swap;
mod validators;

/// Entry point of the browser app.
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}
