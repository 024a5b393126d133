//! Every parameter of the swap and both parties' schedules, editable.

use crate::sim::swap::{ChainId, Congestion, PartyPlan, SwapParams};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    pub params: SwapParams,
    pub on_change: Callback<SwapParams>,
}

/// The longest time a field takes: 14 days, in seconds.
const MAX_SECONDS: f64 = 14.0 * 24.0 * 3600.0;

/// Seconds in units of `unit` seconds: whole, or to `decimals` places.
fn in_unit(s: u64, unit: f64, decimals: usize) -> String {
    let v = s as f64 / unit;
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round())
    } else {
        format!("{v:.decimals$}")
    }
}

fn h(s: u64) -> String {
    in_unit(s, 3600.0, 2)
}

fn minutes(s: u64) -> String {
    in_unit(s, 60.0, 1)
}

/// A number of `unit`-second units, at most [`MAX_SECONDS`], in seconds.
fn parse_in(v: &str, unit: f64) -> Option<u64> {
    let x: f64 = v.trim().parse().ok()?;
    (x.is_finite() && (0.0..=MAX_SECONDS / unit).contains(&x)).then(|| (x * unit).round() as u64)
}

fn parse_minutes(v: &str) -> Option<u64> {
    parse_in(v, 60.0)
}

fn parse_hours(v: &str) -> Option<u64> {
    parse_in(v, 3600.0)
}

/// A change to the parameters from a field's text (an error names what is wrong).
type Edit = Rc<dyn Fn(&mut SwapParams, &str) -> Result<(), String>>;
/// A change to one party's plan from its field's text.
type PlanEdit = fn(&mut PartyPlan, &str) -> Result<(), String>;

fn set_lock(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.lock = v == "true";
    Ok(())
}

fn set_redeem(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.redeem = v == "true";
    Ok(())
}

fn set_refund(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.refund = v == "true";
    Ok(())
}

fn set_delay(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.reaction_delay = parse_minutes(v).ok_or_else(|| crate::t!("swap-err-reaction"))?;
    Ok(())
}

fn set_offline(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.offline = window(v)?;
    Ok(())
}

/// Empty: no wait for the initiator's own refund.
fn set_redeem_at(p: &mut PartyPlan, v: &str) -> Result<(), String> {
    p.redeem_at = if v.trim().is_empty() { None } else { Some(parse_hours(v).ok_or_else(|| crate::t!("swap-err-redeem-at"))?) };
    Ok(())
}

