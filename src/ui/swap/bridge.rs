//! The same trade through a custodial bridge, and what stolen keys are
//! worth there compared with the atomic swap.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BridgeProps {
    /// The swap's amounts, in whole coins, for the words.
    pub btc: f64,
    pub eth: f64,
}

#[function_component(BridgeContrast)]
pub fn bridge_contrast(p: &BridgeProps) -> Html {
    let stolen = use_state(|| false);
    let held = use_state(|| 20_000u32);
    let toggle = {
        let stolen = stolen.clone();
        Callback::from(move |_: MouseEvent| stolen.set(!*stolen))
    };
    let on_held = {
        let held = held.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(20_000);
            held.set(v);
        })
    };
    html! {
        <section class="bridge" id="bridge" aria-label="Custodial bridge compared">
            <h2>{ "The same trade through a custodial bridge" }</h2>
            <label class="field inline"><span>{ "BTC the bridge holds for all its users" }</span>
                <input type="range" id="bridge-held" min="100" max="100000" step="100" value={held.to_string()} oninput={on_held}
                    aria-label="BTC the bridge holds for all its users" aria-valuetext={format!("{} BTC", *held)} />
                <output>{ format!("{}", *held) }</output>
            </label>
            <button id="steal-keys" class={classes!((*stolen).then_some("danger-button"))} onclick={toggle} aria-pressed={stolen.to_string()}>
                { if *stolen { "Keys stolen: undo" } else { "Steal the operators' keys" } }
            </button>
            <div class="bridge-columns">
                <div>
                    <h3>{ "Atomic swap (this page)" }</h3>
                    <p>{ format!("Alice's {} BTC can move only to Bob with the secret, or back to Alice after the timelock; Bob's {} ETH only to Alice with the secret, or back to Bob later. No one else holds a key to either contract.", p.btc, p.eth) }</p>
                    <p class={classes!("verdict", if *stolen { "ok" } else { "" })}>
                        { if *stolen { "Stolen keys: the attacker can take nothing here. No operator holds a key to either contract; the swap carries on." } else { "Cost: two chains' confirmation times, both parties online, and a timeout if either walks away." } }
                    </p>
                </div>
                <div>
                    <h3>{ "Custodial bridge" }</h3>
                    <p>{ format!("Alice sends {} BTC to the bridge's custody address, controlled by a few operators' keys (say 5 of 9). The bridge mints {} wrapped BTC on the Ethereum-like chain, and Alice sells it to Bob there in one fast, cheap transaction.", p.btc, p.btc) }</p>
                    <p class={classes!("verdict", if *stolen { "danger" } else { "" })} id="bridge-verdict">
                        { if *stolen {
                            format!("Stolen keys: the attacker withdraws all {} BTC the bridge holds, everyone's, not just this trade's. Every wrapped BTC on the other chain, Bob's included, is now backed by nothing.", *held)
                        } else {
                            "Faster and more convenient, which is why most cross-chain volume uses bridges; but every user trusts the operators' keys.".to_string()
                        } }
                    </p>
                </div>
            </div>
            <p class="sources">{ "Bridges have been robbed this way: the Ronin bridge lost about $600 million in March 2022 after attackers obtained five of its nine validator keys; Wormhole lost about $320 million in February 2022 through a bug that let an attacker bypass its signature verification: no key was stolen, but the custodied coins were taken all the same." }</p>
        </section>
    }
}
