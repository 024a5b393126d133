//! The wasm module of the optimistic-rollup page: the shell and this one
//! simulation (issue 17: a first visit downloads one page, not all five).
//! The page builds and steps its run at once; its Brotli comes later, as
//! the `chainlab-codec` module the page fetches meanwhile (`src/ui/codec.rs`),
//! and the run waits for it only at a block that needs it. `index.html`'s
//! loader imports this module for `#/rollup`; Trunk builds it from the
//! `page-rollup` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{rollup::RollupPage, start, Page};
    use yew::html;
    start(Page::sim("rollup", |key, query| html! { <RollupPage key={key} query={query} /> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-rollup is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
