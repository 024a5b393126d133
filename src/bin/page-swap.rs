//! The wasm module of the atomic-swap page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/swap`; Trunk builds it
//! from the `page-swap` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{start, swap::SwapPage, Page};
    use yew::html;
    start(Page::sim("swap", |key, query| html! { <SwapPage key={key} query={query} /> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-swap is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
