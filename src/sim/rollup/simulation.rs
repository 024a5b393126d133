//! The rollup model through the one interface ([`Simulation`]): its
//! narration, its report and its data files. Both describe the run as it
//! stands at the block shown: dispute rounds not yet played and a one-step
//! proof not yet run are not revealed.

use super::report::{assertions_csv, batches_csv, challenges_csv};
use super::{Asserter, AssertionStatus, EventKind, ParamError, RollupParams, RollupSim, Winner, L1_BLOCK_TIME};
use crate::format::{plural, span, thousands};
use crate::sim::simulation::{csv_field, delegate_to_model, DataFile, Simulation};

/// "assertion 3" or "assertions 3 to 7".
fn assertion_ids(ids: &[u32]) -> String {
    match ids {
        [one] => format!("assertion {one}"),
        [first, .., last] if ids.windows(2).all(|w| w[1] == w[0] + 1) => format!("assertions {first} to {last}"),
        _ => format!("assertions {}", ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")),
    }
}

/// The assertion id an event of the model's log is about ("assertion 4 (batch 3) is final").
fn event_assertion(text: &str) -> Option<u32> {
    text.strip_prefix("assertion ")?.split(' ').next()?.parse().ok()
}

/// What changed in the block shown, with numbers, and where the oldest
/// open challenge window stands: one sentence for a screen reader and an
/// embedding page.
pub fn narration(sim: &RollupSim) -> String {
    let b = sim.block();
    let p = sim.params();
    let mut parts: Vec<String> = Vec::new();
    for r in sim.batches().iter().filter(|r| r.posted_block == b && b > 0) {
        let gas = if r.blobs > 0 {
            format!("{} blob gas", thousands(r.blob_gas))
        } else {
            format!("{} L1 gas", thousands(r.l1_gas))
        };
        parts.push(format!(
            "batch {} posted with {}, {} bytes raw, {} compressed (ratio {:.2}), {gas}, {} gwei a transaction",
            r.index,
            plural(r.tx_count as usize, "transaction", "transactions"),
            thousands(r.raw_bytes),
            thousands(r.compressed_bytes),
            r.ratio,
            thousands(r.cost_per_tx_gwei.round() as u64)
        ));
    }
    let posted: Vec<_> = sim.assertions().iter().filter(|a| a.posted_block == b && b > 0).collect();
    if let Some(first) = posted.first() {
        let ids: Vec<u32> = posted.iter().map(|a| a.id).collect();
        let who = match first.by {
            Asserter::Proposer => "the proposer".to_string(),
            Asserter::Validator(v) => format!("validator {v}"),
        };
        let wrong = posted.iter().filter(|a| !a.valid).count();
        let root = match (wrong, posted.len()) {
            (0, 1) => "the true state root",
            (0, _) => "the true state roots",
            (_, 1) => "a WRONG state root",
            _ => "WRONG state roots",
        };
        parts.push(format!("{who} posts {} with {root}", assertion_ids(&ids)));
    }
    for c in sim.challenges() {
        if c.opened_block == b {
            parts.push(format!(
                "validator {} challenges assertion {}: {} rounds of {}-way dissection over the batch's {} VM steps",
                c.challenger,
                c.assertion,
                c.dispute.rounds.len(),
                c.dispute.arity,
                thousands(c.dispute.n_steps)
            ));
        }
        if let Some(i) = c.round_blocks.iter().position(|&r| r == b) {
            let r = &c.dispute.rounds[i];
            parts.push(format!(
                "dissection round {} of {}: the disputed range narrows to steps {} to {}",
                i + 1,
                c.dispute.rounds.len(),
                thousands(r.next_lo),
                thousands(r.next_hi)
            ));
        }
        if c.resolves_block == b {
            match c.winner {
                Some(Winner::Challenger) => {
                    // As the page's verdict: the challenged assertion and those built on it.
                    let rolled: Vec<u32> = sim
                        .assertions()
                        .iter()
                        .filter(|a| {
                            a.status == AssertionStatus::RolledBack && a.id >= c.assertion && a.posted_block < b
                        })
                        .map(|a| a.id)
                        .collect();
                    parts.push(format!(
                        "L1 runs step {} ({}): the proposer's claim is wrong, its bond of {} ETH goes to validator {}{}",
                        thousands(c.proof.step),
                        c.proof.op,
                        c.slashed as f64 / 1e9,
                        c.challenger,
                        if rolled.is_empty() { String::new() } else { format!(", {} rolled back", assertion_ids(&rolled)) }
                    ));
                }
                Some(Winner::Proposer) => parts.push(format!(
                    "L1 runs step {} ({}): the proposer was right, validator {} loses its bond",
                    thousands(c.proof.step),
                    c.proof.op,
                    c.challenger
                )),
                None => {}
            }
        }
    }
    let finals: Vec<u32> = sim
        .log()
        .iter()
        .filter(|e| e.block == b && e.kind == EventKind::Final)
        .filter_map(|e| event_assertion(&e.text))
        .collect();
    if !finals.is_empty() {
        parts.push(format!("{} final", assertion_ids(&finals)));
    }
    let wrong_finals: Vec<u32> = sim
        .log()
        .iter()
        .filter(|e| e.block == b && e.kind == EventKind::InvalidFinal)
        .filter_map(|e| event_assertion(&e.text))
        .collect();
    if !wrong_finals.is_empty() {
        parts.push(format!(
            "{} final with a WRONG state root: nobody challenged it in time",
            assertion_ids(&wrong_finals)
        ));
    }
    if parts.is_empty() {
        let pending = sim.pending_batch();
        if pending.tx_count > 0 {
            parts.push(format!(
                "batch {} filling: {}, {} bytes raw, first one {} old",
                sim.batches().len(),
                plural(pending.tx_count as usize, "transaction", "transactions"),
                thousands(pending.raw_bytes),
                span(pending.age)
            ));
        } else if b == 0 {
            parts.push(format!("no batch yet; L2 transactions arrive at {} a second", p.tps));
        } else {
            parts.push("nothing new on L1".into());
        }
    }
    let open = sim
        .assertions()
        .iter()
        .find(|a| matches!(a.status, AssertionStatus::Pending | AssertionStatus::Challenged) && a.window_end > b);
    if let Some(a) = open {
        let elapsed = b.saturating_sub(a.posted_block) as f64 / p.challenge_window.max(1) as f64;
        parts.push(format!(
            "assertion {}'s challenge window {:.0}% elapsed, {} left",
            a.id,
            (elapsed * 100.0).floor(),
            span(a.window_end.saturating_sub(b) * L1_BLOCK_TIME)
        ));
    } else if sim.is_done() {
        let finals = sim.assertions().iter().filter(|a| a.status == AssertionStatus::Final).count();
        parts.push(format!(
            "run over: {} of {} final{}",
            finals,
            plural(sim.assertions().len(), "assertion", "assertions"),
            if sim.invalid_finalised() { ", a WRONG state root among them" } else { "" }
        ));
    }
    format!("Block {} ({}): {}.", thousands(b), span(sim.time()), parts.join("; "))
}

/// The run as one JSON document at the block shown (rounds and proofs
/// revealed only once played, as on the page).
pub fn run_json(sim: &RollupSim) -> Result<String, String> {
    let b = sim.block();
    let challenges: Vec<serde_json::Value> = sim
        .challenges()
        .iter()
        .map(|c| {
            let played = c.round_blocks.iter().filter(|&&r| r <= b).count();
            let resolved = c.winner.is_some();
            serde_json::json!({
                "assertion": c.assertion,
                "batch": c.batch,
                "challenger": c.challenger,
                "opened_block": c.opened_block,
                "vm_steps": c.dispute.n_steps,
                "arity": c.dispute.arity,
                "rounds_total": c.dispute.rounds.len(),
                "binary_rounds": c.binary_rounds,
                "dissection40_rounds": c.dissection40_rounds,
                "round_blocks": &c.round_blocks[..played],
                "rounds": &c.dispute.rounds[..played],
                "resolves_block": c.resolves_block,
                "proof": if resolved { serde_json::to_value(&c.proof).unwrap_or_default() } else { serde_json::Value::Null },
                "disputed_step": if resolved { serde_json::json!(c.dispute.step) } else { serde_json::Value::Null },
                "winner": c.winner,
                "slashed_gwei": c.slashed,
            })
        })
        .collect();
    let txs: u64 = sim.batches().iter().map(|r| u64::from(r.tx_count)).sum();
    let raw: u64 = sim.batches().iter().map(|r| r.raw_bytes).sum();
    let comp: u64 = sim.batches().iter().map(|r| r.compressed_bytes).sum();
    let cost: f64 = sim.batches().iter().map(|r| r.cost_gwei).sum();
    let doc = serde_json::json!({
        "seed": sim.seed(),
        "params": sim.params(),
        "block": b,
        "time_s": sim.time(),
        "summary": {
            "transactions_sequenced": sim.total_txs(),
            "transactions_posted": txs,
            "batches": sim.batches().len(),
            "raw_bytes": raw,
            "compressed_bytes": comp,
            "ratio": raw as f64 / comp.max(1) as f64,
            "rollup_cost_per_tx_gwei": if txs == 0 { serde_json::Value::Null } else { serde_json::json!(cost / txs as f64) },
            "l1_alone_cost_per_tx_gwei": 21_000.0 * sim.params().gas_price_gwei,
            "l1_alone_backlog": sim.l1_alone_backlog(),
            "invalid_state_final": sim.invalid_finalised(),
            "finished": sim.is_done(),
            "fingerprint": format!("{:016x}", sim.fingerprint()),
        },
        "batches": sim.batches(),
        "assertions": sim.assertions(),
        "challenges": challenges,
        "events": sim.log(),
    });
    serde_json::to_string_pretty(&doc).map_err(|e| format!("run.json: {e}"))
}

/// The events as CSV and the log (the events, then the narration).
pub fn events_and_log(sim: &RollupSim) -> (String, String) {
    let mut events = String::from("block,time_s,kind,text\n");
    let mut log = String::new();
    for e in sim.log() {
        events.push_str(&format!("{},{},{:?},{}\n", e.block, e.time, e.kind, csv_field(&e.text)));
        log.push_str(&format!("block {:>6} ({}) {}\n", e.block, span(e.time), e.text));
    }
    log.push_str(&narration(sim));
    log.push('\n');
    (events, log)
}

impl Simulation for RollupSim {
    delegate_to_model!(RollupSim, params: RollupParams, error: ParamError, url: crate::query::rollup::RollupState,
        steps: block, unit: |_| "block", narration: narration);

    /// A block that needs Brotli while the browser's codec is still loading.
    fn waiting(&self) -> bool {
        self.awaiting_codec()
    }

    fn report(&self) -> Vec<(&'static str, String)> {
        vec![
            ("block", self.block().to_string()),
            ("time", span(self.time())),
            ("transactions", self.total_txs().to_string()),
            ("batches", self.batches().len().to_string()),
            ("assertions", self.assertions().len().to_string()),
            ("challenges", self.challenges().len().to_string()),
            ("invalid_state_final", self.invalid_finalised().to_string()),
        ]
    }
    /// Batches, assertions, challenges and events as CSV, the run as JSON,
    /// and the log.
    fn data(&self) -> Result<Vec<DataFile>, String> {
        let (events, log) = events_and_log(self);
        Ok(vec![
            DataFile::csv("batches.csv", batches_csv(self.batches())),
            DataFile::csv("assertions.csv", assertions_csv(self)),
            DataFile::csv("challenges.csv", challenges_csv(self)),
            DataFile::csv("events.csv", events),
            DataFile::new("run.json", "application/json", run_json(self)?),
            DataFile::text("log.txt", log),
        ])
    }
    fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + std::mem::size_of_val(self.batches())
            + std::mem::size_of_val(self.assertions())
            + self.challenges().len() * 4096
            + self.log().iter().map(|e| e.text.len() + 48).sum::<usize>()
            + self.balances().len() * 8
            + self.mempool_len() * 64
    }
}
