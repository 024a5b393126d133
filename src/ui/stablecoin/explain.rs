//! The stablecoin page's explanation, from the catalog (`stablecoin-explain-*`):
//! what you see, what to try (each number of the English asserted by
//! `tests/stablecoin.rs`, `what_to_try_says_what_the_model_does`),
//! the May 2022 history and where the model parts from it, the modelling
//! choices with their sources, the simplifications.

use crate::ui::prose::{self, Block, Section};
use yew::prelude::*;

const SECTIONS: &[Section] = &[
    Section {
        id: None,
        open: true,
        title: "stablecoin-explain-look-title",
        blocks: &[Block::P("stablecoin-explain-look-p1"), Block::List(&["stablecoin-explain-look-1", "stablecoin-explain-look-2", "stablecoin-explain-look-3", "stablecoin-explain-look-4"]), Block::P("stablecoin-explain-look-p2")],
    },
    Section {
        id: None,
        open: true,
        title: "stablecoin-explain-try-title",
        blocks: &[Block::List(&["stablecoin-explain-try-1", "stablecoin-explain-try-2", "stablecoin-explain-try-3", "stablecoin-explain-try-4", "stablecoin-explain-try-5", "stablecoin-explain-try-6", "stablecoin-explain-try-7"])],
    },
    Section {
        id: Some("history-note"),
        open: true,
        title: "stablecoin-explain-history-title",
        blocks: &[Block::P("stablecoin-explain-history-p1"), Block::List(&["stablecoin-explain-history-1", "stablecoin-explain-history-2", "stablecoin-explain-history-3", "stablecoin-explain-history-4"])],
    },
    Section {
        id: None,
        open: false,
        title: "stablecoin-explain-choices-title",
        blocks: &[Block::List(&["stablecoin-explain-choices-1", "stablecoin-explain-choices-2", "stablecoin-explain-choices-3", "stablecoin-explain-choices-4", "stablecoin-explain-choices-5", "stablecoin-explain-choices-6", "stablecoin-explain-choices-7"])],
    },
    Section {
        id: None,
        open: false,
        title: "stablecoin-explain-differs-title",
        blocks: &[Block::List(&["stablecoin-explain-differs-1", "stablecoin-explain-differs-2", "stablecoin-explain-differs-3"]), Block::Sources("stablecoin-explain-sources")],
    },
];

#[function_component(Explain)]
pub fn explain() -> Html {
    prose::explain(SECTIONS)
}
