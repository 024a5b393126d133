//! Every model parameter, live. A change applies at once when the whole set
//! is valid; otherwise the broken rule is named and the run keeps the last
//! valid parameters.

use crate::query::consensus::MAX_RUNS;
use super::views::adversary_text;
use crate::sim::consensus::{Adversary, Params, Protocol, MAX_K, MAX_NODES, MIN_NODES};
use crate::t;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParamsPanelProps {
    pub params: Params,
    pub runs: u32,
    pub show_runs: bool,
    /// Compare view: all three protocols run, so no protocol choice, and
    /// both Snowflake's and Slush's parameters show.
    #[prop_or_default]
    pub compare: bool,
    pub on_change: Callback<(Params, u32)>,
}

#[derive(Clone, Copy)]
enum Field {
    Nodes,
    K,
    AlphaPref,
    AlphaConf,
    Beta,
    SlushRounds,
    MaxRounds,
    Runs,
    Split,
    Byzantine,
    Drop,
}

#[function_component(ParamsPanel)]
pub fn params_panel(p: &ParamsPanelProps) -> Html {
    let draft = use_state(|| (p.params.clone(), p.runs));
    let error = use_state(|| None::<String>);
    {
        let draft = draft.clone();
        let error = error.clone();
        use_effect_with((p.params.clone(), p.runs), move |(params, runs)| {
            draft.set((params.clone(), *runs));
            error.set(None);
        });
    }
    let submit = {
        let on_change = p.on_change.clone();
        let draft = draft.clone();
        let error = error.clone();
        move |next: (Params, u32)| {
            match next.0.validate() {
                Ok(()) => {
                    error.set(None);
                    on_change.emit(next.clone());
                }
                Err(e) => error.set(Some(e.message)),
            }
            draft.set(next);
        }
    };
    let (d, runs) = (*draft).clone();

    // A number field that applies on change (Enter or leaving the field).
    let number = |label: String, id: &str, title: String, value: f64, min: f64, max: f64, step: f64, field: Field| {
        let submit = submit.clone();
        let draft = draft.clone();
        let error = error.clone();
        let onchange = Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let raw = input.value();
            let Ok(v) = raw.trim().parse::<f64>() else {
                error.set(Some(t!("consensus-param-not-number", label = &label, raw = format!("{raw:?}"))));
                return;
            };
            if !(min..=max).contains(&v) {
                error.set(Some(t!(
                    "consensus-param-out-of-range",
                    label = &label,
                    value = v.to_string(),
                    min = min.to_string(),
                    max = max.to_string()
                )));
                return;
            }
            let (mut params, mut runs) = (*draft).clone();
            let u = v.round() as u32;
            match field {
                Field::Nodes => params.nodes = u,
                Field::K => params.k = u,
                Field::AlphaPref => params.alpha_pref = u,
                Field::AlphaConf => params.alpha_conf = u,
                Field::Beta => params.beta = u,
                Field::SlushRounds => params.slush_rounds = u,
                Field::MaxRounds => params.max_rounds = u,
                Field::Runs => runs = u,
                Field::Split => params.split = v,
                Field::Byzantine => params.byzantine = v,
                Field::Drop => params.drop = v,
            }
            submit((params, runs));
        });
        let is_fraction = matches!(field, Field::Split | Field::Byzantine | Field::Drop);
        if is_fraction {
            // Sliders apply while dragging.
            let oninput = onchange.clone();
            html! {
                <label class="field" title={title.clone()}>
                    <span>{ format!("{} ", label_text(id)) }<output>{ format!("{:.0}%", value * 100.0) }</output></span>
                    <input id={id.to_string()} type="range" min={min.to_string()} max={max.to_string()} step={step.to_string()}
                        aria-label={label_text(id)} aria-valuetext={format!("{:.0}%", value * 100.0)}
                        value={value.to_string()} oninput={Callback::from(move |e: InputEvent| oninput.emit(e.into()))} />
                </label>
            }
        } else {
            html! {
                <label class="field" title={title}>
                    <span>{ label_text(id) }</span>
                    <input id={id.to_string()} type="number" min={min.to_string()} max={max.to_string()} step={step.to_string()}
                        value={value.to_string()} onchange={onchange} />
                </label>
            }
        }
    };

    let on_protocol = {
        let submit = submit.clone();
        let draft = draft.clone();
        move |protocol: Protocol| {
            let submit = submit.clone();
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| {
                let (params, runs) = (*draft).clone();
                submit((Params { protocol, ..params }, runs));
            })
        }
    };
    let on_colours = {
        let submit = submit.clone();
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(2);
            let (params, runs) = (*draft).clone();
            submit((Params { colours: v, ..params }, runs));
        })
    };
    let on_adversary = {
        let submit = submit.clone();
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let adversary = Adversary::parse(&v).unwrap_or(Adversary::Balance);
            let (params, runs) = (*draft).clone();
            submit((Params { adversary, ..params }, runs));
        })
    };
    let preset = |label: String, k: u32, ap: u32, ac: u32, beta: u32| {
        let submit = submit.clone();
        let draft = draft.clone();
        html! {
            <button class="small" onclick={Callback::from(move |_: MouseEvent| {
                let (params, runs) = (*draft).clone();
                submit((Params { k, alpha_pref: ap, alpha_conf: ac, beta, ..params }, runs));
            })}>{ label }</button>
        }
    };
    let nodes_preset = |n: u32| {
        let submit = submit.clone();
        let draft = draft.clone();
        html! {
            <button class="small" id={format!("nodes-{n}")} onclick={Callback::from(move |_: MouseEvent| {
                let (params, runs) = (*draft).clone();
                submit((Params { nodes: n, ..params }, runs));
            })}>{ n }</button>
        }
    };

    html! {
        <form class="params" id="params" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            if !p.compare {
            <fieldset>
                <legend>{ t!("consensus-legend-protocol") }</legend>
                <div class="segmented" role="radiogroup" aria-label={t!("consensus-legend-protocol")}>
                    { for Protocol::ALL.iter().map(|&pr| html! {
                        <button type="button" role="radio" id={format!("proto-{}", pr.name())}
                            aria-checked={(pr == d.protocol).to_string()}
                            class={classes!((pr == d.protocol).then_some("active"))}
                            onclick={on_protocol(pr)}>{ pr.title() }</button>
                    }) }
                </div>
            </fieldset>
            }
            <fieldset>
                <legend>{ t!("consensus-legend-network") }</legend>
                { number(t!("consensus-param-nodes"), "n", t!("consensus-param-nodes-title"), f64::from(d.nodes), f64::from(MIN_NODES), f64::from(MAX_NODES), 1.0, Field::Nodes) }
                <div class="presets">{ nodes_preset(100) }{ nodes_preset(400) }{ nodes_preset(2500) }{ nodes_preset(10000) }</div>
                <label class="field"><span>{ t!("consensus-param-colours") }</span>
                    <select id="colours" onchange={on_colours}>
                        { for (2..=4u32).map(|c| html! { <option value={c.to_string()} selected={c == d.colours}>{ c }</option> }) }
                    </select>
                </label>
                { number(t!("consensus-param-split"), "split", t!("consensus-param-split-title"), d.split, 0.0, 1.0, 0.01, Field::Split) }
            </fieldset>
            <fieldset>
                <legend>{ t!("consensus-legend-snow") }</legend>
                { number("K".into(), "k", t!("consensus-param-k-title"), f64::from(d.k), 1.0, f64::from(MAX_K), 1.0, Field::K) }
                { number("AlphaPreference".into(), "ap", t!("consensus-param-ap-title"), f64::from(d.alpha_pref), 1.0, f64::from(MAX_NODES), 1.0, Field::AlphaPref) } // i18n-ok: parameter names
                if d.protocol != Protocol::Slush || p.compare {
                    { number("AlphaConfidence".into(), "ac", t!("consensus-param-ac-title"), f64::from(d.alpha_conf), 1.0, f64::from(MAX_NODES), 1.0, Field::AlphaConf) } // i18n-ok: parameter names
                    { number("Beta".into(), "beta", t!("consensus-param-beta-title"), f64::from(d.beta), 1.0, 10000.0, 1.0, Field::Beta) } // i18n-ok: parameter names
                }
                if d.protocol == Protocol::Slush || p.compare {
                    { number(t!("consensus-param-m"), "m", t!("consensus-param-m-title"), f64::from(d.slush_rounds), 1.0, 10000.0, 1.0, Field::SlushRounds) }
                }
                <p class="rule">{ t!("consensus-param-rule") }</p>
                <div class="presets">
                    { preset(t!("consensus-preset-default"), 20, 15, 15, 20) }
                    { preset(t!("consensus-preset-small"), 10, 7, 8, 10) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ t!("consensus-legend-adversity") }</legend>
                { number(t!("consensus-param-byz"), "byz", t!("consensus-param-byz-title"), d.byzantine, 0.0, 0.9, 0.01, Field::Byzantine) }
                <label class="field"><span>{ t!("consensus-param-strategy") }</span>
                    <select id="adv" onchange={on_adversary}>
                        { for Adversary::ALL.iter().map(|&a| html! {
                            <option value={a.name()} selected={a == d.adversary}>{ format!("{}: {}", a.name(), adversary_text(a)) }</option>
                        }) }
                    </select>
                </label>
                { number(t!("consensus-param-drop"), "drop", t!("consensus-param-drop-title"), d.drop, 0.0, 0.9, 0.01, Field::Drop) }
                { number(t!("consensus-param-max"), "max", t!("consensus-param-max-title"), f64::from(d.max_rounds), 1.0, 100000.0, 1.0, Field::MaxRounds) }
                if p.show_runs {
                    { number(t!("consensus-param-runs"), "runs", t!("consensus-param-runs-title"), f64::from(runs), 1.0, f64::from(MAX_RUNS), 1.0, Field::Runs) }
                }
            </fieldset>
            if let Some(msg) = &*error {
                <p class="field-error" id="param-error" role="alert">{ msg }{ " " }{ t!("consensus-param-kept") }</p>
            }
        </form>
    }
}

fn label_text(id: &str) -> String {
    match id {
        "n" => t!("consensus-param-nodes"),
        "k" => t!("consensus-param-k"),
        "ap" => "AlphaPreference".into(), // i18n-ok: parameter name
        "ac" => "AlphaConfidence".into(), // i18n-ok: parameter name
        "beta" => "Beta".into(),          // i18n-ok: parameter name
        "m" => t!("consensus-param-m"),
        "max" => t!("consensus-param-max"),
        "runs" => t!("consensus-param-runs"),
        "split" => t!("consensus-param-split"),
        "byz" => t!("consensus-param-byz"),
        "drop" => t!("consensus-param-drop"),
        _ => String::new(),
    }
}
