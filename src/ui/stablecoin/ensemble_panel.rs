//! The ensemble panel: the current scenario and parameters over N seeds
//! (default 20, up to 200), as a risk modeller's fan chart.
//!
//! The runs go to Web Workers, one per core (the page's pool, `ui::workers`,
//! shared with the consensus experiment): each worker (`www/worker.js`) runs
//! whole seeds in the experiment module (`src/bin/chainlab-worker.rs`, the
//! same core) and sends back the run's path; the page keeps them by seed,
//! so the ensemble is the same whichever worker ran which seed, and the same
//! as the CLI's `--runs`. Where workers cannot start (an old browser, a
//! page opened from `file:`), or one fails, the seeds still missing are
//! stepped on the page itself, [`BUDGET_MS`] per animation frame (the clock
//! checked every [`STEPS_PER_CHECK`] steps), so no main-thread task runs
//! long either way. Once the last run is in, the bands are computed in one
//! frame, the price fan drawn in the next and the supply fan in the one
//! after (each chart alone is a few milliseconds; together with the bands
//! and the re-render they made one task of up to ~0.5 s on a busy machine).
//! The section's `data-ensemble-drawn` turns "2" when both fans are on
//! screen; `data-ensemble-threads` says how many workers ran (0: the page).

use super::super::chart::draw_stablecoin_fan;
use super::super::palette::Palette;
use super::super::shell::{now_ms, use_animation_loop, use_playing};
use super::super::workers::Pool;
use crate::charts::FanSeries;
use crate::sim::stablecoin::ensemble::{Ensemble, EnsembleSummary, RunPath, DEFAULT_RUNS, MAX_RUNS};
use crate::sim::stablecoin::moments::may_date;
use crate::sim::stablecoin::{StablecoinParams, StablecoinSim};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Workers for seeds `seed .. seed + runs` (`www/worker.js`'s "stablecoin" job);
/// None when the parameters cannot be sent.
fn start_pool(params: &StablecoinParams, seed: u64, runs: usize, every: usize) -> Option<Pool> {
    let json = serde_json::to_string(params).ok()?;
    let seeds = (0..runs as u64).map(|i| seed.wrapping_add(i).to_string()).collect();
    Some(Pool::start("stablecoin", vec![json, every.to_string()], seeds))
}
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
    /// Each seed's path, by its place in the ensemble, once it is in.
    paths: Vec<Option<RunPath>>,
    received: usize,
    /// The run being stepped on the page (no workers), and its place.
    current: Option<(usize, StablecoinSim)>,
    /// The workers running the seeds; None once they are done or failed.
    pool: Option<Pool>,
    /// Workers started (0: every seed stepped on the page).
    threads: u32,
    /// Why the workers stopped early, if they did (the page took over).
    fallback: Option<String>,
    done: Ensemble,
    /// Fan charts drawn (0, 1 or 2) of the finished summary.
    drawn: u8,
}

impl Work {
    fn new(params: &StablecoinParams, seed: u64, runs: usize) -> Work {
        let pool = start_pool(params, seed, runs, sample_every(params));
        let threads = pool.as_ref().map(Pool::threads).unwrap_or(0);
        Work {
            runs,
            paths: vec![None; runs],
            received: 0,
            current: None,
            pool,
            threads,
            fallback: None,
            done: Ensemble::default(),
            drawn: 0,
        }
    }

    fn put(&mut self, i: usize, path: RunPath) {
        if let Some(slot) = self.paths.get_mut(i) {
            if slot.is_none() {
                self.received += 1;
            }
            *slot = Some(path);
        }
    }

    /// Reads what the workers sent. A failure stops them; the page then
    /// steps the seeds still missing itself.
    fn read_inbox(&mut self) {
        let Some(pool) = &self.pool else { return };
        let (results, mut error) = pool.take();
        for (i, json) in results {
            match serde_json::from_str::<RunPath>(&json) {
                Ok(path) => self.put(i as usize, path),
                Err(e) => {
                    error.get_or_insert(format!("a worker's run could not be read: {e}"));
                }
            }
        }
        if let Some(e) = error {
            self.fallback = Some(e);
            self.pool = None;
        } else if self.received >= self.runs {
            self.pool = None;
        }
    }

