//! Subnets: the Primary Network and subnets drawn from its validators, each
//! running its own consensus. Click validators to compromise them.

use crate::query::consensus::{ConsensusState, MAX_SUBNET_VALIDATORS};
use crate::sim::consensus::Adversary;
use crate::sim::subnet::{assess, Topology};
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
                <label class="field inline"><span>{ "Primary Network validators" }</span>
                    <input id="sv" type="number" min="3" max={MAX_SUBNET_VALIDATORS.to_string()} value={s.subnet_validators.to_string()} onchange={set_number(0)} /></label>
                <label class="field inline"><span>{ "Subnets" }</span>
                    <input id="sn" type="number" min="1" max="4" value={s.subnet_count.to_string()} onchange={set_number(1)} /></label>
                <label class="field inline"><span>{ "Validators per subnet" }</span>
                    <input id="ss" type="number" min="2" max={s.subnet_validators.to_string()} value={s.subnet_size.to_string()} onchange={set_number(2)} /></label>
                <label class="field inline"><span>{ "Compromised validators" }</span>
                    <select id="subnet-adv" onchange={on_adversary}>
                        { for Adversary::ALL.iter().map(|&a| html! { <option value={a.name()} selected={a == adversary}>{ a.describe() }</option> }) }
                    </select></label>
                <button id="clear-compromised" onclick={clear}>{ "Clear compromised" }</button>
            </div>
            <p class="hint">{ format!("Click a validator to compromise it (or restore it). {} of {} compromised. Each chain's row shows {} simulated Snowball runs among that subnet's validators only.", s.compromised.len(), topology.validators, RUNS) }</p>
            { for topology.subnets.iter().zip(results.iter()).enumerate().map(|(i, (sub, res))| {
                let share = f64::from(res.compromised) / f64::from(res.validators.max(1));
                let verdict = if res.safety_violations > 0 {
                    ("danger", format!("unsafe: {} of {} runs finalised conflicting values", res.safety_violations, res.runs))
                } else if res.finalised < res.runs {
                    ("warn", format!("stalls: {} of {} runs reached finality", res.finalised, res.runs))
                } else {
                    ("ok", format!("healthy: {} of {} runs finalised, {:.0} rounds on average", res.finalised, res.runs, res.mean_rounds.unwrap_or(0.0)))
                };
                html! {
                    <div class={classes!("subnet", (i == 0).then_some("primary"))} data-subnet={sub.name}>
                        <div class="subnet-head">
                            <h3>{ sub.name }</h3>
                            <span class="purpose">{ sub.purpose }</span>
                            if i > 0 {
                                <button class="small" onclick={compromise_third(i)}>{ "compromise a third of it" }</button>
                            }
                        </div>
                        <div class="chains">{ for sub.chains.iter().map(|c| html! { <span class="chain" title={c.vm}>{ c.name }<small>{ c.vm }</small></span> }) }</div>
                        <div class="validators" role="group" aria-label={format!("{} validators", sub.name)}>
                            { for sub.validators.iter().map(|&v| {
                                let bad = compromised.get(v as usize).copied().unwrap_or(false);
                                html! { <button class={classes!("validator", bad.then_some("bad"))} aria-pressed={bad.to_string()}
                                    title={format!("validator {v}{}", if bad { " (compromised)" } else { "" })} onclick={toggle(v)}>{ v }</button> }
                            }) }
                        </div>
                        <p class={classes!("verdict", verdict.0)}>
                            { format!("{} validators, {} compromised ({:.0}%), K = {}, alpha = {} · ", res.validators, res.compromised, share * 100.0, res.k, res.alpha) }
                            <strong>{ verdict.1 }</strong>
                        </p>
                    </div>
                }
            }) }
            <div class="tradeoff">
                <div><h3>{ "Subnet: its own security" }</h3>
                    <p>{ "Choose the VM, the gas token, who may validate. Safety rests on the subnet's own validators; a small set is cheap to run and cheap to attack." }</p></div>
                <div><h3>{ "Rollup: inherited security" }</h3>
                    <p>{ "Transactions execute off-chain, but the L1's validators decide disputes: one honest challenger and the L1 suffice. The price: the L1's rules, its fees for data, and a challenge window before withdrawals are final." }</p></div>
            </div>
        </div>
    }
}
