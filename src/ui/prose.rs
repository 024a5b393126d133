//! Prose panels (each page's explanation) drawn from the catalog: a page
//! lists its sections as catalog keys and this draws them alike, so the
//! five explanations share one shape (issue 15) and every word is
//! translated (issue 19).

use yew::prelude::*;

/// One block of a section: a paragraph, a list, or the sources line; each
/// names catalog keys.
pub enum Block {
    P(&'static str),
    List(&'static [&'static str]),
    Sources(&'static str),
}

/// A collapsible section: its heading's key, whether it starts open, an
/// optional element id, and its blocks.
pub struct Section {
    pub id: Option<&'static str>,
    pub open: bool,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

impl Section {
    /// A section without an element id that starts open.
    pub const fn open(title: &'static str, blocks: &'static [Block]) -> Section {
        Section { id: None, open: true, title, blocks }
    }
    /// A section without an element id that starts closed.
    pub const fn closed(title: &'static str, blocks: &'static [Block]) -> Section {
        Section { id: None, open: false, title, blocks }
    }
}

fn text(key: &str) -> String {
    crate::i18n::format(key, &[])
}

fn block(b: &Block) -> Html {
    match b {
        Block::P(k) => html! { <p>{ text(k) }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|k| html! { <li>{ text(k) }</li> }) }</ul> },
        Block::Sources(k) => html! { <p class="sources">{ text(k) }</p> },
    }
}

/// One section as `<details>` (with `extra` drawn after its blocks).
pub fn section(s: &Section, extra: Html) -> Html {
    html! {
        <details open={s.open} id={s.id}>
            <summary><h2>{ text(s.title) }</h2></summary>
            { for s.blocks.iter().map(block) }
            { extra }
        </details>
    }
}

/// A page's explanation: `<section id="explain">` with its sections.
pub fn explain(sections: &[Section]) -> Html {
    explain_with(sections.iter().map(|s| (s, Html::default())))
}

/// A page's explanation whose sections draw more after their blocks: each
/// section with its `extra` (see [`section`]).
pub fn explain_with<'a>(sections: impl IntoIterator<Item = (&'a Section, Html)>) -> Html {
    html! {
        <section class="explain" id="explain" aria-label={crate::t!("explain-label")}>
            { for sections.into_iter().map(|(s, extra)| section(s, extra)) }
        </section>
    }
}
