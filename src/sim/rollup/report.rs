//! A run as data files, shared by the command line (`chainlab rollup
//! --csv`) and the page's exports: one format each, written once.

use super::{hex, Asserter, AssertionStatus, BatchRecord, RollupSim, Winner};
use std::fmt::Write;

/// The header of [`batches_csv`].
pub const BATCHES_CSV_HEADER: &str = "batch,posted_block,reason,txs,raw_bytes,compressed_bytes,ratio,zero_bytes,nonzero_bytes,l1_gas,blobs,blob_gas,cost_gwei,cost_per_tx_gwei,l1_alone_cost_per_tx_gwei,post_root";

/// One row per batch posted: sizes, gas and costs.
pub fn batches_csv(batches: &[BatchRecord]) -> String {
    let mut out = String::from(BATCHES_CSV_HEADER);
    out.push('\n');
    for r in batches {
        let _ = writeln!(
            out,
            "{},{},{:?},{},{},{},{:.4},{},{},{},{},{},{:.1},{:.3},{:.1},{}",
            r.index,
            r.posted_block,
            r.reason,
            r.tx_count,
            r.raw_bytes,
            r.compressed_bytes,
            r.ratio,
            r.zero_bytes,
            r.nonzero_bytes,
            r.l1_gas,
            r.blobs,
            r.blob_gas,
            r.cost_gwei,
            r.cost_per_tx_gwei,
            r.l1_alone_cost_per_tx_gwei,
            hex(&r.post_root)
        );
    }
    out
}

fn status(s: AssertionStatus) -> &'static str {
    match s {
        AssertionStatus::Pending => "pending",
        AssertionStatus::Challenged => "challenged",
        AssertionStatus::Final => "final",
        AssertionStatus::RolledBack => "rolled_back",
    }
}

/// One row per assertion as it stands at the sim's current block: the
/// root, whether it is the true one, its challenge window and its status.
pub fn assertions_csv(sim: &RollupSim) -> String {
    let mut out = String::from("assertion,batch,parent,by,root,valid,posted_block,window_end,window_elapsed,status,bond_gwei\n");
    let (b, w) = (sim.block(), sim.params().challenge_window.max(1));
    for a in sim.assertions() {
        let by = match a.by {
            Asserter::Proposer => "proposer".to_string(),
            Asserter::Validator(v) => format!("validator {v}"),
        };
        let elapsed = (b.saturating_sub(a.posted_block) as f64 / w as f64).min(1.0);
        let _ = writeln!(
            out,
            "{},{},{},{by},{},{},{},{},{elapsed:.4},{},{}",
            a.id,
            a.batch,
            a.parent.map(|p| p.to_string()).unwrap_or_default(),
            hex(&a.root),
            a.valid,
            a.posted_block,
            a.window_end,
            status(a.status),
            a.bond
        );
    }
    out
}

/// One row per challenge as far as it has gone at the sim's current block:
/// the dispute's size, the rounds played so far (of the total the challenge
/// announced), and once L1 has run the one-step proof, the step, who won
/// and the bond slashed (empty while the dispute is under way).
pub fn challenges_csv(sim: &RollupSim) -> String {
    let mut out = String::from(
        "assertion,batch,challenger,opened_block,vm_steps,arity,rounds,rounds_played,binary_rounds,dissection40_rounds,resolves_block,disputed_step,op,transfer,winner,slashed_gwei\n",
    );
    let b = sim.block();
    for c in sim.challenges() {
        let played = c.round_blocks.iter().filter(|&&r| r <= b).count();
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{played},{},{},{},",
            c.assertion,
            c.batch,
            c.challenger,
            c.opened_block,
            c.dispute.n_steps,
            c.dispute.arity,
            c.dispute.rounds.len(),
            c.binary_rounds,
            c.dissection40_rounds,
            c.resolves_block,
        );
        match c.winner {
            Some(w) => {
                let winner = if w == Winner::Challenger { "challenger" } else { "proposer" };
                let _ = writeln!(out, "{},{},{},{winner},{}", c.dispute.step, c.proof.op, c.proof.transfer, c.slashed);
            }
            None => out.push_str(",,,,\n"),
        }
    }
    out
}
