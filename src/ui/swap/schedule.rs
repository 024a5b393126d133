//! Every parameter of the swap and both parties' schedules, editable.

use crate::sim::swap::{ChainId, Congestion, PartyPlan, SwapParams};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    pub params: SwapParams,
    pub on_change: Callback<SwapParams>,
}

fn h(s: u64) -> String {
    let v = s as f64 / 3600.0;
    if (v - v.round()).abs() < 1e-9 { format!("{}", v.round()) } else { format!("{v:.2}") }
}

fn minutes(s: u64) -> String {
    let v = s as f64 / 60.0;
    if (v - v.round()).abs() < 1e-9 { format!("{}", v.round()) } else { format!("{v:.1}") }
}

fn parse_minutes(v: &str) -> Option<u64> {
    let x: f64 = v.trim().parse().ok()?;
    (x.is_finite() && (0.0..=14.0 * 24.0 * 60.0).contains(&x)).then(|| (x * 60.0).round() as u64)
}

fn parse_hours(v: &str) -> Option<u64> {
    let x: f64 = v.trim().parse().ok()?;
    (x.is_finite() && (0.0..=14.0 * 24.0).contains(&x)).then(|| (x * 3600.0).round() as u64)
}

#[function_component(ScheduleEditor)]
pub fn schedule_editor(p: &ScheduleProps) -> Html {
    let error = use_state(|| None::<String>);
    let edit = |f: fn(&mut SwapParams, &str) -> Result<(), String>| {
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
    let num = |label: &str, id: &str, value: String, step: &str, f: fn(&mut SwapParams, &str) -> Result<(), String>| {
        html! {
            <label class="field"><span>{ label.to_string() }</span>
                <input id={id.to_string()} type="number" min="0" step={step.to_string()} value={value} onchange={edit(f)} /></label>
        }
    };
    let check = |label: &str, id: &str, value: bool, f: fn(&mut SwapParams, &str) -> Result<(), String>| {
        html! {
            <label class="check"><input id={id.to_string()} type="checkbox" checked={value} onchange={edit(f)} />{ label.to_string() }</label>
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
        type F = fn(&mut SwapParams, &str) -> Result<(), String>;
        fn get(p: &mut SwapParams, init: bool) -> &mut PartyPlan {
            if init { &mut p.initiator } else { &mut p.participant }
        }
        let (lock, redeem, refund, delay, off, at): (F, F, F, F, F, F) = if is_initiator {
            (
                |p, v| { get(p, true).lock = v == "true"; Ok(()) },
                |p, v| { get(p, true).redeem = v == "true"; Ok(()) },
                |p, v| { get(p, true).refund = v == "true"; Ok(()) },
                |p, v| { get(p, true).reaction_delay = parse_minutes(v).ok_or("reaction delay: minutes from 0 to 20160")?; Ok(()) },
                |p, v| { get(p, true).offline = window(v)?; Ok(()) },
                |p, v| { get(p, true).redeem_at = if v.trim().is_empty() { None } else { Some(parse_hours(v).ok_or("redeem no earlier than: hours")?) }; Ok(()) },
            )
        } else {
            (
                |p, v| { get(p, false).lock = v == "true"; Ok(()) },
                |p, v| { get(p, false).redeem = v == "true"; Ok(()) },
                |p, v| { get(p, false).refund = v == "true"; Ok(()) },
                |p, v| { get(p, false).reaction_delay = parse_minutes(v).ok_or("reaction delay: minutes from 0 to 20160")?; Ok(()) },
                |p, v| { get(p, false).offline = window(v)?; Ok(()) },
                |p, v| { get(p, false).redeem_at = if v.trim().is_empty() { None } else { Some(parse_hours(v).ok_or("redeem no earlier than: hours")?) }; Ok(()) },
            )
        };
        html! {
            <fieldset>
                <legend>{ who.to_string() }</legend>
                <div class="checks">
                    { check("locks", &format!("{prefix}-lock"), plan.lock, lock) }
                    { check("redeems", &format!("{prefix}-redeem"), plan.redeem, redeem) }
                    { check("refunds", &format!("{prefix}-refund"), plan.refund, refund) }
                </div>
                { num("Reaction delay (minutes)", &format!("{prefix}-delay"), minutes(plan.reaction_delay), "1", delay) }
                <label class="field"><span>{ "Offline (hours, from-until)" }</span>
                    <input id={format!("{prefix}-offline")} type="text" placeholder="e.g. 2-50" value={window_text(plan.offline)} onchange={edit(off)} /></label>
                if is_initiator {
                    <label class="field"><span>{ "Redeem no earlier than (hours)" }</span>
                        <input id={format!("{prefix}-redeem-at")} type="text" placeholder="as soon as possible" value={plan.redeem_at.map(h).unwrap_or_default()} onchange={edit(at)} /></label>
                }
            </fieldset>
        }
    };
    html! {
        <form class="params schedule" id="schedule" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ "Timelocks" }</legend>
                { num("Alice's, on chain A (hours)", "tai", h(pa.initiator_timelock), "0.5", |p, v| { p.initiator_timelock = parse_hours(v).filter(|&s| s > 0).ok_or("Alice's timelock: hours, above 0")?; *p = p.clone().with_default_horizon(); Ok(()) }) }
                { num("Bob's, on chain B (hours)", "tpa", h(pa.participant_timelock), "0.5", |p, v| { p.participant_timelock = parse_hours(v).filter(|&s| s > 0).ok_or("Bob's timelock: hours, above 0")?; *p = p.clone().with_default_horizon(); Ok(()) }) }
                if !pa.timelocks_ordered() {
                    <p class="field-error" id="timelock-warning">{ "Bob's timelock is not shorter than Alice's: Alice can redeem late and refund too, and Bob can lose." }</p>
                }
            </fieldset>
            <fieldset>
                <legend>{ "Secret" }</legend>
                { num("Length (bytes)", "slen", pa.secret_len.to_string(), "1", |p, v| { p.secret_len = v.trim().parse().map_err(|_| "secret length: a whole number")?; Ok(()) }) }
                { check("Bob's contract checks the length", "bcheck", pa.contract_b_checks_length, |p, v| { p.contract_b_checks_length = v == "true"; Ok(()) }) }
            </fieldset>
            { party("Alice (initiator)", "i", &pa.initiator, true) }
            { party("Bob (participant)", "p", &pa.participant, false) }
            <fieldset>
                <legend>{ "Chains" }</legend>
                { num("A: block time (s)", "abt", pa.chain_a.block_time.to_string(), "1", |p, v| { p.chain_a.block_time = v.trim().parse().ok().filter(|&x| x > 0).ok_or("block time: whole seconds, above 0")?; Ok(()) }) }
                { check("A: random block intervals", "ajit", pa.chain_a.jitter, |p, v| { p.chain_a.jitter = v == "true"; Ok(()) }) }
                { num("A: mempool delay (s)", "amem", pa.chain_a.mempool_delay.to_string(), "1", |p, v| { p.chain_a.mempool_delay = v.trim().parse().map_err(|_| "mempool delay: whole seconds")?; Ok(()) }) }
                { num("B: block time (s)", "bbt", pa.chain_b.block_time.to_string(), "1", |p, v| { p.chain_b.block_time = v.trim().parse().ok().filter(|&x| x > 0).ok_or("block time: whole seconds, above 0")?; Ok(()) }) }
                { num("B: mempool delay (s)", "bmem", pa.chain_b.mempool_delay.to_string(), "1", |p, v| { p.chain_b.mempool_delay = v.trim().parse().map_err(|_| "mempool delay: whole seconds")?; Ok(()) }) }
                <label class="field"><span>{ "Congestion (hours, from-until)" }</span>
                    <input id="cong" type="text" placeholder="none" value={window_text(pa.congestion.as_ref().map(|c| (c.from, c.until)))}
                        onchange={edit(|p, v| {
                            let chain = p.congestion.as_ref().map(|c| c.chain).unwrap_or(ChainId::A);
                            p.congestion = window(v)?.map(|(from, until)| Congestion { chain, from, until });
                            Ok(())
                        })} /></label>
                if pa.congestion.is_some() {
                    <label class="field"><span>{ "Congested chain" }</span>
                        <select id="cchain" onchange={on_cong_chain}>
                            <option value="A" selected={pa.congestion.as_ref().is_some_and(|c| c.chain == ChainId::A)}>{ "A (Bitcoin-like)" }</option>
                            <option value="B" selected={pa.congestion.as_ref().is_some_and(|c| c.chain == ChainId::B)}>{ "B (Ethereum-like)" }</option>
                        </select></label>
                }
            </fieldset>
            if let Some(msg) = &*error {
                <p class="field-error" id="schedule-error" role="alert">{ msg }{ " The run keeps its last valid settings." }</p>
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
    let (a, b) = v.split_once('-').ok_or("a window is FROM-UNTIL in hours, e.g. 2-50")?;
    match (parse_hours(a), parse_hours(b)) {
        (Some(a), Some(b)) if a < b => Ok(Some((a, b))),
        _ => Err("a window is FROM-UNTIL in hours with FROM < UNTIL, e.g. 2-50".into()),
    }
}
