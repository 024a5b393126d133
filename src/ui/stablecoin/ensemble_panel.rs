//! The ensemble panel: the current scenario and parameters over N seeds
//! (default 20, up to 200), as a risk modeller's fan chart. Everything is
//! spread across animation frames, so no main-thread task runs long and
//! the page never freezes: runs are stepped [`BUDGET_MS`] per frame (the
//! clock checked every [`STEPS_PER_CHECK`] steps), each finished run is
//! reduced to its path (`sim::stablecoin::ensemble`), and once the last
//! one is in, the bands are computed in one frame, the price fan drawn in
//! the next and the supply fan in the one after (each chart alone is a
//! few milliseconds; together with the bands and the re-render they made
//! one task of up to ~0.5 s on a busy machine). The section's
//! `data-ensemble-drawn` turns "2" when both fans are on screen.

use super::super::chart::draw_stablecoin_fan;
use super::super::palette::Palette;
use super::super::shell::{now_ms, use_animation_loop, use_playing};
use crate::charts::FanSeries;
use crate::sim::stablecoin::ensemble::{Ensemble, EnsembleSummary, RunPath, DEFAULT_RUNS, MAX_RUNS};
use crate::sim::stablecoin::moments::may_date;
use crate::sim::stablecoin::{StablecoinParams, StablecoinSim};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Milliseconds of stepping per frame (well under the 50 ms of a long task,
/// leaving the rest of a 60 Hz frame to the browser).
const BUDGET_MS: f64 = 14.0;
/// Steps between looks at the clock (ten minutes of a May 2022 run at its
/// 60 s step: 100 blocks, well under a millisecond).
const STEPS_PER_CHECK: usize = 10;

/// Steps between the ensemble's samples: ten minutes at the default step.
pub fn sample_every(p: &StablecoinParams) -> usize {
    ((600.0 / p.step_seconds).round() as usize).max(1)
}

/// The finished ensemble, shared with the page's exports.
#[derive(Clone, Default)]
pub struct SharedEnsemble(pub Rc<RefCell<Option<EnsembleSummary>>>);

impl PartialEq for SharedEnsemble {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct EnsemblePanelProps {
    pub params: StablecoinParams,
    pub seed: u64,
    pub may: bool,
    pub shared: SharedEnsemble,
}

struct Work {
    runs: usize,
    next: u64,
    current: Option<StablecoinSim>,
    done: Ensemble,
    /// Fan charts drawn (0, 1 or 2) of the finished summary.
    drawn: u8,
}

/// The palette both fans were last drawn with (a theme change redraws them).
type DrawnWith = Rc<RefCell<Option<Palette>>>;

fn draw_fan(node: &NodeRef, sum: &EnsembleSummary, series: FanSeries, may: bool, pal: &Palette) -> Option<f64> {
    let c = node.cast::<HtmlCanvasElement>()?;
    let t0 = now_ms();
    let _ = draw_stablecoin_fan(&c, sum, series, may, pal);
    Some(now_ms() - t0)
}

fn set_data(node: &NodeRef, name: &str, value: &str) {
    if let Some(el) = node.cast::<web_sys::Element>() {
        let _ = el.set_attribute(name, value);
    }
}

#[function_component(EnsemblePanel)]
pub fn ensemble_panel(props: &EnsemblePanelProps) -> Html {
    let runs = use_state(|| DEFAULT_RUNS);
    let work = use_mut_ref(|| None::<Work>);
    let running = use_playing(false);
    let force = use_force_update();
    let price_ref = use_node_ref();
    let supply_ref = use_node_ref();
    let section_ref = use_node_ref();
    let drawn_with: DrawnWith = use_mut_ref(|| None::<Palette>);
    // A change of scenario, parameters or seed discards the ensemble.
    {
        let (work, shared, running, drawn_with) =
            (work.clone(), props.shared.clone(), running.clone(), drawn_with.clone());
        use_effect_with((props.params.clone(), props.seed), move |_| {
            *work.borrow_mut() = None;
            *shared.0.borrow_mut() = None;
            *drawn_with.borrow_mut() = None;
            running.set(false);
        });
    }
    {
        let (work, shared, running_h, force) = (work.clone(), props.shared.clone(), running.clone(), force.clone());
        let (price_ref, supply_ref, section_ref, drawn_with) =
            (price_ref.clone(), supply_ref.clone(), section_ref.clone(), drawn_with.clone());
        let (params, seed, may) = (props.params.clone(), props.seed, props.may);
        use_animation_loop(
            &running,
            Callback::from(move |_dt: f64| {
                let t0 = now_ms();
                let mut w = work.borrow_mut();
                let Some(w) = w.as_mut() else {
                    running_h.set(false);
                    return;
                };
                let every = sample_every(&params);
                if w.done.paths.len() < w.runs {
                    // Stepping, one budget per frame.
                    while now_ms() - t0 < BUDGET_MS {
                        if w.current.is_none() {
                            if w.done.paths.len() >= w.runs {
                                break;
                            }
                            w.current = StablecoinSim::new(params.clone(), seed.wrapping_add(w.next)).ok();
                            w.next += 1;
                            if w.current.is_none() {
                                // Parameters the model refuses: stop rather than spin.
                                w.runs = w.done.paths.len();
                                break;
                            }
                        }
                        let sim = w.current.as_mut().expect("just set");
                        for _ in 0..STEPS_PER_CHECK {
                            sim.step();
                        }
                        if sim.is_done() {
                            let sim = w.current.take().expect("running");
                            w.done.add(RunPath::of(&sim, every));
                        }
                    }
                    force.force_update();
                    return;
                }
                let summary = shared.0.borrow().clone();
                let Some(sum) = summary else {
                    // The bands, in a frame of their own.
                    if w.done.paths.is_empty() {
                        running_h.set(false);
                    } else {
                        *shared.0.borrow_mut() = Some(w.done.summary(params.step_seconds, every));
                        w.drawn = 0;
                        set_data(&section_ref, "data-ensemble-drawn", "0");
                    }
                    force.force_update();
                    return;
                };
                // One fan per frame (the canvases exist once the summary has rendered).
                let pal = Palette::current();
                let (node, series, attr) = if w.drawn == 0 {
                    (&price_ref, FanSeries::StablePrice, "data-draw-price-ms")
                } else {
                    (&supply_ref, FanSeries::CompanionSupply, "data-draw-supply-ms")
                };
                let Some(ms) = draw_fan(node, &sum, series, may, &pal) else { return };
                set_data(&section_ref, attr, &format!("{ms:.2}"));
                w.drawn += 1;
                set_data(&section_ref, "data-ensemble-drawn", &w.drawn.to_string());
                if w.drawn >= 2 {
                    *drawn_with.borrow_mut() = Some(pal);
                    running_h.set(false);
                    force.force_update();
                }
            }),
        );
    }
    {
        // After a change of theme, the finished fans are redrawn in their new colours.
        let (shared, price_ref, supply_ref, may, drawn_with) =
            (props.shared.clone(), price_ref.clone(), supply_ref.clone(), props.may, drawn_with.clone());
        use_effect(move || {
            let Some(sum) = shared.0.borrow().clone() else { return };
            let mut last = drawn_with.borrow_mut();
            if last.is_none() {
                return; // not drawn yet: the animation loop draws them
            }
            let pal = Palette::current();
            if last.as_ref() != Some(&pal) {
                draw_fan(&price_ref, &sum, FanSeries::StablePrice, may, &pal);
                draw_fan(&supply_ref, &sum, FanSeries::CompanionSupply, may, &pal);
                *last = Some(pal);
            }
        });
    }
    let on_run = {
        let (work, runs, running, shared) = (work.clone(), runs.clone(), running.clone(), props.shared.clone());
        let (drawn_with, section_ref) = (drawn_with.clone(), section_ref.clone());
        Callback::from(move |_: MouseEvent| {
            *shared.0.borrow_mut() = None;
            *drawn_with.borrow_mut() = None;
            set_data(&section_ref, "data-ensemble-drawn", "0");
            *work.borrow_mut() =
                Some(Work { runs: *runs, next: 0, current: None, done: Ensemble::default(), drawn: 0 });
            running.set(true);
        })
    };
    let on_runs = {
        let runs = runs.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let n = input.value().parse::<usize>().unwrap_or(DEFAULT_RUNS).clamp(1, MAX_RUNS);
            input.set_value(&n.to_string());
            runs.set(n);
        })
    };
    let progress = work.borrow().as_ref().map(|w| w.done.paths.len()).unwrap_or(0);
    let summary = props.shared.0.borrow().clone();
    let when = |d: f64| {
        if props.may {
            may_date(d)
        } else {
            format!("day {d:.2}")
        }
    };
    html! {
        <section class="ensemble" id="ensemble" aria-label="Ensemble over seeds" ref={section_ref}
            data-ensemble-runs={summary.as_ref().map(|s| s.runs).unwrap_or(0).to_string()}>
            <h2>{ "Many runs: the fan chart" }</h2>
            <p class="hint">{ "The same scenario and parameters over many seeds (seed, seed + 1, …): the median path, the band holding 80% of runs (10–90%) and the band of all runs (min–max)." }</p>
            <div class="controls">
                <label>{ "Runs " }<input id="ensemble-runs" type="number" min="1" max={MAX_RUNS.to_string()} value={runs.to_string()} onchange={on_runs} /></label>
                <button id="ensemble-run" onclick={on_run} disabled={running.is_on()}>{ if running.is_on() && progress >= *runs { "Drawing the fan charts…".to_string() } else if running.is_on() { format!("Running… {progress} of {}", *runs) } else { format!("Run {} seeds", *runs) } }</button>
            </div>
            if let Some(s) = &summary {
                <div class="charts">
                    <figure class="chart-box"><canvas id="chart-ensemble-price" class="chart" ref={price_ref} role="img" aria-label="Fan chart of UST's price over the runs"></canvas></figure>
                    <figure class="chart-box"><canvas id="chart-ensemble-supply" class="chart" ref={supply_ref} role="img" aria-label="Fan chart of LUNA's supply over the runs"></canvas></figure>
                </div>
                <ul class="distributions" id="ensemble-distributions">
                    <li>{ match &s.below_half_day {
                        Some(b) => format!("UST fell below $0.50 in {} of {} runs: median {}, 10–90% {} – {}, earliest {}, latest {}.",
                            s.below_half_runs, s.runs, when(b.median), when(b.p10), when(b.p90), when(b.min), when(b.max)),
                        None => format!("UST never fell below $0.50 in any of the {} runs.", s.runs),
                    } }</li>
                    <li>{ format!("LUNA multiple (final over starting supply): median ×{:.1}, 10–90% ×{:.1} – ×{:.1}, min ×{:.1}, max ×{:.1}.",
                        s.luna_multiple.median, s.luna_multiple.p10, s.luna_multiple.p90, s.luna_multiple.min, s.luna_multiple.max) }</li>
                </ul>
            }
        </section>
    }
}
