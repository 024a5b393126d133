//! The sampling-consensus page (`#/consensus`): one network on a canvas,
//! the three protocols compared, many-run experiments, and subnets.

mod classroom;
mod explain;
pub mod network;
mod params_panel;
mod subnets;

use self::network::{draw_nodes, Grid};
use self::params_panel::ParamsPanel;
use super::chart::{draw_histogram, draw_history};
use super::classroom::SimDock;
use super::control::{set_params, use_sim_page, Command, SimReport};
use super::palette::Palette;
use super::shell::{
    absolute_url, copy_to_clipboard, now_ms, replace_url, use_animation_loop, use_playing, use_sim_keys, Notices,
    SimKeyActions, TimeControls,
};
use crate::query::consensus::{ConsensusState, View, MAX_AT, MAX_REPLAY_SAMPLES};
use crate::query::Query;
use crate::sim::consensus::experiment::Experiment;
use crate::sim::consensus::{ConsensusSim, Params, Protocol, Status, COLOUR_NAMES};
use web_sys::{HtmlCanvasElement, MouseEvent};
use yew::prelude::*;

/// Stepping budget per frame for "as fast as possible" and for experiments.
/// A 60 Hz frame is 16.7 ms; rendering and drawing 2,500-10,000 nodes take
/// most of the rest (measured: 10 ms of stepping gave 45 fps, 4 ms 60 fps).
const FRAME_BUDGET_MS: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct ConsensusPageProps {
    pub query: Query,
}

/// The runs behind the page; rebuilt whenever the seed or a parameter changes.
struct Runs {
    single: ConsensusSim,
    compare: Vec<ConsensusSim>,
    experiment: Experiment,
}

fn sim_for(params: &Params, seed: u64) -> ConsensusSim {
    ConsensusSim::new(params.clone(), seed)
        .unwrap_or_else(|_| ConsensusSim::new(Params::default(), seed).expect("defaults are valid"))
}

impl Runs {
    fn new(s: &ConsensusState) -> Runs {
        let compare = if s.view == View::Compare {
            Protocol::ALL.iter().map(|&protocol| sim_for(&Params { protocol, ..s.params.clone() }, s.seed)).collect()
        } else {
            Vec::new()
        };
        let experiment = Experiment::new(s.params.clone(), s.seed, s.runs)
            .unwrap_or_else(|_| Experiment::new(Params::default(), s.seed, s.runs).expect("defaults are valid"));
        let mut runs = Runs { single: sim_for(&s.params, s.seed), compare, experiment };
        if let Some(at) = s.at {
            runs.fast_forward(s.view, at);
        }
        runs
    }
    fn fast_forward(&mut self, view: View, round: u32) {
        match view {
            View::Compare => {
                for sim in &mut self.compare {
                    while sim.round() < round && !sim.is_done() {
                        sim.step();
                    }
                }
            }
            _ => {
                while self.single.round() < round && !self.single.is_done() {
                    self.single.step();
                }
            }
        }
    }
    /// One round of whatever the view shows (in the experiment, of the run
    /// in progress: a whole run can take seconds); false when nothing is left.
    fn step(&mut self, view: View) -> bool {
        match view {
            View::Network => {
                self.single.step();
                !self.single.is_done()
            }
            View::Compare => {
                for sim in &mut self.compare {
                    sim.step();
                }
                self.compare.iter().any(|s| !s.is_done())
            }
            View::Experiment => self.experiment.step_round(),
            View::Subnets => false,
        }
    }
    fn finished(&self, view: View) -> bool {
        match view {
            View::Network => self.single.is_done(),
            View::Compare => self.compare.iter().all(|s| s.is_done()),
            View::Experiment => self.experiment.is_done(),
            View::Subnets => true,
        }
    }
    fn round(&self, view: View) -> u32 {
        match view {
            View::Compare => self.compare.iter().map(|s| s.round()).max().unwrap_or(0),
            _ => self.single.round(),
        }
    }
}

