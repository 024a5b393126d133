//! The stablecoin page's five charts, for the canvas and for SVG alike.

use super::frame::{frame, line_chart, x_label_count, y_samples, Axes, Legend, Mark};
use super::{ChartStyle, DrawResult};
use crate::sim::stablecoin::history::HistoryDay;
use crate::sim::stablecoin::Snapshot;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The most points a line is drawn with (the run is thinned evenly).
pub const MAX_POINTS: usize = 720;

crate::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum StablecoinChart {
        StablePrice "stable-price" "stablecoin-chart-stable-price",
        CompanionPrice "companion-price" "stablecoin-chart-companion-price",
        Supplies "supplies" "stablecoin-chart-supplies",
        Reserve "reserve" "stablecoin-chart-reserve",
        MintCapacity "mint-capacity" "stablecoin-chart-mint-capacity",
    }
    /// File-name friendly.
    pub fn name -> &'static str;
    /// The chart's title, in the current language.
    pub fn title -> String;
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

/// The legend of one chart, drawn with history or without.
fn legend(chart: StablecoinChart, with_history: bool, st: &ChartStyle) -> Legend {
    let line = |label: String, c: RGBColor| (label, Mark::Line(c, 2));
    let model = || crate::t!("stablecoin-chart-model");
    let mut items = match chart {
        StablecoinChart::StablePrice => vec![line(model(), st.colours[1])],
        StablecoinChart::CompanionPrice => vec![line(model(), st.colours[0])],
        StablecoinChart::Supplies => vec![line("UST".into(), st.colours[1]), line("LUNA".into(), st.colours[0])], // i18n-ok: token names
        StablecoinChart::Reserve => vec![line(model(), st.colours[2])],
        StablecoinChart::MintCapacity => vec![
            line(crate::t!("stablecoin-chart-pool-delta"), st.colours[2]),
            (crate::t!("stablecoin-chart-two-percent"), Mark::Line(st.colours[3], 1)),
        ],
    };
    if with_history {
        let label = match chart {
            StablecoinChart::StablePrice | StablecoinChart::CompanionPrice => {
                crate::t!("stablecoin-chart-history-daily")
            }
            StablecoinChart::Supplies => crate::t!("stablecoin-chart-history"),
            StablecoinChart::Reserve => crate::t!("stablecoin-chart-lfg"),
            StablecoinChart::MintCapacity => return items,
        };
        items.push((label, Mark::Dot(st.muted)));
    }
    items
}

