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

mod stablecoin;
pub mod validators;
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
    root.fill(&st.bg)?;
    let last = history.last().map(|r| r.round).unwrap_or(0).max(10);
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let mut chart = ChartBuilder::on(root)
        .margin(st.px(8.0))
        .x_label_area_size(st.px(28.0))
        .y_label_area_size(st.px(40.0))
        .build_cartesian_2d(0u32..last, 0f64..1.0)?;
    chart
        .configure_mesh()
        .light_line_style(st.grid)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .x_desc("round")
        .y_labels(5)
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .draw()?;
    for (c, name) in COLOUR_NAMES.iter().enumerate().take(colours) {
        let col = st.colours[c];
        chart
            .draw_series(LineSeries::new(history.iter().map(|r| (r.round, r.share[c])), col.stroke_width(st.px(2.0))))?
            .label(format!("prefer {name}"))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
    }
    if show_confidence {
        let col = st.muted;
        chart
            .draw_series(DashedLineSeries::new(
                history.iter().map(|r| (r.round, r.mean_confidence)),
                st.px(5.0),
                st.px(4.0),
                col.stroke_width(st.px(2.0)),
            ))?
            .label("mean confidence / Beta")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(2)));
        let fin = st.fg;
        let honest = f64::from(honest.max(1));
        chart
            .draw_series(LineSeries::new(
                history.iter().map(|r| (r.round, f64::from(r.finalised) / honest)),
                fin.stroke_width(st.px(1.0)),
            ))?
            .label("finalised")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], fin.stroke_width(1)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(st.bg.mix(0.85))
        .border_style(st.grid)
        .label_font(font)
        .draw()?;
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
    root.fill(&st.bg)?;
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let rounds: Vec<u32> = outcomes.iter().filter_map(|o| o.rounds_to_finality).collect();
    let (Some(&lo), Some(&hi)) = (rounds.iter().min(), rounds.iter().max()) else {
        let msg = if outcomes.is_empty() { "Press Play to start the runs" } else { "No run has finalised yet" };
        root.draw(&Text::new(msg, (20, 30), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
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
    let mut chart = ChartBuilder::on(root)
        .margin(st.px(8.0))
        .x_label_area_size(st.px(30.0))
        .y_label_area_size(st.px(40.0))
        .build_cartesian_2d(lo..(lo + bins * bin), 0u32..(top + top / 8 + 1))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(st.grid)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font.clone())
        .axis_desc_style(font)
        .x_desc("rounds until every honest node finalised")
        .y_desc("runs")
        .draw()?;
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
    root.fill(&st.bg)?;
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let (a, b) = (amount_a.max(1) as f64, amount_b.max(1) as f64);
    let hours = |t: u64| t as f64 / 3600.0;
    let points = &points[..points.partition_point(|p| p.time <= horizon)];
    // One lane per wallet (the four lines would otherwise lie on top of
    // each other at 0 and 1): each lane runs from empty (its floor) to the
    // whole leg (its ceiling), the wallet named in the lane.
    const LANES: f64 = 4.0;
    let mut chart = ChartBuilder::on(root)
        .margin(st.px(8.0))
        .caption("Who holds each leg of the swap", font.clone())
        .x_label_area_size(st.px(30.0))
        .y_label_area_size(st.px(14.0))
        .build_cartesian_2d(0f64..hours(horizon.max(60)), 0f64..LANES)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .light_line_style(st.grid)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .x_desc(if horizon < 3 * 3600 { "time since the start (minutes)" } else { "time since the start (hours)" })
        .y_desc("each lane: empty to the whole leg")
        .x_label_formatter(&|h| if horizon < 3 * 3600 { format!("{:.0}", h * 60.0) } else { format!("{h:.0}") })
        .draw()?;
    /// Label, colour, dashed, which wallet, the leg's amount.
    type Series = (&'static str, RGBColor, bool, fn(&BalancePoint) -> i64, f64);
    let series: [Series; 4] = [
        ("Alice on A (BTC)", st.colours[0], false, |p| p.alice_a, a),
        ("Bob on A (BTC)", st.colours[1], true, |p| p.bob_a, a),
        ("Alice on B (ETH)", st.colours[0], true, |p| p.alice_b, b),
        ("Bob on B (ETH)", st.colours[1], false, |p| p.bob_b, b),
    ];
    let x_end = hours(horizon.max(60));
    for (lane, (label, col, dashed, get, unit)) in series.into_iter().enumerate() {
        let floor = LANES - 1.0 - lane as f64 + 0.08;
        let y = |v: f64| floor + 0.55 * v.clamp(0.0, 1.2);
        // The lane's floor and ceiling, faint.
        for level in [0.0, 1.0] {
            chart.draw_series(LineSeries::new([(0.0, y(level)), (x_end, y(level))], st.grid.stroke_width(1)))?;
        }
        // Wallets change in steps: draw them as steps.
        let mut pts = Vec::with_capacity(points.len() * 2);
        for (i, p) in points.iter().enumerate() {
            let v = get(p) as f64 / unit;
            if i > 0 {
                pts.push((hours(p.time), y(get(&points[i - 1]) as f64 / unit)));
            }
            pts.push((hours(p.time), y(v)));
        }
        let style = col.stroke_width(st.px(3.0));
        if dashed {
            chart.draw_series(DashedLineSeries::new(pts, st.px(6.0), st.px(4.0), style))?;
        } else {
            chart.draw_series(LineSeries::new(pts, style))?;
        }
        let held = points.last().map(|p| get(p) as f64 / unit).unwrap_or(0.0);
        chart.draw_series(std::iter::once(Text::new(
            format!(
                "{label}: {}",
                if held >= 0.999 {
                    "all"
                } else if held <= 0.001 {
                    "none"
                } else {
                    "part"
                }
            ),
            (x_end * 0.01, floor + 0.88),
            font.clone().color(&col),
        )))?;
    }
    root.present()?;
    Ok(())
}

/// The rollup's load sweep: throughput (left) and posting cost per
/// transaction (right), L1 alone against the rollup, over the offered load
/// (log scales). Panels stack when `stacked`. Points still being computed
/// are simply absent.
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
    root.fill(&st.bg)?;
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let panels = if stacked { root.split_evenly((2, 1)) } else { root.split_evenly((1, 2)) };
    let (lo, hi) = (0.1f64, 1000.0f64);
    let l1 = st.colours[0];
    let roll = st.colours[1];
    // Throughput.
    {
        let mut chart = ChartBuilder::on(&panels[0])
            .margin(st.px(8.0))
            .margin_right(st.px(20.0))
            .caption("throughput", font.clone())
            .x_label_area_size(st.px(30.0))
            .y_label_area_size(st.px(46.0))
            .build_cartesian_2d((lo..hi).log_scale(), (0.05f64..2000.0).log_scale())?;
        chart
            .configure_mesh()
            .light_line_style(st.grid)
            .bold_line_style(st.grid)
            .axis_style(st.muted)
            .label_style(font.clone())
            .axis_desc_style(font.clone())
            .x_desc("offered load, tx/s")
            .y_desc("tx/s included")
            .x_label_formatter(&|v| format!("{v}"))
            .y_label_formatter(&|v| format!("{v}"))
            .draw()?;
        chart.draw_series(DashedLineSeries::new(
            [(lo, l1_capacity_tps), (hi, l1_capacity_tps)],
            st.px(5.0),
            st.px(4.0),
            st.muted.stroke_width(st.px(1.0)),
        ))?;
        for (label, col, get) in [
            ("L1 alone", l1, (|p: &LoadPoint| p.l1_alone_tps) as fn(&LoadPoint) -> f64),
            ("rollup", roll, |p: &LoadPoint| p.rollup_tps),
        ] {
            let pts: Vec<(f64, f64)> = points.iter().map(|p| (p.tps, get(p).max(0.05))).collect();
            chart
                .draw_series(LineSeries::new(pts.clone(), col.stroke_width(st.px(2.5))))?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
            chart.draw_series(pts.into_iter().map(|(x, y)| Circle::new((x, y), st.px(3.0), col.filled())))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(st.bg.mix(0.85))
            .border_style(st.grid)
            .label_font(font.clone())
            .draw()?;
    }
    // Cost per transaction.
    {
        let top =
            points.iter().map(|p| p.l1_alone_cost_per_tx_gwei.max(p.rollup_cost_per_tx_gwei)).fold(1.0f64, f64::max)
                * 3.0;
        let bottom =
            points.iter().map(|p| p.rollup_cost_per_tx_gwei).filter(|&c| c > 0.0).fold(top, f64::min).max(1e-3) / 3.0;
        let mut chart = ChartBuilder::on(&panels[1])
            .margin(st.px(8.0))
            .margin_right(st.px(20.0))
            .caption("L1 cost per transaction", font.clone())
            .x_label_area_size(st.px(30.0))
            .y_label_area_size(st.px(56.0))
            .build_cartesian_2d((lo..hi).log_scale(), (bottom..top).log_scale())?;
        chart
            .configure_mesh()
            .light_line_style(st.grid)
            .bold_line_style(st.grid)
            .axis_style(st.muted)
            .label_style(font.clone())
            .axis_desc_style(font.clone())
            .x_desc("offered load, tx/s")
            .y_desc("gwei per tx")
            .x_label_formatter(&|v| format!("{v}"))
            .y_label_formatter(&|v| if *v >= 1000.0 { format!("{:.0}k", v / 1000.0) } else { format!("{v}") })
            .draw()?;
        for (label, col, get) in [
            ("L1 alone (21,000 gas)", l1, (|p: &LoadPoint| p.l1_alone_cost_per_tx_gwei) as fn(&LoadPoint) -> f64),
            ("rollup (batch data + 21,000 per batch)", roll, |p: &LoadPoint| p.rollup_cost_per_tx_gwei),
        ] {
            let pts: Vec<(f64, f64)> = points.iter().map(|p| (p.tps, get(p).max(bottom))).collect();
            chart
                .draw_series(LineSeries::new(pts.clone(), col.stroke_width(st.px(2.5))))?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
            chart.draw_series(pts.into_iter().map(|(x, y)| Circle::new((x, y), st.px(3.0), col.filled())))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::MiddleRight)
            .background_style(st.bg.mix(0.85))
            .border_style(st.grid)
            .label_font(font)
            .draw()?;
    }
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
            assert!(normal >= MIN_TEXT_PX, "{nominal} px -> {normal}");
            assert!(presenter >= MIN_PRESENTER_TEXT_PX, "{nominal} px presenter -> {presenter}");
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
