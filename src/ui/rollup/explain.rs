//! The rollup page's explanation: what you see, what to try, where
//! Arbitrum today differs (BoLD, blobs), with sources.

use yew::prelude::*;

#[function_component(Explain)]
pub fn explain() -> Html {
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "An optimistic rollup runs transactions off the main chain and uses Ethereum (L1) only to store their data and to settle disputes. Here L2 transfers among 32 accounts arrive at the rate you choose; the sequencer orders and executes them at once. The batch poster serialises them (14 bytes each), compresses the batch with Brotli, as Arbitrum Nitro does, and posts it to L1 when it would exceed 100,000 compressed bytes or its first transaction has waited the maximum delay. Every size, ratio and gas figure on this page comes from compressing the run's real bytes; every state root is a real Merkle root (SHA-256) over the balances." }</p>
                <p>{ "With each batch the proposer posts an assertion, the state root after the batch, with a bond. Nobody on L1 checks it. It becomes final only when its challenge window has passed (45,818 L1 blocks, about 6.4 days) with no successful challenge. Any honest validator can re-execute the batch from the data on L1 and, if its root differs, challenge." }</p>
                <p>{ "The challenge is a game over the batch's execution trace. Both sides agree on the state before the batch and disagree after it. Each round the defender posts the state hashes at points inside the disputed range; the challenger names the first part whose end it disagrees with. Binary bisection needs ceil(log2 N) rounds for N steps; classic Nitro's 40-way dissection needs ceil(log40 N), with 39 hashes a round. When the range is one step wide, L1 executes that single step from the agreed state and sees who was right. L1 never re-executes the batch, only one instruction. The loser's bond is slashed; a wrong assertion and every assertion built on it are rolled back." }</p>
                <p>{ "Security needs at least one honest validator online within the window. If none is, nothing stops a wrong root: it becomes final, and the minted coins are as real as any others. Few peer demonstrations show this case; set the validators offline and see it." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "Press \"Inject a wrong root\" and play. The proposer credits itself 1,000 ETH in the next batch's state root; the online validator challenges in the block the assertion lands, and the bisection narrows the batch's 8,400 VM steps (1,200 transfers, seven steps each) to the one STORE where the proposer's state first differs, in at most ceil(log2 8,400) = 14 rounds." }</li>
                    <li>{ "Switch the dissection to 40-way: at most 3 rounds instead of 14, at the price of 39 hashes per move instead of one." }</li>
                    <li>{ "Set every validator offline, inject the fault and play with time compression on: after the window's 6.4 days the wrong root becomes final. Then try \"late\" with a block before and after the window's end." }</li>
                    <li>{ "Raise the load to 100 tx/s (with Brotli level 6, so that playback stays smooth): batches close as full within a few percent of the 100,000-byte cap, and the cost per transaction falls to well under a hundredth of L1's 21,000 gas. Run the load sweep to see both curves." }</li>
                    <li>{ "Lower the Brotli quality from 11 to 6 (Nitro's level when its poster falls behind): compression is about five times faster, but at 100 tx/s the ratio drops from about 3.1× to 2.5×, so each full batch carries about a fifth fewer transactions and each transaction costs more. Switch to blobs to see how much cheaper blob gas makes data." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Where Arbitrum today differs" }</h2></summary>
                <ul>
                    <li>{ "BoLD. Since February 2025 Arbitrum One settles disputes with BoLD (Bounded Liquidity Delay) instead of classic Nitro's one-on-one 40-way dissection: anyone can defend the correct history against any number of challengers at once, a dispute ends within a bounded time, and history is bisected in power-of-two edges (a trace of 2^h steps needs h bisections), at block, big-step and small-step levels. This page shows one challenger against one proposer over one batch." }</li>
                    <li>{ "Blobs. Since Ethereum's Dencun upgrade (EIP-4844, March 2024) Arbitrum posts batches in blobs of 131,072 blob gas each, priced in a separate fee market, usually far below calldata; calldata remains a fallback. Choose blobs in the settings: the model packs 130,048 usable bytes per blob." }</li>
                    <li>{ "Batches here are 14-byte transfers without signatures; real batches carry signed, RLP-encoded transactions whose 65-byte signatures do not compress, so real ratios are lower than these." }</li>
                    <li>{ "Arbitrum asserts about once an hour over many batches; the model posts one assertion per batch. Bonds here are a flat 1 ETH; real bonds are far larger." }</li>
                    <li>{ "Nitro's poster picks its Brotli level from its backlog: 11 when it is keeping up, 6 from 21 batches behind, 4 (recompressing at 6) from 61 (arbnode/compression_level.go). This poster never falls behind, so 11 is the default; the quality setting lets you trade size for speed." }</li>
                    <li>{ "The one-step proof is given the whole (tiny) pre-state; real Nitro proves only the touched memory with Merkle proofs, and executes one WebAssembly (WAVM) instruction. There is no L1 fee market: gas prices are settings, and L1 alone never raises its price as its backlog grows." }</li>
                </ul>
                <p class="sources">{ "Sources: Chain Lab reference/models.md §2; Offchain Labs, \"Arbitrum Nitro: a second-generation optimistic rollup\" (2022); Arbitrum docs: batch poster (Brotli, MaxSize 100,000), challenge period 45,818 blocks, BoLD; OffchainLabs/nitro arbnode/batch_poster.go and compression_level.go; EIP-2028 (calldata gas 16/4); EIP-4844 (blobs)." }</p>
            </details>
        </section>
    }
}
