//! The atomic-swap page (`#/swap`): two chains, two hash time-locked
//! contracts, every failure case, and an exhaustive check of atomicity.

mod bridge;
mod classroom;
mod contract;
mod diagram;
mod explain;
mod schedule;
mod timeline;

mod verify;

use self::bridge::BridgeContrast;
use self::diagram::HtlcDiagram;
use self::schedule::ScheduleEditor;
use self::timeline::draw_timeline;
use self::verify::VerifyPanel;
use super::chart::draw_balances;
use super::classroom::SimDock;
use super::control::use_sim_page;
use super::palette::Palette;
use super::runner::{report_drawing, use_sim_runner, visible, Clock, RunnerSpec, Stride, FRAME_BUDGET_MS};
use super::shell::{scenario_buttons, PageProps};
use crate::query::swap::SwapState;
use crate::sim::simulation::Step;
use crate::sim::swap::{hex, hm, ChainId, Outcome, Scenario, SwapSim, Timelock};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// When a contract's refund branch opens, in words (the model's `Htlc::refund_from`).
fn refund_from(h: &crate::sim::swap::Htlc) -> String {
    match h.timelock {
        Timelock::Height(l) => crate::t!("swap-from-height", height = l + 1),
        Timelock::Time(t) => crate::t!("swap-from-time", time = hm(t)),
    }
}

/// What a viewer sees change: the event log, the mempools and both
/// contracts (Step and Back go from one change to the next).
fn seen(sim: &SwapSim) -> u64 {
    visible((
        sim.log().len(),
        sim.htlc(ChainId::A).state,
        sim.htlc(ChainId::B).state,
        sim.mempool(ChainId::A).len(),
        sim.mempool(ChainId::B).len(),
    ))
}

