//! Sharing validators among operators: target shares, then whole
//! validators by the largest-remainder method, so counts sum exactly.

use super::params::{Distribution, REAL_SHARES};

/// Target shares of stake per operator, largest first, summing to 1.
pub fn target_shares(d: Distribution, operators: u32) -> Vec<f64> {
    let n = operators as usize;
    let raw: Vec<f64> = match d {
        Distribution::Equal => vec![1.0; n],
        Distribution::PowerLaw { alpha } => (1..=n).map(|i| 1.0 / libm::pow(i as f64, alpha)).collect(),
        Distribution::Delegation { big, big_share } => {
            let big = big as usize;
            // The big ones: weights big, big-1, ..., 1 (each a little less than the one before).
            let tri = (big * (big + 1) / 2) as f64;
            let small = (n - big) as f64;
            (0..n)
                .map(|i| if i < big { big_share * (big - i) as f64 / tri } else { (1.0 - big_share) / small })
                .collect()
        }
        Distribution::RealShares => {
            let named: f64 = REAL_SHARES.iter().map(|(_, s)| s).sum();
            let rest = n - REAL_SHARES.len();
            (0..n).map(|i| if i < REAL_SHARES.len() { REAL_SHARES[i].1 } else { (1.0 - named) / rest as f64 }).collect()
        }
    };
    let total: f64 = raw.iter().sum();
    raw.into_iter().map(|w| w / total).collect()
}

/// Validators per operator (index = operator), summing to `validators`,
/// every operator at least one.
pub fn allocate(d: Distribution, validators: u32, operators: u32) -> Vec<u32> {
    let shares = target_shares(d, operators);
    let spare = validators - operators; // everyone gets one first
    let exact: Vec<f64> = shares.iter().map(|s| s * f64::from(validators) - 1.0).map(|x| x.max(0.0)).collect();
    let scale = f64::from(spare) / exact.iter().sum::<f64>().max(1e-12);
    let exact: Vec<f64> = exact.iter().map(|x| x * scale).collect();
    let mut counts: Vec<u32> = exact.iter().map(|x| x.floor() as u32).collect();
    let mut left = spare - counts.iter().sum::<u32>().min(spare);
    // Largest remainder first, ties to the lower index: the remainder's
    // complement in 2^-40 steps and the index (< 1024) in one key.
    let mut keys: Vec<u64> = exact
        .iter()
        .enumerate()
        .map(|(i, x)| (((1.0 - (x - x.floor())) * (1u64 << 40) as f64) as u64) << 10 | i as u64)
        .collect();
    keys.sort_unstable();
    let order: Vec<usize> = keys.iter().map(|k| (k & 1023) as usize).collect();
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    counts.iter().map(|c| c + 1).collect()
}

/// Operator names: the named entities for the real preset, otherwise numbered.
pub fn operator_names(d: Distribution, operators: u32) -> Vec<String> {
    (0..operators as usize)
        .map(|i| match d {
            Distribution::RealShares if i < REAL_SHARES.len() => REAL_SHARES[i].0.to_string(),
            _ => format!("Operator {}", i + 1),
        })
        .collect()
}
