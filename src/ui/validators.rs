//! The proof-of-stake validators page (`#/validators`): a validator set
//! grouped by operator, slashing and exits by Ethereum's rules,
//! concentration (Nakamoto coefficient, Lorenz curve, Gini) with what-ifs,
//! and the cascade when the staked token's price collapses.

mod classroom;
mod explain;
mod finality;
mod inspect;
mod settings;
mod sizes;
mod stage;

use self::settings::Settings;
use self::sizes::CanvasSizes;
use self::stage::{draw_stage, StageLayer, StageMap};
use super::chart::{draw_validator_lorenz, draw_validator_series};
use super::classroom::SimDock;
use super::control::use_sim_page;
use super::palette::Palette;
use super::runner::{report_drawing, use_sim_runner, Clock, RunnerSpec, Stride, FRAME_BUDGET_MS};
use super::shell::now_ms;
use crate::charts::validators::{usd, Series};
use crate::i18n::{num, number};
use crate::query::validators::ValidatorsState;
use crate::query::Query;
use crate::sim::simulation::Step;
use crate::sim::validators::simulation::{threshold_label, whatif_label};
use crate::sim::validators::{
    Outage, OutageKind, PriceSource, ValidatorParams, ValidatorSim, WhatIf, WhatIfKind, EPOCHS_PER_DAY, GWEI_PER_ETH,
    MAX_EFFECTIVE_BALANCE,
};
use web_sys::{HtmlCanvasElement, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// While playing, one chart is redrawn at most this often, in turn.
const CHART_INTERVAL_MS: f64 = 200.0;
/// While playing, the finality strip is redrawn at most this often.
const STRIP_INTERVAL_MS: f64 = 100.0;
/// While playing, the validator set is redrawn at most this often (30 times a
/// second: its squares change colour epoch by epoch, and at 2.5 epochs a frame
/// every other frame is enough; on a slow machine, painting the large canvas
/// every frame held the page under 30 fps, issue 16).
const STAGE_INTERVAL_MS: f64 = 30.0;

#[derive(Properties, PartialEq)]
pub struct ValidatorsPageProps {
    pub query: Query,
}

/// Epochs between the checkpoints that going back (Back, the timeline
/// scrubber, a seek) replays from.
const CHECKPOINT_EPOCHS: u64 = 256;
/// Memory the checkpoints may take (estimated): past it, every other one
/// is dropped and the spacing doubles.
const CHECKPOINT_BUDGET: usize = 48 << 20;

crate::keyed_enum! {
    /// The page's presets: a starting point for each lesson.
    #[derive(Clone, Copy, PartialEq)]
    enum Preset {
        Ethereum "ethereum" "validators-preset-ethereum",
        MassSlashing "mass-slashing" "validators-preset-mass-slashing",
        Decline "decline" "validators-preset-decline",
        Collapse "collapse" "validators-preset-collapse",
        Luna "luna" "validators-preset-luna",
        Offline "offline" "validators-preset-offline",
        Partition "partition" "validators-preset-partition",
    }
    fn id -> &'static str;
    fn title -> String;
}

impl Preset {
    fn params(self) -> ValidatorParams {
        let d = ValidatorParams::default();
        match self {
            Preset::Ethereum => d,
            Preset::MassSlashing => ValidatorParams {
                epochs: 4_725,
                whatifs: vec![WhatIf { epoch: 225, kind: WhatIfKind::SlashLargest }],
                ..d
            },
            Preset::Decline => ValidatorParams { price: PriceSource::Decline { depth: 0.9 }, ..d },
            Preset::Collapse => ValidatorParams { price: PriceSource::Collapse, ..d },
            // Made once per name (a link naming the same path made it already).
            Preset::Luna => {
                ValidatorParams { price: crate::query::validators::named_price("stablecoin:terra-may-2022"), ..d }
            }
            // The protocol alone: no running costs (nobody leaves for money) and
            // no random downtime (near the 2/3 line it makes finality flicker).
            Preset::Offline => {
                ValidatorParams { epochs: 4_500, cost_share: 0.0, offline_bp: 0, outage: Some(OFFLINE_PRESET), ..d }
            }
            Preset::Partition => {
                ValidatorParams { epochs: 6_750, cost_share: 0.0, offline_bp: 0, outage: Some(PARTITION_PRESET), ..d }
            }
        }
    }
}

/// The outage presets: 40% of the validators offline from day 1 (more
/// than a third: the leak takes weeks); a
/// partition cutting 40% off from day 1.
pub const OFFLINE_PRESET: Outage = Outage { kind: OutageKind::Offline, share_bp: 4_000, from: 225 };
pub const PARTITION_PRESET: Outage = Outage { kind: OutageKind::Partition, share_bp: 4_000, from: 225 };

#[function_component(ValidatorsPage)]
pub fn validators_page(props: &ValidatorsPageProps) -> Html {
    let run = use_sim_runner::<ValidatorsState>(
        &props.query,
        RunnerSpec {
            path: "/validators",
            checkpoint_every: CHECKPOINT_EPOCHS,
            checkpoint_budget: CHECKPOINT_BUDGET,
            // The model's work per frame is capped here: a slow machine plays slower, not jerkier.
            budget_ms: FRAME_BUDGET_MS,
            clock: Clock::Steps,
            stride: Stride::Steps(|_| 1),
            // Bounded like a link's `at`: the run's last epoch.
            seek_cap: |s| Step::from(s.params().epochs),
            // Paced (src/ui/pacing.rs): the default 6,000 epochs in 40 s at 1x.
            rate: |st, _| {
                let speed = st.epochs_per_second().map(|r| r / crate::query::validators::EPOCHS_PER_SECOND_AT_1X);
                super::pacing::validators_rate(speed)
            },
        },
    );
    let (state, sim, apply) = (run.state.clone(), run.sim.clone(), run.apply.clone());
    // The presets' parameters, once (the LUNA path runs the stablecoin model).
    let presets = use_memo((), |_| Preset::ALL.map(|p| (p, p.params())));
    let on_whatif = {
        let (sim, state, apply) = (sim.clone(), state.clone(), apply.clone());
        Callback::from(move |kind: WhatIfKind| {
            let params = {
                let mut s = sim.borrow_mut();
                if s.add_whatif(kind).is_none() {
                    return;
                }
                // Applied at once, so its effect shows now.
                s.step();
                s.params().clone()
            };
            apply.emit(ValidatorsState { params, ..(*state).clone() });
        })
    };

    let stage = use_node_ref();
    // The inspected validator (pointer or keyboard) and where the last drawing put each one.
    let inspected = use_state(|| None::<u32>);
    let stage_map = use_mut_ref(StageMap::default);
    let stage_layer = use_mut_ref(StageLayer::default);
    // The canvases' sizes, read after layout (a resize draws again), never while drawing.
    let sizes = {
        let redraw = use_force_update();
        use_memo((), move |_| CanvasSizes::new(move || redraw.force_update()))
    };
    let lorenz = use_node_ref();
    let charts = [use_node_ref(), use_node_ref(), use_node_ref()];
    let strip = use_node_ref();
    let balances = use_node_ref();
    // What each chart (Lorenz, leak balances, the three series) was last drawn from, which is
    // next in turn, and when one was last drawn: while playing, one chart at most every
    // CHART_INTERVAL_MS, in turn (the set every frame), so no frame carries more than one.
    let charts_drawn = use_mut_ref(|| ([0u64; 5], 0usize, f64::NEG_INFINITY, 0.0f64, f64::NEG_INFINITY));
    // When the validator set was last drawn (see STAGE_INTERVAL_MS).
    let stage_drawn = use_mut_ref(|| f64::NEG_INFINITY);
    {
        let (sim, stage, lorenz, charts, strip, balances) =
            (sim.clone(), stage.clone(), lorenz.clone(), charts.clone(), strip.clone(), balances.clone());
        let (playing, error) = (*run.playing, run.error.clone());
        let (focus, stage_map, stage_layer, sizes) =
            (*inspected, stage_map.clone(), stage_layer.clone(), sizes.clone());
        use_effect(move || {
            let s = sim.borrow();
            let pal = Palette::current();
            let t = now_ms();
            if let Some(c) = stage.cast::<HtmlCanvasElement>() {
                let mut last = stage_drawn.borrow_mut();
                if !playing || t - *last >= STAGE_INTERVAL_MS {
                    *last = t;
                    *stage_map.borrow_mut() =
                        draw_stage(&c, sizes.get(&c), &mut stage_layer.borrow_mut(), &s, &pal, focus);
                }
            }
            let mut d = charts_drawn.borrow_mut();
            // The finality strip (a column a pixel) moves a pixel every few epochs: while playing,
            // ten times a second is enough.
            if let Some(c) = strip.cast::<HtmlCanvasElement>() {
                if !playing || t - d.4 >= STRIP_INTERVAL_MS {
                    d.4 = t;
                    finality::draw_finality_strip(&c, sizes.get(&c), &s, &pal);
                }
            }
            // A slow machine waits longer between charts: they take at most a fifth of the time.
            if playing && t - d.2 < CHART_INTERVAL_MS.max(5.0 * d.3) {
                return;
            }
            let nodes = [&lorenz, &balances, &charts[0], &charts[1], &charts[2]];
            let run_key = super::runner::visible((s.epoch(), s.fingerprint_cheap(), &pal.fg, &pal.bg));
            let keys: Vec<u64> = nodes
                .iter()
                .map(|n| {
                    let size = n.cast::<HtmlCanvasElement>().map(|c| sizes.get(&c));
                    super::runner::visible((run_key, size, super::canvas::presenter()))
                })
                .collect();
            // A chart not on the page (the leak balances without an outage) is never stale.
            let on_page = |i: usize| nodes[i].cast::<HtmlCanvasElement>().is_some();
            let stale: Vec<usize> = (0..5).filter(|&i| d.0[i] != keys[i] && on_page(i)).collect();
            let todo: Vec<usize> = if playing {
                stale.iter().copied().min_by_key(|&i| (i + 5 - d.1) % 5).into_iter().collect()
            } else {
                stale
            };
            let rec = s.history().last().expect("genesis record");
            for i in todo {
                d.0[i] = keys[i];
                (d.1, d.2) = ((i + 1) % 5, t);
                let Some(c) = nodes[i].cast::<HtmlCanvasElement>() else { continue };
                let size = sizes.get(&c);
                match i {
                    0 => report_drawing(
                        &error,
                        &crate::t!("validators-lorenz-name"),
                        draw_validator_lorenz(&c, size, &s.lorenz(), rec.gini, &pal),
                    ),
                    1 => finality::draw_balances(&c, size, &s, &pal),
                    _ => {
                        let drawn =
                            draw_validator_series(&c, size, s.history(), s.params().epochs, Series::ALL[i - 2], &pal);
                        report_drawing(&error, &crate::t!("validators-chart-name"), drawn);
                    }
                }
                d.3 = now_ms() - t;
            }
        });
    }

    let on_stage_click = {
        let (inspected, stage_map) = (inspected.clone(), stage_map.clone());
        Callback::from(move |e: MouseEvent| {
            let at = stage_map.borrow().at(f64::from(e.offset_x()), f64::from(e.offset_y()));
            inspected.set(if at == *inspected { None } else { at });
        })
    };
    let on_stage_key = {
        let (inspected, stage_map) = (inspected.clone(), stage_map.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            if let Some(next) = stage_map.borrow().key(&e.key(), *inspected) {
                // The arrow keys inspect here; the time controls keep theirs elsewhere.
                e.prevent_default();
                e.stop_propagation();
                inspected.set(next);
            }
        })
    };

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let s = sim.borrow();
    use_sim_page(run.report(classroom::narration(&s)), run.on_command.clone(), run.exports(classroom::exports));
    let rec = s.history().last().expect("genesis record").clone();
    let p = s.params();
    let day = f64::from(rec.epoch) / f64::from(EPOCHS_PER_DAY);
    let done = s.is_done();
    let whatif_button = |kind: WhatIfKind, id: &'static str, hint: String| {
        let cb = on_whatif.clone();
        html! {
            <button id={id} disabled={done} title={hint} onclick={Callback::from(move |_: MouseEvent| cb.emit(kind))}>{ whatif_label(kind) }</button>
        }
    };
    let largest = s.largest_operator().map(|i| crate::charts::validators::operator_name(&s.operators()[i].name)).unwrap_or_else(|| crate::t!("validators-nobody"));
    let top_share = s.shares().first().copied().unwrap_or(0.0);
    html! {
        <section class="sim pos" data-moment={moment(&s).to_string()} data-epoch={rec.epoch.to_string()} data-fingerprint={format!("{:016x}", s.fingerprint())}>
            { run.head(crate::t!("validators-title"), crate::t!("validators-subtitle"), Html::default()) }
            <div class="scenarios" role="group" aria-label={crate::t!("validators-presets-label")} id="presets">
                { for presets.iter().map(|(pr, params)| {
                    let (apply, state, params, pr) = (apply.clone(), state.clone(), params.clone(), *pr);
                    let on = state.params == params;
                    html! {
                        <button id={format!("preset-{}", pr.id())} class={classes!(on.then_some("active"))} aria-pressed={on.to_string()}
                            onclick={Callback::from(move |_: MouseEvent| apply.emit(ValidatorsState { params: params.clone(), ..(*state).clone() }))}>
                            { pr.title() }
                        </button>
                    }
                }) }
            </div>
            { run.time_controls("epoch") }
            <SimDock />
            <p class="status" id="status">
                { crate::t!("validators-status", epoch = rec.epoch, epochs = p.epochs, day = num(day, 1), price = price(rec.price_usd),
                    active = rec.active_validators, stake = num(rec.active_stake_eth, 0), exiting = rec.exiting,
                    slashed = rec.slashed_total, exited = rec.exited_total) }
            </p>
            <div class="sim-body">
                <div class="stage">
                    <div class="nakamoto" id="nakamoto">
                        { for (0..3).map(|k| html! {
                            <div class="nc">
                                <span class="nc-value" id={format!("nc-{}", ["334", "50", "667"][k])}>{ rec.nakamoto[k] }</span>
                                <span class="nc-label">{ crate::t!("validators-nc-label", share = threshold_label(k)) }</span>
                                <span class="nc-note">{ [crate::t!("validators-nc-halt"), crate::t!("validators-nc-outvote"), crate::t!("validators-nc-finalise")][k].clone() }</span>
                                <span class="nc-cost" id={format!("cost-{}", ["334", "50", "667"][k])}>{ crate::t!("validators-nc-cost", cost = usd(rec.cost_of_attack_usd[k])) }</span>
                            </div>
                        }) }
                    </div>
                    <div class="whatifs" role="group" aria-label={crate::t!("validators-whatif-label")} id="whatifs">
                        <span class="hint">{ crate::t!("validators-whatif-now") }</span>
                        { whatif_button(WhatIfKind::Redelegate, "whatif-redelegate", crate::t!("validators-whatif-redelegate-hint")) }
                        { whatif_button(WhatIfKind::Merge, "whatif-merge", crate::t!("validators-whatif-merge-hint")) }
                        { whatif_button(WhatIfKind::SlashLargest, "whatif-slash", crate::t!("validators-whatif-slash-hint")) }
                        <span class="hint">{ crate::t!("validators-largest", name = largest, share = num(top_share * 100.0, 1)) }</span>
                    </div>
                    <canvas ref={stage} id="stage" class="vset" tabindex="0" role="application" aria-roledescription={crate::t!("validators-stage-role")}
                        aria-describedby="stage-focus" onclick={on_stage_click} onkeydown={on_stage_key}
                        aria-label={crate::t!("validators-stage-label")}></canvas>
                    { inspect::inspector(&s, *inspected) }
                    <p id="stage-focus" class="visually-hidden" aria-live="polite">{ inspect::focus_line(&s, *inspected) }</p>
                    <p class="legend-note">
                        <span class="key k-online"></span><span class="key k-online2"></span>{ crate::t!("validators-key-attesting") }{ " " }
                        <span class="key k-offline"></span>{ crate::t!("validators-key-offline") }{ " " }
                        <span class="key k-slashed"></span>{ crate::t!("validators-key-slashed") }{ " " }
                        <span class="key k-queue"></span>{ crate::t!("validators-key-queue") }{ " " }
                        <span class="key k-exited"></span>{ crate::t!("validators-key-exited") }{ " " }
                        <span class="key k-proposer"></span>{ crate::t!("validators-key-proposer") }
                    </p>
                    { finality_panel(&s, strip.clone(), balances.clone()) }
                    <div class="chart-grid">
                        <canvas ref={lorenz} id="lorenz" class="chart" role="img" aria-label={crate::t!("validators-lorenz-label", gini = num(rec.gini, 2))}></canvas>
                        <canvas ref={charts[0].clone()} id="chart-nakamoto" class="chart" role="img" aria-label={crate::t!("validators-chart-nakamoto-label", a = threshold_label(0), b = threshold_label(1), c = threshold_label(2))}></canvas>
                        <canvas ref={charts[1].clone()} id="chart-cost" class="chart" role="img" aria-label={crate::t!("validators-chart-cost-label")}></canvas>
                        <canvas ref={charts[2].clone()} id="chart-active" class="chart" role="img" aria-label={crate::t!("validators-chart-active-label")}></canvas>
                    </div>
                </div>
                <aside class="side">
                    <dl class="counts" id="counts">
                        <div><dt>{ crate::t!("validators-gini") }</dt><dd id="gini">{ number(rec.gini, 2) }</dd></div>
                        <div><dt>{ crate::t!("validators-operators-with-stake") }</dt><dd>{ rec.operators }</dd></div>
                        <div><dt>{ crate::t!("validators-participation") }</dt><dd>{ pct(rec.participation * 100.0, 1) }</dd></div>
                        <div title={crate::t!("validators-apr-title")}><dt>{ crate::t!("validators-apr") }<small class="apr-note">{ crate::t!("validators-apr-note") }</small></dt><dd id="apr">{ pct(rec.reward_gwei_per_eth * 82_125.0 / 1e7, 1) }</dd></div>
                        <div><dt>{ crate::t!("validators-whatifs-so-far") }</dt><dd id="whatif-list">{ if p.whatifs.is_empty() { crate::t!("validators-none") } else { p.whatifs.iter().map(|w| format!("{} @{}", whatif_label(w.kind), w.epoch)).collect::<Vec<_>>().join("; ") } }</dd></div>
                    </dl>
                    { slashing_panel(&s) }
                    <Settings params={state.params.clone()} on_change={run.on_params()} />
                </aside>
            </div>
            <explain::Explain />
        </section>
    }
}

