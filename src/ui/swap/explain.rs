//! The swap page's explanation: what you see, what to try, where real
//! swaps differ, with sources (text in `www/i18n/<lang>/swap.ftl`).

use crate::ui::prose::{self, Block, Section};
use yew::prelude::*;

const LOOK: Section = Section::open("swap-explain-look", &[Block::P("swap-explain-look-intro")]);

/// The protocol's four steps, numbered, and what follows from them.
const LOOK_STEPS: [&str; 4] = ["swap-explain-look-1", "swap-explain-look-2", "swap-explain-look-3", "swap-explain-look-4"];

const TRY: Section = Section::open(
    "swap-explain-try",
    &[Block::List(&[
        "swap-explain-try-1",
        "swap-explain-try-2",
        "swap-explain-try-3",
        "swap-explain-try-4",
        "swap-explain-try-5",
    ])],
);

const DIFFER: Section = Section::closed(
    "swap-explain-differ",
    &[
        Block::List(&["swap-explain-differ-1", "swap-explain-differ-2", "swap-explain-differ-3", "swap-explain-differ-4"]),
        Block::Sources("swap-explain-sources"),
    ],
);

#[function_component(Explain)]
pub fn explain() -> Html {
    let steps = html! {
        <>
            <ol>{ for LOOK_STEPS.iter().map(|k| html! { <li>{ crate::i18n::format(k, &[]) }</li> }) }</ol>
            <p>{ crate::t!("swap-explain-look-end") }</p>
        </>
    };
    prose::explain_with([(&LOOK, steps), (&TRY, Html::default()), (&DIFFER, Html::default())])
}