/// The x axis of a run: dates for a May 2022 run, days otherwise.
fn x_axis(may: bool) -> (String, fn(&f64) -> String) {
    if may {
        (crate::t!("stablecoin-chart-date"), |d| may_day(*d))
    } else {
        (crate::t!("stablecoin-chart-day"), |d| crate::i18n::number(*d, 0))
    }
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
    let pts = thin(run);
    let last_day = run.last().map(|s| s.day).unwrap_or(0.0);
    let x_max = days.unwrap_or(last_day).max(last_day).max(1e-3);
    let line = |c: RGBColor| c.stroke_width(st.px(2.0));
    let hist_colour = st.muted;
    let hist_in_range: Vec<&HistoryDay> = history.iter().filter(|d| d.day <= x_max + 0.5).collect();
    // May 2022 runs (the ones drawn with history) label their axis by date.
    let (x_desc, x_fmt) = x_axis(!history.is_empty());
    let marker = |x: f64, y: f64| Circle::new((x, y), st.px(3.5), hist_colour.filled());
    // The title, the legend rows under it and the plot: legends never sit on the data.
    let plot = frame(root, &chart.title(), &legend(chart, !hist_in_range.is_empty(), st), st)?;
    let n_x = x_label_count(&plot, st);
    let (y_usd_log, y_tokens_log, y_capacity) = (
        crate::t!("stablecoin-chart-usd-log"),
        crate::t!("stablecoin-chart-tokens-log"),
        crate::t!("stablecoin-chart-capacity"),
    );
    let axes = |y_desc, lo: f64, hi: f64, fmt: &dyn Fn(&f64) -> String| {
        Axes::new(&x_desc, y_desc, y_samples(lo, hi, fmt), x_fmt(&x_max))
    };
    match chart {
        StablecoinChart::StablePrice => {
            let lo = pts.iter().map(|s| s.stable_price_usd).fold(0.96f64, f64::min).max(0.0);
            let hi = pts.iter().map(|s| s.stable_price_usd).fold(1.02f64, f64::max);
            let lo = hist_in_range.iter().filter_map(|d| d.ust_low.or(d.ust_price)).fold(lo, f64::min);
            let fmt = |v: &f64| usd(&crate::i18n::number(*v, 2));
            let mut c =
                line_chart(&plot, &mut axes("USD", lo, hi, &fmt), st, 0f64..x_max, lo..hi, &x_fmt, &fmt, (n_x, 6))?;
            c.draw_series(LineSeries::new([(0.0, 1.0), (x_max, 1.0)], st.grid.stroke_width(st.px(1.0))))?;
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.stable_price_usd)), line(st.colours[1])))?;
            c.draw_series(hist_in_range.iter().filter_map(|d| d.ust_price.map(|p| marker(d.day, p))))?;
        }
        StablecoinChart::CompanionPrice => {
            // Log scale drawn as log10 values on a linear axis: one coordinate
            // type for every chart keeps the wasm small.
            let (lo, hi) = log_range(
                pts.iter().map(|s| s.companion_price_usd).chain(hist_in_range.iter().filter_map(|d| d.luna_price)),
            );
            let fmt = |v: &f64| money(10f64.powf(*v));
            let mut axes = axes(&y_usd_log, lo, hi, &fmt);
            let mut c = line_chart(&plot, &mut axes, st, 0f64..x_max, lo..hi, &x_fmt, &fmt, (n_x, decades(lo, hi)))?;
            c.draw_series(LineSeries::new(
                pts.iter().map(|s| (s.day, lg(s.companion_price_usd, lo))),
                line(st.colours[0]),
            ))?;
            c.draw_series(hist_in_range.iter().filter_map(|d| d.luna_price.map(|p| marker(d.day, lg(p, lo)))))?;
        }
        StablecoinChart::Supplies => {
            let (lo, hi) = log_range(
                pts.iter()
                    .flat_map(|s| [s.stable_supply, s.companion_supply])
                    .chain(hist_in_range.iter().flat_map(|d| [d.ust_supply, d.luna_supply]).flatten()),
            );
            let fmt = |v: &f64| count(10f64.powf(*v));
            let mut axes = axes(&y_tokens_log, lo, hi, &fmt);
            let mut c = line_chart(&plot, &mut axes, st, 0f64..x_max, lo..hi, &x_fmt, &fmt, (n_x, decades(lo, hi)))?;
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, lg(s.stable_supply, lo))), line(st.colours[1])))?;
            c.draw_series(LineSeries::new(
                pts.iter().map(|s| (s.day, lg(s.companion_supply, lo))),
                line(st.colours[0]),
            ))?;
            c.draw_series(
                hist_in_range
                    .iter()
                    .flat_map(|d| [d.ust_supply, d.luna_supply].into_iter().flatten().map(move |v| (d.day, v)))
                    .map(|(x, y)| marker(x, lg(y, lo))),
            )?;
        }
        StablecoinChart::Reserve => {
            let hi = pts.iter().map(|s| s.reserve_btc).fold(1.0f64, f64::max);
            let hi = hist_in_range.iter().filter_map(|d| d.lfg_btc).fold(hi, f64::max) * 1.05;
            let fmt = |v: &f64| count(*v);
            let mut c =
                line_chart(&plot, &mut axes("BTC", 0.0, hi, &fmt), st, 0f64..x_max, 0f64..hi, &x_fmt, &fmt, (n_x, 6))?;
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.reserve_btc)), line(st.colours[2])))?;
            c.draw_series(hist_in_range.iter().filter_map(|d| d.lfg_btc.map(|b| marker(d.day, b))))?;
        }
        StablecoinChart::MintCapacity => {
            let hi = pts.iter().map(|s| s.mint_capacity_used).fold(1.2f64, f64::max) * 1.05;
            let fmt = |v: &f64| format!("{}%", crate::i18n::number(v * 100.0, 0));
            let mut axes = axes(&y_capacity, 0.0, hi, &fmt);
            let mut c = line_chart(&plot, &mut axes, st, 0f64..x_max, 0f64..hi, &x_fmt, &fmt, (n_x, 6))?;
            c.draw_series(LineSeries::new([(0.0, 1.0), (x_max, 1.0)], st.colours[3].stroke_width(st.px(1.0))))?;
            c.draw_series(LineSeries::new(pts.iter().map(|s| (s.day, s.mint_capacity_used)), line(st.colours[2])))?;
        }
    }
    root.present()?;
    Ok(())
}

/// The log10 range, in whole decades, around the smallest and the largest
/// of `values` (the model's and the history's), at least one wide.
fn log_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::MAX, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
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
/// Numbers in the current language's punctuation.
pub fn money(v: f64) -> String {
    use crate::i18n::number;
    if v >= 1.0 {
        usd(&count(v))
    } else if v >= 0.01 {
        usd(&number(v, 2))
    } else if v >= 0.0001 {
        // One significant digit: $0.002, $0.0009.
        let digits = (-v.log10().floor()) as usize;
        usd(&number(v, digits))
    } else if v > 0.0 {
        // 2e-5 without the float formatter's exponent code (smaller wasm).
        let e = v.log10().floor();
        let m = (v / 10f64.powf(e)).round() as i64;
        let (m, e) = if m >= 10 { (1, e as i64 + 1) } else { (m, e as i64) };
        usd(&format!("{m}e{e}"))
    } else {
        usd("0")
    }
}

