//! Chart hygiene (issue 16), on every chart the pages and the command line
//! draw: each titled, both axes titled, and no text clipped by the edges or
//! lying on other text, on a laptop-sized chart, a phone-sized one and in
//! presenter mode (text half as large again). Read from the SVG each chart
//! draws through the same code as the canvas.

use chainlab::charts::validators::{draw_lorenz, draw_over_time, Series};
use chainlab::charts::{self, ChartStyle, DrawResult, FanSeries, StablecoinChart};
use chainlab::sim::consensus::experiment::Experiment;
use chainlab::sim::consensus::{ConsensusSim, Params};
use chainlab::sim::stablecoin::ensemble::Ensemble;
use chainlab::sim::stablecoin::{history, Scenario as CoinScenario, StablecoinSim};
use chainlab::sim::swap::{Scenario as SwapScenario, SwapSim};
use chainlab::sim::validators::{ValidatorParams, ValidatorSim};
use plotters::coord::Shift;
use plotters::prelude::*;

/// One text of an SVG: its box (x0, y0, x1, y1) as a browser would lay it
/// out, estimated from its anchor, size and length, and its content.
#[derive(Debug)]
struct Label {
    text: String,
    bx: (f64, f64, f64, f64),
    rotated: bool,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let i = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[i..].split('"').next()?.to_string())
}

/// Every `<text>` of a plotters SVG with its estimated box. Widths use
/// 0.55 em a character (sans-serif digits and lower case average less).
fn labels(svg: &str) -> Vec<Label> {
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let (tag, rest) = part.split_once('>').unwrap();
        let text = rest.split("</text>").next().unwrap().trim().replace("&amp;", "&").replace("&apos;", "'");
        let num = |n: &str| attr(tag, n).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
        // plotters writes font sizes over 1.24 (points); the browser draws that many px.
        let size = num("font-size");
        let (x, y) = (num("x"), num("y"));
        let w = 0.55 * size * text.chars().count() as f64;
        let h = size;
        let anchor = attr(tag, "text-anchor").unwrap_or_default();
        let dy = attr(tag, "dy").unwrap_or_default();
        let rotated = tag.contains("rotate(");
        let x0 = match anchor.as_str() {
            "middle" => x - w / 2.0,
            "end" => x - w,
            _ => x,
        };
        let y0 = match dy.as_str() {
            "0.76em" => y,
            "0.5ex" => y - h / 2.0,
            "-0.5ex" => y - h,
            _ => y - h * 0.8,
        };
        let bx = if rotated {
            // Turned 270°: the text runs upwards, centred on (x, y).
            (x, y - w / 2.0, x + h, y + w / 2.0)
        } else {
            (x0, y0, x0 + w, y0 + h)
        };
        if !text.is_empty() {
            out.push(Label { text, bx, rotated });
        }
    }
    out
}

/// Checks one chart: `title` and two axis titles present, nothing outside
/// the image, no two texts overlapping (by more than a sliver).
fn check(name: &str, svg: &str, w: f64, h: f64, title: &str, axes: usize) {
    let ls = labels(svg);
    assert!(
        ls.iter().any(|l| l.text.starts_with(&title[..title.len().min(12)])),
        "{name}: no title {title:?}: {ls:#?}"
    );
    assert!(ls.iter().filter(|l| l.rotated).count() >= axes, "{name}: a y axis without a title");
    for l in &ls {
        let (x0, y0, x1, y1) = l.bx;
        assert!(
            x0 >= -1.0 && y0 >= -1.0 && x1 <= w + 1.0 && y1 <= h + 1.0,
            "{name}: {:?} clipped at {:?} in {w}x{h}",
            l.text,
            l.bx
        );
    }
    for (i, a) in ls.iter().enumerate() {
        for b in &ls[i + 1..] {
            let ox = a.bx.2.min(b.bx.2) - a.bx.0.max(b.bx.0);
            let oy = a.bx.3.min(b.bx.3) - a.bx.1.max(b.bx.1);
            assert!(ox <= 2.0 || oy <= 2.0, "{name}: {:?} and {:?} overlap ({:?} / {:?})", a.text, b.text, a.bx, b.bx);
        }
    }
}

/// The sizes (CSS px) and modes the pages draw a chart at: a laptop, a
/// phone, a 1024x768 projector (the stablecoin page's three columns and a
/// full-width chart) and the command line's SVG.
const SIZES: [(u32, u32, bool); 5] =
    [(800, 240, false), (340, 240, false), (320, 260, true), (980, 260, true), (800, 400, false)];
/// The rollup's load sweep: 300 px high, 520 on a phone (stacked).
const SWEEP_SIZES: [(u32, u32, bool); 4] = [(900, 300, false), (340, 520, false), (1000, 300, true), (900, 380, false)];

