//! The fraud proof as it unfolds: each round's disputed range narrowing
//! inside the trace, both parties' claimed hashes at the round's points,
//! then the one step L1 executes, the bond slashed and the rollback.

use crate::format::thousands;
use crate::sim::rollup::{hex, max_rounds, Challenge, Round, Winner};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisputeProps {
    pub challenge: Challenge,
    pub block: u64,
    pub arity: u32,
    pub on_arity: Callback<u32>,
    /// Assertions rolled back by this challenge (once resolved).
    pub rolled_back: Vec<u32>,
}

fn short(h: &[u8; 32]) -> String {
    hex(h)[..10].to_string()
}

fn pct(v: u64, n: u64) -> f64 {
    100.0 * v as f64 / n.max(1) as f64
}

fn round_view(i: usize, r: &Round, n: u64, block: u64) -> Html {
    let len = r.hi - r.lo;
    // The whole trace with this round's range; below, this range with the chosen sub-range.
    let outer = html! {
        <div class="track" title={format!("the whole trace: steps 0 to {n}")}>
            <span class="range" style={format!("left:{:.4}%;width:max(3px,{:.4}%)", pct(r.lo, n), pct(len, n))}></span>
        </div>
    };
    let inner = html! {
        <div class="track zoom" title={format!("this round's range, steps {} to {}", r.lo, r.hi)}>
            { for r.points.iter().map(|p| html! {
                <span class={classes!("tick", if p.agree() { "agree" } else { "disagree" })}
                    style={format!("left:{:.4}%", pct(p.index - r.lo, len))}></span>
            }) }
            <span class="range next" style={format!("left:{:.4}%;width:max(3px,{:.4}%)", pct(r.next_lo - r.lo, len), pct(r.next_hi - r.next_lo, len))}></span>
        </div>
    };
    // Show every point for small arities; for 40-way, the points around the divergence.
    let first_bad = r.points.iter().position(|p| !p.agree()).unwrap_or(r.points.len() - 1);
    let shown: Vec<usize> = if r.points.len() <= 5 {
        (0..r.points.len()).collect()
    } else {
        let mut v = vec![0, first_bad.saturating_sub(1), first_bad, r.points.len() - 1];
        v.dedup();
        v
    };
    html! {
        <li class="round" data-round={(i + 1).to_string()}>
            <div class="round-head">
                <strong>{ format!("Round {}", i + 1) }</strong>
                <span>{ format!(" · block {} · range [{}, {}] ({} steps) → [{}, {}]", thousands(block), thousands(r.lo), thousands(r.hi), thousands(len), thousands(r.next_lo), thousands(r.next_hi)) }</span>
            </div>
            { outer }
            { inner }
            <table class="points">
                <thead><tr><th>{ "after step" }</th><th>{ "challenger (honest)" }</th><th>{ "defender's claim" }</th><th></th></tr></thead>
                <tbody>
                    { for shown.iter().enumerate().map(|(k, &j)| {
                        let p = &r.points[j];
                        let gap = k > 0 && j > shown[k - 1] + 1;
                        html! {
                            <>
                            if gap { <tr class="gap"><td colspan="4">{ format!("… {} more points …", j - shown[k - 1] - 1) }</td></tr> }
                            <tr class={classes!(if p.agree() { "agree" } else { "disagree" })}>
                                <td>{ thousands(p.index) }</td>
                                <td><code>{ short(&p.honest) }</code></td>
                                <td><code>{ short(&p.claimed) }</code></td>
                                <td>{ if p.agree() { "agree" } else { "differ" } }</td>
                            </tr>
                            </>
                        }
                    }) }
                </tbody>
            </table>
        </li>
    }
}

