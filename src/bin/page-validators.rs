//! The wasm module of the proof-of-stake validators page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/validators`; Trunk builds it
//! from the `page-validators` link there.

chainlab::page_module!(
    "validators",
    |key, query| yew::html! { <chainlab::ui::validators::ValidatorsPage key={key} query={query} /> }
);
