//! The validator set on a canvas: one square per validator, its side
//! following the square root of its balance, grouped in one block per
//! operator (largest first). Offline validators are hollow, validators in
//! the exit queue have an orange ring, slashed ones flash red and shrink
//! as the penalties land, exited ones fade to an outline; this epoch's
//! block proposers carry a dot.

use crate::sim::validators::{Operator, ValidatorSim, MAX_EFFECTIVE_BALANCE};
use crate::ui::canvas;
use crate::ui::palette::Palette;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Epochs a slashing or an exit stays highlighted (about 3 hours).
const FLASH_EPOCHS: u64 = 30;

/// Where each operator's block goes: (operator, x, y, columns) in cells.
struct Layout {
    cell: f64,
    blocks: Vec<(usize, f64, f64, usize)>,
    height: f64,
}

/// Shelf packing of one block per operator with `counts[op]` cells.
fn layout(order: &[(usize, usize)], width: f64, cell: f64, gap: f64, lab: f64) -> Layout {
    let cols_total = ((width - gap) / cell).floor().max(1.0) as usize;
    let mut blocks = Vec::new();
    let (mut x, mut y, mut shelf) = (gap, gap + lab, 0.0f64);
    for &(op, count) in order {
        // Blocks roughly square, never wider than the canvas.
        let cols = ((count as f64).sqrt().ceil() as usize).clamp(1, cols_total.saturating_sub(1).max(1));
        let rows = count.div_ceil(cols);
        let (w, h) = (cols as f64 * cell, rows as f64 * cell);
        if x + w > width - gap && x > gap {
            x = gap;
            y += shelf + gap + lab;
            shelf = 0.0;
        }
        blocks.push((op, x, y, cols));
        x += w + gap;
        shelf = shelf.max(h);
    }
    Layout { cell, blocks, height: y + shelf + gap }
}

/// A name and its shorter forms, longest first, in the reader's language:
/// "Operator 17" gives "Op 17" and "17"; a named operator ("Coinbase") gives its first six
/// letters and a dot.
fn short_names(name: &str) -> Vec<String> {
    let mut out = vec![crate::charts::validators::operator_name(name)];
    if let Some(n) = crate::charts::validators::operator_number(name) {
        out.push(crate::t!("validators-operator-short", n = n.to_string()));
        out.push(n.to_string());
    } else if name.chars().count() > 7 {
        out.push(format!("{}.", name.chars().take(6).collect::<String>()));
    }
    out
}

/// Where the drawing put each validator, for pointing and for keyboard
/// inspection: the cells in drawing order (operator blocks, largest
/// first), each `(validator, x, y)` in CSS px, the cell size, and where each
/// operator's block starts in that order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageMap {
    pub cell: f64,
    pub cells: Vec<(u32, f64, f64)>,
    pub blocks: Vec<usize>,
}

impl StageMap {
    /// The validator under a point, if any.
    pub fn at(&self, x: f64, y: f64) -> Option<u32> {
        self.cells.iter().find(|c| x >= c.1 && x < c.1 + self.cell && y >= c.2 && y < c.2 + self.cell).map(|c| c.0)
    }
    /// Where a key moves the inspected validator: Left and Right one
    /// validator in drawing order, Up and Down to the previous or next
    /// operator's first validator, Home and End, Escape to none
    /// ([`canvas::inspect_key`]); `None` for other keys.
    pub fn key(&self, key: &str, current: Option<u32>) -> Option<Option<u32>> {
        let pos = current.and_then(|v| self.cells.iter().position(|c| c.0 == v));
        let to = match (key, pos) {
            ("ArrowUp" | "ArrowDown", Some(p)) => {
                let block = self.blocks.partition_point(|&b| b <= p).saturating_sub(1);
                let b = if key == "ArrowUp" { block.saturating_sub(1) } else { (block + 1).min(self.blocks.len() - 1) };
                Some(self.blocks[b])
            }
            _ => canvas::inspect_key(key, pos, self.cells.len(), 1)?,
        };
        Some(to.map(|p| self.cells[p].0))
    }
}

