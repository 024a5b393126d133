//! The network picture: every node on a canvas. Colour is the node's
//! preference, brightness its confidence, a dot in the middle marks a
//! finalised node, and Byzantine nodes are dark with a cross. Each colour
//! also has its own shape (circle, square, triangle, diamond) when nodes are
//! large enough to show one.

use crate::sim::consensus::{ConsensusSim, Protocol, MAX_COLOURS};
use crate::ui::canvas::context;
use crate::ui::palette::Palette;
use web_sys::HtmlCanvasElement;

const LEVELS: usize = 8;

/// Where the nodes sit on a canvas of CSS size `w` x `h`.
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    pub cols: u32,
    pub cell: f64,
    pub x0: f64,
    pub y0: f64,
    pub n: u32,
}

impl Grid {
    pub fn new(n: u32, w: f64, h: f64) -> Grid {
        let n = n.max(1);
        let cols = ((f64::from(n) * w / h.max(1.0)).sqrt().ceil() as u32).clamp(1, n);
        let rows = n.div_ceil(cols);
        let cell = (w / f64::from(cols)).min(h / f64::from(rows));
        let x0 = (w - cell * f64::from(cols)) / 2.0;
        let y0 = (h - cell * f64::from(rows)) / 2.0;
        Grid { cols, cell, x0, y0, n }
    }
    pub fn origin(&self, id: u32) -> (f64, f64) {
        (self.x0 + f64::from(id % self.cols) * self.cell, self.y0 + f64::from(id / self.cols) * self.cell)
    }
    /// The node under a point, if any.
    pub fn node_at(&self, x: f64, y: f64) -> Option<u32> {
        if x < self.x0 || y < self.y0 {
            return None;
        }
        let col = ((x - self.x0) / self.cell) as u32;
        let row = ((y - self.y0) / self.cell) as u32;
        let id = row * self.cols + col;
        (col < self.cols && id < self.n).then_some(id)
    }
}

