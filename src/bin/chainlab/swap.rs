//! `chainlab swap`: one atomic swap scenario, or the exhaustive check of a
//! scenario's configuration (`--verify`).

use chainlab::sim::swap::verify::{verify, VerifyReport};
use chainlab::sim::swap::{coins, hm, ChainId, Scenario, SwapSim, TxKind, TxOutcome};
use std::io::{self, Write};

crate::subcommand! {
    /// Atomic swap with two hash time-locked contracts: one scenario, or
    /// the exhaustive check of a scenario's configuration (--verify).
    ///
    /// Prints each event (time as h:mm, chain, text), the outcome and both
    /// parties' balances. With --verify, explores every interleaving of a
    /// scaled-down model and prints the properties, the number of states
    /// and the shortest counterexample, if any.
    "swap", SwapArgs, swap
}

#[derive(clap::Args)]
pub(crate) struct SwapArgs {
    /// One of: happy-path, participant-never-locks, initiator-never-redeems,
    /// misordered-timelocks, participant-offline, wrong-secret-length, congestion.
    #[arg(long, default_value = "happy-path")]
    scenario: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Check every interleaving instead of running one.
    #[arg(long)]
    verify: bool,
    /// JSON: {scenario, seed, params, events, blocks, block_counts, outcome,
    /// balances}; with --verify, the report.
    #[arg(long)]
    json: bool,
}

pub(crate) fn swap(a: SwapArgs) -> Result<(), Box<dyn std::error::Error>> {
    let Some(scenario) = Scenario::parse(&a.scenario) else {
        let names: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
        return Err(format!("unknown scenario {:?}; valid: {}", a.scenario, names.join(", ")).into());
    };
    let params = scenario.params();
    let mut out = io::BufWriter::new(io::stdout().lock());
    if a.verify {
        let report = verify(&params);
        if a.json {
            let doc = serde_json::json!({ "scenario": scenario.name(), "params": params, "report": report });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        } else {
            write_report(&mut out, scenario, &report)?;
        }
        return Ok(out.flush()?);
    }
    let mut sim = SwapSim::new(params.clone(), a.seed)?;
    sim.run_to_end();
    let outcome = sim.outcome();
    let last = sim.balances().last().cloned().expect("a point at the start");
    if a.json {
        let blocks = |c: ChainId| -> Vec<_> { sim.chain(c).iter().filter(|b| !b.txs.is_empty()).collect() };
        let doc = serde_json::json!({
            "scenario": scenario.name(),
            "seed": a.seed,
            "params": params,
            "events": sim.log(),
            "blocks": { "A": blocks(ChainId::A), "B": blocks(ChainId::B) },
            "block_counts": { "A": sim.chain(ChainId::A).len(), "B": sim.chain(ChainId::B).len() },
            "outcome": outcome,
            "outcome_text": outcome.describe(),
            "expected": scenario.expected(),
            "secret": chainlab::sim::swap::hex(sim.secret()),
            "digest": chainlab::sim::swap::hex(&sim.digest()),
            "balances": { "start": sim.balances()[0], "end": last },
            "fingerprint": format!("{:016x}", sim.fingerprint()),
        });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
        return Ok(out.flush()?);
    }
    writeln!(out, "{}: {}", scenario.title(), scenario.description())?;
    writeln!(out)?;
    for e in sim.log() {
        let chain = match e.chain {
            Some(ChainId::A) => "A",
            Some(ChainId::B) => "B",
            None => "-",
        };
        writeln!(out, "{:>6}  {chain}  {}", hm(e.time).replace('h', ":"), e.text)?;
    }
    writeln!(out)?;
    writeln!(out, "outcome: {} (expected: {})", outcome.describe(), scenario.expected().describe())?;
    writeln!(
        out,
        "blocks: {} on A, {} on B; ended at {}",
        sim.chain(ChainId::A).len(),
        sim.chain(ChainId::B).len(),
        hm(sim.time())
    )?;
    let first = &sim.balances()[0];
    let signed = |v: i64, c: ChainId| {
        let s = coins(v.unsigned_abs(), c);
        if v < 0 {
            format!("-{s}")
        } else {
            s
        }
    };
    for (who, a0, a1, b0, b1) in [
        ("Alice", first.alice_a, last.alice_a, first.alice_b, last.alice_b),
        ("Bob", first.bob_a, last.bob_a, first.bob_b, last.bob_b),
    ] {
        writeln!(
            out,
            "{who:<5}  chain A {:>14} -> {:>14} ({:>15})   chain B {:>14} -> {:>14} ({:>15})",
            signed(a0, ChainId::A),
            signed(a1, ChainId::A),
            signed(a1 - a0, ChainId::A),
            signed(b0, ChainId::B),
            signed(b1, ChainId::B),
            signed(b1 - b0, ChainId::B)
        )?;
    }
    let rejected = |c: ChainId| {
        sim.chain(c).iter().flat_map(|b| b.txs.iter()).filter(|t| matches!(t.outcome, TxOutcome::Rejected(_))).count()
    };
    let secret_public = sim.htlc(ChainId::B).preimage.is_some()
        || sim.chain(ChainId::B).iter().flat_map(|b| &b.txs).any(|t| matches!(t.kind, TxKind::Redeem { .. }));
    writeln!(
        out,
        "rejected transactions: {} on A, {} on B; secret public: {secret_public}",
        rejected(ChainId::A),
        rejected(ChainId::B)
    )?;
    Ok(out.flush()?)
}

pub(crate) fn write_report(out: &mut impl Write, scenario: Scenario, r: &VerifyReport) -> io::Result<()> {
    writeln!(out, "{}: {}", scenario.title(), if r.holds { "every property holds" } else { "a property fails" })?;
    writeln!(out, "states: {}  transitions: {}", r.states, r.transitions)?;
    for (name, ok) in &r.properties {
        writeln!(out, "  [{}] {name}", if *ok { "holds" } else { "FAILS" })?;
    }
    writeln!(out)?;
    writeln!(out, "abstraction: {}", r.abstraction)?;
    if let Some(c) = &r.counterexample {
        writeln!(out)?;
        writeln!(
            out,
            "counterexample ({} loses; shortest run, {} steps): {}",
            c.victim.short(),
            c.steps.len(),
            c.property
        )?;
        writeln!(
            out,
            "{:>4} {:>5}  {:<9} {:<9} {:<6} {:>10} {:>10}  what happens",
            "step", "tick", "A", "B", "secret", "Alice", "Bob"
        )?;
        for (i, s) in c.steps.iter().enumerate() {
            writeln!(
                out,
                "{:>4} {:>5}  {:<9} {:<9} {:<6} {:>10} {:>10}  {}",
                i + 1,
                s.time,
                format!("{:?}", s.htlc_a),
                format!("{:?}", s.htlc_b),
                if s.secret_public { "public" } else { "-" },
                s.alice_gain,
                s.bob_gain,
                s.text
            )?;
        }
    }
    Ok(())
}
