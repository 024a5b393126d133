//! The consensus page's views: one network, three side by side, the
//! experiment (moved from `consensus.rs`).

use super::*;

pub(super) fn status_line(sim: &ConsensusSim) -> Html {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let text = match sim.status() {
        Status::Running => format!("undecided · {} of {} honest nodes finalised", latest.finalised, honest),
        Status::Finalised => match sim.decided_colour() {
            Some(c) => format!("every honest node finalised {} in {} rounds", COLOUR_NAMES[c as usize], sim.round()),
            None => format!("every honest node finalised in {} rounds", sim.round()),
        },
        Status::Stalled => {
            format!("stalled: not every honest node finalised within {} rounds", sim.params().max_rounds)
        }
    };
    html! {
        <p class={classes!("status", sim.safety_violated().then_some("danger"))} id="status">
            { text }
            if sim.safety_violated() {
                <strong>{ " · SAFETY VIOLATION: honest nodes finalised different colours" }</strong>
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
            <div><dt>{ "Round" }</dt><dd id="round">{ sim.round() }</dd></div>
            { for (0..p.colours as usize).map(|c| {
                let n = (latest.share[c] * f64::from(honest)).round() as u32;
                html! {
                    <div class={format!("swatch-{c}")}>
                        <dt><span class={format!("dot c{c}")}></span>{ format!("prefer {}", COLOUR_NAMES[c]) }</dt>
                        <dd id={format!("count-{}", COLOUR_NAMES[c])}>{ format!("{n} ({:.0}%)", latest.share[c] * 100.0) }</dd>
                    </div>
                }
            }) }
            <div><dt>{ "Finalised" }</dt><dd id="finalised">{ format!("{} / {}", latest.finalised, honest) }</dd></div>
            if p.protocol != Protocol::Slush {
                <div><dt>{ "Mean confidence" }</dt><dd>{ format!("{:.1} / {}", latest.mean_confidence * f64::from(p.beta), p.beta) }</dd></div>
            }
            <div><dt>{ "Successful polls" }</dt><dd>{ format!("{} ({:.0}%)", latest.successful_polls, 100.0 * f64::from(latest.successful_polls) / f64::from(honest.max(1))) }</dd></div>
            if byz > 0 {
                <div><dt><span class="dot byz"></span>{ "Byzantine" }</dt><dd>{ format!("{byz} ({})", p.adversary.name()) }</dd></div>
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
                    role="application" aria-roledescription="network" aria-describedby="nodes-focus"
                    aria-label={format!("{} nodes; colour shows preference, brightness confidence; click a node, or use the arrow keys, to inspect it", sim.params().nodes)}></canvas>
                <div class="readout">
                    { counts(sim) }
                    { inspector(sim, selected) }
                </div>
            </div>
            <p id="nodes-focus" class="visually-hidden" aria-live="polite">{ focus_line(sim, selected) }</p>
            <canvas ref={chart.clone()} id="history-chart" class="chart" role="img"
                aria-label="Chart: share of honest nodes preferring each colour and mean confidence, per round"></canvas>
            <p class="legend-note">{ "Brighter = more confident · dot = finalised · dark with a cross = Byzantine · shapes repeat the colours (red circle, blue square, green triangle, amber diamond) · click a node to see its last poll." }</p>
        </>
    }
}

/// One sentence on the inspected node, for the live region.
fn focus_line(sim: &ConsensusSim, selected: Option<u32>) -> String {
    let Some(v) = selected.and_then(|id| sim.node(id as usize)) else { return String::new() };
    if v.byzantine {
        return format!("Node {}: Byzantine", v.id);
    }
    let fin = v.finalised_at.map(|r| format!("finalised in round {r}")).unwrap_or_else(|| "not finalised".into());
    format!(
        "Node {}: prefers {}, confidence {} of {}, {fin}",
        v.id,
        COLOUR_NAMES[v.preference as usize],
        v.confidence,
        sim.params().beta
    )
}

pub(super) fn inspector(sim: &ConsensusSim, selected: Option<u32>) -> Html {
    let Some(v) = selected.and_then(|id| sim.node(id as usize)) else {
        return html! { <p class="inspector hint" id="inspector">{ "Click or tap a node to inspect it." }</p> };
    };
    let p = sim.params();
    if v.byzantine {
        return html! {
            <div class="inspector" id="inspector">
                <h3>{ format!("Node {} · Byzantine", v.id) }</h3>
                <p>{ format!("Does not run the protocol; it answers every query adversarially: {}.", p.adversary.describe()) }</p>
            </div>
        };
    }
    let colours = p.colours as usize;
    html! {
        <div class="inspector" id="inspector">
            <h3>{ format!("Node {}", v.id) }</h3>
            <dl>
                <dt>{ "Preference" }</dt><dd><span class={format!("dot c{}", v.preference)}></span>{ COLOUR_NAMES[v.preference as usize] }</dd>
                if p.protocol == Protocol::Snowball {
                    <dt>{ "Snowflake preference" }</dt><dd>{ COLOUR_NAMES[v.flake_preference as usize] }</dd>
                    <dt>{ "Strength" }</dt><dd>{ (0..colours).map(|c| format!("{} {}", COLOUR_NAMES[c], v.strength[c])).collect::<Vec<_>>().join(" · ") }</dd>
                }
                if p.protocol != Protocol::Slush {
                    <dt>{ "Confidence" }</dt><dd>{ format!("{} / Beta {}", v.confidence, p.beta) }</dd>
                }
                <dt>{ "Finalised" }</dt><dd>{ v.finalised_at.map(|r| format!("in round {r}")).unwrap_or_else(|| "not yet".into()) }</dd>
            </dl>
            if v.last_sample.is_empty() {
                <p class="hint">{ "No poll yet (or finalised before polling)." }</p>
            } else {
                <p class="sample-title">{ {
                    let mut votes = [0u32; 4];
                    let mut lost = 0;
                    for (_, a) in &v.last_sample { match a { Some(c) => votes[*c as usize] += 1, None => lost += 1 } }
                    let mut parts: Vec<String> = (0..colours).map(|c| format!("{} {}", votes[c], COLOUR_NAMES[c])).collect();
                    if lost > 0 { parts.push(format!("{lost} lost")); }
                    format!("Last poll of K = {} peers: {} (AlphaPreference {}, AlphaConfidence {})", p.k, parts.join(", "), p.alpha_pref, p.alpha_conf)
                } }</p>
                <ul class="sample">{ for v.last_sample.iter().map(|(peer, a)| match a {
                    Some(c) => html! { <li class={format!("chip c{c}")} title={format!("node {peer} answered {}", COLOUR_NAMES[*c as usize])}>{ peer }</li> },
                    None => html! { <li class="chip lost" title={format!("node {peer}: answer lost")}>{ peer }</li> },
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
                        aria-label={format!("{} network", sim.params().protocol.title())}></canvas>
                    <canvas ref={charts[i].clone()} class="chart small" role="img"
                        aria-label={format!("{} preference and confidence per round", sim.params().protocol.title())}></canvas>
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
    let f = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".into());
    let o = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    let violations: Vec<_> = e.outcomes().iter().filter(|o| o.safety_violation).take(12).collect();
    html! {
        <div class="experiment" id="experiment">
            <p class="status" id="experiment-progress">
                <progress max={total.to_string()} value={done.to_string()}></progress>
                { format!(" {done} of {total} runs (seeds {} to {})", state.seed, state.seed.wrapping_add(u64::from(total) - 1)) }
            </p>
            <canvas ref={hist.clone()} id="histogram" class="chart" role="img" aria-label="Histogram of rounds to finality"></canvas>
            <table class="summary" id="experiment-summary">
                <tr><th>{ "Runs finalised" }</th><td>{ format!("{} of {done}", s.finalised) }</td></tr>
                <tr><th>{ "Stalled (no finality by the cap)" }</th><td>{ s.stalled }</td></tr>
                <tr class={classes!((s.safety_violations > 0).then_some("danger"))}><th>{ "Safety violations" }</th>
                    <td id="safety-violations">{ s.safety_violations }</td></tr>
                <tr><th>{ "Rounds to finality: mean / median / 95th percentile" }</th>
                    <td>{ format!("{} / {} / {}", f(s.mean_rounds), o(s.median_rounds), o(s.p95_rounds)) }</td></tr>
                <tr><th>{ "Fastest / slowest" }</th><td>{ format!("{} / {}", o(s.min_rounds), o(s.max_rounds)) }</td></tr>
                <tr><th>{ "Runs settled on each colour" }</th>
                    <td>{ (0..colours).map(|c| format!("{} {}", COLOUR_NAMES[c], s.colour_counts[c])).collect::<Vec<_>>().join(" · ") }</td></tr>
            </table>
            if !violations.is_empty() {
                <p>{ "Runs with a safety violation (open one to watch it):" }</p>
                <ul class="run-links">{ for violations.into_iter().map(|o| {
                    let apply = apply.clone();
                    let st = (**state).clone();
                    let seed = o.seed;
                    html! { <li><button onclick={Callback::from(move |_: MouseEvent| apply.emit(ConsensusState { seed, view: View::Network, ..st.clone() }))}>
                        { format!("seed {seed}") }</button></li> }
                }) }</ul>
            }
        </div>
    }
}
