//! Inspecting one validator, with a pointer or with the keyboard (Tab to
//! the picture, then the arrow keys): what the picture shows of it, in
//! words, and one line for the live region.

use crate::format::grouped;
use crate::sim::validators::{ExitReason, ValidatorSim, GWEI_PER_ETH};
use yew::prelude::*;

/// The inspected validator's state in words.
fn status(sim: &ValidatorSim, i: usize) -> String {
    let v = &sim.validators()[i];
    let epoch = u64::from(sim.epoch());
    let reason = |r: Option<ExitReason>| match r {
        Some(ExitReason::Slashed) => " (slashed)",
        Some(ExitReason::Ejected) => " (ejected: balance at 16 ETH)",
        Some(ExitReason::Unprofitable) => " (running at a loss)",
        None => "",
    };
    if !v.is_active(epoch) {
        format!("exited{}", reason(v.exit_reason))
    } else if v.is_exiting(epoch) {
        format!("in the exit queue{}", reason(v.exit_reason))
    } else if v.slashed {
        "slashed".into()
    } else if v.online {
        "attesting".into()
    } else {
        "offline".into()
    }
}

/// The operator's validators and share of the active stake.
fn operator_line(sim: &ValidatorSim, op: usize) -> String {
    let count = sim.validators().iter().filter(|v| v.operator as usize == op).count();
    let stake = sim.operator_stake().get(op).copied().unwrap_or(0);
    let share = 100.0 * stake as f64 / sim.active_balance().max(1) as f64;
    format!("{} validators, {share:.1}% of the active stake", grouped(count as f64))
}

/// One sentence on validator `i`, for the live region.
pub fn focus_line(sim: &ValidatorSim, focus: Option<u32>) -> String {
    let Some(i) = focus.map(|i| i as usize).filter(|&i| i < sim.validators().len()) else { return String::new() };
    let v = &sim.validators()[i];
    let name = &sim.operators()[v.operator as usize].name;
    let eth = v.balance as f64 / GWEI_PER_ETH as f64;
    format!("Validator {i} of {name}: {eth:.3} ETH, {}", status(sim, i))
}

/// The inspector beside the picture.
pub fn inspector(sim: &ValidatorSim, focus: Option<u32>) -> Html {
    let Some(i) = focus.map(|i| i as usize).filter(|&i| i < sim.validators().len()) else {
        return html! { <p class="inspector hint" id="vinspector">{ "Click or tap a validator, or Tab to the picture and use the arrow keys, to inspect it." }</p> };
    };
    let v = &sim.validators()[i];
    let op = v.operator as usize;
    let eth = |g: u64| g as f64 / GWEI_PER_ETH as f64;
    let proposed = sim.proposers().contains(&(i as u32));
    html! {
        <div class="inspector" id="vinspector">
            <h3>{ format!("Validator {i} · {}", sim.operators()[op].name) }</h3>
            <dl>
                <dt>{ "Balance" }</dt><dd>{ format!("{:.4} ETH (effective {} ETH)", eth(v.balance), eth(v.effective_balance)) }</dd>
                <dt>{ "Status" }</dt><dd id="vinspector-status">{ status(sim, i) }</dd>
                <dt>{ "Proposed this epoch" }</dt><dd>{ if proposed { "yes" } else { "no" } }</dd>
                <dt>{ "Its operator" }</dt><dd>{ operator_line(sim, op) }</dd>
            </dl>
        </div>
    }
}
