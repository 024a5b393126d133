//! Charts, drawn with plotters on any backend: a canvas in the browser,
//! SVG from the command line. One `draw_*` function per chart, each
//! returning a `Result` (after plotters-wasm-demo). Pure: colours come in
//! a [`ChartStyle`], never from the page.

use crate::sim::consensus::experiment::RunOutcome;
use crate::sim::consensus::{RoundStats, COLOUR_NAMES, MAX_COLOURS};
use crate::sim::rollup::LoadPoint;
use crate::sim::swap::BalancePoint;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

mod frame;
mod stablecoin;
pub mod validators;
use frame::{
    cartesian, font, frame, line_chart, style_mesh, x_label_count, y_label_room, y_samples, Axes, Legend, Mark,
};
pub use stablecoin::{
    count, draw_stablecoin, draw_stablecoin_days, draw_stablecoin_fan, money, FanSeries, StablecoinChart,
};

pub type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// The colours a chart uses.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartStyle {
    pub bg: RGBColor,
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub colours: [RGBColor; MAX_COLOURS],
    /// Multiplies line widths and font sizes (the device pixel ratio).
    pub scale: f64,
    /// Presenter mode: text by [`text_px`]'s larger rule, and room for it.
    pub presenter: bool,
}

/// The smallest text any canvas or chart draws, in CSS pixels.
pub const MIN_TEXT_PX: f64 = 12.0;
/// The smallest text in presenter mode (a projector seen from the back of a room).
pub const MIN_PRESENTER_TEXT_PX: f64 = 18.0;

/// The one text-size rule for every canvas and chart: the size in CSS
/// pixels for text designed at `nominal` px, at least [`MIN_TEXT_PX`],
/// and in presenter mode half as large again and at least
/// [`MIN_PRESENTER_TEXT_PX`]. A canvas multiplies it by the device pixel
/// ratio for its backing store (`crate::ui::canvas::font`), and text is
/// never squeezed to a width: a label that does not fit is shortened or
/// left out.
pub fn text_px(nominal: f64, presenter: bool) -> f64 {
    if presenter {
        (nominal * 1.5).max(MIN_PRESENTER_TEXT_PX)
    } else {
        nominal.max(MIN_TEXT_PX)
    }
}

impl ChartStyle {
    /// The light theme, for SVG output.
    pub fn light() -> ChartStyle {
        ChartStyle {
            bg: RGBColor(255, 255, 255),
            fg: RGBColor(0x1d, 0x24, 0x30),
            muted: RGBColor(0x5b, 0x64, 0x72),
            grid: RGBColor(0xe3, 0xe6, 0xeb),
            colours: [
                RGBColor(0xd5, 0x5e, 0x00),
                RGBColor(0x00, 0x72, 0xb2),
                RGBColor(0x00, 0x9e, 0x73),
                RGBColor(0xe6, 0x9f, 0x00),
            ],
            scale: 1.0,
            presenter: false,
        }
    }
    /// How much larger than designed text is drawn ([`text_px`] of 12 px over 12).
    fn text_k(&self) -> f64 {
        text_px(12.0, self.presenter) / 12.0
    }
    /// A length designed at `v` CSS px (margins, label areas, line widths),
    /// grown with the text, in backing-store pixels.
    fn px(&self, v: f64) -> u32 {
        (v * self.scale * self.text_k()).round().max(1.0) as u32
    }
    /// Text designed at `nominal` CSS px, by [`text_px`], in backing-store pixels.
    pub fn font_px(&self, nominal: f64) -> f64 {
        text_px(nominal, self.presenter) * self.scale
    }
}

