//! The BoLD view: an all-vs-all dispute played move by move (edges per
//! level, bisections, refinements, one-step proofs), and the delay chart
//! of classic Nitro against BoLD as attackers join.

use super::super::canvas::context_text;
use super::super::palette::Palette;
use super::super::shell::{use_animation_loop, use_playing};
use crate::sim::rollup::bold::{self, attackers_at, BoldConfig, BoldOutcome, Side};
use crate::sim::rollup::captions::{bold_summary, days, delay_summary, level_name};
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
    ctx.set_font("12px system-ui, sans-serif"); // i18n-ok: a CSS font
    for (i, l) in cfg.levels.iter().enumerate() {
        let y0 = band * i as f64;
        ctx.set_fill_style_str(&pal.muted);
        let _ = ctx.fill_text(&crate::t!("rollup-bold-level", name = level_name(l.name), log2 = l.log2), 4.0, y0 + 16.0);
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
            ("one-step proof", _) => { // i18n-ok: the model's kind of move
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
    ctx.set_font("12px system-ui, sans-serif"); // i18n-ok: a CSS font
    ctx.set_stroke_style_str(&pal.grid);
    ctx.set_fill_style_str(&pal.muted);
    for k in 0..=4 {
        let d = ymax * f64::from(k) / 4.0;
        ctx.begin_path();
        ctx.move_to(l, py(d));
        ctx.line_to(w - r, py(d));
        ctx.stroke();
        let _ = ctx.fill_text(&crate::t!("rollup-delay-days", d = crate::i18n::num(d, 0)), 8.0, py(d) + 4.0);
    }
    for p in curve {
        let _ = ctx.fill_text(&crate::i18n::number(f64::from(p.attackers), 0), px(f64::from(p.attackers)) - 3.0, h - b + 16.0);
    }
    let _ = ctx.fill_text(&crate::t!("rollup-delay-attackers"), w / 2.0 - 24.0, h - 4.0);
    for (i, (label, get)) in [
        (crate::t!("rollup-classic-nitro"), (|p: &DelayPoint| p.classic_blocks) as fn(&DelayPoint) -> u64),
        ("BoLD".to_string(), |p: &DelayPoint| p.bold_blocks),
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
        let _ = ctx.fill_text(&label, l + 8.0, t + 14.0 + 16.0 * i as f64);
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
        Some(m) if now > 0 => {
            let args = (
                m.block,
                match m.side {
                    Side::Honest => crate::t!("rollup-move-honest"),
                    Side::Malicious(i) => crate::t!("rollup-move-attacker", i = i.to_string()),
                },
                match m.kind {
                    "open" => crate::t!("rollup-move-open"),
                    "bisect" => crate::t!("rollup-move-bisect"),
                    "refine" => crate::t!("rollup-move-refine"),
                    _ => crate::t!("rollup-move-osp"),
                },
                level_name(cfg.levels[m.level as usize].name),
            );
            let (block, who, what, level) = args;
            crate::t!(
                if m.mid.is_some() { "rollup-move-at" } else { "rollup-move" },
                k = now.to_string(),
                n = total.to_string(),
                block = block,
                who = who,
                what = what,
                level = level,
                start = m.start,
                end = m.end,
                mid = m.mid.unwrap_or_default()
            )
        }
        _ => crate::t!("rollup-moves-press-play", n = total.to_string()),
    };
    html! {
        <section class="bold" id="bold" data-moves={total.to_string()} data-shown={now.to_string()} data-attackers={p.attackers.to_string()}
            data-confirmed={outcome.assertion_confirmed.to_string()} data-size={if *full { "arb1" } else { "reduced" }}>
            <h2>{ crate::t!("rollup-bold-title") }</h2>
            <div class="bold-controls">
                <label>{ format!("{} ", crate::t!("rollup-bold-attackers")) }<input id="attackers" type="number" min="0" max={CHART_ATTACKERS.to_string()} value={p.attackers.to_string()} onchange={on_attackers} size="3" /></label>
                <label>{ format!(" {} ", crate::t!("rollup-bold-heights")) }
                    <select id="bold-size" onchange={on_size}>
                        <option value="reduced" selected={!*full}>{ crate::t!("rollup-bold-reduced") }</option>
                        <option value="arb1" selected={*full}>{ crate::t!("rollup-bold-arb1") }</option>
                    </select>
                </label>
                <button id="bold-play" onclick={on_play}>{ if *playing { crate::t!("rollup-bold-pause") } else { crate::t!("rollup-bold-play") } }</button>
                <button id="bold-step" onclick={on_step}>{ crate::t!("rollup-bold-step") }</button>
            </div>
            <canvas ref={edges_ref} id="bold-edges" class="chart bold-edges" role="img"
                aria-label={crate::t!("rollup-bold-edges-label")}></canvas>
            <p class="muted legend-note"><span class="swatch" style="background:var(--c2)"></span>{ format!(" {} · ", crate::t!("rollup-bold-legend-honest")) }<span class="swatch" style="background:var(--c0)"></span>{ format!(" {}", crate::t!("rollup-bold-legend-attackers")) }</p>
            <p class="status" id="bold-move">{ move_line }</p>
            <p id="bold-summary">{ bold_summary(&cfg, &outcome) }</p>
            <h3>{ crate::t!("rollup-delay-title") }</h3>
            <canvas ref={delay_ref} id="delay-chart" class="chart delay" role="img" data-points={curve.len().to_string()}
                aria-label={crate::t!("rollup-delay-label")}></canvas>
            <p id="delay-summary">{ delay_summary(&curve, p.attackers.min(CHART_ATTACKERS)) }</p>
            <p class="muted">{ crate::t!(
                "rollup-delay-note",
                confirm = cfg.confirm_period,
                clock = days(cfg.confirm_period + 200),
                grace = days(cfg.grace_period)
            ) }</p>
        </section>
    }
}
