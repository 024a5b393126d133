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
        <h2>{ crate::t!("rollup-assertions-title") }</h2>
        <div class="table-wrap">
        <table class="data" id="assertions">
            <thead><tr><th>{ "#" }</th><th>{ crate::t!("rollup-col-batch") }</th><th>{ crate::t!("rollup-col-by") }</th><th>{ crate::t!("rollup-col-root") }</th><th>{ crate::t!("rollup-col-posted") }</th><th>{ crate::t!("rollup-col-window") }</th><th>{ crate::t!("rollup-col-status") }</th></tr></thead>
            <tbody>
                { for latest_assertions.iter().map(|a| {
                    let elapsed = block.saturating_sub(a.posted_block);
                    let share = (elapsed as f64 / p.challenge_window.max(1) as f64).min(1.0);
                    let left = a.window_end.saturating_sub(block);
                    let status = match a.status {
                        AssertionStatus::Pending if left == 0 => crate::t!("rollup-st-waiting-parent"),
                        AssertionStatus::Pending => crate::t!("rollup-st-pending"),
                        AssertionStatus::Challenged => crate::t!("rollup-st-challenged"),
                        AssertionStatus::Final if !a.valid => crate::t!("rollup-st-final-wrong"),
                        AssertionStatus::Final => crate::t!("rollup-st-final"),
                        AssertionStatus::RolledBack => crate::t!("rollup-st-rolled-back"),
                    };
                    let by = match a.by { Asserter::Proposer => crate::t!("rollup-by-proposer"), Asserter::Validator(v) => crate::t!("rollup-by-validator", v = v.to_string()) };
                    html! {
                        <tr class={classes!(format!("st-{:?}", a.status).to_lowercase(), (!a.valid).then_some("wrong"))} data-id={a.id.to_string()}>
                            <td>{ a.id }</td><td>{ a.batch }</td><td>{ by }</td>
                            <td><code>{ format!("{}…", &hex(&a.root)[..10]) }</code>{ if a.valid { String::new() } else { format!(" {}", crate::t!("rollup-root-wrong")) } }</td>
                            <td>{ thousands(a.posted_block) }</td>
                            <td class="clock">
                                <span class="bar"><span style={format!("width:{:.2}%", share * 100.0)}></span></span>
                                { if left > 0 && matches!(a.status, AssertionStatus::Pending | AssertionStatus::Challenged) {
                                    format!(" {}", crate::t!("rollup-window-left", span = span(left * L1_BLOCK_TIME), blocks = left))
                                } else { format!(" {}", crate::t!("rollup-window-closed")) } }
                            </td>
                            <td>{ status }{ format!(" · {}", crate::t!("rollup-bond", eth = (a.bond as f64 / 1e9).to_string())) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
        if s.assertions().is_empty() {
            <p class="muted">{ crate::t!("rollup-no-assertion") }</p>
        }
        <h2>{ crate::t!("rollup-batches-title") }</h2>
        <div class="table-wrap">
        <table class="data" id="batches">
            <thead><tr><th>{ "#" }</th><th>{ crate::t!("rollup-col-block") }</th><th>{ crate::t!("rollup-col-closed") }</th><th>{ crate::t!("rollup-col-txs") }</th><th>{ crate::t!("rollup-col-raw") }</th><th>{ crate::t!("rollup-col-brotli") }</th><th>{ crate::t!("rollup-col-ratio") }</th><th>{ if p.data_mode == DataMode::Blobs { crate::t!("rollup-col-blob-gas") } else { crate::t!("rollup-col-l1-gas") } }</th><th>{ crate::t!("rollup-col-gwei-tx") }</th></tr></thead>
            <tbody>
                { for latest_batches.iter().map(|b| html! {
                    <tr>
                        <td>{ b.index }</td><td>{ thousands(b.posted_block) }</td><td>{ if b.reason == crate::sim::rollup::PostReason::Full { crate::t!("rollup-closed-full") } else { crate::t!("rollup-closed-delay") } }</td>
                        <td>{ thousands(u64::from(b.tx_count)) }</td><td>{ thousands(b.raw_bytes) }</td><td>{ thousands(b.compressed_bytes) }</td><td>{ format!("{}×", crate::i18n::number(b.ratio, 2)) }</td>
                        <td>{ if b.blobs > 0 { crate::t!("rollup-blob-gas-cell", gas = b.blob_gas, blobs = crate::t!("rollup-blobs-n", n = b.blobs)) } else { thousands(b.l1_gas) } }</td>
                        <td>{ gwei(b.cost_per_tx_gwei) }</td>
                    </tr>
                }) }
                if s.awaiting_codec() {
                    <tr id="batch-compressing"><td>{ s.batches().len() }</td><td>{ thousands(block + 1) }</td>
                        <td colspan="7" class="muted">{ crate::t!("rollup-compressing-row", txs = s.pending_batch().tx_count, bytes = s.pending_batch().raw_bytes) }</td></tr>
                }
            </tbody>
            if !s.batches().is_empty() {
                <tfoot><tr id="batch-totals">
                    <th colspan="3">{ if s.batches().len() == 1 { crate::t!("rollup-total-one") } else { crate::t!("rollup-total-all", n = s.batches().len().to_string()) } }</th><th>{ thousands(txs_posted) }</th><th>{ thousands(raw) }</th><th>{ thousands(comp) }</th>
                    <th>{ format!("{}×", crate::i18n::number(raw as f64 / comp.max(1) as f64, 2)) }</th><th></th>
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
        crate::t!("rollup-status-wrong-final")
    } else if let Some(c) = s.challenges().iter().rev().find(|c| c.winner.is_none()) {
        crate::t!("rollup-status-challenged", assertion = c.assertion.to_string(), validator = c.challenger.to_string())
    } else if s.is_done() {
        crate::t!("rollup-status-done")
    } else {
        crate::t!(
            "rollup-status-counts",
            finals = finals.to_string(),
            pending = s.assertions().iter().filter(|a| a.status == AssertionStatus::Pending).count().to_string()
        )
    };
    (status_class, status)
}