/// Share of honest nodes preferring each colour, mean confidence / Beta and
/// the finalised share, round by round. `honest` is the number of honest
/// nodes.
pub fn draw_history<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    history: &[RoundStats],
    colours: usize,
    honest: u32,
    show_confidence: bool,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let last = history.last().map(|r| r.round).unwrap_or(0).max(10);
    let mut legend: Legend = COLOUR_NAMES
        .iter()
        .enumerate()
        .take(colours)
        .map(|(c, name)| (crate::t!("chart-prefer", colour = *name), Mark::Line(st.colours[c], 2)))
        .collect();
    if show_confidence {
        legend.push((crate::t!("chart-mean-confidence"), Mark::Dashed(st.muted, 2)));
        legend.push((crate::t!("chart-finalised"), Mark::Line(st.fg, 1)));
    }
    let plot = frame(root, &crate::t!("chart-history-title"), &legend, st)?;
    let pct = |v: &f64| format!("{:.0}%", v * 100.0);
    let (x_desc, y_desc) = (crate::t!("chart-history-x"), crate::t!("chart-history-y"));
    let mut axes = Axes::new(&x_desc, &y_desc, y_samples(0.0, 1.0, &pct), last.to_string());
    let mut chart = cartesian(&plot, &mut axes, st, 0u32..last, 0f64..1.0)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, &axes, st);
    mesh.x_labels(x_label_count(&plot, st)).y_labels(y_label_room(&plot, st).min(5)).y_label_formatter(&pct).draw()?;
    for c in 0..colours {
        let col = st.colours[c];
        chart.draw_series(LineSeries::new(
            history.iter().map(|r| (r.round, r.share[c])),
            col.stroke_width(st.px(2.0)),
        ))?;
    }
    if show_confidence {
        chart.draw_series(DashedLineSeries::new(
            history.iter().map(|r| (r.round, r.mean_confidence)),
            st.px(5.0),
            st.px(4.0),
            st.muted.stroke_width(st.px(2.0)),
        ))?;
        let honest = f64::from(honest.max(1));
        chart.draw_series(LineSeries::new(
            history.iter().map(|r| (r.round, f64::from(r.finalised) / honest)),
            st.fg.stroke_width(st.px(1.0)),
        ))?;
    }
    root.present()?;
    Ok(())
}

/// The distribution of rounds to finality over many runs.
pub fn draw_histogram<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    outcomes: &[RunOutcome],
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let rounds: Vec<u32> = outcomes.iter().filter_map(|o| o.rounds_to_finality).collect();
    let title = crate::t!("chart-histogram-title", n = rounds.len().to_string());
    let plot = frame(root, &title, &[], st)?;
    let (Some(&lo), Some(&hi)) = (rounds.iter().min(), rounds.iter().max()) else {
        let msg =
            if outcomes.is_empty() { crate::t!("chart-histogram-empty") } else { crate::t!("chart-histogram-none") };
        plot.draw(&Text::new(msg.as_str(), (20, 30), font(st, 12.0).pos(Pos::new(HPos::Left, VPos::Center))))?;
        root.present()?;
        return Ok(());
    };
    let span = hi - lo + 1;
    let bin = span.div_ceil(40).max(1);
    let bins = span.div_ceil(bin);
    let mut counts = vec![0u32; bins as usize];
    for r in &rounds {
        counts[((r - lo) / bin) as usize] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(1);
    let y_top = top + top / 8 + 1;
    let (x_desc, y_desc) = (crate::t!("chart-histogram-x"), crate::t!("chart-histogram-y"));
    let mut axes = Axes::new(&x_desc, &y_desc, vec![y_top.to_string()], (lo + bins * bin).to_string());
    let mut chart = cartesian(&plot, &mut axes, st, lo..(lo + bins * bin), 0u32..y_top)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, &axes, st);
    mesh.disable_x_mesh().x_labels(x_label_count(&plot, st)).draw()?;
    let col = st.colours[1];
    chart.draw_series(counts.iter().enumerate().map(|(i, &c)| {
        let x0 = lo + i as u32 * bin;
        Rectangle::new([(x0, 0), (x0 + bin, c)], col.filled())
    }))?;
    root.present()?;
    Ok(())
}

