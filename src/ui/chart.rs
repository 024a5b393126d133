//! Charts on canvases, for every page: the shared chart functions
//! ([`crate::charts`]) drawn with the page's theme at the device pixel ratio.

use super::chart_backend::AnyBackend;
use crate::charts::{self, ChartStyle, DrawResult};
use crate::sim::consensus::experiment::RunOutcome;
use crate::sim::consensus::RoundStats;
use crate::sim::swap::SwapSim;
use crate::ui::canvas::unchanged;
use crate::ui::palette::Palette;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
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
    canvas_in(canvas, (canvas.client_width(), canvas.client_height()), pal)
}

/// [`canvas`] for a CSS box read earlier ([`super::canvas::fit_to`]).
fn canvas_in(canvas: &HtmlCanvasElement, size: (i32, i32), pal: &Palette) -> Option<(AnyBackend<'static>, ChartStyle)> {
    let (_, _, dpr) = super::canvas::fit_to(canvas, size);
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
        presenter: super::canvas::presenter(),
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
    // Called every frame while playing; the history grows once a round.
    let last = history.last().map(|r| (r.round, r.finalised, r.share.map(f64::to_bits), r.mean_confidence.to_bits()));
    if unchanged(c, ("history", history.len(), last, colours, honest, show_confidence), pal) {
        return Ok(());
    }
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::draw_history(&backend.into_drawing_area(), history, colours, honest, show_confidence, &st)
}

pub fn draw_histogram(c: &HtmlCanvasElement, outcomes: &[RunOutcome], pal: &Palette) -> DrawResult {
    let key: Vec<Option<u32>> = outcomes.iter().map(|o| o.rounds_to_finality).collect();
    if unchanged(c, ("histogram", key), pal) {
        return Ok(());
    }
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::draw_histogram(&backend.into_drawing_area(), outcomes, &st)
}

/// Both parties' balances on both chains, over the same span as the timeline.
pub fn draw_balances(c: &HtmlCanvasElement, sim: &SwapSim, pal: &Palette) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    let p = sim.params();
    let end = crate::sim::swap::simulation::view_end(sim);
    charts::draw_balances(&backend.into_drawing_area(), sim.balances(), p.amount_a, p.amount_b, end, &st)
}

/// The rollup's load sweep (throughput and cost per transaction).
pub fn draw_load_sweep(
    c: &HtmlCanvasElement,
    points: &[crate::sim::rollup::LoadPoint],
    l1_capacity_tps: f64,
    pal: &Palette,
) -> DrawResult {
    // Hidden until a sweep is asked for; then redrawn only when a point changes (the page
    // calls this every frame).
    if c.client_width() == 0 || c.client_height() == 0 {
        return Ok(());
    }
    let key: Vec<_> =
        points.iter().map(|p| (p.tps.to_bits(), p.rollup_tps.to_bits(), p.rollup_cost_per_tx_gwei.to_bits())).collect();
    if unchanged(c, (key, l1_capacity_tps.to_bits()), pal) {
        return Ok(());
    }
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    let stacked = c.client_width() < 640;
    charts::draw_load_sweep(&backend.into_drawing_area(), points, l1_capacity_tps, stacked, &st)
}

/// One of the stablecoin page's charts, its x axis spanning `days`.
pub fn draw_stablecoin(
    c: &HtmlCanvasElement,
    chart: charts::StablecoinChart,
    run: &[crate::sim::stablecoin::Snapshot],
    history: &[crate::sim::stablecoin::history::HistoryDay],
    days: f64,
    pal: &Palette,
) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::draw_stablecoin_days(&backend.into_drawing_area(), chart, run, history, Some(days), &st)
}

/// The validators page's Lorenz curve of stake over operators.
pub fn draw_validator_lorenz(
    c: &HtmlCanvasElement,
    size: (i32, i32),
    points: &[(f64, f64)],
    gini: f64,
    pal: &Palette,
) -> DrawResult {
    let (backend, st) = canvas_in(c, size, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::validators::draw_lorenz(&backend.into_drawing_area(), points, gini, &st)
}

/// One of the validators page's series over epochs.
pub fn draw_validator_series(
    c: &HtmlCanvasElement,
    size: (i32, i32),
    history: &[crate::sim::validators::EpochRecord],
    epochs: u32,
    series: charts::validators::Series,
    pal: &Palette,
) -> DrawResult {
    let (backend, st) = canvas_in(c, size, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::validators::draw_over_time(&backend.into_drawing_area(), history, epochs, series, &st)
}

/// The stablecoin page's ensemble fan chart.
pub fn draw_stablecoin_fan(
    c: &HtmlCanvasElement,
    summary: &crate::sim::stablecoin::ensemble::EnsembleSummary,
    series: charts::FanSeries,
    may: bool,
    pal: &Palette,
) -> DrawResult {
    let (backend, st) = canvas(c, pal).ok_or("no canvas")?; // i18n-ok: never shown (the canvas is in the page)
    charts::draw_stablecoin_fan(&backend.into_drawing_area(), summary, series, may, &st)
}
