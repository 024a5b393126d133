//! The wasm module of the optimistic-rollup page: the shell and this one
//! simulation (its Brotli comes later still, as the `chainlab-codec` module:
//! `src/ui/codec.rs`) (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/rollup`; Trunk builds it
//! from the `page-rollup` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{codec::CodecGate, rollup::RollupPage, start, Page};
    use yew::html;
    start(Page::sim("rollup", |key, query| html! { <CodecGate><RollupPage key={key} query={query} /></CodecGate> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-rollup is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
