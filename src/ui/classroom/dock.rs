//! The page's dock: the timeline scrubber and the classroom tools.

use super::dialogs::qr_dialog;
use super::{embed_code, go_cue, go_to, moment_url, sim_name};
use crate::classroom::{shipped_names, ShellFlags};
use crate::ui::control::{use_sim_report, Command};
use crate::ui::export;
use crate::ui::shell::copy_to_clipboard;
use std::cell::{Cell, RefCell};
use web_sys::HtmlInputElement;
use yew::prelude::*;

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
    let has_tour = shipped_names().contains(&tour_name);
    let start_tour = {
        let flags = flags.clone();
        let name = sim_name(r.path).to_string();
        Callback::from(move |_: MouseEvent| {
            let flags = ShellFlags { tour: Some(name.clone()), playlist: None, present: false, ..flags.clone() };
            crate::ui::lang::open_shipped(format!("tour-{name}"), move |list| go_cue(&flags, &list, 0));
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
                        export_error.set(Some(crate::t!("export-files-failed", why = e)));
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
                onclick={toggle_menu}>{ crate::t!("export-button") }{ " ▾" }</button>
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
                                        .ok_or_else(|| crate::t!("export-gone", file = name2.clone()))?;
                                    export::save_text(&format!("{prefix}-{}", f.name), f.mime, &f.body)
                                });
                                export_error.set(saved.err().map(|e| crate::t!("export-save-failed", why = e)));
                            })}>{ name.clone() }</button> }
                    }) }
                </div>
            }
            if let Some(msg) = &*export_error {
                <p class="field-error" role="alert" id="export-error">{ msg }</p>
            }
        </div>
    };
    let step_label =
        crate::t!("dock-step-label", unit = crate::ui::shell::unit_name(r.unit), step = r.step, furthest = furthest);
    html! {
        <div class="dock" id="dock">
            if r.seekable {
                <div class="scrubber">
                    <label for="scrubber">{ crate::t!("dock-timeline") }</label>
                    <input type="range" id="scrubber" min="0" max={furthest.to_string()} value={r.step.to_string()} step="1"
                        disabled={furthest == 0} oninput={seek} aria-valuetext={step_label.clone()} />
                    <output for="scrubber" id="scrubber-label">{ step_label }</output>
                </div>
            }
            <div class="dock-tools" role="group" aria-label={crate::t!("dock-tools-label")}>
                if !flags.embed {
                    <button class="small" id="qr-button" onclick={open("qr")} title={crate::t!("dock-qr-title")}>{ crate::t!("dock-qr") }</button>
                    if !flags.present {
                        <button class="small" id="present-button" onclick={present} title={crate::t!("dock-present-title")}>{ crate::t!("dock-present") }</button>
                    }
                    if has_tour && flags.tour.is_none() {
                        <button class="small" id="tour-button" onclick={start_tour}>{ crate::t!("dock-tour") }</button>
                    }
                    <button class="small" id="embed-button" onclick={open("embed")} title={crate::t!("dock-embed-title")}>{ crate::t!("dock-embed") }</button>
                }
                { export_menu }
            </div>
            if *dialog == Some("qr") {
                { qr_dialog(moment_url(&r), close.clone()) }
            }
            if *dialog == Some("embed") {
                <div class="modal-backdrop" onclick={close.reform(|_: MouseEvent| ())}></div>
                <dialog open=true class="help" id="embed-dialog" aria-labelledby="embed-title">
                    <h2 id="embed-title">{ crate::t!("embed-title") }</h2>
                    <p>{ crate::t!("embed-text") }</p>
                    <textarea id="embed-code" readonly=true rows="5" aria-label={crate::t!("embed-code-label")} value={embed_code(&r)} />
                    <p>
                        <button id="copy-embed" class="primary" onclick={{
                            let (copied, code) = (copied.clone(), embed_code(&r));
                            Callback::from(move |_: MouseEvent| {
                                let copied = copied.clone();
                                copy_to_clipboard(&code, move |ok| copied.set(Some(ok)));
                            })
                        }}>{ match *copied {
                            Some(true) => format!("✓ {}", crate::t!("embed-copied")),
                            Some(false) => crate::t!("embed-copy-by-hand"),
                            None => crate::t!("embed-copy"),
                        } }</button>
                        { " " }
                        <button id="close-embed" onclick={close.reform(|_: MouseEvent| ())}>{ crate::t!("close") }</button>
                    </p>
                </dialog>
            }
        </div>
    }
}
