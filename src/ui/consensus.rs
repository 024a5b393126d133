//! The sampling-consensus page (`#/consensus`): one network on a canvas,
//! the three protocols compared, many-run experiments, and subnets.

mod classroom;
mod explain;
pub mod network;
mod params_panel;
mod pool;
mod runs;
mod subnets;
mod views;

use self::network::{draw_nodes, Grid};
use self::params_panel::ParamsPanel;
use self::runs::{ByView, Runs};
use self::views::*;
use super::chart::{draw_histogram, draw_history};
use super::classroom::SimDock;
use super::control::{set_params, use_sim_page, Command, SimReport};
use super::palette::Palette;
use super::runner::{play_frame, report_drawing, use_playback, Pace, FRAME_BUDGET_MS};
use super::shell::{
    absolute_url, copy_link, replace_url, use_playing, use_sim_keys, Notices, PageProps, SimKeyActions,
    TimeControls,
};
use crate::query::consensus::{ConsensusState, View, MAX_AT, MAX_REPLAY_SAMPLES};
use crate::sim::consensus::experiment::Experiment;
use crate::sim::consensus::{ConsensusSim, Params, Protocol, Status, COLOUR_NAMES};
use crate::sim::simulation::Simulation;
use web_sys::{HtmlCanvasElement, MouseEvent};
use yew::prelude::*;

// Stepping per frame for "as fast as possible" and for experiments: the
// runner's FRAME_BUDGET_MS (rendering and drawing 2,500-10,000 nodes take
// most of a frame; measured: 10 ms of stepping gave 45 fps, 4 ms 60 fps).

/// A control's callback: applies the state with the control's value set by `set`.
fn change<T: 'static>(
    apply: &Callback<ConsensusState>,
    state: &UseStateHandle<ConsensusState>,
    set: fn(&mut ConsensusState, T),
) -> Callback<T> {
    let (apply, state) = (apply.clone(), state.clone());
    Callback::from(move |value: T| {
        let mut next = (*state).clone();
        set(&mut next, value);
        apply.emit(next);
    })
}