#[function_component(DisputeView)]
pub fn dispute_view(p: &DisputeProps) -> Html {
    let c = &p.challenge;
    let d = &c.dispute;
    let revealed = c.round_blocks.iter().filter(|&&b| b <= p.block).count();
    let resolved = p.block >= c.resolves_block;
    let n = d.n_steps;
    let set = |a: u32| p.on_arity.reform(move |_: MouseEvent| a);
    html! {
        <section class="dispute" id="dispute" data-rounds={d.rounds.len().to_string()} data-revealed={revealed.to_string()}
            data-resolved={resolved.to_string()} data-arity={d.arity.to_string()}>
            <h2>{ format!("Fraud proof: assertion {} (batch {})", c.assertion, c.batch) }</h2>
            <p>{ format!(
                "Validator {} re-executed batch {} from its L1 data and got a different state root, so at block {} it challenged. Both sides agree on the state before the batch and disagree after its {} VM steps (seven per transfer: load both balances, check, subtract, add, store both). Each round the defender posts {} inside the disputed range, the challenger names the first part whose end it disputes, and the range shrinks.",
                c.challenger, c.batch, thousands(c.opened_block), thousands(n), if d.arity == 2 { "1 hash".to_string() } else { format!("{} hashes", d.arity - 1) }
            ) }</p>
            <div class="arity" role="group" aria-label="Dissection">
                <button id="arity-2" class={classes!((p.arity == 2).then_some("active"))} aria-pressed={(p.arity == 2).to_string()} onclick={set(2)}>
                    { format!("Binary (BoLD-style): {} rounds", c.binary_rounds) }
                </button>
                <button id="arity-40" class={classes!((p.arity == 40).then_some("active"))} aria-pressed={(p.arity == 40).to_string()} onclick={set(40)}>
                    { format!("40-way (classic Nitro): {} rounds", c.dissection40_rounds) }
                </button>
                <span class="muted">{ format!("ceil(log2 {}) = {}, ceil(log40 {}) = {}", thousands(n), max_rounds(n, 2), thousands(n), max_rounds(n, 40)) }</span>
            </div>
            if revealed > 0 {
                <p class="muted legend-note">{ "In each round: the blue bar is the disputed range within the whole trace; the strip below is that range, with the posted points (green: both agree, red: they differ) and, in orange, the part chosen for the next round." }</p>
            }
            <ol class="rounds" id="rounds">
                { for d.rounds.iter().enumerate().take(revealed).map(|(i, r)| round_view(i, r, n, c.round_blocks[i])) }
            </ol>
            if revealed < d.rounds.len() {
                <p class="status" id="dispute-next">{ format!(
                    "Round {} of {}: its moves land at block {} (now {}).",
                    revealed + 1, d.rounds.len(), c.round_blocks[revealed], p.block
                ) }</p>
            } else if !resolved {
                <p class="status" id="dispute-next">{ format!("The range is one step wide: L1 executes step {} at block {}.", d.step, c.resolves_block) }</p>
            }
            if resolved {
                <div class="one-step" id="one-step">
                    <h3>{ format!("One-step proof: L1 executes step {} only", c.proof.step) }</h3>
                    <table>
                        <tr><th>{ "instruction" }</th><td><code>{ c.proof.op }</code>{ format!(" (transfer {} of the batch)", c.proof.transfer) }</td></tr>
                        <tr><th>{ "agreed state before" }</th><td><code>{ short(&c.proof.pre_hash) }</code>{ if c.proof.pre_state_valid { " ✓ matches the agreed hash" } else { " ✗ does not match" } }</td></tr>
                        <tr><th>{ "L1's result" }</th><td><code>{ short(&c.proof.post_hash) }</code></td></tr>
                        <tr><th>{ "challenger claimed" }</th><td><code>{ short(&d.honest_post) }</code>{ if c.proof.challenger_correct { " ✓" } else { " ✗" } }</td></tr>
                        <tr><th>{ "defender claimed" }</th><td><code>{ short(&d.claimed_post) }</code>{ if c.proof.proposer_correct { " ✓" } else { " ✗" } }</td></tr>
                    </table>
                    { match c.winner {
                        Some(Winner::Challenger) => html! {
                            <p class="verdict ok" id="verdict">{ format!(
                                "The defender's claim is wrong. Its bond of {} ETH is slashed to validator {}. Rolled back: assertion{} {}; the validator re-asserts the true roots from batch {} on, each with a fresh challenge window.",
                                c.slashed as f64 / 1e9, c.challenger,
                                if p.rolled_back.len() == 1 { "" } else { "s" },
                                p.rolled_back.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "),
                                c.batch
                            ) }</p>
                        },
                        Some(Winner::Proposer) => html! { <p class="verdict" id="verdict">{ "The defender was right: the challenger's bond is slashed and the assertion stands." }</p> },
                        None => html! {},
                    } }
                </div>
            }
        </section>
    }
}
