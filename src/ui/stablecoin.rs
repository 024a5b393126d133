//! The stablecoin page (`#/stablecoin`): Terra's market module under a
//! run, the feedback loop, five live charts with the May 2022 history, the
//! run's moments, and the classroom contract (`classroom`: narration and
//! the export menu's files).

mod classroom;
mod ensemble_panel;
mod explain;
mod loop_diagram;
mod params_panel;

use self::ensemble_panel::{EnsemblePanel, SharedEnsemble};
use self::loop_diagram::LoopDiagram;
use self::params_panel::ParamsPanel;
use super::chart::draw_stablecoin;
use super::classroom::SimDock;
use super::control::{set_params, use_sim_page, Command, SimReport};
use super::palette::Palette;
use super::shell::{
    absolute_url, copy_to_clipboard, now_ms, replace_url, use_animation_loop, use_playing, use_sim_keys, Notices,
    SimKeyActions, TimeControls,
};
use crate::charts::StablecoinChart;
use crate::charts::{count, money};
use crate::query::stablecoin::StablecoinState;
use crate::query::Query;
use crate::sim::stablecoin::history::{self, HistoryDay};
use crate::sim::stablecoin::moments::{self, may_date, steps_per_hour};
use crate::sim::stablecoin::{Scenario, StablecoinParams, StablecoinSim, MAX_STEPS};
use web_sys::{HtmlCanvasElement, MouseEvent};
use yew::prelude::*;

/// Stepping budget per frame at "as fast as possible".
const FRAME_BUDGET_MS: f64 = 4.0;
/// How much faster a quiet stretch plays (the page says so while it does).
const QUIET_SPEEDUP: f64 = 30.0;

/// Nothing is happening: UST within a cent of the peg, no panic, no
/// defence, holders selling no more than demand's day-to-day wandering
/// (under 0.01% of the supply a step). Such stretches play
/// [`QUIET_SPEEDUP`] times faster.
fn quiet(s: &crate::sim::stablecoin::Snapshot) -> bool {
    (1.0 - s.stable_price_usd).abs() < 0.01
        && s.panic < 0.01
        && s.defence_usd == 0.0
        && s.sold_by_holders < s.stable_supply * 1e-4
}

#[derive(Properties, PartialEq)]
pub struct StablecoinPageProps {
    pub query: Query,
}

fn sim_for(params: &StablecoinParams, seed: u64) -> StablecoinSim {
    StablecoinSim::new(params.clone(), seed).unwrap_or_else(|_| {
        StablecoinSim::new(Scenario::TerraMay2022.params(), seed).expect("scenario parameters are valid")
    })
}

/// A fresh run replayed to `steps`.
fn replay(params: &StablecoinParams, seed: u64, steps: u32) -> StablecoinSim {
    let mut sim = sim_for(params, seed);
    while sim.steps() < steps && !sim.is_done() {
        sim.step();
    }
    sim
}

/// "day 3.25 · 8 May 06:00 UTC" for May 2022 runs, "day 3.25" otherwise.
fn when(day: f64, may: bool) -> String {
    if may {
        format!("day {day:.2} · {}", may_date(day))
    } else {
        format!("day {day:.2}")
    }
}

/// What one step of the run is called (the scrubber's and `at=`'s unit):
/// a minute at the default 60 s, a block at Terra's 6 s.
fn step_unit(p: &StablecoinParams) -> &'static str {
    let s = p.step_seconds;
    if s == 60.0 {
        "minute"
    } else if s == 6.0 {
        "block"
    } else if s == 3600.0 {
        "hour"
    } else {
        "step"
    }
}

fn supply(v: f64) -> String {
    count(v)
}

