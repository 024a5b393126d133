//! Downloads for every page: any canvas as PNG, and the text files a page
//! offers through the contract (`control::ExportFile`: SVG charts, CSV,
//! JSON, the event log). Files are handed to the browser as `data:` URLs,
//! so nothing is uploaded and nothing is requested.

use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};

/// The browser's words for what went wrong.
fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Saves `href` (a data URL) as `name` through a temporary link.
fn save(href: &str, name: &str) -> Result<(), String> {
    let doc = gloo::utils::document();
    let a = doc.create_element("a").map_err(js_error)?;
    let a = a.dyn_into::<HtmlAnchorElement>().map_err(|_| "no link element".to_string())?; // i18n-ok: cannot happen
    a.set_href(href);
    a.set_download(name);
    a.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&a).map_err(js_error)?;
    a.click();
    body.remove_child(&a).map_err(js_error)?;
    Ok(())
}

/// Saves a text file; an empty one is refused (a file with nothing in it
/// is a failure the reader should hear about).
pub fn save_text(name: &str, mime: &str, body: &str) -> Result<(), String> {
    if body.is_empty() {
        return Err(crate::t!("export-empty", file = name));
    }
    let encoded: String = js_sys::encode_uri_component(body).into();
    save(&format!("data:{mime};charset=utf-8,{encoded}"), name)
}

/// The canvases with an id inside the page's section, as (id, label).
pub fn canvases() -> Vec<(String, String)> {
    let doc = gloo::utils::document();
    let pictures = "main section.sim canvas[id]"; // i18n-ok: a CSS selector
    let Ok(list) = doc.query_selector_all(pictures) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|e| e.client_width() > 0)
        .map(|e| (e.id(), e.get_attribute("aria-label").unwrap_or_else(|| e.id())))
        .collect()
}

/// Saves the canvas with this id as `<id>.png` (at its device resolution).
pub fn save_canvas_png(id: &str, prefix: &str) -> Result<(), String> {
    let canvas = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .ok_or_else(|| format!("the picture {id} is no longer on the page"))?;
    let url = canvas.to_data_url_with_type("image/png").map_err(js_error)?;
    save(&url, &format!("{prefix}-{id}.png"))
}
