//! The swap page's explanation: what you see, what to try, where real
//! swaps differ, with sources.

use yew::prelude::*;

#[function_component(Explain)]
pub fn explain() -> Html {
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "Alice has coins on a Bitcoin-like chain and wants Bob's coins on an Ethereum-like chain. Neither trusts the other, and no one sits in the middle. Alice picks a random 32-byte secret and puts only its SHA-256 digest into two contracts:" }</p>
                <ol>
                    <li>{ "Alice locks her coins on chain A in a contract that pays Bob if he shows the secret, or returns them to Alice after a long timelock (48 hours here, counted in chain A's block heights)." }</li>
                    <li>{ "Once that lock is confirmed, Bob locks his coins on chain B in a contract with the same digest that pays Alice if she shows the secret, or returns them to Bob after a shorter timelock (24 hours, by chain B's block timestamps)." }</li>
                    <li>{ "Alice redeems Bob's contract. To do so she must publish the secret in a transaction on chain B, where anyone, Bob included, can read it." }</li>
                    <li>{ "Bob copies the secret from chain B and redeems Alice's contract on chain A, well before her longer timelock runs out." }</li>
                </ol>
                <p>{ "If both follow the protocol, both redeem; if anyone stops before the secret is revealed, every contract that was funded times out and refunds. After Alice reveals the secret, Bob must act: the order of the timelocks gives him time to use it before Alice can take her own coins back, but only if he is online and his transaction gets mined." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "Run each scenario with the buttons, and step with → to see each transaction enter a block and each contract change state." }</li>
                    <li>{ "Make Bob's timelock as long as Alice's, then press Verify: the checker finds a run in which Bob acts in time and still loses." }</li>
                    <li>{ "Choose a 33-byte secret and untick \"Bob's contract checks the length\": Alice can redeem Bob's coins, but Bob's copy of the secret is refused by the script's OP_SIZE 32. Tick it again: now neither can redeem and both refund." }</li>
                    <li>{ "Open \"Bob goes offline\": Alice holds her redeem back until Bob is away, the secret appears while he cannot see it, and her refund opens before he is back." }</li>
                    <li>{ "Steal the bridge operators' keys below and compare what an attacker gets in each design." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Where real swaps differ" }</h2></summary>
                <ul>
                    <li>{ "Real swaps wait for several confirmations, because blocks can be reorganised; the model has no reorganisations, so one confirmation is enough here." }</li>
                    <li>{ "Bitcoin's OP_CHECKLOCKTIMEVERIFY can count heights or median-time-past; Ethereum block timestamps are chosen by proposers within bounds. The model uses exact heights on A and exact timestamps on B." }</li>
                    <li>{ "Congestion here lets only transactions paying twice the fee into blocks. Alice's refund pays it and replaces Bob's pending redeem; Bob never raises his own fee. A real Bob would bump his fee (replace-by-fee, child-pays-for-parent) and the race would be closer." }</li>
                    <li>{ "Before locking, a real participant audits the initiator's contract (decred's tools have an auditcontract command). Public keys and their hashes are placeholders here; the digest and timelocks are the run's real values." }</li>
                </ul>
                <p class="sources">{ "Sources: BIP-199 (hashed time-locked contract script); decred/atomicswap (48 h and 24 h timelocks, the 32-byte secret size check); Chain Lab reference/models.md §3." }</p>
            </details>
        </section>
    }
}
