//! The stablecoin page's explanation: what you see, what to try (each
//! number asserted by `tests/stablecoin.rs`, `what_to_try_says_what_the_model_does`),
//! the May 2022 history and where the model parts from it, the modelling
//! choices with their sources, the simplifications.

use yew::prelude::*;

#[function_component(Explain)]
pub fn explain() -> Html {
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "UST (the stablecoin) is pegged by code, not cash. Terra's market module always swaps one UST for one dollar's worth of LUNA (the companion) at the oracle's price, and the reverse, burning what it is offered and minting what it pays out, less a spread. Nothing backs UST but that promise and LUNA's market value." }</p>
                <ul>
                    <li>{ "Below $1, arbitrageurs buy UST cheaply, redeem it for $1 of LUNA and sell that: UST's supply falls and its price rises. Above $1 they do the reverse. In a calm market this holds the peg within the spread (0.5%)." }</li>
                    <li>{ "Every redemption mints new LUNA, which is sold. When UST holders leave faster than LUNA's market can absorb, LUNA's price falls, so each further dollar redeemed mints more LUNA, the price falls further, confidence falls, and more holders leave: the loop in the diagram." }</li>
                    <li>{ "The mint cap. The market module prices swaps with a virtual pool: BasePool is its size in SDR (the IMF's basket currency, about $1.36 in May 2022, the module's unit of account); the pool delta is how far recent swaps have pushed it from balance. The spread grows with the delta, and every 6-second block the pool recovers 1/PoolRecoveryPeriod (1/36) of it. At May 2022's settings a small redemption pays more than 2% once about $276M a day is redeemed." }</li>
                    <li>{ "A reserve (LFG's 80,394 BTC) buys UST to defend the peg while it lasts, at most 2,000 BTC an hour." }</li>
                </ul>
                <p>{ "Charts: prices (LUNA on a log scale), both supplies (log), the reserve, and the mint capacity used (the pool delta over the delta at which a small redemption pays 2%). The ensemble panel runs the same scenario over many seeds: the median path with its 10–90% and min–max bands, the day UST fell below $0.50 in each run and the LUNA multiple of each run." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "Calm market: set the large withdrawal to $1B (Events). The same market that shrugged off $50M loses its peg on day 10, the reserve is spent and LUNA's supply grows about 50,000-fold." }</li>
                    <li>{ "Calm market: raise MinStabilitySpread to 0.03. UST now drifts 3% below the peg before arbitrage pays, beyond the 1% holders tolerate; panic builds and the peg breaks on day 10.5." }</li>
                    <li>{ "May 2022: cut the withdrawal to $1B. The reserve absorbs it (about 25,000 BTC spent) and the peg holds." }</li>
                    <li>{ "May 2022 with the mint-cap raise removed (raise = −1): almost the same end (LUNA diluted about 3,700-fold instead of 3,800-fold). In this model, by 12 May the damage was done." }</li>
                    <li>{ "May 2022 with both halts removed (halt1 = −1, halt = −1): redemptions go on to 16 May and LUNA ends diluted about 41,000-fold. The halt froze the supplies, it did not save UST." }</li>
                    <li>{ "May 2022 with panic per day set to 0: holders still sell the $2.5B, the reserve spends about 48,000 BTC, but no spiral follows. The spiral needs the loss of confidence." }</li>
                    <li>{ "Step with → (one hour) and watch the arrows of the loop light up in turn; ← goes back by replaying the run from its seed." }</li>
                </ul>
            </details>
            <details open=true id="history-note">
                <summary><h2>{ "May 2022: the history, and where the model parts from it" }</h2></summary>
                <p>{ "Grey dots on the charts are the daily history from www/data (approximate: each row of the file says how it was sourced; values are placed at midday). History is the yardstick, never an input: the model starts from 5 May's supplies and prices only. On 7 May large sales began on Curve and Anchor withdrawals followed (Anchor deposits: $14B on 6 May, $8.7B on 9 May, about $2.6B on 12 May); UST first lost its peg on 8–9 May; LFG sold about 80,000 BTC on 9–10 May; proposal 1164 raised BasePool from 50M to 100M SDR and cut PoolRecoveryPeriod from 36 to 18 blocks on 12 May; the chain halted at block 7603700 on 12 May (about 80 minutes) and at block 7607789 on 13 May, after which swaps were disabled; by then LUNA's supply had grown from about 345M to 6.5T." }</p>
                <ul>
                    <li>{ "Close (over ten seeds, checked by a test): UST falls below $0.40 on 12 May and is at about $0.16–0.18 at the final halt, with no comeback; UST's supply at the final halt is about 12.1B (history 11.3–12.6B); LUNA's supply multiplies about 3,000–4,200-fold, almost all of it on 12 May (history about 19,000-fold by 13 May); the reserve is spent on the evening of 9 May (history 9–10 May)." }</li>
                    <li>{ "Late: LUNA holds near $85 until 9 May (history: $62 on 8 May, $44 on 9 May) and UST is still near $0.82 on 11 May (history $0.31). The model's collapse comes about a day after history's." }</li>
                    <li>{ "After the halt UST keeps sagging (to about $0.05 by 16 May; history $0.11); LUNA's price partly recovers in the model as its holders buy back with their own dollars (history: it stayed near $0.0001)." }</li>
                    <li>{ "Not modelled: the yield's own decline (Anchor's rate is a fixed parameter here), BTC's fall from about $36,000 to $29,000 during those days, validators' exact oracle votes." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Modelling choices and their sources" }</h2></summary>
                <ul>
                    <li>{ "Per block, whatever the step: the market module's swaps, ApplySwapToPool and the EndBlocker's ReplenishPools run once per 6-second block (classic-core x/market); the oracle takes LUNA's market price once per vote period of 5 blocks (x/oracle, 30 s). A one-minute step runs ten blocks, a 6-second step one: the result does not depend on the step (a test compares 60 s and 20 s steps with 6 s steps on every scenario)." }</li>
                    <li>{ "Money that adds up: every dollar, UST and LUNA belongs to an agent (UST holders, LUNA holders, outside buyers, arbitrageurs, the reserve, the two markets' market makers, the oracle's fee pool) or is minted or burnt by the market module. Dollars enter only at stated rates: the reserve's BTC sales and the outside buyers' budget ($2B a day at full confidence, scaled by confidence, stopping when swaps are disabled). After every step, per asset, the sum of balances equals the start plus minted minus burnt plus those inflows." }</li>
                    <li>{ "LUNA holders value their share of the network: a token is worth LUNA's starting market value times confidence, divided by today's supply, so dilution makes them sell rather than buy (history: LUNA fell from $85 to $16 by 10 May while its supply grew only 1.12-fold)." }</li>
                    <li>{ "UST holders leave faster with panic (30–40% a day at high panic, the pace at which Anchor deposits fell from $14B on 6 May to $8.7B on 9 May and about $2.6B on 12 May) and more slowly at a deep discount (the rate scales with UST's price)." }</li>
                    <li>{ "Arbitrage throughput is bounded per block in UST volume (1M UST) and by the share of LUNA's market depth one block's sales may take (0.6%): chain and exchange throughput, not capital, bounded the real run." }</li>
                    <li>{ "Panic is bounded: it grows with the depeg beyond a 1-cent tolerance and while LUNA's market value is below UST's supply, saturating at 3 (confidence never below 5%), and fades otherwise." }</li>
                    <li>{ "Calibrated, not measured: the panic gains, the outside buyers' budget and the two throughput bounds were chosen so that May 2022 falls within its recorded ranges; the recorded history is used only to check." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Where the model differs from reality" }</h2></summary>
                <ul>
                    <li>{ "One representative agent of each kind. External markets are constant-product books: UST's ($1B a side) stands for Curve and the exchanges and is less flat near the peg than Curve's; LUNA's starts with $2B of depth and is never refilled from nowhere." }</li>
                    <li>{ "Demand follows the yield as exp(elasticity × (yield − starting yield)) times confidence, and confidence is exp(−panic). These are modelling choices, not measured laws." }</li>
                    <li>{ "Conservation is exact: every swap burns its offer and mints exactly its oracle value of the other token, less the spread to the trader and the spread as the fee to the oracle's reward pool." }</li>
                </ul>
                <p class="sources">{ "Sources: terra-money/classic-core x/market (keeper/swap.go ComputeSwap and ApplySwapToPool, keeper/keeper.go ReplenishPools, abci.go EndBlocker, keeper/msg_server.go, types/params.go) and x/oracle (VotePeriod); Terra governance proposal 1164; LFG's reserve statement of 16 May 2022; Chain Lab reference/models.md §4 and the data files www/data/terra-may-2022-daily.csv and lfg-reserve-may-2022.csv (approximate)." }</p>
            </details>
        </section>
    }
}
