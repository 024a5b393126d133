//! The app: hash routing, the help dialog and the page frame.

use super::classroom::{ClassroomShell, Walk};
use super::control::SimControl;
use super::shell::use_keys;
use crate::classroom::{split_hash, ShellFlags};
use crate::query::{parse_hash, Query, Route};
use crate::registry::SIMS;
use gloo::events::EventListener;
use std::cell::Cell;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// The page one wasm module carries (issue 17): its name in
/// `crate::registry::SIMS` (`""` for the home module) and how to draw it.
/// The key remounts the page when the URL changes from outside (a pasted
/// link, back/forward), so it re-reads its state.
#[derive(Clone, Copy)]
pub struct Page {
    pub name: &'static str,
    pub draw: fn(key: String, query: Query) -> Html,
    /// The classroom's pieces around the page (the embed API, the live
    /// region, presenter playlists and tours), drawn before the header and
    /// after `<main>`. Only the simulations' modules carry them: the home
    /// module is a page to pick a simulation from (a bare lecture link,
    /// `#/?present=1&playlist=lecture`, opens in a simulation's module:
    /// `index.html`'s loader).
    pub classroom: Option<Classroom>,
    /// Fetches the translation of the playlist or tour the link opens before
    /// the first draw (only a simulation's module: it keeps the playlists out
    /// of the home module).
    pub prepare_walk: Option<fn() -> Preparing>,
}

/// Work to finish before the first draw.
pub type Preparing = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// Draws the classroom around a page from the shell's flags, the walk's
/// key and whether the link was bare: what goes before the header and
/// what goes after `<main>`.
pub type Classroom = fn(&ShellFlags, String, bool) -> (Html, Html);

impl Page {
    /// The home module's page: the home page (`src/main.rs`).
    pub const HOME: Page =
        Page { name: "", draw: |_, _| html! { <super::home::Home /> }, classroom: None, prepare_walk: None };

    /// A simulation's page, with the classroom around it.
    pub const fn sim(name: &'static str, draw: fn(String, Query) -> Html) -> Page {
        Page { name, draw, classroom: Some(classroom), prepare_walk: Some(|| Box::pin(super::lang::prepare_walk())) }
    }
}

/// Whether presenter mode walks a playlist (its `Walk` goes before the header).
fn presents(flags: &ShellFlags) -> bool {
    !flags.embed && flags.present && flags.playlist.is_some()
}

/// Whether a guided tour runs (its `Walk` goes after `<main>`).
fn tours(flags: &ShellFlags) -> bool {
    !flags.embed && flags.tour.is_some()
}

/// Whether the shell's flags walk a playlist or a tour (a `Walk` is drawn).
fn walks(flags: &ShellFlags) -> bool {
    presents(flags) || tours(flags)
}

fn classroom(flags: &ShellFlags, walk_key: String, bare: bool) -> (Html, Html) {
    let before = html! {
        <>
            <ClassroomShell flags={flags.clone()} />
            if presents(flags) {
                <Walk key={walk_key.clone()} flags={flags.clone()} bare={bare} />
            }
        </>
    };
    let after = html! {
        if tours(flags) {
            <Walk key={walk_key} flags={flags.clone()} bare={bare} />
        }
    };
    (before, after)
}

thread_local! {
    static PAGE: Cell<Page> = const { Cell::new(Page::HOME) };
    /// The route the document opened at, when it named a simulation.
    static OPENED_AT: Cell<Option<&'static str>> = const { Cell::new(None) };
}

pub(super) fn set_page(page: Page) {
    PAGE.with(|p| p.set(page));
    let (page_hash, _, _) = split_hash(&super::shell::location_hash());
    let opened_at = match parse_hash(&page_hash).0 {
        Route::Sim(name) => Some(name),
        _ => None,
    };
    OPENED_AT.with(|o| o.set(opened_at));
}

/// What this module draws for a route: the page it carries, or nothing
/// yet, when the route belongs to another module (`None`: the document
/// reloads and the loader in `index.html` fetches that module).
fn body(route: &Route, key: String, query: Query, flags: &ShellFlags) -> Option<Html> {
    let carried = PAGE.with(Cell::get);
    match route {
        Route::Home if carried.name.is_empty() => Some((carried.draw)(key, query)),
        // A bare playlist or tour link at home, opened in a simulation's
        // module: its walk sends it on to its cue.
        Route::Home if walks(flags) && carried.classroom.is_some() => Some(html! {
            <p class="module-loading" id="module-loading" role="status">{ crate::t!("app-opening-playlist") }</p>
        }),
        Route::Sim(name) if carried.name == *name => Some((carried.draw)(key, query)),
        // The home module opened at a simulation's route: the loader fell
        // back to it because that page's module could not be fetched.
        Route::Sim(name) if carried.name.is_empty() && OPENED_AT.with(Cell::get) == Some(*name) => {
            Some(missing_module(name))
        }
        Route::Home | Route::Sim(_) => None,
        Route::NotFound(_) => Some(html! {
            <section class="not-found" id="not-found">
                <h1>{ crate::t!("not-found-title") }</h1>
                <p>{ crate::t!("not-found-text", path = route.path()) }</p>
                <p><a href="#/">{ crate::t!("not-found-link") }</a></p>
            </section>
        }),
    }
}

