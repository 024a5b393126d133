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
pub mod codec;
mod control;
/// Declares each simulation's page, `pub mod <name>;` (`src/ui/<name>.rs`).
macro_rules! page_modules {
    ($($name:ident),*) => { $(pub mod $name;)* };
}
// One per simulation, from the registry's list.
crate::with_sim_names!(page_modules);
mod export;
mod home;
mod pacing;
mod palette;
mod panic;
mod runner;
mod shell;
mod workers;

pub use app::Page;

/// Entry point of one of the app's wasm modules (issue 17: one module per
/// page). `index.html`'s loader picks the module from the route: the home
/// module (`chainlab-web`, [`Page::HOME`]) draws the home page and the
/// not-found page; each simulation's module (`src/bin/page-<name>.rs`)
/// carries the shell and that one page, so a first visit downloads one
/// simulation, not five. A route the module does not carry reloads the
/// document, and the loader fetches the module that does.
pub fn start(page: Page) {
    panic::install();
    app::set_page(page);
    yew::Renderer::<app::App>::new().render();
}
