//! The explanation panel: what you are looking at, what to try, and where
//! the real protocol differs from the model, with sources.

use crate::query::consensus::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub view: View,
}

#[function_component(Explain)]
pub fn explain(p: &ExplainProps) -> Html {
    let looking = match p.view {
        View::Network => html! {
            <>
                <p>{ "Each shape is a node (a red circle or a blue square; with more colours, green triangles and amber diamonds). Every round, each honest node that has not yet decided asks K peers, picked at random, which colour they prefer, and counts the answers. Its colour is its current preference; the brighter it is, the more polls in a row have agreed with it (its confidence); a dot in the middle means it has finalised and will not change again." }</p>
                <p>{ "The three protocols differ only in what a node does with the count:" }</p>
                <ul>
                    <li><strong>{ "Slush" }</strong>{ ": if one colour has at least AlphaPreference votes, switch to it. Stop after m rounds, whatever you hold." }</li>
                    <li><strong>{ "Snowflake" }</strong>{ ": as Slush, plus a counter of consecutive polls with at least AlphaConfidence votes for the same colour. A weak or split poll resets it to zero; a strong poll for another colour restarts it at one. At Beta, finalise." }</li>
                    <li><strong>{ "Snowball" }</strong>{ ": as Snowflake, plus a running total per colour of every poll that reached AlphaPreference. The node only changes the colour it answers with when another colour's total becomes strictly larger, so one unlucky poll cannot flip it." }</li>
                </ul>
                <p>{ "Why it works: with K = 20 and AlphaPreference = 15, a poll of a perfectly split network reaches 15 votes for a given colour only about 2% of the time, but at an 80/20 split about 80% of the time. Any small imbalance makes the majority colour more likely to win polls, which makes the imbalance larger: the network tips, and confidence then grows round after round. Each node sends K queries per round, so a round costs about K·n messages instead of the n² of all-to-all voting." }</p>
            </>
        },
        View::Compare => html! {
            <p>{ "The same seed and parameters, run three times: once with every honest node running Slush, once Snowflake, once Snowball. Watch which settles first, whether Slush settles at all within its m rounds, and how Byzantine nodes affect each one." }</p>
        },
        View::Experiment => html! {
            <p>{ "Many independent runs of the current parameters. Run r uses seed S + r, so any run can be reopened on its own. The histogram shows how many rounds passed until every honest node had finalised; the table counts runs that stalled at the round cap and runs with a safety violation, where two honest nodes finalised different colours." }</p>
        },
        View::Subnets => html! {
            <>
                <p>{ "A subnet is a set of validators that runs consensus for one or more chains of its own; each chain is validated by exactly one subnet. In the model shown here every subnet validator must also validate the Primary Network, whose P-Chain (validators and subnets), X-Chain (asset exchange) and C-Chain (EVM contracts) everyone runs." }</p>
                <p>{ "Each subnet's consensus is simulated among its own validators only, with the validators you mark as compromised acting as Byzantine. That is the trade-off: a subnet can choose its own virtual machine, fees and validator rules, but its chains are only as safe as its own, often small, validator set. A rollup makes the opposite choice: it inherits the security of its whole L1, because anyone can challenge a wrong result there, but it runs under the L1's rules and waits for its finality." }</p>
            </>
        },
    };
    let try_this = match p.view {
        View::Network => html! {
            <ul>
                <li>{ "Set the initial share of red to 50% and watch the network tip one way; change the seed and it may tip the other." }</li>
                <li>{ "Start from 50% with 10% Byzantine nodes using the balance strategy: an adversary that sees every preference can hold the network in its split state, and no one finalises. Switch the strategy to minority: the same nodes now steer everyone to their colour instead." }</li>
                <li>{ "Lose 30% of answers: AlphaConfidence 15 of 20 becomes hard to reach and finality slows or stops." }</li>
                <li>{ "Raise the node count from 100 to 10,000: finality takes only a few more rounds (about 35 on average at 100 nodes, about 43 at 10,000), because each node still asks only K peers." }</li>
                <li>{ "Click a node, then step with the → key: its last poll, its counters and the lines to the peers it asked all update." }</li>
            </ul>
        },
        View::Compare => html! {
            <ul>
                <li>{ "Set Slush's m to 5: it stops while the network is still split, and honest nodes accept different colours. Snowflake and Snowball never stop on a fixed clock; they wait for Beta confident polls in a row." }</li>
                <li>{ "Add Byzantine nodes with the contrarian strategy and compare Snowflake's resets with Snowball's steadier preference." }</li>
            </ul>
        },
        View::Experiment => html! {
            <ul>
                <li>{ "Set Beta to 1, with no Byzantine nodes at all: nearly every run ends with honest nodes finalising different colours, because one lucky poll finalises a node. At Beta 2 some runs still fail, at Beta 3 about one in two hundred; from 4 up, none of 200 do, and each step of Beta costs about one more round. Beta buys safety with latency." }</li>
                <li>{ "Add 10% Byzantine nodes with the balance strategy: at Beta 3 most runs lose safety; from Beta 5 the same attack can only stall the network." }</li>
                <li>{ "Compare AlphaConfidence 15 with 18 (K = 20): how does the distribution move?" }</li>
            </ul>
        },
        View::Subnets => html! {
            <ul>
                <li>{ "Compromise a third of one small subnet's validators: its chain stalls or splits while the Primary Network, where those are a small share, carries on." }</li>
                <li>{ "Make the subnets as large as the Primary Network: their security catches up, and so does the cost of running them." }</li>
            </ul>
        },
    };
    html! {
        <section class="explain" id="explain" aria-label="Explanation">
            <details open=true>
                <summary><h2>{ "What you are looking at" }</h2></summary>
                { looking }
            </details>
            <details open=true>
                <summary><h2>{ "What to try" }</h2></summary>
                { try_this }
            </details>
            <details>
                <summary><h2>{ "Where the real protocol differs" }</h2></summary>
                <ul>
                    <li>{ "Rounds here are synchronous: everyone polls the preferences as they stood at the start of the round. Real nodes poll asynchronously and keep several polls in flight." }</li>
                    <li>{ "Peers are sampled uniformly. avalanchego samples validators in proportion to their stake." }</li>
                    <li>{ "A node here decides one value. Avalanche's C-Chain and P-Chain run Snowman, which applies the same rules to each block of a linear chain; current avalanchego can also take several (AlphaConfidence, Beta) pairs, finalising on whichever is met first. The model uses one pair." }</li>
                    <li>{ "The Byzantine nodes here see every honest node's preference each round: the powerful, fully informed adversary the Avalanche paper assumes. The balance strategy shows what such an adversary can do to a network that starts perfectly split. Real contention is rare, since honest clients do not issue conflicting transactions." }</li>
                    <li>{ "Subnets: since ACP-77 (the Etna upgrade, December 2024), validators of new Avalanche L1s no longer have to validate the Primary Network; they pay a continuous fee instead. The view shows the earlier rule described in the course notes." }</li>
                </ul>
                <p class="sources">{ "Sources: the update rules and parameter checks follow ava-labs/avalanchego, snow/consensus/snowball (parameters.go, nnary_snowflake.go, nnary_snowball.go); Team Rocket, Yin, Sekniqi, van Renesse and Sirer, \"Scalable and Probabilistic Leaderless BFT Consensus through Metastability\" (2019); Avalanche Community Proposal 77." }</p>
            </details>
        </section>
    }
}
