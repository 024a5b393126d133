//! The rollup pipeline on one canvas: L2 users, the sequencer, the batch
//! being filled, Brotli, L1 blocks, the challenge windows and finality.
//! Every number drawn is the run's; only the moving dots are decoration
//! (their count follows the arrival rate, their motion the playback).

use crate::sim::rollup::{hex, AssertionStatus, RollupSim, L1_BLOCK_TIME};
use crate::ui::canvas::{context, fill_text_fit, font, text_px};
use crate::ui::palette::Palette;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub use crate::sim::rollup::captions::span;

/// A whole number grouped by the reader's language ("45,818", "45.818").
pub fn thousands(n: u64) -> String {
    crate::i18n::number(n as f64, 0)
}

/// An amount of gwei, short, in the reader's language: "12.3", "4.5 k",
/// "1.23 M" (as `crate::format::gwei`).
pub fn gwei(v: f64) -> String {
    use crate::i18n::number;
    if v >= 1e6 {
        format!("{} M", number(v / 1e6, 2))
    } else if v >= 1000.0 {
        format!("{} k", number(v / 1000.0, 1))
    } else {
        number(v, 1)
    }
}

struct Stage {
    title: String,
    big: String,
    /// Each line, and whether it is an alarm (drawn bold, in red).
    lines: Vec<(String, bool)>,
    /// A bar: share filled (0..1) and its colour index (None: muted).
    bar: Option<(f64, Option<usize>)>,
    /// The stage is where something happened in this block.
    lit: bool,
    alarm: bool,
}

fn rrect(ctx: &CanvasRenderingContext2d, x: f64, y: f64, w: f64, h: f64, r: f64) {
    ctx.begin_path();
    ctx.move_to(x + r, y);
    ctx.line_to(x + w - r, y);
    ctx.quadratic_curve_to(x + w, y, x + w, y + r);
    ctx.line_to(x + w, y + h - r);
    ctx.quadratic_curve_to(x + w, y + h, x + w - r, y + h);
    ctx.line_to(x + r, y + h);
    ctx.quadratic_curve_to(x, y + h, x, y + h - r);
    ctx.line_to(x, y + r);
    ctx.quadratic_curve_to(x, y, x + r, y);
    ctx.close_path();
}

