//! The rollup page's status line and tables: the latest assertions with their challenge
//! windows, and the latest batches on L1 with their totals (moved from
//! `rollup.rs`).

use super::*;

/// Both tables, for the run as it stands.
pub(super) fn tables(s: &RollupSim) -> Html {
    let p = s.params();
    let block = s.block();
    let mut latest_assertions: Vec<_> = s.assertions().iter().rev().take(TABLE_ROWS).collect();
    latest_assertions.reverse();
    let mut latest_batches: Vec<_> = s.batches().iter().rev().take(TABLE_ROWS).collect();
    latest_batches.reverse();
    let txs_posted: u64 = s.batches().iter().map(|b| u64::from(b.tx_count)).sum();
    let cost: f64 = s.batches().iter().map(|b| b.cost_gwei).sum();
    let raw: u64 = s.batches().iter().map(|b| b.raw_bytes).sum();
    let comp: u64 = s.batches().iter().map(|b| b.compressed_bytes).sum();
    html! {
        <>
        <h2>{ "Assertions and their challenge windows" }</h2>
        <div class="table-wrap">
        <table class="data" id="assertions">
            <thead><tr><th>{ "#" }</th><th>{ "batch" }</th><th>{ "by" }</th><th>{ "state root" }</th><th>{ "posted" }</th><th>{ "challenge window" }</th><th>{ "status" }</th></tr></thead>
            <tbody>
                { for latest_assertions.iter().map(|a| {
                    let elapsed = block.saturating_sub(a.posted_block);
                    let share = (elapsed as f64 / p.challenge_window.max(1) as f64).min(1.0);
                    let left = a.window_end.saturating_sub(block);
                    let status = match a.status {
                        AssertionStatus::Pending if left == 0 => "waiting for its parent",
                        AssertionStatus::Pending => "pending",
                        AssertionStatus::Challenged => "challenged",
                        AssertionStatus::Final if !a.valid => "FINAL with a wrong root",
                        AssertionStatus::Final => "final",
                        AssertionStatus::RolledBack => "rolled back",
                    };
                    let by = match a.by { Asserter::Proposer => "proposer".to_string(), Asserter::Validator(v) => format!("validator {v}") };
                    html! {
                        <tr class={classes!(format!("st-{:?}", a.status).to_lowercase(), (!a.valid).then_some("wrong"))} data-id={a.id.to_string()}>
                            <td>{ a.id }</td><td>{ a.batch }</td><td>{ by }</td>
                            <td><code>{ format!("{}…", &hex(&a.root)[..10]) }</code>{ if a.valid { "" } else { " wrong" } }</td>
                            <td>{ thousands(a.posted_block) }</td>
                            <td class="clock">
                                <span class="bar"><span style={format!("width:{:.2}%", share * 100.0)}></span></span>
                                { if left > 0 && matches!(a.status, AssertionStatus::Pending | AssertionStatus::Challenged) {
                                    format!(" {} left ({} blocks)", span(left * L1_BLOCK_TIME), thousands(left))
                                } else { " closed".to_string() } }
                            </td>
                            <td>{ status }{ format!(" · bond {} ETH", a.bond as f64 / 1e9) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
        if s.assertions().is_empty() {
            <p class="muted">{ "No assertion yet: the first comes with the first batch." }</p>
        }
        <h2>{ "Batches on L1" }</h2>
        <div class="table-wrap">
        <table class="data" id="batches">
            <thead><tr><th>{ "#" }</th><th>{ "block" }</th><th>{ "closed" }</th><th>{ "txs" }</th><th>{ "raw B" }</th><th>{ "Brotli B" }</th><th>{ "ratio" }</th><th>{ if p.data_mode == DataMode::Blobs { "blob gas" } else { "L1 gas" } }</th><th>{ "gwei/tx" }</th></tr></thead>
            <tbody>
                { for latest_batches.iter().map(|b| html! {
                    <tr>
                        <td>{ b.index }</td><td>{ thousands(b.posted_block) }</td><td>{ if b.reason == crate::sim::rollup::PostReason::Full { "full" } else { "max delay" } }</td>
                        <td>{ thousands(u64::from(b.tx_count)) }</td><td>{ thousands(b.raw_bytes) }</td><td>{ thousands(b.compressed_bytes) }</td><td>{ format!("{:.2}×", b.ratio) }</td>
                        <td>{ if b.blobs > 0 { format!("{} ({} blob{})", thousands(b.blob_gas), b.blobs, if b.blobs == 1 { "" } else { "s" }) } else { thousands(b.l1_gas) } }</td>
                        <td>{ gwei(b.cost_per_tx_gwei) }</td>
                    </tr>
                }) }
                if s.awaiting_codec() {
                    <tr id="batch-compressing"><td>{ s.batches().len() }</td><td>{ thousands(block + 1) }</td>
                        <td colspan="7" class="muted">{ format!("{} txs, {} B raw: compressing…", thousands(u64::from(s.pending_batch().tx_count)), thousands(s.pending_batch().raw_bytes)) }</td></tr>
                }
            </tbody>
            if !s.batches().is_empty() {
                <tfoot><tr id="batch-totals">
                    <th colspan="3">{ if s.batches().len() == 1 { "the 1 batch".to_string() } else { format!("all {} batches", s.batches().len()) } }</th><th>{ thousands(txs_posted) }</th><th>{ thousands(raw) }</th><th>{ thousands(comp) }</th>
                    <th>{ format!("{:.2}×", raw as f64 / comp.max(1) as f64) }</th><th></th>
                    <th>{ gwei(cost / txs_posted.max(1) as f64) }</th>
                </tr></tfoot>
            }
        </table>
        </div>
        </>
    }
}

/// The status line: its class and its sentence.
pub(super) fn status(s: &RollupSim) -> (&'static str, String) {
    let invalid_final = s.invalid_finalised();
    let finals = s.assertions().iter().filter(|a| a.status == AssertionStatus::Final).count();
    if s.awaiting_codec() {
        return ("compressing", super::waiting::compressing(s));
    }
    let status_class = if invalid_final {
        "danger"
    } else if s.is_done() {
        "ok"
    } else {
        ""
    };
    let status = if invalid_final {
        "A WRONG state root is final: no honest validator challenged it within its window.".to_string()
    } else if let Some(c) = s.challenges().iter().rev().find(|c| c.winner.is_none()) {
        format!("Assertion {} is being challenged by validator {}.", c.assertion, c.challenger)
    } else if s.is_done() {
        "Every assertion is final or rolled back.".to_string()
    } else {
        format!(
            "{} assertions final, {} pending.",
            finals,
            s.assertions().iter().filter(|a| a.status == AssertionStatus::Pending).count()
        )
    };
    (status_class, status)
}
