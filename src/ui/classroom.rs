//! The classroom features, over the page contract in [`super::control`]
//! (read that module first: it says what a page adds to plug in).
//!
//! - [`SimDock`]: the page's timeline scrubber (time travel by deterministic
//!   replay to any step reached) and the QR / present / tour / embed /
//!   export tools.
//! - [`LiveRegion`]: an aria-live region speaking the page's narration.
//! - [`EmbedRuntime`]: embed mode's postMessage API and lazy start.
//! - [`PresenterBar`] and [`Walk`]: presenter mode (projector theme,
//!   fullscreen, playlists walked with a clicker) and guided tours with
//!   "predict, then run" questions; both walk a [`Playlist`]'s cues.

use super::control::{use_sim_report, Command, SimControl, SimReport};
use super::export;
use super::shell::{absolute_url, copy_to_clipboard, now_ms, use_keys};
use crate::classroom::{load, parse_incoming, shipped, Cue, Incoming, Playlist, ShellFlags};
use crate::format::thousands;
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent, MessageEvent};
use yew::prelude::*;

/// Goes to `#path?query` with these shell flags (a new history entry).
pub fn go_to(flags: &ShellFlags, path: &str, query: &str) {
    let hash = crate::query::hash(path, query, &flags.to_query());
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&hash);
    }
}

/// Opens cue `i` of `list`, at the cue's landing step.
fn go_cue(flags: &ShellFlags, list: &Playlist, i: usize) {
    if let Some(cue) = list.cues.get(i) {
        let f = ShellFlags { cue: i, ..flags.clone() };
        go_to(&f, &cue.path(), &cue.query(cue.landing()));
    }
}

fn sim_name(path: &str) -> &str {
    path.trim_start_matches('/')
}

/// The link to this exact moment, without the shell's flags.
fn moment_url(r: &SimReport) -> String {
    absolute_url(r.path, &r.query_at())
}

/// The `<iframe>` an author pastes to embed this run.
pub fn embed_code(r: &SimReport) -> String {
    let q = r.query_at();
    let q = if q.is_empty() { "embed=1".to_string() } else { format!("{q}&embed=1") };
    let src = absolute_url(r.path, &q).replace('&', "&amp;");
    format!(
        "<iframe src=\"{src}\" title=\"Chain Lab: {} simulation\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0;max-width:100%\" allow=\"fullscreen; clipboard-write\"></iframe>",
        sim_name(r.path)
    )
}

// ---------------------------------------------------------------- QR code

/// The QR code of `text` as an SVG path in module units (4-module quiet
/// zone included), and its side.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

/// A QR code of a URL, large enough to scan from the back of a room.
fn qr_dialog(url: String, on_close: Callback<()>) -> Html {
    let close = on_close.reform(|_: MouseEvent| ());
    let qr = qr_path(&url);
    html! {
        <>
            <div class="modal-backdrop" onclick={close.clone()}></div>
            <dialog open=true class="help qr-dialog" id="qr-dialog" aria-labelledby="qr-title">
                <h2 id="qr-title">{ "Open this run on your phone" }</h2>
                if let Some((d, side)) = qr {
                    <svg class="qr" id="qr-code" viewBox={format!("0 0 {side} {side}")} role="img"
                        aria-label="QR code of the link to this run" shape-rendering="crispEdges">
                        <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                        <path d={d} fill="#000" />
                    </svg>
                } else {
                    <p class="field-error">{ "This link is too long for a QR code." }</p>
                }
                <input class="copied-link" id="qr-url" type="text" readonly=true value={url} aria-label="Link in the QR code" />
                <p><button id="close-qr" onclick={close}>{ "Close" }</button></p>
            </dialog>
        </>
    }
}

// ---------------------------------------------------------------- the dock

/// Coalesces scrubber moves: at most one replay is pending at a time.
struct PendingSeek {
    target: Cell<Option<u32>>,
    timer: RefCell<Option<gloo::timers::callback::Timeout>>,
}