/// The part of the picture that stays from epoch to epoch (the background
/// and each validator's place), drawn once on a canvas off the page and
/// copied in each frame, and the operators' names chosen to fit their
/// blocks (written on the page's canvas: text drawn off the page is
/// rasterised slightly differently); both made again when what they show
/// (sizes, theme, text size, the blocks) changed.
#[derive(Default)]
pub struct StageLayer {
    key: u64,
    canvas: Option<HtmlCanvasElement>,
    labels: Vec<(String, f64, f64)>,
}

impl StageLayer {
    /// The layer's canvas, its backing store `bw` x `bh` px, and whether it must be drawn (again).
    fn get(&mut self, key: u64, bw: u32, bh: u32) -> Option<(HtmlCanvasElement, bool)> {
        if self.canvas.is_none() {
            self.canvas = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok();
            self.key = !key;
        }
        let c = self.canvas.clone()?;
        let stale = self.key != key || c.width() != bw || c.height() != bh;
        if stale {
            c.set_width(bw);
            c.set_height(bh);
            self.key = key;
        }
        Some((c, stale))
    }
}

/// Draws the set with validator `focus` inspected (a ring on it, a frame
/// round its operator's block) on a canvas of CSS size `size`, its static
/// part copied from `layer`; returns where each validator went (empty
/// when the canvas has no size).
pub fn draw_stage(
    c: &HtmlCanvasElement,
    size: (i32, i32),
    layer: &mut StageLayer,
    sim: &ValidatorSim,
    pal: &Palette,
    focus: Option<u32>,
) -> StageMap {
    let mut map = StageMap::default();
    let Some((ctx, w, h)) = canvas::context_in(c, size) else { return map };
    let vals = sim.validators();
    let ops = sim.operators();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ops.len()];
    for (i, v) in vals.iter().enumerate() {
        members[v.operator as usize].push(i);
    }
    // Largest block first, ties by operator: (65535 - count) and the operator (< 1024) in one key.
    let mut keys: Vec<u64> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.is_empty())
        .map(|(op, m)| (65_535 - m.len().min(65_535) as u64) << 10 | op as u64)
        .collect();
    keys.sort_unstable();
    let order: Vec<(usize, usize)> =
        keys.iter().map(|k| ((k & 1023) as usize, members[(k & 1023) as usize].len())).collect();
    // The largest cell size whose packing fits the canvas.
    let gap = 6.0;
    // Room above each block for its label, at the text-size rule's size.
    let text = canvas::text_px(11.0);
    let lab = text + 3.0;
    let mut cell = 28.0;
    let mut lay = layout(&order, w, cell, gap, lab);
    while lay.height > h && cell > 2.0 {
        cell -= 0.5;
        lay = layout(&order, w, cell, gap, lab);
    }
    let epoch = u64::from(sim.epoch());
    let proposers = sim.proposers();
    let font = canvas::font(11.0, false);
    let static_key = crate::ui::runner::visible((
        (size, &font, &pal.bg, &pal.muted, &pal.grid, lay.cell.to_bits()),
        lay.blocks
            .iter()
            .map(|&(op, x, y, cols)| (&ops[op].name, members[op].len(), x.to_bits(), y.to_bits(), cols))
            .collect::<Vec<_>>(),
    ));
    // The same ratio as the context's (canvas::fit_to).
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0);
    match layer.get(static_key, c.width(), c.height()) {
        Some((l, stale)) => {
            let lctx = || l.get_context("2d").ok().flatten()?.dyn_into::<CanvasRenderingContext2d>().ok();
            if stale {
                if let Some(lctx) = lctx() {
                    let _ = lctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
                    draw_static(&lctx, &lay, &members, (w, h), pal);
                }
                ctx.set_font(&font);
                layer.labels = labels(&ctx, &lay, ops, lab);
            }
            // Copied pixel for pixel.
            let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
            let _ = ctx.draw_image_with_html_canvas_element(&l, 0.0, 0.0);
            let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        }
        None => {
            draw_static(&ctx, &lay, &members, (w, h), pal);
            ctx.set_font(&font);
            layer.labels = labels(&ctx, &lay, ops, lab);
        }
    }
    ctx.set_font(&font);
    ctx.set_text_baseline("bottom");
    // The names, above their blocks (never over a place: the order does not matter).
    ctx.set_fill_style_str(&pal.muted);
    for (label, x, y) in &layer.labels {
        let _ = ctx.fill_text(label, *x, *y);
    }
    map.cell = lay.cell;
    let mut ring = None;
    // The cells are gathered by style and drawn one path a style (a thousand validators
    // cost a dozen fills, not several thousand calls): places, fills by colour, the
    // hollow squares of offline validators and the rings of the exit queue.
    let shades = [pal.shade(0, 1.0), pal.shade(1, 0.9), pal.shade(2, 0.9), pal.shade(0, 0.35)];
    let mut fills: std::collections::HashMap<String, Vec<[f64; 4]>> = std::collections::HashMap::new();
    let mut hollow: [Vec<[f64; 4]>; 2] = [Vec::new(), Vec::new()];
    let mut queued: Vec<[f64; 4]> = Vec::new();
    let mut marks: Vec<(f64, f64, Option<f64>)> = Vec::new();
    for (k, &(op, x, y, cols)) in lay.blocks.iter().enumerate() {
        // Neighbouring blocks alternate blue and green; the red and yellow
        // of slashing and the exit queue stay free for those.
        let colour = if k % 2 == 0 { 1 } else { 2 };
        map.blocks.push(map.cells.len());
        for (j, &i) in members[op].iter().enumerate() {
            let v = &vals[i];
            let (cx, cy) = (x + (j % cols) as f64 * lay.cell, y + (j / cols) as f64 * lay.cell);
            map.cells.push((i as u32, cx, cy));
            if focus == Some(i as u32) {
                let rows = members[op].len().div_ceil(cols) as f64;
                ring = Some((cx, cy, (x, y, cols as f64 * lay.cell, rows * lay.cell)));
            }
            let frac = (v.balance as f64 / MAX_EFFECTIVE_BALANCE as f64).clamp(0.0, 1.0);
            let side = ((lay.cell - 1.0).max(1.0) * frac.sqrt()).max(1.0);
            let off = (lay.cell - side) / 2.0;
            let active = v.is_active(epoch);
            let slashed_at = v.slashed.then(|| v.withdrawable_epoch.saturating_sub(8192));
            let since_exit = (!active).then(|| epoch.saturating_sub(v.exit_epoch));
            let fill = if !active {
                let fade = since_exit.map(|s| 1.0 - (s as f64 / FLASH_EPOCHS as f64).min(1.0)).unwrap_or(0.0);
                if fade > 0.0 {
                    pal.shade(if v.slashed { 0 } else { colour }, 0.2 + 0.6 * fade)
                } else if v.slashed {
                    // Slashed and gone: a pale red, as large as what is left.
                    shades[3].clone()
                } else {
                    // Exited: mid grey, distinct from the faint place of an empty cell.
                    pal.muted.clone()
                }
            } else if v.slashed {
                shades[0].clone()
            } else if v.online {
                shades[colour].clone()
            } else {
                pal.bg.clone()
            };
            fills.entry(fill).or_default().push([cx + off, cy + off, side, side]);
            if active && !v.online && !v.slashed {
                let r = [cx + off + 0.5, cy + off + 0.5, (side - 1.0).max(0.5), (side - 1.0).max(0.5)];
                hollow[colour - 1].push(r);
            }
            if active && v.exit_epoch != u64::MAX && !v.slashed && lay.cell >= 4.0 {
                queued.push([cx + off + 0.75, cy + off + 0.75, (side - 1.5).max(0.5), (side - 1.5).max(0.5)]);
            }
            if let Some(at) = slashed_at {
                let since = epoch.saturating_sub(at);
                if since < FLASH_EPOCHS {
                    marks.push((cx, cy, Some(since as f64 / FLASH_EPOCHS as f64)));
                }
            }
            if proposers.contains(&(i as u32)) && lay.cell >= 5.0 {
                marks.push((cx, cy, None));
            }
        }
    }
    let path = |rects: &[[f64; 4]]| rects_path(&ctx, rects);
    for (colour, rects) in &fills {
        ctx.set_fill_style_str(colour);
        path(rects);
        ctx.fill();
    }
    ctx.set_line_width(1.0);
    for (k, rects) in hollow.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
        ctx.set_stroke_style_str(&shades[k + 1]);
        path(rects);
        ctx.stroke();
    }
    if !queued.is_empty() {
        ctx.set_stroke_style_str(&pal.colours[3]);
        ctx.set_line_width(1.5);
        path(&queued);
        ctx.stroke();
    }
    for (cx, cy, flash) in marks {
        let (mx, my) = (cx + lay.cell / 2.0, cy + lay.cell / 2.0);
        ctx.begin_path();
        match flash {
            // An expanding, fading red ring.
            Some(t) => {
                ctx.set_stroke_style_str(&pal.colours[0]);
                ctx.set_global_alpha(1.0 - t);
                ctx.set_line_width(2.0);
                let _ = ctx.arc(mx, my, lay.cell * (0.6 + 1.2 * t), 0.0, std::f64::consts::TAU);
                ctx.stroke();
                ctx.set_global_alpha(1.0);
            }
            // This epoch's proposer: a dot.
            None => {
                ctx.set_fill_style_str(&pal.fg);
                let _ = ctx.arc(mx, my, (lay.cell / 6.0).max(1.2), 0.0, std::f64::consts::TAU);
                ctx.fill();
            }
        }
    }
    if let Some((cx, cy, (bx, by, bw, bh))) = ring {
        // The operator's block framed, the validator ringed.
        ctx.set_stroke_style_str(&pal.fg);
        ctx.set_line_width(2.0);
        ctx.stroke_rect(bx - 2.0, by - 2.0, bw + 3.0, bh + 3.0);
        let c = lay.cell / 2.0;
        canvas::focus_ring(&ctx, cx + c, cy + c, lay.cell, &pal.fg, &pal.bg);
    }
    map
}

