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
use super::control::use_sim_page;
use super::palette::Palette;
use super::runner::{report_drawing, use_sim_runner, Clock, RunnerSpec, Stride, FRAME_BUDGET_MS};
use super::shell::{now_ms, scenario_buttons};
use crate::charts::StablecoinChart;
use crate::charts::{count, money};
use crate::i18n::num;
use crate::query::stablecoin::StablecoinState;
use crate::query::Query;
use crate::sim::simulation::Step;
use crate::sim::stablecoin::history::{self, HistoryDay};
use crate::sim::stablecoin::moments::{self, may_date, steps_per_hour};
use crate::sim::stablecoin::simulation::step_unit;
use crate::sim::stablecoin::{Scenario, StablecoinParams, MAX_STEPS};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Nothing is happening (`pacing::stablecoin_quiet`): such stretches play
/// faster (`pacing::StablecoinPace`; the page says so while they do).
fn quiet(s: &crate::sim::stablecoin::Snapshot) -> bool {
    super::pacing::stablecoin_quiet(s.stable_price_usd, s.panic, s.defence_usd, s.sold_by_holders, s.stable_supply)
}

/// While playing, one chart is redrawn at most this often, in turn (each of
/// the five about three times a second).
const CHART_INTERVAL_MS: f64 = 60.0;

#[derive(Properties, PartialEq)]
pub struct StablecoinPageProps {
    pub query: Query,
}

/// "day 3.25 · 8 May 06:00 UTC" for May 2022 runs, "day 3.25" otherwise.
fn when(day: f64, may: bool) -> String {
    if may {
        crate::t!("stablecoin-when-may", day = num(day, 2), date = may_date(day))
    } else {
        crate::t!("stablecoin-when-day", day = num(day, 2))
    }
}

/// What one step is, as the exports hint says it.
fn unit_name(p: &StablecoinParams) -> String {
    match step_unit(p) {
        "minute" => crate::t!("stablecoin-unit-minute"),
        "block" => crate::t!("stablecoin-unit-block"),
        "hour" => crate::t!("stablecoin-unit-hour"),
        _ => crate::t!("stablecoin-unit-step"),
    }
}

fn supply(v: f64) -> String {
    count(v)
}

