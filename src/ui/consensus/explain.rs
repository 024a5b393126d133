//! The explanation panel: what you are looking at, what to try, and where
//! the real protocol differs from the model, with sources (text from the
//! catalog, `www/i18n/<lang>/consensus.ftl`).

use crate::query::consensus::View;
use crate::ui::prose::{self, Block, Section};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub view: View,
}

const LOOKING: &str = "consensus-explain-looking";
const TRY: &str = "consensus-explain-try";

const DIFFERS: Section = Section::closed(
    "consensus-explain-differs",
    &[
        Block::List(&[
            "consensus-differs-synchronous",
            "consensus-differs-uniform",
            "consensus-differs-snowman",
            "consensus-differs-adversary",
            "consensus-differs-acp77",
        ]),
        Block::Sources("consensus-explain-sources"),
    ],
);

/// The three protocols' rules, each led by its name in bold.
fn protocol_rules() -> Html {
    let rule = |name: &str, text: String| html! { <li><strong>{ name.to_string() }</strong>{ text }</li> };
    html! {
        <ul>
            { rule("Slush", crate::t!("consensus-looking-network-slush")) } // i18n-ok: protocol name
            { rule("Snowflake", crate::t!("consensus-looking-network-snowflake")) } // i18n-ok: protocol name
            { rule("Snowball", crate::t!("consensus-looking-network-snowball")) } // i18n-ok: protocol name
        </ul>
    }
}

#[function_component(Explain)]
pub fn explain(p: &ExplainProps) -> Html {
    let (looking, looking_extra, try_this) = match p.view {
        View::Network => (
            Section::open(LOOKING, &[Block::P("consensus-looking-network-shapes"), Block::P("consensus-looking-network-differ")]),
            html! { <>{ protocol_rules() }<p>{ crate::t!("consensus-looking-network-why") }</p></> },
            Section::open(
                TRY,
                &[Block::List(&[
                    "consensus-try-network-split",
                    "consensus-try-network-balance",
                    "consensus-try-network-lost",
                    "consensus-try-network-nodes",
                    "consensus-try-network-inspect",
                ])],
            ),
        ),
        View::Compare => (
            Section::open(LOOKING, &[Block::P("consensus-looking-compare")]),
            Html::default(),
            Section::open(TRY, &[Block::List(&["consensus-try-compare-slush", "consensus-try-compare-contrarian"])]),
        ),
        View::Experiment => (
            Section::open(LOOKING, &[Block::P("consensus-looking-experiment")]),
            Html::default(),
            Section::open(
                TRY,
                &[Block::List(&[
                    "consensus-try-experiment-beta",
                    "consensus-try-experiment-byzantine",
                    "consensus-try-experiment-alpha",
                ])],
            ),
        ),
        View::Subnets => (
            Section::open(LOOKING, &[Block::P("consensus-looking-subnets"), Block::P("consensus-looking-subnets-tradeoff")]),
            Html::default(),
            Section::open(TRY, &[Block::List(&["consensus-try-subnets-third", "consensus-try-subnets-large"])]),
        ),
    };
    prose::explain_with([(&looking, looking_extra), (&try_this, Html::default()), (&DIFFERS, Html::default())])
}