/// Both parties' wallets on both chains from the start until `horizon`
/// (seconds), each as a share of the amount that chain's leg of the swap
/// moves (so 1 = the whole leg).
pub fn draw_balances<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: &[BalancePoint],
    amount_a: u64,
    amount_b: u64,
    horizon: u64,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let (a, b) = (amount_a.max(1) as f64, amount_b.max(1) as f64);
    let hours = |t: u64| t as f64 / 3600.0;
    let points = &points[..points.partition_point(|p| p.time <= horizon)];
    let minutes = horizon < 3 * 3600;
    let x_end = hours(horizon.max(60));
    let x_fmt = |h: &f64| if minutes { format!("{:.0}", h * 60.0) } else { format!("{h:.0}") };
    // One lane per wallet (the four lines would otherwise lie on top of
    // each other at 0 and 1): each lane runs from empty (its floor) to the
    // whole leg (its ceiling), the wallet named in the lane.
    const LANES: f64 = 4.0;
    let plot = frame(root, &crate::t!("chart-balances-title"), &[], st)?;
    let x_desc = if minutes { crate::t!("chart-balances-x-minutes") } else { crate::t!("chart-balances-x-hours") };
    let y_desc = crate::t!("chart-balances-y");
    let mut axes = Axes::new(&x_desc, &y_desc, vec!["100%".into()], x_fmt(&x_end));
    let mut chart = line_chart(&plot, &mut axes, st, 0f64..x_end, 0f64..LANES, &x_fmt, &|_| String::new(), (6, 0))?;
    let small = font(st, 11.0);
    /// Label, colour, dashed, which wallet, the leg's amount.
    type Series = (String, RGBColor, bool, fn(&BalancePoint) -> i64, f64);
    let series: [Series; 4] = [
        (crate::t!("chart-alice-a"), st.colours[0], false, |p| p.alice_a, a),
        (crate::t!("chart-bob-a"), st.colours[1], true, |p| p.bob_a, a),
        (crate::t!("chart-alice-b"), st.colours[0], true, |p| p.alice_b, b),
        (crate::t!("chart-bob-b"), st.colours[1], false, |p| p.bob_b, b),
    ];
    for (lane, (label, col, dashed, get, unit)) in series.into_iter().enumerate() {
        let floor = LANES - 1.0 - lane as f64 + 0.08;
        let y = |v: f64| floor + 0.55 * v.clamp(0.0, 1.2);
        // The lane's floor and ceiling, faint, with their values on the axis.
        for (level, text) in [(0.0, "0"), (1.0, "100%")] {
            chart.draw_series(LineSeries::new([(0.0, y(level)), (x_end, y(level))], st.grid.stroke_width(1)))?;
            let (px, py) = chart.backend_coord(&(0.0, y(level)));
            root.draw(&Text::new(text, (px - st.px(5.0) as i32, py), small.pos(Pos::new(HPos::Right, VPos::Center))))?;
        }
        // Wallets change in steps: draw them as steps.
        let mut pts = Vec::with_capacity(points.len() * 2);
        for (i, p) in points.iter().enumerate() {
            if i > 0 {
                pts.push((hours(p.time), y(get(&points[i - 1]) as f64 / unit)));
            }
            pts.push((hours(p.time), y(get(p) as f64 / unit)));
        }
        let style = col.stroke_width(st.px(3.0));
        if dashed {
            chart.draw_series(DashedLineSeries::new(pts, st.px(6.0), st.px(4.0), style))?;
        } else {
            chart.draw_series(LineSeries::new(pts, style))?;
        }
        let held = points.last().map(|p| get(p) as f64 / unit).unwrap_or(0.0);
        let held = if held >= 0.999 {
            crate::t!("chart-held-all", wallet = label)
        } else if held <= 0.001 {
            crate::t!("chart-held-none", wallet = label)
        } else {
            crate::t!("chart-held-part", wallet = label)
        };
        chart.draw_series(std::iter::once(Text::new(held, (x_end * 0.01, floor + 0.88), small.clone().color(&col))))?;
    }
    root.present()?;
    Ok(())
}

/// A tick value as Rust writes it (`0.01`, `100`), with the reader's decimal mark (`0,01`).
fn decimal(v: f64) -> String {
    let shortest = format!("{v}");
    let digits = shortest.split_once('.').map_or(0, |(_, f)| f.len());
    crate::i18n::number(v, digits)
}

/// One panel of the rollup's load sweep: `get` of each point for L1 alone
/// and for the rollup, over the offered load, both axes log scales.
#[allow(clippy::too_many_arguments)]
fn sweep_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    y_desc: &str,
    points: &[LoadPoint],
    y: (f64, f64),
    get: [fn(&LoadPoint) -> f64; 2],
    capacity: Option<f64>,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let (lo, hi) = (0.1f64, 1000.0f64);
    let y_fmt = |v: &f64| if *v >= 1000.0 { format!("{:.0}k", v / 1000.0) } else { decimal(*v) };
    let big = font(st, 12.0);
    let title = frame::fit(area, title, &big, area.dim_in_pixel().0.saturating_sub(st.px(8.0)));
    let titled = area.titled(&title, big)?;
    let x_desc = crate::t!("chart-sweep-x");
    let mut axes = Axes::new(&x_desc, y_desc, [y.0, y.1, 0.01, 100.0].iter().map(y_fmt).collect(), "1000".into());
    let mut chart = cartesian(&titled, &mut axes, st, (lo..hi).log_scale(), (y.0..y.1).log_scale())?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, &axes, st);
    mesh.x_labels(x_label_count(&titled, st))
        .y_labels(y_label_room(&titled, st).min(10))
        .x_label_formatter(&|v| if *v >= 1000.0 { format!("{v}") } else { decimal(*v) })
        .y_label_formatter(&y_fmt)
        .draw()?;
    if let Some(cap) = capacity {
        chart.draw_series(DashedLineSeries::new(
            [(lo, cap), (hi, cap)],
            st.px(5.0),
            st.px(4.0),
            st.muted.stroke_width(st.px(1.0)),
        ))?;
    }
    for (col, get) in [st.colours[0], st.colours[1]].into_iter().zip(get) {
        let pts: Vec<(f64, f64)> = points.iter().map(|p| (p.tps, get(p).max(y.0))).collect();
        chart.draw_series(LineSeries::new(pts.clone(), col.stroke_width(st.px(2.5))))?;
        chart.draw_series(pts.into_iter().map(|(x, y)| Circle::new((x, y), st.px(3.0), col.filled())))?;
    }
    Ok(())
}