#[function_component(ConsensusPage)]
pub fn consensus_page(props: &PageProps) -> Html {
    let parsed = {
        let q = props.query.clone();
        use_memo((), move |_| ConsensusState::from_query(&q))
    };
    let state = use_state(|| parsed.0.clone());
    let runs = use_mut_ref(|| Runs::new(&parsed.0));
    let playing = use_playing(false);
    let selected = use_state(|| None::<u32>);
    let copied = use_state(|| None::<AttrValue>);
    let on_clipboard = use_state(|| false);
    let force = use_force_update();
    let acc = use_mut_ref(|| 0.0f64);
    let view = state.view;

    // The address bar always holds the current state (without a moment).
    use_effect_with((*state).clone(), |s| {
        replace_url("/consensus", &ConsensusState { at: None, ..s.clone() }.to_query());
    });

    // Applying a new state: rebuild the runs if what determines them changed.
    let apply = {
        let state = state.clone();
        let runs = runs.clone();
        let playing = playing.clone();
        let selected = selected.clone();
        let copied = copied.clone();
        Callback::from(move |next: ConsensusState| {
            let rebuild = next.params != state.params
                || next.seed != state.seed
                || next.view != state.view
                || next.runs != state.runs;
            if rebuild {
                *runs.borrow_mut() = Runs::new(&ConsensusState { at: None, ..next.clone() });
                playing.set(false);
                if next.params.nodes != state.params.nodes {
                    selected.set(None);
                }
            }
            copied.set(None);
            state.set(next);
        })
    };

    // In the experiment, Step plays until the next run is complete, within
    // the frame budget like playback, rather than freezing the page on it.
    let step_until = use_mut_ref(|| None::<usize>);
    let on_play = {
        let playing = playing.clone();
        let runs = runs.clone();
        let step_until = step_until.clone();
        Callback::from(move |()| {
            step_until.borrow_mut().take();
            let on = playing.is_on();
            if on || !runs.borrow().finished(view) {
                playing.set(!on);
            }
        })
    };
    let on_step = {
        let runs = runs.clone();
        let force = force.clone();
        let playing = playing.clone();
        let step_until = step_until.clone();
        Callback::from(move |()| {
            if view == View::Experiment {
                let r = runs.borrow();
                if !r.finished(view) {
                    *step_until.borrow_mut() = Some(r.experiment.outcomes().len() + 1);
                    playing.set(true);
                }
                return;
            }
            playing.set(false);
            runs.borrow_mut().step(view);
            force.force_update();
        })
    };
    // Back and reset rebuild the runs from the seed and replay them to a
    // round (`None`: one before the current one): the model only moves forward.
    let rewind = {
        let runs = runs.clone();
        let state = state.clone();
        let force = force.clone();
        let playing = playing.clone();
        Callback::from(move |target: Option<u32>| {
            playing.set(false);
            let target = target.unwrap_or_else(|| runs.borrow().round(view).saturating_sub(1));
            if matches!(view, View::Network | View::Compare) && target > runs.borrow().round(view) {
                // Forward (the scrubber): go on from here, same as replaying.
                runs.borrow_mut().fast_forward(view, target);
                force.force_update();
                return;
            }
            let mut fresh = Runs::new(&ConsensusState { at: None, ..(*state).clone() });
            fresh.fast_forward(view, target);
            *runs.borrow_mut() = fresh;
            force.force_update();
        })
    };
    let on_cancel = {
        let (runs, playing, step_until, force) = (runs.clone(), playing.clone(), step_until.clone(), force.clone());
        Callback::from(move |_: MouseEvent| {
            runs.borrow_mut().workers.stop();
            step_until.borrow_mut().take();
            playing.set(false);
            force.force_update();
        })
    };
    let on_back = rewind.reform(|()| None);
    let on_reset = rewind.reform(|()| Some(0));
    let on_speed = change(&apply, &state, |s, speed| s.speed = speed);
    let on_seed = change(&apply, &state, |s, seed| s.seed = seed);
    let on_copy_link = {
        let (runs, state) = (runs.clone(), state.clone());
        copy_link(&copied, &on_clipboard, move || {
            let round = runs.borrow().round(view);
            let s = ConsensusState { at: (round > 0).then_some(round), ..(*state).clone() };
            absolute_url("/consensus", &s.to_query())
        })
    };
    let set_view = change(&apply, &state, |s, view| s.view = view);

    use_sim_keys(SimKeyActions {
        play_pause: on_play.clone(),
        step: on_step.clone(),
        back: on_back.clone(),
        reset: on_reset.clone(),
        view: Some({
            let set_view = set_view.clone();
            Callback::from(move |k: u8| {
                if let Some(&v) = View::ALL.get(usize::from(k) - 1) {
                    set_view.emit(v);
                }
            })
        }),
    });

    // Playback (ui::runner): as many rounds per frame as the speed asks for,
    // or as many as fit in the frame budget at "as fast as possible" and in
    // experiments (where Step plays to the end of the next run).
    {
        let (runs, playing_h, step_until) = (runs.clone(), playing.clone(), step_until.clone());
        let rate = state.rounds_per_second();
        use_playback(&playing, &force, move |dt| {
            let mut r = runs.borrow_mut();
            let pace = match (view, rate) {
                (View::Experiment, _) | (_, None) => Pace::Budget(FRAME_BUDGET_MS),
                (_, Some(rate)) => Pace::Steps { rate, budget_ms: FRAME_BUDGET_MS },
            };
            let until = *step_until.borrow();
            // The experiment's runs go to Web Workers; the page steps them only without.
            let r = &mut *r;
            if !(view == View::Experiment && r.workers.frame(&mut r.experiment, until)) {
                play_frame(&mut ByView { runs: r, view, until }, pace, dt, &mut acc.borrow_mut());
            }
            if r.finished(view) || until.is_some_and(|t| r.experiment.outcomes().len() >= t) {
                playing_h.set(false);
                step_until.borrow_mut().take();
            }
        });
    }

    // Canvases are drawn after every render.
    let node_canvas = use_node_ref();
    let chart_canvas = use_node_ref();
    let compare_nodes = [use_node_ref(), use_node_ref(), use_node_ref()];
    let compare_charts = [use_node_ref(), use_node_ref(), use_node_ref()];
    let hist_canvas = use_node_ref();
    let grid = use_mut_ref(|| None::<Grid>);
    let hist_drawn = use_mut_ref(pool::DrawnHistogram::default);
    let draw_error = use_state_eq(|| None::<String>);
    {
        let runs = runs.clone();
        let (node_canvas, chart_canvas, hist_canvas) = (node_canvas.clone(), chart_canvas.clone(), hist_canvas.clone());
        let (compare_nodes, compare_charts) = (compare_nodes.clone(), compare_charts.clone());
        let (grid, hist_drawn) = (grid.clone(), hist_drawn.clone());
        let selected = *selected;
        let draw_error = draw_error.clone();
        use_effect(move || {
            let r = runs.borrow();
            let pal = Palette::current();
            match view {
                View::Network => {
                    if let Some(c) = node_canvas.cast::<HtmlCanvasElement>() {
                        *grid.borrow_mut() = draw_nodes(&c, &r.single, &pal, selected);
                    }
                    if let Some(c) = chart_canvas.cast::<HtmlCanvasElement>() {
                        let s = &r.single;
                        let p = s.params();
                        let show = p.protocol != Protocol::Slush;
                        let drawn = draw_history(&c, s.history(), p.colours as usize, s.honest_count(), show, &pal);
                        report_drawing(&draw_error, &crate::t!("consensus-history-chart"), drawn);
                    }
                }
                View::Compare => {
                    for (i, sim) in r.compare.iter().enumerate() {
                        if let Some(c) = compare_nodes[i].cast::<HtmlCanvasElement>() {
                            draw_nodes(&c, sim, &pal, None);
                        }
                        if let Some(c) = compare_charts[i].cast::<HtmlCanvasElement>() {
                            let p = sim.params();
                            let show = p.protocol != Protocol::Slush;
                            let drawn =
                                draw_history(&c, sim.history(), p.colours as usize, sim.honest_count(), show, &pal);
                            report_drawing(&draw_error, &crate::t!("consensus-history-chart"), drawn);
                        }
                    }
                }
                View::Experiment => {
                    let c = hist_canvas.cast::<HtmlCanvasElement>();
                    if let Some(c) = c.filter(|c| hist_drawn.borrow_mut().stale(c, r.experiment.outcomes(), &pal)) {
                        report_drawing(&draw_error, &crate::t!("consensus-histogram"), draw_histogram(&c, r.experiment.outcomes(), &pal));
                    }
                }
                View::Subnets => {}
            }
        });
    }

    let on_canvas_click = {
        let grid = grid.clone();
        let selected = selected.clone();
        let force = force.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(g) = *grid.borrow() {
                let id = g.node_at(f64::from(e.offset_x()), f64::from(e.offset_y()));
                selected.set(if id == *selected { None } else { id });
            }
            force.force_update();
        })
    };

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let on_command = {
        let (on_play, on_step, on_back, on_reset, rewind) =
            (on_play.clone(), on_step.clone(), on_back.clone(), on_reset.clone(), rewind.clone());
        let (playing, state) = (playing.clone(), state.clone());
        Callback::from(move |c: Command| -> Result<(), String> {
            let timeline = matches!(view, View::Network | View::Compare);
            match c {
                Command::Play if !playing.is_on() => on_play.emit(()),
                Command::Pause if playing.is_on() => on_play.emit(()),
                Command::Play | Command::Pause => {}
                Command::Step if view != View::Subnets => on_step.emit(()),
                Command::Back if timeline => on_back.emit(()),
                Command::Reset if view != View::Subnets => on_reset.emit(()),
                Command::Seek(n) if timeline => {
                    // Bounded like a link's `at` (see ConsensusState::from_query).
                    let networks = if view == View::Compare { 3 } else { 1 };
                    let per_round = u64::from(state.params.nodes) * u64::from(state.params.k) * networks;
                    let cap = (MAX_REPLAY_SAMPLES / per_round.max(1)).min(u64::from(MAX_AT)) as u32;
                    rewind.emit(Some(n.min(cap)));
                }
                Command::SetParams(q) => {
                    let current = ConsensusState { at: None, ..(*state).clone() }.to_query();
                    return set_params(
                        "/consensus",
                        &current,
                        &q,
                        ConsensusState::from_query,
                        ConsensusState::to_query,
                    );
                }
                other => return Err(crate::t!("consensus-command-refused", command = format!("{other:?}"), view = view.name())),
            }
            Ok(())
        })
    };
    let exports = {
        let runs = runs.clone();
        Callback::from(move |()| classroom::exports(view, &runs.borrow()))
    };
    let r = runs.borrow();
    let finished = r.finished(view);
    use_sim_page(
        SimReport {
            path: "/consensus",
            query: ConsensusState { at: None, ..(*state).clone() }.to_query(),
            step: if view == View::Experiment { r.experiment.outcomes().len() as u32 } else { r.round(view) },
            unit: if view == View::Experiment { "run" } else { "round" },
            playing: *playing,
            finished,
            seekable: matches!(view, View::Network | View::Compare),
            fingerprint: format!("{:016x}", r.single.fingerprint()),
            narration: classroom::narration(view, &r),
        },
        on_command,
        exports,
    );
    let stage = match view {
        View::Network => network_view(&r.single, &node_canvas, &chart_canvas, on_canvas_click, &selected),
        View::Compare => compare_view(&r.compare, &compare_nodes, &compare_charts),
        View::Experiment => html! { <>
            { pool::status(&r.workers, *playing, on_cancel) }
            { experiment_view(&r.experiment, &hist_canvas, &state, &apply) }
        </> },
        View::Subnets => html! { <subnets::SubnetsView state={(*state).clone()} on_change={apply.clone()} /> },
    };
    let unit = if view == View::Experiment { "run" } else { "round" };
    html! {
        <section class="sim consensus" data-round={r.round(view).to_string()}
            data-fingerprint={format!("{:016x}", r.single.fingerprint())}>
            <Notices notices={parsed.1.clone()} />
            if let Some(msg) = r.refused.as_ref().or(draw_error.as_ref()) { <p class="field-error" role="alert" id="run-error">{ msg }</p> }
            <div class="sim-head">
                <h1>{ crate::t!("consensus-title") }<span class="subtitle">{ crate::t!("consensus-subtitle") }</span></h1>
                <div class="tabs" role="tablist" aria-label={crate::t!("consensus-views-label")}>
                    { for View::ALL.iter().enumerate().map(|(i, &v)| {
                        let set_view = set_view.clone();
                        html! {
                            <button role="tab" id={format!("view-{}", v.name())} aria-selected={(v == view).to_string()}
                                class={classes!("tab", (v == view).then_some("active"))}
                                title={format!("{} ({})", view_title(v), i + 1)}
                                onclick={Callback::from(move |_: MouseEvent| set_view.emit(v))}>{ view_title(v) }</button>
                        }
                    }) }
                </div>
            </div>
            if view != View::Subnets {
                <TimeControls playing={*playing} finished={finished} unit={unit} speed={state.speed}
                    seed={state.seed} on_play={on_play} on_step={on_step}
                    on_back={(view != View::Experiment).then_some(on_back)} on_reset={on_reset}
                    on_speed={on_speed} on_seed={on_seed} on_copy_link={on_copy_link} copied={(*copied).clone()} on_clipboard={*on_clipboard} />
            }
            <SimDock />
            <div class="sim-body">
                <div class="stage">{ stage }</div>
                if view != View::Subnets {
                    <aside class="side"><ParamsPanel params={state.params.clone()} runs={state.runs}
                        show_runs={view == View::Experiment} compare={view == View::Compare}
                        on_change={{
                            let apply = apply.clone();
                            let state = state.clone();
                            Callback::from(move |(params, runs): (Params, u32)| apply.emit(ConsensusState { params, runs, ..(*state).clone() }))
                        }} /></aside>
                }
            </div>
            <explain::Explain view={view} />
        </section>
    }
}