/// The scrubber and the classroom tools, placed by a page below its time
/// controls.
#[function_component(SimDock)]
pub fn sim_dock() -> Html {
    let (control, report) = use_sim_report();
    let flags = control.flags();
    let dialog = use_state(|| None::<&'static str>);
    let copied = use_state(|| None::<bool>);
    let pending = use_mut_ref(|| PendingSeek { target: Cell::new(None), timer: RefCell::new(None) });
    let menu = use_state(|| None::<(Vec<(String, String)>, Vec<String>)>);
    // Why an export failed (shown under the menu; never an empty file).
    let export_error = use_state(|| None::<String>);
    let Some(r) = report else { return html! {} };
    let furthest = control.furthest().max(r.step);
    let seek = {
        let control = control.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let Ok(step) = v.parse::<u32>() else { return };
            let p = pending.borrow();
            p.target.set(Some(step));
            if p.timer.borrow().is_some() {
                return;
            }
            let (control, pending2) = (control.clone(), pending.clone());
            *p.timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                let p = pending2.borrow();
                p.timer.borrow_mut().take();
                if let Some(t) = p.target.take() {
                    let _ = control.send(Command::Pause);
                    let _ = control.send(Command::Seek(t));
                }
            }));
        })
    };
    let open = |which: &'static str| {
        let dialog = dialog.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(None);
            dialog.set(Some(which));
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |()| dialog.set(None))
    };
    let present = {
        let (flags, r) = (flags.clone(), r.clone());
        Callback::from(move |_: MouseEvent| {
            go_to(&ShellFlags { present: true, ..flags.clone() }, r.path, &r.query_at())
        })
    };
    let tour_name = format!("tour-{}", sim_name(r.path));
    let has_tour = shipped().iter().any(|(n, _)| *n == tour_name);
    let start_tour = {
        let flags = flags.clone();
        let name = sim_name(r.path).to_string();
        Callback::from(move |_: MouseEvent| {
            if let Ok(list) = load(&format!("tour-{name}")) {
                go_cue(
                    &ShellFlags { tour: Some(name.clone()), playlist: None, present: false, ..flags.clone() },
                    &list,
                    0,
                );
            }
        })
    };
    let prefix = sim_name(r.path).to_string();
    // The export menu lists its files when opened and computes a file only
    // when it is chosen: charts as SVG and whole histories must not be
    // rebuilt on every frame of playback.
    let toggle_menu = {
        let (control, menu, export_error) = (control.clone(), menu.clone(), export_error.clone());
        Callback::from(move |_: MouseEvent| {
            if menu.is_some() {
                menu.set(None);
            } else {
                let files = match control.exports() {
                    Ok(files) => {
                        export_error.set(None);
                        files.into_iter().map(|f| f.name).collect()
                    }
                    Err(e) => {
                        export_error.set(Some(format!("The data files could not be written: {e}")));
                        Vec::new()
                    }
                };
                menu.set(Some((export::canvases(), files)));
            }
        })
    };
    let export_menu = html! {
        <div class="export-menu" id="export-menu">
            <button class="small" id="export-button" aria-expanded={menu.is_some().to_string()} aria-controls="export-list"
                onclick={toggle_menu}>{ "Export ▾" }</button>
            if let Some((canvases, files)) = &*menu {
                <div class="export-list" id="export-list">
                    { for canvases.iter().map(|(id, label)| {
                        let (prefix, id2, export_error) = (prefix.clone(), id.clone(), export_error.clone());
                        html! { <button class="small" id={format!("export-png-{id}")} title={label.clone()}
                            onclick={Callback::from(move |_: MouseEvent| {
                                export_error.set(export::save_canvas_png(&id2, &prefix).err());
                            })}>{ format!("{id}.png") }</button> }
                    }) }
                    { for files.iter().map(|name| {
                        let (control, prefix, name2, export_error) =
                            (control.clone(), prefix.clone(), name.clone(), export_error.clone());
                        html! { <button class="small" id={format!("export-{}", name.replace('.', "-"))}
                            onclick={Callback::from(move |_: MouseEvent| {
                                let saved = control.exports().and_then(|files| {
                                    let f = files.into_iter().find(|f| f.name == name2)
                                        .ok_or_else(|| format!("{name2} is no longer offered"))?;
                                    export::save_text(&format!("{prefix}-{}", f.name), f.mime, &f.body)
                                });
                                export_error.set(saved.err().map(|e| format!("The file could not be saved: {e}")));
                            })}>{ name.clone() }</button> }
                    }) }
                </div>
            }
            if let Some(msg) = &*export_error {
                <p class="field-error" role="alert" id="export-error">{ msg }</p>
            }
        </div>
    };
    let step_label = format!("{} {} of {} reached", r.unit, thousands(r.step.into()), thousands(furthest.into()));
    html! {
        <div class="dock" id="dock">
            if r.seekable {
                <div class="scrubber">
                    <label for="scrubber">{ "Timeline" }</label>
                    <input type="range" id="scrubber" min="0" max={furthest.to_string()} value={r.step.to_string()} step="1"
                        disabled={furthest == 0} oninput={seek} aria-valuetext={step_label.clone()} />
                    <output for="scrubber" id="scrubber-label">{ step_label }</output>
                </div>
            }
            <div class="dock-tools" role="group" aria-label="Classroom tools">
                if !flags.embed {
                    <button class="small" id="qr-button" onclick={open("qr")} title="Show a QR code of this run for phones">{ "QR code" }</button>
                    if !flags.present {
                        <button class="small" id="present-button" onclick={present} title="Projector theme, fullscreen, playlists">{ "Present" }</button>
                    }
                    if has_tour && flags.tour.is_none() {
                        <button class="small" id="tour-button" onclick={start_tour}>{ "Guided tour" }</button>
                    }
                    <button class="small" id="embed-button" onclick={open("embed")} title="Put this simulation in your own page">{ "Embed" }</button>
                }
                { export_menu }
            </div>
            if *dialog == Some("qr") {
                { qr_dialog(moment_url(&r), close.clone()) }
            }
            if *dialog == Some("embed") {
                <div class="modal-backdrop" onclick={close.reform(|_: MouseEvent| ())}></div>
                <dialog open=true class="help" id="embed-dialog" aria-labelledby="embed-title">
                    <h2 id="embed-title">{ "Embed this simulation" }</h2>
                    <p>{ "Paste this into your page. It opens at this moment, without the site's menus, starts when scrolled into view, and takes commands by postMessage (see docs/embed.md)." }</p>
                    <textarea id="embed-code" readonly=true rows="5" aria-label="Embed code" value={embed_code(&r)} />
                    <p>
                        <button id="copy-embed" class="primary" onclick={{
                            let (copied, code) = (copied.clone(), embed_code(&r));
                            Callback::from(move |_: MouseEvent| {
                                let copied = copied.clone();
                                copy_to_clipboard(&code, move |ok| copied.set(Some(ok)));
                            })
                        }}>{ match *copied { Some(true) => "✓ Copied", Some(false) => "Select the code above and copy it", None => "Copy embed code" } }</button>
                        { " " }
                        <button id="close-embed" onclick={close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
                    </p>
                </dialog>
            }
        </div>
    }
}

