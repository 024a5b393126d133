//! The optimistic-rollup page (`#/rollup`): the pipeline from L2 users to
//! finality, challenge-window clocks, fault injection, the bisection game
//! and its one-step proof, batch table and the load sweep.

mod bold;
mod classroom;
mod dispute;
mod explain;
mod pipeline;
mod tables;
mod waiting;

use self::bold::BoldView;
use self::dispute::DisputeView;
use self::pipeline::{draw_pipeline, gwei, span, thousands};
use super::chart::draw_load_sweep;
use super::classroom::SimDock;
use super::control::use_sim_page;
use super::palette::Palette;
use super::runner::{report_drawing, use_sim_runner, visible, Clock, RunnerSpec, Stride, FRAME_BUDGET_MS};
use super::shell::{reduced_motion, use_animation_loop, use_playing, PageProps};
use crate::query::rollup::{
    RollupState, ValidatorMode, DEFAULT_MINT, MAX_PAGE_TXS, MAX_VALIDATORS, QUIET_RATE, SPEED_OPTIONS,
};
use crate::sim::rollup::captions::run_setup;
use crate::sim::rollup::{
    hex, load_point, Asserter, AssertionStatus, DataMode, Fault, Fork, LoadPoint, RollupParams, RollupSim,
    L1_BLOCK_TIME, MAX_RUN_BLOCKS, SWEEP_LOADS,
};
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Rows the tables show (the latest).
const TABLE_ROWS: usize = 12;

/// L1 blocks between the copies of the run that going back (Back, the
/// timeline scrubber, a cue, an embedding page's seek) replays from: the
/// run is deterministic, so a copy at a block equals a replay to it.
const CHECKPOINT_BLOCKS: u64 = 32;
/// Memory the copies may take (estimated): past it, every other one is
/// dropped and the spacing doubles.
const CHECKPOINT_BUDGET: usize = 32 << 20;

/// What a step waits for: a new line in the story, or a dispute round.
fn seen(sim: &RollupSim) -> (usize, usize) {
    let b = sim.block();
    let rounds = sim.challenges().iter().map(|c| c.round_blocks.iter().filter(|&&r| r <= b).count()).sum();
    (sim.log().len(), rounds)
}

/// Nothing but the window clocks moves: traffic over, nothing pending,
/// no dispute under way.
fn quiet(sim: &RollupSim) -> bool {
    super::pacing::rollup_quiet(
        sim.block(),
        sim.params().traffic_blocks(),
        sim.mempool_len(),
        sim.challenges().iter().any(|c| c.winner.is_none()),
    )
}