#[function_component(ConsensusPage)]
pub fn consensus_page(props: &ConsensusPageProps) -> Html {
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
    let on_back = rewind.reform(|()| None);
    let on_reset = rewind.reform(|()| Some(0));
    let on_speed = {
        let apply = apply.clone();
        let state = state.clone();
        Callback::from(move |speed: &'static str| apply.emit(ConsensusState { speed, ..(*state).clone() }))
    };
    let on_seed = {
        let apply = apply.clone();
        let state = state.clone();
        Callback::from(move |seed: u64| apply.emit(ConsensusState { seed, ..(*state).clone() }))
    };
    let on_copy_link = {
        let runs = runs.clone();
        let state = state.clone();
        let copied = copied.clone();
        let on_clipboard = on_clipboard.clone();
        Callback::from(move |()| {
            let round = runs.borrow().round(view);
            let s = ConsensusState { at: (round > 0).then_some(round), ..(*state).clone() };
            let link = absolute_url("/consensus", &s.to_query());
            on_clipboard.set(copy_to_clipboard(&link));
            copied.set(Some(link.into()));
        })
    };
    let set_view = {
        let apply = apply.clone();
        let state = state.clone();
        Callback::from(move |view: View| apply.emit(ConsensusState { view, ..(*state).clone() }))
    };

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

    // Playback: as many steps per frame as the speed asks for, or as many as
    // fit in the frame budget at "as fast as possible" and in experiments.
    {
        let runs = runs.clone();
        let playing_h = playing.clone();
        let force = force.clone();
        let step_until = step_until.clone();
        let rate = state.rounds_per_second();
        use_animation_loop(
            &playing,
            Callback::from(move |dt: f64| {
                let mut r = runs.borrow_mut();
                let mut more = true;
                match (view, rate) {
                    (View::Experiment, _) | (_, None) => {
                        let start = now_ms();
                        let target = *step_until.borrow();
                        let reached = |r: &Runs| target.is_some_and(|t| r.experiment.outcomes().len() >= t);
                        while more && !reached(&r) && now_ms() - start < FRAME_BUDGET_MS {
                            more = r.step(view);
                        }
                    }
                    (_, Some(rate)) => {
                        let mut a = acc.borrow_mut();
                        *a += dt * rate / 1000.0;
                        while *a >= 1.0 && more {
                            *a -= 1.0;
                            more = r.step(view);
                        }
                        if !more {
                            *a = 0.0;
                        }
                    }
                }
                let reached = step_until.borrow().is_some_and(|t| r.experiment.outcomes().len() >= t);
                if r.finished(view) || reached {
                    playing_h.set(false);
                    step_until.borrow_mut().take();
                }
                drop(r);
                force.force_update();
            }),
        );
    }

    // Canvases are drawn after every render.
    let node_canvas = use_node_ref();
    let chart_canvas = use_node_ref();
    let compare_nodes = [use_node_ref(), use_node_ref(), use_node_ref()];
    let compare_charts = [use_node_ref(), use_node_ref(), use_node_ref()];
    let hist_canvas = use_node_ref();
    let grid = use_mut_ref(|| None::<Grid>);
    {
        let runs = runs.clone();
        let (node_canvas, chart_canvas, hist_canvas) = (node_canvas.clone(), chart_canvas.clone(), hist_canvas.clone());
        let (compare_nodes, compare_charts) = (compare_nodes.clone(), compare_charts.clone());
        let grid = grid.clone();
        let selected = *selected;
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
                        if let Err(e) = draw_history(&c, s.history(), p.colours as usize, s.honest_count(), show, &pal)
                        {
                            gloo::console::warn!(format!("chart: {e}"));
                        }
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
                            let _ = draw_history(&c, sim.history(), p.colours as usize, sim.honest_count(), show, &pal);
                        }
                    }
                }
                View::Experiment => {
                    if let Some(c) = hist_canvas.cast::<HtmlCanvasElement>() {
                        let _ = draw_histogram(&c, r.experiment.outcomes(), &pal);
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
                other => return Err(format!("{other:?} does nothing in the {} view", view.name())),
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
        View::Network => network_view(&r.single, &node_canvas, &chart_canvas, on_canvas_click, *selected),
        View::Compare => compare_view(&r.compare, &compare_nodes, &compare_charts),
        View::Experiment => experiment_view(&r.experiment, &hist_canvas, &state, &apply),
        View::Subnets => html! { <subnets::SubnetsView state={(*state).clone()} on_change={apply.clone()} /> },
    };
    let unit = if view == View::Experiment { "run" } else { "round" };
    html! {
        <section class="sim consensus" data-round={r.round(view).to_string()}
            data-fingerprint={format!("{:016x}", r.single.fingerprint())}>
            <Notices notices={parsed.1.clone()} />
            <div class="sim-head">
                <h1>{ "Sampling consensus" }<span class="subtitle">{ "Avalanche's Snow family" }</span></h1>
                <div class="tabs" role="tablist" aria-label="Views">
                    { for View::ALL.iter().enumerate().map(|(i, &v)| {
                        let set_view = set_view.clone();
                        html! {
                            <button role="tab" id={format!("view-{}", v.name())} aria-selected={(v == view).to_string()}
                                class={classes!("tab", (v == view).then_some("active"))}
                                title={format!("{} ({})", v.title(), i + 1)}
                                onclick={Callback::from(move |_: MouseEvent| set_view.emit(v))}>{ v.title() }</button>
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

fn status_line(sim: &ConsensusSim) -> Html {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let text = match sim.status() {
        Status::Running => format!("undecided · {} of {} honest nodes finalised", latest.finalised, honest),
        Status::Finalised => match sim.decided_colour() {
            Some(c) => format!("every honest node finalised {} in {} rounds", COLOUR_NAMES[c as usize], sim.round()),
            None => format!("every honest node finalised in {} rounds", sim.round()),
        },
        Status::Stalled => {
            format!("stalled: not every honest node finalised within {} rounds", sim.params().max_rounds)
        }
    };
    html! {
        <p class={classes!("status", sim.safety_violated().then_some("danger"))} id="status">
            { text }
            if sim.safety_violated() {
                <strong>{ " · SAFETY VIOLATION: honest nodes finalised different colours" }</strong>
            }
        </p>
    }
}

fn counts(sim: &ConsensusSim) -> Html {
    let p = sim.params();
    let latest = sim.latest();
    let honest = sim.honest_count();
    let byz = p.nodes - honest;
    html! {
        <dl class="counts" id="counts">
            <div><dt>{ "Round" }</dt><dd id="round">{ sim.round() }</dd></div>
            { for (0..p.colours as usize).map(|c| {
                let n = (latest.share[c] * f64::from(honest)).round() as u32;
                html! {
                    <div class={format!("swatch-{c}")}>
                        <dt><span class={format!("dot c{c}")}></span>{ format!("prefer {}", COLOUR_NAMES[c]) }</dt>
                        <dd id={format!("count-{}", COLOUR_NAMES[c])}>{ format!("{n} ({:.0}%)", latest.share[c] * 100.0) }</dd>
                    </div>
                }
            }) }
            <div><dt>{ "Finalised" }</dt><dd id="finalised">{ format!("{} / {}", latest.finalised, honest) }</dd></div>
            if p.protocol != Protocol::Slush {
                <div><dt>{ "Mean confidence" }</dt><dd>{ format!("{:.1} / {}", latest.mean_confidence * f64::from(p.beta), p.beta) }</dd></div>
            }
            <div><dt>{ "Successful polls" }</dt><dd>{ format!("{} ({:.0}%)", latest.successful_polls, 100.0 * f64::from(latest.successful_polls) / f64::from(honest.max(1))) }</dd></div>
            if byz > 0 {
                <div><dt><span class="dot byz"></span>{ "Byzantine" }</dt><dd>{ format!("{byz} ({})", p.adversary.name()) }</dd></div>
            }
        </dl>
    }
}

fn network_view(
    sim: &ConsensusSim,
    nodes: &NodeRef,
    chart: &NodeRef,
    on_click: Callback<MouseEvent>,
    selected: Option<u32>,
) -> Html {
    html! {
        <>
            { status_line(sim) }
            <div class="network-grid">
                <canvas ref={nodes.clone()} id="nodes" class="nodes" onclick={on_click}
                    role="img" aria-label={format!("{} nodes; colour shows preference, brightness confidence; click a node to inspect it", sim.params().nodes)}></canvas>
                <div class="readout">
                    { counts(sim) }
                    { inspector(sim, selected) }
                </div>
            </div>
            <canvas ref={chart.clone()} id="history-chart" class="chart" role="img"
                aria-label="Chart: share of honest nodes preferring each colour and mean confidence, per round"></canvas>
            <p class="legend-note">{ "Brighter = more confident · dot = finalised · dark with a cross = Byzantine · shapes repeat the colours (red circle, blue square, green triangle, amber diamond) · click a node to see its last poll." }</p>
        </>
    }
}

fn inspector(sim: &ConsensusSim, selected: Option<u32>) -> Html {
    let Some(v) = selected.and_then(|id| sim.node(id as usize)) else {
        return html! { <p class="inspector hint" id="inspector">{ "Click or tap a node to inspect it." }</p> };
    };
    let p = sim.params();
    if v.byzantine {
        return html! {
            <div class="inspector" id="inspector">
                <h3>{ format!("Node {} · Byzantine", v.id) }</h3>
                <p>{ format!("Does not run the protocol; it answers every query adversarially: {}.", p.adversary.describe()) }</p>
            </div>
        };
    }
    let colours = p.colours as usize;
    html! {
        <div class="inspector" id="inspector">
            <h3>{ format!("Node {}", v.id) }</h3>
            <dl>
                <dt>{ "Preference" }</dt><dd><span class={format!("dot c{}", v.preference)}></span>{ COLOUR_NAMES[v.preference as usize] }</dd>
                if p.protocol == Protocol::Snowball {
                    <dt>{ "Snowflake preference" }</dt><dd>{ COLOUR_NAMES[v.flake_preference as usize] }</dd>
                    <dt>{ "Strength" }</dt><dd>{ (0..colours).map(|c| format!("{} {}", COLOUR_NAMES[c], v.strength[c])).collect::<Vec<_>>().join(" · ") }</dd>
                }
                if p.protocol != Protocol::Slush {
                    <dt>{ "Confidence" }</dt><dd>{ format!("{} / Beta {}", v.confidence, p.beta) }</dd>
                }
                <dt>{ "Finalised" }</dt><dd>{ v.finalised_at.map(|r| format!("in round {r}")).unwrap_or_else(|| "not yet".into()) }</dd>
            </dl>
            if v.last_sample.is_empty() {
                <p class="hint">{ "No poll yet (or finalised before polling)." }</p>
            } else {
                <p class="sample-title">{ {
                    let mut votes = [0u32; 4];
                    let mut lost = 0;
                    for (_, a) in &v.last_sample { match a { Some(c) => votes[*c as usize] += 1, None => lost += 1 } }
                    let mut parts: Vec<String> = (0..colours).map(|c| format!("{} {}", votes[c], COLOUR_NAMES[c])).collect();
                    if lost > 0 { parts.push(format!("{lost} lost")); }
                    format!("Last poll of K = {} peers: {} (AlphaPreference {}, AlphaConfidence {})", p.k, parts.join(", "), p.alpha_pref, p.alpha_conf)
                } }</p>
                <ul class="sample">{ for v.last_sample.iter().map(|(peer, a)| match a {
                    Some(c) => html! { <li class={format!("chip c{c}")} title={format!("node {peer} answered {}", COLOUR_NAMES[*c as usize])}>{ peer }</li> },
                    None => html! { <li class="chip lost" title={format!("node {peer}: answer lost")}>{ peer }</li> },
                }) }</ul>
            }
        </div>
    }
}

fn compare_view(sims: &[ConsensusSim], nodes: &[NodeRef; 3], charts: &[NodeRef; 3]) -> Html {
    html! {
        <div class="compare" id="compare">
            { for sims.iter().enumerate().map(|(i, sim)| html! {
                <div class="compare-col" data-protocol={sim.params().protocol.name()}>
                    <h2>{ sim.params().protocol.title() }</h2>
                    { status_line(sim) }
                    <canvas ref={nodes[i].clone()} class="nodes small" role="img"
                        aria-label={format!("{} network", sim.params().protocol.title())}></canvas>
                    <canvas ref={charts[i].clone()} class="chart small" role="img"
                        aria-label={format!("{} preference and confidence per round", sim.params().protocol.title())}></canvas>
                </div>
            }) }
        </div>
    }
}

fn experiment_view(
    e: &Experiment,
    hist: &NodeRef,
    state: &UseStateHandle<ConsensusState>,
    apply: &Callback<ConsensusState>,
) -> Html {
    let s = e.summary();
    let done = e.outcomes().len();
    let total = e.total_runs();
    let colours = e.params().colours as usize;
    let f = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".into());
    let o = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    let violations: Vec<_> = e.outcomes().iter().filter(|o| o.safety_violation).take(12).collect();
    html! {
        <div class="experiment" id="experiment">
            <p class="status" id="experiment-progress">
                <progress max={total.to_string()} value={done.to_string()}></progress>
                { format!(" {done} of {total} runs (seeds {} to {})", state.seed, state.seed.wrapping_add(u64::from(total) - 1)) }
            </p>
            <canvas ref={hist.clone()} id="histogram" class="chart" role="img" aria-label="Histogram of rounds to finality"></canvas>
            <table class="summary" id="experiment-summary">
                <tr><th>{ "Runs finalised" }</th><td>{ format!("{} of {done}", s.finalised) }</td></tr>
                <tr><th>{ "Stalled (no finality by the cap)" }</th><td>{ s.stalled }</td></tr>
                <tr class={classes!((s.safety_violations > 0).then_some("danger"))}><th>{ "Safety violations" }</th>
                    <td id="safety-violations">{ s.safety_violations }</td></tr>
                <tr><th>{ "Rounds to finality: mean / median / 95th percentile" }</th>
                    <td>{ format!("{} / {} / {}", f(s.mean_rounds), o(s.median_rounds), o(s.p95_rounds)) }</td></tr>
                <tr><th>{ "Fastest / slowest" }</th><td>{ format!("{} / {}", o(s.min_rounds), o(s.max_rounds)) }</td></tr>
                <tr><th>{ "Runs settled on each colour" }</th>
                    <td>{ (0..colours).map(|c| format!("{} {}", COLOUR_NAMES[c], s.colour_counts[c])).collect::<Vec<_>>().join(" · ") }</td></tr>
            </table>
            if !violations.is_empty() {
                <p>{ "Runs with a safety violation (open one to watch it):" }</p>
                <ul class="run-links">{ for violations.into_iter().map(|o| {
                    let apply = apply.clone();
                    let st = (**state).clone();
                    let seed = o.seed;
                    html! { <li><button onclick={Callback::from(move |_: MouseEvent| apply.emit(ConsensusState { seed, view: View::Network, ..st.clone() }))}>
                        { format!("seed {seed}") }</button></li> }
                }) }</ul>
            }
        </div>
    }
}
