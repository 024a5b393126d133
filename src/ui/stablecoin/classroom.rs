//! The stablecoin page's side of the classroom contract (`ui::control`):
//! its narration and its export files. The sentences themselves are built
//! by `sim::stablecoin::moments` (pure, and checked natively against the
//! model); this module turns a run into the files of the shell's export
//! menu. The canvases (`chart-*`) are offered as PNG by the shell.

use crate::charts::{self, ChartStyle, StablecoinChart};
use crate::query::stablecoin::StablecoinState;
use crate::sim::simulation::DataFile;
use crate::sim::stablecoin::history::HistoryDay;
use crate::sim::stablecoin::moments::{self, Moment};
use crate::sim::stablecoin::simulation::{moments_csv, series_csv};
use crate::sim::stablecoin::{StablecoinSim, Summary};
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;

/// What the page says to a screen reader and to an embedding page
/// (`list`: the run's moments, which the page also shows).
pub fn narration(sim: &StablecoinSim, may: bool, list: &[Moment]) -> String {
    moments::narration_with(sim, may, list)
}

/// One line per moment, then where the run stands now.
fn log(sim: &StablecoinSim, state: &StablecoinState, list: &[Moment]) -> String {
    let may = state.scenario.is_may_2022();
    // Counts as plain digits, as the CLI writes them.
    let mut out = crate::t!(
        "stablecoin-log-head",
        scenario = state.scenario.title(),
        modified = if state.modified() { format!(" {}", crate::t!("stablecoin-log-modified")) } else { String::new() },
        seed = state.seed.to_string(),
        step = sim.steps().to_string(),
        total = sim.total_steps().to_string(),
        seconds = sim.params().step_seconds.to_string()
    );
    out.push('\n');
    if list.is_empty() {
        out.push_str(&crate::t!("stablecoin-log-empty"));
        out.push('\n');
    }
    for m in list {
        out.push_str(&crate::t!("stablecoin-log-moment", time = &m.time, step = m.step.to_string(), text = &m.text));
        out.push('\n');
    }
    out.push_str(&crate::t!("stablecoin-log-now", text = moments::narration_with(sim, may, list)));
    out.push('\n');
    out
}

/// The series (CSV and JSON, every step so far), each chart as SVG, and
/// the run's moments (CSV, JSON and a plain-text log).
pub fn exports(
    sim: &StablecoinSim,
    state: &StablecoinState,
    history: &[HistoryDay],
    ensemble: Option<&crate::sim::stablecoin::ensemble::EnsembleSummary>,
) -> Result<Vec<ExportFile>, String> {
    let may = state.scenario.is_may_2022();
    let run = sim.history();
    // The shape of `chainlab stablecoin --json`.
    let json = serde_json::json!({
        "scenario": state.scenario.name(),
        "seed": state.seed,
        "params": sim.params(),
        "steps": run,
        "summary": Summary::of(sim),
    });
    let list = moments::moments(run, sim.params(), may);
    let hist: &[HistoryDay] = if may { history } else { &[] };
    let days = sim.params().days;
    let mut files = vec![DataFile::csv("series.csv", series_csv(sim)), DataFile::json_compact("series.json", &json)?];
    for c in StablecoinChart::ALL {
        files.push(svg(&format!("{}.svg", c.name()), 800, 360, |root| {
            charts::draw_stablecoin_days(root, c, run, hist, Some(days), &ChartStyle::light())
        })?);
    }
    files.push(DataFile::csv("events.csv", moments_csv(&list)));
    files.push(DataFile::json_pretty("events.json", &list)?);
    files.push(DataFile::text("log.txt", log(sim, state, &list)));
    // The ensemble, once run: the shape of `chainlab stablecoin --runs N
    // --csv` / `--json` (the JSON's "ensemble" member).
    if let Some(e) = ensemble {
        files.push(DataFile::csv("ensemble.csv", crate::sim::stablecoin::ensemble::csv(e)));
        files.push(DataFile::json_compact(
            "ensemble.json",
            &serde_json::json!({
                "scenario": state.scenario.name(),
                "seed": state.seed,
                "runs": e.runs,
                "params": sim.params(),
                "ensemble": e,
            }),
        )?);
    }
    Ok(files)
}
