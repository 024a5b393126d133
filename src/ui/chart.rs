//! Charts on canvases, for every page: the shared chart functions
//! ([`crate::charts`]) drawn with the page's theme at the device pixel ratio.

use crate::charts::{self, ChartStyle, DrawResult};
use crate::sim::consensus::experiment::RunOutcome;
use crate::sim::consensus::RoundStats;
use crate::sim::swap::SwapSim;
use crate::ui::palette::Palette;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use super::chart_backend::AnyBackend;
use web_sys::HtmlCanvasElement;

fn rgb(s: &str) -> RGBColor {
    let t = s.trim();
    if let Some(h) = t.strip_prefix('#') {
        if let (6, Ok(v)) = (h.len(), u32::from_str_radix(h, 16)) {
            return RGBColor((v >> 16) as u8, (v >> 8) as u8, v as u8);
        }
    }
    if let Some(inner) = t.strip_prefix("rgb(").and_then(|x| x.strip_suffix(')')) {
        let v: Vec<u8> = inner.split(',').filter_map(|p| p.trim().parse().ok()).collect();
        if v.len() == 3 {
            return RGBColor(v[0], v[1], v[2]);
        }
    }
    RGBColor(128, 128, 128)
}

/// Sizes the canvas's backing store for the device pixel ratio and returns
/// its backend with the matching style.
/// (The backend is [`AnyBackend`], so that exporting a chart as SVG reuses
/// the same compiled chart code.)
fn canvas(canvas: &HtmlCanvasElement, pal: &Palette) -> Option<(AnyBackend<'static>, ChartStyle)> {
    let (_, _, dpr) = super::canvas::fit(canvas);
    Some((AnyBackend::Canvas(CanvasBackend::with_canvas_object(canvas.clone())?), style(pal, dpr)))
}

/// The page theme as a chart style at a device pixel ratio.
fn style(pal: &Palette, dpr: f64) -> ChartStyle {
    ChartStyle {
        bg: rgb(&pal.bg),
        fg: rgb(&pal.fg),
        muted: rgb(&pal.muted),
        grid: rgb(&pal.grid),
        colours: [0, 1, 2, 3].map(|i| rgb(&pal.colours[i])),
        scale: dpr,
    }
}

pub fn draw_history(
    c: &HtmlCanvasElement,
    history: &[RoundStats],
    colours: usize,
    honest: u32,
    show_confidence: bool,
    pal: &Palette,
) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?;
    charts::draw_history(&backend.into_drawing_area(), history, colours, honest, show_confidence, &st)
}

pub fn draw_histogram(c: &HtmlCanvasElement, outcomes: &[RunOutcome], pal: &Palette) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?;
    charts::draw_histogram(&backend.into_drawing_area(), outcomes, &st)
}

/// Both parties' balances on both chains, over the same span as the timeline.
pub fn draw_balances(c: &HtmlCanvasElement, sim: &SwapSim, pal: &Palette) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?;
    let p = sim.params();
    let end = crate::ui::swap::view_end(sim);
    charts::draw_balances(&backend.into_drawing_area(), sim.balances(), p.amount_a, p.amount_b, end, &st)
}
