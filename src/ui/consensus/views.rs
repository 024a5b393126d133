//! The consensus page's views: one network, three side by side, the
//! experiment (moved from `consensus.rs`).

use super::*;
use crate::i18n::number;
use crate::query::consensus::View;
use crate::sim::consensus::simulation::colour_name;
use crate::sim::consensus::Adversary;
use crate::t;

/// A view's name on its tab.
pub(super) fn view_title(v: View) -> String {
    match v {
        View::Network => t!("consensus-view-network"),
        View::Compare => t!("consensus-view-compare"),
        View::Experiment => t!("consensus-view-experiment"),
        View::Subnets => t!("consensus-view-subnets"),
    }
}

/// What a Byzantine strategy does, in words.
pub(super) fn adversary_text(a: Adversary) -> String {
    match a {
        Adversary::Minority => t!("consensus-adversary-minority"),
        Adversary::Balance => t!("consensus-adversary-balance"),
        Adversary::Contrarian => t!("consensus-adversary-contrarian"),
    }
}

pub(super) fn status_line(sim: &ConsensusSim) -> Html {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let text = match sim.status() {
        Status::Running => {
            t!("consensus-status-running", finalised = latest.finalised.to_string(), honest = honest.to_string())
        }
        Status::Finalised => match sim.decided_colour() {
            Some(c) => t!(
                "consensus-status-finalised-colour",
                colour = colour_name(c as usize),
                rounds = sim.round().to_string()
            ),
            None => t!("consensus-status-finalised", rounds = sim.round().to_string()),
        },
        Status::Stalled => t!("consensus-status-stalled", rounds = sim.params().max_rounds.to_string()),
    };
    html! {
        <p class={classes!("status", sim.safety_violated().then_some("danger"))} id="status">
            { text }
            if sim.safety_violated() {
                <strong>{ " · " }{ t!("consensus-status-safety-violation") }</strong>
            }
        </p>
    }
}

pub(super) fn counts(sim: &ConsensusSim) -> Html {
    let p = sim.params();
    let latest = sim.latest();
    let honest = sim.honest_count();
    let byz = p.nodes - honest;
    html! {
        <dl class="counts" id="counts">
            <div><dt>{ t!("consensus-round") }</dt><dd id="round">{ sim.round() }</dd></div>
            { for (0..p.colours as usize).map(|c| {
                let n = (latest.share[c] * f64::from(honest)).round() as u32;
                html! {
                    <div class={format!("swatch-{c}")}>
                        <dt><span class={format!("dot c{c}")}></span>{ t!("consensus-prefer", colour = colour_name(c)) }</dt>
                        <dd id={format!("count-{}", COLOUR_NAMES[c])}>{ format!("{n} ({:.0}%)", latest.share[c] * 100.0) }</dd>
                    </div>
                }
            }) }
            <div><dt>{ t!("consensus-finalised") }</dt><dd id="finalised">{ format!("{} / {}", latest.finalised, honest) }</dd></div>
            if p.protocol != Protocol::Slush {
                <div><dt>{ t!("consensus-mean-confidence") }</dt><dd>{ format!("{} / {}", number(latest.mean_confidence * f64::from(p.beta), 1), p.beta) }</dd></div>
            }
            <div><dt>{ t!("consensus-successful-polls") }</dt><dd>{ format!("{} ({:.0}%)", latest.successful_polls, 100.0 * f64::from(latest.successful_polls) / f64::from(honest.max(1))) }</dd></div>
            if byz > 0 {
                <div><dt><span class="dot byz"></span>{ t!("consensus-byzantine") }</dt><dd>{ format!("{byz} ({})", p.adversary.name()) }</dd></div>
            }
        </dl>
    }
}

