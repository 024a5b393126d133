//! The stablecoin page's five charts, for the canvas and for SVG alike.

use super::{ChartStyle, DrawResult};
use crate::sim::stablecoin::history::HistoryDay;
use crate::sim::stablecoin::Snapshot;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The most points a line is drawn with (the run is thinned evenly).
pub const MAX_POINTS: usize = 720;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StablecoinChart {
    StablePrice,
    CompanionPrice,
    Supplies,
    Reserve,
    MintCapacity,
}

impl StablecoinChart {
    pub const ALL: [StablecoinChart; 5] = [
        StablecoinChart::StablePrice,
        StablecoinChart::CompanionPrice,
        StablecoinChart::Supplies,
        StablecoinChart::Reserve,
        StablecoinChart::MintCapacity,
    ];
    /// File-name friendly.
    pub fn name(self) -> &'static str {
        match self {
            StablecoinChart::StablePrice => "stable-price",
            StablecoinChart::CompanionPrice => "companion-price",
            StablecoinChart::Supplies => "supplies",
            StablecoinChart::Reserve => "reserve",
            StablecoinChart::MintCapacity => "mint-capacity",
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            StablecoinChart::StablePrice => "UST price (USD)",
            StablecoinChart::CompanionPrice => "LUNA price (USD, log)",
            StablecoinChart::Supplies => "Supplies (log)",
            StablecoinChart::Reserve => "Reserve (BTC)",
            StablecoinChart::MintCapacity => "Mint capacity used (spread)",
        }
    }
}

/// Every `n`th snapshot so that at most [`MAX_POINTS`] remain, the last
/// always included.
pub fn thin(h: &[Snapshot]) -> Vec<&Snapshot> {
    let stride = h.len().div_ceil(MAX_POINTS).max(1);
    let mut v: Vec<&Snapshot> = h.iter().step_by(stride).collect();
    if let Some(last) = h.last() {
        if v.last().map(|s| s.step) != Some(last.step) {
            v.push(last);
        }
    }
    v
}

/// Draws one chart of the run; `history` (may be empty) is plotted over
/// the model as markers, labelled approximate. `days` is the x range.
/// Height of the legend row between a chart's title and its plot.
const LEGEND_ROW: f64 = 18.0;

/// Date labels that fit: one per ~55 CSS pixels, 3 to 8 (a phone's chart
/// gets five rather than eight crowded ones).
fn x_labels<DB: DrawingBackend>(plot: &DrawingArea<DB, Shift>, st: &ChartStyle) -> usize {
    ((plot.dim_in_pixel().0 as f64 / st.scale / st.text_k() / 55.0) as usize).clamp(3, 8)
}

/// A legend entry's mark.
#[derive(Clone, Copy)]
enum Mark {
    /// A line of this colour and width.
    Line(RGBColor, u32),
    /// A history marker.
    Dot(RGBColor),
    /// A band of this colour at this opacity.
    Band(RGBColor, f64),
}