// ---------------------------------------------------------- narration

/// Speaks the page's narration: at once when it changes while paused, at
/// most every four seconds while playing (so a screen reader keeps up).
#[hook]
fn use_live_region(report: &Option<SimReport>) -> Html {
    let report = report.clone();
    let text = use_state(String::new);
    let last = use_mut_ref(|| 0.0f64);
    {
        let text = text.clone();
        use_effect_with(report, move |r| {
            if let Some(r) = r {
                let due = !r.playing || r.finished || now_ms() - *last.borrow() >= 4000.0;
                if due && *text != r.narration {
                    *last.borrow_mut() = now_ms();
                    text.set(r.narration.clone());
                }
            }
        });
    }
    html! { <div id="live" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ (*text).clone() }</div> }
}

// ---------------------------------------------------------- embed mode

fn parent_window() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok()??;
    (!js_sys::Object::is(&parent, &w)).then_some(parent)
}

/// Posts an event to the embedding page (nothing when not framed).
fn post(event: serde_json::Value) {
    if let Some(parent) = parent_window() {
        if let Ok(v) = js_sys::JSON::parse(&event.to_string()) {
            let _ = parent.post_message(&v, "*");
        }
    }
}

fn command_for(m: Incoming) -> Command {
    match m {
        Incoming::Play => Command::Play,
        Incoming::Pause => Command::Pause,
        Incoming::Step => Command::Step,
        Incoming::Back => Command::Back,
        Incoming::Reset => Command::Reset,
        Incoming::Seek(s) => Command::Seek(s),
        Incoming::Set(q) => Command::SetParams(q),
    }
}