/// Casper FFG now: the strip of justified and finalised epochs, the
/// finality delay, the leak, what happened and why (the model's own
/// sentences, `sim::validators::story`), and with an outage the two
/// followed validators' balances.
fn finality_panel(s: &ValidatorSim, strip: NodeRef, balances: NodeRef) -> Html {
    use crate::sim::validators::story;
    let r = s.history().last().expect("genesis record");
    let delay_days = f64::from(r.finality_delay) / f64::from(EPOCHS_PER_DAY);
    let lines = story::story(s);
    let strip_label = crate::t!(
        "validators-strip-label",
        finalized = r.finalized_epoch.to_string(),
        delay = r.finality_delay.to_string()
    );
    html! {
        <div class={classes!("finality", s.params().outage.is_none().then_some("no-outage"))} id="finality">
            <h3>{ crate::t!("validators-finality-title") }</h3>
            <dl class="counts finality-counts">
                <div><dt>{ crate::t!("validators-finalised-epoch") }</dt><dd id="finalized-epoch">{ number(f64::from(r.finalized_epoch), 0) }</dd></div>
                <div><dt>{ crate::t!("validators-finality-delay") }</dt><dd id="finality-delay">{ crate::t!("validators-finality-delay-value", epochs = r.finality_delay, days = num(delay_days, 1)) }</dd></div>
                <div><dt>{ crate::t!("validators-target-voting") }</dt><dd id="target-share">{ crate::t!("validators-target-share", share = num(r.target_share() * 100.0, 1)) }</dd></div>
                <div><dt>{ crate::t!("validators-leak") }</dt><dd id="leak">{ if r.in_leak { crate::t!("validators-yes") } else { crate::t!("validators-no") } }</dd></div>
            </dl>
            <canvas ref={strip} id="finality-strip" class={classes!("strip", s.other_side().is_some().then_some("two"))} role="img" aria-label={strip_label}
                data-finalized={r.finalized_epoch.to_string()} data-delay={r.finality_delay.to_string()} data-leak={r.in_leak.to_string()}></canvas>
            <p class="legend-note">
                <span class="key k-final"></span>{ crate::t!("validators-key-final") }{ " " }
                <span class="key k-justified"></span>{ crate::t!("validators-key-justified") }{ " " }
                <span class="key k-none"></span>{ crate::t!("validators-key-none") }{ " " }
                <span class="key k-leak"></span>{ crate::t!("validators-key-leak") }
            </p>
            <div id="finality-story" class="finality-story" aria-live="polite">
                { for lines.iter().map(|l| html! { <p>{ l }</p> }) }
            </div>
            if s.params().outage.is_some() {
                <canvas ref={balances} id="leak-balances" class="chart small" role="img"
                    aria-label={crate::t!("validators-balances-label")}></canvas>
            }
        </div>
    }
}