fn each_size(
    name: &str,
    title: &str,
    axes: usize,
    draw: &dyn Fn(&DrawingArea<SVGBackend, Shift>, &ChartStyle) -> DrawResult,
) {
    each_of(&SIZES, name, title, axes, draw)
}

/// The chart drawn at each of `sizes`.
fn each_of(
    sizes: &[(u32, u32, bool)],
    name: &str,
    title: &str,
    axes: usize,
    draw: &dyn Fn(&DrawingArea<SVGBackend, Shift>, &ChartStyle) -> DrawResult,
) {
    for &(w, h, presenter) in sizes {
        let st = ChartStyle { presenter, ..ChartStyle::light() };
        let svg = charts::svg(w, h, |root| draw(root, &st)).unwrap();
        check(&format!("{name} {w}x{h} presenter={presenter}"), &svg, f64::from(w), f64::from(h), title, axes);
    }
}

#[test]
fn consensus_charts_are_titled_and_nothing_overlaps() {
    let mut sim = ConsensusSim::new(Params { nodes: 200, ..Params::default() }, 3).unwrap();
    sim.run_to_end();
    let honest = sim.honest_count();
    each_size("history", "Honest nodes", 1, &|root, st| charts::draw_history(root, sim.history(), 2, honest, true, st));
    let mut e = Experiment::new(Params { nodes: 60, ..Params::default() }, 1, 40).unwrap();
    e.run_all();
    each_size("histogram", "Rounds to finality", 1, &|root, st| charts::draw_histogram(root, e.outcomes(), st));
}

#[test]
fn swap_balances_are_titled_and_nothing_overlaps() {
    let params = SwapScenario::HappyPath.params().with_default_horizon();
    let (a, b) = (params.amount_a, params.amount_b);
    let mut sim = SwapSim::new(params, 1).unwrap();
    sim.run_to_end();
    let end = chainlab::sim::swap::simulation::view_end(&sim);
    each_size("balances", "Who holds", 1, &|root, st| charts::draw_balances(root, sim.balances(), a, b, end, st));
}

#[test]
fn rollup_sweep_is_titled_and_nothing_overlaps() {
    use chainlab::sim::rollup::{load_point, RollupParams, SWEEP_LOADS};
    let params = RollupParams::default();
    let points: Vec<_> = SWEEP_LOADS.iter().map(|&t| load_point(&params, t, 1).unwrap()).collect();
    let cap = f64::from(params.l1_transfers_per_block) / 12.0;
    // Side by side, or stacked on narrow canvases, as the page draws it.
    each_of(&SWEEP_SIZES, "sweep", "L1 alone", 2, &|root, st| {
        charts::draw_load_sweep(root, &points, cap, root.dim_in_pixel().0 < 640, st)
    });
}

#[test]
fn validators_charts_are_titled_and_nothing_overlaps() {
    let params = ValidatorParams { epochs: 900, ..ValidatorParams::default() };
    let epochs = params.epochs;
    let mut sim = ValidatorSim::new(params, 1).unwrap();
    sim.run_to_end();
    let gini = sim.history().last().unwrap().gini;
    let lorenz = sim.lorenz();
    each_size("lorenz", "Lorenz curve", 1, &|root, st| draw_lorenz(root, &lorenz, gini, st));
    for series in Series::ALL {
        each_size(series.name(), &series.title(), 1, &|root, st| {
            draw_over_time(root, sim.history(), epochs, series, st)
        });
    }
}

#[test]
fn stablecoin_charts_are_titled_dated_and_nothing_overlaps() {
    for scenario in [CoinScenario::TerraMay2022, CoinScenario::Calm] {
        let mut sim = StablecoinSim::new(scenario.params(), 1).unwrap();
        sim.run_to_end();
        let hist = if scenario.is_may_2022() { history::may_2022() } else { Vec::new() };
        for chart in StablecoinChart::ALL {
            let name = format!("{} {}", scenario.name(), chart.name());
            each_size(&name, &chart.title(), 1, &|root, st| {
                charts::draw_stablecoin(root, chart, sim.history(), &hist, st)
            });
        }
        // A May 2022 run's axis reads in dates.
        let svg = charts::svg(800, 360, |root| {
            charts::draw_stablecoin(root, StablecoinChart::StablePrice, sim.history(), &hist, &ChartStyle::light())
        })
        .unwrap();
        let dated = labels(&svg).iter().any(|l| l.text.ends_with(" May"));
        assert_eq!(scenario.is_may_2022(), dated, "{}", scenario.name());
    }
    let params = CoinScenario::TerraMay2022.params();
    let ens = Ensemble::run(&params, 1, 4, 60).summary(params.step_seconds, 60);
    for series in [FanSeries::StablePrice, FanSeries::CompanionSupply] {
        each_size("fan", if series == FanSeries::StablePrice { "UST" } else { "LUNA" }, 1, &|root, st| {
            charts::draw_stablecoin_fan(root, &ens, series, true, st)
        });
    }
}
