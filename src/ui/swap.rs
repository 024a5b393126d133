//! The atomic-swap page (`#/swap`): two chains, two hash time-locked
//! contracts, every failure case, and an exhaustive check of atomicity.

mod bridge;
mod classroom;
mod contract;
mod diagram;
mod explain;
mod schedule;
mod timeline;

pub use self::timeline::view_end;
mod verify;

use self::bridge::BridgeContrast;
use self::diagram::HtlcDiagram;
use self::schedule::ScheduleEditor;
use self::timeline::draw_timeline;
use self::verify::VerifyPanel;
use super::chart::draw_balances;
use super::palette::Palette;
use super::shell::{
    absolute_url, copy_to_clipboard, now_ms, replace_url, use_animation_loop, use_playing, use_sim_keys, Notices, SimKeyActions,
    TimeControls,
};
use super::classroom::SimDock;
use super::control::{set_params, use_sim_page, Command, SimReport};
use crate::query::swap::SwapState;
use crate::query::Query;
use crate::sim::swap::{hex, hm, ChainId, HtlcState, Outcome, Scenario, SwapParams, SwapSim, Timelock};
use web_sys::{HtmlCanvasElement, MouseEvent};
use yew::prelude::*;

/// Stepping budget per frame at "as fast as possible" (see the consensus page).
const FRAME_BUDGET_MS: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct SwapPageProps {
    pub query: Query,
}

fn sim_for(params: &SwapParams, seed: u64) -> SwapSim {
    SwapSim::new(params.clone(), seed).unwrap_or_else(|_| SwapSim::new(Scenario::HappyPath.params(), seed).expect("scenario parameters are valid"))
}

/// A fingerprint of what a viewer sees change: the event log, the mempools
/// and both contracts.
fn visible(sim: &SwapSim) -> (usize, HtlcState, HtlcState, usize, usize) {
    (sim.log().len(), sim.htlc(ChainId::A).state, sim.htlc(ChainId::B).state, sim.mempool(ChainId::A).len(), sim.mempool(ChainId::B).len())
}

/// Advances block by block until something visible happens (a step for a
/// lecturer's clicker), or the run ends. False when nothing is left.
fn step_event(sim: &mut SwapSim) -> bool {
    let before = visible(sim);
    while !sim.is_done() {
        sim.step();
        if visible(sim) != before {
            break;
        }
    }
    !sim.is_done()
}

/// A fresh run replayed to `blocks` blocks.
fn replay(params: &SwapParams, seed: u64, blocks: u32) -> SwapSim {
    let mut sim = sim_for(params, seed);
    while sim.steps() < blocks && !sim.is_done() {
        sim.step();
    }
    sim
}

/// The run one event back: replays from the seed to the last event boundary
/// before the current position.
fn one_event_back(params: &SwapParams, seed: u64, now: u32) -> SwapSim {
    let mut probe = sim_for(params, seed);
    let mut last = 0;
    while probe.steps() < now && !probe.is_done() {
        step_event(&mut probe);
        if probe.steps() < now {
            last = probe.steps();
        }
    }
    replay(params, seed, last)
}

