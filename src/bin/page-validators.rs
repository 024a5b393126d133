//! The wasm module of the proof-of-stake validators page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/validators`; Trunk builds it
//! from the `page-validators` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{start, validators::ValidatorsPage, Page};
    use yew::html;
    start(Page::sim("validators", |key, query| html! { <ValidatorsPage key={key} query={query} /> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-validators is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
