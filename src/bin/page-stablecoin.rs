//! The wasm module of the algorithmic-stablecoin page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/stablecoin`; Trunk builds it
//! from the `page-stablecoin` link there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use chainlab::ui::{stablecoin::StablecoinPage, start, Page};
    use yew::html;
    start(Page::sim("stablecoin", |key, query| html! { <StablecoinPage key={key} query={query} /> }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page-stablecoin is one of the browser app's modules: build it with Trunk (see README.md).");
    std::process::exit(2);
}
