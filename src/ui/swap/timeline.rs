//! Both chains on one time axis: their blocks, the swap's transactions in
//! them, the timelocks, offline and congestion windows, and "now".

use crate::sim::swap::simulation::view_end;
use crate::sim::swap::{ChainId, PartyId, SwapSim, Timelock, TxKind, TxOutcome};
use crate::ui::canvas::context_text;
use crate::ui::palette::Palette;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

const LEFT: f64 = 118.0;
const RIGHT: f64 = 16.0;
const LANE_H: f64 = 26.0;
const LANE_A: f64 = 44.0;
const LANE_B: f64 = 132.0;

fn hours(t: u64) -> String {
    if t.is_multiple_of(3600) {
        format!("{}h", t / 3600)
    } else {
        format!("{}h{:02}", t / 3600, t % 3600 / 60)
    }
}

fn tx_label(kind: &TxKind) -> String {
    match kind {
        TxKind::Lock => crate::t!("swap-tx-lock"),
        TxKind::Redeem { .. } => crate::t!("swap-tx-redeem"),
        TxKind::Refund => crate::t!("swap-tx-refund"),
    }
}

/// Text on a patch of the background, so that no line drawn under it (the
/// "now" line, a timelock) runs through its letters.
fn halo_text(ctx: &CanvasRenderingContext2d, text: &str, x: f64, y: f64, bg: &str, fg: &str) {
    let w = ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
    ctx.set_fill_style_str(bg);
    ctx.set_global_alpha(0.9);
    ctx.fill_rect(x - 2.0, y - 11.0, w + 4.0, 14.0);
    ctx.set_global_alpha(1.0);
    ctx.set_fill_style_str(fg);
    let _ = ctx.fill_text(text, x, y);
}

