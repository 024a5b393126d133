//! Timing helpers shared by the benchmarks (included with `#[path]`; a
//! file directly under benches/ would become a bench target of its own).

#![allow(dead_code)]

/// Milliseconds in a duration.
pub fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median of a non-empty slice (sorted in place).
pub fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// This process's user + system CPU time in ms (Linux `/proc/self/stat`, 10 ms ticks), so the
/// number means something on a machine shared with other builds; None elsewhere.
pub fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

/// What one run per seed took: wall-clock ms and CPU ms (empty where [`cpu_ms`] cannot be
/// read) of each, and the last run, for its summary.
pub struct Timed<S> {
    pub wall: Vec<f64>,
    pub cpu: Vec<f64>,
    pub last: S,
}

/// Runs seeds 1..=`runs` of the simulation `params(seed)` describes: each is built off the
/// clock, then `run` (the model's `run_to_end`) is timed; its fingerprint goes through
/// `black_box` so the work cannot be optimised away.
pub fn time_seeds<S: chainlab::sim::simulation::Simulation>(
    runs: u64,
    params: impl Fn(u64) -> S::Params,
    run: impl Fn(&mut S),
) -> Timed<S> {
    let (mut wall, mut cpu, mut last) = (Vec::new(), Vec::new(), None);
    for seed in 1..=runs {
        let mut sim = S::new(params(seed), seed).expect("valid parameters");
        let c = cpu_ms(); // read off the wall clock
        let t = std::time::Instant::now();
        run(&mut sim);
        wall.push(ms(t.elapsed()));
        if let (Some(a), Some(b)) = (c, cpu_ms()) {
            cpu.push(b - a);
        }
        std::hint::black_box(sim.fingerprint());
        last = Some(sim);
    }
    Timed { wall, cpu, last: last.expect("at least one run") }
}
