//! What every chart shares, in one place: its title, its legend (rows
//! between the title and the plot, wrapped to the chart's width, never on
//! the data), and axes labelled with their units, with room measured for
//! the tick labels so that neither the axis titles overlap them nor the
//! last tick is clipped.

use super::{ChartStyle, DrawResult};
use plotters::chart::MeshStyle;
use plotters::coord::ranged1d::{AsRangedCoord, Ranged};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A legend entry's mark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A line of this colour and width (CSS px).
    Line(RGBColor, u32),
    /// A dashed line of this colour and width.
    Dashed(RGBColor, u32),
    /// A marker (history points).
    Dot(RGBColor),
    /// A band of this colour at this opacity.
    Band(RGBColor, f64),
}

/// A legend: each entry's label and mark.
pub type Legend = Vec<(String, Mark)>;

/// Chart text designed at `nominal` CSS px, by the text-size rule.
pub fn font(st: &ChartStyle, nominal: f64) -> TextStyle<'static> {
    ("sans-serif", st.font_px(nominal)).into_font().color(&st.fg)
}

/// Height of one legend row, designed at 18 CSS px.
const LEGEND_ROW: f64 = 18.0;

/// The first of `text`'s forms (longest first, separated by `|`: "rounds
/// until every honest node finalised|rounds to finality") that fits
/// `max_w` backing pixels, or the last cut with an ellipsis: text is never
/// squeezed.
pub fn fit<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, text: &str, style: &TextStyle, max_w: u32) -> String {
    let width = |t: &str| area.estimate_text_size(t, style).map(|s| s.0).unwrap_or(0);
    if let Some(t) = text.split('|').find(|t| width(t) <= max_w) {
        return t.to_string();
    }
    let text = text.rsplit('|').next().unwrap_or(text);
    let chars: Vec<char> = text.chars().collect();
    let mut n = chars.len();
    while n > 1 {
        n -= 1;
        let t = chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
        if width(&t) <= max_w {
            return t;
        }
    }
    String::new()
}

/// The legend's entries placed in rows no wider than `width`: each entry's
/// row and x offset (backing pixels).
fn legend_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(String, Mark)],
    style: &TextStyle,
    st: &ChartStyle,
    width: i32,
) -> Vec<(usize, i32)> {
    let (mark_w, gap, sep) = (st.px(14.0) as i32, st.px(4.0) as i32, st.px(14.0) as i32);
    let left = st.px(8.0) as i32;
    let (mut row, mut x) = (0usize, left);
    items
        .iter()
        .map(|(label, _)| {
            let tw = area.estimate_text_size(label, style).map(|s| s.0 as i32).unwrap_or(0);
            let w = mark_w + gap + tw;
            if x > left && x + w > width {
                row += 1;
                x = left;
            }
            let at = (row, x);
            x += w + sep;
            at
        })
        .collect()
}

/// Fills the chart's background, draws its title and its legend rows, and
/// returns the area left for the plot.
pub fn frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    legend: &[(String, Mark)],
    st: &ChartStyle,
) -> Result<DrawingArea<DB, Shift>, Box<dyn std::error::Error>>
where
    DB::ErrorType: 'static,
{
    root.fill(&st.bg)?;
    let big = font(st, 12.0);
    let small = font(st, 11.0);
    let width = root.dim_in_pixel().0;
    let title = fit(root, title, &big, width.saturating_sub(st.px(8.0)));
    let titled = root.titled(&title, big)?;
    if legend.is_empty() {
        return Ok(titled);
    }
    // Each label in its longest form that fits the width beside its mark;
    // when that takes more rows than the short forms, the short forms
    // (a row of legend is a row of plot lost).
    let room = width.saturating_sub(st.px(8.0 + 14.0 + 4.0 + 8.0));
    let long: Legend = legend.iter().map(|(t, m)| (fit(&titled, t, &small, room), *m)).collect();
    let short: Legend =
        legend.iter().map(|(t, m)| (fit(&titled, t.rsplit('|').next().unwrap_or(t), &small, room), *m)).collect();
    let row_w = width as i32 - st.px(8.0) as i32;
    let rows = |l: &Legend| legend_layout(&titled, l, &small, st, row_w).last().map_or(0, |p| p.0);
    let legend = if rows(&short) < rows(&long) { short } else { long };
    let places = legend_layout(&titled, &legend, &small, st, row_w);
    let rows = places.last().map(|p| p.0 + 1).unwrap_or(0);
    let row_h = st.px(LEGEND_ROW) as i32;
    let (strip, plot) = titled.split_vertically(row_h * rows as i32);
    draw_legend(&strip, &legend, &places, &small, st, row_h)?;
    Ok(plot)
}