    /// Steps on the page for one frame's budget: the first seed still missing.
    fn step_here(&mut self, params: &StablecoinParams, seed: u64, t0: f64, every: usize) {
        while now_ms() - t0 < BUDGET_MS && self.received < self.runs {
            if self.current.is_none() {
                let Some(i) = self.paths.iter().position(Option::is_none) else { break };
                match StablecoinSim::new(params.clone(), seed.wrapping_add(i as u64)) {
                    Ok(sim) => self.current = Some((i, sim)),
                    Err(_) => {
                        // Parameters the model refuses: stop rather than spin.
                        self.runs = self.received;
                        break;
                    }
                }
            }
            let (i, sim) = self.current.as_mut().expect("just set");
            for _ in 0..STEPS_PER_CHECK {
                sim.step();
            }
            if sim.is_done() {
                let i = *i;
                let (_, sim) = self.current.take().expect("running");
                self.put(i, RunPath::of(&sim, every));
            }
        }
    }
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
                    w.read_inbox();
                    if w.pool.is_none() && w.received < w.runs {
                        w.step_here(&params, seed, t0, every);
                    }
                    if w.received >= w.runs {
                        // Every run is in: the ensemble, in seed order.
                        w.runs = w.received;
                        w.done = Ensemble { paths: w.paths.iter().flatten().cloned().collect() };
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
        let (params, seed) = (props.params.clone(), props.seed);
        let (drawn_with, section_ref) = (drawn_with.clone(), section_ref.clone());
        Callback::from(move |_: MouseEvent| {
            *shared.0.borrow_mut() = None;
            *drawn_with.borrow_mut() = None;
            set_data(&section_ref, "data-ensemble-drawn", "0");
            *work.borrow_mut() = Some(Work::new(&params, seed, *runs));
            running.set(true);
        })
    };
    let on_cancel = {
        let (work, running, section_ref) = (work.clone(), running.clone(), section_ref.clone());
        Callback::from(move |_: MouseEvent| {
            // Dropping the work terminates its workers.
            *work.borrow_mut() = None;
            set_data(&section_ref, "data-ensemble-drawn", "0");
            running.set(false);
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
    let (progress, threads, fallback) =
        work.borrow().as_ref().map(|w| (w.received, w.threads, w.fallback.clone())).unwrap_or((0, 0, None));
    let summary = props.shared.0.borrow().clone();
    let when = |d: f64| {
        if props.may {
            may_date(d)
        } else {
            crate::t!("stablecoin-when-day", day = crate::i18n::num(d, 2))
        }
    };
    html! {
        <section class="ensemble" id="ensemble" aria-label={crate::t!("stablecoin-ensemble-label")} ref={section_ref}
            data-ensemble-runs={summary.as_ref().map(|s| s.runs).unwrap_or(0).to_string()}
            data-ensemble-threads={threads.to_string()}
            data-ensemble-fallback={fallback.clone().unwrap_or_default()}>
            <h2>{ crate::t!("stablecoin-ensemble-title") }</h2>
            <p class="hint">{ crate::t!("stablecoin-ensemble-hint") }</p>
            <div class="controls">
                <label>{ crate::t!("stablecoin-ensemble-runs") }{ " " }<input id="ensemble-runs" type="number" min="1" max={MAX_RUNS.to_string()} value={runs.to_string()} onchange={on_runs} /></label>
                <button id="ensemble-run" onclick={on_run} disabled={running.is_on()}>{ if running.is_on() && progress >= *runs { crate::t!("stablecoin-ensemble-drawing") } else if running.is_on() { crate::t!("stablecoin-ensemble-running", done = progress, runs = *runs) } else { crate::t!("stablecoin-ensemble-run", runs = *runs) } }</button>
                if running.is_on() && progress < *runs {
                    <progress id="ensemble-progress" max={runs.to_string()} value={progress.to_string()} aria-label={crate::t!("stablecoin-ensemble-progress")}></progress>
                    <button id="ensemble-cancel" onclick={on_cancel}>{ crate::t!("stablecoin-ensemble-cancel") }</button>
                }
            </div>
            if running.is_on() && progress < *runs {
                <p class="hint" id="ensemble-where">{ match (&fallback, threads) {
                    (Some(why), _) => crate::t!("stablecoin-ensemble-fallback", why = why),
                    (None, 0) => crate::t!("stablecoin-ensemble-on-page"),
                    (None, n) => crate::t!("stablecoin-ensemble-workers", n = n),
                } }</p>
            }
            if let Some(s) = &summary {
                <div class="charts">
                    <figure class="chart-box"><canvas id="chart-ensemble-price" class="chart" ref={price_ref} role="img" aria-label={crate::t!("stablecoin-ensemble-price-label")}></canvas></figure>
                    <figure class="chart-box"><canvas id="chart-ensemble-supply" class="chart" ref={supply_ref} role="img" aria-label={crate::t!("stablecoin-ensemble-supply-label")}></canvas></figure>
                </div>
                <ul class="distributions" id="ensemble-distributions">
                    <li>{ match &s.below_half_day {
                        Some(b) => crate::t!("stablecoin-ensemble-below-half", below = s.below_half_runs, runs = s.runs,
                            median = when(b.median), p10 = when(b.p10), p90 = when(b.p90), min = when(b.min), max = when(b.max)),
                        None => crate::t!("stablecoin-ensemble-never-below-half", runs = s.runs),
                    } }</li>
                    <li>{ {
                        let m = &s.luna_multiple;
                        let x = |v: f64| crate::i18n::num(v, 1);
                        crate::t!("stablecoin-ensemble-multiple", median = x(m.median), p10 = x(m.p10), p90 = x(m.p90), min = x(m.min), max = x(m.max))
                    } }</li>
                </ul>
            }
        </section>
    }
}
