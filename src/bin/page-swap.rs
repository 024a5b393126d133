//! The wasm module of the atomic-swap page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/swap`; Trunk builds it
//! from the `page-swap` link there.

chainlab::page_module!("swap", |key, query| yew::html! { <chainlab::ui::swap::SwapPage key={key} query={query} /> });
