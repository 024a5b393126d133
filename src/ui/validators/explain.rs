//! The validators page's explanation: what you see, the rules, what to
//! try, published Nakamoto coefficients, where the model simplifies.

use yew::prelude::*;

/// The published figures the app ships (www/data/nakamoto-coefficients.csv).
const PUBLISHED: &str = include_str!("../../../www/data/nakamoto-coefficients.csv");

/// Splits one CSV line, honouring double quotes.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().expect("one field").push(c),
        }
    }
    out
}

#[function_component(Explain)]
pub fn explain() -> Html {
    let rows: Vec<Vec<String>> = PUBLISHED.lines().skip(1).filter(|l| !l.trim().is_empty()).map(fields).collect();
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                <p>{ "Each square is a validator: 32 ETH locked for the right to propose blocks and attest to them. Squares are grouped by the operator that runs them (Lido, Coinbase, an exchange, a solo staker). In every 6.4-minute epoch each online validator attests and earns a little; each of the 32 slots has a proposer, drawn in proportion to stake (the dots). An offline validator (hollow) loses what it would have earned for source and target votes." }</p>
                <p>{ "A validator that signs two conflicting votes is slashed (red): it loses a small initial penalty at once, is forced out through the exit queue, and about 18 days later (4,096 epochs) pays a correlation penalty of three times the share of all stake slashed in the surrounding 36 days. One validator's mistake costs almost nothing; a third of the network misbehaving together loses everything. A validator whose balance falls to 16 ETH is ejected. Exits wait in a queue that lets out only so much stake per epoch (the churn limit: 128 to 256 ETH from Electra, at least 4 validators before it)." }</p>
                <p>{ "Decentralisation is measured over operators, not validators: the Nakamoto coefficient is the fewest operators who together control a threshold of stake. 33.4% (more than a third) can stop the chain from finalising; 50% can outvote the rest on the fork choice; 66.7% can finalise whatever it likes. The cost of attack is that share of the active stake, times the token's price." }</p>
                <p>{ "When the staked token's price falls, a validator's income (fixed in tokens) falls in dollars while its costs (servers, staff) do not. Those whose income stays below their costs for a day ask to exit; small operators, with higher costs per validator, leave first. Active stake shrinks, the stake left is held by fewer, larger operators, and an attack costs less: in tokens and much more in dollars." }</p>
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                <ul>
                    <li>{ "On the default (Ethereum's entities in September 2022), press “Merge the two largest”: Lido and Coinbase together hold 46%, and the coefficient at 33.4% drops from 2 to 1. Reset, then “Re-delegate the largest”: Lido's validators spread over the others and it rises from 2 to 4." }</li>
                    <li>{ "Press “Slash the largest” and play for 20 days (4,500 epochs) with the Electra rules: the initial penalty is tiny, but at day 18 the correlation penalty takes almost all of the slashed 31%, because so much was slashed at once. Then switch the rules to Bellatrix–Deneb and compare the first drop (1/32 = 1 ETH instead of 1/4096)." }</li>
                    <li>{ "Choose the collapse price (99.99% in a week, as LUNA in May 2022) and play: from about day 5 the exit queue fills, active stake and the cost of attack fall, and the Nakamoto coefficient shrinks as small operators leave before the large ones." }</li>
                    <li>{ "Compare “Price falls 90%”: the cost of attack in dollars falls with the price from the first day, while validators leave only as the price passes each one's break-even: a few by day 20, about half by day 27, the small operators first (the coefficient at 33.4% ends at 1)." }</li>
                    <li>{ "“LUNA from the stablecoin simulation” feeds the stablecoin page's May 2022 run into the validators: LUNA falls from about $85 to under a cent within days, and every validator leaves." }</li>
                    <li>{ "Try the equal distribution and the power law with the same number of operators, and watch the Lorenz curve and the Gini coefficient." }</li>
                </ul>
            </details>
            <details open=true>
                <summary><h2>{ "Published Nakamoto coefficients" }</h2></summary>
                <p>{ "As published; methods and thresholds differ, some figures are weakly sourced (the “quality” column), and all of them change over time. " }<a href="www/data/nakamoto-coefficients.csv" download="nakamoto-coefficients.csv">{ "Download the table (CSV)" }</a></p>
                <div class="table-scroll">
                    <table class="published" id="published">
                        <thead><tr><th>{ "Network" }</th><th>{ "Coefficient" }</th><th>{ "Threshold" }</th><th>{ "Validators" }</th><th>{ "As of" }</th><th>{ "Source" }</th><th>{ "Quality" }</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr>{ for r.iter().take(7).map(|f| html! { <td>{ f }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <details>
                <summary><h2>{ "Where the model simplifies" }</h2></summary>
                <ul>
                    <li>{ "Every validator starts active with 32 ETH and withdrawal credentials of type 0x01; there are no new deposits, no compounding validators of up to 2,048 ETH (Electra), and rewards are not withdrawn." }</li>
                    <li>{ "Rewards follow Altair's formulas (base reward from the square root of total stake; source, target and head weights 14, 26 and 14 of 64; the proposer's 8 of 64) but every attestation is timely and the sync committee's 2 of 64 is left out. There is no inactivity leak and no finality tracking." }</li>
                    <li>{ "Proposers are drawn by effective balance as in the spec's rejection sampling, with the model's random generator rather than RANDAO." }</li>
                    <li>{ "A small network (hundreds to thousands of validators rather than a million) keeps the churn limit at its minimum, so exits take days here, not the weeks they take on Ethereum. It also pays far more: Altair's reward falls with the square root of total stake, so 1,000 validators earn about 90% a year where Ethereum's million earn about 3%. Costs are set relative to income, so the cascade does not depend on it." }</li>
                    <li>{ "Costs are an assumption: a share of each validator's starting income, lower per validator for large operators. The token price is given, not a market: nobody buys the stake that leaves. A collapse also means validators want to sell; the model has them leave only when running at a loss." }</li>
                    <li>{ "“Re-delegate” moves the largest operator's validators to the others at once, as a delegated-proof-of-stake chain does; on Ethereum this would need exits and new deposits through both queues. The remainder of the September 2022 shares beyond the four named entities is spread equally, an assumption." }</li>
                </ul>
                <p class="sources">{ "Sources: ethereum/consensus-specs, specs/phase0, altair, bellatrix and electra beacon-chain.md (slash_validator, process_slashings, initiate_validator_exit, compute_exit_epoch_and_update_churn, get_base_reward, EJECTION_BALANCE); Nakamoto coefficients: data/nakamoto-coefficients.csv with the sources listed above; LUNA's fall: data/terra-may-2022-daily.csv; Chain Lab reference/models.md §5." }</p>
            </details>
        </section>
    }
}
