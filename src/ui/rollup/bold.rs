//! The BoLD view: an all-vs-all dispute played move by move (edges per
//! level, bisections, refinements, one-step proofs), and the delay chart
//! of classic Nitro against BoLD as attackers join.

use super::super::canvas::context_text;
use super::super::palette::Palette;
use super::super::shell::{use_animation_loop, use_playing};
use crate::format::thousands;
use crate::sim::rollup::bold::{self, attackers_at, BoldConfig, BoldOutcome, Side};
use crate::sim::rollup::captions::{bold_summary, days, delay_summary};
use crate::sim::rollup::classic::{delay_curve, ClassicConfig, DelayPoint};
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The most attackers the delay chart plots.
pub const CHART_ATTACKERS: u32 = 8;
/// Milliseconds between two moves while the game plays.
const MOVE_MS: f64 = 120.0;

#[derive(Properties, PartialEq)]
pub struct BoldProps {
    pub attackers: u32,
    pub seed: u64,
    pub on_attackers: Callback<u32>,
}

fn draw_edges(
    canvas: &HtmlCanvasElement,
    cfg: &BoldConfig,
    o: &BoldOutcome,
    shown: usize,
    pal: &Palette,
) -> Option<()> {
    let (ctx, w, h, _) = context_text(canvas, 12.0)?;
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let levels = cfg.levels.len();
    let band = h / levels as f64;
    let left = 92.0;
    let width = (w - left - 8.0).max(10.0);
    ctx.set_font("12px system-ui, sans-serif");
    for (i, l) in cfg.levels.iter().enumerate() {
        let y0 = band * i as f64;
        ctx.set_fill_style_str(&pal.muted);
        let _ = ctx.fill_text(&format!("{} 2^{}", l.name, l.log2), 4.0, y0 + 16.0);
        ctx.set_stroke_style_str(&pal.grid);
        ctx.begin_path();
        ctx.move_to(0.0, y0);
        ctx.line_to(w, y0);
        ctx.stroke();
    }
    let honest = &pal.colours[2];
    let bad = &pal.colours[0];

    for m in o.moves.iter().take(shown) {
        let l = &cfg.levels[m.level as usize];
        let top = (1u64 << l.log2) as f64;
        let y0 = band * f64::from(m.level);
        let rows = f64::from(l.log2 + 1);
        let x = |v: u64| left + width * v as f64 / top;
        let color = if m.side == Side::Honest { honest } else { bad };
        ctx.set_stroke_style_str(color);
        ctx.set_fill_style_str(color);
        let depth = |len: u64| f64::from(l.log2) - (len.max(1) as f64).log2();
        let yrow = |d: f64| y0 + 22.0 + (band - 30.0) * d / rows;
        // Malicious edges sit a little below honest ones on the same row.
        let dy = if m.side == Side::Honest { 0.0 } else { 3.0 };
        match (m.kind, m.mid) {
            ("bisect", Some(mid)) => {
                let y = yrow(depth(m.end - m.start) + 1.0) + dy;
                ctx.set_line_width(2.0);
                ctx.begin_path();
                ctx.move_to(x(m.start), y);
                ctx.line_to((x(mid) - 1.0).max(x(m.start)), y);
                ctx.move_to(x(mid) + 1.0, y);
                ctx.line_to(x(m.end).max(x(mid) + 2.0), y);
                ctx.stroke();
            }
            ("one-step proof", _) => {
                let y = yrow(rows - 1.0);
                ctx.begin_path();
                let _ = ctx.arc(x(m.start), y, 5.0, 0.0, std::f64::consts::TAU);
                ctx.fill();
            }
            _ => {
                let y = yrow(0.0) + dy;
                ctx.set_line_width(3.0);
                ctx.begin_path();
                ctx.move_to(x(m.start), y);
                ctx.line_to(x(m.end), y);
                ctx.stroke();
            }
        }
    }
    ctx.set_line_width(1.0);
    Some(())
}