pub fn draw_timeline(canvas: &HtmlCanvasElement, sim: &SwapSim, pal: &Palette) -> Option<()> {
    // Designed with 11 px labels on fixed lanes: scaled as a whole (never
    // squeezed) so the labels meet the text-size rule.
    let (ctx, w, h, _) = context_text(canvas, 11.0)?;
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let p = sim.params();
    let end = view_end(sim);
    let horizon = end as f64;
    let span = (w - LEFT - RIGHT).max(10.0);
    let x = |t: u64| LEFT + (t as f64 / horizon).min(1.0) * span;
    let font = |px: f64, bold: bool| format!("{}{px}px system-ui, sans-serif", if bold { "600 " } else { "" });

    // Windows first, under everything.
    let band = |ctx: &CanvasRenderingContext2d, from: u64, until: u64, y: f64, hgt: f64, colour: &str, label: &str| {
        ctx.set_global_alpha(0.16);
        ctx.set_fill_style_str(colour);
        ctx.fill_rect(x(from), y, (x(until) - x(from)).max(2.0), hgt);
        ctx.set_global_alpha(1.0);
        ctx.set_fill_style_str(colour);
        ctx.set_font(&font(11.0, true));
        let _ = ctx.fill_text(label, x(from) + 4.0, y + 11.0);
    };
    for (party, plan) in [(PartyId::Initiator, &p.initiator), (PartyId::Participant, &p.participant)] {
        if let Some((from, until)) = plan.offline {
            let who = if party == PartyId::Initiator {
                crate::t!("swap-tl-alice-offline")
            } else {
                crate::t!("swap-tl-bob-offline")
            };
            band(&ctx, from, until, LANE_A - 30.0, LANE_B + LANE_H + 8.0 - (LANE_A - 30.0), &pal.muted, &who);
        }
    }
    if let Some(c) = &p.congestion {
        let y = if c.chain == ChainId::A { LANE_A } else { LANE_B };
        band(&ctx, c.from, c.until, y - 14.0, LANE_H + 16.0, &pal.colours[3], &crate::t!("swap-tl-congested"));
    }

    // "Now", under the labels that follow (they sit on the background, never crossed by it).
    let axis_y = h - 18.0;
    ctx.set_stroke_style_str(&pal.fg);
    ctx.set_line_width(2.0);
    ctx.begin_path();
    ctx.move_to(x(sim.time()), 14.0);
    ctx.line_to(x(sim.time()), axis_y);
    ctx.stroke();

    for (id, lane) in [(ChainId::A, LANE_A), (ChainId::B, LANE_B)] {
        ctx.set_fill_style_str(&pal.fg);
        ctx.set_font(&font(13.0, true));
        let name = if id == ChainId::A { crate::t!("swap-chain-a-like") } else { crate::t!("swap-chain-b-like") };
        let _ = ctx.fill_text(&name, 8.0, lane + 11.0);
        ctx.set_fill_style_str(&pal.muted);
        ctx.set_font(&font(11.0, false));
        let bt = if id == ChainId::A { p.chain_a.block_time } else { p.chain_b.block_time };
        let _ = ctx.fill_text(
            &crate::t!(
                "swap-tl-block-every",
                interval = if bt >= 60 { crate::t!("swap-tl-minutes", n = bt / 60) } else { crate::t!("swap-tl-seconds", n = bt) }
            ),
            8.0,
            lane + 25.0,
        );

        let all = sim.chain(id);
        let blocks = &all[..all.partition_point(|b| b.time <= end)];
        // Dense chains become a band; sparse ones show every block.
        let dense = blocks.len() as f64 > span / 3.0;
        if dense {
            if let Some(last) = blocks.last() {
                ctx.set_fill_style_str(&pal.grid);
                ctx.fill_rect(x(0), lane, x(last.time) - x(0), LANE_H);
            }
        } else {
            ctx.set_fill_style_str(&pal.grid);
            ctx.set_stroke_style_str(&pal.muted);
            for b in blocks {
                ctx.fill_rect(x(b.time) - 2.0, lane, 4.0, LANE_H);
            }
        }
        // Blocks with the swap's transactions, labelled.
        let mut label_row = 0.0;
        let mut last_label_x = f64::MIN;
        for b in blocks.iter().filter(|b| !b.txs.is_empty()) {
            for tx in &b.txs {
                let (colour, prefix) = match &tx.outcome {
                    TxOutcome::Applied => (
                        match tx.kind {
                            TxKind::Lock => pal.colours[1].as_str(),
                            TxKind::Redeem { .. } => pal.colours[2].as_str(),
                            TxKind::Refund => pal.colours[3].as_str(),
                        },
                        "",
                    ),
                    TxOutcome::Rejected(_) => (pal.colours[0].as_str(), "✗ "),
                };
                let bx = x(b.time);
                ctx.set_fill_style_str(colour);
                ctx.fill_rect(bx - 3.0, lane - 2.0, 6.0, LANE_H + 4.0);
                // Two rows of labels at most: a third would reach the "now" label at the top.
                label_row = if bx - last_label_x < 70.0 { (label_row + 12.0) % 24.0 } else { 0.0 };
                last_label_x = bx;
                let who = tx.from.short();
                ctx.set_font(&font(11.0, true));
                let ly = if id == ChainId::A { lane - 6.0 - label_row } else { lane + LANE_H + 13.0 + label_row };
                let label = crate::t!("swap-tl-tx", who = who, kind = tx_label(&tx.kind));
                halo_text(&ctx, &format!("{prefix}{label}"), bx + 4.0, ly, &pal.bg, colour);
            }
        }
        // Transactions waiting in the mempool, at "now".
        let pending = sim.mempool(id).len();
        if pending > 0 {
            ctx.set_stroke_style_str(&pal.fg);
            ctx.set_line_width(1.5);
            ctx.stroke_rect(x(sim.time()) + 3.0, lane + 4.0, 10.0, LANE_H - 8.0);
            ctx.set_fill_style_str(&pal.fg);
            ctx.set_font(&font(11.0, false));
            let _ = ctx.fill_text(&crate::t!("swap-tl-waiting", n = pending), x(sim.time()) + 16.0, lane + LANE_H / 2.0 + 4.0);
        }
    }

    // Timelocks.
    ctx.set_line_width(1.5);
    let _ = ctx.set_line_dash(&js_sys::Array::of2(&6.0.into(), &4.0.into()));
    for (id, lane) in [(ChainId::A, LANE_A), (ChainId::B, LANE_B)] {
        let htlc = sim.htlc(id);
        let (t, label) = match htlc.timelock {
            Timelock::Height(hgt) => {
                // The refund can be mined from the block above the locktime.
                let reached = sim.chain(ChainId::A).iter().find(|b| b.height > hgt).map(|b| b.time);
                let est = reached.unwrap_or(p.initiator_timelock + p.chain_a.block_time);
                let label = if reached.is_some() {
                    crate::t!("swap-tl-refund-height", height = hgt + 1)
                } else {
                    crate::t!("swap-tl-refund-height-est", height = hgt + 1)
                };
                (est, label)
            }
            Timelock::Time(t) => (t, crate::t!("swap-tl-refund-time", time = hours(t))),
        };
        let colour = if id == ChainId::A { &pal.colours[0] } else { &pal.colours[1] };
        if t > end {
            // Beyond the axis: say where, at the right edge.
            ctx.set_fill_style_str(colour);
            ctx.set_font(&font(11.0, false));
            ctx.set_text_align("right");
            let _ = ctx.fill_text(
                &format!("{label} →"),
                LEFT + span,
                lane + LANE_H + 20.0 + if id == ChainId::B { 14.0 } else { 0.0 },
            );
            ctx.set_text_align("left");
            continue;
        }
        ctx.set_stroke_style_str(colour);
        ctx.begin_path();
        ctx.move_to(x(t), lane - 8.0);
        ctx.line_to(x(t), lane + LANE_H + 8.0);
        ctx.stroke();
        ctx.set_fill_style_str(colour);
        ctx.set_font(&font(11.0, false));
        let _ = ctx.fill_text(
            &label,
            (x(t) - 150.0).max(LEFT),
            lane + LANE_H + 20.0 + if id == ChainId::B { 14.0 } else { 0.0 },
        );
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());

    // Time axis and now.
    ctx.set_stroke_style_str(&pal.muted);
    ctx.set_line_width(1.0);
    ctx.begin_path();
    ctx.move_to(LEFT, axis_y);
    ctx.line_to(LEFT + span, axis_y);
    ctx.stroke();
    let step = [60u64, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600]
        .into_iter()
        .find(|&s| horizon / s as f64 <= 10.0)
        .unwrap_or(24 * 3600);
    ctx.set_fill_style_str(&pal.muted);
    ctx.set_font(&font(11.0, false));
    let mut t = 0;
    while t as f64 <= horizon {
        ctx.fill_rect(x(t), axis_y, 1.0, 4.0);
        // Centred on its tick, but never past the canvas's edges (the last one was clipped).
        let label = hours(t);
        let lw = ctx.measure_text(&label).map(|m| m.width()).unwrap_or(24.0);
        let _ = ctx.fill_text(&label, (x(t) - lw / 2.0).clamp(2.0, w - lw - 2.0), axis_y + 15.0);
        t += step;
    }
    ctx.set_font(&font(11.0, true));
    let now = sim.time();
    let now_text = crate::t!("swap-tl-now", time = format!("{}h{:02}", now / 3600, now % 3600 / 60));
    halo_text(&ctx, &now_text, (x(now) + 4.0).min(w - 70.0), 12.0, &pal.bg, &pal.fg);
    Some(())
}
