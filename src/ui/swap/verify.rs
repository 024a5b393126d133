//! "Verify this configuration": the exhaustive check of every interleaving,
//! its verdict, and a counterexample the user can step through.

use super::diagram::HtlcDiagram;
use crate::sim::swap::verify::{verify, VerifyReport};
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
            let (report, busy, at, params, checks) = (report.clone(), busy.clone(), at.clone(), params.clone(), checks.clone());
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
        _ if *busy => html! { <p class="status" id="verify-status">{ "Checking every interleaving…" }</p> },
        None => html! { <p class="hint">{ "Explores every order of both parties' actions and both chains' blocks for this configuration (with time scaled down), and reports whether the swap is atomic, or a run where it is not." }</p> },
        Some((r, ms)) => {
            let cx = r.counterexample.as_ref();
            html! {
                <>
                    <p class={classes!("status", if r.holds { "ok" } else { "danger" })} id="verify-status">
                        { if r.holds { "✓ Atomicity holds" } else { "✗ Counterexample found" } }
                        { format!(" · {} states, {} transitions, {:.1} ms", r.states, r.transitions, ms) }
                    </p>
                    <ul class="properties">
                        { for r.properties.iter().map(|(name, ok)| html! {
                            <li class={if *ok { "ok" } else { "danger" }}>{ if *ok { "✓ " } else { "✗ " } }{ name }</li>
                        }) }
                    </ul>
                    <p class="hint">{ &r.abstraction }</p>
                    if let Some(c) = cx {
                        { counterexample(c, *at, at.clone()) }
                    }
                </>
            }
        }
    };
    html! {
        <section class="verify" id="verify" aria-label="Verify this configuration" data-checks={checks.borrow().to_string()}>
            <h2>{ "Verify this configuration" }</h2>
            <button class="primary" id="verify-button" onclick={run} disabled={*busy}>{ "Verify" }</button>
            { body }
        </section>
    }
}

fn counterexample(c: &crate::sim::swap::verify::Counterexample, at: usize, set_at: UseStateHandle<usize>) -> Html {
    let n = c.steps.len();
    let at = at.min(n.saturating_sub(1));
    let Some(step) = c.steps.get(at) else { return html! {} };
    let go = |to: usize| {
        let set_at = set_at.clone();
        Callback::from(move |_: MouseEvent| set_at.set(to))
    };
    html! {
        <div class="counterexample" id="counterexample">
            <p><strong>{ format!("Property broken: {}. ", c.property) }</strong>{ format!("{} loses. Step through the run:", c.victim.name()) }</p>
            <div class="stepper">
                <button id="cx-prev" onclick={go(at.saturating_sub(1))} disabled={at == 0}>{ "◀ Previous" }</button>
                <span id="cx-position">{ format!("step {} of {n}", at + 1) }</span>
                <button id="cx-next" onclick={go((at + 1).min(n - 1))} disabled={at + 1 >= n}>{ "Next ▶" }</button>
            </div>
            <ol class="trace">
                { for c.steps.iter().enumerate().map(|(i, s)| html! {
                    <li class={classes!((i == at).then_some("current"))} onclick={go(i)}>
                        <span class="t">{ format!("t={}", s.time) }</span>{ " " }{ &s.text }
                    </li>
                }) }
            </ol>
            <div class="diagrams small">
                <HtlcDiagram title="Alice's contract (chain A) at this step" state={step.htlc_a} last={None} refund_rule="after its timelock" redeem_rule="" />
                <HtlcDiagram title="Bob's contract (chain B) at this step" state={step.htlc_b} last={None} refund_rule="after its timelock" redeem_rule="before its timelock" />
            </div>
            <p>{ format!("Secret public: {} · Alice's net gain {} · Bob's net gain {}", if step.secret_public { "yes" } else { "no" }, step.alice_gain, step.bob_gain) }</p>
        </div>
    }
}
