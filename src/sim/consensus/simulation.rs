//! The consensus model through the one interface ([`Simulation`]): its
//! narration, its report and its data files (the round-by-round history
//! as CSV and JSON, and the log).

use super::{ConsensusSim, ParamError, Params, RoundStats, Status, COLOUR_NAMES};
use crate::sim::simulation::{csv_field, delegate_to_model, DataFile, Simulation};

fn shares(s: &RoundStats, colours: usize) -> String {
    (0..colours)
        .map(|c| format!("{:.0}% prefer {}", s.share[c] * 100.0, COLOUR_NAMES[c]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One sentence on one network's latest round.
pub fn network_line(sim: &ConsensusSim) -> String {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let colours = sim.params().colours as usize;
    let mut line = match sim.status() {
        Status::Running => format!(
            "Round {}: {}; {} of {} honest nodes finalised",
            sim.round(),
            shares(latest, colours),
            latest.finalised,
            honest
        ),
        Status::Finalised => match sim.decided_colour() {
            Some(c) => format!("Round {}: every honest node finalised {}", sim.round(), COLOUR_NAMES[c as usize]),
            None => format!("Round {}: every honest node finalised", sim.round()),
        },
        Status::Stalled => {
            format!("Round {}: stalled, {} of {} honest nodes finalised", sim.round(), latest.finalised, honest)
        }
    };
    if sim.safety_violated() {
        line.push_str(". Safety violation: honest nodes finalised different colours");
    }
    line
}

/// The history, one row per round (`label`: a first column naming the
/// run, for several runs in one file).
pub fn history_csv(sim: &ConsensusSim, label: Option<&str>) -> String {
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

/// One line per round, then where the run stands.
pub fn log(sim: &ConsensusSim) -> String {
    let colours = sim.params().colours as usize;
    let honest = sim.honest_count();
    let mut out = String::new();
    for h in sim.history() {
        out.push_str(&format!(
            "Round {}: {}; {} of {honest} honest nodes finalised\n",
            h.round,
            shares(h, colours),
            h.finalised
        ));
    }
    out.push_str(&network_line(sim));
    out.push('\n');
    out
}

impl Simulation for ConsensusSim {
    delegate_to_model!(ConsensusSim, params: Params, error: ParamError, url: crate::query::consensus::ConsensusState,
        steps: round, unit: |_| "round", narration: network_line);

    fn report(&self) -> Vec<(&'static str, String)> {
        let latest = self.latest();
        vec![
            ("round", self.round().to_string()),
            ("status", format!("{:?}", self.status()).to_lowercase()),
            ("finalised", format!("{} of {}", latest.finalised, self.honest_count())),
            ("decided", self.decided_colour().map(|c| COLOUR_NAMES[c as usize]).unwrap_or("none").to_string()),
            ("safety_violated", self.safety_violated().to_string()),
        ]
    }
    fn data(&self) -> Result<Vec<DataFile>, String> {
        Ok(vec![
            DataFile::csv("history.csv", history_csv(self, None)),
            DataFile::json_pretty("history.json", self.history())?,
            DataFile::text("log.txt", log(self)),
        ])
    }
    fn approx_bytes(&self) -> usize {
        let n = self.params().nodes as usize;
        std::mem::size_of::<Self>() + n * 64 + std::mem::size_of_val(self.history())
    }
}
