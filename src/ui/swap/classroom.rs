//! The swap page's side of the classroom contract (`ui::control`): its
//! export files (the model's data, `sim::swap::simulation`, and the
//! balance chart as SVG).

use crate::charts::{self, ChartStyle};
use crate::sim::simulation::Simulation;
use crate::sim::swap::simulation::view_end;
use crate::sim::swap::SwapSim;
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;

pub use crate::sim::swap::simulation::narration;

/// Balances, the event log and the balance chart.
pub fn exports(sim: &SwapSim) -> Result<Vec<ExportFile>, String> {
    let p = sim.params();
    let end = view_end(sim);
    let mut files = sim.data()?;
    files.push(svg("balances.svg", 800, 400, |root| {
        charts::draw_balances(root, sim.balances(), p.amount_a, p.amount_b, end, &ChartStyle::light())
    })?);
    Ok(files)
}