pub(super) fn network_view(
    sim: &ConsensusSim,
    nodes: &NodeRef,
    chart: &NodeRef,
    on_click: Callback<MouseEvent>,
    selected_state: &UseStateHandle<Option<u32>>,
) -> Html {
    let selected = **selected_state;
    // Keyboard inspection: Tab focuses the picture, the arrow keys move the
    // inspected node (up and down by a row of the grid), Home and End go to
    // the first and last, Escape lets go; the inspector shows the node and
    // the live line below says which it is.
    let on_key = {
        let (state, canvas, n) = (selected_state.clone(), nodes.clone(), sim.params().nodes);
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let Some(c) = canvas.cast::<web_sys::HtmlCanvasElement>() else { return };
            let grid = Grid::new(n, f64::from(c.client_width()), f64::from(c.client_height()));
            let now = state.map(|s| s as usize);
            if let Some(next) = crate::ui::canvas::inspect_key(&e.key(), now, n as usize, grid.cols as usize) {
                e.prevent_default();
                e.stop_propagation();
                state.set(next.map(|i| i as u32));
            }
        })
    };
    html! {
        <>
            { status_line(sim) }
            <div class="network-grid">
                <canvas ref={nodes.clone()} id="nodes" class="nodes" onclick={on_click} onkeydown={on_key} tabindex="0"
                    role="application" aria-roledescription={t!("consensus-nodes-roledescription")} aria-describedby="nodes-focus"
                    aria-label={t!("consensus-nodes-label", nodes = sim.params().nodes.to_string())}></canvas>
                <div class="readout">
                    { counts(sim) }
                    { inspector(sim, selected) }
                </div>
            </div>
            <p id="nodes-focus" class="visually-hidden" aria-live="polite">{ focus_line(sim, selected) }</p>
            <canvas ref={chart.clone()} id="history-chart" class="chart" role="img"
                aria-label={t!("consensus-history-chart-label")}></canvas>
            <p class="legend-note">{ t!("consensus-legend") }</p>
        </>
    }
}

/// One sentence on the inspected node, for the live region.
fn focus_line(sim: &ConsensusSim, selected: Option<u32>) -> String {
    let Some(v) = selected.and_then(|id| sim.node(id as usize)) else { return String::new() };
    if v.byzantine {
        return t!("consensus-focus-byzantine", id = v.id.to_string());
    }
    let fin = v
        .finalised_at
        .map(|r| t!("consensus-focus-finalised", round = r.to_string()))
        .unwrap_or_else(|| t!("consensus-focus-not-finalised"));
    t!(
        "consensus-focus-node",
        id = v.id.to_string(),
        colour = colour_name(v.preference as usize),
        confidence = v.confidence,
        beta = sim.params().beta.to_string(),
        finalised = fin
    )
}

pub(super) fn inspector(sim: &ConsensusSim, selected: Option<u32>) -> Html {
    let Some(v) = selected.and_then(|id| sim.node(id as usize)) else {
        return html! { <p class="inspector hint" id="inspector">{ t!("consensus-inspect-hint") }</p> };
    };
    let p = sim.params();
    if v.byzantine {
        return html! {
            <div class="inspector" id="inspector">
                <h3>{ t!("consensus-inspector-byzantine", id = v.id.to_string()) }</h3>
                <p>{ t!("consensus-inspector-adversary", strategy = adversary_text(p.adversary)) }</p>
            </div>
        };
    }
    let colours = p.colours as usize;
    html! {
        <div class="inspector" id="inspector">
            <h3>{ t!("consensus-node", id = v.id.to_string()) }</h3>
            <dl>
                <dt>{ t!("consensus-preference") }</dt><dd><span class={format!("dot c{}", v.preference)}></span>{ colour_name(v.preference as usize) }</dd>
                if p.protocol == Protocol::Snowball {
                    <dt>{ t!("consensus-snowflake-preference") }</dt><dd>{ colour_name(v.flake_preference as usize) }</dd>
                    <dt>{ t!("consensus-strength") }</dt><dd>{ (0..colours).map(|c| format!("{} {}", colour_name(c), v.strength[c])).collect::<Vec<_>>().join(" · ") }</dd>
                }
                if p.protocol != Protocol::Slush {
                    <dt>{ t!("consensus-confidence") }</dt><dd>{ format!("{} / Beta {}", v.confidence, p.beta) }</dd>
                }
                <dt>{ t!("consensus-node-finalised") }</dt><dd>{ v.finalised_at.map(|r| t!("consensus-in-round", round = r.to_string())).unwrap_or_else(|| t!("consensus-not-yet")) }</dd>
            </dl>
            if v.last_sample.is_empty() {
                <p class="hint">{ t!("consensus-no-poll") }</p>
            } else {
                <p class="sample-title">{ {
                    let mut votes = [0u32; 4];
                    let mut lost = 0;
                    for (_, a) in &v.last_sample { match a { Some(c) => votes[*c as usize] += 1, None => lost += 1 } }
                    let mut parts: Vec<String> = (0..colours).map(|c| format!("{} {}", votes[c], colour_name(c))).collect();
                    if lost > 0 { parts.push(t!("consensus-poll-lost", lost = lost)); }
                    t!("consensus-last-poll", k = p.k, votes = parts.join(", "), ap = p.alpha_pref, ac = p.alpha_conf)
                } }</p>
                <ul class="sample">{ for v.last_sample.iter().map(|(peer, a)| match a {
                    Some(c) => html! { <li class={format!("chip c{c}")} title={t!("consensus-chip-answer", peer = peer.to_string(), colour = colour_name(*c as usize))}>{ peer }</li> },
                    None => html! { <li class="chip lost" title={t!("consensus-chip-lost", peer = peer.to_string())}>{ peer }</li> },
                }) }</ul>
            }
        </div>
    }
}

