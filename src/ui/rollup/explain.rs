//! The rollup page's explanation: what you see, what to try, where
//! the model differs from Arbitrum today, with sources.

use yew::prelude::*;

#[function_component(Explain)]
pub fn explain() -> Html {
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "An optimistic rollup runs transactions off the main chain and uses Ethereum (L1) only to store their data and to settle disputes. Here L2 transfers among 32 accounts arrive at the rate you choose; the sequencer orders and executes them at once. The batch poster serialises them (14 bytes each), compresses the batch with Brotli, as Arbitrum Nitro does, and posts it to L1 when it would exceed its cap (100,000 compressed bytes of calldata, 130,048 per blob) or its first transaction has waited the maximum delay. Like Nitro's poster, it puts each batch where a byte costs less: in blobs at the current blob base fee, or in calldata, which since Pectra (EIP-7623) pays at least 10 gas a token (40 per non-zero byte). Every size, ratio and gas figure on this page comes from compressing the run's real bytes; every state root is a real Merkle root (SHA-256) over the balances." }</p>
                <p>{ "With each batch the proposer posts an assertion, the state root after the batch, with a bond. Nobody on L1 checks it. It becomes final only when its challenge window has passed (45,818 L1 blocks, about 6.4 days) with no successful challenge. Any honest validator can re-execute the batch from the data on L1 and, if its root differs, challenge." }</p>
                <p>{ "The challenge is a game over the batch's execution trace. Both sides agree on the state before the batch and disagree after it. Each round the defender posts the state hashes at points inside the disputed range; the challenger names the first part whose end it disagrees with. BoLD, the default (as on Arbitrum One since February 2025), pads the history to 2^h steps and splits each range at mandatoryBisectionHeight, a power-of-two point: exactly h = ceil(log2 N) rounds for N steps. Classic Nitro's 40-way dissection (extractChallengeSegment) cuts a range into 40 parts of floor(len/40) steps, the last taking the remainder, with 39 hashes a round; how many rounds it takes depends on where the disputed step lies. When the range is one step wide, L1 executes that single step from the agreed state and sees who was right. L1 never re-executes the batch, only one instruction. The loser's bond is slashed; a wrong assertion and every assertion built on it are rolled back." }</p>
                <p>{ "Security needs at least one honest validator online within the window. If none is, nothing stops a wrong root: it becomes final, and the minted coins are as real as any others. Few peer demonstrations show this case; set the validators offline and see it." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "Press \"Inject a wrong root\" and play. The proposer credits itself 1,000 ETH in the next batch's state root; the online validator challenges in the block the assertion lands, and the bisection narrows the batch's 8,400 VM steps (1,200 transfers, seven steps each) to the one STORE where the proposer's state first differs, in exactly 14 rounds: BoLD pads the 8,400 steps to 2^14 = 16,384." }</li>
                    <li>{ "Switch to 40-way (classic Nitro): 3 rounds instead of 14 (parts of 210 steps, then 5), at the price of 39 hashes per move instead of one." }</li>
                    <li>{ "Set every validator offline, inject the fault and play with time compression on: after the window's 6.4 days the wrong root becomes final. Then try \"late\" with a block before and after the window's end." }</li>
                    <li>{ "Raise the load to 100 tx/s (with Brotli level 6, so that playback stays smooth): batches close as full within a few percent of the 100,000-byte cap, and the cost per transaction falls to well under a hundredth of L1's 21,000 gas. Run the load sweep to see both curves." }</li>
                    <li>{ "Lower the Brotli quality from 11 to 6 (Nitro's level when its poster falls behind): compression is about five times faster, but at 100 tx/s the ratio drops from about 3.1× to 2.5×, so each full batch carries about a fifth fewer transactions and each transaction costs more. Switch the poster to calldata, or choose Cancun (before the calldata floor) in the fork selector, to see what EIP-7623 changed; raise other users' blob demand above 1× target to watch the blob base fee climb until the poster switches to calldata." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Where the model differs from Arbitrum today" }</h2></summary>
                <ul>
                    <li>{ "BoLD. The fraud proof above is one validator against one proposer over one batch's trace, bisected as BoLD does. The BoLD panel plays the all-vs-all game itself, symbolically: three levels (Arbitrum One: 2^26 blocks, 2^19 big steps, 2^23 small steps; or a reduced size), histories as Merkle roots padded to a power of two, cumulative timers and the 14,400-block grace period, stakes of 3,600 ETH per assertion and 555 and 79 ETH per big- and small-step edge (nitro-contracts scripts/files/configs/arb1.ts). In the model every party answers at once and never runs out of funds; real parties pay gas for every move, and real mini-stakes are refunded edge by edge." }</li>
                    <li>{ "Blobs and fees. The blob base fee follows EIP-4844's rule with EIP-7918's reserve price (on the BPO forks), other users' demand a steady rate; the execution base fee is a fixed setting (no EIP-1559 movement)." }</li>

                    <li>{ "Batches here are 14-byte transfers without signatures; real batches carry signed, RLP-encoded transactions whose 65-byte signatures do not compress, so real ratios are lower than these." }</li>
                    <li>{ "Arbitrum asserts about once an hour over many batches; the model posts one assertion per batch. Bonds in the batch-by-batch run are a flat 1 ETH; the BoLD panel uses Arbitrum One's real stakes." }</li>
                    <li>{ "Nitro's poster picks its Brotli level from its backlog: 11 when it is keeping up, 6 from 21 batches behind, 4 (recompressing at 6) from 61 (arbnode/compression_level.go). This poster never falls behind, so 11 is the default; the quality setting lets you trade size for speed." }</li>
                    <li>{ "The one-step proof is given the whole (tiny) pre-state; real Nitro proves only the touched memory with Merkle proofs, and executes one WebAssembly (WAVM) instruction. The L1 execution gas price is a setting, and L1 alone never raises its price as its backlog grows." }</li>
                </ul>
                <p class="sources">{ "Sources: Chain Lab reference/models.md §2; Offchain Labs, \"Arbitrum Nitro: a second-generation optimistic rollup\" (2022); Arbitrum docs: batch poster (Brotli, MaxSize 100,000), challenge period 45,818 blocks, BoLD; OffchainLabs/nitro arbnode/batch_poster.go and compression_level.go; EIP-2028 (calldata gas 16/4); EIP-7623 (calldata floor); EIP-4844 (blobs, fake_exponential); EIP-7691 (Prague 6/9); EIP-7892 (BPO forks: BPO1 10/15, BPO2 14/21); EIP-7918 (blob reserve price); OffchainLabs/nitro-contracts (ChallengeLib.sol, EdgeChallengeManagerLib.sol, RollupUserLogic.sol, arb1.ts) and OffchainLabs/bold." }</p>
            </details>
        </section>
    }
}