fn rects_path(ctx: &CanvasRenderingContext2d, rects: &[[f64; 4]]) {
    ctx.begin_path();
    for r in rects {
        ctx.rect(r[0], r[1], r[2], r[3]);
    }
}

/// The static part: the background and each validator's place (it stays
/// visible when its balance is gone).
fn draw_static(
    ctx: &CanvasRenderingContext2d,
    lay: &Layout,
    members: &[Vec<usize>],
    (w, h): (f64, f64),
    pal: &Palette,
) {
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let mut places: Vec<[f64; 4]> = Vec::new();
    let side = (lay.cell - 1.0).max(1.0);
    for &(op, x, y, cols) in &lay.blocks {
        for j in 0..members[op].len() {
            places.push([x + (j % cols) as f64 * lay.cell, y + (j / cols) as f64 * lay.cell, side, side]);
        }
    }
    ctx.set_fill_style_str(&pal.grid);
    ctx.set_global_alpha(0.6);
    rects_path(ctx, &places);
    ctx.fill();
    ctx.set_global_alpha(1.0);
}

/// Each block's label, when the block is wide enough for it: the name, or a
/// shorter form that fits the block ("Operator 17", "Op 17", "17"), never
/// cut to a meaningless "Operato…"; measured at the context's font.
fn labels(ctx: &CanvasRenderingContext2d, lay: &Layout, ops: &[Operator], lab: f64) -> Vec<(String, f64, f64)> {
    let mut out = Vec::new();
    for &(op, x, y, cols) in &lay.blocks {
        let bw = cols as f64 * lay.cell;
        if let Some(label) = short_names(&ops[op].name)
            .into_iter()
            .find(|t| ctx.measure_text(t).map(|m| m.width()).unwrap_or(f64::MAX) <= bw.max(lab * 1.2))
        {
            out.push((label, x, y - 2.0));
        }
    }
    out
}
