//! The rollup page's side of the classroom contract (`ui::control`): its
//! export files (the model's, `sim::rollup::simulation`, and the load
//! sweep's). Both describe the run as it stands at the block shown.

use crate::charts::{self, ChartStyle};
use crate::sim::rollup::{LoadPoint, RollupParams, RollupSim, L1_BLOCK_TIME};
use crate::sim::simulation::{DataFile, Simulation};
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;

pub use crate::sim::rollup::simulation::narration;

/// The load sweep as the page last completed it: its points and the
/// settings (and seed) it was run with.
pub struct Sweep<'a> {
    pub points: &'a [LoadPoint],
    pub params: &'a RollupParams,
    pub seed: u64,
}

fn sweep_csv(points: &[LoadPoint]) -> String {
    let mut out = String::from(
        "offered_tps,seconds,l1_alone_tps,rollup_tps,l1_alone_cost_per_tx_gwei,rollup_cost_per_tx_gwei,batches,full_batches,ratio\n",
    );
    for p in points {
        out.push_str(&format!(
            "{},{},{:.4},{:.4},{:.1},{:.3},{},{},{:.4}\n",
            p.tps,
            p.seconds,
            p.l1_alone_tps,
            p.rollup_tps,
            p.l1_alone_cost_per_tx_gwei,
            p.rollup_cost_per_tx_gwei,
            p.batches,
            p.full_batches,
            p.ratio
        ));
    }
    out
}

/// The page's data files at the block shown: the model's (batches,
/// assertions, challenges, events, the run as JSON, the log) and, once
/// run, the load sweep's (the pipeline and the sweep's canvas are offered
/// as PNG by the shell).
pub fn exports(sim: &RollupSim, sweep: Option<Sweep>) -> Result<Vec<ExportFile>, String> {
    let mut files = sim.data()?;
    if let Some(s) = sweep.filter(|s| !s.points.is_empty()) {
        let l1_tps = f64::from(s.params.l1_transfers_per_block) / L1_BLOCK_TIME as f64;
        let doc =
            serde_json::json!({ "seed": s.seed, "params": s.params, "l1_capacity_tps": l1_tps, "points": s.points });
        files.push(DataFile::csv("sweep.csv", sweep_csv(s.points)));
        files.push(DataFile::json_pretty("sweep.json", &doc)?);
        files.push(svg("sweep.svg", 900, 380, |root| {
            charts::draw_load_sweep(root, s.points, l1_tps, false, &ChartStyle::light())
        })?);
    }
    Ok(files)
}