/// Embed mode: commands in from the embedding page (validated, anything
/// malformed ignored and answered with `rejected`), a `step` event out
/// whenever the run moves, and lazy start: play when scrolled into view,
/// pause when scrolled out.
#[hook]
fn use_embed_runtime(control: &SimControl, report: &Option<SimReport>, on: bool) -> Html {
    let (control, report) = (control.clone(), report.clone());
    let latest = use_mut_ref(|| None::<SimReport>);
    *latest.borrow_mut() = report.clone();
    // Commands in.
    {
        let control = control.clone();
        use_effect_with(on, move |&on| {
            let listener = on.then(|| {
                EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
                    let Some(parent) = parent_window() else { return };
                    let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
                    if !from_parent {
                        return;
                    }
                    let json = js_sys::JSON::stringify(&e.data()).ok().and_then(|s| s.as_string()).unwrap_or_default();
                    let result = parse_incoming(&json).and_then(|m| control.send(command_for(m)));
                    if let Err(reason) = result {
                        post(serde_json::json!({ "chainlab": 1, "event": "rejected", "reason": reason }));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Events out, whenever what a viewer sees moves.
    {
        let key = report.as_ref().map(|r| (r.path, r.step, r.playing, r.finished, r.fingerprint.clone()));
        let r = report.clone();
        use_effect_with(key, move |_| {
            if let (true, Some(r)) = (on, r) {
                post(serde_json::json!({
                    "chainlab": 1, "event": "step", "sim": sim_name(r.path), "step": r.step, "unit": r.unit,
                    "playing": r.playing, "finished": r.finished, "fingerprint": r.fingerprint,
                    "narration": r.narration, "params": r.query,
                }));
            }
        });
    }
    // Lazy start.
    {
        let control = control.clone();
        let latest = latest.clone();
        use_effect_with(on, move |&on| {
            let started = Rc::new(Cell::new(false));
            let auto_paused = Rc::new(Cell::new(false));
            let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some(entry) = entries
                    .get(entries.length().saturating_sub(1))
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .ok()
                else {
                    return;
                };
                let r = latest.borrow().clone();
                let Some(r) = r else { return };
                let root = gloo::utils::document().document_element();
                if entry.is_intersecting() {
                    if (!started.get() || auto_paused.get()) && !r.finished && !r.playing {
                        let _ = control.send(Command::Play);
                    }
                    started.set(true);
                    auto_paused.set(false);
                    if let Some(root) = root {
                        let _ = root.set_attribute("data-visible", "true");
                    }
                } else {
                    if r.playing {
                        let _ = control.send(Command::Pause);
                        auto_paused.set(true);
                    }
                    if let Some(root) = root {
                        let _ = root.set_attribute("data-visible", "false");
                    }
                }
            });
            let opts = web_sys::IntersectionObserverInit::new();
            opts.set_threshold(&JsValue::from_f64(0.25));
            let observer = on
                .then(|| {
                    web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &opts).ok()
                })
                .flatten();
            if let (Some(o), Some(main)) = (&observer, gloo::utils::document().get_element_by_id("main")) {
                o.observe(&main);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_change);
            }
        });
    }
    if !on {
        return html! {};
    }
    let full = report.as_ref().map(|r| absolute_url(r.path, &r.query_at())).unwrap_or_default();
    html! {
        <footer class="embed-footer">
            <a href={full} target="_blank" rel="noopener">{ "Chain Lab · open the full page ↗" }</a>
        </footer>
    }
}

// ---------------------------------------------------- presenter and tours

fn fullscreen_toggle() {
    let doc = gloo::utils::document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Presenter mode's bar: the time controls (folded in from the page, whose
/// own toolbar presenter mode hides), the step reached, fullscreen, QR,
/// playlist chooser, exit. One row at 1024 px, so that a projector's height
/// goes to the caption and the simulation.
#[hook]
fn use_presenter_bar(control: &SimControl, flags: &ShellFlags, report: &Option<SimReport>) -> Html {
    let report = report.clone();
    let qr = use_state(|| false);
    let error = use_state(|| None::<String>);
    let titles = use_memo((), |_| {
        shipped()
            .into_iter()
            .filter(|(n, _)| !n.starts_with("tour-"))
            .map(|(n, json)| {
                let title = Playlist::parse(json).map(|l| l.title).unwrap_or_else(|_| n.clone());
                (n, title)
            })
            .collect::<Vec<_>>()
    });
    let flags = flags.clone();
    let exit = {
        let (flags, report) = (flags.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            let f = ShellFlags { present: false, playlist: None, cue: 0, ..flags.clone() };
            match &report {
                Some(r) => go_to(&f, r.path, &r.query_at()),
                None => go_to(&f, "/", ""),
            }
        })
    };
    let choose = {
        let flags = flags.clone();
        Callback::from(move |e: Event| {
            let name = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(list) = load(&name) {
                go_cue(&ShellFlags { playlist: Some(name), tour: None, ..flags.clone() }, &list, 0);
            }
        })
    };
    let open_file = {
        let (flags, error) = (flags.clone(), error.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let Ok(reader) = web_sys::FileReader::new() else { return };
            let (flags, error, r2) = (flags.clone(), error.clone(), reader.clone());
            let onload = Closure::once_into_js(move || {
                let text = r2.result().ok().and_then(|v| v.as_string()).unwrap_or_default();
                match Playlist::parse(&text) {
                    Ok(list) => {
                        error.set(None);
                        let inline = serde_json::to_string(&list).unwrap_or_default();
                        go_cue(&ShellFlags { playlist: Some(inline), tour: None, ..flags.clone() }, &list, 0);
                    }
                    Err(msg) => error.set(Some(msg)),
                }
            });
            reader.set_onload(Some(onload.unchecked_ref()));
            let _ = reader.read_as_text(&file);
        })
    };
    let current = flags.playlist.clone().unwrap_or_default();
    let send = |c: Command| {
        let control = control.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = control.send(c.clone());
        })
    };
    let (playing, finished) = report.as_ref().map(|r| (r.playing, r.finished)).unwrap_or((false, false));
    let unit = report.as_ref().map(|r| r.unit).unwrap_or("step");
    let time = html! {
        <div class="presenter-time" role="group" aria-label="Time controls">
            <button class="small primary" id="present-play" disabled={report.is_none() || (finished && !playing)}
                onclick={send(if playing { Command::Pause } else { Command::Play })} aria-keyshortcuts="Space">
                { if playing { "▮▮ Pause" } else if finished { "Finished" } else { "▶ Play" } }
            </button>
            <button class="small" id="present-back" onclick={send(Command::Back)} aria-label={format!("Back one {unit}")} title={format!("Back one {unit} (Left arrow)")}>{ "◀" }</button>
            <button class="small" id="present-step" onclick={send(Command::Step)} disabled={finished} aria-label={format!("Step one {unit}")} title={format!("Step one {unit} (Right arrow)")}>{ "▶|" }</button>
            <button class="small" id="present-reset" onclick={send(Command::Reset)} aria-label="Reset to the start" title="Reset to the start (R)">{ "↺" }</button>
            if let Some(r) = &report {
                <span class="present-step" id="present-step-label">{ format!("{} {}", r.unit, thousands(r.step.into())) }</span>
            }
        </div>
    };
    html! {
        <div class="presenter-bar" id="presenter-bar" role="toolbar" aria-label="Presenter">
            { time }
            <button class="small" id="fullscreen" onclick={Callback::from(|_: MouseEvent| fullscreen_toggle())}>{ "Fullscreen" }</button>
            <button class="small" id="presenter-qr" onclick={{ let qr = qr.clone(); Callback::from(move |_: MouseEvent| qr.set(true)) }}>{ "QR code" }</button>
            <label class="inline">{ "Playlist " }
                <select id="playlist-select" onchange={choose} aria-label="Playlist">
                    <option value="" selected={current.is_empty()}>{ "none" }</option>
                    { for titles.iter().map(|(n, title)| {
                        html! { <option value={n.clone()} selected={current == *n}>{ title.clone() }</option> }
                    }) }
                    if current.starts_with('{') { <option value="" selected=true>{ "from a file" }</option> }
                    else if !current.is_empty() && !titles.iter().any(|(n, _)| *n == current) {
                        <option value="" selected=true id="playlist-unknown">{ format!("not found: {}", crate::query::clip(&current, 20)) }</option>
                    }
                </select>
            </label>
            <label class="file-button small" title="Open a playlist file">{ "Open file…" }
                <input type="file" id="playlist-file" accept=".json,application/json" onchange={open_file} />
            </label>
            <button class="small" id="exit-presenter" onclick={exit} title="Exit presenter mode">{ "Exit" }</button>
            if let Some(msg) = &*error { <p class="field-error" role="alert">{ msg }</p> }
            if *qr {
                if let Some(r) = &report {
                    { qr_dialog(moment_url(r), { let qr = qr.clone(); Callback::from(move |()| qr.set(false)) }) }
                }
            }
        </div>
    }
}