#[function_component(StablecoinPage)]
pub fn stablecoin_page(props: &StablecoinPageProps) -> Html {
    let parsed = {
        let q = props.query.clone();
        use_memo((), move |_| StablecoinState::from_query(&q))
    };
    let state = use_state(|| parsed.0.clone());
    let sim = use_mut_ref(|| replay(&parsed.0.params, parsed.0.seed, parsed.0.at.unwrap_or(0)));
    let playing = use_playing(false);
    let copied = use_state(|| None::<AttrValue>);
    let on_clipboard = use_state(|| false);
    let carry = use_mut_ref(|| 0.0f64);
    // The run's moments, read incrementally (only the snapshots each frame adds).
    let moment_scan = use_mut_ref(moments::MomentScan::default);
    let force = use_force_update();
    let history: std::rc::Rc<Vec<HistoryDay>> = use_memo((), |_| history::may_2022());
    let ensemble = use_memo((), |_| SharedEnsemble::default());

    use_effect_with((*state).clone(), |s| {
        replace_url("/stablecoin", &StablecoinState { at: None, ..s.clone() }.to_query())
    });

    let apply = {
        let (state, sim, playing, copied) = (state.clone(), sim.clone(), playing.clone(), copied.clone());
        Callback::from(move |next: StablecoinState| {
            if next.params != state.params || next.seed != state.seed {
                *sim.borrow_mut() = sim_for(&next.params, next.seed);
                playing.set(false);
            }
            copied.set(None);
            state.set(next);
        })
    };
    let on_play = {
        let (playing, sim) = (playing.clone(), sim.clone());
        Callback::from(move |()| {
            let on = playing.is_on();
            if on || !sim.borrow().is_done() {
                playing.set(!on);
            }
        })
    };
    let on_step = {
        let (sim, force, playing) = (sim.clone(), force.clone(), playing.clone());
        Callback::from(move |()| {
            playing.set(false);
            let mut s = sim.borrow_mut();
            let n = steps_per_hour(s.params());
            for _ in 0..n {
                s.step();
            }
            drop(s);
            force.force_update();
        })
    };
    let on_back = {
        let (sim, force, playing, state) = (sim.clone(), force.clone(), playing.clone(), state.clone());
        Callback::from(move |()| {
            playing.set(false);
            let now = sim.borrow().steps();
            let n = steps_per_hour(&state.params);
            *sim.borrow_mut() = replay(&state.params, state.seed, now.saturating_sub(n));
            force.force_update();
        })
    };
    let on_reset = {
        let (sim, force, playing, state) = (sim.clone(), force.clone(), playing.clone(), state.clone());
        Callback::from(move |()| {
            playing.set(false);
            *sim.borrow_mut() = sim_for(&state.params, state.seed);
            force.force_update();
        })
    };
    let on_speed = {
        let (apply, state) = (apply.clone(), state.clone());
        Callback::from(move |speed: &'static str| apply.emit(StablecoinState { speed, ..(*state).clone() }))
    };
    let on_seed = {
        let (apply, state) = (apply.clone(), state.clone());
        Callback::from(move |seed: u64| apply.emit(StablecoinState { seed, ..(*state).clone() }))
    };
    let on_copy_link = {
        let (sim, state, copied, on_clipboard) = (sim.clone(), state.clone(), copied.clone(), on_clipboard.clone());
        Callback::from(move |()| {
            let steps = sim.borrow().steps();
            let s = StablecoinState { at: (steps > 0).then_some(steps), ..(*state).clone() };
            let link = absolute_url("/stablecoin", &s.to_query());
            on_clipboard.set(copy_to_clipboard(&link));
            copied.set(Some(link.into()));
        })
    };
    let keys = SimKeyActions {
        play_pause: on_play.clone(),
        step: on_step.clone(),
        back: on_back.clone(),
        reset: on_reset.clone(),
        view: None,
    };
    use_sim_keys(keys.clone());
    {
        let (sim, playing_h, force, carry) = (sim.clone(), playing.clone(), force.clone(), carry.clone());
        let rate = state.steps_per_second();
        use_animation_loop(
            &playing,
            Callback::from(move |dt: f64| {
                let mut s = sim.borrow_mut();
                match rate {
                    None => {
                        let t0 = now_ms();
                        while !s.is_done() && now_ms() - t0 < FRAME_BUDGET_MS {
                            s.step();
                        }
                    }
                    Some(rate) => {
                        let rate = if quiet(s.snapshot()) { rate * QUIET_SPEEDUP } else { rate };
                        let mut c = carry.borrow_mut();
                        *c += dt * rate / 1000.0;
                        let n = c.floor();
                        *c -= n;
                        let t0 = now_ms();
                        for _ in 0..n as u32 {
                            if s.is_done() || now_ms() - t0 > FRAME_BUDGET_MS * 2.0 {
                                break;
                            }
                            s.step();
                        }
                    }
                }
                if s.is_done() {
                    playing_h.set(false);
                }
                drop(s);
                force.force_update();
            }),
        );
    }

    let c0 = use_node_ref();
    let c1 = use_node_ref();
    let c2 = use_node_ref();
    let c3 = use_node_ref();
    let c4 = use_node_ref();
    let canvases: Vec<NodeRef> = vec![c0, c1, c2, c3, c4];
    let section = use_node_ref();
    let may = state.scenario.is_may_2022();
    {
        let (sim, canvases, section, history) = (sim.clone(), canvases.clone(), section.clone(), history.clone());
        use_effect(move || {
            let s = sim.borrow();
            let pal = Palette::current();
            let hist: &[HistoryDay] = if may { &history } else { &[] };
            let t0 = now_ms();
            for (chart, node) in StablecoinChart::ALL.iter().zip(&canvases) {
                if let Some(c) = node.cast::<HtmlCanvasElement>() {
                    let _ = draw_stablecoin(&c, *chart, s.history(), hist, s.params().days, &pal);
                }
            }
            // The cost of this redraw, for the benchmark and the curious.
            if let Some(el) = section.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-redraw-ms", &format!("{:.2}", now_ms() - t0));
            }
        });
    }

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let on_command = {
        let keys = keys.clone();
        let (playing, state, sim, force) = (playing.clone(), state.clone(), sim.clone(), force.clone());
        Callback::from(move |c: Command| -> Result<(), String> {
            match c {
                Command::Seek(n) => {
                    // Bounded like a link's `at` (StablecoinState::from_query)
                    // and by the run's length.
                    let n = n.min(MAX_STEPS as u32);
                    playing.set(false);
                    let now = sim.borrow().steps();
                    if n > now {
                        let mut s = sim.borrow_mut();
                        while s.steps() < n && !s.is_done() {
                            s.step();
                        }
                    } else if n < now {
                        *sim.borrow_mut() = replay(&state.params, state.seed, n);
                    }
                    force.force_update();
                }
                Command::SetParams(q) => {
                    let current = StablecoinState { at: None, ..(*state).clone() }.to_query();
                    return set_params(
                        "/stablecoin",
                        &current,
                        &q,
                        StablecoinState::from_query,
                        StablecoinState::to_query,
                    );
                }
                time => keys.run(&time, playing.is_on()),
            }
            Ok(())
        })
    };
    let exports = {
        let (sim, state, history, ensemble) = (sim.clone(), state.clone(), history.clone(), ensemble.clone());
        Callback::from(move |()| classroom::exports(&sim.borrow(), &state, &history, ensemble.0.borrow().as_ref()))
    };
    let s = sim.borrow();
    let moments_now = moment_scan.borrow_mut().advance(s.history(), s.params(), may).to_vec();
    use_sim_page(
        SimReport {
            path: "/stablecoin",
            query: StablecoinState { at: None, ..(*state).clone() }.to_query(),
            step: s.steps(),
            unit: step_unit(s.params()),
            playing: *playing,
            finished: s.is_done(),
            seekable: true,
            fingerprint: format!("{:016x}", s.fingerprint()),
            narration: classroom::narration(&s, may, &moments_now),
        },
        on_command,
        exports,
    );
    let snap = *s.snapshot();
    let scenario = state.scenario;
    let modified = state.modified();
    let depeg = 1.0 - snap.stable_price_usd;
    let status_class = if depeg > 0.02 {
        "danger"
    } else if depeg.abs() <= 0.02 {
        "ok"
    } else {
        ""
    };
    let activity = snap.loop_activity();
    html! {
        <section class="sim stablecoin" ref={section} data-steps={s.steps().to_string()} data-fingerprint={format!("{:016x}", s.fingerprint())}
            data-stable-price={snap.stable_price_usd.to_string()} data-companion-supply={snap.companion_supply.to_string()}>
            <Notices notices={parsed.1.clone()} />
            <div class="sim-head">
                <h1>{ "Algorithmic stablecoin" }<span class="subtitle">{ "Terra's mint-and-burn peg, its death spiral, and May 2022" }</span></h1>
            </div>
            <div class="scenarios" role="group" aria-label="Scenarios" id="scenarios">
                { for Scenario::ALL.iter().map(|&sc| {
                    let apply = apply.clone();
                    let (seed, speed) = (state.seed, state.speed);
                    html! {
                        <button id={format!("scenario-{}", sc.name())} class={classes!((sc == scenario).then_some("active"))}
                            aria-pressed={(sc == scenario).to_string()}
                            onclick={Callback::from(move |_: MouseEvent| apply.emit(StablecoinState { speed, ..StablecoinState::for_scenario(sc, seed) }))}>
                            { sc.title() }
                        </button>
                    }
                }) }
            </div>
            if modified {
                <p class="scenario-desc" id="scenario-modified">{ format!("Started from \"{}\", with parameters changed in the panel. Press the scenario's button to restore it.", scenario.title()) }</p>
            } else {
                <p class="scenario-desc">{ scenario.description() }</p>
            }
            <TimeControls playing={*playing} finished={s.is_done()} unit="hour" speed={state.speed} seed={state.seed}
                on_play={on_play} on_step={on_step} on_back={Some(on_back)} on_reset={on_reset}
                on_speed={on_speed} on_seed={on_seed} on_copy_link={on_copy_link} copied={(*copied).clone()} on_clipboard={*on_clipboard} />
            <SimDock />
            <div class={classes!("status", status_class)} id="status">
                <span>{ when(snap.day, may) }{ if snap.swaps_enabled { "" } else { " · chain halted, no swaps" } }</span>
                <span>{ format!("UST ${:.4}", snap.stable_price_usd) }</span>
                <span>{ format!("LUNA {}", money(snap.companion_price_usd)) }</span>
                <span>{ format!("supplies UST {} / LUNA {}", supply(snap.stable_supply), supply(snap.companion_supply)) }</span>
                <span>{ format!("reserve {} BTC", supply(snap.reserve_btc)) }</span>
                <span>{ format!("spread {:.1}%", snap.spread * 100.0) }</span>
                <span>{ format!("confidence {:.0}%", snap.confidence * 100.0) }</span>
            </div>
            <div class="sim-body">
                <div class="stage">
                    <LoopDiagram activity={activity} />
                    <div class="charts" id="charts">
                        { for StablecoinChart::ALL.iter().zip(&canvases).map(|(&c, node)| html! {
                            <figure class="chart-box">
                                <canvas ref={node.clone()} id={format!("chart-{}", c.name())} class="chart" role="img" aria-label={c.title()}></canvas>
                            </figure>
                        }) }
                    </div>
                    if playing.is_on() && state.steps_per_second().is_some() && quiet(&snap) {
                        <p class="quiet-badge" id="quiet-badge" role="status">{ format!("Quiet stretch: nothing is happening, so it plays {QUIET_SPEEDUP:.0}× faster.") }</p>
                    }
                    if may {
                        <p class="history-badge" id="history-badge">{ "Grey dots: the daily history of May 2022 (approximate), over the model. See below for where they part." }</p>
                    }
                    <p class="exports hint" id="exports-hint">{ format!(
                        "Export ▾ (under the time controls) saves each chart as PNG or SVG, the series as CSV or JSON ({} rows so far, one per {}, the columns of chainlab stablecoin --csv) and the moments below.",
                        s.history().len(), step_unit(s.params())) }</p>
                    <EnsemblePanel params={state.params.clone()} seed={state.seed} may={may} shared={(*ensemble).clone()} />
                    <h2>{ "What happened" }</h2>
                    if moments_now.is_empty() {
                        <p class="hint" id="moments-empty">{ "Nothing notable yet: no step has closed below $0.98, the reserve has not bought and the mint cap has not bound." }</p>
                    } else {
                        <ol class="event-log" id="moments">
                            { for moments_now.iter().map(|m| html! {
                                <li data-kind={m.kind.name()} data-step={m.step.to_string()}><span class="t">{ &m.time }</span>{ " " }{ &m.text }</li>
                            }) }
                        </ol>
                    }
                </div>
                <aside class="side">
                    <ParamsPanel params={state.params.clone()} on_change={{
                        let (apply, state) = (apply.clone(), state.clone());
                        Callback::from(move |params: StablecoinParams| apply.emit(StablecoinState { params, ..(*state).clone() }))
                    }} />
                </aside>
            </div>
            <explain::Explain />
        </section>
    }
}
