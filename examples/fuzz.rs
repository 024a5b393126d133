//! The seeded fuzz runner for every parser that takes outside input (issue 18): the URL
//! query of each page, playlist and tour files, embed postMessage commands, and the
//! parameter strings `whatif`, `val`, `cong` and `bad`. The generator and the checks are
//! in `tests/fuzz/gen.rs`; `tests/fuzz.rs` runs a few thousand cases and the saved corpus in
//! CI. This runs the long campaign, outside CI's time budget:
//!
//! ```text
//! cargo run --release --example fuzz -- --cases 1000000            # every parser
//! cargo run --release --example fuzz -- --cases 1000000 --parser whatif --seed 7
//! cargo run --release --example fuzz -- --replay whatif 12345       # print one case's input
//! cargo run --release --example fuzz -- --time whatif 12345         # time one case, 20 runs
//! cargo run --release --example fuzz -- --retime DIR                # time again what --save DIR kept
//! ```
//!
//! For each parser it prints the cases run, the panics and failed checks (with the case
//! number to replay), and the slowest case with its time. It exits non-zero if any case
//! panicked, failed a check or took more than 100 ms. `--save DIR` writes each parser's
//! failing cases and its five slowest to `DIR/<parser>.txt`, one JSON string a line (the
//! corpus format of `tests/fuzz/corpus/`).

#[path = "../tests/fuzz/gen.rs"]
mod gen;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

static IN_CHECK: AtomicBool = AtomicBool::new(false);

const LIMIT: Duration = Duration::from_millis(100);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut cases: u64 = 100_000;
    let mut seed: u64 = 1;
    let mut only: Option<String> = None;
    let mut save: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let next = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--cases" => cases = next.parse().expect("--cases N"),
            "--seed" => seed = next.parse().expect("--seed N"),
            "--parser" => only = Some(next),
            "--save" => save = Some(next),
            "--replay" => {
                let n: u64 = args.get(i + 2).and_then(|s| s.parse().ok()).expect("--replay PARSER CASE");
                println!("{}", serde_json::to_string(&gen::generate(seed, &next, n)).unwrap());
                return;
            }
            "--time" => {
                let n: u64 = args.get(i + 2).and_then(|s| s.parse().ok()).expect("--time PARSER CASE");
                let input = gen::generate(seed, &next, n);
                let mut times: Vec<f64> = (0..20)
                    .map(|_| {
                        let t = Instant::now();
                        let _ = gen::check(&next, &input);
                        t.elapsed().as_secs_f64() * 1e3
                    })
                    .collect();
                times.sort_by(f64::total_cmp);
                println!(
                    "{next} case {n}: {} bytes; min {:.2} ms, median {:.2} ms, max {:.2} ms",
                    input.len(),
                    times[0],
                    times[10],
                    times[19]
                );
                return;
            }
            "--retime" => {
                // Each case a campaign saved (its failures and its five slowest), timed again
                // 20 times: the least time is the parser's, the rest is the machine's load.
                for parser in gen::PARSERS {
                    let Ok(text) = std::fs::read_to_string(format!("{next}/{parser}.txt")) else { continue };
                    let mut worst = (0.0f64, 0.0f64, 0usize);
                    for line in text.lines().filter(|l| !l.is_empty()) {
                        let input: String = serde_json::from_str(line).expect("a JSON string a line");
                        let mut times: Vec<f64> = (0..20)
                            .map(|_| {
                                let t = Instant::now();
                                let _ = catch_unwind(AssertUnwindSafe(|| gen::check(parser, &input)));
                                t.elapsed().as_secs_f64() * 1e3
                            })
                            .collect();
                        times.sort_by(f64::total_cmp);
                        if times[0] > worst.0 {
                            worst = (times[0], times[10], input.len());
                        }
                    }
                    println!(
                        "{parser:<10} slowest saved case: least {:.2} ms, median {:.2} ms of 20 runs ({} bytes)",
                        worst.0, worst.1, worst.2
                    );
                }
                return;
            }
            other => panic!("unknown argument {other} (see the doc comment of examples/fuzz.rs)"),
        }
        i += 2;
    }
    // Panics in a parser are counted, not printed one by one (the generator's own still are).
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_CHECK.load(Ordering::Relaxed) {
            default_hook(info)
        }
    }));
    let mut failed = false;
    println!("parser       cases  panics  failed  slowest (ms)  slowest case  mean (us)");
    for parser in gen::PARSERS.iter().filter(|p| only.as_deref().is_none_or(|o| o == **p)) {
        let mut panics: Vec<(u64, String)> = Vec::new();
        let mut fails: Vec<(u64, String)> = Vec::new();
        let mut slowest: Vec<(Duration, u64)> = Vec::new();
        let mut over = 0u64;
        let mut retimed = 0u64;
        let mut total = Duration::ZERO;
        for n in 0..cases {
            let input = gen::generate(seed, parser, n);
            let t = Instant::now();
            IN_CHECK.store(true, Ordering::Relaxed);
            let r = catch_unwind(AssertUnwindSafe(|| gen::check(parser, &input)));
            let dt = t.elapsed();
            IN_CHECK.store(false, Ordering::Relaxed);
            total += dt;
            let dt = if dt > LIMIT {
                // Timed again, best of three: on a shared machine a case can lose the CPU.
                let again = (0..3)
                    .map(|_| {
                        let t = Instant::now();
                        let _ = catch_unwind(AssertUnwindSafe(|| gen::check(parser, &input)));
                        t.elapsed()
                    })
                    .min()
                    .unwrap_or(dt);
                if again > LIMIT {
                    over += 1;
                }
                retimed += 1;
                again.min(dt)
            } else {
                dt
            };
            if slowest.len() < 5 || dt > slowest[slowest.len() - 1].0 {
                slowest.push((dt, n));
                slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
                slowest.truncate(5);
            }
            match r {
                Err(p) => {
                    let msg = p
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    if panics.len() < 20 {
                        panics.push((n, msg));
                    }
                }
                Ok(Err(e)) if fails.len() < 20 => fails.push((n, e)),
                _ => {}
            }
        }
        let (worst, worst_case) = slowest[0];
        println!(
            "{parser:<10} {cases:>8} {:>7} {:>7} {:>13.2} {:>13} {:>10.1}",
            panics.len(),
            fails.len(),
            worst.as_secs_f64() * 1e3,
            worst_case,
            total.as_secs_f64() * 1e6 / cases as f64
        );
        for (n, m) in &panics {
            println!("  panic in case {n}: {m}");
        }
        for (n, m) in &fails {
            let m: String = m.chars().take(300).collect();
            println!("  check failed in case {n}: {m}");
        }
        if retimed > 0 {
            println!(
                "  {retimed} cases timed again (first run over {} ms; slowest is the best of those runs)",
                LIMIT.as_millis()
            );
        }
        if over > 0 {
            println!("  {over} cases took over {} ms", LIMIT.as_millis());
        }
        if let Some(dir) = &save {
            std::fs::create_dir_all(dir).unwrap();
            let mut lines = Vec::new();
            for n in panics.iter().map(|p| p.0).chain(fails.iter().map(|f| f.0)).chain(slowest.iter().map(|s| s.1)) {
                lines.push(serde_json::to_string(&gen::generate(seed, parser, n)).unwrap());
            }
            std::fs::write(format!("{dir}/{parser}.txt"), lines.join("\n") + "\n").unwrap();
        }
        failed |= !panics.is_empty() || !fails.is_empty() || over > 0;
    }
    if failed {
        std::process::exit(1);
    }
}
