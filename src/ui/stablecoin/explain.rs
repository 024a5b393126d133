//! The stablecoin page's explanation: what you see, what to try (each
//! checked with `chainlab stablecoin`), the May 2022 history and where the
//! model parts from it, the simplifications and the sources.

use yew::prelude::*;

#[function_component(Explain)]
pub fn explain() -> Html {
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "A stablecoin pegged by code, not cash. Terra's market module always swaps one stablecoin (UST) for one dollar's worth of the companion token (LUNA) at the oracle's price, and the reverse, burning what it is offered and minting what it pays out, less a spread. Nothing backs the stablecoin but that promise and the companion's market value." }</p>
                <ul>
                    <li>{ "Below $1, arbitrageurs buy the stablecoin cheaply, redeem it for $1 of the companion and sell that: the stablecoin's supply falls and its price rises. Above $1 they do the reverse. In a calm market this holds the peg within the spread (0.5%)." }</li>
                    <li>{ "Every redemption mints new companion tokens, which are sold. When holders leave faster than the companion's market can absorb, its price falls, so each further dollar redeemed mints more tokens, the price falls further, confidence falls, and more holders leave: the loop in the diagram." }</li>
                    <li>{ "The market module's virtual pool limits how fast this can go: each swap moves the pool's delta, the spread grows with it, and the pool recovers a 1/36 of the delta per 6-second block. That spread is the mint cap. A reserve (LFG's bitcoin) can buy the stablecoin to defend the peg while it lasts." }</li>
                </ul>
                <p>{ "Charts: prices (the companion on a log scale), both supplies (log), the reserve, and the mint capacity used (the pool's delta over the delta at which a small redemption pays 2%; at May 2022's settings that capacity is about $276M a day, close to the $293M a day quoted at the time)." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "Calm market: set the large withdrawal to $1B (Events). The same market that shrugged off $50M loses its peg on day 10 and the companion's supply grows about 3,000-fold." }</li>
                    <li>{ "Calm market: raise MinStabilitySpread to 0.03. The price now drifts 3% below the peg before arbitrage pays, beyond the 1% holders tolerate; panic builds and the peg breaks on day 12." }</li>
                    <li>{ "May 2022: cut the withdrawal to $1B. The reserve absorbs it (about 34,000 BTC spent) and the peg holds." }</li>
                    <li>{ "May 2022 against its what-ifs: three times the reserve keeps the stablecoin above about $0.81 and ends with the companion diluted about 11-fold instead of about 7,700-fold; a BasePool of 10M SDR throttles redemptions so the companion is diluted only about 12-fold, but the stablecoin falls to $0.20. (The what-ifs do not halt the chain. In May 2022 itself nobody can redeem after the halt, and the stablecoin sags again.)" }</li>
                    <li>{ "May 2022 with the mint-cap raise removed (raise = −1): almost the same end. In this model, by 12 May the damage was done." }</li>
                    <li>{ "May 2022 with panic per day set to 0: holders still sell the $2.5B, the reserve spends about 49,000 BTC, but no spiral follows. The spiral needs the loss of confidence." }</li>
                    <li>{ "Step with → (one hour) and watch the arrows of the loop light up in turn; ← goes back by replaying the run from its seed." }</li>
                </ul>
            </details>
            <details open=true id="history-note">
                <summary><h2>{ "May 2022: the history, and where the model parts from it" }</h2></summary>
                <p>{ "Grey dots on the charts are the daily history from www/data (approximate: each row of the file says how it was sourced; values are placed at midday). On 7 May large sales began on Curve and Anchor withdrawals followed; UST first lost its peg on 8–9 May; LFG sold about 80,000 BTC on 9–10 May; LUNA's supply grew from about 345M to 6.5T by 13 May, when the chain halted and swaps were disabled. Proposal 1164 raised BasePool from 50M to 100M SDR and cut PoolRecoveryPeriod from 36 to 18 blocks on 12 May." }</p>
                <ul>
                    <li>{ "Close: the peg breaks on the evening of 7 May (day 2.9); the reserve is spent by 9 May (history: 9–10 May); the companion ends diluted about 7,700-fold (history: about 19,000-fold)." }</li>
                    <li>{ "Early: the model's companion collapses about a day and a half ahead of history (below $1 at midday on 10 May; in history late on 11 May). The model's panic and its constant-product markets move faster than the real, deeper order books did." }</li>
                    <li>{ "Different: in the model almost every holder leaves through the market module, so the stablecoin's supply falls to about 4.2B (history: 11.3B), and once the sellers are gone arbitrage pulls its price back near $1 against a worthless companion. In history UST stayed at $0.10–0.40: holders were stuck, and a dollar of LUNA was no longer worth redeeming for." }</li>
                    <li>{ "Not modelled: the yield's own decline (Anchor's rate was a parameter of the real protocol, here it is fixed), BTC's fall from about $36,000 to $29,000 during those days, the oracle's exact timing, and the first halt on 12 May." }</li>
                </ul>
            </details>
            <details>
                <summary><h2>{ "Where the model differs from reality" }</h2></summary>
                <ul>
                    <li>{ "One representative holder, one arbitrageur (with $4B a day of capital to turn over), one reserve. External markets are constant-product pools: the stablecoin's ($1B a side) stands for Curve and the exchanges and is less flat near the peg than Curve's; the companion's has $2B of depth that market makers refill at 2.5 times a day of what was lost." }</li>
                    <li>{ "Steps are one minute (ten 6-second blocks): a minute's swaps are gathered into one, which charges a slightly larger spread than ten separate blocks would; set the step to 6 s for block-exact pools. The oracle's price is the last step's market price (Terra's oracle voted every 30 s)." }</li>
                    <li>{ "Demand follows the yield as exp(elasticity × (yield − starting yield)) times confidence, confidence is exp(−panic), and panic grows with the depeg beyond a tolerance and while the companion's market value is below the stablecoin's supply. These are modelling choices, calibrated by eye to May 2022, not measured laws." }</li>
                    <li>{ "Conservation is exact: every swap burns its offer and mints exactly its oracle value of the other token, less the spread to the trader and the spread as the fee to the oracle's reward pool; the model checks this and every supply against every holding at each step." }</li>
                </ul>
                <p class="sources">{ "Sources: terra-money/classic-core x/market (keeper/swap.go ComputeSwap and ApplySwapToPool, keeper/keeper.go ReplenishPools, keeper/msg_server.go, types/params.go); Terra governance proposal 1164; LFG's reserve statement of 16 May 2022; Chain Lab reference/models.md §4 and the data files www/data/terra-may-2022-daily.csv and lfg-reserve-may-2022.csv (approximate)." }</p>
            </details>
        </section>
    }
}