/// The rollup's load sweep: throughput (left) and posting cost per
/// transaction (right), L1 alone against the rollup, over the offered load
/// (log scales), under one legend. Panels stack when `stacked`. Points
/// still being computed are simply absent.
pub fn draw_load_sweep<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: &[LoadPoint],
    l1_capacity_tps: f64,
    stacked: bool,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let legend = vec![
        (crate::t!("chart-sweep-l1"), Mark::Line(st.colours[0], 3)),
        (crate::t!("chart-sweep-rollup"), Mark::Line(st.colours[1], 3)),
        (crate::t!("chart-sweep-capacity"), Mark::Dashed(st.muted, 1)),
    ];
    let plot = frame(root, &crate::t!("chart-sweep-title"), &legend, st)?;
    let panels = if stacked { plot.split_evenly((2, 1)) } else { plot.split_evenly((1, 2)) };
    sweep_panel(
        &panels[0],
        &crate::t!("chart-sweep-throughput"),
        &crate::t!("chart-sweep-throughput-y"),
        points,
        (0.05, 2000.0),
        [|p| p.l1_alone_tps, |p| p.rollup_tps],
        Some(l1_capacity_tps),
        st,
    )?;
    let top =
        points.iter().map(|p| p.l1_alone_cost_per_tx_gwei.max(p.rollup_cost_per_tx_gwei)).fold(1.0f64, f64::max) * 3.0;
    let bottom =
        points.iter().map(|p| p.rollup_cost_per_tx_gwei).filter(|&c| c > 0.0).fold(top, f64::min).max(1e-3) / 3.0;
    sweep_panel(
        &panels[1],
        &crate::t!("chart-sweep-cost"),
        &crate::t!("chart-sweep-cost-y"),
        points,
        (bottom, top),
        [|p| p.l1_alone_cost_per_tx_gwei, |p| p.rollup_cost_per_tx_gwei],
        None,
        st,
    )?;
    root.present()?;
    Ok(())
}

/// A chart as an SVG document (for the command line).
pub fn svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> DrawResult,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&root)?;
    }
    Ok(out)
}

#[cfg(test)]
mod text_size_tests {
    use super::*;

    #[test]
    fn text_is_never_below_the_floor_and_grows_in_presenter_mode() {
        for nominal in [6.0, 9.0, 11.0, 12.0, 13.0, 15.0, 18.0, 24.0] {
            let normal = text_px(nominal, false);
            let presenter = text_px(nominal, true);
            assert!(normal >= MIN_TEXT_PX, "{nominal} px -> {normal}"); // i18n-ok: a test's message
            assert!(presenter >= MIN_PRESENTER_TEXT_PX, "{nominal} px presenter -> {presenter}"); // i18n-ok: a test's message
            assert!(normal >= nominal && presenter > normal);
        }
        // Bigger designs stay bigger: headings keep their rank over labels.
        assert!(text_px(15.0, false) > text_px(12.0, false));
        assert!(text_px(15.0, true) > text_px(12.0, true));
    }

    #[test]
    fn chart_fonts_follow_the_rule_at_any_pixel_ratio() {
        for (scale, presenter) in [(1.0, false), (2.0, false), (3.0, true), (1.0, true)] {
            let st = ChartStyle { scale, presenter, ..ChartStyle::light() };
            // 11 px designs are raised to the floor; the backing store multiplies by the ratio.
            let min = if presenter { MIN_PRESENTER_TEXT_PX } else { MIN_TEXT_PX };
            assert!(st.font_px(11.0) / scale >= min);
            assert_eq!(st.font_px(12.0), text_px(12.0, presenter) * scale);
            // Room for the text grows with it.
            assert!(f64::from(st.px(28.0)) >= 28.0 * scale * st.font_px(12.0) / scale / 12.0 - 1.0);
        }
    }
}
