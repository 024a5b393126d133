//! "Verify this configuration": the exhaustive check of every interleaving,
//! its verdict, and a counterexample the user can step through.

use super::diagram::HtlcDiagram;
use crate::sim::swap::verify::{verify, VerifyReport};
use crate::i18n::num;
use crate::sim::swap::SwapParams;
use crate::ui::shell::now_ms;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerifyProps {
    pub params: SwapParams,
}

#[function_component(VerifyPanel)]
pub fn verify_panel(p: &VerifyProps) -> Html {
    let report = use_state(|| None::<(VerifyReport, f64)>);
    let busy = use_state(|| false);
    let at = use_state(|| 0usize);
    // Completed checks, exposed as data-checks for scripts that time them.
    let checks = use_mut_ref(|| 0u32);
    // A new configuration invalidates the old verdict.
    {
        let report = report.clone();
        let at = at.clone();
        use_effect_with(p.params.clone(), move |_| {
            report.set(None);
            at.set(0);
        });
    }
    let run = {
        let report = report.clone();
        let busy = busy.clone();
        let at = at.clone();
        let params = p.params.clone();
        let checks = checks.clone();
        Callback::from(move |_: MouseEvent| {
            busy.set(true);
            let (report, busy, at, params, checks) =
                (report.clone(), busy.clone(), at.clone(), params.clone(), checks.clone());
            // Let the "checking" message paint before the work starts.
            Timeout::new(30, move || {
                let t0 = now_ms();
                let r = verify(&params);
                *checks.borrow_mut() += 1;
                report.set(Some((r, now_ms() - t0)));
                at.set(0);
                busy.set(false);
            })
            .forget();
        })
    };
    // While a check runs, never show the previous verdict as if it were this one.
    let body = match &*report {
        _ if *busy => html! { <p class="status" id="verify-status">{ crate::t!("swap-verify-checking") }</p> },
        None => {
            html! { <p class="hint">{ crate::t!("swap-verify-hint") }</p> }
        }
        Some((r, ms)) => {
            let cx = r.counterexample.as_ref();
            // The checker names its properties in English; show them in the reader's language.
            let broken = cx.map(|c| r.properties.iter().position(|(name, _)| *name == c.property).map_or_else(|| c.property.clone(), property));
            html! {
                <>
                    <p class={classes!("status", if r.holds { "ok" } else { "danger" })} id="verify-status">
                        { if r.holds { crate::t!("swap-verify-holds") } else { crate::t!("swap-verify-fails") } }
                        { " " }
                        { crate::t!("swap-verify-stats", states = r.states.to_string(), transitions = r.transitions.to_string(), ms = num(*ms, 1)) }
                    </p>
                    <ul class="properties">
                        { for r.properties.iter().enumerate().map(|(i, (_, ok))| html! {
                            <li class={if *ok { "ok" } else { "danger" }}>{ if *ok { "✓ " } else { "✗ " } }{ property(i) }</li>
                        }) }
                    </ul>
                    <p class="hint">{ &r.abstraction }</p>
                    if let (Some(c), Some(broken)) = (cx, broken) {
                        { counterexample(c, &broken, *at, at.clone()) }
                    }
                </>
            }
        }
    };
    html! {
        <section class="verify" id="verify" aria-label={crate::t!("swap-verify-label")} data-checks={checks.borrow().to_string()}>
            <h2>{ crate::t!("swap-verify-label") }</h2>
            <button class="primary" id="verify-button" onclick={run} disabled={*busy}>{ crate::t!("swap-verify-button") }</button>
            { body }
        </section>
    }
}

/// The checker's properties, in its order (`sim::swap::verify::verify_within`).
fn property(i: usize) -> String {
    match i {
        0 => crate::t!("swap-property-alice"),
        1 => crate::t!("swap-property-bob"),
        _ => crate::t!("swap-property-atomic"),
    }
}

fn victim(p: crate::sim::swap::PartyId) -> String {
    match p {
        crate::sim::swap::PartyId::Initiator => crate::t!("swap-alice-initiator"),
        crate::sim::swap::PartyId::Participant => crate::t!("swap-bob-participant"),
    }
}

fn counterexample(
    c: &crate::sim::swap::verify::Counterexample,
    broken: &str,
    at: usize,
    set_at: UseStateHandle<usize>,
) -> Html {
    let n = c.steps.len();
    let at = at.min(n.saturating_sub(1));
    let Some(step) = c.steps.get(at) else { return html! {} };
    let go = |to: usize| {
        let set_at = set_at.clone();
        Callback::from(move |_: MouseEvent| set_at.set(to))
    };
    html! {
        <div class="counterexample" id="counterexample">
            <p><strong>{ crate::t!("swap-cx-broken", property = broken) }{ " " }</strong>{ crate::t!("swap-cx-loses", who = victim(c.victim)) }</p>
            <div class="stepper">
                <button id="cx-prev" onclick={go(at.saturating_sub(1))} disabled={at == 0}>{ crate::t!("swap-cx-prev") }</button>
                <span id="cx-position">{ crate::t!("swap-cx-position", at = at + 1, n = n) }</span>
                <button id="cx-next" onclick={go((at + 1).min(n - 1))} disabled={at + 1 >= n}>{ crate::t!("swap-cx-next") }</button>
            </div>
            <ol class="trace">
                { for c.steps.iter().enumerate().map(|(i, s)| html! {
                    <li class={classes!((i == at).then_some("current"))} onclick={go(i)}>
                        <span class="t">{ format!("t={}", s.time) }</span>{ " " }{ &s.text }
                    </li>
                }) }
            </ol>
            <div class="diagrams small">
                <HtlcDiagram title={crate::t!("swap-cx-alice-title")} state={step.htlc_a} last={None} refund_rule={crate::t!("swap-cx-after-timelock")} redeem_rule="" />
                <HtlcDiagram title={crate::t!("swap-cx-bob-title")} state={step.htlc_b} last={None} refund_rule={crate::t!("swap-cx-after-timelock")} redeem_rule={crate::t!("swap-cx-before-timelock")} />
            </div>
            <p>{ crate::t!("swap-cx-summary", public = if step.secret_public { crate::t!("swap-yes") } else { crate::t!("swap-no") }, alice = step.alice_gain.to_string(), bob = step.bob_gain.to_string()) }</p>
        </div>
    }
}
