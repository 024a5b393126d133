//! The shell every simulation page shares: the animation loop, keyboard
//! handling, time controls, URL writing, notices and the explanation panel.

use crate::query::{Notice, Query};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

mod time_controls;
pub use time_controls::{unit_name, TimeControls};

/// A simulation page's properties: the query its route carries.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub query: Query,
}

/// Milliseconds since the page loaded.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Whether the user asked the system for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)") // i18n-ok: a media query
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// A fresh seed from the browser's random source (getrandom), kept to nine
/// digits so that it can be read out in a lecture.
pub fn random_seed() -> u64 {
    let mut b = [0u8; 8];
    if getrandom::fill(&mut b).is_err() {
        return (now_ms() as u64) % 1_000_000_000;
    }
    u64::from_le_bytes(b) % 1_000_000_000
}

thread_local! {
    static URL_EXTRAS: RefCell<String> = const { RefCell::new(String::new()) };
    static CLICKER_WALKS_CUES: Cell<bool> = const { Cell::new(false) };
    /// The fragment the app has taken in (read at start and on every
    /// `hashchange`, or written by [`replace_url`]).
    static ADOPTED_HASH: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The location's fragment, e.g. `#/swap?seed=2`.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Records that the app now renders the location's fragment (at start and
/// on `hashchange`) and returns it.
pub fn adopt_location_hash() -> String {
    let h = location_hash();
    ADOPTED_HASH.with(|a| *a.borrow_mut() = Some(h.clone()));
    h
}

/// The shell's own URL parameters (embed, presenter, playlist, tour), set
/// by the app on every render; [`replace_url`] keeps them in the address bar.
pub fn set_url_extras(extras: String) {
    URL_EXTRAS.with(|e| *e.borrow_mut() = extras);
}

pub fn url_extras() -> String {
    URL_EXTRAS.with(|e| e.borrow().clone())
}

/// In presenter mode with a playlist, Page Up / Page Down (a clicker) walk
/// the playlist's cues instead of stepping the simulation.
pub fn set_clicker_walks_cues(on: bool) {
    CLICKER_WALKS_CUES.with(|c| c.set(on));
}

/// Rewrites the address bar's fragment without adding a history entry or
/// firing `hashchange` (the page already holds this state).
///
/// Does nothing while a navigation is in flight: when the location's
/// fragment is no longer the one the app took in (a cue, a link or Back set
/// it and its `hashchange` has not been handled yet), the page writing here
/// is about to be replaced, and rewriting the address bar would undo that
/// navigation (a clicker's Page Down pressed just after a cue opened was
/// lost that way).
pub fn replace_url(path: &str, query: &str) {
    let adopted = ADOPTED_HASH.with(|a| a.borrow().clone());
    if adopted.is_some_and(|a| a != location_hash()) {
        return;
    }
    if let Some(w) = web_sys::window() {
        let url = crate::query::hash(path, query, &url_extras());
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        adopt_location_hash();
    }
}

/// The full URL of this page with the given fragment (for "copy link",
/// the QR code and the embed code). A language the URL names (`lang=`)
/// goes with it: a link copied in Spanish opens in Spanish.
pub fn absolute_url(path: &str, query: &str) -> String {
    let Some(w) = web_sys::window() else { return String::new() };
    let href = w.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or("").to_string();
    let extras = url_extras();
    let lang = extras.split('&').find(|p| p.starts_with("lang="));
    match lang {
        Some(l) if !query.split('&').any(|p| p.starts_with("lang=")) => {
            let sep = if query.is_empty() { "" } else { "&" };
            format!("{base}#{path}?{query}{sep}{l}")
        }
        _ => format!("{base}#{path}?{query}"),
    }
}

/// Whether a page's run (or any animation) plays, in two forms: the state
/// the page renders from (`*playing`, as of the last render) and a shared
/// flag that [`Playing::set`] changes at once ([`Playing::is_on`]).
///
/// Why both: a Pause, Seek, Step, Back or Reset (from the keyboard, a
/// tour's cue, the scrubber or an embedding page's postMessage) sets the
/// state, but the page re-renders, and [`use_animation_loop`] stops, only
/// later; Yew's scheduler can yield to the browser in between, and an
/// animation frame that fires then would step the run past the step it
/// was told to land on. The loop checks the flag before every frame, so no
/// frame runs after `set(false)`. Set it only through [`Playing::set`];
/// callbacks read [`Playing::is_on`], rendering reads `*playing`.
#[derive(Clone)]
pub struct Playing {
    shown: UseStateHandle<bool>,
    now: Rc<PlayFlag>,
}

#[derive(Default)]
struct PlayFlag {
    on: Cell<bool>,
    /// Counts the times it was switched on, so that the loop restarts even
    /// when a pause and a play both came between two renders (the first
    /// may have stopped the loop while the rendered state stayed `true`).
    starts: Cell<u32>,
}

impl Playing {
    /// Plays (`true`) or stops (`false`), effective at once.
    pub fn set(&self, on: bool) {
        if on && !self.now.on.get() {
            self.now.starts.set(self.now.starts.get().wrapping_add(1));
        }
        self.now.on.set(on);
        self.shown.set(on);
    }
    /// Whether it plays now (not as of the last render).
    pub fn is_on(&self) -> bool {
        self.now.on.get()
    }
}

/// The rendered value (as of the last render); callbacks use [`Playing::is_on`].
impl std::ops::Deref for Playing {
    type Target = bool;
    fn deref(&self) -> &bool {
        &self.shown
    }
}

/// A [`Playing`], off or on at first.
#[hook]
pub fn use_playing(initial: bool) -> Playing {
    let shown = use_state(|| initial);
    let now = use_memo((), |_| PlayFlag { on: Cell::new(initial), starts: Cell::new(0) });
    Playing { shown, now }
}

/// Calls `on_frame(dt_ms)` on every animation frame while `playing` is on.
/// The flag is checked before each call and before asking for the next
/// frame, so a frame that fires after [`Playing::set`]`(false)` (and before
/// the re-render that ends the loop) does nothing, and `on_frame` may stop
/// the loop itself by setting it to `false`.
#[hook]
pub fn use_animation_loop(playing: &Playing, on_frame: Callback<f64>) {
    let latest = use_mut_ref(|| on_frame.clone());
    *latest.borrow_mut() = on_frame;
    let flag = playing.now.clone();
    use_effect_with((*playing.shown, flag.starts.get()), move |&(active, _)| {
        let handle: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
        fn schedule(
            handle: Rc<RefCell<Option<AnimationFrame>>>,
            cb: Rc<RefCell<Callback<f64>>>,
            flag: Rc<PlayFlag>,
            last: Option<f64>,
        ) {
            let next = handle.clone();
            let frame = request_animation_frame(move |ts| {
                if !flag.on.get() {
                    return;
                }
                let dt = last.map(|l| (ts - l).clamp(0.0, 250.0)).unwrap_or(0.0);
                let cb_now = cb.borrow().clone();
                cb_now.emit(dt);
                if flag.on.get() {
                    schedule(next, cb, flag, Some(ts));
                }
            });
            *handle.borrow_mut() = Some(frame);
        }
        if active && flag.on.get() {
            schedule(handle.clone(), latest.clone(), flag, None);
        }
        move || {
            handle.borrow_mut().take();
        }
    });
}

/// What a key does on a simulation page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimKey {
    PlayPause,
    Step,
    Back,
    Reset,
    /// Keys 1 to 9: switch to that view.
    View(u8),
}

/// Maps a key press to a simulation action, ignoring presses while the user
/// types in a field or holds a modifier.
pub fn sim_key(e: &KeyboardEvent) -> Option<SimKey> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let tag = t.tag_name().to_ascii_lowercase();
        if tag == "input" || tag == "select" || tag == "textarea" || t.closest("dialog").ok().flatten().is_some() {
            return None;
        }
    }
    if CLICKER_WALKS_CUES.with(|c| c.get()) && matches!(e.key().as_str(), "PageDown" | "PageUp") {
        return None;
    }
    match e.key().as_str() {
        " " | "Spacebar" => Some(SimKey::PlayPause), // i18n-ok: key names
        "ArrowRight" | "PageDown" => Some(SimKey::Step),
        "ArrowLeft" | "PageUp" => Some(SimKey::Back),
        "r" | "R" => Some(SimKey::Reset),
        k if k.len() == 1 && ("1"..="9").contains(&k) => Some(SimKey::View(k.as_bytes()[0] - b'0')),
        _ => None,
    }
}

