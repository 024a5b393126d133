//! The validator page's charts: the Lorenz curve of stake over operators,
//! and three series over epochs (Nakamoto coefficient, cost of attack,
//! validators active and leaving).

use super::frame::{frame, line_chart, y_samples, Axes, Legend, Mark};
use super::{ChartStyle, DrawResult};
use crate::i18n::{num, number};
use crate::sim::validators::simulation::threshold_label as th;
use crate::sim::validators::EpochRecord;
use plotters::coord::Shift;
use plotters::prelude::*;

crate::keyed_enum! {
    /// Which series over time.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Series {
        Nakamoto "nakamoto" "validators-series-nakamoto" "validators-unit-nakamoto",
        CostOfAttack "cost" "validators-series-cost" "validators-unit-cost",
        Active "active" "validators-series-active" "validators-unit-active",
    }
    pub fn name -> &'static str;
    pub fn title -> String;
    /// The y axis' title, with its unit.
    pub fn unit -> String;
}

/// The Lorenz curve (operators from smallest to largest against their
/// cumulative share of stake), the line of equality, and the Gini coefficient.
pub fn draw_lorenz<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: &[(f64, f64)],
    gini: f64,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let col = st.colours[1];
    let legend = vec![
        (crate::t!("validators-lorenz-stake"), Mark::Line(col, 3)),
        (crate::t!("validators-lorenz-equal"), Mark::Dashed(st.fg, 1)),
        (crate::t!("validators-lorenz-gap"), Mark::Band(col, 0.15)),
    ];
    let plot = frame(root, &crate::t!("validators-lorenz-title", gini = num(gini, 2)), &legend, st)?;
    let pct = |v: &f64| crate::t!("validators-pct", p = num(v * 100.0, 0));
    let x_title = crate::t!("validators-lorenz-x");
    let y_title = crate::t!("validators-lorenz-y");
    let mut axes = Axes::new(&x_title, &y_title, vec![pct(&1.0)], pct(&1.0));
    let mut chart = line_chart(&plot, &mut axes, st, 0f64..1f64, 0f64..1f64, &pct, &pct, (5, 5))?;
    chart.draw_series(DashedLineSeries::new(
        vec![(0.0, 0.0), (1.0, 1.0)],
        st.px(6.0),
        st.px(4.0),
        st.fg.stroke_width(st.px(1.0)),
    ))?;
    // The gap between equality and the curve, shaded: twice its area is the Gini coefficient.
    let mut gap: Vec<(f64, f64)> = points.to_vec();
    gap.push((0.0, 0.0));
    chart.draw_series(std::iter::once(Polygon::new(gap, col.mix(0.15))))?;
    chart.draw_series(LineSeries::new(points.iter().copied(), col.stroke_width(st.px(3.0))))?;
    root.present()?;
    Ok(())
}

/// One series over the run: `history` up to the current epoch, the x axis
/// fixed to `epochs` so the line grows as the run plays.
pub fn draw_over_time<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    history: &[EpochRecord],
    epochs: u32,
    series: Series,
    st: &ChartStyle,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let x_max = f64::from(epochs.max(1));
    let days = |e: f64| e / f64::from(crate::sim::validators::EPOCHS_PER_DAY);
    let x_fmt = |e: &f64| number(days(*e), 0);
    // Thin to at most ~800 points: a chart is at most that many pixels wide.
    let stride = (history.len() / 800).max(1);
    let thin: Vec<&EpochRecord> = history.iter().step_by(stride).chain(history.last()).collect();
    // The cost of attack spans from millions of dollars to cents: it is
    // drawn as log10 on a linear axis whose labels undo the log.
    let log = series == Series::CostOfAttack;
    type Get = fn(&EpochRecord) -> f64;
    let lines: Vec<(String, RGBColor, Get)> = match series {
        Series::Nakamoto => vec![
            (crate::t!("validators-line-halt", share = th(0)), st.colours[0], |r| f64::from(r.nakamoto[0])),
            (crate::t!("validators-line-majority", share = th(1)), st.colours[1], |r| f64::from(r.nakamoto[1])),
            (crate::t!("validators-line-finalise", share = th(2)), st.colours[2], |r| f64::from(r.nakamoto[2])),
        ],
        Series::CostOfAttack => vec![
            (crate::t!("validators-line-of-stake", share = th(0)), st.colours[0], |r| {
                r.cost_of_attack_usd[0].max(1.0).log10()
            }),
            (crate::t!("validators-line-of-stake", share = th(1)), st.colours[1], |r| {
                r.cost_of_attack_usd[1].max(1.0).log10()
            }),
            (crate::t!("validators-line-of-stake", share = th(2)), st.colours[2], |r| {
                r.cost_of_attack_usd[2].max(1.0).log10()
            }),
        ],
        Series::Active => vec![
            (crate::t!("validators-line-active"), st.colours[1], |r| f64::from(r.active_validators)),
            (crate::t!("validators-line-leaving"), st.colours[0], |r| f64::from(r.exiting)),
        ],
    };
    let legend: Legend = lines.iter().map(|(label, col, _)| (label.clone(), Mark::Line(*col, 3))).collect();
    let plot = frame(root, &series.title(), &legend, st)?;
    let top = history.iter().flat_map(|r| lines.iter().map(move |l| (l.2)(r))).fold(1.0f64, f64::max);
    let top = if log { top.ceil() + 0.5 } else { top * 1.1 };
    let y_fmt = move |v: &f64| if log { usd(10f64.powf(*v)) } else { number(*v, 0) };
    let (x_title, y_title) = (crate::t!("validators-x-days"), series.unit());
    let mut axes = Axes::new(&x_title, &y_title, y_samples(0.0, top, &y_fmt), x_fmt(&x_max));
    let y_labels = if log { (top.floor() as usize + 1).min(9) } else { 5 };
    let mut chart = line_chart(&plot, &mut axes, st, 0f64..x_max, 0f64..top, &x_fmt, &y_fmt, (6, y_labels))?;
    for (_, col, get) in lines {
        chart.draw_series(LineSeries::new(
            thin.iter().map(|r| (f64::from(r.epoch), get(r))),
            col.stroke_width(st.px(2.5)),
        ))?;
    }
    root.present()?;
    Ok(())
}

/// `$1.2M`, `$35k`, `$0.4`.
pub fn usd(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        crate::t!("validators-usd-b", v = num(v / 1e9, 1))
    } else if a >= 1e6 {
        crate::t!("validators-usd-m", v = num(v / 1e6, 1))
    } else if a >= 1e3 {
        crate::t!("validators-usd-k", v = num(v / 1e3, 0))
    } else if a >= 1.0 {
        crate::t!("validators-usd", v = num(v, 0))
    } else {
        crate::t!("validators-usd", v = num(v, 2))
    }
}
