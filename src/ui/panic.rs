//! A panic anywhere replaces the dead page with a readable error panel and
//! a way back, instead of leaving a frozen or blank page.

use wasm_bindgen::JsCast;

/// Installs the hook through yew (its renderer would otherwise replace a
/// plain `std::panic::set_hook` with its own console-only hook).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => (*s).to_string(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "unknown error".into()), // i18n-ok: the panic's own text is developers' English
        };
        let place = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        show_panel(&format!("{message}{place}"));
    }));
}

fn show_panel(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let Ok(panel) = doc.create_element("div") else { return };
    panel.set_id("error-panel");
    panel.set_attribute("role", "alertdialog").ok();
    panel.set_attribute("aria-labelledby", "error-title").ok();
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let escaped = escape(detail);
    let (title, text) = (escape(&crate::t!("error-title")), escape(&crate::t!("error-text")));
    let (reload, reset) = (escape(&crate::t!("error-reload")), escape(&crate::t!("error-reset")));
    panel.set_inner_html(&format!(
        "<div class=\"error-box\"><h2 id=\"error-title\">{title}</h2>\
         <p>{text}</p>\
         <pre>{escaped}</pre>\
         <p class=\"error-actions\"><button id=\"error-reload\">{reload}</button> \
         <button id=\"error-reset\">{reset}</button></p></div>"
    ));
    body.append_child(&panel).ok();
    let on = |id: &str, reset: bool| {
        if let Some(b) = doc.get_element_by_id(id) {
            let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if let Some(w) = web_sys::window() {
                    if reset {
                        let _ = w.location().set_hash("#/");
                    }
                    let _ = w.location().reload();
                }
            });
            let _ = b.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    };
    on("error-reload", false);
    on("error-reset", true);
}

/// Panics on purpose, so the browser tests can check the error panel
/// (`window.wasmBindings.chainlab_test_panic()`). Only in builds with the
/// bench-exports feature (the test build), never in production.
#[cfg(feature = "bench-exports")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn chainlab_test_panic() {
    panic!("a test asked for a panic (chainlab_test_panic)");
}