#[function_component(ScheduleEditor)]
pub fn schedule_editor(p: &ScheduleProps) -> Html {
    let error = use_state(|| None::<String>);
    // A field's change: `f` applies its text to the parameters, which must stay valid.
    let commit = |f: Edit| {
        let params = p.params.clone();
        let on_change = p.on_change.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let target = e.target_unchecked_into::<HtmlInputElement>();
            let value = if target.type_() == "checkbox" { target.checked().to_string() } else { target.value() };
            let mut next = params.clone();
            match f(&mut next, &value).and_then(|()| next.validate().map_err(|e| e.message)) {
                Ok(()) => {
                    error.set(None);
                    on_change.emit(next);
                }
                Err(msg) => error.set(Some(msg)),
            }
        })
    };
    let edit = |f: fn(&mut SwapParams, &str) -> Result<(), String>| commit(Rc::new(f));
    // A party's field: the initiator's or the participant's plan.
    let edit_plan = |initiator: bool, f: PlanEdit| {
        commit(Rc::new(move |p: &mut SwapParams, v: &str| {
            f(if initiator { &mut p.initiator } else { &mut p.participant }, v)
        }))
    };
    let num = |label: &str, id: &str, value: String, step: &str, onchange: Callback<Event>| {
        html! {
            <label class="field"><span>{ label.to_string() }</span>
                <input id={id.to_string()} type="number" min="0" step={step.to_string()} value={value} {onchange} /></label>
        }
    };
    let check = |label: &str, id: &str, value: bool, onchange: Callback<Event>| {
        html! {
            <label class="check"><input id={id.to_string()} type="checkbox" checked={value} {onchange} />{ label.to_string() }</label>
        }
    };
    let window_text = |w: Option<(u64, u64)>| w.map(|(a, b)| format!("{}-{}", h(a), h(b))).unwrap_or_default();
    let pa = &p.params;
    let on_cong_chain = {
        let params = p.params.clone();
        let on_change = p.on_change.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = params.clone();
            if let Some(c) = next.congestion.as_mut() {
                c.chain = if v == "B" { ChainId::B } else { ChainId::A };
            }
            on_change.emit(next);
        })
    };
    let party = |who: &str, prefix: &str, plan: &PartyPlan, is_initiator: bool| {
        html! {
            <fieldset>
                <legend>{ who.to_string() }</legend>
                <div class="checks">
                    { check(&crate::t!("swap-locks"), &format!("{prefix}-lock"), plan.lock, edit_plan(is_initiator, set_lock)) }
                    { check(&crate::t!("swap-redeems"), &format!("{prefix}-redeem"), plan.redeem, edit_plan(is_initiator, set_redeem)) }
                    { check(&crate::t!("swap-refunds"), &format!("{prefix}-refund"), plan.refund, edit_plan(is_initiator, set_refund)) }
                </div>
                { num(&crate::t!("swap-reaction-delay"), &format!("{prefix}-delay"), minutes(plan.reaction_delay), "1", edit_plan(is_initiator, set_delay)) }
                <label class="field"><span>{ crate::t!("swap-offline") }</span>
                    <input id={format!("{prefix}-offline")} type="text" placeholder={crate::t!("swap-offline-placeholder")} value={window_text(plan.offline)} onchange={edit_plan(is_initiator, set_offline)} /></label>
                if is_initiator {
                    <label class="field"><span>{ crate::t!("swap-redeem-at") }</span>
                        <input id={format!("{prefix}-redeem-at")} type="text" placeholder={crate::t!("swap-redeem-at-placeholder")} value={plan.redeem_at.map(h).unwrap_or_default()} onchange={edit_plan(is_initiator, set_redeem_at)} /></label>
                }
            </fieldset>
        }
    };
    html! {
        <form class="params schedule" id="schedule" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ crate::t!("swap-timelocks") }</legend>
                { num(&crate::t!("swap-timelock-alice"), "tai", h(pa.initiator_timelock), "0.5", edit(|p, v| { p.initiator_timelock = parse_hours(v).filter(|&s| s > 0).ok_or_else(|| crate::t!("swap-err-timelock-alice"))?; *p = p.clone().with_default_horizon(); Ok(()) })) }
                { num(&crate::t!("swap-timelock-bob"), "tpa", h(pa.participant_timelock), "0.5", edit(|p, v| { p.participant_timelock = parse_hours(v).filter(|&s| s > 0).ok_or_else(|| crate::t!("swap-err-timelock-bob"))?; *p = p.clone().with_default_horizon(); Ok(()) })) }
                if !pa.timelocks_ordered() {
                    <p class="field-error" id="timelock-warning">{ crate::t!("swap-timelock-warning") }</p>
                }
            </fieldset>
            <fieldset>
                <legend>{ crate::t!("swap-secret") }</legend>
                { num(&crate::t!("swap-secret-length"), "slen", pa.secret_len.to_string(), "1", edit(|p, v| { p.secret_len = v.trim().parse().map_err(|_| crate::t!("swap-err-secret-length"))?; Ok(()) })) }
                { check(&crate::t!("swap-checks-length"), "bcheck", pa.contract_b_checks_length, edit(|p, v| { p.contract_b_checks_length = v == "true"; Ok(()) })) }
            </fieldset>
            { party(&crate::t!("swap-alice-initiator"), "i", &pa.initiator, true) }
            { party(&crate::t!("swap-bob-participant"), "p", &pa.participant, false) }
            <fieldset>
                <legend>{ crate::t!("swap-chains") }</legend>
                { num(&crate::t!("swap-a-block-time"), "abt", pa.chain_a.block_time.to_string(), "1", edit(|p, v| { p.chain_a.block_time = v.trim().parse().ok().filter(|&x| x > 0).ok_or_else(|| crate::t!("swap-err-block-time"))?; Ok(()) })) }
                { check(&crate::t!("swap-a-jitter"), "ajit", pa.chain_a.jitter, edit(|p, v| { p.chain_a.jitter = v == "true"; Ok(()) })) }
                { num(&crate::t!("swap-a-mempool"), "amem", pa.chain_a.mempool_delay.to_string(), "1", edit(|p, v| { p.chain_a.mempool_delay = v.trim().parse().map_err(|_| crate::t!("swap-err-mempool"))?; Ok(()) })) }
                { num(&crate::t!("swap-b-block-time"), "bbt", pa.chain_b.block_time.to_string(), "1", edit(|p, v| { p.chain_b.block_time = v.trim().parse().ok().filter(|&x| x > 0).ok_or_else(|| crate::t!("swap-err-block-time"))?; Ok(()) })) }
                { num(&crate::t!("swap-b-mempool"), "bmem", pa.chain_b.mempool_delay.to_string(), "1", edit(|p, v| { p.chain_b.mempool_delay = v.trim().parse().map_err(|_| crate::t!("swap-err-mempool"))?; Ok(()) })) }
                <label class="field"><span>{ crate::t!("swap-congestion") }</span>
                    <input id="cong" type="text" placeholder={crate::t!("swap-congestion-placeholder")} value={window_text(pa.congestion.as_ref().map(|c| (c.from, c.until)))}
                        onchange={edit(|p, v| {
                            let chain = p.congestion.as_ref().map(|c| c.chain).unwrap_or(ChainId::A);
                            p.congestion = window(v)?.map(|(from, until)| Congestion { chain, from, until });
                            Ok(())
                        })} /></label>
                if pa.congestion.is_some() {
                    <label class="field"><span>{ crate::t!("swap-congested-chain") }</span>
                        <select id="cchain" onchange={on_cong_chain}>
                            <option value="A" selected={pa.congestion.as_ref().is_some_and(|c| c.chain == ChainId::A)}>{ crate::t!("swap-chain-a-option") }</option>
                            <option value="B" selected={pa.congestion.as_ref().is_some_and(|c| c.chain == ChainId::B)}>{ crate::t!("swap-chain-b-option") }</option>
                        </select></label>
                }
            </fieldset>
            if let Some(msg) = &*error {
                <p class="field-error" id="schedule-error" role="alert">{ msg }{ " " }{ crate::t!("swap-keeps-settings") }</p>
            }
        </form>
    }
}

/// "from-until" in hours; empty means none.
fn window(v: &str) -> Result<Option<(u64, u64)>, String> {
    let v = v.trim();
    if v.is_empty() || v == "none" {
        return Ok(None);
    }
    let (a, b) = v.split_once('-').ok_or_else(|| crate::t!("swap-err-window"))?;
    match (parse_hours(a), parse_hours(b)) {
        (Some(a), Some(b)) if a < b => Ok(Some((a, b))),
        _ => Err(crate::t!("swap-err-window-order")),
    }
}
