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

/// Price paths known by name (the CLI's and the URL's `price=`). None yet
/// besides the built-in kinds; the stablecoin coupling adds
/// `stablecoin:terra-may-2022`.
pub fn named_path(name: &str, epochs: u32) -> Option<PriceSource> {
    let _ = (name, epochs);
    None
}