/// An amount in dollars as the language writes it ("$0.98", "0,98 $").
fn usd(amount: &str) -> String {
    crate::t!("stablecoin-usd", n = amount)
}

/// `v / d` in the current language: whole from 100 up or when whole, else
/// with one decimal from 10 up, else two.
fn scaled(v: f64, d: f64) -> String {
    let x = v / d;
    let digits = if x.abs() >= 100.0 || x.fract().abs() < 1e-9 {
        0
    } else if x.abs() >= 10.0 {
        1
    } else {
        2
    };
    crate::i18n::number(x, digits)
}

/// 18.6B, 345M, 6.5T (the suffixes and punctuation of the current language).
pub fn count(v: f64) -> String {
    // Chinese counts by 万 (1e4), 亿 (1e8) and 万亿 (1e12), thousands as English.
    const ZH: [(f64, &str); 4] = [
        (1e12, "stablecoin-words-trillion"),
        (1e8, "stablecoin-words-hundred-million"),
        (1e4, "stablecoin-words-ten-thousand"),
        (1e3, "stablecoin-count-thousand"),
    ];
    const EN: [(f64, &str); 4] = [
        (1e12, "stablecoin-count-trillion"),
        (1e9, "stablecoin-count-billion"),
        (1e6, "stablecoin-count-million"),
        (1e3, "stablecoin-count-thousand"),
    ];
    let units: &[(f64, &str)] = if crate::i18n::language() == crate::i18n::Lang::ZhCn { &ZH } else { &EN };
    // The largest unit `v` reaches, if any.
    match units.iter().find(|(unit, _)| v.abs() >= *unit) {
        Some(&(unit, key)) => crate::t!(key, n = scaled(v, unit)),
        None => scaled(v, 1.0),
    }
}

/// "5 May", "12 May", "1 Jun": day `d` of a May 2022 run (day 0 = 5 May).
pub fn may_day(d: f64) -> String {
    let n = d.round() as i64 + 5;
    if n <= 31 {
        crate::t!("stablecoin-may-day", d = n)
    } else {
        crate::t!("stablecoin-jun-day", d = n - 31)
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
    let band = |p: &crate::sim::stablecoin::ensemble::FanPoint| -> Band {
        match series {
            FanSeries::StablePrice => p.stable_price,
            FanSeries::CompanionSupply => p.companion_supply,
        }
    };
    let (title, colour) = match series {
        FanSeries::StablePrice => (crate::t!("stablecoin-chart-fan-price", runs = summary.runs), st.colours[1]),
        FanSeries::CompanionSupply => (crate::t!("stablecoin-chart-fan-supply", runs = summary.runs), st.colours[0]),
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
    let (lo, hi) = if log { log_range([lo, hi].into_iter()) } else { ((lo - 0.02).max(0.0), hi + 0.02) };
    let y = |v: f64| if log { lg(v, lo) } else { v };
    let (x_desc, x_fmt) = x_axis(may);
    let items = [
        (crate::t!("stablecoin-chart-median"), Mark::Line(colour, 2)),
        (crate::t!("stablecoin-chart-band"), Mark::Band(colour, 0.35)),
        (crate::t!("stablecoin-chart-all-runs"), Mark::Band(colour, 0.15)),
    ];
    let plot = frame(root, &title, &items, st)?;
    let log_fmt = |v: &f64| count(10f64.powf(*v));
    let usd_fmt = |v: &f64| usd(&crate::i18n::number(*v, 2));
    let y_fmt: &dyn Fn(&f64) -> String = if log { &log_fmt } else { &usd_fmt };
    let y_desc = if log { crate::t!("stablecoin-chart-tokens-log") } else { "USD".to_string() };
    let mut axes = Axes::new(&x_desc, &y_desc, y_samples(lo, hi, y_fmt), x_fmt(&x_max));
    let n_y = if log { decades(lo, hi) } else { 6 };
    let mut c = line_chart(&plot, &mut axes, st, 0f64..x_max, lo..hi, &x_fmt, y_fmt, (x_label_count(&plot, st), n_y))?;
    let polygon = |top: &dyn Fn(&Band) -> f64, bottom: &dyn Fn(&Band) -> f64| -> Vec<(f64, f64)> {
        let mut v: Vec<(f64, f64)> = pts.iter().map(|p| (p.day, y(top(&band(p))))).collect();
        v.extend(pts.iter().rev().map(|p| (p.day, y(bottom(&band(p))))));
        v
    };
    c.draw_series(std::iter::once(Polygon::new(polygon(&|b| b.max, &|b| b.min), colour.mix(0.15).filled())))?;
    c.draw_series(std::iter::once(Polygon::new(polygon(&|b| b.p90, &|b| b.p10), colour.mix(0.35).filled())))?;
    c.draw_series(LineSeries::new(pts.iter().map(|p| (p.day, y(band(p).median))), colour.stroke_width(st.px(2.0))))?;
    root.present()?;
    Ok(())
}
