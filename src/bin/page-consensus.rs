//! The wasm module of the sampling-consensus page: the shell and
//! this one simulation (issue 17: a first visit downloads one page, not all
//! five). `index.html`'s loader imports it for `#/consensus`; Trunk builds it
//! from the `page-consensus` link there.

chainlab::page_module!(
    "consensus",
    |key, query| yew::html! { <chainlab::ui::consensus::ConsensusPage key={key} query={query} /> }
);