/// Draws every node. Nodes of one style are filled in one path, so 10,000
/// nodes cost a few dozen fills, not 10,000.
pub fn draw_nodes(
    canvas: &HtmlCanvasElement,
    sim: &ConsensusSim,
    pal: &Palette,
    selected: Option<u32>,
) -> Option<Grid> {
    let n = sim.params().nodes;
    // Called every frame while playing; the nodes change once a round.
    if crate::ui::canvas::unchanged(canvas, (sim.fingerprint(), sim.round(), n, selected), pal) {
        return Some(Grid::new(n, f64::from(canvas.client_width()), f64::from(canvas.client_height())));
    }
    let (ctx, w, h) = context(canvas)?;
    let grid = Grid::new(n, w, h);
    ctx.set_fill_style_str(&pal.bg);
    ctx.fill_rect(0.0, 0.0, w, h);

    let beta = f64::from(sim.params().beta.max(1));
    let slush = sim.params().protocol == Protocol::Slush;
    // Buckets: colour x (confidence level, or finalised), plus Byzantine.
    let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); MAX_COLOURS * (LEVELS + 1) + 1];
    let byz_bucket = MAX_COLOURS * (LEVELS + 1);
    for id in 0..n {
        let i = id as usize;
        let b = if sim.is_byzantine(i) {
            byz_bucket
        } else {
            let c = sim.preference(i) as usize;
            let level = if sim.is_finalised(i) {
                LEVELS
            } else if slush {
                LEVELS / 2
            } else {
                ((f64::from(sim.confidence(i)) / beta * (LEVELS - 1) as f64).round() as usize).min(LEVELS - 1)
            };
            c * (LEVELS + 1) + level
        };
        buckets[b].push(id);
    }
    let gap = if grid.cell >= 4.0 { (grid.cell * 0.12).max(0.5) } else { 0.0 };
    let size = grid.cell - gap;
    let round_nodes = grid.cell >= 9.0;
    // Shapes as well as colours (for colour-blind viewers and grey-scale
    // projectors), where nodes are large enough to tell: red circle, blue
    // square, green triangle, amber diamond; Byzantine nodes are squares.
    let shape = |id: u32, colour: Option<usize>| {
        let (x, y) = grid.origin(id);
        let (x, y) = (x + gap / 2.0, y + gap / 2.0);
        let r = size / 2.0;
        match (round_nodes, colour) {
            (true, Some(0)) => {
                ctx.move_to(x + 2.0 * r, y + r);
                let _ = ctx.arc(x + r, y + r, r, 0.0, std::f64::consts::TAU);
            }
            (true, Some(2)) => {
                ctx.move_to(x + r, y);
                ctx.line_to(x + size, y + size);
                ctx.line_to(x, y + size);
                ctx.close_path();
            }
            (true, Some(3)) => {
                ctx.move_to(x + r, y);
                ctx.line_to(x + size, y + r);
                ctx.line_to(x + r, y + size);
                ctx.line_to(x, y + r);
                ctx.close_path();
            }
            (true, _) => ctx.rect(x + size * 0.06, y + size * 0.06, size * 0.88, size * 0.88),
            (false, _) => ctx.rect(x, y, size, size),
        }
    };
    for (b, ids) in buckets.iter().enumerate() {
        if ids.is_empty() {
            continue;
        }
        let style = if b == byz_bucket {
            pal.byzantine.clone()
        } else {
            let (c, level) = (b / (LEVELS + 1), b % (LEVELS + 1));
            let strength = if level == LEVELS { 1.0 } else { 0.22 + 0.6 * level as f64 / (LEVELS - 1) as f64 };
            pal.shade(c, strength)
        };
        ctx.set_fill_style_str(&style);
        ctx.begin_path();
        let colour = (b != byz_bucket).then_some(b / (LEVELS + 1));
        for &id in ids {
            shape(id, colour);
        }
        ctx.fill();
    }
    // Finalised: a dot of background colour in the middle.
    if grid.cell >= 4.0 {
        ctx.set_fill_style_str(&pal.bg);
        ctx.begin_path();
        let r = (size * 0.18).max(0.8);
        for c in 0..MAX_COLOURS {
            for &id in &buckets[c * (LEVELS + 1) + LEVELS] {
                let (x, y) = grid.origin(id);
                let (cx, cy) = (x + grid.cell / 2.0, y + grid.cell / 2.0);
                ctx.move_to(cx + r, cy);
                let _ = ctx.arc(cx, cy, r, 0.0, std::f64::consts::TAU);
            }
        }
        ctx.fill();
    }
    // Byzantine: a cross.
    if grid.cell >= 7.0 && !buckets[byz_bucket].is_empty() {
        ctx.set_stroke_style_str(&pal.bg);
        ctx.set_line_width((grid.cell * 0.1).max(1.0));
        ctx.begin_path();
        for &id in &buckets[byz_bucket] {
            let (x, y) = grid.origin(id);
            let (a, z) = (grid.cell * 0.3, grid.cell * 0.7);
            ctx.move_to(x + a, y + a);
            ctx.line_to(x + z, y + z);
            ctx.move_to(x + z, y + a);
            ctx.line_to(x + a, y + z);
        }
        ctx.stroke();
    }
    if let Some(sel) = selected.filter(|&s| s < n) {
        let (x, y) = grid.origin(sel);
        ctx.set_stroke_style_str(&pal.fg);
        ctx.set_line_width(2.0);
        ctx.stroke_rect(x - 1.0, y - 1.0, grid.cell + 2.0, grid.cell + 2.0);
        // The inspected node's ring, visible however small the cells (keyboard focus too).
        let c = grid.cell / 2.0;
        crate::ui::canvas::focus_ring(&ctx, x + c, y + c, grid.cell, &pal.fg, &pal.bg);
        // The peers it polled last.
        if let Some(v) = sim.node(sel as usize) {
            ctx.set_line_width(1.0);
            ctx.set_global_alpha(0.5);
            ctx.begin_path();
            let (sx, sy) = (x + grid.cell / 2.0, y + grid.cell / 2.0);
            for (peer, _) in &v.last_sample {
                let (px, py) = grid.origin(*peer);
                ctx.move_to(sx, sy);
                ctx.line_to(px + grid.cell / 2.0, py + grid.cell / 2.0);
            }
            ctx.stroke();
            ctx.set_global_alpha(1.0);
        }
    }
    Some(grid)
}