/// Draws the pipeline; `phase` (seconds of playback) moves the dots.
pub fn draw_pipeline(canvas: &HtmlCanvasElement, sim: &RollupSim, phase: f64, pal: &Palette) -> Option<()> {
    let (ctx, w, h) = context(canvas)?;
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let p = sim.params();
    let block = sim.block();
    let pending = sim.pending_batch();
    let last_batch = sim.batches().last();
    let posted_now = last_batch.is_some_and(|b| b.posted_block == block && block > 0);
    let traffic_on = block > 0 && block <= p.traffic_blocks();
    let cap = p.batch_cap();
    let ratio = last_batch.map(|b| b.ratio).unwrap_or(2.5);
    let est = (pending.raw_bytes as f64 / ratio.max(1.0)) / cap as f64;

    let open: Vec<_> = sim
        .assertions()
        .iter()
        .filter(|a| matches!(a.status, AssertionStatus::Pending | AssertionStatus::Challenged))
        .collect();
    let finals = sim.assertions().iter().filter(|a| a.status == AssertionStatus::Final).count();
    let rolled = sim.assertions().iter().filter(|a| a.status == AssertionStatus::RolledBack).count();
    // The challenged assertion if there is one (the caption names it), else the oldest open.
    let challenged_one = open.iter().find(|a| a.status == AssertionStatus::Challenged);
    let oldest_open = challenged_one.or(open.first());
    let challenged = challenged_one.is_some();

    let line = |t: String| (t, false);
    let stages = [
        Stage {
            title: crate::t!("rollup-stage-users"),
            big: crate::t!("rollup-stage-tps", tps = trim(p.tps)),
            lines: vec![
                line(crate::t!("rollup-stage-accounts", n = p.accounts.to_string())),
                line(if block < p.traffic_blocks() {
                    crate::t!("rollup-stage-sending", span = span((p.traffic_blocks() - block) * L1_BLOCK_TIME))
                } else {
                    crate::t!("rollup-stage-traffic-over")
                }),
            ],
            bar: None,
            lit: traffic_on,
            alarm: false,
        },
        Stage {
            title: crate::t!("rollup-stage-sequencer"),
            big: crate::t!("rollup-stage-txs", n = sim.total_txs()),
            lines: vec![
                line(crate::t!("rollup-stage-ordered")),
                line(crate::t!("rollup-stage-root", root = &hex(&sim.state_root())[..8])),
            ],
            bar: None,
            lit: traffic_on,
            alarm: false,
        },
        Stage {
            title: crate::t!("rollup-stage-batch"),
            big: crate::t!("rollup-stage-txs", n = pending.tx_count as u64),
            lines: vec![
                line(crate::t!("rollup-stage-raw", bytes = pending.raw_bytes)),
                line(crate::t!("rollup-stage-age", age = span(pending.age), max = span(p.max_delay))),
            ],
            bar: Some((est.min(1.0), Some(1))),
            lit: pending.tx_count > 0,
            alarm: false,
        },
        Stage {
            title: format!("Brotli q{}", p.compression_quality.min(11)), // i18n-ok: the codec and its quality setting
            big: if sim.awaiting_codec() {
                "…".into()
            } else {
                last_batch.map(|b| format!("{}×", crate::i18n::number(b.ratio, 2))).unwrap_or_else(|| "–".into())
            },
            lines: match last_batch {
                _ if sim.awaiting_codec() => {
                    vec![line(crate::t!("rollup-stage-compressing")), line(crate::t!("rollup-stage-brotli-loading"))]
                }
                Some(b) => vec![
                    line(crate::t!("rollup-stage-bytes", raw = b.raw_bytes, compressed = b.compressed_bytes)),
                    line(crate::t!(
                        "rollup-stage-of-cap",
                        pct = crate::i18n::num(100.0 * b.compressed_bytes as f64 / cap as f64, 0)
                    )),
                ],
                None => vec![line(crate::t!("rollup-stage-no-batch")), line(String::new())],
            },
            bar: last_batch.map(|b| (b.compressed_bytes as f64 / cap as f64, Some(1))),
            lit: posted_now || sim.awaiting_codec(),
            alarm: false,
        },
        Stage {
            title: crate::t!("rollup-stage-l1"),
            big: crate::t!("rollup-stage-block", block = block),
            lines: vec![
                line(crate::t!("rollup-stage-posted", n = sim.batches().len())),
                line(
                    last_batch
                        .map(|b| {
                            if b.blobs > 0 {
                                crate::t!("rollup-stage-blob-gas", gas = b.blob_gas)
                            } else {
                                crate::t!("rollup-stage-gas", gas = b.l1_gas)
                            }
                        })
                        .unwrap_or_default(),
                ),
            ],
            bar: None,
            lit: posted_now || sim.awaiting_codec(),
            alarm: false,
        },
        Stage {
            title: crate::t!("rollup-stage-window"),
            big: crate::t!("rollup-stage-open", n = open.len()),
            lines: match oldest_open {
                Some(a) => vec![
                    line(crate::t!(
                        "rollup-stage-ends",
                        id = a.id.to_string(),
                        span = span(a.window_end.saturating_sub(block) * L1_BLOCK_TIME)
                    )),
                    if challenged {
                        (crate::t!("rollup-stage-challenged", id = a.id.to_string()), true)
                    } else {
                        line(crate::t!("rollup-stage-window-long", blocks = p.challenge_window))
                    },
                ],
                None => vec![
                    line(crate::t!("rollup-stage-window-blocks", blocks = p.challenge_window)),
                    line(format!("≈ {}", span(p.challenge_window * L1_BLOCK_TIME))),
                ],
            },
            bar: oldest_open.map(|a| {
                let done = block.saturating_sub(a.posted_block) as f64 / p.challenge_window.max(1) as f64;
                (done.min(1.0), Some(if a.valid { 2 } else { 0 }))
            }),
            lit: challenged,
            alarm: open.iter().any(|a| !a.valid),
        },
        Stage {
            title: crate::t!("rollup-stage-final"),
            big: format!("{finals}"),
            lines: vec![
                line(if rolled > 0 {
                    crate::t!("rollup-stage-rolled", rolled = rolled.to_string())
                } else {
                    crate::t!("rollup-stage-assertions")
                }),
                if sim.invalid_finalised() {
                    (crate::t!("rollup-stage-wrong-final"), true)
                } else {
                    line(String::new())
                },
            ],
            bar: None,
            lit: false,
            alarm: sim.invalid_finalised(),
        },
    ];

    // As many boxes to a row as fit eight characters of the small text (the
    // one text-size rule: larger in presenter mode), so no text is squeezed.
    let n = stages.len();
    let small = text_px(11.0);
    let gap = if w >= 760.0 { 22.0 } else { 16.0 };
    let min_bw = (small * 8.0).max(96.0);
    let per_row = (((w - 16.0 + gap) / (min_bw + gap)).floor() as usize).clamp(2, n);
    // Rows of equal count (7 stages: 4 + 3 rather than 6 + 1).
    let rows = n.div_ceil(per_row);
    let per_row = n.div_ceil(rows);
    let bw = ((w - 16.0) - gap * (per_row as f64 - 1.0)) / per_row as f64;
    let row_h = (h - 16.0) / rows as f64;
    // Vertical rhythm follows the text size (k = 1 at 12 px).
    let k = small / 12.0;
    let bh = (row_h - 18.0).min(128.0 * k);
    let pos = |i: usize| -> (f64, f64) {
        let (r, c) = (i / per_row, i % per_row);
        (8.0 + c as f64 * (bw + gap), 8.0 + r as f64 * row_h + (row_h - bh) / 2.0)
    };

    // Arrows and moving dots between consecutive stages.
    for i in 0..n - 1 {
        let (x0, y0) = pos(i);
        let (x1, y1) = pos(i + 1);
        let (ax, ay, bx, by) = if (y1 - y0).abs() < 1.0 {
            (x0 + bw, y0 + bh / 2.0, x1, y1 + bh / 2.0)
        } else {
            // Wrap to the next row: from the bottom of this box to the top of the next.
            (x0 + bw / 2.0, y0 + bh, x1 + bw / 2.0, y1)
        };
        ctx.set_stroke_style_str(&pal.muted);
        ctx.set_line_width(1.5);
        ctx.begin_path();
        ctx.move_to(ax, ay);
        let wraps = (y1 - y0).abs() >= 1.0;
        // A row break: down, across, down (the dots ride the last leg).
        let (ax, ay) = if wraps {
            let mid = (ay + by) / 2.0;
            ctx.line_to(ax, mid);
            ctx.line_to(bx, mid);
            (bx, mid)
        } else {
            (ax, ay)
        };
        ctx.line_to(bx, by);
        ctx.stroke();
        let ang = (by - ay).atan2(bx - ax);
        ctx.set_fill_style_str(&pal.muted);
        ctx.begin_path();
        ctx.move_to(bx, by);
        ctx.line_to(bx - 7.0 * (ang - 0.45).cos(), by - 7.0 * (ang - 0.45).sin());
        ctx.line_to(bx - 7.0 * (ang + 0.45).cos(), by - 7.0 * (ang + 0.45).sin());
        ctx.close_path();
        ctx.fill();
        let flowing = match i {
            0 | 1 => traffic_on,
            2..=4 => posted_now,
            5 => sim.log().last().is_some_and(|e| {
                e.block == block
                    && matches!(
                        e.kind,
                        crate::sim::rollup::EventKind::Final | crate::sim::rollup::EventKind::InvalidFinal
                    )
            }),
            _ => false,
        };
        if flowing {
            let dots = if i < 2 { (p.tps.log10() + 2.0).clamp(1.0, 5.0) as usize } else { 1 };
            ctx.set_fill_style_str(&pal.colours[if i < 2 { 1 } else { 2 }]);
            for d in 0..dots {
                let t = (phase * 0.8 + d as f64 / dots as f64).fract();
                ctx.begin_path();
                let _ = ctx.arc(ax + (bx - ax) * t, ay + (by - ay) * t, 3.5, 0.0, std::f64::consts::TAU);
                ctx.fill();
            }
        }
    }

    for (i, s) in stages.iter().enumerate() {
        let (x, y) = pos(i);
        rrect(&ctx, x, y, bw, bh, 8.0);
        ctx.set_fill_style_str(&pal.bg);
        ctx.fill();
        ctx.set_line_width(if s.lit || s.alarm { 2.5 } else { 1.0 });
        ctx.set_stroke_style_str(if s.alarm {
            &pal.colours[0]
        } else if s.lit {
            &pal.colours[1]
        } else {
            &pal.grid
        });
        ctx.stroke();
        let pad = 8.0;
        ctx.set_text_align("left");
        ctx.set_fill_style_str(&pal.muted);
        ctx.set_font(&font(11.0, true));
        fill_text_fit(&ctx, &s.title, x + pad, y + 16.0 * k, bw - 2.0 * pad);
        ctx.set_fill_style_str(if s.alarm { &pal.colours[0] } else { &pal.fg });
        ctx.set_font(&font(if bw > 120.0 { 18.0 } else { 15.0 }, true));
        fill_text_fit(&ctx, &s.big, x + pad, y + 40.0 * k, bw - 2.0 * pad);
        ctx.set_font(&font(11.0, false));
        for (i, (line, alarm_line)) in s.lines.iter().enumerate() {
            let alarm_line = *alarm_line;
            ctx.set_fill_style_str(if alarm_line { &pal.colours[0] } else { &pal.muted });
            if alarm_line {
                ctx.set_font(&font(11.0, true));
            }
            fill_text_fit(&ctx, line, x + pad, y + (58.0 + 15.0 * i as f64) * k, bw - 2.0 * pad);
            ctx.set_font(&font(11.0, false));
        }
        if let Some((share, colour)) = s.bar {
            let (bx, by, bwid) = (x + pad, y + bh - 16.0 * k, bw - 2.0 * pad);
            ctx.set_fill_style_str(&pal.grid);
            ctx.fill_rect(bx, by, bwid, 7.0 * k);
            ctx.set_fill_style_str(colour.map(|c| pal.colours[c].as_str()).unwrap_or(&pal.muted));
            ctx.fill_rect(bx, by, bwid * share.clamp(0.0, 1.0), 7.0 * k);
        }
    }
    // The L1 chain: the last blocks as small squares inside the L1 box, a batch marked.
    let (x, y) = pos(4);
    let cell = 11.0 * k;
    let squares = ((bw - 16.0) / cell).floor().clamp(1.0, 12.0) as u64;
    for j in 0..squares {
        let b = block.saturating_sub(squares - 1 - j);
        if b == 0 {
            continue;
        }
        let has_batch = sim.batches().iter().rev().take(64).any(|r| r.posted_block == b);
        let xx = x + 8.0 + j as f64 * cell;
        ctx.set_fill_style_str(if has_batch { &pal.colours[1] } else { &pal.grid });
        ctx.fill_rect(xx, y + bh - 18.0 * k, 9.0 * k, 9.0 * k);
    }
    Some(())
}

/// Two decimals at most, trailing zeros dropped ("2", "0.5"), in the reader's language.
fn trim(v: f64) -> String {
    let s = crate::i18n::number(v, 2);
    s.trim_end_matches('0').trim_end_matches(['.', ',']).to_string()
}
