//! The rollup model through the one interface ([`Simulation`]): its
//! narration, its report and its data files. Both describe the run as it
//! stands at the block shown: dispute rounds not yet played and a one-step
//! proof not yet run are not revealed.

use super::report::{assertions_csv, batches_csv, challenges_csv};
use super::{Asserter, AssertionStatus, EventKind, ParamError, RollupParams, RollupSim, Winner, L1_BLOCK_TIME};
use super::captions::span;
use crate::format::span as span_en;
use crate::i18n::num;
use crate::sim::simulation::{csv_field, delegate_to_model, DataFile, Simulation};

/// "assertion 3" or "assertions 3 to 7" (in the reader's language).
fn assertion_ids(ids: &[u32]) -> String {
    match ids {
        [one] => crate::t!("rollup-nar-assertion", id = one.to_string()),
        [first, .., last] if ids.windows(2).all(|w| w[1] == w[0] + 1) => {
            crate::t!("rollup-nar-assertions-range", first = first.to_string(), last = last.to_string())
        }
        _ => crate::t!(
            "rollup-nar-assertions-list",
            list = ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
        ),
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
            crate::t!("rollup-nar-blob-gas", gas = r.blob_gas)
        } else {
            crate::t!("rollup-nar-l1-gas", gas = r.l1_gas)
        };
        parts.push(crate::t!(
            "rollup-nar-batch",
            batch = r.index.to_string(),
            txs = crate::t!("rollup-nar-txs", n = r.tx_count),
            raw = r.raw_bytes,
            compressed = r.compressed_bytes,
            ratio = num(r.ratio, 2),
            gas = gas,
            cost = r.cost_per_tx_gwei.round() as u64
        ));
    }
    let posted: Vec<_> = sim.assertions().iter().filter(|a| a.posted_block == b && b > 0).collect();
    if let Some(first) = posted.first() {
        let ids: Vec<u32> = posted.iter().map(|a| a.id).collect();
        let who = match first.by {
            Asserter::Proposer => crate::t!("rollup-nar-proposer"),
            Asserter::Validator(v) => crate::t!("rollup-nar-validator", v = v.to_string()),
        };
        let wrong = posted.iter().filter(|a| !a.valid).count();
        let root = match (wrong, posted.len()) {
            (0, 1) => crate::t!("rollup-nar-true-root"),
            (0, _) => crate::t!("rollup-nar-true-roots"),
            (_, 1) => crate::t!("rollup-nar-wrong-root"),
            _ => crate::t!("rollup-nar-wrong-roots"),
        };
        parts.push(crate::t!("rollup-nar-posts", who = who, ids = assertion_ids(&ids), root = root));
    }
    for c in sim.challenges() {
        if c.opened_block == b {
            parts.push(crate::t!(
                "rollup-nar-challenge",
                v = c.challenger.to_string(),
                a = c.assertion.to_string(),
                rounds = c.dispute.rounds.len(),
                arity = c.dispute.arity,
                steps = c.dispute.n_steps
            ));
        }
        if let Some(i) = c.round_blocks.iter().position(|&r| r == b) {
            let r = &c.dispute.rounds[i];
            parts.push(crate::t!(
                "rollup-nar-round",
                k = i + 1,
                n = c.dispute.rounds.len(),
                lo = r.next_lo,
                hi = r.next_hi
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
                    let (step, op, eth, v) =
                        (c.proof.step, c.proof.op, (c.slashed as f64 / 1e9).to_string(), c.challenger.to_string());
                    parts.push(if rolled.is_empty() {
                        crate::t!("rollup-nar-wrong-claim", step = step, op = op, eth = eth, v = v)
                    } else {
                        crate::t!(
                            "rollup-nar-wrong-claim-rolled",
                            step = step,
                            op = op,
                            eth = eth,
                            v = v,
                            ids = assertion_ids(&rolled)
                        )
                    });
                }
                Some(Winner::Proposer) => parts.push(crate::t!(
                    "rollup-nar-right-claim",
                    step = c.proof.step,
                    op = c.proof.op,
                    v = c.challenger.to_string()
                )),
                None => {}
            }
        }
    }
    // The assertions that became final at this block, right and wrong.
    for (kind, key) in [(EventKind::Final, "rollup-nar-final"), (EventKind::InvalidFinal, "rollup-nar-wrong-final")] {
        let ids: Vec<u32> = sim
            .log()
            .iter()
            .filter(|e| e.block == b && e.kind == kind)
            .filter_map(|e| event_assertion(&e.text))
            .collect();
        if !ids.is_empty() {
            parts.push(crate::t!(key, ids = assertion_ids(&ids)));
        }
    }
    if parts.is_empty() {
        let pending = sim.pending_batch();
        if pending.tx_count > 0 {
            parts.push(crate::t!(
                "rollup-nar-filling",
                batch = sim.batches().len().to_string(),
                txs = crate::t!("rollup-nar-txs", n = pending.tx_count),
                raw = pending.raw_bytes,
                age = span(pending.age)
            ));
        } else if b == 0 {
            parts.push(crate::t!("rollup-nar-no-batch", tps = p.tps.to_string()));
        } else {
            parts.push(crate::t!("rollup-nar-nothing"));
        }
    }
    let open = sim
        .assertions()
        .iter()
        .find(|a| matches!(a.status, AssertionStatus::Pending | AssertionStatus::Challenged) && a.window_end > b);
    if let Some(a) = open {
        let elapsed = b.saturating_sub(a.posted_block) as f64 / p.challenge_window.max(1) as f64;
        parts.push(crate::t!(
            "rollup-nar-window",
            id = a.id.to_string(),
            pct = num((elapsed * 100.0).floor(), 0),
            left = span(a.window_end.saturating_sub(b) * L1_BLOCK_TIME)
        ));
    } else if sim.is_done() {
        let finals = sim.assertions().iter().filter(|a| a.status == AssertionStatus::Final).count().to_string();
        let all = crate::t!("rollup-nar-assertions-n", n = sim.assertions().len());
        parts.push(if sim.invalid_finalised() {
            crate::t!("rollup-nar-over-wrong", finals = finals, all = all)
        } else {
            crate::t!("rollup-nar-over", finals = finals, all = all)
        });
    }
    crate::t!("rollup-nar", block = b, time = span(sim.time()), parts = parts.join(&crate::t!("rollup-nar-sep")))
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
        log.push_str(&format!("block {:>6} ({}) {}\n", e.block, span_en(e.time), e.text));
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
            ("time", span_en(self.time())),
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
            + self.log().iter().map(|e| e.text.len() + 48 + e.msg.args.len() * 64).sum::<usize>()
            + self.balances().len() * 8
            + self.mempool_len() * 64
    }
}
