//! The validators page's explanation: what you see, the rules, what to
//! try, published Nakamoto coefficients, where the model simplifies.

use crate::ui::prose::{self, Block, Section};
use yew::prelude::*;

/// The published figures the app ships (www/data/nakamoto-coefficients.csv).
const PUBLISHED: &str = include_str!("../../../www/data/nakamoto-coefficients.csv");

/// Splits one CSV line, honouring double quotes.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().expect("one field").push(c),
        }
    }
    out
}

const WHAT: Section = Section {
    id: None,
    open: true,
    title: "validators-explain-what-title",
    blocks: &[
        Block::P("validators-explain-what-1"),
        Block::P("validators-explain-what-2"),
        Block::P("validators-explain-what-3"),
        Block::P("validators-explain-what-4"),
        Block::P("validators-explain-what-5"),
        Block::P("validators-explain-what-6"),
    ],
};

const TRY: Section = Section {
    id: None,
    open: true,
    title: "validators-explain-try-title",
    blocks: &[Block::List(&[
        "validators-explain-try-1",
        "validators-explain-try-2",
        "validators-explain-try-3",
        "validators-explain-try-4",
        "validators-explain-try-5",
        "validators-explain-try-6",
        "validators-explain-try-7",
        "validators-explain-try-8",
        "validators-explain-try-9",
    ])],
};

const PUBLISHED_SECTION: Section =
    Section { id: None, open: true, title: "validators-explain-published-title", blocks: &[] };

const SIMPLIFIES: Section = Section {
    id: None,
    open: false,
    title: "validators-explain-simplifies-title",
    blocks: &[
        Block::List(&[
            "validators-explain-simplifies-1",
            "validators-explain-simplifies-2",
            "validators-explain-simplifies-3",
            "validators-explain-simplifies-4",
            "validators-explain-simplifies-5",
            "validators-explain-simplifies-6",
            "validators-explain-simplifies-7",
        ]),
        Block::Sources("validators-explain-simplifies-sources"),
    ],
};

#[function_component(Explain)]
pub fn explain() -> Html {
    let rows: Vec<Vec<String>> = PUBLISHED.lines().skip(1).filter(|l| !l.trim().is_empty()).map(fields).collect();
    let published = html! {
        <>
            <p>{ crate::t!("validators-explain-published-1") }{ " " }<a href="www/data/nakamoto-coefficients.csv" download="nakamoto-coefficients.csv">{ crate::t!("validators-explain-published-download") }</a></p>
            <div class="table-scroll">
                <table class="published" id="published">
                    <thead><tr>
                        <th>{ crate::t!("validators-published-network") }</th>
                        <th>{ crate::t!("validators-published-coefficient") }</th>
                        <th>{ crate::t!("validators-published-threshold") }</th>
                        <th>{ crate::t!("validators-published-validators") }</th>
                        <th>{ crate::t!("validators-published-as-of") }</th>
                        <th>{ crate::t!("validators-published-source") }</th>
                        <th>{ crate::t!("validators-published-quality") }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>{ for r.iter().take(7).map(|f| html! { <td>{ f }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    };
    html! {
        <section class="explain" id="explain" aria-label={crate::t!("explain-label")}>
            { prose::section(&WHAT, Html::default()) }
            { prose::section(&TRY, Html::default()) }
            { prose::section(&PUBLISHED_SECTION, published) }
            { prose::section(&SIMPLIFIES, Html::default()) }
        </section>
    }
}
