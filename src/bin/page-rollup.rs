//! The wasm module of the optimistic-rollup page: the shell and this one
//! simulation (issue 17: a first visit downloads one page, not all five).
//! The page builds and steps its run at once; its Brotli comes later, as
//! the `chainlab-codec` module the page fetches meanwhile (`src/ui/codec.rs`),
//! and the run waits for it only at a block that needs it. `index.html`'s
//! loader imports this module for `#/rollup`; Trunk builds it from the
//! `page-rollup` link there.

chainlab::page_module!(
    "rollup",
    |key, query| yew::html! { <chainlab::ui::rollup::RollupPage key={key} query={query} /> }
);
