//! The validators page's side panel: the validator set, the rules and the price path.

use crate::query::validators::PRICE_NAMES;
use crate::sim::validators::simulation::distribution_label;
use crate::sim::validators::params::{MAX_EPOCHS, MAX_OPERATORS, MAX_VALIDATORS};
use crate::sim::validators::{Distribution, Fork, Outage, OutageKind, PriceSource, ValidatorParams};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub params: ValidatorParams,
    pub on_change: Callback<ValidatorParams>,
}

fn price_label(name: &str) -> String {
    match name {
        "stable" => crate::t!("validators-price-stable"),
        "decline" => crate::t!("validators-price-decline"),
        "collapse" => crate::t!("validators-price-collapse"),
        _ => crate::t!("validators-price-luna"),
    }
}


#[function_component(Settings)]
pub fn settings(p: &SettingsProps) -> Html {
    let error = use_state(|| None::<String>);
    // Emits the edited parameters if they keep the model's rules, else says why.
    let emit = {
        let (cb, error) = (p.on_change.clone(), error.clone());
        move |next: ValidatorParams| match next.validate() {
            Ok(()) => {
                error.set(None);
                cb.emit(next);
            }
            Err(e) => error.set(Some(e.message)),
        }
    };
    let number = |id: &'static str,
                  label: String,
                  value: String,
                  min: String,
                  max: String,
                  step: &'static str,
                  set: fn(&mut ValidatorParams, f64)| {
        let (params, emit, error) = (p.params.clone(), emit.clone(), error.clone());
        let onchange = Callback::from(move |e: Event| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            match raw.trim().parse::<f64>() {
                Ok(v) if v.is_finite() => {
                    let mut next = params.clone();
                    // Whether edited parameters are valid is the model's call.
                    set(&mut next, v);
                    // Changing the set clears the what-ifs made for the old one.
                    next.whatifs.clear();
                    emit(next);
                }
                _ => error.set(Some(crate::t!("validators-not-a-number", raw = format!("{raw:?}")))),
            }
        });
        html! {
            <label class="field" for={id}><span>{ label }</span>
                <input id={id} type="number" value={value} min={min} max={max} step={step} {onchange} />
            </label>
        }
    };
    let select = |id: &'static str,
                  label: String,
                  options: Vec<(String, String)>,
                  current: String,
                  set: fn(&mut ValidatorParams, &str)| {
        let (params, emit) = (p.params.clone(), emit.clone());
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = params.clone();
            set(&mut next, &v);
            next.whatifs.clear();
            emit(next);
        });
        html! {
            <label class="field" for={id}><span>{ label }</span>
                <select id={id} {onchange}>
                    { for options.into_iter().map(|(v, l)| html! { <option value={v.clone()} selected={v == current}>{ l }</option> }) }
                </select>
            </label>
        }
    };
    let q = &p.params;
    let dists: Vec<(String, String)> = Distribution::NAMES
        .iter()
        .map(|n| (n.to_string(), distribution_label(Distribution::from_name(n).expect("listed"))))
        .collect();
    let forks: Vec<(String, String)> =
        Fork::ALL.iter().map(|f| (f.name().to_string(), f.label().to_string())).collect();
    let prices: Vec<(String, String)> =
        PRICE_NAMES.iter().map(|n| (n.to_string(), price_label(n))).collect();
    let depth = match q.price {
        PriceSource::Decline { depth } => Some(depth),
        _ => None,
    };
    html! {
        <form class="params" id="settings" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ crate::t!("validators-set") }</legend>
                { select("distribution", crate::t!("validators-field-distribution"), dists, q.distribution.name().to_string(), |p, v| {
                    if let Some(d) = Distribution::from_name(v) { p.distribution = d; if d == Distribution::RealShares { p.operators = p.operators.max(5); } }
                }) }
                if let Distribution::PowerLaw { alpha } = q.distribution {
                    { number("alpha", crate::t!("validators-field-alpha"), format!("{alpha}"), "0".into(), "4".into(), "0.1", |p, v| p.distribution = Distribution::PowerLaw { alpha: v }) }
                }
                if let Distribution::Delegation { big, big_share } = q.distribution {
                    { number("big", crate::t!("validators-field-big"), big.to_string(), "1".into(), MAX_OPERATORS.to_string(), "1", |p, v| if let Distribution::Delegation { big_share, .. } = p.distribution { p.distribution = Distribution::Delegation { big: v as u32, big_share } }) }
                    { number("big-share", crate::t!("validators-field-big-share"), format!("{:.0}", big_share * 100.0), "0".into(), "99".into(), "1", |p, v| if let Distribution::Delegation { big, .. } = p.distribution { p.distribution = Distribution::Delegation { big, big_share: v / 100.0 } }) }
                }
                { number("validators-n", crate::t!("validators-field-validators"), q.validators.to_string(), "4".into(), MAX_VALIDATORS.to_string(), "1", |p, v| p.validators = v.max(0.0) as u32) }
                { number("operators", crate::t!("validators-field-operators"), q.operators.to_string(), "1".into(), MAX_OPERATORS.to_string(), "1", |p, v| p.operators = v.max(0.0) as u32) }
            </fieldset>
            <fieldset>
                <legend>{ crate::t!("validators-rules") }</legend>
                { select("fork", crate::t!("validators-field-fork"), forks, q.fork.name().to_string(), |p, v| {
                    if let Some(f) = Fork::ALL.into_iter().find(|f| f.name() == v) { p.fork = f; }
                }) }
                { number("offline", crate::t!("validators-field-offline"), format!("{}", f64::from(q.offline_bp) / 100.0), "0".into(), "100".into(), "0.5", |p, v| p.offline_bp = (v * 100.0).round().max(0.0) as u32) }
                { number("lone", crate::t!("validators-field-lone"), q.lone_slashings_per_1000.to_string(), "0".into(), "1000".into(), "1", |p, v| p.lone_slashings_per_1000 = v.max(0.0) as u32) }
                { number("epochs", crate::t!("validators-field-epochs"), q.epochs.to_string(), "1".into(), MAX_EPOCHS.to_string(), "225", |p, v| p.epochs = v.max(0.0) as u32) }
            </fieldset>
            <fieldset>
                <legend>{ crate::t!("validators-price-and-costs") }</legend>
                { select("price", crate::t!("validators-field-price"), prices, q.price.name().to_string(), |p, v| {
                    p.price = match v {
                        "decline" => PriceSource::Decline { depth: 0.8 },
                        "collapse" => PriceSource::Collapse,
                        named => crate::query::validators::named_price(named),
                    };
                }) }
                if let Some(depth) = depth {
                    { number("depth", crate::t!("validators-field-depth"), format!("{:.0}", depth * 100.0), "0".into(), "100".into(), "5", |p, v| p.price = PriceSource::Decline { depth: v / 100.0 }) }
                }
                if !matches!(q.price, PriceSource::Path { .. }) {
                    { number("start-price", crate::t!("validators-field-start-price"), format!("{}", q.start_price_usd), "0.0001".into(), "10000000".into(), "any", |p, v| p.start_price_usd = v) }
                }
                { number("cost-share", crate::t!("validators-field-cost-share"), format!("{:.0}", q.cost_share * 100.0), "0".into(), "1000".into(), "5", |p, v| p.cost_share = v / 100.0) }
                <p class="rule">{ crate::t!("validators-cost-rule") }</p>
            </fieldset>
            <fieldset>
                <legend>{ crate::t!("validators-outage") }</legend>
                { select("outage", crate::t!("validators-field-outage"), vec![
                    ("none".into(), crate::t!("validators-outage-none")),
                    ("offline".into(), crate::t!("validators-outage-offline")),
                    ("partition".into(), crate::t!("validators-outage-partition")),
                ], match q.outage.map(|o| o.kind) { None => "none", Some(OutageKind::Offline) => "offline", Some(OutageKind::Partition) => "partition" }.to_string(), |p, v| {
                    let (share_bp, from) = p.outage.map(|o| (o.share_bp, o.from)).unwrap_or((3_400, 225.min(p.epochs)));
                    p.outage = match v {
                        "offline" => Some(Outage { kind: OutageKind::Offline, share_bp, from }),
                        "partition" => Some(Outage { kind: OutageKind::Partition, share_bp, from }),
                        _ => None,
                    };
                }) }
                if let Some(o) = q.outage {
                    { number("outage-share", crate::t!("validators-field-outage-share"), format!("{}", f64::from(o.share_bp) / 100.0), "0.01".into(), "99.99".into(), "1", |p, v| if let Some(o) = &mut p.outage { o.share_bp = (v * 100.0).round().max(0.0) as u32 }) }
                    { number("outage-from", crate::t!("validators-field-outage-from"), o.from.to_string(), "0".into(), MAX_EPOCHS.to_string(), "225", |p, v| if let Some(o) = &mut p.outage { o.from = v.max(0.0) as u32 }) }
                    <p class="rule">{ if o.kind == OutageKind::Offline {
                        crate::t!("validators-outage-offline-rule")
                    } else {
                        crate::t!("validators-outage-partition-rule")
                    } }</p>
                }
            </fieldset>
            if let Some(msg) = &*error {
                <p class="field-error" role="alert" id="settings-error">{ msg }</p>
            }
        </form>
    }
}
