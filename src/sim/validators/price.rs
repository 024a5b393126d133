//! The staked token's USD price per epoch, from the built-in paths or a
//! given one. Only IEEE basic operations (correctly rounded everywhere),
//! so native and wasm runs see the same prices.

use super::params::{PriceSource, EPOCHS_PER_DAY};

/// The collapse: 99.99% lost over seven days, as LUNA from 7 to 13 May 2022
/// (about $80 to under $0.0001 by 13 May; `data/terra-may-2022-daily.csv`).
pub const COLLAPSE_FACTOR: f64 = 1e-4;
pub const COLLAPSE_EPOCHS: u32 = 7 * EPOCHS_PER_DAY;

/// `x^n` by squaring.
fn powi(mut x: f64, mut n: u32) -> f64 {
    let mut r = 1.0;
    while n > 0 {
        if n & 1 == 1 {
            r *= x;
        }
        x *= x;
        n >>= 1;
    }
    r
}

/// The per-epoch factor `f` with `f^n = target` (0 < target < 1), by bisection.
fn per_epoch_factor(target: f64, n: u32) -> f64 {
    let (mut lo, mut hi) = (0.0f64, 1.0f64);
    for _ in 0..80 {
        let mid = (lo + hi) / 2.0;
        if powi(mid, n) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

/// Prices for epochs `0..=epochs`.
pub fn price_path(source: &PriceSource, start: f64, epochs: u32) -> Vec<f64> {
    let n = epochs as usize + 1;
    match source {
        PriceSource::Stable => vec![start; n],
        PriceSource::Decline { depth } => (0..n).map(|e| start * (1.0 - depth * e as f64 / f64::from(epochs.max(1)))).collect(),
        PriceSource::Collapse => {
            let begin = epochs / 6;
            let f = per_epoch_factor(COLLAPSE_FACTOR, COLLAPSE_EPOCHS);
            let mut p = start;
            (0..n as u32)
                .map(|e| {
                    if e > begin && e <= begin + COLLAPSE_EPOCHS {
                        p *= f;
                    }
                    p
                })
                .collect()
        }
        PriceSource::Path { usd, .. } => (0..n).map(|e| usd[e.min(usd.len() - 1)]).collect(),
    }
}

/// The stablecoin simulation's seed for the companion token's path: one
/// fixed run, so a validators URL names its whole price path.
pub const STABLECOIN_SEED: u64 = 1;
/// Seconds per epoch (32 slots of 12 s).
pub const EPOCH_SECONDS: f64 = 384.0;

/// Price paths known by name (the CLI's and the URL's `price=`):
/// `stablecoin:SCENARIO` is the companion token's (LUNA's) USD price in the
/// stablecoin simulation's scenario (`crate::sim::stablecoin`, run with
/// [`STABLECOIN_SEED`]), sampled at the start of each 6.4-minute epoch,
/// for as long as that scenario runs; after it the last price holds.
pub fn named_path(name: &str) -> Option<PriceSource> {
    use crate::sim::stablecoin::{companion_price_path, Scenario};
    let scenario = Scenario::parse(name.strip_prefix("stablecoin:")?)?;
    let p = scenario.params();
    let steps = (p.days * 86_400.0 / p.step_seconds).ceil() as usize;
    let per_step = companion_price_path(scenario, STABLECOIN_SEED, steps);
    let last = per_step.len() - 1;
    let epochs = (last as f64 * p.step_seconds / EPOCH_SECONDS).floor() as usize;
    let usd = (0..=epochs).map(|e| per_step[((e as f64 * EPOCH_SECONDS / p.step_seconds) as usize).min(last)]).collect();
    Some(PriceSource::Path { name: name.to_string(), usd })
}