/// The legend as one row of marks and labels above the plot (outside the
/// data), starting where the plot starts.
fn legend_row<DB: DrawingBackend>(
    row: &DrawingArea<DB, Shift>,
    items: &[(String, Mark)],
    font: &TextStyle,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let h = row.dim_in_pixel().1 as i32;
    let cy = h / 2;
    let w = st.px(14.0) as i32;
    let mut x = (st.px(8.0) + st.px(58.0)) as i32;
    for (label, mark) in items {
        match *mark {
            Mark::Line(c, width) => {
                row.draw(&PathElement::new([(x, cy), (x + w, cy)], c.stroke_width(st.px(width as f64))))?
            }
            Mark::Dot(c) => row.draw(&Circle::new((x + w / 2, cy), st.px(3.5) as i32, c.filled()))?,
            Mark::Band(c, a) => row.draw(&Rectangle::new([(x, cy - w / 3), (x + w, cy + w / 3)], c.mix(a).filled()))?,
        }
        x += w + st.px(4.0) as i32;
        row.draw(&Text::new(label.clone(), (x, cy), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        let (tw, _) = row.estimate_text_size(label, font)?;
        x += tw as i32 + st.px(14.0) as i32;
    }
    Ok(())
}

pub fn draw_stablecoin<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: StablecoinChart,
    run: &[Snapshot],
    history: &[HistoryDay],
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    draw_stablecoin_days(root, chart, run, history, None, st)
}

/// As [`draw_stablecoin`], with the x axis fixed to `0..days` (the page
/// keeps the whole run's width while it plays).
pub fn draw_stablecoin_days<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: StablecoinChart,
    run: &[Snapshot],
    history: &[HistoryDay],
    days: Option<f64>,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    root.fill(&st.bg)?;
    let pts = thin(run);
    let last_day = run.last().map(|s| s.day).unwrap_or(0.0);
    let x_max = days.unwrap_or(last_day).max(last_day).max(1e-3);
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let small = ("sans-serif", st.font_px(11.0)).into_font().color(&st.fg);
    let line = |c: RGBColor| c.stroke_width(st.px(2.0));
    let hist_colour = st.muted;
    let caption = chart.title();
    let hist_in_range: Vec<&HistoryDay> = history.iter().filter(|d| d.day <= x_max + 0.5).collect();
    // May 2022 runs (the ones drawn with history) label their axis by date.
    let may = !history.is_empty();
    let marker = |x: f64, y: f64| Circle::new((x, y), st.px(3.5), hist_colour.filled());
    // The title, a legend row under it and the plot: legends never sit on the data.
    let titled = root.titled(caption, font.clone())?;
    let (row, plot) = titled.split_vertically(st.px(LEGEND_ROW));
    let mut items: Vec<(String, Mark)> = Vec::new();
    let mut builder = ChartBuilder::on(&plot);
    builder
        .margin(st.px(8.0))
        .margin_top(st.px(4.0))
        .margin_right(st.px(22.0))
        .x_label_area_size(st.px(26.0))
        .y_label_area_size(st.px(58.0));
    macro_rules! mesh {
        ($c:expr, $fmt:expr) => {
            mesh!($c, $fmt, 6)
        };
        ($c:expr, $fmt:expr, $ylabels:expr) => {
            $c.configure_mesh()
                .light_line_style(st.bg)
                .bold_line_style(st.grid)
                .axis_style(st.muted)
                .label_style(small.clone())
                .x_labels(x_labels(&plot, st))
                .y_labels($ylabels)
                .x_label_formatter(&|d: &f64| {
                    if may {
                        may_day(*d)
                    } else {
                        format!("d{:.0}", d)
                    }
                })
                .y_label_formatter($fmt)
                .draw()?
        };
    }
    match chart {
        StablecoinChart::StablePrice => {
            let lo = pts.iter().map(|s| s.stable_price_usd).fold(0.96f64, f64::min).max(0.0);
            let hi = pts.iter().map(|s| s.stable_price_usd).fold(1.02f64, f64::max);
            let lo = hist_in_range.iter().filter_map(|d| d.ust_low.or(d.ust_price)).fold(lo, f64::min);
            let mut c = builder.build_cartesian_2d(0f64..x_max, lo..hi)?;
            mesh!(c, &|v: &f64| format!("${v:.2}"));
            c.draw_series(LineSeries::new([(0.0, 1.0), (x_max, 1.0)], st.grid.stroke_width(st.px(1.0))))?;
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.stable_price_usd)), line(st.colours[1])))?;
            items.push(("model".into(), Mark::Line(st.colours[1], 2)));
            if !hist_in_range.is_empty() {
                c.draw_series(hist_in_range.iter().filter_map(|d| d.ust_price.map(|p| marker(d.day, p))))?;
                items.push(("history, daily (approx.)".into(), Mark::Dot(hist_colour)));
            }
        }
        StablecoinChart::CompanionPrice => {
            // Log scale drawn as log10 values on a linear axis: one coordinate
            // type for every chart keeps the wasm small.
            let mut lo = pts.iter().map(|s| s.companion_price_usd).fold(f64::MAX, f64::min);
            let mut hi = pts.iter().map(|s| s.companion_price_usd).fold(0.0f64, f64::max);
            for d in &hist_in_range {
                if let Some(p) = d.luna_price {
                    lo = lo.min(p);
                    hi = hi.max(p);
                }
            }
            let (lo, hi) = log_range(lo, hi);
            let mut c = builder.build_cartesian_2d(0f64..x_max, lo..hi)?;
            mesh!(c, &|v: &f64| money(10f64.powf(*v)), decades(lo, hi));
            c.draw_series(LineSeries::new(
                pts.iter().map(|s| (s.day, lg(s.companion_price_usd, lo))),
                line(st.colours[0]),
            ))?;
            items.push(("model".into(), Mark::Line(st.colours[0], 2)));
            if !hist_in_range.is_empty() {
                c.draw_series(hist_in_range.iter().filter_map(|d| d.luna_price.map(|p| marker(d.day, lg(p, lo)))))?;
                items.push(("history, daily (approx.)".into(), Mark::Dot(hist_colour)));
            }
        }
        StablecoinChart::Supplies => {
            let mut lo = f64::MAX;
            let mut hi = 0.0f64;
            for s in &pts {
                lo = lo.min(s.stable_supply).min(s.companion_supply);
                hi = hi.max(s.stable_supply).max(s.companion_supply);
            }
            for d in &hist_in_range {
                for v in [d.ust_supply, d.luna_supply].into_iter().flatten() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
            let (lo, hi) = log_range(lo, hi);
            let mut c = builder.build_cartesian_2d(0f64..x_max, lo..hi)?;
            mesh!(c, &|v: &f64| count(10f64.powf(*v)), decades(lo, hi));
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, lg(s.stable_supply, lo))), line(st.colours[1])))?;
            items.push(("UST".into(), Mark::Line(st.colours[1], 2)));
            c.draw_series(LineSeries::new(
                pts.iter().map(|s| (s.day, lg(s.companion_supply, lo))),
                line(st.colours[0]),
            ))?;
            items.push(("LUNA".into(), Mark::Line(st.colours[0], 2)));
            if !hist_in_range.is_empty() {
                c.draw_series(
                    hist_in_range
                        .iter()
                        .flat_map(|d| [d.ust_supply, d.luna_supply].into_iter().flatten().map(move |v| (d.day, v)))
                        .map(|(x, y)| marker(x, lg(y, lo))),
                )?;
                items.push(("history (approx.)".into(), Mark::Dot(hist_colour)));
            }
        }
        StablecoinChart::Reserve => {
            let hi = pts.iter().map(|s| s.reserve_btc).fold(1.0f64, f64::max);
            let hi = hist_in_range.iter().filter_map(|d| d.lfg_btc).fold(hi, f64::max) * 1.05;
            let mut c = builder.build_cartesian_2d(0f64..x_max, 0f64..hi)?;
            mesh!(c, &|v: &f64| count(*v));
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.reserve_btc)), line(st.colours[2])))?;
            items.push(("model".into(), Mark::Line(st.colours[2], 2)));
            if !hist_in_range.is_empty() {
                c.draw_series(hist_in_range.iter().filter_map(|d| d.lfg_btc.map(|b| marker(d.day, b))))?;
                items.push(("LFG, end of day (approx.)".into(), Mark::Dot(hist_colour)));
            }
        }
        StablecoinChart::MintCapacity => {
            let hi = pts.iter().map(|s| s.mint_capacity_used).fold(1.2f64, f64::max) * 1.05;
            let mut c = builder.build_cartesian_2d(0f64..x_max, 0f64..hi)?;
            mesh!(c, &|v: &f64| format!("{:.0}%", v * 100.0));
            c.draw_series(LineSeries::new([(0.0, 1.0), (x_max, 1.0)], st.colours[3].stroke_width(st.px(1.0))))?;
            items.push(("100%: a small redemption pays a 2% spread".into(), Mark::Line(st.colours[3], 1)));
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.mint_capacity_used)), line(st.colours[2])))?;
            items.push(("pool delta / delta at 2% spread".into(), Mark::Line(st.colours[2], 2)));
        }
    }
    legend_row(&row, &items, &small, st)?;
    root.present()?;
    Ok(())
}