#[function_component(StablecoinPage)]
pub fn stablecoin_page(props: &StablecoinPageProps) -> Html {
    let run = use_sim_runner::<StablecoinState>(
        &props.query,
        RunnerSpec {
            path: "/stablecoin",
            checkpoint_every: 600,
            checkpoint_budget: 64 << 20,
            budget_ms: FRAME_BUDGET_MS,
            clock: Clock::Steps,
            // Step and Back move by an hour of the run.
            stride: Stride::Steps(|s| Step::from(steps_per_hour(s.params()))),
            // Bounded like a link's `at` (StablecoinState::from_query).
            seek_cap: |_| MAX_STEPS as Step,
            // Paced (src/ui/pacing.rs): each scenario's story in 20 to 60 s at 1x.
            rate: |st, s| {
                let speed = st.steps_per_second().map(|r| r / crate::query::stablecoin::STEPS_PER_SECOND_AT_1X);
                super::pacing::StablecoinPace::of(st.scenario.name()).rate(speed, quiet(s.snapshot()))
            },
        },
    );
    let (state, sim, apply, playing) = (run.state.clone(), run.sim.clone(), run.apply.clone(), run.playing.clone());
    // The run's moments, read incrementally (only the snapshots each frame adds).
    let moment_scan = use_mut_ref(moments::MomentScan::default);
    let history: std::rc::Rc<Vec<HistoryDay>> = use_memo((), |_| history::may_2022());
    let ensemble = use_memo((), |_| SharedEnsemble::default());

    let c0 = use_node_ref();
    let c1 = use_node_ref();
    let c2 = use_node_ref();
    let c3 = use_node_ref();
    let c4 = use_node_ref();
    let canvases: Vec<NodeRef> = vec![c0, c1, c2, c3, c4];
    let section = use_node_ref();
    let may = state.scenario.is_may_2022();
    // What each chart was last drawn from, and which chart is next in turn.
    let drawn = use_mut_ref(|| ([0u64; 5], 0usize, f64::NEG_INFINITY, 0.0f64));
    {
        let (sim, canvases, section, history) = (sim.clone(), canvases.clone(), section.clone(), history.clone());
        let error = run.error.clone();
        let playing = playing.is_on();
        use_effect(move || {
            let s = sim.borrow();
            let pal = Palette::current();
            let hist: &[HistoryDay] = if may { &history } else { &[] };
            let t0 = now_ms();
            // Redraw only what changed (the run, the canvas's size, the theme), and while
            // playing one chart a frame in turn: the work per frame stays one chart's.
            let snap = s.snapshot();
            let run_key = super::runner::visible((
                s.history().len(),
                snap.stable_price_usd.to_bits(),
                snap.companion_supply.to_bits(),
                may,
                &pal.fg,
                &pal.bg,
            ));
            let mut d = drawn.borrow_mut();
            let keys: Vec<u64> = canvases
                .iter()
                .map(|n| {
                    let size = n.cast::<HtmlCanvasElement>().map(|c| (c.client_width(), c.client_height()));
                    super::runner::visible((run_key, size, super::canvas::presenter()))
                })
                .collect();
            let stale: Vec<usize> = (0..5).filter(|&i| d.0[i] != keys[i]).collect();
            // A slow machine waits longer between charts: they take at most a fifth of the time.
            let todo: Vec<usize> = if playing && t0 - d.2 < CHART_INTERVAL_MS.max(5.0 * d.3) {
                Vec::new()
            } else if playing {
                // The next stale chart after the one drawn last.
                stale.iter().copied().min_by_key(|&i| (i + 5 - d.1) % 5).into_iter().collect()
            } else {
                stale
            };
            for i in todo {
                if let Some(c) = canvases[i].cast::<HtmlCanvasElement>() {
                    let drawn = draw_stablecoin(&c, StablecoinChart::ALL[i], s.history(), hist, s.params().days, &pal);
                    report_drawing(&error, "chart", drawn);
                }
                d.0[i] = keys[i];
                (d.1, d.2, d.3) = ((i + 1) % 5, t0, now_ms() - t0);
            }
            // The cost of this redraw, for the benchmark and the curious.
            if let Some(el) = section.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-redraw-ms", &format!("{:.2}", now_ms() - t0));
            }
        });
    }

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let exports = {
        let (state, history, ensemble) = (state.clone(), history.clone(), ensemble.clone());
        run.exports(move |s| classroom::exports(s, &state, &history, ensemble.0.borrow().as_ref()))
    };
    let s = sim.borrow();
    let moments_now = moment_scan.borrow_mut().advance(s.history(), s.params(), may).to_vec();
    use_sim_page(run.report(classroom::narration(&s, may, &moments_now)), run.on_command.clone(), exports);
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
    let pick_scenario = {
        let (apply, seed, speed) = (apply.clone(), state.seed, state.speed);
        Callback::from(move |sc: Scenario| apply.emit(StablecoinState { speed, ..StablecoinState::for_scenario(sc, seed) }))
    };
    let activity = snap.loop_activity();
    html! {
        <section class="sim stablecoin" ref={section} data-moment={(!moments_now.is_empty()).to_string()} data-steps={s.steps().to_string()} data-fingerprint={format!("{:016x}", s.fingerprint())}
            data-stable-price={snap.stable_price_usd.to_string()} data-companion-supply={snap.companion_supply.to_string()}>
            { run.head(crate::t!("stablecoin-title"), crate::t!("stablecoin-subtitle"), Html::default()) }
            { scenario_buttons(crate::t!("stablecoin-scenarios-label"), &Scenario::ALL, scenario, Scenario::name, Scenario::title, &pick_scenario) }
            if modified {
                <p class="scenario-desc" id="scenario-modified">{ crate::t!("stablecoin-modified", scenario = scenario.title()) }</p>
            } else {
                <p class="scenario-desc">{ scenario.description() }</p>
            }
            { run.time_controls("hour") }
            <SimDock />
            <div class={classes!("status", status_class)} id="status">
                <span>{ when(snap.day, may) }{ if snap.swaps_enabled { String::new() } else { format!(" {}", crate::t!("stablecoin-status-halted")) } }</span>
                <span>{ crate::t!("stablecoin-status-ust", price = num(snap.stable_price_usd, 4)) }</span>
                <span>{ crate::t!("stablecoin-status-luna", price = money(snap.companion_price_usd)) }</span>
                <span>{ crate::t!("stablecoin-status-supplies", ust = supply(snap.stable_supply), luna = supply(snap.companion_supply)) }</span>
                <span>{ crate::t!("stablecoin-status-reserve", btc = supply(snap.reserve_btc)) }</span>
                <span>{ crate::t!("stablecoin-status-spread", pct = num(snap.spread * 100.0, 1)) }</span>
                <span>{ crate::t!("stablecoin-status-confidence", pct = num(snap.confidence * 100.0, 0)) }</span>
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
                        <p class="quiet-badge" id="quiet-badge" role="status">{ crate::t!("stablecoin-quiet", x = num(super::pacing::StablecoinPace::of(state.scenario.name()).quiet_speedup, 0)) }</p>
                    }
                    if may {
                        <p class="history-badge" id="history-badge">{ crate::t!("stablecoin-history-badge") }</p>
                    }
                    <p class="exports hint" id="exports-hint">{ crate::t!("stablecoin-exports-hint", rows = s.history().len().to_string(), unit = unit_name(s.params())) }</p>
                    <EnsemblePanel params={state.params.clone()} seed={state.seed} may={may} shared={(*ensemble).clone()} />
                    <h2>{ crate::t!("stablecoin-what-happened") }</h2>
                    if moments_now.is_empty() {
                        <p class="hint" id="moments-empty">{ crate::t!("stablecoin-moments-empty") }</p>
                    } else {
                        <ol class="event-log" id="moments">
                            { for moments_now.iter().map(|m| html! {
                                <li data-kind={m.kind.name()} data-step={m.step.to_string()}><span class="t">{ &m.time }</span>{ " " }{ &m.text }</li>
                            }) }
                        </ol>
                    }
                </div>
                <aside class="side">
                    <ParamsPanel params={state.params.clone()} on_change={run.on_params()} />
                </aside>
            </div>
            <explain::Explain />
        </section>
    }
}
