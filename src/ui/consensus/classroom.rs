//! The consensus page's side of the classroom contract
//! (`ui::control`): its narration and its export files.

use super::Runs;
use crate::charts::{self, ChartStyle};
use crate::query::consensus::View;
use crate::sim::consensus::simulation::{history_csv, network_line};
use crate::sim::consensus::experiment::RunOutcome;
use crate::sim::consensus::{ConsensusSim, Protocol};
use crate::sim::simulation::{lines, DataFile, Simulation};
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;

/// What the page says to a screen reader and to an embedding page.
pub fn narration(view: View, r: &Runs) -> String {
    match view {
        View::Network => network_line(&r.single),
        View::Compare => {
            let round = r.round(view);
            let parts: Vec<String> = r
                .compare
                .iter()
                .map(|s| {
                    crate::t!(
                        "consensus-narration-compare-part",
                        protocol = s.params().protocol.title(),
                        finalised = s.latest().finalised.to_string(),
                        honest = s.honest_count().to_string()
                    )
                })
                .collect();
            crate::t!("consensus-narration-compare", round = round.to_string(), parts = parts.join("; "))
        }
        View::Experiment => {
            let s = r.experiment.summary();
            crate::t!(
                "consensus-narration-experiment",
                done = r.experiment.outcomes().len().to_string(),
                total = r.experiment.total_runs().to_string(),
                finalised = s.finalised.to_string(),
                stalled = s.stalled.to_string(),
                violations = s.safety_violations.to_string()
            )
        }
        View::Subnets => crate::t!("consensus-narration-subnets"),
    }
}

fn history_svg(name: &str, sim: &ConsensusSim) -> Result<ExportFile, String> {
    let p = sim.params();
    let show = p.protocol != Protocol::Slush;
    svg(name, 800, 400, |root| {
        charts::draw_history(root, sim.history(), p.colours as usize, sim.honest_count(), show, &ChartStyle::light())
    })
}

/// The page's data files (every canvas is offered as PNG by the shell).
pub fn exports(view: View, r: &Runs) -> Result<Vec<ExportFile>, String> {
    Ok(match view {
        View::Network => {
            let mut files = r.single.data()?;
            files.push(history_svg("history.svg", &r.single)?);
            files
        }
        View::Compare => {
            let mut csv = String::new();
            for (i, s) in r.compare.iter().enumerate() {
                let body = history_csv(s, Some(s.params().protocol.name()));
                csv.push_str(if i == 0 { &body } else { body.split_once('\n').map(|x| x.1).unwrap_or("") });
            }
            let json: Vec<_> = r
                .compare
                .iter()
                .map(|s| serde_json::json!({ "protocol": s.params().protocol.name(), "history": s.history() }))
                .collect();
            let mut files = vec![DataFile::csv("compare.csv", csv), DataFile::json_pretty("compare.json", &json)?];
            for s in &r.compare {
                files.push(history_svg(&format!("history-{}.svg", s.params().protocol.name()), s)?);
            }
            files
        }
        View::Experiment => {
            let outcomes = r.experiment.outcomes();
            let rows = outcomes.iter().map(|o| o.csv_row(""));
            let csv = lines(std::iter::once(RunOutcome::CSV_HEADER.to_string()).chain(rows));
            vec![
                DataFile::csv("runs.csv", csv),
                DataFile::json_pretty("runs.json", outcomes)?,
                svg("histogram.svg", 800, 400, |root| charts::draw_histogram(root, outcomes, &ChartStyle::light()))?,
            ]
        }
        View::Subnets => Vec::new(),
    })
}
