//! The load sweep (moved from `rollup.rs`): what L1 alone and the rollup
//! do with one offered load.

use super::*;

/// The most transfers one sweep point simulates (more than one full batch
/// at Nitro's level 11 on this format).
pub const SWEEP_MAX_TXS: f64 = 30_000.0;

/// What L1 alone and the rollup do with one offered load.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LoadPoint {
    /// Offered load, transactions per second.
    pub tps: f64,
    /// Seconds of traffic simulated.
    pub seconds: u64,
    /// Transfers L1 alone included per second (at most its capacity).
    pub l1_alone_tps: f64,
    /// Transfers the rollup sequenced per second (all of them were posted
    /// to L1 within `max_delay`).
    pub rollup_tps: f64,
    pub l1_alone_cost_per_tx_gwei: f64,
    /// Posting cost per transfer, over the full batches if any closed,
    /// else over all batches.
    pub rollup_cost_per_tx_gwei: f64,
    pub batches: u32,
    pub full_batches: u32,
    /// Raw over compressed bytes, all batches.
    pub ratio: f64,
}

/// Runs `base` at one offered load (no fault) long enough for its batches
/// to post: `max_delay` of traffic, or less where that would exceed
/// [`SWEEP_MAX_TXS`]. Real compression and state roots, like any run.
pub fn load_point(base: &RollupParams, tps: f64, seed: u64) -> Result<LoadPoint, ParamError> {
    let seconds = (base.max_delay as f64).min(SWEEP_MAX_TXS / tps);
    let seconds = ((seconds / L1_BLOCK_TIME as f64).floor() as u64).max(1) * L1_BLOCK_TIME;
    let params = RollupParams { tps, traffic_seconds: seconds, fault: Fault::None, ..base.clone() };
    let mut sim = RollupSim::new(params.clone(), seed)?;
    let traffic = params.traffic_blocks();
    for _ in 0..traffic {
        sim.step();
    }
    let backlog = sim.l1_alone_backlog();
    let arrived = sim.total_txs();
    let flush = traffic + params.max_delay.div_ceil(L1_BLOCK_TIME) + 1;
    while sim.block() < flush && sim.mempool_len() > 0 && sim.try_step() {}
    let b = sim.batches();
    let full: Vec<&BatchRecord> = b.iter().filter(|r| r.reason == PostReason::Full).collect();
    let counted: Vec<&BatchRecord> = if full.is_empty() { b.iter().collect() } else { full.clone() };
    let txs: u64 = counted.iter().map(|r| u64::from(r.tx_count)).sum();
    let cost: f64 = counted.iter().map(|r| r.cost_gwei).sum();
    let raw: u64 = b.iter().map(|r| r.raw_bytes).sum();
    let comp: u64 = b.iter().map(|r| r.compressed_bytes).sum();
    let secs = seconds as f64;
    Ok(LoadPoint {
        tps,
        seconds,
        l1_alone_tps: (arrived - backlog.min(arrived)) as f64 / secs,
        rollup_tps: arrived as f64 / secs,
        l1_alone_cost_per_tx_gwei: batch::TX_BASE_GAS as f64 * params.gas_price_gwei,
        rollup_cost_per_tx_gwei: cost / txs.max(1) as f64,
        batches: b.len() as u32,
        full_batches: full.len() as u32,
        ratio: raw as f64 / comp.max(1) as f64,
    })
}
