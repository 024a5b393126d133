//! Canvases sized for sharp drawing on any screen, shared by every page.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Sizes the canvas's backing store to its CSS box times the device pixel
/// ratio (only when that changed); returns the CSS width, height and ratio.
pub fn fit(canvas: &HtmlCanvasElement) -> (f64, f64, f64) {
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0);
    let (w, h) = (f64::from(canvas.client_width()), f64::from(canvas.client_height()));
    if w <= 0.0 || h <= 0.0 {
        // Not laid out (hidden): keep the store, report its size.
        return (f64::from(canvas.width()) / dpr, f64::from(canvas.height()) / dpr, dpr);
    }
    let (bw, bh) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    (w, h, dpr)
}

/// A fitted canvas's 2D context, scaled so drawing is in CSS pixels;
/// returns it with the CSS width and height.
pub fn context(canvas: &HtmlCanvasElement) -> Option<(CanvasRenderingContext2d, f64, f64)> {
    let (w, h, dpr) = fit(canvas);
    let ctx = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
    ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0).ok()?;
    Some((ctx, w, h))
}