#[function_component(SwapPage)]
pub fn swap_page(props: &PageProps) -> Html {
    let run = use_sim_runner::<SwapState>(
        &props.query,
        RunnerSpec {
            path: "/swap",
            checkpoint_every: 256,
            checkpoint_budget: 16 << 20,
            budget_ms: FRAME_BUDGET_MS,
            // The page's clock may lag the model by a block (chain A's is 10 minutes): with
            // no slack a step per frame overtook the pace, and the happy path ended in a second.
            clock: Clock::Seconds { time: SwapSim::time, slack: 3600.0 },
            stride: Stride::Event(seen),
            seek_cap: |_| Step::MAX,
            // Paced (src/ui/pacing.rs): block by block while something happens, hours a second in a quiet wait.
            rate: |st, s| {
                let speed = st.seconds_per_second().map(|r| r / (crate::query::swap::MINUTES_PER_SECOND_AT_1X * 60.0));
                let last = s.log().last().map_or(0, |e| e.time);
                super::pacing::swap_rate(speed, super::pacing::swap_quiet(s.time(), last))
            },
        },
    );
    let (state, sim, apply) = (run.state.clone(), run.sim.clone(), run.apply.clone());

    let timeline = use_node_ref();
    let balances = use_node_ref();
    // What the balance chart was last drawn from: it changes only when a wallet does.
    let balances_drawn = use_mut_ref(|| 0u64);
    {
        let (sim, timeline, balances, error) = (sim.clone(), timeline.clone(), balances.clone(), run.error.clone());
        use_effect(move || {
            let s = sim.borrow();
            let pal = Palette::current();
            if let Some(c) = timeline.cast::<HtmlCanvasElement>() {
                draw_timeline(&c, &s, &pal);
            }
            if let Some(c) = balances.cast::<HtmlCanvasElement>() {
                let end = crate::sim::swap::simulation::view_end(&s);
                let size = (c.client_width(), c.client_height(), super::canvas::presenter());
                // The chart is drawn from the points up to the horizon, the legs' amounts, the size and the theme.
                let last = s.balances().last().map(|b| (b.time, b.alice_a, b.alice_b, b.bob_a, b.bob_b));
                let amounts = (s.params().amount_a, s.params().amount_b);
                let key = visible((s.balances().len(), last, amounts, end, size, &pal.fg, &pal.bg));
                if *balances_drawn.borrow() != key {
                    *balances_drawn.borrow_mut() = key;
                    report_drawing(&error, &crate::t!("swap-balance-chart"), draw_balances(&c, &s, &pal));
                }
            }
        });
    }

    // The classroom contract (src/ui/control.rs): commands in, report out.
    let s = sim.borrow();
    use_sim_page(run.report(classroom::narration(&s)), run.on_command.clone(), run.exports(classroom::exports));
    let p = s.params();
    let scenario = state.scenario;
    let outcome = s.outcome();
    let a = s.htlc(ChainId::A);
    let b = s.htlc(ChainId::B);
    // Bitcoin mines a CLTV spend only above its locktime (IsFinalTx), so
    // the model's `refund_from` says where the refund branch really opens.
    let refund_a = refund_from(a);
    let refund_b = refund_from(b);
    let deadline_b = match b.timelock {
        Timelock::Time(t) | Timelock::Height(t) => crate::t!("swap-redeem-before", time = hm(t)),
    };
    // A redeem carries the secret: it is public once broadcast (mempools are
    // public), whether or not it was mined or later reverted.
    let carries_secret = |tx: &crate::sim::swap::Tx| matches!(tx.kind, crate::sim::swap::TxKind::Redeem { .. });
    let secret_public = [ChainId::A, ChainId::B].iter().any(|&c| {
        s.mempool(c).iter().any(carries_secret) || s.chain(c).iter().any(|blk| blk.txs.iter().any(carries_secret))
    });
    let modified = state.params != SwapState::for_scenario(scenario, state.seed).params;
    let outcome_class = match outcome {
        Outcome::Swapped | Outcome::BothRefunded | Outcome::NothingLocked => "ok",
        Outcome::InitiatorLost | Outcome::ParticipantLost => "danger",
        Outcome::Pending => "",
    };
    let pick_scenario = {
        let (apply, seed, speed) = (apply.clone(), state.seed, state.speed);
        Callback::from(move |sc: Scenario| apply.emit(SwapState { speed, ..SwapState::for_scenario(sc, seed) }))
    };
    html! {
        <section class="sim swap" data-moment={(outcome != Outcome::Pending).to_string()} data-steps={s.steps().to_string()} data-fingerprint={format!("{:016x}", s.fingerprint())}
            data-outcome={format!("{outcome:?}")}>
            { run.head(crate::t!("swap-title"), crate::t!("swap-subtitle"), Html::default()) }
            { scenario_buttons(crate::t!("swap-scenarios-label"), &Scenario::ALL, scenario, Scenario::name, Scenario::title, &pick_scenario) }
            if modified {
                <p class="scenario-desc" id="scenario-modified">{ crate::t!("swap-scenario-modified", scenario = scenario.title()) }</p>
            } else {
                <p class="scenario-desc">{ scenario.description() }{ format!(" {} ", crate::t!("swap-expected-outcome")) }<strong>{ scenario.expected().describe() }</strong></p>
            }
            { run.time_controls("event") }
            <SimDock />
            <p class={classes!("status", outcome_class)} id="outcome">
                { crate::t!("swap-status", outcome = outcome.describe(), blocks = s.steps().to_string(), time = hm(s.time())) }
            </p>
            <div class="sim-body">
                <div class="stage">
                    <canvas ref={timeline} id="timeline" class="timeline" role="img"
                        aria-label={crate::t!("swap-timeline-label")}></canvas>
                    <div class="diagrams">
                        <HtlcDiagram id="diagram-a" title={crate::t!("swap-diagram-a-title")}
                            state={a.state} last={a.last_transition} refund_rule={crate::t!("swap-refund-to-alice", from = refund_a)} redeem_rule="" />
                        <HtlcDiagram id="diagram-b" title={crate::t!("swap-diagram-b-title")}
                            state={b.state} last={b.last_transition} refund_rule={crate::t!("swap-refund-to-bob", from = refund_b)} redeem_rule={deadline_b} />
                    </div>
                    <p class="secret" id="secret">
                        <span>{ crate::t!("swap-secret-label", bytes = s.secret().len()) }{ " " }<code>{ if secret_public { hex(s.secret()) } else { "•".repeat(16) } }</code></span>
                        <span>{ crate::t!("swap-digest-label") }{ " " }<code>{ hex(&s.digest()) }</code></span>
                        <span class={classes!(secret_public.then_some("ok"))}>{ if secret_public { crate::t!("swap-secret-public") } else { crate::t!("swap-secret-private") } }</span>
                    </p>
                    <canvas ref={balances} id="balances" class="chart" role="img" aria-label={crate::t!("swap-balances-label")}></canvas>
                    <div class="contracts">
                        { contract::bitcoin_script(&s) }
                        { contract::solidity_contract(&s) }
                    </div>
                    <h2>{ crate::t!("swap-what-happened") }</h2>
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
                    <ScheduleEditor params={p.clone()} on_change={run.on_params()} />
                </aside>
            </div>
            <explain::Explain />
        </section>
    }
}