/// The log10 range, in whole decades, around `[lo, hi]`, at least one wide.
fn log_range(lo: f64, hi: f64) -> (f64, f64) {
    let lo = if lo.is_finite() && lo > 0.0 { lo } else { 1e-6 };
    let hi = if hi.is_finite() && hi > lo { hi } else { lo * 10.0 };
    let (a, b) = (lo.log10().floor(), hi.log10().ceil());
    (a, if b - a < 1.0 { a + 1.0 } else { b })
}

/// One label per decade, up to 12.
fn decades(lo: f64, hi: f64) -> usize {
    ((hi - lo).round() as usize + 1).min(12)
}

/// `log10(v)`, not below the axis' bottom.
fn lg(v: f64, lo: f64) -> f64 {
    if v > 0.0 {
        v.log10().max(lo)
    } else {
        lo
    }
}

/// Dollars, compact: $85, $0.01, $2e-5.
pub fn money(v: f64) -> String {
    if v >= 1.0 {
        format!("${}", count(v))
    } else if v >= 0.01 {
        format!("${v:.2}")
    } else if v >= 0.0001 {
        // One significant digit: $0.002, $0.0009.
        let digits = (-v.log10().floor()) as usize;
        format!("${v:.digits$}")
    } else if v > 0.0 {
        // 2e-5 without the float formatter's exponent code (smaller wasm).
        let e = v.log10().floor();
        let m = (v / 10f64.powf(e)).round() as i64;
        let (m, e) = if m >= 10 { (1, e as i64 + 1) } else { (m, e as i64) };
        format!("${m}e{e}")
    } else {
        "$0".into()
    }
}

/// 18.6B, 345M, 6.5T.
pub fn count(v: f64) -> String {
    let a = v.abs();
    let (d, s) = if a >= 1e12 {
        (1e12, "T")
    } else if a >= 1e9 {
        (1e9, "B")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        (1.0, "")
    };
    let x = v / d;
    if x.abs() >= 100.0 || x.fract().abs() < 1e-9 {
        format!("{x:.0}{s}")
    } else if x.abs() >= 10.0 {
        format!("{x:.1}{s}")
    } else {
        format!("{x:.2}{s}")
    }
}