/// The run's first moment worth stopping an embed at (src/ui/pacing.rs):
/// a validator slashed or gone, finality lost, or the Nakamoto
/// coefficient moved from where it started.
fn moment(s: &ValidatorSim) -> bool {
    let (first, now) = (s.history().first().expect("genesis record"), s.history().last().expect("genesis record"));
    now.slashed_total > 0 || now.exited_total > 0 || now.in_leak || now.nakamoto != first.nakamoto
}

/// A token price with sensible precision from $2,000 down to $0.0002.
fn price(p: f64) -> String {
    let digits = if p >= 100.0 {
        0
    } else if p >= 1.0 {
        2
    } else {
        5
    };
    crate::t!("validators-usd", v = num(p, digits))
}

/// A percentage with `digits` decimals, by the language's rules (`45.3%`).
fn pct(v: f64, digits: u8) -> String {
    crate::t!("validators-pct", p = num(v, digits))
}

/// An amount of ETH as Rust shows an `f64` (every decimal it has), in the language's digits.
fn eth_amount(v: f64) -> String {
    let digits = v.to_string().split_once('.').map_or(0, |(_, d)| d.len());
    crate::t!("validators-eth", v = num(v, u8::try_from(digits).unwrap_or(u8::MAX)))
}

/// What the slashing rules do to a validator slashed now: the spec's
/// initial penalty, and the correlation penalty that the slashings of the
/// last 36 days would bring if it applied today.
fn slashing_panel(s: &ValidatorSim) -> Html {
    use crate::sim::validators::slashing::{correlation_penalty, initial_penalty};
    let fork = s.params().fork;
    let eth = |g: u64| g as f64 / GWEI_PER_ETH as f64;
    let initial = initial_penalty(fork, MAX_EFFECTIVE_BALANCE);
    let window = s.slashings_sum();
    // As the spec applies it: to the slashed validator's effective balance after the initial penalty.
    let eff = (MAX_EFFECTIVE_BALANCE - initial) / GWEI_PER_ETH * GWEI_PER_ETH;
    let corr = correlation_penalty(fork, eff, window, s.active_balance());
    let last = s.last_slashing().map(|(_, e)| e);
    html! {
        <div class="slashing" id="slashing">
            <h3>{ crate::t!("validators-slashing-title", fork = fork.label()) }</h3>
            <dl class="counts">
                <div><dt>{ crate::t!("validators-initial-penalty") }</dt><dd id="initial-penalty">{ eth_amount(eth(initial)) }</dd></div>
                <div><dt>{ crate::t!("validators-slashed-window") }</dt><dd id="slashed-window">{ crate::t!("validators-slashed-window-value", eth = num(eth(window), 0), share = num(100.0 * window as f64 / s.active_balance().max(1) as f64, 1)) }</dd></div>
                <div><dt>{ crate::t!("validators-correlation-penalty") }</dt><dd id="correlation-penalty">{ crate::t!("validators-eth", v = num(eth(corr), 4)) }</dd></div>
                if let Some(e) = last {
                    <div><dt>{ crate::t!("validators-last-correlation") }</dt><dd>{ crate::t!("validators-epoch-day", epoch = e + 4096, day = num((e + 4096) as f64 / f64::from(EPOCHS_PER_DAY), 1)) }</dd></div>
                }
            </dl>
        </div>
    }
}
