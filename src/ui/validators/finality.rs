//! The finality strip and the leak's balance chart, on canvas.
//!
//! The strip: one row per chain (two for a partition), the run's epochs
//! from left to right; each column is coloured by what Casper FFG did in
//! its epochs: finalised (green), justified but not final (blue), not
//! justified (grey), with a red band under the epochs in an inactivity
//! leak. Columns cover several epochs on long runs (the worst state shows).
//! The balance chart: a cut-off and an online validator's balance over
//! time (ETH), with 16 ETH (ejection) marked.

use crate::i18n::{num, number};
use crate::sim::validators::{EpochRecord, ValidatorSim, EPOCHS_PER_DAY};
use crate::ui::canvas;
use crate::ui::palette::Palette;
use web_sys::HtmlCanvasElement;

/// 0: finalised (delay 0 or 1), 1: justified only, 2: not justified.
fn state(r: &EpochRecord) -> u8 {
    if r.finality_delay <= 1 {
        0
    } else if r.justified_now() {
        1
    } else {
        2
    }
}

/// The chains to draw, with their labels.
fn chains(sim: &ValidatorSim) -> Vec<(String, &[EpochRecord])> {
    match sim.other_side() {
        Some(o) => vec![
            (crate::t!("validators-strip-chain-a"), sim.history()),
            (crate::t!("validators-strip-chain-b"), o.history()),
        ],
        None => vec![(crate::t!("validators-strip-chain"), sim.history())],
    }
}

pub fn draw_finality_strip(c: &HtmlCanvasElement, size: (i32, i32), sim: &ValidatorSim, pal: &Palette) {
    let Some((ctx, w, h, _)) = canvas::context_text_in(c, 11.0, size) else { return };
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let rows = chains(sim);
    let (left, right, top, bottom) = (8.0, 8.0, 4.0, 16.0);
    let row_h = ((h - top - bottom) / rows.len() as f64).max(8.0);
    let epochs = f64::from(sim.params().epochs.max(1));
    let x_of = |e: f64| left + (w - left - right) * e / epochs;
    ctx.set_font("11px system-ui, sans-serif"); // i18n-ok: a CSS font
    ctx.set_text_baseline("middle");
    // Finalised, justified only, not justified: green, blue and mid grey (the faint grid
    // colour is kept for what has not been played yet, so the two greys never meet).
    let colour = [pal.shade(2, 0.9), pal.shade(1, 0.75), pal.muted.clone()];
    for (k, (label, hist)) in rows.iter().enumerate() {
        let y = top + k as f64 * row_h;
        let bar = row_h - 8.0;
        // Not yet played: the grid colour, faint.
        ctx.set_fill_style_str(&pal.grid);
        ctx.set_global_alpha(0.35);
        ctx.fill_rect(left, y + 2.0, w - left - right, bar);
        ctx.set_global_alpha(1.0);
        // One column per pixel (or per epoch when epochs are wider).
        let cols = (w - left - right).max(1.0).floor() as usize;
        let per = (epochs / cols as f64).max(1.0);
        let mut i = 1usize;
        while i < hist.len() {
            let start = i;
            let end = ((start as f64 + per).floor() as usize).clamp(start + 1, hist.len());
            let worst = hist[start..end].iter().map(state).max().unwrap_or(0);
            let leak = hist[start..end].iter().any(|r| r.in_leak);
            let (x0, x1) = (x_of((start - 1) as f64), x_of((end - 1) as f64));
            ctx.set_fill_style_str(&colour[worst as usize]);
            // Half a pixel of overlap: no hairline gaps between columns.
            ctx.fill_rect(x0, y + 2.0, (x1 - x0).max(1.0) + 0.5, bar - 5.0);
            if leak {
                ctx.set_fill_style_str(&pal.colours[0]);
                ctx.fill_rect(x0, y + bar - 3.0, (x1 - x0).max(1.0) + 0.5, 4.0);
            }
            i = end;
        }
        let last = hist.last().map(|r| r.finalized_epoch).unwrap_or(0);
        let text = crate::t!("validators-strip-row", chain = label.as_str(), epoch = last.to_string());
        // Measured (every language's letters differ in width); about 6.2 px a Latin character at 11 px otherwise.
        let tw = ctx.measure_text(&text).map(|m| m.width()).unwrap_or(text.chars().count() as f64 * 6.2);
        ctx.set_fill_style_str(&pal.bg);
        ctx.set_global_alpha(0.8);
        ctx.fill_rect(left + 2.0, y + 2.0 + (bar - 5.0) / 2.0 - 7.0, tw + 4.0, 14.0);
        ctx.set_global_alpha(1.0);
        ctx.set_fill_style_str(&pal.fg);
        let _ = ctx.fill_text(&text, left + 4.0, y + 2.0 + (bar - 5.0) / 2.0);
    }
    // Where the run is, and the outage's start.
    let now = x_of(f64::from(sim.epoch()));
    ctx.set_stroke_style_str(&pal.fg);
    ctx.set_line_width(1.5);
    ctx.begin_path();
    ctx.move_to(now, top);
    ctx.line_to(now, h - bottom + 2.0);
    ctx.stroke();
    if let Some(o) = sim.params().outage {
        let x = x_of(f64::from(o.from));
        ctx.set_stroke_style_str(&pal.colours[0]);
        ctx.set_line_width(1.0);
        let _ = ctx.set_line_dash(&js_sys::Array::of2(&3.0.into(), &3.0.into()));
        ctx.begin_path();
        ctx.move_to(x, top);
        ctx.line_to(x, h - bottom + 2.0);
        ctx.stroke();
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    }
    // Day ticks.
    ctx.set_fill_style_str(&pal.muted);
    ctx.set_text_baseline("bottom");
    let days = epochs / f64::from(EPOCHS_PER_DAY);
    // At most one label per 56 px (a phone gets fewer).
    let most = ((w - left - right) / 56.0).clamp(2.0, 10.0);
    let step = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0].into_iter().find(|s| days / s <= most).unwrap_or(100.0);
    let mut d = 0.0;
    while d <= days {
        let x = x_of(d * f64::from(EPOCHS_PER_DAY));
        let _ = ctx.fill_text(&crate::t!("validators-day", day = num(d, 0)), (x - 12.0).clamp(0.0, w - 40.0), h);
        d += step;
    }
}

