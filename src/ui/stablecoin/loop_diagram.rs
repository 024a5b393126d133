//! The feedback loop as a diagram in the DOM (SVG): each arrow lights up
//! while its effect is active in the current step.

use crate::sim::stablecoin::LoopActivity;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoopDiagramProps {
    pub activity: LoopActivity,
}

struct Node {
    x: f64,
    y: f64,
    /// The label's two lines (catalog keys).
    lines: [&'static str; 2],
}

const W: f64 = 150.0;
const H: f64 = 44.0;

const NODES: [Node; 5] = [
    Node { x: 240.0, y: 34.0, lines: ["stablecoin-loop-sell-1", "stablecoin-loop-sell-2"] },
    Node { x: 390.0, y: 120.0, lines: ["stablecoin-loop-price-1", "stablecoin-loop-price-2"] },
    Node { x: 340.0, y: 220.0, lines: ["stablecoin-loop-burn-1", "stablecoin-loop-burn-2"] },
    Node { x: 140.0, y: 220.0, lines: ["stablecoin-loop-diluted-1", "stablecoin-loop-diluted-2"] },
    Node { x: 90.0, y: 120.0, lines: ["stablecoin-loop-confidence-1", "stablecoin-loop-confidence-2"] },
];

fn arrow(id: &str, d: String, active: bool, label: String, lx: f64, ly: f64, damp: bool) -> Html {
    html! {
        <g id={id.to_string()} class={classes!("loop-arrow", active.then_some("active"), damp.then_some("damp"))} data-active={active.to_string()}>
            <path d={d} marker-end={match (active, damp) {
                (true, false) => "url(#loop-head-on)",
                (true, true) => "url(#loop-head-damp-on)",
                (false, _) => "url(#loop-head)",
            }} />
            <text x={lx.to_string()} y={ly.to_string()} text-anchor="middle">{ label }</text>
        </g>
    }
}

#[function_component(LoopDiagram)]
pub fn loop_diagram(p: &LoopDiagramProps) -> Html {
    let a = p.activity;
    html! {
        <figure class="loop" id="loop-diagram">
            <svg viewBox="0 0 480 264" role="img" aria-labelledby="loop-title">
                <title id="loop-title">{ crate::t!("stablecoin-loop-title") }</title>
                <defs>
                    <marker id="loop-head" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="loop-head" />
                    </marker>
                    <marker id="loop-head-on" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="loop-head-on" />
                    </marker>
                    <marker id="loop-head-damp-on" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="loop-head-damp-on" />
                    </marker>
                </defs>
                { arrow("arrow-withdrawals", "M316,34 C360,36 388,62 390,96".into(), a.withdrawals, crate::t!("stablecoin-loop-sales"), 406.0, 50.0, false) }
                { arrow("arrow-redemptions", "M392,143 C394,168 384,186 370,197".into(), a.redemptions, crate::t!("stablecoin-loop-redemptions"), 428.0, 178.0, false) }
                { arrow("arrow-dilution", "M264,220 L218,220".into(), a.dilution, crate::t!("stablecoin-loop-minting"), 240.0, 256.0, false) }
                { arrow("arrow-panic", "M98,197 C84,186 80,166 86,144".into(), a.panic, crate::t!("stablecoin-loop-fear"), 56.0, 178.0, false) }
                { arrow("arrow-exits", "M92,97 C96,62 128,38 163,35".into(), a.confidence_exits, crate::t!("stablecoin-loop-exits"), 80.0, 54.0, false) }
                { arrow("arrow-defence", "M262,112 L312,114".into(), a.defence, crate::t!("stablecoin-loop-reserve"), 214.0, 116.0, true) }
                { arrow("arrow-cap", "M290,166 L372,184".into(), a.cap_binding, crate::t!("stablecoin-loop-cap"), 236.0, 166.0, true) }
                { for NODES.iter().map(|n| html! {
                    <g class="loop-node">
                        <rect x={(n.x - W / 2.0).to_string()} y={(n.y - H / 2.0).to_string()} width={W.to_string()} height={H.to_string()} rx="8" />
                        <text x={n.x.to_string()} y={(n.y - 4.0).to_string()} text-anchor="middle">{ crate::i18n::format(n.lines[0], &[]) }</text>
                        <text x={n.x.to_string()} y={(n.y + 12.0).to_string()} text-anchor="middle">{ crate::i18n::format(n.lines[1], &[]) }</text>
                    </g>
                }) }
            </svg>
            <figcaption>{ crate::t!("stablecoin-loop-caption") }</figcaption>
        </figure>
    }
}
