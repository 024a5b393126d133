//! Subnets: the Primary Network and subnets drawn from its validators, each
//! running its own consensus. Click validators to compromise them.

use super::views::adversary_text;
use crate::i18n::num;
use crate::query::consensus::{ConsensusState, MAX_SUBNET_VALIDATORS};
use crate::sim::consensus::Adversary;
use crate::sim::subnet::{assess, Topology};
use crate::t;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Runs per subnet for each assessment.
const RUNS: u32 = 20;

#[derive(Properties, PartialEq)]
pub struct SubnetsProps {
    pub state: ConsensusState,
    pub on_change: Callback<ConsensusState>,
}

#[function_component(SubnetsView)]
pub fn subnets_view(p: &SubnetsProps) -> Html {
    let s = &p.state;
    let topology = {
        let key = (s.subnet_validators, s.subnet_count, s.subnet_size, s.seed);
        use_memo(key, |&(v, c, z, seed)| Topology::generate(v, c, z, seed))
    };
    let compromised: Vec<bool> = (0..topology.validators).map(|v| s.compromised.contains(&v)).collect();
    let adversary = s.params.adversary;
    let results = {
        let key = (topology.clone(), compromised.clone(), adversary, s.seed);
        use_memo(key, |(t, bad, adv, seed)| assess(t, bad, *adv, RUNS, *seed))
    };

    let toggle = |v: u32| {
        let on_change = p.on_change.clone();
        let st = s.clone();
        Callback::from(move |_: MouseEvent| {
            let mut bad = st.compromised.clone();
            if let Some(i) = bad.iter().position(|&x| x == v) {
                bad.remove(i);
            } else {
                bad.push(v);
                bad.sort_unstable();
            }
            on_change.emit(ConsensusState { compromised: bad, ..st.clone() });
        })
    };
    let set_number = |which: u8| {
        let on_change = p.on_change.clone();
        let st = s.clone();
        Callback::from(move |e: Event| {
            let v: u32 = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0);
            let mut next = st.clone();
            match which {
                0 => next.subnet_validators = v.clamp(3, MAX_SUBNET_VALIDATORS),
                1 => next.subnet_count = v.clamp(1, 4),
                _ => next.subnet_size = v.clamp(2, MAX_SUBNET_VALIDATORS),
            }
            next.subnet_size = next.subnet_size.min(next.subnet_validators);
            next.compromised.retain(|&b| b < next.subnet_validators);
            on_change.emit(next);
        })
    };
    let compromise_third = |subnet: usize| {
        let on_change = p.on_change.clone();
        let st = s.clone();
        let members = topology.subnets.get(subnet).map(|x| x.validators.clone()).unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            let take = members.len().div_ceil(3);
            let mut bad: Vec<u32> = members.iter().take(take).copied().collect();
            bad.sort_unstable();
            on_change.emit(ConsensusState { compromised: bad, ..st.clone() });
        })
    };
    let clear = {
        let on_change = p.on_change.clone();
        let st = s.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(ConsensusState { compromised: Vec::new(), ..st.clone() }))
    };
    let on_adversary = {
        let on_change = p.on_change.clone();
        let st = s.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = st.clone();
            next.params.adversary = Adversary::parse(&v).unwrap_or(Adversary::Balance);
            on_change.emit(next);
        })
    };

    html! {
        <div class="subnets" id="subnets">
            <div class="subnet-controls">
                <label class="field inline"><span>{ t!("consensus-subnets-primary-validators") }</span>
                    <input id="sv" type="number" min="3" max={MAX_SUBNET_VALIDATORS.to_string()} value={s.subnet_validators.to_string()} onchange={set_number(0)} /></label>
                <label class="field inline"><span>{ t!("consensus-subnets-count") }</span>
                    <input id="sn" type="number" min="1" max="4" value={s.subnet_count.to_string()} onchange={set_number(1)} /></label>
                <label class="field inline"><span>{ t!("consensus-subnets-size") }</span>
                    <input id="ss" type="number" min="2" max={s.subnet_validators.to_string()} value={s.subnet_size.to_string()} onchange={set_number(2)} /></label>
                <label class="field inline"><span>{ t!("consensus-subnets-compromised") }</span>
                    <select id="subnet-adv" onchange={on_adversary}>
                        { for Adversary::ALL.iter().map(|&a| html! { <option value={a.name()} selected={a == adversary}>{ adversary_text(a) }</option> }) }
                    </select></label>
                <button id="clear-compromised" onclick={clear}>{ t!("consensus-subnets-clear") }</button>
            </div>
            <p class="hint">{ t!(
                "consensus-subnets-hint",
                compromised = s.compromised.len().to_string(),
                validators = topology.validators.to_string(),
                runs = RUNS
            ) }</p>
            { for topology.subnets.iter().zip(results.iter()).enumerate().map(|(i, (sub, res))| {
                let share = f64::from(res.compromised) / f64::from(res.validators.max(1));
                let verdict = if res.safety_violations > 0 {
                    ("danger", t!("consensus-verdict-unsafe", n = res.safety_violations, runs = res.runs))
                } else if res.finalised < res.runs {
                    ("warn", t!("consensus-verdict-stalls", n = res.finalised, runs = res.runs))
                } else {
                    let mean = num(res.mean_rounds.unwrap_or(0.0), 0);
                    ("ok", t!("consensus-verdict-healthy", n = res.finalised, runs = res.runs, mean = mean))
                };
                let (name, purpose) = subnet_words(sub.name, sub.purpose);
                html! {
                    <div class={classes!("subnet", (i == 0).then_some("primary"))} data-subnet={sub.name}>
                        <div class="subnet-head">
                            <h3>{ name.clone() }</h3>
                            <span class="purpose">{ purpose }</span>
                            if i > 0 {
                                <button class="small" onclick={compromise_third(i)}>{ t!("consensus-subnets-compromise-third") }</button>
                            }
                        </div>
                        <div class="chains">{ for sub.chains.iter().map(|c| {
                            let (chain, vm) = (translated(c.name), translated(c.vm));
                            html! { <span class="chain" title={vm.clone()}>{ chain }<small>{ vm }</small></span> }
                        }) }</div>
                        <div class="validators" role="group" aria-label={t!("consensus-subnets-validators-label", subnet = &name)}>
                            { for sub.validators.iter().map(|&v| {
                                let bad = compromised.get(v as usize).copied().unwrap_or(false);
                                html! { <button class={classes!("validator", bad.then_some("bad"))} aria-pressed={bad.to_string()}
                                    title={if bad {
                                        t!("consensus-validator-compromised", v = v.to_string())
                                    } else {
                                        t!("consensus-validator", v = v.to_string())
                                    }} onclick={toggle(v)}>{ v }</button> }
                            }) }
                        </div>
                        <p class={classes!("verdict", verdict.0)}>
                            { t!(
                                "consensus-verdict-line",
                                validators = res.validators,
                                compromised = res.compromised,
                                pct = num(share * 100.0, 0),
                                k = res.k,
                                alpha = res.alpha
                            ) }{ " · " }
                            <strong>{ verdict.1 }</strong>
                        </p>
                    </div>
                }
            }) }
            <div class="tradeoff">
                <div><h3>{ t!("consensus-tradeoff-subnet") }</h3>
                    <p>{ t!("consensus-tradeoff-subnet-text") }</p></div>
                <div><h3>{ t!("consensus-tradeoff-rollup") }</h3>
                    <p>{ t!("consensus-tradeoff-rollup-text") }</p></div>
            </div>
        </div>
    }
}

