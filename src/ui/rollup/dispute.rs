//! The fraud proof as it unfolds: each round's disputed range narrowing
//! inside the trace, both parties' claimed hashes at the round's points,
//! then the one step L1 executes, the bond slashed and the rollback.

use super::pipeline::thousands;
use crate::sim::rollup::captions::rounds_why;
use crate::sim::rollup::{hex, Challenge, Round, Winner};
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

fn round_view(i: usize, r: &Round, n: u64, steps: u64, block: u64) -> Html {
    let len = r.hi - r.lo;
    // The whole trace with this round's range; below, this range with the chosen sub-range.
    let outer = html! {
        <div class="track" title={crate::t!("rollup-track-whole", n = n.to_string())}>
            <span class="range" style={format!("left:{:.4}%;width:max(3px,{:.4}%)", pct(r.lo, n), pct(len, n))}></span>
        </div>
    };
    let inner = html! {
        <div class="track zoom" title={crate::t!("rollup-track-round", lo = r.lo.to_string(), hi = r.hi.to_string())}>
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
                <strong>{ crate::t!("rollup-round", i = i + 1) }</strong>
                <span>{ format!(" {}", crate::t!("rollup-round-head", block = block, lo = r.lo, hi = r.hi, len = len, next_lo = r.next_lo, next_hi = r.next_hi)) }</span>
                if r.hi > steps {
                    <span class="muted">{ format!(" {}", crate::t!("rollup-round-padded", steps = steps)) }</span>
                }
            </div>
            { outer }
            { inner }
            <table class="points">
                <thead><tr><th>{ crate::t!("rollup-pt-after") }</th><th>{ crate::t!("rollup-pt-challenger") }</th><th>{ crate::t!("rollup-pt-defender") }</th><th></th></tr></thead>
                <tbody>
                    { for shown.iter().enumerate().map(|(k, &j)| {
                        let p = &r.points[j];
                        let gap = k > 0 && j > shown[k - 1] + 1;
                        html! {
                            <>
                            if gap { <tr class="gap"><td colspan="4">{ crate::t!("rollup-pt-more", n = j - shown[k - 1] - 1) }</td></tr> }
                            <tr class={classes!(if p.agree() { "agree" } else { "disagree" })}>
                                <td>{ thousands(p.index) }</td>
                                <td><code>{ short(&p.honest) }</code></td>
                                <td><code>{ short(&p.claimed) }</code></td>
                                <td>{ if p.agree() { crate::t!("rollup-pt-agree") } else { crate::t!("rollup-pt-differ") } }</td>
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
            <h2>{ crate::t!("rollup-dispute-title", protocol = if d.arity == 2 { "BoLD".to_string() } else { crate::t!("rollup-classic-nitro") }, assertion = c.assertion.to_string(), batch = c.batch.to_string()) }</h2>
            <p>{ crate::t!(
                "rollup-dispute-intro",
                validator = c.challenger.to_string(),
                batch = c.batch.to_string(),
                block = c.opened_block,
                steps = n,
                posts = if d.arity == 2 { crate::t!("rollup-dispute-posts-bold") } else { crate::t!("rollup-dispute-posts-classic", hashes = d.arity - 1) }
            ) }</p>
            <div class="arity" role="group" aria-label={crate::t!("rollup-dispute-protocol")}>
                <button id="arity-2" class={classes!((p.arity == 2).then_some("active"))} aria-pressed={(p.arity == 2).to_string()} onclick={set(2)}>
                    { crate::t!("rollup-bold-rounds", n = c.binary_rounds) }
                </button>
                <button id="arity-40" class={classes!((p.arity == 40).then_some("active"))} aria-pressed={(p.arity == 40).to_string()} onclick={set(40)}>
                    { crate::t!("rollup-classic-rounds", n = c.dissection40_rounds) }
                </button>
                <span class="muted" id="rounds-why">{ rounds_why(n, c.binary_rounds, c.dissection40_rounds) }</span>
            </div>
            if revealed > 0 {
                <p class="muted legend-note">{ crate::t!("rollup-rounds-legend") }</p>
            }
            <ol class="rounds" id="rounds">
                // BoLD's ranges run over the history padded to a power of two.
                { for d.rounds.iter().enumerate().take(revealed).map(|(i, r)| round_view(i, r, d.rounds.first().map_or(n, |r0| r0.hi), n, c.round_blocks[i])) }
            </ol>
            if revealed < d.rounds.len() {
                <p class="status" id="dispute-next">{ crate::t!(
                    "rollup-dispute-next",
                    k = revealed + 1, n = d.rounds.len(), at = c.round_blocks[revealed].to_string(), now = p.block.to_string()
                ) }</p>
            } else if !resolved {
                <p class="status" id="dispute-next">{ crate::t!("rollup-dispute-one-wide", step = d.step.to_string(), block = c.resolves_block.to_string()) }</p>
            }
            if resolved {
                <div class="one-step" id="one-step">
                    <h3>{ crate::t!("rollup-osp-title", step = c.proof.step.to_string()) }</h3>
                    <table>
                        <tr><th>{ crate::t!("rollup-osp-instruction") }</th><td><code>{ c.proof.op }</code>{ format!(" {}", crate::t!("rollup-osp-transfer", transfer = c.proof.transfer.to_string())) }</td></tr>
                        <tr><th>{ crate::t!("rollup-osp-before") }</th><td><code>{ short(&c.proof.pre_hash) }</code>{ format!(" {}", if c.proof.pre_state_valid { crate::t!("rollup-osp-matches") } else { crate::t!("rollup-osp-no-match") }) }</td></tr>
                        <tr><th>{ crate::t!("rollup-osp-result") }</th><td><code>{ short(&c.proof.post_hash) }</code></td></tr>
                        <tr><th>{ crate::t!("rollup-osp-challenger") }</th><td><code>{ short(&d.honest_post) }</code>{ if c.proof.challenger_correct { " ✓" } else { " ✗" } }</td></tr>
                        <tr><th>{ crate::t!("rollup-osp-defender") }</th><td><code>{ short(&d.claimed_post) }</code>{ if c.proof.proposer_correct { " ✓" } else { " ✗" } }</td></tr>
                    </table>
                    { match c.winner {
                        Some(Winner::Challenger) => html! {
                            <p class="verdict ok" id="verdict">{ crate::t!(
                                "rollup-verdict-challenger",
                                eth = (c.slashed as f64 / 1e9).to_string(),
                                validator = c.challenger.to_string(),
                                rolled = crate::t!(
                                    "rollup-verdict-rolled",
                                    n = p.rolled_back.len(),
                                    ids = p.rolled_back.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", ")
                                ),
                                batch = c.batch.to_string()
                            ) }</p>
                        },
                        Some(Winner::Proposer) => html! { <p class="verdict" id="verdict">{ crate::t!("rollup-verdict-proposer") }</p> },
                        None => html! {},
                    } }
                </div>
            }
        </section>
    }
}
