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
pub mod lang;
mod pacing;
mod palette;
mod panic;
pub mod prose;
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
///
/// `english` is the English catalog of what the module shows (`common` and
/// its page's area, `www/i18n/en/`); the reader's language, if another, is
/// fetched before the first draw (`ui::lang`).
pub fn start(page: Page, english: &[(&str, &str)]) {
    panic::install();
    for (area, text) in english {
        // Built in, and parsed by the native tests (tests/i18n.rs) before any build ships.
        let _ = crate::i18n::add_english(area, text);
    }
    let areas: Vec<&'static str> =
        std::iter::once("common").chain((!page.name.is_empty()).then_some(page.name)).collect();
    let prepare_walk = page.prepare_walk;
    app::set_page(page);
    wasm_bindgen_futures::spawn_local(async move {
        lang::prepare(if areas.len() == 1 { &["common", "home"] } else { &areas }).await;
        if let Some(walk) = prepare_walk {
            walk().await;
        }
        yew::Renderer::<app::App>::new().render();
    });
}
