//! A hash time-locked contract as a state machine, drawn in SVG: the
//! current state lit, and the transition most recently taken.

use crate::sim::swap::{HtlcState, Transition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    pub title: AttrValue,
    pub state: HtlcState,
    pub last: Option<Transition>,
    /// When the refund branch opens, in words ("from height 289", "from time 24h00"), translated.
    pub refund_rule: AttrValue,
    /// The redeem branch's deadline, if any ("before 24h"; none on Bitcoin).
    pub redeem_rule: AttrValue,
    #[prop_or_default]
    pub id: AttrValue,
}

#[function_component(HtlcDiagram)]
pub fn htlc_diagram(p: &DiagramProps) -> Html {
    let node = |state: HtlcState, x: i32, y: i32| {
        let on = p.state == state;
        html! {
            <g class={classes!("sm-node", on.then_some("on"))} data-state={state_id(state)}>
                <rect x={x.to_string()} y={y.to_string()} width="118" height="40" rx="9" />
                <text x={(x + 59).to_string()} y={(y + 25).to_string()} text-anchor="middle">{ state_name(state) }</text>
            </g>
        }
    };
    let edge = |t: Transition, d: &str, lx: i32, ly: i32, label: String| {
        let on = p.last == Some(t);
        html! {
            <g class={classes!("sm-edge", on.then_some("on"))}>
                <path d={d.to_string()} marker-end="url(#arrow)" />
                <text x={lx.to_string()} y={ly.to_string()}>{ label }</text>
            </g>
        }
    };
    html! {
        <figure class="htlc-diagram" id={p.id.clone()} aria-label={crate::t!("swap-diagram-aria", title = p.title.to_string(), state = state_name(p.state))}>
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox="0 0 430 200" role="img" aria-label={crate::t!("swap-diagram-svg-aria", title = p.title.to_string(), state = state_name(p.state))}>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 10 5 0 10z" class="arrowhead" />
                    </marker>
                </defs>
                { edge(Transition::Fund, "M126 100 H158", 128, 92, crate::t!("swap-edge-fund")) }
                { edge(Transition::Redeem, "M278 92 L304 62", 268, 70, String::new()) }
                { edge(Transition::Refund, "M278 108 L304 138", 268, 138, String::new()) }
                <text class={classes!("sm-rule", (p.last == Some(Transition::Redeem)).then_some("on"))} x="6" y="14">
                    { if p.redeem_rule.is_empty() { crate::t!("swap-rule-redeem") } else { crate::t!("swap-rule-redeem-until", rule = p.redeem_rule.to_string()) } }
                </text>
                <text class={classes!("sm-rule", (p.last == Some(Transition::Refund)).then_some("on"))} x="6" y="194">
                    { crate::t!("swap-rule-refund", rule = p.refund_rule.to_string()) }
                </text>
                { node(HtlcState::NotFunded, 6, 80) }
                { node(HtlcState::Locked, 160, 80) }
                { node(HtlcState::Redeemed, 306, 26) }
                { node(HtlcState::Refunded, 306, 132) }
            </svg>
        </figure>
    }
}

/// The state in the reader's language.
pub fn state_name(s: HtlcState) -> String {
    match s {
        HtlcState::NotFunded => crate::t!("swap-state-not-funded"),
        HtlcState::Locked => crate::t!("swap-state-locked"),
        HtlcState::Redeemed => crate::t!("swap-state-redeemed"),
        HtlcState::Refunded => crate::t!("swap-state-refunded"),
    }
}

/// The state as `data-state` names it for scripts and tests, in every language.
fn state_id(s: HtlcState) -> &'static str {
    match s {
        HtlcState::NotFunded => "not funded", // i18n-ok: data-state value, not shown
        HtlcState::Locked => "locked",
        HtlcState::Redeemed => "redeemed",
        HtlcState::Refunded => "refunded",
    }
}
