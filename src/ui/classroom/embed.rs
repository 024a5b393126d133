//! Embed mode's runtime: postMessage in and out, lazy start.

use super::sim_name;
use crate::classroom::parse_incoming;
use crate::ui::control::{Command, SimControl, SimReport};
use crate::ui::shell::absolute_url;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;
use yew::prelude::*;

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

/// Embed mode: commands in from the embedding page (validated, anything
/// malformed ignored and answered with `rejected`), a `step` event out
/// whenever the run moves, and lazy start: play when scrolled into view,
/// pause when scrolled out.
#[hook]
pub(super) fn use_embed_runtime(control: &SimControl, report: &Option<SimReport>, on: bool) -> Html {
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
                    let result = parse_incoming(&json).and_then(|m| control.send(m));
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
                // In view: a quarter of the page, or 200 px of it when the page is
                // taller than four frames (the validators page in a 720-px frame).
                let seen = entry.is_intersecting()
                    && (entry.intersection_ratio() >= 0.25 || entry.intersection_rect().height() >= 200.0);
                if seen {
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
            let steps = js_sys::Array::new();
            for t in [0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25] {
                steps.push(&JsValue::from_f64(t));
            }
            opts.set_threshold(&steps);
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
            <a href={full} target="_blank" rel="noopener">{ crate::t!("embed-footer") }{ " ↗" }</a>
        </footer>
    }
}