/// A subnet's name and purpose in the reader's language (the model's
/// English names are its identifiers; one it does not know stays as is).
fn subnet_words(name: &str, purpose: &str) -> (String, String) {
    let (n, p) = match name {
        "Primary Network" => ("consensus-subnet-primary", "consensus-subnet-primary-purpose"), // i18n-ok: the model's name
        "DeFi subnet" => ("consensus-subnet-defi", "consensus-subnet-defi-purpose"), // i18n-ok: the model's name
        "Gaming subnet" => ("consensus-subnet-gaming", "consensus-subnet-gaming-purpose"), // i18n-ok: the model's name
        "Enterprise subnet" => ("consensus-subnet-enterprise", "consensus-subnet-enterprise-purpose"), // i18n-ok: the model's name
        "Data subnet" => ("consensus-subnet-data", "consensus-subnet-data-purpose"), // i18n-ok: the model's name
        _ => return (name.to_string(), purpose.to_string()),
    };
    (crate::i18n::format(n, &[]), crate::i18n::format(p, &[]))
}

/// The model's names of chains and virtual machines (P-, X- and C-Chain are
/// names, kept), and their catalog keys.
const NAMES: [(&str, &str); 10] = [
    ("DEX chain", "consensus-chain-dex"),                            // i18n-ok: the model's name
    ("Game chain", "consensus-chain-game"),                          // i18n-ok: the model's name
    ("Items chain", "consensus-chain-items"),                        // i18n-ok: the model's name
    ("Settlement chain", "consensus-chain-settlement"),              // i18n-ok: the model's name
    ("Storage chain", "consensus-chain-storage"),                    // i18n-ok: the model's name
    ("Platform VM (validators, subnets)", "consensus-vm-platform"), // i18n-ok: the model's name
    ("Avalanche VM (asset exchange)", "consensus-vm-avalanche"),     // i18n-ok: the model's name
    ("EVM (contracts)", "consensus-vm-contracts"),                   // i18n-ok: the model's name
    ("EVM (permissioned)", "consensus-vm-permissioned"),             // i18n-ok: the model's name
    ("custom VM", "consensus-vm-custom"),                            // i18n-ok: the model's name
];

/// A chain's name or a virtual machine's description in the reader's language.
fn translated(name: &str) -> String {
    NAMES.iter().find(|(n, _)| *n == name).map_or_else(|| name.to_string(), |(_, k)| crate::i18n::format(k, &[]))
}