fn missing_module(name: &str) -> Html {
    let nav = crate::i18n::format(&format!("sim-{name}-nav"), &[]);
    let retry = Callback::from(|_: MouseEvent| reload());
    html! {
        <section class="codec-status" id="module-error" role="alert">
            <h1>{ nav }</h1>
            <p>{ crate::t!("module-error-text", file = format!("page-{name}.js")) }</p>
            <p>{ crate::t!("offline-hint") }</p>
            <p><button id="module-retry" onclick={retry}>{ crate::t!("try-again") }</button>{ " " }<a href="#/">{ crate::t!("other-simulations") }</a></p>
        </section>
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Every key the app answers to, for the help dialog.
/// (Catalog keys: the key's name and what it does.)
pub const KEYS: [(&str, &str); 8] = [
    ("help-key-space", "help-do-space"),
    ("help-key-next", "help-do-next"),
    ("help-key-back", "help-do-back"),
    ("help-key-reset", "help-do-reset"),
    ("help-key-views", "help-do-views"),
    ("help-key-help", "help-do-help"),
    ("help-key-close", "help-do-close"),
    ("help-key-tab", "help-do-tab"),
];

#[function_component(App)]
pub fn app() -> Html {
    let hash = use_state(super::shell::adopt_location_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                hash.set(super::shell::adopt_location_hash())
            });
            move || drop(listener)
        });
    }
    let help = use_state(|| false);
    {
        let help = help.clone();
        use_keys(Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "?" => {
                e.prevent_default();
                help.set(!*help);
            }
            "Escape" => help.set(false), // i18n-ok: a key name
            _ => {}
        }));
    }
    // The shell's own parameters (embed, presenter, playlist, tour) are
    // taken out before the page reads its query; see src/ui/control.rs.
    let (page_hash, flags, extras) = split_hash(&hash);
    super::shell::set_url_extras(extras);
    super::shell::set_clicker_walks_cues(flags.present && flags.playlist.is_some());
    let control = use_memo((), |_| SimControl::default());
    control.set_flags(flags.clone());
    // Set while rendering (not in an effect): the page draws its canvases
    // in its own effects, which run first, and must see the final layout.
    if let Some(root) = gloo::utils::document().document_element() {
        let list = root.class_list();
        let _ = list.toggle_with_force("embed", flags.embed);
        let _ = list.toggle_with_force("presenter", flags.present);
    }
    let (route, query) = parse_hash(&page_hash);
    let body = body(&route, (*hash).clone(), query, &flags);
    let elsewhere = body.is_none();
    use_effect_with((*hash).clone(), move |_| {
        if elsewhere {
            reload();
        }
    });
    let page = body.unwrap_or_else(|| {
        html! { <p class="module-loading" id="module-loading" role="status">{ crate::t!("app-loading-page") }</p> }
    });
    let open_help = {
        let help = help.clone();
        Callback::from(move |_: MouseEvent| help.set(true))
    };
    let close_help = {
        let help = help.clone();
        Callback::from(move |_: MouseEvent| help.set(false))
    };
    let walk_key = format!("{:?}{:?}{}", flags.playlist, flags.tour, flags.cue);
    let bare = !page_hash.contains('?');
    let (before, after) = PAGE.with(Cell::get).classroom.map(|c| c(&flags, walk_key, bare)).unwrap_or_default();
    html! {
        <ContextProvider<SimControl> context={(*control).clone()}>
            { before }
            <header class="topbar">
                <a class="brand" href="#/"><img src="www/icon.svg" alt="" width="22" height="22" />{ crate::t!("brand") }</a>
                <nav aria-label={crate::t!("nav-label")}>
                { for SIMS.iter().map(|s| html! {
                    <a href={s.href()} aria-current={(route == Route::Sim(s.name)).then_some("page")}>{ crate::i18n::format(&format!("sim-{}-nav", s.name), &[]) }</a>
                }) }
                </nav>
                <super::lang::LangMenu />
                <button class="help-button" id="help-button" onclick={open_help} aria-keyshortcuts="?" title={crate::t!("help-button-title")}>{ "?" }</button>
            </header>
            if PAGE.with(Cell::get).classroom.is_none() {
                // The home page has no classroom; its shell keys (lang=) are still checked.
                { shell_notice(&flags.problems) }
            }
            if let Some(why) = super::lang::problem() {
                <p class="notice" id="lang-problem" role="status">{ crate::t!("lang-problem", why = why) }</p>
            }
            <main id="main">{ page }</main>
            { after }
            if *help {
                <div class="modal-backdrop" onclick={close_help.clone()}></div>
                <dialog open=true class="help" id="help-dialog" aria-labelledby="help-title">
                    <h2 id="help-title">{ crate::t!("help-title") }</h2>
                    <table>
                        { for KEYS.iter().map(|(k, what)| html! { <tr><th><kbd>{ crate::i18n::format(k, &[]) }</kbd></th><td>{ crate::i18n::format(what, &[]) }</td></tr> }) }
                    </table>
                    <p>{ crate::t!("help-clicker") }</p>
                    <button id="close-help" onclick={close_help}>{ crate::t!("close") }</button>
                </dialog>
            }
        </ContextProvider<SimControl>>
    }
}

/// The notice that lists what was wrong with the shell's own URL keys
/// (`lang=`, `present=`, `cue=`, …); nothing when all were fine.
pub fn shell_notice(problems: &[String]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice shell-notice" id="shell-notice" role="alert">
            <div>
                <strong>{ crate::t!("notice-settings") }</strong>
                <ul>{ for problems.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
            </div>
        </div>
    }
}
