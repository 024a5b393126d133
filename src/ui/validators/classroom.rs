//! The validators page's side of the classroom contract (`ui::control`):
//! its export files (the model's data, `sim::validators::simulation`, with
//! every chart as SVG).

use crate::charts::validators::{draw_lorenz, draw_over_time, Series};
use crate::charts::ChartStyle;
use crate::sim::simulation::Simulation;
use crate::sim::validators::ValidatorSim;
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;

pub use crate::sim::validators::simulation::narration;

/// The page's data files: the model's data, then every chart as SVG
/// (every canvas is offered as PNG by the shell).
pub fn exports(sim: &ValidatorSim) -> Result<Vec<ExportFile>, String> {
    let st = ChartStyle::light();
    let h = sim.history();
    let epochs = sim.params().epochs;
    let gini = h.last().map(|r| r.gini).unwrap_or(0.0);
    let mut files = sim.data()?;
    files.push(svg("lorenz.svg", 600, 450, |root| draw_lorenz(root, &sim.lorenz(), gini, &st))?);
    for series in Series::ALL {
        files.push(svg(&format!("{}.svg", series.name()), 800, 400, |root| {
            draw_over_time(root, h, epochs, series, &st)
        })?);
    }
    Ok(files)
}