fn draw_delay(canvas: &HtmlCanvasElement, curve: &[DelayPoint], pal: &Palette) -> Option<()> {
    let (ctx, w, h, _) = context_text(canvas, 12.0)?;
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let (l, r, t, b) = (52.0, 12.0, 14.0, 34.0);
    let max_days =
        curve.iter().map(|p| p.classic_blocks.max(p.bold_blocks)).max().unwrap_or(1) as f64 * 12.0 / 86_400.0;
    let ymax = (max_days / 10.0).ceil().max(1.0) * 10.0;
    let xmax = curve.last().map(|p| p.attackers).unwrap_or(1).max(1) as f64;
    let px = |a: f64| l + (w - l - r) * a / xmax;
    let py = |d: f64| h - b - (h - t - b) * d / ymax;
    ctx.set_font("12px system-ui, sans-serif");
    ctx.set_stroke_style_str(&pal.grid);
    ctx.set_fill_style_str(&pal.muted);
    for k in 0..=4 {
        let d = ymax * f64::from(k) / 4.0;
        ctx.begin_path();
        ctx.move_to(l, py(d));
        ctx.line_to(w - r, py(d));
        ctx.stroke();
        let _ = ctx.fill_text(&format!("{d:.0} d"), 8.0, py(d) + 4.0);
    }
    for p in curve {
        let _ = ctx.fill_text(&p.attackers.to_string(), px(f64::from(p.attackers)) - 3.0, h - b + 16.0);
    }
    let _ = ctx.fill_text("attackers", w / 2.0 - 24.0, h - 4.0);
    for (i, (label, get)) in [
        ("classic Nitro", (|p: &DelayPoint| p.classic_blocks) as fn(&DelayPoint) -> u64),
        ("BoLD", |p: &DelayPoint| p.bold_blocks),
    ]
    .into_iter()
    .enumerate()
    {
        let color = if i == 0 { pal.colours[0].clone() } else { pal.colours[2].clone() };
        ctx.set_stroke_style_str(&color);
        ctx.set_fill_style_str(&color);
        ctx.set_line_width(2.5);
        ctx.begin_path();
        for (k, p) in curve.iter().enumerate() {
            let (x, y) = (px(f64::from(p.attackers)), py(get(p) as f64 * 12.0 / 86_400.0));
            if k == 0 {
                ctx.move_to(x, y);
            } else {
                ctx.line_to(x, y);
            }
        }
        ctx.stroke();
        let _ = ctx.fill_text(label, l + 8.0, t + 14.0 + 16.0 * i as f64);
    }
    ctx.set_line_width(1.0);
    Some(())
}

