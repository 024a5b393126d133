//! Pacing (issue 16): each page's default run, played at 1x by the rules
//! the page plays it with (`src/ui/pacing.rs`, compiled here as it is in
//! the app), tells its story in 20 to 60 seconds; so does every swap
//! scenario, however long its timelocks.

#[path = "../src/ui/pacing.rs"]
mod pacing;

use chainlab::query::rollup::{RollupState, QUIET_RATE};
use chainlab::sim::rollup::RollupSim;
use chainlab::sim::stablecoin::{Scenario as CoinScenario, StablecoinSim};
use chainlab::sim::swap::{Scenario as SwapScenario, SwapSim};
use chainlab::sim::validators::{ValidatorParams, ValidatorSim};
use pacing::*;

/// Real seconds a swap scenario plays at 1x: each block's model time over
/// the rate in force before it.
fn swap_seconds(scenario: SwapScenario) -> f64 {
    let mut sim = SwapSim::new(scenario.params().with_default_horizon(), 1).unwrap();
    let mut real = 0.0;
    while !sim.is_done() {
        let last = sim.log().last().map_or(0, |e| e.time);
        let rate = swap_rate(Some(1.0), swap_quiet(sim.time(), last)).unwrap();
        let before = sim.time();
        sim.step();
        real += (sim.time() - before) as f64 / rate;
    }
    real
}

#[test]
fn every_swap_scenario_takes_20_to_60_seconds() {
    let happy = swap_seconds(SwapScenario::HappyPath);
    assert!((20.0..=60.0).contains(&happy), "happy path: {happy:.1} s");
    for scenario in SwapScenario::ALL {
        let t = swap_seconds(scenario);
        println!("{scenario:?}: {t:.1} s");
        // Days of timelock waits compress; every scenario still shows its events.
        assert!((20.0..=60.0).contains(&t), "{scenario:?}: {t:.1} s");
    }
}

/// Real seconds a stablecoin scenario plays at 1x.
fn stablecoin_seconds(scenario: CoinScenario) -> f64 {
    let mut sim = StablecoinSim::new(scenario.params(), 1).unwrap();
    let mut real = 0.0;
    while !sim.is_done() {
        let s = sim.snapshot();
        let quiet = stablecoin_quiet(s.stable_price_usd, s.panic, s.defence_usd, s.sold_by_holders, s.stable_supply);
        real += 1.0 / StablecoinPace::of(scenario.name()).rate(Some(1.0), quiet).unwrap();
        sim.step();
    }
    real
}

#[test]
fn the_stablecoin_may_2022_run_takes_20_to_60_seconds() {
    let real = stablecoin_seconds(CoinScenario::TerraMay2022);
    println!("terra-may-2022: {real:.1} s");
    assert!((20.0..=60.0).contains(&real), "terra-may-2022: {real:.1} s");
}

#[test]
fn every_stablecoin_scenario_takes_20_to_60_seconds() {
    for scenario in CoinScenario::ALL {
        let real = stablecoin_seconds(scenario);
        println!("{scenario:?}: {real:.1} s");
        assert!((20.0..=60.0).contains(&real), "{scenario:?}: {real:.1} s");
    }
}

#[test]
fn the_validators_default_run_takes_20_to_60_seconds() {
    let epochs = f64::from(ValidatorParams::default().epochs);
    let real = epochs / validators_rate(Some(1.0)).unwrap();
    assert!((20.0..=60.0).contains(&real), "{real:.1} s");
    // The speed menu multiplies: 2x halves it, max is unpaced.
    assert_eq!(validators_rate(Some(2.0)), Some(2.0 * VALIDATORS_EPOCHS_PER_SECOND));
    assert_eq!(validators_rate(None), None);
    let _ = ValidatorSim::new(ValidatorParams::default(), 1).unwrap();
}

/// Real seconds the rollup page's default run plays at its default speed
/// (`3m`, with time compression on): each L1 block's 12 s over the rate
/// in force before it.
fn rollup_seconds(state: &RollupState) -> (f64, f64) {
    let mut sim = RollupSim::new(state.params.clone(), state.seed).unwrap();
    let (mut real, mut loud) = (0.0, 0.0);
    while !sim.is_done() {
        let quiet = rollup_quiet(
            sim.block(),
            sim.params().traffic_blocks(),
            sim.mempool_len(),
            sim.challenges().iter().any(|c| c.winner.is_none()),
        );
        let rate = rollup_rate(state.seconds_per_second(), state.squeeze, quiet, QUIET_RATE).unwrap();
        let before = sim.time();
        sim.step();
        let dt = (sim.time() - before) as f64 / rate;
        real += dt;
        if !quiet {
            loud += dt;
        }
    }
    (real, loud)
}

#[test]
fn the_rollup_default_run_takes_20_to_60_seconds() {
    let state = RollupState::default();
    let (real, loud) = rollup_seconds(&state);
    println!("rollup default: {real:.1} s, of which {loud:.1} s with traffic or a dispute");
    assert!((20.0..=60.0).contains(&real), "{real:.1} s");
    // The hour of traffic is watched, not skipped: most of the time goes to it.
    assert!(loud >= 0.5 * real, "{loud:.1} of {real:.1} s");
    // Without time compression the week-long challenge window dominates.
    let (slow, _) = rollup_seconds(&RollupState { squeeze: false, ..RollupState::default() });
    assert!(slow > 10.0 * real, "{slow:.1} s");
}

#[test]
fn an_embed_ends_by_its_end_key() {
    assert_eq!(End::parse(None), End::Stop);
    assert_eq!(End::parse(Some("stop")), End::Stop);
    assert_eq!(End::parse(Some("loop")), End::Loop);
    assert_eq!(End::parse(Some("banana")), End::Stop);
    let (_, flags, _) = chainlab::classroom::split_hash("#/swap?embed=1&end=banana");
    assert_eq!(flags.problems, vec!["end = banana is not stop or loop; stopping at the first moment".to_string()]);
    let (page, flags, extras) = chainlab::classroom::split_hash("#/swap?embed=1&end=loop&seed=2");
    assert!(flags.problems.is_empty());
    assert_eq!((page.as_str(), extras.as_str()), ("#/swap?seed=2", "embed=1&end=loop"));
}

#[test]
fn the_consensus_default_run_takes_20_to_60_seconds() {
    use chainlab::query::consensus::{ConsensusState, ROUNDS_PER_SECOND_AT_1X};
    use chainlab::sim::consensus::ConsensusSim;
    let state = ConsensusState::default();
    let mut sim = ConsensusSim::new(state.params.clone(), state.seed).unwrap();
    while !sim.is_done() {
        sim.step();
    }
    let t = f64::from(sim.round()) / ROUNDS_PER_SECOND_AT_1X;
    println!("consensus: {} rounds, {t:.1} s", sim.round());
    assert!((20.0..=60.0).contains(&t), "consensus default: {t:.1} s");
}
