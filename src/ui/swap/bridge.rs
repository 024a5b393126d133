//! The same trade through a custodial bridge, and what stolen keys are
//! worth there compared with the atomic swap.

use crate::i18n::{num, Arg};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BridgeProps {
    /// The swap's amounts, in whole coins, for the words.
    pub btc: f64,
    pub eth: f64,
}

/// Whole coins as the page wrote them (`1`, `15`, `0.5`), in the reader's
/// number format.
fn coins(v: f64) -> Arg {
    let digits = format!("{v}").split_once('.').map_or(0, |(_, f)| f.len());
    num(v, u8::try_from(digits).unwrap_or(8))
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
        <section class="bridge" id="bridge" aria-label={crate::t!("swap-bridge-label")}>
            <h2>{ crate::t!("swap-bridge-heading") }</h2>
            <label class="field inline"><span>{ crate::t!("swap-bridge-held") }</span>
                <input type="range" id="bridge-held" min="100" max="100000" step="100" value={held.to_string()} oninput={on_held}
                    aria-label={crate::t!("swap-bridge-held")} aria-valuetext={crate::t!("swap-bridge-held-value", btc = held.to_string())} />
                <output>{ format!("{}", *held) }</output>
            </label>
            <button id="steal-keys" class={classes!((*stolen).then_some("danger-button"))} onclick={toggle} aria-pressed={stolen.to_string()}>
                { if *stolen { crate::t!("swap-bridge-undo") } else { crate::t!("swap-bridge-steal") } }
            </button>
            <div class="bridge-columns">
                <div>
                    <h3>{ crate::t!("swap-bridge-atomic") }</h3>
                    <p>{ crate::t!("swap-bridge-atomic-text", btc = coins(p.btc), eth = coins(p.eth)) }</p>
                    <p class={classes!("verdict", if *stolen { "ok" } else { "" })}>
                        { if *stolen { crate::t!("swap-bridge-atomic-stolen") } else { crate::t!("swap-bridge-atomic-cost") } }
                    </p>
                </div>
                <div>
                    <h3>{ crate::t!("swap-bridge-custodial") }</h3>
                    <p>{ crate::t!("swap-bridge-custodial-text", btc = coins(p.btc)) }</p>
                    <p class={classes!("verdict", if *stolen { "danger" } else { "" })} id="bridge-verdict">
                        { if *stolen {
                            // As a plain figure, the way the slider's output shows it.
                            crate::t!("swap-bridge-custodial-stolen", held = held.to_string())
                        } else {
                            crate::t!("swap-bridge-custodial-cost")
                        } }
                    </p>
                </div>
            </div>
            <p class="sources">{ crate::t!("swap-bridge-sources") }</p>
        </section>
    }
}