/// Each page's main picture, the one thing a projected cue must show whole
/// (tests/browser/presenter-fit.mjs names the same).
const MAIN_PICTURE: &str = "#nodes, #pipeline, #timeline, #chart-stable-price, #stage";

/// What can take focus inside a dialog.
const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Every open dialog (help, QR, embed) is modal for the keyboard: when one
/// appears it is marked `aria-modal`, takes focus (its first control),
/// keeps Tab and Shift+Tab inside it, and when it goes, focus returns to
/// where it was (the button that opened it).
#[hook]
fn use_modal_dialogs() {
    use_effect_with((), move |_| {
        let doc = gloo::utils::document();
        let opener: Rc<RefCell<Option<web_sys::HtmlElement>>> = Rc::default();
        let open_dialog = || gloo::utils::document().query_selector("dialog[open]").ok().flatten();
        let focusables = |d: &web_sys::Element| -> Vec<web_sys::HtmlElement> {
            let list = d.query_selector_all(FOCUSABLE).ok();
            (0..list.as_ref().map(|l| l.length()).unwrap_or(0))
                .filter_map(|i| list.as_ref()?.get(i)?.dyn_into::<web_sys::HtmlElement>().ok())
                .collect()
        };
        let o = opener.clone();
        let on_mutation = Closure::<dyn FnMut()>::new(move || {
            let doc = gloo::utils::document();
            match open_dialog() {
                Some(d) if d.get_attribute("aria-modal").is_none() => {
                    let _ = d.set_attribute("aria-modal", "true");
                    *o.borrow_mut() = doc.active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(first) = focusables(&d).into_iter().next() {
                        let _ = first.focus();
                    }
                }
                Some(_) => {}
                None => {
                    if let Some(back) = o.borrow_mut().take() {
                        if back.is_connected() {
                            let _ = back.focus();
                        }
                    }
                }
            }
        });
        let observer = web_sys::MutationObserver::new(on_mutation.as_ref().unchecked_ref()).ok();
        if let (Some(obs), Some(body)) = (&observer, doc.body()) {
            let init = web_sys::MutationObserverInit::new();
            init.set_child_list(true);
            init.set_subtree(true);
            let _ = obs.observe_with_options(&body, &init);
        }
        // Not passive: a Tab at either end of the dialog must not leave it.
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let keys = EventListener::new_with_options(&doc, "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
            if e.key() != "Tab" {
                return;
            }
            let Some(d) = open_dialog() else { return };
            let items = focusables(&d);
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active = gloo::utils::document().active_element();
            let inside = active.as_ref().is_some_and(|a| d.contains(Some(a)));
            let at = |x: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| js_sys::Object::is(a, x));
            if e.shift_key() && (!inside || at(first)) {
                e.prevent_default();
                let _ = last.focus();
            } else if !e.shift_key() && (!inside || at(last)) {
                e.prevent_default();
                let _ = first.focus();
            }
        });
        move || {
            if let Some(obs) = observer {
                obs.disconnect();
            }
            drop(on_mutation);
            drop(keys);
        }
    });
}