/// "5 May", "12 May", "1 Jun": day `d` of a May 2022 run (day 0 = 5 May).
pub fn may_day(d: f64) -> String {
    let n = d.round() as i64 + 5;
    if n <= 31 {
        format!("{n} May")
    } else {
        format!("{} Jun", n - 31)
    }
}

/// Which of the ensemble's series a fan chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FanSeries {
    /// UST's price, linear.
    StablePrice,
    /// LUNA's supply, log.
    CompanionSupply,
}

/// The ensemble's fan chart: the median path, the 10-90% band and the
/// min-max band of one series over `summary.points`.
pub fn draw_stablecoin_fan<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    summary: &crate::sim::stablecoin::ensemble::EnsembleSummary,
    series: FanSeries,
    may: bool,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    use crate::sim::stablecoin::ensemble::Band;
    root.fill(&st.bg)?;
    let pts = &summary.points;
    let x_max = pts.last().map(|p| p.day).unwrap_or(1.0).max(1e-3);
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let small = ("sans-serif", st.font_px(11.0)).into_font().color(&st.fg);
    let band = |p: &crate::sim::stablecoin::ensemble::FanPoint| -> Band {
        match series {
            FanSeries::StablePrice => p.stable_price,
            FanSeries::CompanionSupply => p.companion_supply,
        }
    };
    let (title, colour) = match series {
        FanSeries::StablePrice => (format!("UST (the stablecoin) price, {} runs", summary.runs), st.colours[1]),
        FanSeries::CompanionSupply => (format!("LUNA (the companion) supply, {} runs", summary.runs), st.colours[0]),
    };
    let log = series == FanSeries::CompanionSupply;
    let (mut lo, mut hi) = (f64::MAX, f64::MIN);
    for p in pts {
        let b = band(p);
        lo = lo.min(b.min);
        hi = hi.max(b.max);
    }
    if !(lo.is_finite() && hi.is_finite()) {
        return Ok(());
    }
    let (lo, hi) = if log { log_range(lo, hi) } else { ((lo - 0.02).max(0.0), hi + 0.02) };
    let y = |v: f64| if log { lg(v, lo) } else { v };
    let titled = root.titled(&title, font)?;
    let (row, plot) = titled.split_vertically(st.px(LEGEND_ROW));
    let mut c = ChartBuilder::on(&plot)
        .margin(st.px(8.0))
        .margin_top(st.px(4.0))
        .margin_right(st.px(22.0))
        .x_label_area_size(st.px(26.0))
        .y_label_area_size(st.px(58.0))
        .build_cartesian_2d(0f64..x_max, lo..hi)?;
    let x_fmt = |d: &f64| {
        if may {
            may_day(*d)
        } else {
            format!("d{:.0}", d)
        }
    };
    let log_fmt = |v: &f64| count(10f64.powf(*v));
    let usd_fmt = |v: &f64| format!("${v:.2}");
    let mut mesh = c.configure_mesh();
    mesh.light_line_style(st.bg)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(small.clone())
        .x_labels(x_labels(&plot, st))
        .x_label_formatter(&x_fmt);
    if log {
        mesh.y_labels(decades(lo, hi)).y_label_formatter(&log_fmt).draw()?;
    } else {
        mesh.y_labels(6).y_label_formatter(&usd_fmt).draw()?;
    }
    let polygon = |top: &dyn Fn(&Band) -> f64, bottom: &dyn Fn(&Band) -> f64| -> Vec<(f64, f64)> {
        let mut v: Vec<(f64, f64)> = pts.iter().map(|p| (p.day, y(top(&band(p))))).collect();
        v.extend(pts.iter().rev().map(|p| (p.day, y(bottom(&band(p))))));
        v
    };
    c.draw_series(std::iter::once(Polygon::new(polygon(&|b| b.max, &|b| b.min), colour.mix(0.15).filled())))?;
    c.draw_series(std::iter::once(Polygon::new(polygon(&|b| b.p90, &|b| b.p10), colour.mix(0.35).filled())))?;
    c.draw_series(LineSeries::new(pts.iter().map(|p| (p.day, y(band(p).median))), colour.stroke_width(st.px(2.0))))?;
    let items = [
        ("median".to_string(), Mark::Line(colour, 2)),
        ("10–90% of runs".to_string(), Mark::Band(colour, 0.35)),
        ("all runs (min–max)".to_string(), Mark::Band(colour, 0.15)),
    ];
    legend_row(&row, &items, &small, st)?;
    root.present()?;
    Ok(())
}