/// Installs a document-wide key handler for the life of the component.
#[hook]
pub fn use_keys(on_key: Callback<KeyboardEvent>) {
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        let doc = gloo::utils::document();
        // Not passive: Space and the arrow keys must not also scroll the page.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&doc, "keydown", options, move |e| {
            if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                let cb = latest.borrow().clone();
                cb.emit(e.clone());
            }
        });
        move || drop(listener)
    });
}

/// What a simulation page does for each time-control key (see [`sim_key`]).
#[derive(Clone)]
pub struct SimKeyActions {
    pub play_pause: Callback<()>,
    pub step: Callback<()>,
    pub back: Callback<()>,
    pub reset: Callback<()>,
    /// Keys 1 to 9, for pages with several views; `None` leaves them alone.
    pub view: Option<Callback<u8>>,
}

/// The page's keyboard: Space, →/Page Down, ←/Page Up and R (and 1–9 where
/// the page has views) run the page's time controls; a handled key does not
/// also scroll the page.
#[hook]
pub fn use_sim_keys(actions: SimKeyActions) {
    use_keys(Callback::from(move |e: KeyboardEvent| {
        let Some(key) = sim_key(&e) else { return };
        let action = match key {
            SimKey::PlayPause => &actions.play_pause,
            SimKey::Step => &actions.step,
            SimKey::Back => &actions.back,
            SimKey::Reset => &actions.reset,
            SimKey::View(k) => {
                if let Some(view) = &actions.view {
                    e.prevent_default();
                    view.emit(k);
                }
                return;
            }
        };
        e.prevent_default();
        action.emit(());
    }));
}

