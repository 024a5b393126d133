//! Ensembles: the same scenario over N seeds (the risk modellers' fan
//! chart). Each run is reduced to its path (sampled every `every` steps)
//! and two numbers: the day UST first closed a step below $0.50 (if it
//! did) and the LUNA multiple (final over starting supply). The page adds
//! runs one by one across animation frames; the CLI adds them in a loop;
//! both read the same [`EnsembleSummary`].
//!
//! Quantiles are by linear interpolation between order statistics (type 7
//! of Hyndman and Fan, the default of R and NumPy): `q(p)` of sorted `x[0..n]`
//! is `x[k] + (h - k)(x[k+1] - x[k])` with `h = (n - 1)p`, `k = floor(h)`.

use super::{StablecoinParams, StablecoinSim};
use serde::{Deserialize, Serialize};

/// The most runs an ensemble may have.
pub const MAX_RUNS: usize = 200;
/// The default number of runs.
pub const DEFAULT_RUNS: usize = 20;
/// UST's price whose first crossing is recorded per run.
pub const BELOW: f64 = 0.5;

/// One run reduced to what the ensemble shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunPath {
    pub seed: u64,
    /// The sampled steps (the same for every run of an ensemble).
    pub steps: Vec<usize>,
    /// UST price, UST supply, LUNA price, LUNA supply at each sampled step.
    pub stable_price: Vec<f64>,
    pub stable_supply: Vec<f64>,
    pub companion_price: Vec<f64>,
    pub companion_supply: Vec<f64>,
    /// First day a step closed below [`BELOW`].
    pub below_half_day: Option<f64>,
    /// Final over starting LUNA supply.
    pub luna_multiple: f64,
    pub fingerprint: u64,
}

impl RunPath {
    /// Reduces a finished (or partial) run, sampling every `every` steps
    /// (the last snapshot always included).
    pub fn of(sim: &StablecoinSim, every: usize) -> RunPath {
        let h = sim.history();
        let every = every.max(1);
        let picked: Vec<_> = h.iter().enumerate().filter(|(i, _)| i % every == 0 || *i + 1 == h.len()).collect();
        let steps = picked.iter().map(|(i, _)| *i).collect();
        let picked: Vec<_> = picked.into_iter().map(|(_, s)| s).collect();
        RunPath {
            seed: sim.seed(),
            steps,
            stable_price: picked.iter().map(|s| s.stable_price_usd).collect(),
            stable_supply: picked.iter().map(|s| s.stable_supply).collect(),
            companion_price: picked.iter().map(|s| s.companion_price_usd).collect(),
            companion_supply: picked.iter().map(|s| s.companion_supply).collect(),
            below_half_day: h.iter().find(|s| s.stable_price_usd < BELOW).map(|s| s.day),
            luna_multiple: h[h.len() - 1].companion_supply / h[0].companion_supply,
            fingerprint: sim.fingerprint(),
        }
    }
}

/// Runs one seed of an ensemble to the end.
pub fn run_seed(params: &StablecoinParams, seed: u64, every: usize) -> RunPath {
    let mut sim = StablecoinSim::new(params.clone(), seed).expect("the ensemble's parameters were validated");
    sim.run_to_end();
    RunPath::of(&sim, every)
}

/// The five numbers of a band.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Band {
    pub min: f64,
    pub p10: f64,
    pub median: f64,
    pub p90: f64,
    pub max: f64,
}

/// The type-7 quantile of already sorted values (`p` in [0, 1]).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let h = (sorted.len() - 1) as f64 * p;
    let k = h.floor() as usize;
    if k + 1 >= sorted.len() {
        return sorted[sorted.len() - 1];
    }
    sorted[k] + (h - k as f64) * (sorted[k + 1] - sorted[k])
}

impl Band {
    pub fn of(values: &[f64]) -> Band {
        let mut v: Vec<f64> = values.iter().copied().filter(|x| !x.is_nan()).collect();
        v.sort_by(f64::total_cmp);
        Band {
            min: quantile(&v, 0.0),
            p10: quantile(&v, 0.1),
            median: quantile(&v, 0.5),
            p90: quantile(&v, 0.9),
            max: quantile(&v, 1.0),
        }
    }
}

/// One time point of the fan chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FanPoint {
    pub step: usize,
    pub day: f64,
    pub stable_price: Band,
    pub stable_supply: Band,
    pub companion_price: Band,
    pub companion_supply: Band,
}

/// What an ensemble shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EnsembleSummary {
    pub runs: usize,
    pub every: usize,
    pub points: Vec<FanPoint>,
    /// Runs in which UST closed below $0.50, and the band of the day it did.
    pub below_half_runs: usize,
    pub below_half_day: Option<Band>,
    pub below_half_days: Vec<Option<f64>>,
    pub luna_multiple: Band,
    pub luna_multiples: Vec<f64>,
}

/// Runs added so far (all of the same parameters and sampling).
#[derive(Clone, Debug, Default)]
pub struct Ensemble {
    pub paths: Vec<RunPath>,
}

impl Ensemble {
    /// The runs `seed, seed + 1, ..., seed + runs - 1`, one after another.
    pub fn run(params: &StablecoinParams, seed: u64, runs: usize, every: usize) -> Ensemble {
        Ensemble { paths: (0..runs as u64).map(|i| run_seed(params, seed.wrapping_add(i), every)).collect() }
    }

    pub fn add(&mut self, path: RunPath) {
        self.paths.push(path);
    }

    /// The bands at every sampled step (as many as the shortest path).
    pub fn summary(&self, step_seconds: f64, every: usize) -> EnsembleSummary {
        let every = every.max(1);
        let len = self.paths.iter().map(|p| p.stable_price.len()).min().unwrap_or(0);
        let points = (0..len)
            .map(|i| {
                let col =
                    |f: fn(&RunPath) -> &Vec<f64>| Band::of(&self.paths.iter().map(|p| f(p)[i]).collect::<Vec<_>>());
                let step = self.paths[0].steps[i];
                FanPoint {
                    step,
                    day: step as f64 * step_seconds / 86_400.0,
                    stable_price: col(|p| &p.stable_price),
                    stable_supply: col(|p| &p.stable_supply),
                    companion_price: col(|p| &p.companion_price),
                    companion_supply: col(|p| &p.companion_supply),
                }
            })
            .collect();
        let below: Vec<f64> = self.paths.iter().filter_map(|p| p.below_half_day).collect();
        let multiples: Vec<f64> = self.paths.iter().map(|p| p.luna_multiple).collect();
        EnsembleSummary {
            runs: self.paths.len(),
            every,
            points,
            below_half_runs: below.len(),
            below_half_day: (!below.is_empty()).then(|| Band::of(&below)),
            below_half_days: self.paths.iter().map(|p| p.below_half_day).collect(),
            luna_multiple: Band::of(&multiples),
            luna_multiples: multiples,
        }
    }
}

/// The ensemble's CSV: one row per sampled step, five numbers per series.
pub fn csv(summary: &EnsembleSummary) -> String {
    let series = ["stable_price", "stable_supply", "companion_price", "companion_supply"];
    let mut out = String::from("step,day");
    for s in series {
        for q in ["min", "p10", "median", "p90", "max"] {
            out.push_str(&format!(",{s}_{q}"));
        }
    }
    out.push('\n');
    for p in &summary.points {
        out.push_str(&format!("{},{}", p.step, p.day));
        for b in [p.stable_price, p.stable_supply, p.companion_price, p.companion_supply] {
            for v in [b.min, b.p10, b.median, b.p90, b.max] {
                out.push_str(&format!(",{v}"));
            }
        }
        out.push('\n');
    }
    out
}
