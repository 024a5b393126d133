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

/// A cell of the published table in the reader's language: the network's
/// "(entities)", the threshold's number and "(halt)", and the quality
/// grade through the catalog. Names, dates and the sources (citations) stay
/// as the file has them.
fn published_cell(col: usize, value: &str) -> String {
    let pct = |v: &str| v.trim_end_matches('%').parse::<f64>().ok();
    match col {
        0 => match value.strip_suffix(" (entities)") { // i18n-ok: the file's words, matched
            Some(network) => crate::t!("validators-published-entities", network = network),
            None => value.to_string(),
        },
        2 => match value.strip_suffix(" (halt)").map(|v| (pct(v), true)).unwrap_or((pct(value), false)) { // i18n-ok: the file's words, matched
            (Some(p), false) => crate::t!("validators-published-share", pct = crate::i18n::num(p, if p.fract() == 0.0 { 0 } else { 1 })),
            (Some(p), true) => crate::t!("validators-published-share-halt", pct = crate::i18n::num(p, if p.fract() == 0.0 { 0 } else { 1 })),
            (None, _) => value.to_string(),
        },
        6 => {
            let grades = [
                ("computed", "validators-published-quality-computed"),
                ("good", "validators-published-quality-good"),
                ("medium", "validators-published-quality-medium"),
                ("weak", "validators-published-quality-weak"),
            ];
            grades.iter().find(|(g, _)| *g == value).map_or_else(|| value.to_string(), |(_, key)| crate::t!(*key))
        }
        _ => value.to_string(),
    }
}

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
                            <tr>{ for r.iter().take(7).enumerate().map(|(col, f)| html! { <td>{ published_cell(col, f) }</td> }) }</tr>
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
