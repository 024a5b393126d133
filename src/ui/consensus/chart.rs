//! Charts drawn with plotters on a canvas: one `draw_*` function per chart,
//! each returning a `Result` (after plotters-wasm-demo).

use crate::sim::consensus::experiment::RunOutcome;
use crate::sim::consensus::{RoundStats, COLOUR_NAMES};
use crate::ui::palette::Palette;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn rgb(s: &str) -> RGBColor {
    let t = s.trim();
    if let Some(h) = t.strip_prefix('#') {
        if let Ok(v) = u32::from_str_radix(h, 16) {
            if h.len() == 6 {
                return RGBColor((v >> 16) as u8, (v >> 8) as u8, v as u8);
            }
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

/// Prepares the canvas backing store for the device pixel ratio; returns the
/// backend and the scale to apply to font sizes.
fn backend(canvas: &HtmlCanvasElement) -> Option<(CanvasBackend, f64)> {
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0);
    let (w, h) = (canvas.client_width(), canvas.client_height());
    if w > 0 && h > 0 {
        let (bw, bh) = ((f64::from(w) * dpr) as u32, (f64::from(h) * dpr) as u32);
        if canvas.width() != bw || canvas.height() != bh {
            canvas.set_width(bw);
            canvas.set_height(bh);
        }
    }
    Some((CanvasBackend::with_canvas_object(canvas.clone())?, dpr))
}

/// Share of honest nodes preferring each colour, and mean confidence / Beta,
/// round by round.
/// `honest` is the number of honest nodes (to plot the finalised share).
pub fn draw_history(
    canvas: &HtmlCanvasElement,
    history: &[RoundStats],
    colours: usize,
    honest: u32,
    show_confidence: bool,
    pal: &Palette,
) -> DrawResult {
    let (backend, s) = backend(canvas).ok_or("no canvas")?;
    let root = backend.into_drawing_area();
    root.fill(&rgb(&pal.bg))?;
    let fg = rgb(&pal.fg);
    let last = history.last().map(|r| r.round).unwrap_or(0).max(10);
    let font = ("sans-serif", 12.0 * s).into_font().color(&fg);
    let mut chart = ChartBuilder::on(&root)
        .margin((8.0 * s) as u32)
        .x_label_area_size((28.0 * s) as u32)
        .y_label_area_size((40.0 * s) as u32)
        .build_cartesian_2d(0u32..last, 0f64..1.0)?;
    chart
        .configure_mesh()
        .light_line_style(rgb(&pal.grid))
        .bold_line_style(rgb(&pal.grid))
        .axis_style(rgb(&pal.muted))
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .x_desc("round")
        .y_labels(5)
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .draw()?;
    for (c, name) in COLOUR_NAMES.iter().enumerate().take(colours) {
        let col = rgb(&pal.colours[c]);
        chart
            .draw_series(LineSeries::new(history.iter().map(|r| (r.round, r.share[c])), col.stroke_width((2.0 * s) as u32)))?
            .label(format!("prefer {name}"))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
    }
    if show_confidence {
        let col = rgb(&pal.muted);
        chart
            .draw_series(DashedLineSeries::new(
                history.iter().map(|r| (r.round, r.mean_confidence)),
                (5.0 * s) as u32,
                (4.0 * s) as u32,
                col.stroke_width((2.0 * s) as u32),
            ))?
            .label("mean confidence / Beta")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(2)));
        let fin = rgb(&pal.fg);
        let honest = f64::from(honest.max(1));
        chart
            .draw_series(LineSeries::new(
                history.iter().map(|r| (r.round, f64::from(r.finalised) / honest)),
                fin.stroke_width((1.0 * s).max(1.0) as u32),
            ))?
            .label("finalised")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], fin.stroke_width(1)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(rgb(&pal.bg).mix(0.85))
        .border_style(rgb(&pal.grid))
        .label_font(font)
        .draw()?;
    root.present()?;
    Ok(())
}

/// The distribution of rounds to finality over many runs.
pub fn draw_histogram(canvas: &HtmlCanvasElement, outcomes: &[RunOutcome], pal: &Palette) -> DrawResult {
    let (backend, s) = backend(canvas).ok_or("no canvas")?;
    let root = backend.into_drawing_area();
    root.fill(&rgb(&pal.bg))?;
    let fg = rgb(&pal.fg);
    let font = ("sans-serif", 12.0 * s).into_font().color(&fg);
    let rounds: Vec<u32> = outcomes.iter().filter_map(|o| o.rounds_to_finality).collect();
    if rounds.is_empty() {
        let msg = if outcomes.is_empty() { "Press Play to start the runs" } else { "No run has finalised yet" };
        root.draw(&Text::new(msg, (20, 30), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        root.present()?;
        return Ok(());
    }
    let (lo, hi) = (*rounds.iter().min().unwrap_or(&0), *rounds.iter().max().unwrap_or(&1));
    let span = (hi - lo + 1).max(1);
    let bin = span.div_ceil(40).max(1);
    let bins = span.div_ceil(bin);
    let mut counts = vec![0u32; bins as usize];
    for r in &rounds {
        counts[((r - lo) / bin) as usize] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(1);
    let mut chart = ChartBuilder::on(&root)
        .margin((8.0 * s) as u32)
        .x_label_area_size((30.0 * s) as u32)
        .y_label_area_size((40.0 * s) as u32)
        .build_cartesian_2d(lo..(lo + bins * bin), 0u32..(top + top / 8 + 1))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(rgb(&pal.grid))
        .bold_line_style(rgb(&pal.grid))
        .axis_style(rgb(&pal.muted))
        .label_style(font.clone())
        .axis_desc_style(font)
        .x_desc("rounds until every honest node finalised")
        .y_desc("runs")
        .draw()?;
    let col = rgb(&pal.colours[1]);
    chart.draw_series(counts.iter().enumerate().map(|(i, &c)| {
        let x0 = lo + i as u32 * bin;
        Rectangle::new([(x0, 0), (x0 + bin, c)], col.filled())
    }))?;
    root.present()?;
    Ok(())
}
