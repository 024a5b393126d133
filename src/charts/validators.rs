//! The validator page's charts: the Lorenz curve of stake over operators,
//! and three series over epochs (Nakamoto coefficient, cost of attack,
//! validators active and leaving).

use super::{ChartStyle, DrawResult};
use crate::sim::validators::{EpochRecord, THRESHOLD_LABELS};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Which series over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Nakamoto,
    CostOfAttack,
    Active,
}

impl Series {
    pub const ALL: [Series; 3] = [Series::Nakamoto, Series::CostOfAttack, Series::Active];
    pub fn name(self) -> &'static str {
        match self {
            Series::Nakamoto => "nakamoto",
            Series::CostOfAttack => "cost",
            Series::Active => "active",
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            Series::Nakamoto => "Nakamoto coefficient (operators)",
            Series::CostOfAttack => "Cost of attack (USD, log scale)",
            Series::Active => "Validators active and leaving",
        }
    }
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
    root.fill(&st.bg)?;
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let mut chart = ChartBuilder::on(root)
        .margin(st.px(8.0))
        .margin_right(st.px(18.0))
        .caption(format!("Lorenz curve of stake · Gini {gini:.2}"), font.clone())
        .x_label_area_size(st.px(36.0))
        .y_label_area_size(st.px(40.0))
        .build_cartesian_2d(0f64..1f64, 0f64..1f64)?;
    chart
        .configure_mesh()
        .light_line_style(st.grid)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .x_desc("share of operators, smallest first")
        .y_desc("share of stake")
        .x_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .x_labels(5)
        .y_labels(5)
        .draw()?;
    chart
        .draw_series(DashedLineSeries::new(
            vec![(0.0, 0.0), (1.0, 1.0)],
            st.px(6.0),
            st.px(4.0),
            st.muted.stroke_width(st.px(1.0)),
        ))?
        .label("equal shares")
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], st.muted.stroke_width(1)));
    let col = st.colours[1];
    // The gap between equality and the curve, shaded: twice its area is the Gini coefficient.
    let mut gap: Vec<(f64, f64)> = points.to_vec();
    gap.push((0.0, 0.0));
    chart.draw_series(std::iter::once(Polygon::new(gap, col.mix(0.15))))?;
    chart
        .draw_series(LineSeries::new(points.iter().copied(), col.stroke_width(st.px(3.0))))?
        .label("stake")
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
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
    root.fill(&st.bg)?;
    let font = ("sans-serif", st.font_px(12.0)).into_font().color(&st.fg);
    let x_max = f64::from(epochs.max(1));
    let days = |e: f64| e / f64::from(crate::sim::validators::EPOCHS_PER_DAY);
    let x_fmt = |e: &f64| format!("{:.0}d", days(*e));
    // Thin to at most ~800 points: a chart is at most that many pixels wide.
    let stride = (history.len() / 800).max(1);
    let thin: Vec<&EpochRecord> = history.iter().step_by(stride).chain(history.last()).collect();
    let x_desc = "epoch (days of 225 epochs)";
    // The cost of attack spans from millions of dollars to cents: it is
    // drawn as log10 on a linear axis whose labels undo the log.
    let log = series == Series::CostOfAttack;
    type Get = fn(&EpochRecord) -> f64;
    let lines: Vec<(String, RGBColor, Get)> = match series {
        Series::Nakamoto => vec![
            (format!("{} (halt finality)", THRESHOLD_LABELS[0]), st.colours[0], |r| f64::from(r.nakamoto[0])),
            (format!("{} (majority)", THRESHOLD_LABELS[1]), st.colours[1], |r| f64::from(r.nakamoto[1])),
            (format!("{} (finalise alone)", THRESHOLD_LABELS[2]), st.colours[2], |r| f64::from(r.nakamoto[2])),
        ],
        Series::CostOfAttack => vec![
            (format!("{} of stake", THRESHOLD_LABELS[0]), st.colours[0], |r| r.cost_of_attack_usd[0].max(1.0).log10()),
            (format!("{} of stake", THRESHOLD_LABELS[1]), st.colours[1], |r| r.cost_of_attack_usd[1].max(1.0).log10()),
            (format!("{} of stake", THRESHOLD_LABELS[2]), st.colours[2], |r| r.cost_of_attack_usd[2].max(1.0).log10()),
        ],
        Series::Active => vec![
            ("active".to_string(), st.colours[1], |r| f64::from(r.active_validators)),
            ("leaving (in the exit queue)".to_string(), st.colours[0], |r| f64::from(r.exiting)),
        ],
    };
    let top = history.iter().flat_map(|r| lines.iter().map(move |l| (l.2)(r))).fold(1.0f64, f64::max);
    // Headroom above the lines for the legend.
    let top = if log { top.ceil() + 1.5 } else { top * 1.6 };
    let mut chart = ChartBuilder::on(root)
        .margin(st.px(8.0))
        .margin_right(st.px(16.0))
        .x_label_area_size(st.px(36.0))
        .y_label_area_size(st.px(if log { 56.0 } else { 44.0 }))
        .build_cartesian_2d(0f64..x_max, 0f64..top)?;
    let y_fmt = move |v: &f64| if log { usd(10f64.powf(*v)) } else { format!("{v:.0}") };
    chart
        .configure_mesh()
        .light_line_style(st.grid)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .x_desc(x_desc)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .x_labels(6)
        .y_labels(if log { (top.floor() as usize + 1).min(9) } else { 5 })
        .draw()?;
    for (label, col, get) in lines {
        chart
            .draw_series(LineSeries::new(
                thin.iter().map(|r| (f64::from(r.epoch), get(r))),
                col.stroke_width(st.px(2.5)),
            ))?
            .label(label)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], col.stroke_width(3)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(st.bg.mix(0.85))
        .border_style(st.grid)
        .label_font(font)
        .draw()?;
    root.present()?;
    Ok(())
}

/// `$1.2M`, `$35k`, `$0.4`.
pub fn usd(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("${:.1}B", v / 1e9)
    } else if a >= 1e6 {
        format!("${:.1}M", v / 1e6)
    } else if a >= 1e3 {
        format!("${:.0}k", v / 1e3)
    } else if a >= 1.0 {
        format!("${v:.0}")
    } else {
        format!("${v:.2}")
    }
}