/// A cut-off and an online validator's balance over the run so far.
pub fn draw_balances(c: &HtmlCanvasElement, size: (i32, i32), sim: &ValidatorSim, pal: &Palette) {
    let Some((ctx, w, h, _)) = canvas::context_text_in(c, 11.0, size) else { return };
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let hist = sim.history();
    let (left, right, top, bottom) = (40.0, 10.0, 22.0, 22.0);
    let epochs = f64::from(sim.params().epochs.max(1));
    let series = |online: bool| -> Vec<f64> {
        hist.iter()
            .map(|r| if online { r.online_watch } else { r.offline_watch }.map(|w| w.balance_eth).unwrap_or(f64::NAN))
            .collect()
    };
    let (off, on) = (series(false), series(true));
    let hi = off.iter().chain(on.iter()).copied().filter(|v| v.is_finite()).fold(32.0f64, f64::max).ceil() + 0.5;
    let lo = off.iter().copied().filter(|v| v.is_finite()).fold(30.0f64, f64::min).min(16.0).floor().max(0.0);
    let x_of = |e: f64| left + (w - left - right) * e / epochs;
    let y_of = |v: f64| top + (h - top - bottom) * (hi - v) / (hi - lo);
    ctx.set_font("11px system-ui, sans-serif"); // i18n-ok: a CSS font
    ctx.set_fill_style_str(&pal.muted);
    ctx.set_text_baseline("middle");
    ctx.set_stroke_style_str(&pal.grid);
    ctx.set_line_width(1.0);
    for v in [lo, 16.0, 24.0, 32.0] {
        if v < lo || v > hi {
            continue;
        }
        let y = y_of(v);
        ctx.begin_path();
        ctx.move_to(left, y);
        ctx.line_to(w - right, y);
        ctx.stroke();
        let _ = ctx.fill_text(&number(v, 0), 4.0, y);
    }
    let y16 = y_of(16.0);
    let _ = ctx.fill_text(&crate::t!("validators-ejection-line"), left + 4.0, y16 - 8.0);
    for (data, colour) in [(&on, pal.colours[2].clone()), (&off, pal.colours[0].clone())] {
        ctx.set_stroke_style_str(&colour);
        ctx.set_line_width(2.0);
        ctx.begin_path();
        let mut started = false;
        let stride = (data.len() / 1500).max(1);
        for (i, v) in data.iter().enumerate().step_by(stride).chain(data.iter().enumerate().next_back()) {
            if !v.is_finite() {
                continue;
            }
            let (x, y) = (x_of(i as f64), y_of(*v));
            if started {
                ctx.line_to(x, y);
            } else {
                ctx.move_to(x, y);
                started = true;
            }
        }
        ctx.stroke();
    }
    ctx.set_text_baseline("top");
    ctx.set_fill_style_str(&pal.colours[2]);
    let online = crate::t!("validators-balances-online");
    let _ = ctx.fill_text(&online, left, 4.0);
    // The second label after the first, however long the language makes it.
    let gap = ctx.measure_text(&online).map(|m| m.width() + 16.0).unwrap_or(130.0).max(130.0);
    ctx.set_fill_style_str(&pal.colours[0]);
    let _ = ctx.fill_text(&crate::t!("validators-balances-offline"), left + gap, 4.0);
    ctx.set_fill_style_str(&pal.muted);
    ctx.set_text_baseline("bottom");
    let _ = ctx.fill_text(&crate::t!("validators-day", day = num(epochs / f64::from(EPOCHS_PER_DAY), 0)), w - right - 44.0, h);
    let _ = ctx.fill_text(&crate::t!("validators-day", day = 0), left, h);
}