pub(super) fn compare_view(sims: &[ConsensusSim], nodes: &[NodeRef; 3], charts: &[NodeRef; 3]) -> Html {
    html! {
        <div class="compare" id="compare">
            { for sims.iter().enumerate().map(|(i, sim)| html! {
                <div class="compare-col" data-protocol={sim.params().protocol.name()}>
                    <h2>{ sim.params().protocol.title() }</h2>
                    { status_line(sim) }
                    <canvas ref={nodes[i].clone()} class="nodes small" role="img"
                        aria-label={t!("consensus-compare-network-label", protocol = sim.params().protocol.title())}></canvas>
                    <canvas ref={charts[i].clone()} class="chart small" role="img"
                        aria-label={t!("consensus-compare-chart-label", protocol = sim.params().protocol.title())}></canvas>
                </div>
            }) }
        </div>
    }
}

pub(super) fn experiment_view(
    e: &Experiment,
    hist: &NodeRef,
    state: &UseStateHandle<ConsensusState>,
    apply: &Callback<ConsensusState>,
) -> Html {
    let s = e.summary();
    let done = e.outcomes().len();
    let total = e.total_runs();
    let colours = e.params().colours as usize;
    let f = |v: Option<f64>| v.map(|v| number(v, 1)).unwrap_or_else(|| "–".into());
    let o = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    let violations: Vec<_> = e.outcomes().iter().filter(|o| o.safety_violation).take(12).collect();
    html! {
        <div class="experiment" id="experiment">
            <p class="status" id="experiment-progress">
                <progress max={total.to_string()} value={done.to_string()}></progress>
                { " " }{ t!(
                    "consensus-experiment-progress",
                    done = done.to_string(),
                    total = total.to_string(),
                    first = state.seed.to_string(),
                    last = state.seed.wrapping_add(u64::from(total) - 1).to_string()
                ) }
            </p>
            <canvas ref={hist.clone()} id="histogram" class="chart" role="img" aria-label={t!("consensus-histogram-label")}></canvas>
            <table class="summary" id="experiment-summary">
                <tr><th>{ t!("consensus-runs-finalised") }</th><td>{ t!("consensus-n-of-m", n = s.finalised.to_string(), m = done.to_string()) }</td></tr>
                <tr><th>{ t!("consensus-stalled-runs") }</th><td>{ s.stalled }</td></tr>
                <tr class={classes!((s.safety_violations > 0).then_some("danger"))}><th>{ t!("consensus-safety-violations") }</th>
                    <td id="safety-violations">{ s.safety_violations }</td></tr>
                <tr><th>{ t!("consensus-rounds-to-finality") }</th>
                    <td>{ format!("{} / {} / {}", f(s.mean_rounds), o(s.median_rounds), o(s.p95_rounds)) }</td></tr>
                <tr><th>{ t!("consensus-fastest-slowest") }</th><td>{ format!("{} / {}", o(s.min_rounds), o(s.max_rounds)) }</td></tr>
                <tr><th>{ t!("consensus-runs-per-colour") }</th>
                    <td>{ (0..colours).map(|c| format!("{} {}", colour_name(c), s.colour_counts[c])).collect::<Vec<_>>().join(" · ") }</td></tr>
            </table>
            if !violations.is_empty() {
                <p>{ t!("consensus-violation-runs") }</p>
                <ul class="run-links">{ for violations.into_iter().map(|o| {
                    let apply = apply.clone();
                    let st = (**state).clone();
                    let seed = o.seed;
                    html! { <li><button onclick={Callback::from(move |_: MouseEvent| apply.emit(ConsensusState { seed, view: View::Network, ..st.clone() }))}>
                        { t!("consensus-seed-button", seed = seed.to_string()) }</button></li> }
                }) }</ul>
            }
        </div>
    }
}