fn draw_legend<DB: DrawingBackend>(
    strip: &DrawingArea<DB, Shift>,
    legend: &[(String, Mark)],
    places: &[(usize, i32)],
    font: &TextStyle,
    st: &ChartStyle,
    row_h: i32,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let w = st.px(14.0) as i32;
    for ((label, mark), &(row, x)) in legend.iter().zip(places) {
        let cy = row as i32 * row_h + row_h / 2;
        let path = [(x, cy), (x + w, cy)];
        match *mark {
            Mark::Line(c, width) => strip.draw(&PathElement::new(path, c.stroke_width(st.px(f64::from(width)))))?,
            Mark::Dashed(c, width) => {
                let style = c.stroke_width(st.px(f64::from(width)));
                strip.draw(&PathElement::new([(x, cy), (x + w * 2 / 5, cy)], style))?;
                strip.draw(&PathElement::new([(x + w * 3 / 5, cy), (x + w, cy)], style))?;
            }
            Mark::Dot(c) => strip.draw(&Circle::new((x + w / 2, cy), st.px(3.5) as i32, c.filled()))?,
            Mark::Band(c, a) => {
                strip.draw(&Rectangle::new([(x, cy - w / 3), (x + w, cy + w / 3)], c.mix(a).filled()))?
            }
        }
        let tx = x + w + st.px(4.0) as i32;
        strip.draw(&Text::new(label.clone(), (tx, cy), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
    }
    Ok(())
}

/// A chart's axes: their titles (with units) and samples of the tick
/// labels each will draw (the widest y label sets the room on the left,
/// the last x label the room on the right).
pub struct Axes<'a> {
    /// The axes' titles, in [`fit`]'s forms (`long|short`).
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    pub y_ticks: Vec<String>,
    pub x_last: String,
    /// The titles as drawn, set by [`cartesian`].
    pub fitted: (String, String),
}

impl<'a> Axes<'a> {
    pub fn new(x_desc: &'a str, y_desc: &'a str, y_ticks: Vec<String>, x_last: String) -> Axes<'a> {
        Axes { x_desc, y_desc, y_ticks, x_last, fitted: (x_desc.to_string(), y_desc.to_string()) }
    }
}

/// The y tick labels `fmt` gives over `lo..hi` (samples for [`Axes`]).
pub fn y_samples(lo: f64, hi: f64, fmt: &dyn Fn(&f64) -> String) -> Vec<String> {
    (0..=8).map(|i| fmt(&(lo + (hi - lo) * f64::from(i) / 8.0))).collect()
}

/// A cartesian chart on `plot` with room for `axes`' labels and titles.
#[allow(clippy::type_complexity)]
pub fn cartesian<'a, DB: DrawingBackend, X: AsRangedCoord, Y: AsRangedCoord>(
    plot: &'a DrawingArea<DB, Shift>,
    axes: &mut Axes,
    st: &ChartStyle,
    x: X,
    y: Y,
) -> Result<ChartContext<'a, DB, Cartesian2d<X::CoordDescType, Y::CoordDescType>>, Box<dyn std::error::Error>>
where
    DB::ErrorType: 'static,
{
    let small = font(st, 11.0);
    let text_w = |t: &str| plot.estimate_text_size(t, &small).map(|s| s.0).unwrap_or(0);
    let y_w = axes.y_ticks.iter().map(|t| text_w(t)).max().unwrap_or(0);
    let desc_h = st.font_px(12.0).ceil() as u32;
    let right = (text_w(&axes.x_last) / 2 + st.px(4.0)).max(st.px(10.0));
    // The axes' titles in the forms that fit beside the plot.
    let (w, h) = plot.dim_in_pixel();
    let big = font(st, 12.0);
    let x_room = w.saturating_sub(y_w + desc_h + st.px(16.0) + right + st.px(12.0));
    let x_area = st.px(18.0) + desc_h + st.px(6.0);
    let y_room = h.saturating_sub(x_area + st.px(12.0) + st.px(4.0));
    axes.fitted = (fit(plot, axes.x_desc, &big, x_room), fit(plot, axes.y_desc, &big, y_room));
    Ok(ChartBuilder::on(plot)
        .margin(st.px(6.0))
        .margin_right(right)
        .x_label_area_size(x_area)
        .y_label_area_size(y_w + desc_h + st.px(16.0))
        .build_cartesian_2d(x, y)?)
}

/// The one mesh style: grid lines, axis colour, tick labels and the axes'
/// titles, with the caller's formatters and label counts added after.
pub fn style_mesh<'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &mut MeshStyle<'a, 'b, X, Y, DB>,
    axes: &Axes,
    st: &ChartStyle,
) {
    mesh.light_line_style(st.bg)
        .bold_line_style(st.grid)
        .axis_style(st.muted)
        .label_style(font(st, 11.0))
        .axis_desc_style(font(st, 12.0))
        .x_desc(axes.fitted.0.clone())
        .y_desc(axes.fitted.1.clone());
}

/// A chart over `x` and `y` (f64) on `root`: frame, room and mesh in one
/// call, with the x and y tick formatters and label counts given. The
/// usual case; charts with other coordinates call [`frame`],
/// [`cartesian`] and [`style_mesh`] themselves.
#[allow(clippy::too_many_arguments)]
pub fn line_chart<'a, DB: DrawingBackend>(
    plot: &'a DrawingArea<DB, Shift>,
    axes: &mut Axes,
    st: &ChartStyle,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    x_fmt: &dyn Fn(&f64) -> String,
    y_fmt: &dyn Fn(&f64) -> String,
    labels: (usize, usize),
) -> Result<ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>, Box<dyn std::error::Error>>
where
    DB::ErrorType: 'static,
{
    let mut c = cartesian(plot, axes, st, x, y)?;
    let mut mesh = c.configure_mesh();
    style_mesh(&mut mesh, axes, st);
    mesh.x_labels(labels.0)
        .y_labels(labels.1.min(y_label_room(plot, st)))
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    Ok(c)
}

/// The most y labels `plot`'s height holds apart, one per ~24 CSS px of
/// text-sized height (at least 2).
pub fn y_label_room<DB: DrawingBackend>(plot: &DrawingArea<DB, Shift>, st: &ChartStyle) -> usize {
    ((plot.dim_in_pixel().1 / st.px(24.0)) as usize).max(2)
}

/// As many x labels as fit, one per ~70 CSS px of text-sized width, 3 to 8.
pub fn x_label_count<DB: DrawingBackend>(plot: &DrawingArea<DB, Shift>, st: &ChartStyle) -> usize {
    ((f64::from(plot.dim_in_pixel().0) / f64::from(st.px(70.0))) as usize).clamp(3, 8)
}
