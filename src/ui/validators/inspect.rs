//! Inspecting one validator, with a pointer or with the keyboard (Tab to
//! the picture, then the arrow keys): what the picture shows of it, in
//! words, and one line for the live region.

use crate::i18n::num;
use crate::sim::validators::{ExitReason, ValidatorSim, GWEI_PER_ETH};
use yew::prelude::*;

/// The inspected validator's state in words.
fn status(sim: &ValidatorSim, i: usize) -> String {
    let v = &sim.validators()[i];
    let epoch = u64::from(sim.epoch());
    let reason = |r: Option<ExitReason>| match r {
        Some(ExitReason::Slashed) => crate::t!("validators-reason-slashed"),
        Some(ExitReason::Ejected) => crate::t!("validators-reason-ejected"),
        Some(ExitReason::Unprofitable) => crate::t!("validators-reason-unprofitable"),
        None => String::new(),
    };
    if !v.is_active(epoch) {
        crate::t!("validators-state-exited", reason = reason(v.exit_reason))
    } else if v.is_exiting(epoch) {
        crate::t!("validators-state-exiting", reason = reason(v.exit_reason))
    } else if v.slashed {
        crate::t!("validators-key-slashed")
    } else if v.online {
        crate::t!("validators-state-attesting")
    } else {
        crate::t!("validators-key-offline")
    }
}

/// The operator's validators and share of the active stake.
fn operator_line(sim: &ValidatorSim, op: usize) -> String {
    let count = sim.validators().iter().filter(|v| v.operator as usize == op).count();
    let stake = sim.operator_stake().get(op).copied().unwrap_or(0);
    let share = 100.0 * stake as f64 / sim.active_balance().max(1) as f64;
    crate::t!("validators-operator-line", count = count, share = num(share, 1))
}

/// One sentence on validator `i`, for the live region.
pub fn focus_line(sim: &ValidatorSim, focus: Option<u32>) -> String {
    let Some(i) = focus.map(|i| i as usize).filter(|&i| i < sim.validators().len()) else { return String::new() };
    let v = &sim.validators()[i];
    let name = crate::charts::validators::operator_name(&sim.operators()[v.operator as usize].name);
    let eth = v.balance as f64 / GWEI_PER_ETH as f64;
    crate::t!("validators-focus-line", i = i.to_string(), name = name, eth = num(eth, 3), status = status(sim, i))
}

/// An effective balance as Rust shows the `f64` (whole ETH: "32", "31"), in the language's digits.
fn effective(v: f64) -> crate::i18n::Arg {
    let digits = v.to_string().split_once('.').map_or(0, |(_, d)| d.len());
    num(v, u8::try_from(digits).unwrap_or(u8::MAX))
}

/// The inspector beside the picture.
pub fn inspector(sim: &ValidatorSim, focus: Option<u32>) -> Html {
    let Some(i) = focus.map(|i| i as usize).filter(|&i| i < sim.validators().len()) else {
        return html! { <p class="inspector hint" id="vinspector">{ crate::t!("validators-inspect-hint") }</p> };
    };
    let v = &sim.validators()[i];
    let op = v.operator as usize;
    let eth = |g: u64| g as f64 / GWEI_PER_ETH as f64;
    let proposed = sim.proposers().contains(&(i as u32));
    html! {
        <div class="inspector" id="vinspector">
            <h3>{ crate::t!("validators-inspect-title", i = i.to_string(), name = crate::charts::validators::operator_name(&sim.operators()[op].name)) }</h3>
            <dl>
                <dt>{ crate::t!("validators-balance") }</dt><dd>{ crate::t!("validators-balance-value", eth = num(eth(v.balance), 4), effective = effective(eth(v.effective_balance))) }</dd>
                <dt>{ crate::t!("validators-inspect-status") }</dt><dd id="vinspector-status">{ status(sim, i) }</dd>
                <dt>{ crate::t!("validators-proposed") }</dt><dd>{ if proposed { crate::t!("validators-yes") } else { crate::t!("validators-no") } }</dd>
                <dt>{ crate::t!("validators-its-operator") }</dt><dd>{ operator_line(sim, op) }</dd>
            </dl>
        </div>
    }
}
