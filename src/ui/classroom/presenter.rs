//! Presenter mode: its bar and the fit of the main picture.

use super::dialogs::qr_dialog;
use super::{go_cue, go_to, moment_url};
use crate::classroom::{load, shipped_names, Playlist, ShellFlags};
use crate::ui::control::{Command, SimControl, SimReport};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

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
pub(super) fn use_presenter_bar(control: &SimControl, flags: &ShellFlags, report: &Option<SimReport>) -> Html {
    let report = report.clone();
    let qr = use_state(|| false);
    let error = use_state(|| None::<String>);
    // The shipped playlists' titles, in the reader's language, once they
    // are here (fetched in presenter mode only).
    let names: Vec<String> = if flags.present {
        shipped_names().into_iter().filter(|n| !n.starts_with("tour-")).collect()
    } else {
        Vec::new()
    };
    let arrived = crate::ui::lang::use_shipped_playlists(names);
    let titles = use_memo(arrived, |_| {
        shipped_names()
            .into_iter()
            .filter(|n| !n.starts_with("tour-"))
            .map(|n| {
                let title = load(&n).map(|l| l.title).unwrap_or_else(|_| n.clone());
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
            let flags = ShellFlags { playlist: Some(name.clone()), tour: None, ..flags.clone() };
            crate::ui::lang::open_shipped(name, move |list| go_cue(&flags, &list, 0));
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
    let unit = crate::ui::shell::unit_name(report.as_ref().map(|r| r.unit).unwrap_or("step"));
    let time = html! {
        <div class="presenter-time" role="group" aria-label={crate::t!("time-controls-label")}>
            <button class="small primary" id="present-play" disabled={report.is_none() || (finished && !playing)}
                onclick={send(if playing { Command::Pause } else { Command::Play })} aria-keyshortcuts="Space"> // i18n-ok: a key name
                { if playing { format!("▮▮ {}", crate::t!("time-pause")) } else if finished { crate::t!("time-finished") } else { format!("▶ {}", crate::t!("time-play")) } }
            </button>
            <button class="small" id="present-back" onclick={send(Command::Back)} aria-label={crate::t!("present-back", unit = unit.clone())} title={crate::t!("present-back-title", unit = unit.clone())}>{ "◀" }</button>
            <button class="small" id="present-step" onclick={send(Command::Step)} disabled={finished} aria-label={crate::t!("present-step", unit = unit.clone())} title={crate::t!("present-step-title", unit = unit.clone())}>{ "▶|" }</button>
            <button class="small" id="present-reset" onclick={send(Command::Reset)} aria-label={crate::t!("present-reset")} title={crate::t!("time-reset-title")}>{ "↺" }</button>
            if let Some(r) = &report {
                <span class="present-step" id="present-step-label">{ crate::t!("present-step-label", unit = crate::ui::shell::unit_name(r.unit), step = r.step) }</span>
            }
        </div>
    };
    html! {
        <div class="presenter-bar" id="presenter-bar" role="toolbar" aria-label={crate::t!("present-label")}>
            { time }
            <button class="small" id="fullscreen" onclick={Callback::from(|_: MouseEvent| fullscreen_toggle())}>{ crate::t!("present-fullscreen") }</button>
            <button class="small" id="presenter-qr" onclick={{ let qr = qr.clone(); Callback::from(move |_: MouseEvent| qr.set(true)) }}>{ crate::t!("dock-qr") }</button>
            <label class="inline">{ crate::t!("present-playlist") }{ " " }
                <select id="playlist-select" onchange={choose} aria-label={crate::t!("present-playlist")}>
                    <option value="" selected={current.is_empty()}>{ crate::t!("present-playlist-none") }</option>
                    { for titles.iter().map(|(n, title)| {
                        html! { <option value={n.clone()} selected={current == *n}>{ title.clone() }</option> }
                    }) }
                    if current.starts_with('{') { <option value="" selected=true>{ crate::t!("present-playlist-file") }</option> }
                    else if !current.is_empty() && !titles.iter().any(|(n, _)| *n == current) {
                        <option value="" selected=true id="playlist-unknown">{ crate::t!("present-playlist-unknown", name = crate::query::clip(&current, 20)) }</option>
                    }
                </select>
            </label>
            <label class="file-button small" title={crate::t!("present-open-title")}>{ crate::t!("present-open") }
                <input type="file" id="playlist-file" accept=".json,application/json" onchange={open_file} />
            </label>
            <button class="small" id="exit-presenter" onclick={exit} title={crate::t!("present-exit-title")}>{ crate::t!("present-exit") }</button>
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
const MAIN_PICTURE: &str = "#nodes, #pipeline, #timeline, #chart-stable-price, #stage"; // i18n-ok: CSS selectors

/// The observer that keeps `--fit-h`, with its callback.
type FitObserver = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// Presenter mode: keeps `--fit-h` on the root element at the height left
/// under the main picture's top edge (at scroll 0), so that the style sheet
/// can size the picture to end inside the viewport whatever the caption's
/// length. Recomputed when the viewport, the caption or the picture resize.
#[hook]
pub(super) fn use_presenter_fit(on: bool) {
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
