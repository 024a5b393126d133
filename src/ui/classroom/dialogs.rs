//! The QR code dialog, and every dialog modal for the keyboard.

use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

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
pub(super) fn qr_dialog(url: String, on_close: Callback<()>) -> Html {
    let close = on_close.reform(|_: MouseEvent| ());
    let qr = qr_path(&url);
    html! {
        <>
            <div class="modal-backdrop" onclick={close.clone()}></div>
            <dialog open=true class="help qr-dialog" id="qr-dialog" aria-labelledby="qr-title">
                <h2 id="qr-title">{ crate::t!("qr-title") }</h2>
                if let Some((d, side)) = qr {
                    <svg class="qr" id="qr-code" viewBox={format!("0 0 {side} {side}")} role="img"
                        aria-label={crate::t!("qr-image-label")} shape-rendering="crispEdges">
                        <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                        <path d={d} fill="#000" />
                    </svg>
                } else {
                    <p class="field-error">{ crate::t!("qr-too-long") }</p>
                }
                <input class="copied-link" id="qr-url" type="text" readonly=true value={url} aria-label={crate::t!("qr-link-label")} />
                <p><button id="close-qr" onclick={close}>{ crate::t!("close") }</button></p>
            </dialog>
        </>
    }
}

/// What can take focus inside a dialog.
const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])"; // i18n-ok: a CSS selector

/// Every open dialog (help, QR, embed) is modal for the keyboard: when one
/// appears it is marked `aria-modal`, takes focus (its first control),
/// keeps Tab and Shift+Tab inside it, and when it goes, focus returns to
/// where it was (the button that opened it).
#[hook]
pub(super) fn use_modal_dialogs() {
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
            let tab = e.key() == "Tab"; // i18n-ok: a key name
            if !tab {
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
