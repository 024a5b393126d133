//! Concentration of stake over operators: the Nakamoto coefficient (the
//! fewest operators whose stake together reaches a threshold), the Lorenz
//! curve and the Gini coefficient. Operators, not validators: one
//! operator running a thousand validators is one point of control.

/// Shares (any non-negative weights) sorted from largest to smallest, normalised.
pub fn sorted_shares(stakes: &[u64]) -> Vec<f64> {
    let total: u64 = stakes.iter().sum();
    let mut v: Vec<u64> = stakes.iter().copied().filter(|&s| s > 0).collect();
    // Plain ascending sort, reversed: one sort of u64 serves the whole model (smaller wasm).
    v.sort_unstable();
    v.reverse();
    if total == 0 {
        return Vec::new();
    }
    v.into_iter().map(|s| s as f64 / total as f64).collect()
}

/// The Nakamoto coefficient of shares sorted largest first (summing to 1):
/// the fewest whose combined share reaches `threshold`. 0 for no stake.
pub fn nakamoto(sorted_desc: &[f64], threshold: f64) -> u32 {
    let mut sum = 0.0;
    for (i, s) in sorted_desc.iter().enumerate() {
        sum += s;
        // A hair of slack so that shares summing exactly to the threshold count.
        if sum + 1e-12 >= threshold {
            return i as u32 + 1;
        }
    }
    sorted_desc.len() as u32
}

/// The Lorenz curve: `(share of operators, share of stake)` from the
/// smallest operator up, starting at (0, 0) and ending at (1, 1).
pub fn lorenz(sorted_desc: &[f64]) -> Vec<(f64, f64)> {
    let n = sorted_desc.len();
    let mut pts = Vec::with_capacity(n + 1);
    pts.push((0.0, 0.0));
    let mut cum = 0.0;
    for (i, s) in sorted_desc.iter().rev().enumerate() {
        cum += s;
        pts.push(((i + 1) as f64 / n as f64, cum.min(1.0)));
    }
    pts
}

/// The Gini coefficient: 0 when every operator holds the same, towards 1
/// when one holds everything (1 - 1/n at most for n operators).
pub fn gini(sorted_desc: &[f64]) -> f64 {
    let pts = lorenz(sorted_desc);
    if pts.len() < 2 {
        return 0.0;
    }
    let area: f64 = pts.windows(2).map(|w| (w[1].0 - w[0].0) * (w[1].1 + w[0].1)).sum();
    (1.0 - area).max(0.0)
}
