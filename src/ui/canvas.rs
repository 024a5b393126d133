//! Canvases sized for sharp drawing on any screen, shared by every page.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Sizes the canvas's backing store to its CSS box times the device pixel
/// ratio (only when that changed); returns the CSS width, height and ratio.
pub fn fit(canvas: &HtmlCanvasElement) -> (f64, f64, f64) {
    fit_to(canvas, (canvas.client_width(), canvas.client_height()))
}

/// [`fit`] to a CSS box (`clientWidth`, `clientHeight`) the caller read earlier (reading it
/// after the page changed the DOM would force a layout).
pub fn fit_to(canvas: &HtmlCanvasElement, (cw, ch): (i32, i32)) -> (f64, f64, f64) {
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0);
    let (w, h) = (f64::from(cw), f64::from(ch));
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
    context_in(canvas, (canvas.client_width(), canvas.client_height()))
}

/// [`context`] for a CSS box read earlier ([`fit_to`]).
pub fn context_in(canvas: &HtmlCanvasElement, size: (i32, i32)) -> Option<(CanvasRenderingContext2d, f64, f64)> {
    let (w, h, dpr) = fit_to(canvas, size);
    let ctx = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
    ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0).ok()?;
    Some((ctx, w, h))
}

/// Like [`context`], for a drawing designed in fixed coordinates with its
/// smallest text at `smallest` px: the context is scaled uniformly (never
/// squeezed) by `k` = [`crate::charts::text_px`]`(smallest) / smallest`, so
/// that its smallest text meets the text-size rule, and the drawing gets the
/// canvas's size divided by `k` to lay itself out in. Returns the context,
/// that width and height, and `k`.
pub fn context_text(canvas: &HtmlCanvasElement, smallest: f64) -> Option<(CanvasRenderingContext2d, f64, f64, f64)> {
    context_text_in(canvas, smallest, (canvas.client_width(), canvas.client_height()))
}

/// [`context_text`] for a CSS box read earlier ([`fit_to`]).
pub fn context_text_in(
    canvas: &HtmlCanvasElement,
    smallest: f64,
    size: (i32, i32),
) -> Option<(CanvasRenderingContext2d, f64, f64, f64)> {
    let (w, h, dpr) = fit_to(canvas, size);
    let ctx = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
    let k = text_px(smallest) / smallest;
    ctx.set_transform(dpr * k, 0.0, 0.0, dpr * k, 0.0, 0.0).ok()?;
    Some((ctx, w / k, h / k, k))
}

/// Whether the page is in presenter mode (the app sets the root's class
/// before the pages draw).
pub fn presenter() -> bool {
    gloo::utils::document().document_element().is_some_and(|e| e.class_list().contains("presenter"))
}

/// A CSS font for text designed at `nominal` CSS px, by the one text-size
/// rule ([`crate::charts::text_px`]: at least 12 px, 18 px in presenter
/// mode); drawing is in CSS pixels (see [`context`]), so the device pixel
/// ratio applies through the context's transform.
pub fn font(nominal: f64, bold: bool) -> String {
    let px = crate::charts::text_px(nominal, presenter());
    format!("{}{px}px system-ui, sans-serif", if bold { "600 " } else { "" })
}

/// The text size (CSS px) for text designed at `nominal` px, by the same rule.
pub fn text_px(nominal: f64) -> f64 {
    crate::charts::text_px(nominal, presenter())
}

/// Draws `text` at (x, y) no wider than `max_w` at the context's font,
/// never squeezed: a text too wide loses characters from its end for an
/// ellipsis (nothing is drawn where not even one character fits).
pub fn fill_text_fit(ctx: &CanvasRenderingContext2d, text: &str, x: f64, y: f64, max_w: f64) {
    let width = |t: &str| ctx.measure_text(t).map(|m| m.width()).unwrap_or(0.0);
    if width(text) <= max_w {
        let _ = ctx.fill_text(text, x, y);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let t: String = chars[..mid].iter().collect::<String>() + "…";
        if width(&t) <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo > 0 {
        let t: String = chars[..lo].iter().collect::<String>().trim_end().to_string() + "…";
        let _ = ctx.fill_text(&t, x, y);
    }
}

/// Keyboard inspection of a picture of `n` items drawn `row` to a row (a
/// focusable canvas moved with the arrow keys): where `key` moves the
/// inspected item from `current` (the first item when none is inspected
/// yet); `Some(None)` for Escape (inspect nothing); `None` for a key that is
/// not for inspecting, which the page's time controls then get.
pub fn inspect_key(key: &str, current: Option<usize>, n: usize, row: usize) -> Option<Option<usize>> {
    if n == 0 {
        return None;
    }
    let row = row.max(1);
    let last = n - 1;
    let next = match (key, current.map(|c| c.min(last))) {
        ("Escape", _) => return Some(None), // i18n-ok: key names
        ("ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown", None) | ("Home", _) => 0, // i18n-ok: key names
        ("End", _) => last,                 // i18n-ok: key names
        ("ArrowLeft", Some(c)) => c.saturating_sub(1),
        ("ArrowRight", Some(c)) => (c + 1).min(last),
        ("ArrowUp", Some(c)) => c.checked_sub(row).unwrap_or(c),
        ("ArrowDown", Some(c)) => {
            if c + row <= last {
                c + row
            } else {
                c
            }
        }
        _ => return None,
    };
    Some(Some(next))
}

/// Draws the keyboard focus ring around an inspected item centred at
/// (x, y) whose size is `size` CSS px: a thick ring in the foreground
/// colour on a halo of the background, large enough to find among
/// thousands of tiny cells.
pub fn focus_ring(ctx: &CanvasRenderingContext2d, x: f64, y: f64, size: f64, fg: &str, bg: &str) {
    let r = (size * 0.75).max(9.0);
    for (colour, width) in [(bg, 6.0), (fg, 3.0)] {
        ctx.set_stroke_style_str(colour);
        ctx.set_line_width(width);
        ctx.begin_path();
        let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        ctx.stroke();
    }
}

/// Whether `canvas` already shows the drawing `key` describes at its
/// current size, pixel ratio, mode and theme (the key is kept on the
/// canvas, so a new canvas is always drawn); if not, marks it as showing
/// it, for the caller to draw. Pages redraw every frame while playing; a
/// drawing whose inputs did not change is then skipped.
pub fn unchanged(canvas: &HtmlCanvasElement, key: impl std::hash::Hash, pal: &crate::ui::palette::Palette) -> bool {
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0);
    let full = crate::ui::runner::visible((
        key,
        canvas.client_width(),
        canvas.client_height(),
        dpr.to_bits(),
        presenter(),
        &pal.fg,
        &pal.bg,
        &pal.colours,
    ));
    let full = format!("{full:016x}");
    if canvas.get_attribute("data-drawn").as_deref() == Some(full.as_str()) {
        return true;
    }
    let _ = canvas.set_attribute("data-drawn", &full);
    false
}