/// The observer that keeps `--fit-h`, with its callback.
type FitObserver = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// Presenter mode: keeps `--fit-h` on the root element at the height left
/// under the main picture's top edge (at scroll 0), so that the style sheet
/// can size the picture to end inside the viewport whatever the caption's
/// length. Recomputed when the viewport, the caption or the picture resize.
#[hook]
fn use_presenter_fit(on: bool) {
    use_effect_with(on, move |&on| {
        let state: Rc<RefCell<Option<FitObserver>>> = Rc::default();
        let resize = on.then(|| {
            let update = Rc::new(|| {
                let doc = gloo::utils::document();
                let (Some(root), Ok(Some(pic))) = (doc.document_element(), doc.query_selector(MAIN_PICTURE)) else {
                    return;
                };
                let w = gloo::utils::window();
                let vh = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0);
                let top = pic.get_bounding_client_rect().top() + w.scroll_y().unwrap_or(0.0);
                // 14 px: the canvas's border and a margin under it.
                let fit = (vh - top - 14.0).max(160.0).floor();
                let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
                let old = style.get_property_value("--fit-h").unwrap_or_default();
                let new = format!("{fit}px");
                if old != new {
                    let _ = style.set_property("--fit-h", &new);
                }
            });
            let u = update.clone();
            let cb = Closure::<dyn FnMut()>::new(move || u());
            if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
                let doc = gloo::utils::document();
                for sel in ["body", "#presenter-bar", "#cues", "main", MAIN_PICTURE] {
                    if let Ok(Some(e)) = doc.query_selector(sel) {
                        obs.observe(&e);
                    }
                }
                *state.borrow_mut() = Some((obs, cb));
            }
            update();
            let u = update.clone();
            EventListener::new(&gloo::utils::window(), "resize", move |_| u())
        });
        move || {
            if let Some((obs, _cb)) = state.borrow_mut().take() {
                obs.disconnect();
            }
            drop(resize);
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.unchecked_ref::<web_sys::HtmlElement>().style().remove_property("--fit-h");
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ClassroomShellProps {
    pub flags: ShellFlags,
}

/// The app-level classroom features in one component (each Yew component
/// type costs download size): the aria-live narration, embed mode's
/// runtime, and presenter mode's bar.
#[function_component(ClassroomShell)]
pub fn classroom_shell(p: &ClassroomShellProps) -> Html {
    let (control, report) = use_sim_report();
    let live = use_live_region(&report);
    let embed = use_embed_runtime(&control, &report, p.flags.embed);
    super::pacing::use_embed_end(&control, &report, p.flags.embed);
    let bar = use_presenter_bar(&control, &p.flags, &report);
    // The shell keys' problems stay listed after the walk rewrites the
    // address (a bare link is sent to its cue, with the flags corrected).
    let problems = use_mut_ref(Vec::<String>::new);
    {
        let mut found = p.flags.problems.clone();
        let spec = match (&p.flags.tour, &p.flags.playlist) {
            (Some(t), _) => Some(format!("tour-{t}")),
            (None, Some(pl)) => Some(pl.clone()),
            _ => None,
        };
        if let Some(Ok(l)) = spec.map(|s| load(&s)) {
            if p.flags.cue >= l.cues.len() {
                found.push(format!(
                    "cue = {} is past this playlist's {} cues (0 to {}); showing the last",
                    p.flags.cue,
                    l.cues.len(),
                    l.cues.len() - 1
                ));
            }
        }
        let mut kept = problems.borrow_mut();
        for m in found {
            if !kept.contains(&m) {
                kept.push(m);
            }
        }
    }
    let problems = problems.borrow().clone();
    use_presenter_fit(p.flags.present && !p.flags.embed);
    use_modal_dialogs();
    html! {
        <>
            if p.flags.present { { bar } }
            if !problems.is_empty() {
                <div class="notice shell-notice" id="shell-notice" role="alert">
                    <div>
                        <strong>{ "Some settings in this link could not be used:" }</strong>
                        <ul>{ for problems.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                    </div>
                </div>
            }
            { live }
            { embed }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct WalkProps {
    pub flags: ShellFlags,
    /// Whether the page's URL carried no state of its own (then the walk
    /// opens its cue).
    pub bare: bool,
}

/// A playlist (presenter mode) or a tour, at one cue: the caption, the
/// prediction question, Run, and moving between cues.
#[function_component(Walk)]
pub fn walk(p: &WalkProps) -> Html {
    let tour = p.flags.tour.is_some();
    let spec = match (&p.flags.tour, &p.flags.playlist) {
        (Some(t), _) => format!("tour-{t}"),
        (None, Some(pl)) => pl.clone(),
        (None, None) => String::new(),
    };
    let list = use_memo(spec, |s| load(s));
    let (control, report) = use_sim_report();
    let choice = use_state(|| None::<usize>);
    let running = use_state(|| false);
    let revealed = use_state(|| false);
    let list_ok = (*list).as_ref().ok().cloned();
    let i = p.flags.cue.min(list_ok.as_ref().map(|l| l.cues.len() - 1).unwrap_or(0));
    let cue: Option<Cue> = list_ok.as_ref().and_then(|l| l.cues.get(i).cloned());
    {
        let (flags, list, bare) = (p.flags.clone(), list_ok.clone(), p.bare);
        use_effect_with((), move |_| {
            // After every effect of this render (a page rewriting the
            // address bar would otherwise overwrite the cue's URL).
            if let (true, Some(l)) = (bare, list) {
                gloo::timers::callback::Timeout::new(0, move || go_cue(&flags, &l, flags.cue.min(l.cues.len() - 1)))
                    .forget();
            }
        });
    }
    // Run: play to the cue's step, then land on it exactly.
    {
        let (control, running, revealed, cue) = (control.clone(), running.clone(), revealed.clone(), cue.clone());
        use_effect_with(report.clone(), move |r| {
            if let (true, Some(r), Some(c)) = (*running, r, &cue) {
                if r.step >= c.at || r.finished {
                    let _ = control.send(Command::Pause);
                    if r.step != c.at && r.seekable {
                        let _ = control.send(Command::Seek(c.at));
                    }
                    running.set(false);
                    revealed.set(true);
                }
            }
        });
    }
    let has_run = cue.as_ref().is_some_and(|c| c.from.is_some_and(|f| f < c.at));
    let at_landing = match (&report, &cue) {
        (Some(r), Some(c)) => r.step < c.at,
        _ => false,
    };
    let run = {
        let (control, running, revealed, has_run) = (control.clone(), running.clone(), revealed.clone(), has_run);
        Callback::from(move |()| {
            if has_run && at_landing {
                running.set(true);
                if control.send(Command::Play).is_err() {
                    running.set(false);
                }
            } else {
                revealed.set(true);
            }
        })
    };
    let go = {
        let (flags, list) = (p.flags.clone(), list_ok.clone());
        Callback::from(move |to: usize| {
            if let Some(l) = &list {
                go_cue(&flags, l, to);
            }
        })
    };
    let n = list_ok.as_ref().map(|l| l.cues.len()).unwrap_or(0);
    let pending_run =
        cue.as_ref().is_some_and(|c| (has_run && at_landing) || (c.predict.is_some() && !*revealed)) && !*running;
    let next = {
        let (go, run) = (go.clone(), run.clone());
        Callback::from(move |()| {
            if pending_run {
                run.emit(());
            } else if i + 1 < n {
                go.emit(i + 1);
            }
        })
    };
    let prev = {
        let go = go.clone();
        Callback::from(move |()| {
            if i > 0 {
                go.emit(i - 1);
            }
        })
    };
    {
        let (next, prev) = (next.clone(), prev.clone());
        use_keys(Callback::from(move |e: KeyboardEvent| {
            if tour || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match e.key().as_str() {
                "PageDown" => {
                    e.prevent_default();
                    next.emit(());
                }
                "PageUp" => {
                    e.prevent_default();
                    prev.emit(());
                }
                _ => {}
            }
        }));
    }
    let close_tour = {
        let (flags, report) = (p.flags.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            let f = ShellFlags { tour: None, cue: 0, ..flags.clone() };
            if let Some(r) = &report {
                go_to(&f, r.path, &r.query_at());
            }
        })
    };
    let body = match (&*list, &cue) {
        (Err(msg), _) => {
            html! { <p class="field-error" role="alert" id="walk-error">{ format!("This playlist could not be used: {msg}") }</p> }
        }
        (Ok(_), None) => html! {},
        (Ok(l), Some(c)) => {
            let predict = c.predict.as_ref().map(|q| {
                let answered = *choice;
                html! {
                    <fieldset class="predict" id="predict">
                        <legend>{ "Predict, then run: " }{ &q.question }</legend>
                        { for q.choices.iter().enumerate().map(|(k, text)| {
                            let choice = choice.clone();
                            let mark = if *revealed && k == q.answer { " ✓" } else if *revealed && answered == Some(k) { " ✗" } else { "" };
                            html! {
                                <label class={classes!("choice", (*revealed && k == q.answer).then_some("right"), (*revealed && answered == Some(k) && k != q.answer).then_some("wrong"))}>
                                    <input type="radio" name="predict" id={format!("choice-{k}")} checked={answered == Some(k)} disabled={*revealed}
                                        onchange={Callback::from(move |_: Event| choice.set(Some(k)))} />
                                    { text }{ mark }
                                </label>
                            }
                        }) }
                        if *revealed {
                            <p class="why" id="why">
                                <strong>{ match answered { Some(a) if a == q.answer => "Right. ", Some(_) => "Not quite. ", None => "" } }</strong>
                                { &q.why }
                            </p>
                        }
                    </fieldset>
                }
            });
            let next_label = if pending_run {
                if has_run && at_landing {
                    "Run ▶"
                } else {
                    "Show answer"
                }
            } else {
                "Next ▶"
            };
            html! {
                <>
                    <p class="cue-pos" id="cue-pos">{ format!("{} · {} of {}", l.title, i + 1, l.cues.len()) }</p>
                    <p class="caption" id="caption">{ &c.caption }</p>
                    { predict.unwrap_or_default() }
                    <div class="walk-buttons">
                        <button id="cue-prev" disabled={i == 0} onclick={prev.reform(|_: MouseEvent| ())}>{ "◀ Back" }</button>
                        <button id="cue-next" class="primary" disabled={(!pending_run && i + 1 >= n) || *running}
                            onclick={next.reform(|_: MouseEvent| ())}>{ next_label }</button>
                        if tour { <button id="close-tour" onclick={close_tour}>{ "End tour" }</button> }
                    </div>
                </>
            }
        }
    };
    html! {
        <aside class={classes!("walk", if tour { "tour" } else { "cues" })} id={if tour { "tour" } else { "cues" }}
            aria-label={if tour { "Guided tour" } else { "Playlist" }} data-cue={i.to_string()}>
            { body }
        </aside>
    }
}
