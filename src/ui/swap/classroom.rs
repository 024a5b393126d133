//! The swap page's side of the classroom contract (`ui::control`): its
//! narration and its export files.

use crate::charts::{self, ChartStyle};
use crate::sim::swap::{hm, ChainId, SwapSim};
use crate::ui::chart_backend::svg;
use crate::ui::control::ExportFile;
use crate::ui::export::csv_field;

/// What the page says to a screen reader and to an embedding page: the
/// latest event, and the outcome once the run is over.
pub fn narration(sim: &SwapSim) -> String {
    let last = sim
        .log()
        .last()
        .map(|e| format!("{}: {}", hm(e.time), e.text))
        .unwrap_or_else(|| "Block 0: nothing has happened yet".into());
    if sim.is_done() {
        format!("{last}. Outcome: {}", sim.outcome().describe())
    } else {
        last
    }
}

fn chain(c: Option<ChainId>) -> &'static str {
    match c {
        Some(ChainId::A) => "A",
        Some(ChainId::B) => "B",
        None => "",
    }
}

/// Balances, the event log and the balance chart.
pub fn exports(sim: &SwapSim) -> Vec<ExportFile> {
    let file = |name: &str, mime: &'static str, body: String| ExportFile { name: name.into(), mime, body };
    let mut balances = String::from("time_s,alice_a,alice_b,bob_a,bob_b\n");
    for b in sim.balances() {
        balances.push_str(&format!("{},{},{},{},{}\n", b.time, b.alice_a, b.alice_b, b.bob_a, b.bob_b));
    }
    let mut events = String::from("time_s,time,chain,text\n");
    let mut log = String::new();
    for e in sim.log() {
        events.push_str(&format!("{},{},{},{}\n", e.time, hm(e.time), chain(e.chain), csv_field(&e.text)));
        log.push_str(&format!("{} {} {}\n", hm(e.time), chain(e.chain), e.text));
    }
    log.push_str(&format!("Outcome: {}\n", sim.outcome().describe()));
    let p = sim.params();
    let end = crate::ui::swap::view_end(sim);
    let svg = svg(800, 400, |root| charts::draw_balances(root, sim.balances(), p.amount_a, p.amount_b, end, &ChartStyle::light()));
    vec![
        file("balances.csv", "text/csv", balances),
        file("balances.json", "application/json", serde_json::to_string_pretty(sim.balances()).unwrap_or_default()),
        file("balances.svg", "image/svg+xml", svg),
        file("events.csv", "text/csv", events),
        file("events.json", "application/json", serde_json::to_string_pretty(sim.log()).unwrap_or_default()),
        file("log.txt", "text/plain", log),
    ]
}
