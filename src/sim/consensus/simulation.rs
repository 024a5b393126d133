//! The consensus model through the one interface ([`Simulation`]): its
//! narration, its report and its data files (the round-by-round history
//! as CSV and JSON, and the log).

use super::{ConsensusSim, ParamError, Params, RoundStats, Status, COLOUR_NAMES};
use crate::i18n::num;
use crate::sim::simulation::{csv_field, delegate_to_model, lines, DataFile, Simulation};

/// A colour's name in words, in the current language (`COLOUR_NAMES`
/// holds the names files and URLs use).
pub fn colour_name(c: usize) -> String {
    match c {
        0 => crate::t!("consensus-colour-red"),
        1 => crate::t!("consensus-colour-blue"),
        2 => crate::t!("consensus-colour-green"),
        _ => crate::t!("consensus-colour-amber"),
    }
}

fn shares(s: &RoundStats, colours: usize) -> String {
    (0..colours)
        .map(|c| crate::t!("consensus-narration-share", pct = num(s.share[c] * 100.0, 0), colour = colour_name(c)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Round n: 61% prefer blue, ...; f of h honest nodes finalised".
fn running_line(round: u32, stats: &RoundStats, colours: usize, honest: u32) -> String {
    crate::t!(
        "consensus-narration-running",
        round = round.to_string(),
        shares = shares(stats, colours),
        finalised = stats.finalised.to_string(),
        honest = honest.to_string()
    )
}

/// One sentence on one network's latest round.
pub fn network_line(sim: &ConsensusSim) -> String {
    let latest = sim.latest();
    let honest = sim.honest_count();
    let colours = sim.params().colours as usize;
    let round = sim.round().to_string();
    let line = match sim.status() {
        Status::Running => running_line(sim.round(), latest, colours, honest),
        Status::Finalised => match sim.decided_colour() {
            Some(c) => {
                crate::t!("consensus-narration-finalised-colour", round = round, colour = colour_name(c as usize))
            }
            None => crate::t!("consensus-narration-finalised", round = round),
        },
        Status::Stalled => crate::t!(
            "consensus-narration-stalled",
            round = round,
            finalised = latest.finalised.to_string(),
            honest = honest.to_string()
        ),
    };
    if sim.safety_violated() {
        return crate::t!("consensus-narration-safety-violation", line = line);
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
    let rounds = sim.history().iter().map(|h| running_line(h.round, h, colours, honest));
    lines(rounds.chain([network_line(sim)]))
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
