//! Every model parameter, live: number inputs grouped as in [`Group`],
//! bounds from [`PARAMS`]; a value that breaks a rule is shown and not applied.

use crate::sim::stablecoin::{Group, StablecoinParams, PARAMS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A value as the field shows it: at most 6 significant digits.
fn shown(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return v.to_string();
    }
    let digits = 6 - (v.abs().log10().floor() as i32 + 1);
    let r = if digits > 0 {
        let m = 10f64.powi(digits);
        (v * m).round() / m
    } else {
        v.round()
    };
    r.to_string()
}

#[derive(Properties, PartialEq)]
pub struct ParamsPanelProps {
    pub params: StablecoinParams,
    pub on_change: Callback<StablecoinParams>,
}

#[function_component(ParamsPanel)]
pub fn params_panel(p: &ParamsPanelProps) -> Html {
    let error = use_state(|| None::<(String, String)>);
    html! {
        <div class="params" id="params">
            <h2>{ crate::t!("stablecoin-params-title") }</h2>
            <p class="hint">{ crate::t!("stablecoin-params-hint") }</p>
            { for Group::ALL.iter().map(|&g| html! {
                <details open={g == Group::Market || g == Group::Events || g == Group::Reserve}>
                    <summary>{ g.title() }</summary>
                    { for PARAMS.iter().filter(|s| s.group == g).map(|s| {
                        let value = (s.get)(&p.params);
                        let on_change = {
                            let cb = p.on_change.clone();
                            let params = p.params.clone();
                            let error = error.clone();
                            let (key, set, min, max, label, never) = (s.key, s.set, s.min, s.max, s.title(), s.never_below_zero);
                            Callback::from(move |e: Event| {
                                let input = e.target_unchecked_into::<HtmlInputElement>();
                                let raw = input.value();
                                let v = match raw.trim().parse::<f64>() {
                                    Ok(v) if v.is_finite() => v,
                                    _ => {
                                        error.set(Some((key.to_string(), crate::t!("stablecoin-param-not-number", label = &label, raw = format!("{raw:?}")))));
                                        return;
                                    }
                                };
                                let v = if never && v < 0.0 { -1.0 } else { v };
                                if !(never && v < 0.0) && (v < min || v > max) {
                                    error.set(Some((key.to_string(), crate::t!("stablecoin-param-range", label = &label, min = min.to_string(), max = max.to_string()))));
                                    return;
                                }
                                let mut next = params.clone();
                                set(&mut next, v);
                                match next.validate() {
                                    Ok(()) => {
                                        error.set(None);
                                        cb.emit(next);
                                    }
                                    Err(e) => error.set(Some((key.to_string(), e.message))),
                                }
                            })
                        };
                        let invalid = error.as_ref().is_some_and(|(k, _)| k == s.key);
                        html! {
                            <label class="param" for={format!("p-{}", s.key)}>
                                <span class="param-label">{ s.title() }
                                    if !s.unit.is_empty() { <span class="unit">{ " " }{ crate::t!("stablecoin-param-unit", unit = s.unit_text()) }</span> }
                                </span>
                                <input id={format!("p-{}", s.key)} type="number" min={if s.never_below_zero { "-1".to_string() } else { s.min.to_string() }}
                                    max={s.max.to_string()} step="any" value={shown(value)} onchange={on_change}
                                    aria-invalid={invalid.to_string()} data-key={s.key} />
                            </label>
                        }
                    }) }
                </details>
            }) }
            if let Some((_, msg)) = &*error {
                <p class="field-error" role="alert" id="param-error">{ msg }</p>
            }
        </div>
    }
}