/// A page's heading: its title and subtitle.
pub fn sim_head(title: String, subtitle: String) -> Html {
    html! {
        <div class="sim-head">
            <h1>{ title }<span class="subtitle">{ subtitle }</span></h1>
        </div>
    }
}

/// A page's scenario buttons (`#scenarios`, each `#scenario-<name>`), the
/// current one pressed; a click picks one.
pub fn scenario_buttons<S: Copy + PartialEq + 'static>(
    label: String,
    all: &[S],
    current: S,
    name: fn(S) -> &'static str,
    title: fn(S) -> String,
    pick: &Callback<S>,
) -> Html {
    html! {
        <div class="scenarios" role="group" aria-label={label} id="scenarios">
            { for all.iter().map(|&sc| {
                let pick = pick.clone();
                html! {
                    <button id={format!("scenario-{}", name(sc))} class={classes!((sc == current).then_some("active"))}
                        aria-pressed={(sc == current).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| pick.emit(sc))}>
                        { title(sc) }
                    </button>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

/// The URL's problems, each naming its parameter, dismissible.
#[function_component(Notices)]
pub fn notices(p: &NoticesProps) -> Html {
    let dismissed = use_state(|| false);
    if p.notices.is_empty() || *dismissed {
        return html! {};
    }
    let close = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(true))
    };
    html! {
        <div class="notice" id="url-notice" role="alert">
            <div>
                <strong>{ crate::t!("notice-settings") }</strong>
                <ul>{ for p.notices.iter().map(|n| html! {
                    <li data-param={n.param.clone()}><code>{ &n.param }</code>{ ": " }{ &n.message }</li>
                }) }</ul>
            </div>
            <button class="close" id="dismiss-notice" onclick={close} aria-label={crate::t!("notice-dismiss")}>{ "✕" }</button>
        </div>
    }
}

/// "Copy link": copies the link `link()` makes to the clipboard and shows
/// it (`copied`, for copying by hand); `on_clipboard` says whether the
/// browser let it go there.
pub fn copy_link(
    copied: &UseStateHandle<Option<AttrValue>>,
    on_clipboard: &UseStateHandle<bool>,
    link: impl Fn() -> String + 'static,
) -> Callback<()> {
    let (copied, on_clipboard) = (copied.clone(), on_clipboard.clone());
    Callback::from(move |()| {
        let link = link();
        let on_clipboard = on_clipboard.clone();
        copy_to_clipboard(&link, move |ok| on_clipboard.set(ok));
        copied.set(Some(link.into()));
    })
}

/// Copies text to the clipboard where the browser allows it (secure
/// origins, permission given) and tells `done` whether it went there: false
/// where there is no clipboard or the browser refused (a denied permission,
/// an unfocused page), never an error. The page also shows the text for
/// copying by hand.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else { return done(false) };
    let nav = w.navigator();
    let has_clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).map(|v| !v.is_undefined()).unwrap_or(false);
    if !has_clipboard {
        return done(false);
    }
    let promise = nav.clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
