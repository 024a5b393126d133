//! Downloads from the page: a chart as PNG (the canvas as drawn) or SVG
//! (the same chart function drawn by plotters' SVG backend, as the CLI's
//! `--svg` does), and a run's series as CSV. Nothing here knows about the
//! stablecoin beyond the caller's strings, so other pages can use it.
//!
//! A download is an `<a download>` clicked on a blob URL (or the canvas's
//! data URL), which works offline and from any sub-path.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

/// Clicks a temporary `<a download=name href=url>`.
fn click_download(url: &str, name: &str) -> Result<(), String> {
    let doc = gloo::utils::document();
    let a: HtmlAnchorElement = doc.create_element("a").map_err(|_| "no <a>")?.dyn_into().map_err(|_| "not an <a>")?;
    a.set_href(url);
    a.set_download(name);
    a.set_attribute("hidden", "").ok();
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a).map_err(|_| "cannot attach")?;
    a.click();
    body.remove_child(&a).ok();
    Ok(())
}

/// Downloads `text` as a file of the given MIME type.
pub fn download_text(text: &str, mime: &str, name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| "cannot make a blob")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make a URL")?;
    let r = click_download(&url, name);
    // Revoke after the click has been handled.
    let revoke = url.clone();
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&revoke);
    })
    .forget();
    r
}

/// Downloads a canvas as PNG, at its backing store's resolution.
pub fn download_png(canvas: &HtmlCanvasElement, name: &str) -> Result<(), String> {
    let url = canvas.to_data_url_with_type("image/png").map_err(|_| "the canvas cannot be read")?;
    click_download(&url, name)
}

/// Downloads an SVG document.
pub fn download_svg(svg: &str, name: &str) -> Result<(), String> {
    download_text(svg, "image/svg+xml", name)
}

/// Downloads CSV text.
pub fn download_csv(csv: &str, name: &str) -> Result<(), String> {
    download_text(csv, "text/csv", name)
}
