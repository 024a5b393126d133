//! The consensus page's side of the classroom contract
//! (`ui::control`): its narration and its export files.

use super::Runs;
use crate::charts::{self, ChartStyle};
use crate::query::consensus::View;
use crate::sim::consensus::{ConsensusSim, Protocol, RoundStats, Status, COLOUR_NAMES};
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;
use crate::ui::export::csv_field;

fn shares(s: &RoundStats, colours: usize) -> String {
    (0..colours).map(|c| format!("{:.0}% prefer {}", s.share[c] * 100.0, COLOUR_NAMES[c])).collect::<Vec<_>>().join(", ")
}

/// One sentence on one network's latest round.
fn network_line(sim: &ConsensusSim) -> String {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let colours = sim.params().colours as usize;
    let mut line = match sim.status() {
        Status::Running => format!("Round {}: {}; {} of {} honest nodes finalised", sim.round(), shares(latest, colours), latest.finalised, honest),
        Status::Finalised => match sim.decided_colour() {
            Some(c) => format!("Round {}: every honest node finalised {}", sim.round(), COLOUR_NAMES[c as usize]),
            None => format!("Round {}: every honest node finalised", sim.round()),
        },
        Status::Stalled => format!("Round {}: stalled, {} of {} honest nodes finalised", sim.round(), latest.finalised, honest),
    };
    if sim.safety_violated() {
        line.push_str(". Safety violation: honest nodes finalised different colours");
    }
    line
}

/// What the page says to a screen reader and to an embedding page.
pub fn narration(view: View, r: &Runs) -> String {
    match view {
        View::Network => network_line(&r.single),
        View::Compare => {
            let round = r.round(view);
            let parts: Vec<String> = r
                .compare
                .iter()
                .map(|s| format!("{} {} of {} finalised", s.params().protocol.title(), s.latest().finalised, s.honest_count()))
                .collect();
            format!("Round {round}: {}", parts.join("; "))
        }
        View::Experiment => {
            let s = r.experiment.summary();
            format!(
                "{} of {} runs complete: {} finalised, {} stalled, {} safety violations",
                r.experiment.outcomes().len(),
                r.experiment.total_runs(),
                s.finalised,
                s.stalled,
                s.safety_violations
            )
        }
        View::Subnets => "Subnets and the Primary Network".into(),
    }
}

fn history_csv(sim: &ConsensusSim, label: Option<&str>) -> String {
    let colours = sim.params().colours as usize;
    let mut out = String::new();
    if label.is_some() {
        out.push_str("protocol,");
    }
    out.push_str("round,");
    for c in COLOUR_NAMES.iter().take(colours) {
        out.push_str(&format!("share_{c},"));
    }
    out.push_str("mean_confidence,finalised,successful_polls\n");
    for h in sim.history() {
        if let Some(l) = label {
            out.push_str(&format!("{},", csv_field(l)));
        }
        out.push_str(&format!("{},", h.round));
        for c in 0..colours {
            out.push_str(&format!("{:.6},", h.share[c]));
        }
        out.push_str(&format!("{:.6},{},{}\n", h.mean_confidence, h.finalised, h.successful_polls));
    }
    out
}

fn history_svg(sim: &ConsensusSim) -> String {
    let p = sim.params();
    let show = p.protocol != Protocol::Slush;
    svg(800, 400, |root| charts::draw_history(root, sim.history(), p.colours as usize, sim.honest_count(), show, &ChartStyle::light()))
}

fn log(sim: &ConsensusSim) -> String {
    let colours = sim.params().colours as usize;
    let honest = sim.honest_count();
    let mut out = String::new();
    for h in sim.history() {
        out.push_str(&format!("Round {}: {}; {} of {honest} honest nodes finalised\n", h.round, shares(h, colours), h.finalised));
    }
    out.push_str(&network_line(sim));
    out.push('\n');
    out
}

/// The page's data files (every canvas is offered as PNG by the shell).
pub fn exports(view: View, r: &Runs) -> Vec<ExportFile> {
    let file = |name: &str, mime: &'static str, body: String| ExportFile { name: name.into(), mime, body };
    match view {
        View::Network => vec![
            file("history.csv", "text/csv", history_csv(&r.single, None)),
            file("history.json", "application/json", serde_json::to_string_pretty(r.single.history()).unwrap_or_default()),
            file("history.svg", "image/svg+xml", history_svg(&r.single)),
            file("log.txt", "text/plain", log(&r.single)),
        ],
        View::Compare => {
            let mut csv = String::new();
            for (i, s) in r.compare.iter().enumerate() {
                let body = history_csv(s, Some(s.params().protocol.name()));
                csv.push_str(if i == 0 { &body } else { body.split_once('\n').map(|x| x.1).unwrap_or("") });
            }
            let json: Vec<_> = r.compare.iter().map(|s| serde_json::json!({ "protocol": s.params().protocol.name(), "history": s.history() })).collect();
            let mut files = vec![
                file("compare.csv", "text/csv", csv),
                file("compare.json", "application/json", serde_json::to_string_pretty(&json).unwrap_or_default()),
            ];
            for s in &r.compare {
                files.push(file(&format!("history-{}.svg", s.params().protocol.name()), "image/svg+xml", history_svg(s)));
            }
            files
        }
        View::Experiment => {
            let outcomes = r.experiment.outcomes();
            let mut csv = String::from("run,seed,rounds_to_finality,rounds,finalised_colour,safety_violation\n");
            for o in outcomes {
                csv.push_str(&format!(
                    "{},{},{},{},{},{}\n",
                    o.run,
                    o.seed,
                    o.rounds_to_finality.map(|v| v.to_string()).unwrap_or_default(),
                    o.rounds,
                    o.finalised_colour.map(|c| COLOUR_NAMES[c as usize]).unwrap_or(""),
                    o.safety_violation
                ));
            }
            let svg = svg(800, 400, |root| charts::draw_histogram(root, outcomes, &ChartStyle::light()));
            vec![
                file("runs.csv", "text/csv", csv),
                file("runs.json", "application/json", serde_json::to_string_pretty(outcomes).unwrap_or_default()),
                file("histogram.svg", "image/svg+xml", svg),
            ]
        }
        View::Subnets => Vec::new(),
    }
}