#[function_component(RollupPage)]
pub fn rollup_page(props: &PageProps) -> Html {
    let run = use_sim_runner::<RollupState>(
        &props.query,
        RunnerSpec {
            path: "/rollup",
            checkpoint_every: CHECKPOINT_BLOCKS,
            checkpoint_budget: CHECKPOINT_BUDGET,
            budget_ms: 2.0 * FRAME_BUDGET_MS,
            clock: Clock::Seconds { time: RollupSim::time, slack: L1_BLOCK_TIME as f64 },
            stride: Stride::Event(|s| visible(seen(s))),
            // Bounded like a link's `at` (see RollupState::from_query).
            seek_cap: |_| MAX_RUN_BLOCKS,
            // Time compression: quiet stretches play at QUIET_RATE at least.
            rate: |st, s| super::pacing::rollup_rate(st.seconds_per_second(), st.squeeze, quiet(s), QUIET_RATE),
        },
    );
    let (state, sim, playing, force) = (run.state.clone(), run.sim.clone(), run.playing.clone(), run.force.clone());
    let (codec_notice, codec_ready, on_command) = waiting::use_waiting(&run, &props.query);
    // Settings that change the whole run restart it; the fault and the
    // validators keep the moment (the run replays to the same block).
    let apply = {
        let (restart, keep) = (run.apply.clone(), run.apply_keeping.clone());
        Callback::from(
            move |(next, keeping): (RollupState, bool)| {
                if keeping {
                    keep.emit(next)
                } else {
                    restart.emit(next)
                }
            },
        )
    };
    let phase = use_mut_ref(|| 0.0f64);
    let sweep = use_mut_ref(Vec::<LoadPoint>::new);
    let sweep_for = use_mut_ref(|| None::<(RollupParams, u64)>);
    let sweeping = use_playing(false);
    // The pipeline's moving parts, while the run plays.
    {
        let phase = phase.clone();
        use_animation_loop(
            &playing,
            Callback::from(move |dt: f64| {
                if !reduced_motion() {
                    *phase.borrow_mut() += dt / 1000.0;
                }
            }),
        );
    }
    // The load sweep: one load per animation frame, so the page stays live.
    {
        let (sweep, sweep_for, sweeping_h, force, state) =
            (sweep.clone(), sweep_for.clone(), sweeping.clone(), force.clone(), state.clone());
        use_animation_loop(
            &sweeping,
            Callback::from(move |_dt: f64| {
                let n = sweep.borrow().len();
                if n >= SWEEP_LOADS.len() {
                    sweeping_h.set(false);
                    return;
                }
                if let Ok(p) = load_point(&state.params, SWEEP_LOADS[n], state.seed) {
                    sweep.borrow_mut().push(p);
                }
                if sweep.borrow().len() >= SWEEP_LOADS.len() {
                    *sweep_for.borrow_mut() = Some((state.params.clone(), state.seed));
                    sweeping_h.set(false);
                }
                force.force_update();
            }),
        );
    }
    let on_sweep = {
        let (sweep, sweeping) = (sweep.clone(), sweeping.clone());
        Callback::from(move |_: MouseEvent| {
            sweep.borrow_mut().clear();
            sweeping.set(true);
        })
    };

    let pipeline_ref = use_node_ref();
    let sweep_ref = use_node_ref();
    {
        let (sim, pipeline_ref, sweep_ref, phase, sweep) =
            (sim.clone(), pipeline_ref.clone(), sweep_ref.clone(), phase.clone(), sweep.clone());
        let error = run.error.clone();
        let l1_tps = f64::from(state.params.l1_transfers_per_block) / L1_BLOCK_TIME as f64;
        use_effect(move || {
            let pal = Palette::current();
            if let Some(c) = pipeline_ref.cast::<HtmlCanvasElement>() {
                draw_pipeline(&c, &sim.borrow(), *phase.borrow(), &pal);
            }
            if let Some(c) = sweep_ref.cast::<HtmlCanvasElement>() {
                report_drawing(&error, &crate::t!("rollup-sweep-name"), draw_load_sweep(&c, &sweep.borrow(), l1_tps, &pal));
            }
        });
    }

    // Once a dispute starts during playback, bring it into view (at
    // 1366×768 it sits below the pipeline and the assertions).
    {
        let opened = sim.borrow().challenges().len();
        let on = *playing;
        use_effect_with(opened, move |&n| {
            if n > 0 && on {
                if let Some(el) =
                    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("dispute"))
                {
                    el.scroll_into_view_with_bool(true);
                }
            }
        });
    }

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let exports = {
        let (sweep, sweep_for, sweeping) = (sweep.clone(), sweep_for.clone(), *sweeping);
        run.exports(move |sim| {
            let points = sweep.borrow();
            let done = sweep_for.borrow();
            let complete = !sweeping && points.len() == SWEEP_LOADS.len();
            let sweep = done.as_ref().filter(|_| complete).map(|(params, seed)| classroom::Sweep {
                points: &points,
                params,
                seed: *seed,
            });
            classroom::exports(sim, sweep)
        })
    };
    let s = sim.borrow();
    let fingerprint = format!("{:016x}", s.fingerprint());
    use_sim_page(run.report(classroom::narration(&s)), on_command, exports);
    let p = s.params();
    let block = s.block();
    let st = (*state).clone();

    // Fault injection and validators keep the moment.
    let next_batch = s.batches().len() as u32;
    let fault_batch = match p.fault {
        Fault::WrongRoot { batch, .. } => Some(batch),
        Fault::None => None,
    };
    let on_inject = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |_: MouseEvent| {
            let mut params = st.params.clone();
            params.fault = Fault::WrongRoot { batch: next_batch, mint: DEFAULT_MINT };
            apply.emit((RollupState { params, ..st.clone() }, true));
        })
    };
    let on_clear_fault = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |_: MouseEvent| {
            let mut params = st.params.clone();
            params.fault = Fault::None;
            apply.emit((RollupState { params, ..st.clone() }, true));
        })
    };
    let set_validators = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |modes: Vec<ValidatorMode>| {
            let mut params = st.params.clone();
            params.validators = modes.iter().map(|m| m.to_validator()).collect();
            apply.emit((RollupState { params, ..st.clone() }, true));
        })
    };
    let modes: Vec<ValidatorMode> = p.validators.iter().map(ValidatorMode::from_validator).collect();
    let set_param = {
        let (apply, st) = (apply.clone(), st.clone());
        move |f: fn(&mut RollupParams, f64)| {
            let (apply, st) = (apply.clone(), st.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                if let Ok(x) = v.trim().parse::<f64>() {
                    let mut params = st.params.clone();
                    f(&mut params, x);
                    // The page's bound on one run (as the URL reader applies it).
                    if params.tps * params.traffic_seconds as f64 > MAX_PAGE_TXS {
                        params.traffic_seconds = ((MAX_PAGE_TXS / params.tps / 12.0).floor() as u64).max(1) * 12;
                    }
                    if params.validate().is_ok() {
                        apply.emit((RollupState { params, ..st.clone() }, false));
                    }
                }
            })
        }
    };
    let set_select = {
        let (apply, st) = (apply.clone(), st.clone());
        move |f: fn(&mut RollupParams, &str)| {
            let (apply, st) = (apply.clone(), st.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                let mut params = st.params.clone();
                f(&mut params, &v);
                if params.validate().is_ok() {
                    apply.emit((RollupState { params, ..st.clone() }, false));
                }
            })
        }
    };
    let on_arity = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |arity: u32| {
            let mut params = st.params.clone();
            params.arity = arity;
            apply.emit((RollupState { params, ..st.clone() }, true));
        })
    };
    let on_squeeze = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            apply.emit((RollupState { squeeze: on, ..st.clone() }, true));
        })
    };

    let on_attackers = {
        let (apply, st) = (apply.clone(), st.clone());
        Callback::from(move |n: u32| apply.emit((RollupState { attackers: n, ..st.clone() }, true)))
    };
    let challenge = s.challenges().last().cloned();
    let rolled_back: Vec<u32> = match &challenge {
        Some(c) if c.winner.is_some() => s
            .assertions()
            .iter()
            .filter(|a| {
                a.status == AssertionStatus::RolledBack && a.id >= c.assertion && a.posted_block <= c.resolves_block
            })
            .map(|a| a.id)
            .collect(),
        _ => Vec::new(),
    };
    let invalid_final = s.invalid_finalised();
    let txs_posted: u64 = s.batches().iter().map(|b| u64::from(b.tx_count)).sum();
    let cost: f64 = s.batches().iter().map(|b| b.cost_gwei).sum();
    let l1_alone = 21_000.0 * p.gas_price_gwei;
    let (status_class, status) = tables::status(&s);
    let sweep_stale = sweep_for.borrow().as_ref().is_some_and(|(sp, seed)| {
        let strip =
            |p: &RollupParams| RollupParams { fault: Fault::None, validators: Vec::new(), arity: 2, ..p.clone() };
        strip(sp) != strip(p) || *seed != st.seed
    });
    html! {
        <section class="sim rollup" data-block={block.to_string()} data-fingerprint={fingerprint}
            data-invalid-final={invalid_final.to_string()} data-challenges={s.challenges().len().to_string()} data-done={s.is_done().to_string()}>
            { run.head(crate::t!("rollup-title"), crate::t!("rollup-subtitle"), codec_notice) }
            { run.time_controls_with("event", Some(&SPEED_OPTIONS[..])) }
            <SimDock />
            <label class="inline squeeze">
                <input type="checkbox" id="squeeze" checked={st.squeeze} onchange={on_squeeze} />
                { format!(" {}", crate::t!("rollup-squeeze", blocks = p.challenge_window, span = span(p.challenge_window * L1_BLOCK_TIME))) }
            </label>
            <p class={classes!("status", status_class)} id="status">
                { format!("{} · ", crate::t!("rollup-status-line", block = block, time = span(s.time()), txs = s.total_txs(), batches = s.batches().len())) }
                <strong>{ status }</strong>
            </p>
            <canvas ref={pipeline_ref} id="pipeline" class="pipeline" role="img"
                aria-label={crate::t!("rollup-pipeline-label")}></canvas>
            <div class="faults" id="faults" role="group" aria-label={crate::t!("rollup-faults-label")}>
                <div class="fault">
                    <strong>{ format!("{} ", crate::t!("rollup-proposer")) }</strong>
                    { match fault_batch {
                        Some(b) => html! { <>
                            <span class="danger" id="fault-state">{ format!("{} ", crate::t!("rollup-fault-wrong", batch = b.to_string(), eth = (DEFAULT_MINT as f64 / 1e9).to_string())) }</span>
                            <button id="clear-fault" onclick={on_clear_fault}>{ crate::t!("rollup-honest-proposer") }</button>
                        </> },
                        None => html! { <>
                            <span id="fault-state">{ format!("{} ", crate::t!("rollup-fault-honest")) }</span>
                            <button id="inject-fault" class="danger-button" onclick={on_inject}
                                title={crate::t!("rollup-inject-title")}>
                                { crate::t!("rollup-inject", batch = next_batch.to_string()) }
                            </button>
                        </> },
                    } }
                </div>
                <div class="validator-modes">
                    <strong>{ format!("{} ", crate::t!("rollup-honest-validators")) }</strong>
                    { for (0..MAX_VALIDATORS).map(|i| {
                        let mode = modes.get(i).copied();
                        let value = match mode { Some(ValidatorMode::Online) => "on", Some(ValidatorMode::Offline) => "off", Some(ValidatorMode::Late(_)) => "late", None => "none" };
                        let late = match mode { Some(ValidatorMode::Late(b)) => b, _ => (p.challenge_window / 2).max(1) };
                        let on_mode = {
                            let (modes, set) = (modes.clone(), set_validators.clone());
                            Callback::from(move |e: Event| {
                                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                                let mut m = modes.clone();
                                let new = match v.as_str() { "on" => Some(ValidatorMode::Online), "off" => Some(ValidatorMode::Offline), "late" => Some(ValidatorMode::Late(late)), _ => None };
                                match new {
                                    Some(n) if i < m.len() => m[i] = n,
                                    Some(n) => m.push(n),
                                    None if i < m.len() => { m.remove(i); }
                                    None => {}
                                }
                                set.emit(m);
                            })
                        };
                        let on_late = {
                            let (modes, set) = (modes.clone(), set_validators.clone());
                            Callback::from(move |e: Event| {
                                if let Ok(b) = e.target_unchecked_into::<HtmlInputElement>().value().trim().parse::<u64>() {
                                    if b >= 1 && i < modes.len() {
                                        let mut m = modes.clone();
                                        m[i] = ValidatorMode::Late(b);
                                        set.emit(m);
                                    }
                                }
                            })
                        };
                        let shown = i <= modes.len();
                        html! {
                            if shown {
                                <span class="validator-mode">
                                    <label>{ format!("V{i} ") }
                                        <select id={format!("val-{i}")} onchange={on_mode} aria-label={crate::t!("rollup-validator-n", i = i.to_string())}>
                                            <option value="on" selected={value == "on"}>{ crate::t!("rollup-mode-online") }</option>
                                            <option value="off" selected={value == "off"}>{ crate::t!("rollup-mode-offline") }</option>
                                            <option value="late" selected={value == "late"}>{ crate::t!("rollup-mode-late") }</option>
                                            <option value="none" selected={value == "none"}>{ if i < modes.len() { crate::t!("rollup-mode-remove") } else { "—".to_string() } }</option>
                                        </select>
                                    </label>
                                    if let Some(ValidatorMode::Late(b)) = mode {
                                        <label>{ format!(" {} ", crate::t!("rollup-from-block")) }
                                            <input id={format!("late-{i}")} type="number" min="1" value={b.to_string()} onchange={on_late} size="7" />
                                        </label>
                                    }
                                </span>
                            }
                        }
                    }) }
                    if modes.iter().all(|m| *m == ValidatorMode::Offline) {
                        <span class="danger" id="no-validator">{ format!(" {}", crate::t!("rollup-no-validator")) }</span>
                    }
                </div>
            </div>
            <div class="sim-body">
                <div class="stage">
                    { match &challenge {
                        Some(c) => html! { <DisputeView challenge={c.clone()} block={block} arity={p.arity} on_arity={on_arity.clone()} rolled_back={rolled_back.clone()} /> },
                        None => html! {
                            <section class="dispute" id="dispute" data-rounds="0">
                                <h2>{ crate::t!("rollup-fraud-proof") }</h2>
                                <p class="muted">{ crate::t!("rollup-no-challenge") }</p>
                                <div class="arity" role="group" aria-label={crate::t!("rollup-dissection-label")}>
                                    <button id="arity-2" class={classes!((p.arity == 2).then_some("active"))} aria-pressed={(p.arity == 2).to_string()} onclick={on_arity.reform(|_: MouseEvent| 2)}>{ crate::t!("rollup-bold-bisection") }</button>
                                    <button id="arity-40" class={classes!((p.arity == 40).then_some("active"))} aria-pressed={(p.arity == 40).to_string()} onclick={on_arity.reform(|_: MouseEvent| 40)}>{ crate::t!("rollup-classic-40") }</button>
                                </div>
                            </section>
                        },
                    } }
                    <BoldView attackers={st.attackers} seed={st.seed} on_attackers={on_attackers} />
                    { tables::tables(&s) }
                    <p class="cost-compare" id="cost-compare">{ crate::t!(
                        "rollup-cost-compare",
                        per_tx = if txs_posted == 0 { crate::t!("rollup-cost-no-batch") } else { crate::t!("rollup-cost-gwei", gwei = gwei(cost / txs_posted as f64)) },
                        l1 = gwei(l1_alone),
                        price = p.gas_price_gwei.to_string(),
                        capacity = p.l1_transfers_per_block.to_string(),
                        tps = crate::i18n::num(f64::from(p.l1_transfers_per_block) / L1_BLOCK_TIME as f64, 0),
                        backlog = s.l1_alone_backlog().to_string()
                    ) }</p>
                    <h2>{ crate::t!("rollup-sweep-title") }</h2>
                    <p>
                        <button id="sweep-run" onclick={on_sweep} disabled={*sweeping || !codec_ready}>{ if *sweeping { crate::t!("rollup-sweep-running", k = sweep.borrow().len() + 1, n = SWEEP_LOADS.len()) } else { crate::t!("rollup-sweep-run") } }</button>
                        { format!(" {}", crate::t!("rollup-sweep-note", loads = SWEEP_LOADS.len(), q = p.compression_quality)) }
                        if sweep_stale { <span class="muted">{ format!(" {}", crate::t!("rollup-sweep-stale")) }</span> }
                    </p>
                    <canvas ref={sweep_ref} id="sweep" class="chart sweep" role="img" data-points={sweep.borrow().len().to_string()}
                        hidden={sweep.borrow().is_empty() && !*sweeping}
                        aria-label={crate::t!("rollup-sweep-label")}></canvas>
                    <h2>{ crate::t!("rollup-log-title") }</h2>
                    if s.log().is_empty() {
                        <p class="muted">{ crate::t!("rollup-log-empty") }</p>
                    }
                    <ol class="event-log" id="event-log" hidden={s.log().is_empty()}>
                        { for s.log().iter().rev().take(40).map(|e| html! {
                            <li class={format!("ev-{:?}", e.kind).to_lowercase()}><span class="t">{ crate::t!("rollup-log-block", block = e.block.to_string()) }</span>{ " " }{ e.msg.to_string() }</li>
                        }) }
                    </ol>
                </div>
                <aside class="side">
                    <section class="params" aria-label={crate::t!("rollup-settings")}>
                        <h2>{ crate::t!("rollup-settings") }</h2>
                        <p class="muted">{ crate::t!("rollup-settings-note", most = MAX_PAGE_TXS as u64) }</p>
                        <label>{ format!("{} ", crate::t!("rollup-set-tps")) }<input id="tps" type="number" min="0.01" max="200" step="any" value={p.tps.to_string()} onchange={set_param(|p, v| p.tps = v)} /></label>
                        <label>{ format!("{} ", crate::t!("rollup-set-traffic")) }<input id="traffic" type="number" min="1" max="360" value={(p.traffic_seconds / 60).to_string()} onchange={set_param(|p, v| p.traffic_seconds = (v * 60.0).round().max(12.0) as u64)} /></label>
                        <label>{ format!("{} ", crate::t!("rollup-set-delay")) }<input id="delay" type="number" min="1" max="360" value={(p.max_delay / 60).to_string()} onchange={set_param(|p, v| p.max_delay = (v * 60.0).round().max(12.0) as u64)} /></label>
                        <label>{ format!("{} ", crate::t!("rollup-set-data")) }
                            <select id="data" onchange={set_select(|p, v| p.data_mode = match v { "blobs" => DataMode::Blobs, "calldata" => DataMode::Calldata, _ => DataMode::Auto })}>
                                <option value="auto" selected={p.data_mode == DataMode::Auto}>{ crate::t!("rollup-data-auto") }</option>
                                <option value="calldata" selected={p.data_mode == DataMode::Calldata}>{ if p.fork.calldata_floor() { crate::t!("rollup-data-calldata-floor") } else { crate::t!("rollup-data-calldata") } }</option>
                                <option value="blobs" selected={p.data_mode == DataMode::Blobs}>{ crate::t!("rollup-data-blobs") }</option>
                            </select>
                        </label>
                        <label>{ format!("{} ", crate::t!("rollup-set-q")) }
                            <select id="q" onchange={set_select(|p, v| p.compression_quality = v.parse().unwrap_or(11))}>
                                { for (0..=11u32).rev().map(|q| html! { <option value={q.to_string()} selected={p.compression_quality == q}>{ match q { 11 => crate::t!("rollup-q-11"), 6 => crate::t!("rollup-q-6"), _ => q.to_string() } }</option> }) }
                            </select>
                        </label>
                        if p.compression_quality >= 10 && p.tps >= 10.0 {
                            <p class="muted" id="quality-hint">{ crate::t!("rollup-quality-hint") }</p>
                        }
                        <label>{ format!("{} ", crate::t!("rollup-set-gas")) }<input id="gas" type="number" min="0" step="any" value={p.gas_price_gwei.to_string()} onchange={set_param(|p, v| p.gas_price_gwei = v)} /></label>
                        <label>{ format!("{} ", crate::t!("rollup-set-fork")) }
                            <select id="fork" onchange={set_select(|p, v| {
                                p.fork = Fork::parse(v).unwrap_or(Fork::TODAY);
                                p.blobs_per_batch = p.blobs_per_batch.min(p.fork.max_blobs() as u32);
                                let most = p.fork.max_blobs() as f64 / p.fork.target_blobs() as f64;
                                p.blob_demand = p.blob_demand.min(most);
                            })}>
                                { for Fork::ALL.iter().map(|f| html! {
                                    <option value={f.key()} selected={p.fork == *f}>{ if *f == Fork::TODAY { crate::t!("rollup-fork-today", name = f.name(), since = f.since(), target = f.target_blobs(), max = f.max_blobs()) } else { crate::t!("rollup-fork", name = f.name(), since = f.since(), target = f.target_blobs(), max = f.max_blobs()) } }</option>
                                }) }
                            </select>
                        </label>
                        <label>{ format!("{} ", crate::t!("rollup-set-blobgas")) }<input id="blobgas" type="number" min="0" step="any" value={p.blob_gas_price_gwei.to_string()} onchange={set_param(|p, v| p.blob_gas_price_gwei = v)} /></label>
                        <label>{ format!("{} ", crate::t!("rollup-set-demand")) }<input id="demand" type="number" min="0" step="0.1" max={format!("{}", p.fork.max_blobs() as f64 / p.fork.target_blobs() as f64)} value={p.blob_demand.to_string()} onchange={set_param(|p, v| p.blob_demand = v)} /></label>
                        <p class="muted" id="blob-fee-now">{ crate::t!("rollup-blob-fee-now", fee = crate::i18n::num(s.blob_base_fee_gwei(), 4), blobs = crate::i18n::num(p.blob_demand * p.fork.target_blobs() as f64, 1), target = p.fork.target_blobs()) }</p>
                        <label>{ format!("{} ", crate::t!("rollup-set-window")) }<input id="window" type="number" min="1" value={p.challenge_window.to_string()} onchange={set_param(|p, v| p.challenge_window = v.round().max(1.0) as u64)} /></label>
                        <p class="muted">{ crate::t!("rollup-window-note", span = span(45_818 * L1_BLOCK_TIME), blocks = p.blocks_per_move.to_string()) }</p>
                    </section>
                </aside>
            </div>
            <p class="run-setup" id="run-setup">{ run_setup(p) }</p>
            <explain::Explain />
        </section>
    }
}
