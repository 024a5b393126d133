//! The rollup page's explanation: what you see, what to try, where
//! the model differs from Arbitrum today, with sources (the text is in
//! `www/i18n/<lang>/rollup.ftl`).

use crate::ui::prose::{explain, Block, Section};
use yew::prelude::*;

const SECTIONS: &[Section] = &[
    Section::open(
        "rollup-explain-look-title",
        &[
            Block::P("rollup-explain-look-1"),
            Block::P("rollup-explain-look-2"),
            Block::P("rollup-explain-look-3"),
            Block::P("rollup-explain-look-4"),
        ],
    ),
    Section::open(
        "rollup-explain-try-title",
        &[Block::List(&[
            "rollup-explain-try-1",
            "rollup-explain-try-2",
            "rollup-explain-try-3",
            "rollup-explain-try-4",
            "rollup-explain-try-5",
        ])],
    ),
    Section::closed(
        "rollup-explain-model-title",
        &[
            Block::List(&[
                "rollup-explain-model-1",
                "rollup-explain-model-2",
                "rollup-explain-model-3",
                "rollup-explain-model-4",
                "rollup-explain-model-5",
                "rollup-explain-model-6",
            ]),
            Block::Sources("rollup-explain-sources"),
        ],
    ),
];

#[function_component(Explain)]
pub fn rollup_explain() -> Html {
    explain(SECTIONS)
}