#[function_component(SwapPage)]
pub fn swap_page(props: &SwapPageProps) -> Html {
    let parsed = {
        let q = props.query.clone();
        use_memo((), move |_| SwapState::from_query(&q))
    };
    let state = use_state(|| parsed.0.clone());
    let sim = use_mut_ref(|| replay(&parsed.0.params, parsed.0.seed, parsed.0.at.unwrap_or(0)));
    let playing = use_playing(false);
    let copied = use_state(|| None::<AttrValue>);
    let on_clipboard = use_state(|| false);
    let force = use_force_update();

    use_effect_with((*state).clone(), |s| replace_url("/swap", &SwapState { at: None, ..s.clone() }.to_query()));

    let apply = {
        let state = state.clone();
        let sim = sim.clone();
        let playing = playing.clone();
        let copied = copied.clone();
        Callback::from(move |next: SwapState| {
            if next.params != state.params || next.seed != state.seed {
                *sim.borrow_mut() = sim_for(&next.params, next.seed);
                playing.set(false);
            }
            copied.set(None);
            state.set(next);
        })
    };
    let on_play = {
        let playing = playing.clone();
        let sim = sim.clone();
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
            step_event(&mut sim.borrow_mut());
            force.force_update();
        })
    };
    let on_back = {
        let (sim, force, playing, state) = (sim.clone(), force.clone(), playing.clone(), state.clone());
        Callback::from(move |()| {
            playing.set(false);
            let now = sim.borrow().steps();
            *sim.borrow_mut() = one_event_back(&state.params, state.seed, now);
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
        Callback::from(move |speed: &'static str| apply.emit(SwapState { speed, ..(*state).clone() }))
    };
    let on_seed = {
        let (apply, state) = (apply.clone(), state.clone());
        Callback::from(move |seed: u64| apply.emit(SwapState { seed, ..(*state).clone() }))
    };
    let on_copy_link = {
        let (sim, state, copied, on_clipboard) = (sim.clone(), state.clone(), copied.clone(), on_clipboard.clone());
        Callback::from(move |()| {
            let blocks = sim.borrow().steps();
            let s = SwapState { at: (blocks > 0).then_some(blocks), ..(*state).clone() };
            let link = absolute_url("/swap", &s.to_query());
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
        let (sim, playing_h, force) = (sim.clone(), playing.clone(), force.clone());
        let rate = state.seconds_per_second();
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
                        let target = s.time() + (dt * rate / 1000.0).round() as u64;
                        while !s.is_done() && s.time() < target {
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

    let timeline = use_node_ref();
    let balances = use_node_ref();
    {
        let (sim, timeline, balances) = (sim.clone(), timeline.clone(), balances.clone());
        use_effect(move || {
            let s = sim.borrow();
            let pal = Palette::current();
            if let Some(c) = timeline.cast::<HtmlCanvasElement>() {
                draw_timeline(&c, &s, &pal);
            }
            if let Some(c) = balances.cast::<HtmlCanvasElement>() {
                let _ = draw_balances(&c, &s, &pal);
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
                    playing.set(false);
                    let now = sim.borrow().steps();
                    if n > now {
                        let mut s = sim.borrow_mut();
                        while s.steps() < n && !s.is_done() {
                            s.step();
                        }
                    } else {
                        *sim.borrow_mut() = replay(&state.params, state.seed, n);
                    }
                    force.force_update();
                }
                Command::SetParams(q) => {
                    let current = SwapState { at: None, ..(*state).clone() }.to_query();
                    return set_params("/swap", &current, &q, SwapState::from_query, SwapState::to_query);
                }
                time => keys.run(&time, playing.is_on()),
            }
            Ok(())
        })
    };
    let exports = {
        let sim = sim.clone();
        Callback::from(move |()| classroom::exports(&sim.borrow()))
    };
    let s = sim.borrow();
    use_sim_page(
        SimReport {
            path: "/swap",
            query: SwapState { at: None, ..(*state).clone() }.to_query(),
            step: s.steps(),
            unit: "block",
            playing: *playing,
            finished: s.is_done(),
            seekable: true,
            fingerprint: format!("{:016x}", s.fingerprint()),
            narration: classroom::narration(&s),
        },
        on_command,
        exports,
    );
    let p = s.params();
    let scenario = state.scenario;
    let outcome = s.outcome();
    let a = s.htlc(ChainId::A);
    let b = s.htlc(ChainId::B);
    // Bitcoin mines a CLTV spend only above its locktime (IsFinalTx), so
    // the model's `refund_from` says where the refund branch really opens.
    let refund_a = format!("from {}", a.refund_from());
    let refund_b = format!("from {}", b.refund_from());
    let deadline_b = match b.timelock {
        Timelock::Time(t) | Timelock::Height(t) => format!("before {}", hm(t)),
    };
    // A redeem carries the secret: it is public once broadcast (mempools are
    // public), whether or not it was mined or later reverted.
    let carries_secret = |tx: &crate::sim::swap::Tx| matches!(tx.kind, crate::sim::swap::TxKind::Redeem { .. });
    let secret_public = [ChainId::A, ChainId::B]
        .iter()
        .any(|&c| s.mempool(c).iter().any(carries_secret) || s.chain(c).iter().any(|blk| blk.txs.iter().any(carries_secret)));
    let modified = state.params != SwapState::for_scenario(scenario, state.seed).params;
    let outcome_class = match outcome {
        Outcome::Swapped | Outcome::BothRefunded | Outcome::NothingLocked => "ok",
        Outcome::InitiatorLost | Outcome::ParticipantLost => "danger",
        Outcome::Pending => "",
    };
    html! {
        <section class="sim swap" data-steps={s.steps().to_string()} data-fingerprint={format!("{:016x}", s.fingerprint())}
            data-outcome={format!("{outcome:?}")}>
            <Notices notices={parsed.1.clone()} />
            <div class="sim-head">
                <h1>{ "Atomic swap" }<span class="subtitle">{ "two chains, two hash time-locked contracts, one secret" }</span></h1>
            </div>
            <div class="scenarios" role="group" aria-label="Scenarios" id="scenarios">
                { for Scenario::ALL.iter().map(|&sc| {
                    let apply = apply.clone();
                    let seed = state.seed;
                    let speed = state.speed;
                    html! {
                        <button id={format!("scenario-{}", sc.name())} class={classes!((sc == scenario).then_some("active"))}
                            aria-pressed={(sc == scenario).to_string()}
                            onclick={Callback::from(move |_: MouseEvent| apply.emit(SwapState { speed, ..SwapState::for_scenario(sc, seed) }))}>
                            { sc.title() }
                        </button>
                    }
                }) }
            </div>
            if modified {
                <p class="scenario-desc" id="scenario-modified">{ format!("Started from \"{}\", with settings changed in the panel: the outcome is whatever the model does with them. Press the scenario's button to restore it.", scenario.title()) }</p>
            } else {
                <p class="scenario-desc">{ scenario.description() }{ " Expected outcome: " }<strong>{ scenario.expected().describe() }</strong></p>
            }
            <TimeControls playing={*playing} finished={s.is_done()} unit="event" speed={state.speed} seed={state.seed}
                on_play={on_play} on_step={on_step} on_back={Some(on_back)} on_reset={on_reset}
                on_speed={on_speed} on_seed={on_seed} on_copy_link={on_copy_link} copied={(*copied).clone()} on_clipboard={*on_clipboard} />
            <SimDock />
            <p class={classes!("status", outcome_class)} id="outcome">
                { format!("{} · {} blocks mined · now {}", outcome.describe(), s.steps(), hm(s.time())) }
            </p>
            <div class="sim-body">
                <div class="stage">
                    <canvas ref={timeline} id="timeline" class="timeline" role="img"
                        aria-label="Both chains on one time axis with the swap's transactions, the timelocks and now"></canvas>
                    <div class="diagrams">
                        <HtlcDiagram id="diagram-a" title="Alice's contract on chain A: pays Bob with the secret"
                            state={a.state} last={a.last_transition} refund_rule={format!("{refund_a}, to Alice")} redeem_rule="" />
                        <HtlcDiagram id="diagram-b" title="Bob's contract on chain B: pays Alice with the secret"
                            state={b.state} last={b.last_transition} refund_rule={format!("{refund_b}, to Bob")} redeem_rule={deadline_b} />
                    </div>
                    <p class="secret" id="secret">
                        <span>{ format!("Secret ({} bytes, Alice's until she redeems): ", s.secret().len()) }<code>{ if secret_public { hex(s.secret()) } else { "•".repeat(16) } }</code></span>
                        <span>{ "SHA-256 digest in both contracts: " }<code>{ hex(&s.digest()) }</code></span>
                        <span class={classes!(secret_public.then_some("ok"))}>{ if secret_public { "The secret is public: a redeem transaction carrying it has been broadcast." } else { "The secret is still private." } }</span>
                    </p>
                    <canvas ref={balances} id="balances" class="chart" role="img" aria-label="Both parties' balances on both chains over time"></canvas>
                    <div class="contracts">
                        { contract::bitcoin_script(&s) }
                        { contract::solidity_contract(&s) }
                    </div>
                    <h2>{ "What happened" }</h2>
                    <ol class="event-log" id="event-log">
                        { for s.log().iter().map(|e| html! {
                            <li><span class="t">{ hm(e.time) }</span>
                                { e.chain.map(|c| html! { <span class={format!("tag chain-{}", if c == ChainId::A { "a" } else { "b" })}>{ if c == ChainId::A { "A" } else { "B" } }</span> }).unwrap_or_default() }
                                { " " }{ &e.text }</li>
                        }) }
                    </ol>
                    <VerifyPanel params={p.clone()} />
                    <BridgeContrast btc={p.amount_a as f64 / 1e8} eth={p.amount_b as f64 / 1e9} />
                </div>
                <aside class="side">
                    <ScheduleEditor params={p.clone()} on_change={{
                        let (apply, state) = (apply.clone(), state.clone());
                        Callback::from(move |params: SwapParams| apply.emit(SwapState { params, ..(*state).clone() }))
                    }} />
                </aside>
            </div>
            <explain::Explain />
        </section>
    }
}