#[function_component(BoldView)]
pub fn bold_view(p: &BoldProps) -> Html {
    let full = use_state(|| false);
    let cfg = if *full { BoldConfig::arbitrum_one() } else { BoldConfig::reduced() };
    let outcome = {
        let (cfg, n, seed) = (cfg.clone(), p.attackers, p.seed);
        use_memo((*full, n, seed), move |_| bold::play(&cfg, &attackers_at(n, 1), seed))
    };
    let curve = use_memo(p.seed, |&seed| {
        delay_curve(&ClassicConfig::arbitrum_one(), &BoldConfig::arbitrum_one(), CHART_ATTACKERS, seed)
    });
    let shown = use_state(|| usize::MAX);
    let acc = use_mut_ref(|| 0.0f64);
    let playing = use_playing(false);
    let total = outcome.moves.len();
    let now = (*shown).min(total);
    {
        let (shown, playing_h, acc) = (shown.clone(), playing.clone(), acc.clone());
        use_animation_loop(
            &playing,
            Callback::from(move |dt: f64| {
                let mut a = acc.borrow_mut();
                *a += dt;
                let mut k = (*shown).min(total);
                while *a >= MOVE_MS && k < total {
                    *a -= MOVE_MS;
                    k += 1;
                }
                if k >= total {
                    playing_h.set(false);
                }
                shown.set(k);
            }),
        );
    }
    let edges_ref = use_node_ref();
    let delay_ref = use_node_ref();
    {
        let (edges_ref, delay_ref, cfg, outcome, curve) =
            (edges_ref.clone(), delay_ref.clone(), cfg.clone(), outcome.clone(), curve.clone());
        // Redrawn only when what they show changes (the page re-renders this
        // panel on every frame of the run's playback).
        use_effect_with((now, *full, p.attackers, p.seed), move |_| {
            let pal = Palette::current();
            if let Some(c) = edges_ref.cast::<HtmlCanvasElement>() {
                draw_edges(&c, &cfg, &outcome, now, &pal);
            }
            if let Some(c) = delay_ref.cast::<HtmlCanvasElement>() {
                draw_delay(&c, &curve, &pal);
            }
        });
    }
    let on_play = {
        let (playing, shown, acc) = (playing.clone(), shown.clone(), acc.clone());
        Callback::from(move |_: MouseEvent| {
            if playing.is_on() {
                playing.set(false);
            } else {
                if (*shown).min(total) >= total {
                    shown.set(0);
                }
                *acc.borrow_mut() = 0.0;
                playing.set(true);
            }
        })
    };
    let on_step = {
        let (playing, shown) = (playing.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| {
            playing.set(false);
            let k = (*shown).min(total);
            shown.set(if k >= total { 1.min(total) } else { k + 1 });
        })
    };
    let on_attackers = {
        let cb = p.on_attackers.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = e.target_unchecked_into::<HtmlInputElement>().value().trim().parse::<u32>() {
                cb.emit(n.min(CHART_ATTACKERS));
            }
        })
    };
    let on_size = {
        let full = full.clone();
        Callback::from(move |e: Event| full.set(e.target_unchecked_into::<HtmlSelectElement>().value() == "arb1"))
    };
    let last = outcome.moves.get(now.saturating_sub(1));
    let move_line = match last {
        Some(m) if now > 0 => format!(
            "Move {} of {} (block {}): {} {} on the {} level, heights {} to {}{}.",
            now,
            total,
            thousands(m.block),
            match m.side {
                Side::Honest => "the honest side".to_string(),
                Side::Malicious(i) => format!("attacker {i}"),
            },
            match m.kind {
                "open" => "opens an edge",
                "bisect" => "bisects",
                "refine" => "opens a sub-challenge",
                _ => "wins a one-step proof",
            },
            cfg.levels[m.level as usize].name,
            thousands(m.start),
            thousands(m.end),
            m.mid.map(|x| format!(" at {}", thousands(x))).unwrap_or_default()
        ),
        _ => format!("{total} moves; press Play."),
    };
    html! {
        <section class="bold" id="bold" data-moves={total.to_string()} data-shown={now.to_string()} data-attackers={p.attackers.to_string()}
            data-confirmed={outcome.assertion_confirmed.to_string()} data-size={if *full { "arb1" } else { "reduced" }}>
            <h2>{ "BoLD: the honest side against any number of attackers" }</h2>
            <div class="bold-controls">
                <label>{ "Attackers " }<input id="attackers" type="number" min="0" max={CHART_ATTACKERS.to_string()} value={p.attackers.to_string()} onchange={on_attackers} size="3" /></label>
                <label>{ " Heights " }
                    <select id="bold-size" onchange={on_size}>
                        <option value="reduced" selected={!*full}>{ "reduced: 2^4, 2^3, 2^3" }</option>
                        <option value="arb1" selected={*full}>{ "Arbitrum One: 2^26, 2^19, 2^23" }</option>
                    </select>
                </label>
                <button id="bold-play" onclick={on_play}>{ if *playing { "Pause" } else { "Play the game" } }</button>
                <button id="bold-step" onclick={on_step}>{ "Step" }</button>
            </div>
            <canvas ref={edges_ref} id="bold-edges" class="chart bold-edges" role="img"
                aria-label="BoLD edges per level: honest in green, attackers' in orange-red; dots are one-step proofs"></canvas>
            <p class="muted legend-note"><span class="swatch" style="background:var(--c2)"></span>{ " honest edges (dots: one-step proofs) · " }<span class="swatch" style="background:var(--c0)"></span>{ " attackers' edges · each level's edges by length, the longest on top" }</p>
            <p class="status" id="bold-move">{ move_line }</p>
            <p id="bold-summary">{ bold_summary(&cfg, &outcome) }</p>
            <h3>{ "Time to confirm the honest assertion, by number of attackers" }</h3>
            <canvas ref={delay_ref} id="delay-chart" class="chart delay" role="img" data-points={curve.len().to_string()}
                aria-label="Days until the honest assertion is confirmed against the number of attackers: classic Nitro grows, BoLD stays flat"></canvas>
            <p id="delay-summary">{ delay_summary(&curve, p.attackers.min(CHART_ATTACKERS)) }</p>
            <p class="muted">{ format!(
                "Classic Nitro: each attacker's challenge gets a chess clock of the {}-block confirm period plus 200 blocks, and an honest staker can be in one challenge at a time, so each further attacker adds about {} days. BoLD: all edges are fought at once and timers add up along the honest path, so here, with the honest assertion posted first and every move made at once, it is confirmed about one challenge period plus the {}-day grace period after the start, whatever the number of attackers. The protocol's guarantee, whatever the attackers and the timing, is at most two challenge periods (one to raise a dispute, one to resolve it) plus the grace period.",
                thousands(cfg.confirm_period), days(cfg.confirm_period + 200), days(cfg.grace_period)
            ) }</p>
        </section>
    }
}
