//! The wasm module of the sampling-consensus page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/consensus`; Trunk builds it
//! from the `page-consensus` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{consensus::ConsensusPage, start, Page};
    use yew::html;
    start(Page::sim("consensus", |key, query| html! { <ConsensusPage key={key} query={query} /> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-consensus is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
