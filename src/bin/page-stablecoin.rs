//! The wasm module of the algorithmic-stablecoin page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/stablecoin`; Trunk builds it
//! from the `page-stablecoin` link there.

chainlab::page_module!(
    "stablecoin",
    |key, query| yew::html! { <chainlab::ui::stablecoin::StablecoinPage key={key} query={query} /> }
);
