//! The app: hash routing, the help dialog and the page frame.

use super::classroom::{ClassroomShell, Walk};
use super::codec::CodecGate;
use super::consensus::ConsensusPage;
use super::control::SimControl;
use super::home::Home;
use super::rollup::RollupPage;
use super::shell::use_keys;
use super::stablecoin::StablecoinPage;
use super::swap::SwapPage;
use super::validators::ValidatorsPage;
use crate::classroom::split_hash;
use crate::query::{parse_hash, Query, Route};
use crate::registry::SIMS;
use gloo::events::EventListener;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// The page of the simulation `name` (one of `crate::registry::SIMS`; the
/// UI half of the registry). The key remounts the page when the URL
/// changes from outside (a pasted link, back/forward), so it re-reads its
/// state.
fn page(name: &str, key: String, query: Query) -> Html {
    match name {
        "consensus" => html! { <ConsensusPage key={key} query={query} /> },
        "rollup" => html! { <CodecGate><RollupPage key={key} query={query} /></CodecGate> },
        "swap" => html! { <SwapPage key={key} query={query} /> },
        "stablecoin" => html! { <StablecoinPage key={key} query={query} /> },
        "validators" => html! { <ValidatorsPage key={key} query={query} /> },
        other => html! { <p class="field-error" role="alert">{ format!("The simulation {other:?} has no page.") }</p> },
    }
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Every key the app answers to, for the help dialog.
pub const KEYS: [(&str, &str); 8] = [
    ("Space", "play or pause"),
    ("→ or Page Down", "step one round (what presenter clickers send)"),
    ("← or Page Up", "back one round (replays the run from its seed)"),
    ("R", "reset the run to round 0"),
    ("1 – 4", "consensus page: switch view (network, compare, experiment, subnets)"),
    ("?", "open this help"),
    ("Esc", "close this help"),
    ("Tab", "move between controls; Enter or Space activates"),
];

#[function_component(App)]
pub fn app() -> Html {
    let hash = use_state(current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| hash.set(current_hash()));
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
            "Escape" => help.set(false),
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
    let page = match &route {
        Route::Home => html! { <Home /> },
        Route::Sim(name) => page(name, (*hash).clone(), query),
        Route::NotFound(_) => html! {
            <section class="not-found" id="not-found">
                <h1>{ "No such simulation yet" }</h1>
                <p>{ format!("There is no page at {}.", route.path()) }</p>
                <p><a href="#/">{ "See the simulations Chain Lab has" }</a></p>
            </section>
        },
    };
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
    html! {
        <ContextProvider<SimControl> context={(*control).clone()}>
            <ClassroomShell flags={flags.clone()} />
            if flags.present && flags.playlist.is_some() && !flags.embed {
                <Walk key={walk_key.clone()} flags={flags.clone()} bare={bare} />
            }
            <header class="topbar">
                <a class="brand" href="#/"><img src="www/icon.svg" alt="" width="22" height="22" />{ "Chain Lab" }</a>
                <nav aria-label="Simulations">
                { for SIMS.iter().map(|s| html! {
                    <a href={s.href()} aria-current={(route == Route::Sim(s.name)).then_some("page")}>{ s.nav }</a>
                }) }
                </nav>
                <button class="help-button" id="help-button" onclick={open_help} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">{ "?" }</button>
            </header>
            <main id="main">{ page }</main>
            if flags.tour.is_some() && !flags.embed {
                <Walk key={walk_key} flags={flags.clone()} bare={bare} />
            }
            if *help {
                <div class="modal-backdrop" onclick={close_help.clone()}></div>
                <dialog open=true class="help" id="help-dialog" aria-labelledby="help-title">
                    <h2 id="help-title">{ "Keyboard" }</h2>
                    <table>
                        { for KEYS.iter().map(|(k, what)| html! { <tr><th><kbd>{ *k }</kbd></th><td>{ *what }</td></tr> }) }
                    </table>
                    <p>{ "A presenter clicker's forward and back buttons send Page Down and Page Up: they step the simulation, or, in presenter mode with a playlist, move to the next or previous cue (the arrow keys still step)." }</p>
                    <button id="close-help" onclick={close_help}>{ "Close" }</button>
                </dialog>
            }
        </ContextProvider<SimControl>>
    }
}
