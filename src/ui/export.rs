//! Downloads for every page: any canvas as PNG, and the text files a page
//! offers through the contract (`control::ExportFile`: SVG charts, CSV,
//! JSON, the event log). Files are handed to the browser as `data:` URLs,
//! so nothing is uploaded and nothing is requested.

use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};

/// Saves `href` (a data URL) as `name` through a temporary link.
fn save(href: &str, name: &str) {
    let doc = gloo::utils::document();
    let Ok(a) = doc.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<HtmlAnchorElement>() else { return };
    a.set_href(href);
    a.set_download(name);
    a.set_hidden(true);
    let body = gloo::utils::body();
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
}

/// Saves a text file.
pub fn save_text(name: &str, mime: &str, body: &str) {
    let encoded: String = js_sys::encode_uri_component(body).into();
    save(&format!("data:{mime};charset=utf-8,{encoded}"), name);
}

/// The canvases with an id inside the page's section, as (id, label).
pub fn canvases() -> Vec<(String, String)> {
    let doc = gloo::utils::document();
    let Ok(list) = doc.query_selector_all("main section.sim canvas[id]") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|e| e.client_width() > 0)
        .map(|e| (e.id(), e.get_attribute("aria-label").unwrap_or_else(|| e.id())))
        .collect()
}

/// Saves the canvas with this id as `<id>.png` (at its device resolution).
pub fn save_canvas_png(id: &str, prefix: &str) {
    let canvas = gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok());
    if let Some(c) = canvas {
        if let Ok(url) = c.to_data_url_with_type("image/png") {
            save(&url, &format!("{prefix}-{id}.png"));
        }
    }
}

/// One CSV field, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
