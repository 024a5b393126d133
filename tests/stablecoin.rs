//! The stablecoin model: Terra's market-module formulas, conservation,
//! the scenarios' outcomes, determinism, validation, the history files.

use chainlab::sim::stablecoin::history::{
    parse_daily, parse_reserve, split_csv_line, LFG_RESERVE_CSV, TERRA_DAILY_CSV,
};
use chainlab::sim::stablecoin::market::{capacity_per_day, delta_at_spread};
use chainlab::sim::stablecoin::{
    companion_price_path, csv_row, spec, Direction, MarketParams, Scenario, StablecoinParams, StablecoinSim, Summary,
    VirtualPool, CONSERVATION_TOLERANCE, CSV_HEADER, PARAMS,
};
use proptest::prelude::*;

#[path = "stablecoin/scenarios.rs"]
mod scenarios;

fn run(s: Scenario, seed: u64) -> StablecoinSim {
    let mut sim = StablecoinSim::new(s.params(), seed).unwrap();
    sim.run_to_end();
    sim
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

// ---- The market module (terra-money/classic-core x/market) ----

#[test]
fn reference_example_pool_of_1000_offer_100_returns_90_909() {
    let m = MarketParams { base_pool: 1000.0, pool_recovery_period: 36.0, min_spread: 0.0 };
    let pool = VirtualPool::default();
    for dir in [Direction::StableToCompanion, Direction::CompanionToStable] {
        let q = pool.quote(&m, dir, 100.0);
        assert!(close(q.cp_ask_base, 90.909_090_909, 1e-6), "{dir:?}: {}", q.cp_ask_base);
        assert!(close(q.spread, 1.0 - 90.909_090_909 / 100.0, 1e-9));
        assert!(close(q.received_base, 90.909_090_909, 1e-6));
    }
}

#[test]
fn spread_floor_is_min_stability_spread() {
    let m = MarketParams { base_pool: 50e6, pool_recovery_period: 36.0, min_spread: 0.005 };
    let pool = VirtualPool::default();
    // A tiny offer has a constant-product spread near zero: the floor applies.
    let q = pool.quote(&m, Direction::StableToCompanion, 1_000.0);
    assert!(q.cp_ask_base / q.offer_base > 0.9999);
    assert_eq!(q.spread, 0.005);
    assert!(close(q.received_base, 995.0, 1e-9));
    assert!(close(q.fee_base, 5.0, 1e-9));
    // A large one pays the constant-product spread, above the floor.
    let big = pool.quote(&m, Direction::StableToCompanion, 10e6);
    assert!(close(big.spread, 1.0 - (50e6 - 50e6 * 50e6 / 60e6) / 10e6, 1e-12));
    assert!(big.spread > 0.005);
}

#[test]
fn pool_delta_moves_with_swaps_and_replenishes_per_block() {
    let m = MarketParams { base_pool: 1000.0, pool_recovery_period: 36.0, min_spread: 0.005 };
    let mut pool = VirtualPool::default();
    let q = pool.quote(&m, Direction::StableToCompanion, 100.0);
    pool.apply(Direction::StableToCompanion, &q);
    assert_eq!(pool.delta, 100.0); // ApplySwapToPool: + offer's base value
    pool.replenish(&m, 1.0);
    assert!(close(pool.delta, 100.0 - 100.0 / 36.0, 1e-12)); // ReplenishPools
    let mut per_block = pool;
    for _ in 0..10 {
        per_block.replenish(&m, 1.0);
    }
    pool.replenish(&m, 10.0); // one 60 s step = ten 6 s blocks
    assert!(close(pool.delta, per_block.delta, 1e-9));
    // The other way: delta falls by what the trader receives.
    let r = pool.quote(&m, Direction::CompanionToStable, 10.0);
    let before = pool.delta;
    pool.apply(Direction::CompanionToStable, &r);
    assert!(close(pool.delta, before - r.received_base, 1e-12));
    // After the burn, redeeming costs more than the floor.
    assert!(pool.marginal_spread(&m, Direction::StableToCompanion) > 0.005);
}

#[test]
fn mint_capacity_matches_the_quoted_figure_and_proposal_1164_quadruples_it() {
    let blocks_per_day = 86_400.0 / 6.0;
    let may = MarketParams { base_pool: 50e6, pool_recovery_period: 36.0, min_spread: 0.005 };
    let usd = capacity_per_day(&may, 0.02, blocks_per_day) * 1.36;
    // About $293M/day was quoted; the 2% definition gives ~$276M.
    assert!((250e6..310e6).contains(&usd), "{usd}");
    let raised = MarketParams { base_pool: 100e6, pool_recovery_period: 18.0, ..may };
    let r = capacity_per_day(&raised, 0.02, blocks_per_day) / capacity_per_day(&may, 0.02, blocks_per_day);
    assert!(close(r, 4.0, 1e-9));
    // At that delta a small redemption pays exactly 2%.
    let pool = VirtualPool { delta: delta_at_spread(&may, 0.02) };
    assert!(close(pool.marginal_spread(&may, Direction::StableToCompanion), 0.02, 1e-12));
}

// ---- Conservation ----

#[test]
fn conservation_holds_at_every_step_of_every_scenario() {
    for s in Scenario::ALL {
        let sim = run(s, 7);
        for snap in sim.history() {
            assert!(
                snap.conservation_error <= CONSERVATION_TOLERANCE,
                "{}: step {} error {}",
                s.name(),
                snap.step,
                snap.conservation_error
            );
        }
        let l = sim.ledger();
        let p = sim.params();
        let last = sim.snapshot();
        assert!(close(
            last.stable_supply,
            p.stable_supply + l.stable_minted + l.stable_fees - l.stable_burnt,
            1e-6 * p.stable_supply
        ));
        assert!(last.stable_supply > 0.0 && last.companion_supply > 0.0);
    }
}

#[test]
fn each_redemption_mints_its_oracle_value_and_the_oracle_moves_once_per_vote_period() {
    // At 6-second steps one step is one block, so each snapshot's oracle
    // is the one that block's swaps used.
    let mut p = Scenario::TerraMay2022.params();
    p.step_seconds = 6.0;
    p.days = 6.5;
    let mut sim = StablecoinSim::new(p, 1).unwrap();
    let mut checked = 0;
    let mut prev_oracle = sim.snapshot().oracle_price_usd;
    while !sim.is_done() {
        let height_before = sim.height();
        sim.step();
        let s = *sim.snapshot();
        // The oracle used in block h+1 changes only when block h closed a
        // vote period of 5 blocks (x/oracle VotePeriod).
        if s.oracle_price_usd != prev_oracle {
            assert_eq!(height_before % 5, 0, "oracle moved inside a vote period at height {height_before}");
        }
        prev_oracle = s.oracle_price_usd;
        if s.stable_burnt > 0.0 {
            // Minted (to trader + fee) at the oracle equals the dollars burnt.
            assert!(
                close(s.companion_minted * s.oracle_price_usd, s.stable_burnt, 1e-9 * s.stable_burnt),
                "step {}",
                s.step
            );
            checked += 1;
        }
        if s.companion_burnt > 0.0 {
            assert!(
                close(s.stable_minted, s.companion_burnt * s.oracle_price_usd, 1e-9 * s.stable_minted),
                "step {}",
                s.step
            );
        }
    }
    assert!(checked > 1_000, "only {checked} redeeming blocks");
}

// ---- Accounting ----

/// The per-asset invariant, recomputed here from the agents' balances and
/// the ledger: held = start + minted - burnt + stated outside inflows.
fn books_close(sim: &StablecoinSim) -> f64 {
    let (b, s, l) = (sim.balances(), sim.start_balances(), sim.ledger());
    let usd = |x: &chainlab::sim::stablecoin::Balances| {
        x.holders_usd
            + x.companion_holders_usd
            + x.outside_buyers_usd
            + x.arbitrageurs_usd
            + x.reserve_usd
            + x.stable_book_usd
            + x.companion_book_usd
    };
    let ust = |x: &chainlab::sim::stablecoin::Balances| {
        x.holders_stable + x.reserve_stable + x.stable_book_stable + x.fee_pool_stable
    };
    let luna = |x: &chainlab::sim::stablecoin::Balances| {
        x.companion_holders_companion + x.outside_buyers_companion + x.companion_book_companion + x.fee_pool_companion
    };
    let e_usd = (usd(b) - (usd(s) + l.usd_from_btc + l.usd_from_outside_buyers)).abs() / usd(s).max(usd(b));
    let e_ust = (ust(b) - (ust(s) + l.stable_minted + l.stable_fees - l.stable_burnt)).abs() / ust(s);
    let e_luna =
        (luna(b) - (luna(s) + l.companion_minted + l.companion_fees - l.companion_burnt)).abs() / luna(s).max(luna(b));
    let e_supply = (sim.snapshot().stable_supply - ust(b)).abs() / ust(s)
        + (sim.snapshot().companion_supply - luna(b)).abs() / luna(b);
    e_usd.max(e_ust).max(e_luna).max(e_supply)
}

#[test]
fn every_balance_is_nonnegative_and_the_books_close_at_every_step() {
    for sc in Scenario::ALL {
        let mut sim = StablecoinSim::new(sc.params(), 1).unwrap();
        while !sim.is_done() {
            sim.step();
            assert!(books_close(&sim) < 1e-9, "{sc:?} step {}: {}", sim.steps(), books_close(&sim));
            let b = sim.balances();
            for v in [
                b.holders_usd,
                b.holders_stable,
                b.companion_holders_usd,
                b.companion_holders_companion,
                b.outside_buyers_usd,
                b.arbitrageurs_usd,
                b.reserve_stable,
            ] {
                assert!(v >= -1e-6, "{sc:?} step {}: a negative balance {v}", sim.steps());
            }
        }
        // Dollars came from outside only at the stated rates.
        let l = sim.ledger();
        assert!(l.usd_from_btc <= sc.params().reserve_btc * sc.params().btc_price * (1.0 + 1e-12));
        assert!(l.usd_from_outside_buyers <= sc.params().dip_budget_per_day * sc.params().days * (1.0 + 1e-12));
    }
}

// ---- Determinism and API for the validators' page ----

#[test]
fn same_seed_same_run_different_seed_different_run() {
    let a = run(Scenario::Calm, 11);
    let b = run(Scenario::Calm, 11);
    let c = run(Scenario::Calm, 12);
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_eq!(a.history(), b.history());
    assert_ne!(a.fingerprint(), c.fingerprint());
}

#[test]
fn companion_price_path_matches_the_simulation() {
    let path = companion_price_path(Scenario::TerraMay2022, 3, 5_000);
    assert_eq!(path.len(), 5_001);
    let mut sim = StablecoinSim::new(Scenario::TerraMay2022.params(), 3).unwrap();
    for _ in 0..5_000 {
        sim.step();
    }
    assert_eq!(path[5_000], sim.snapshot().companion_price_usd);
    assert_eq!(path[0], 85.0);
    // Capped at the scenario's length.
    let all = companion_price_path(Scenario::TerraMay2022, 3, 10_000_000);
    assert_eq!(all.len(), Scenario::TerraMay2022.params().steps() + 1);
}

#[test]
fn step_after_the_end_does_nothing() {
    let mut p = Scenario::Calm.params();
    p.days = 0.1;
    let mut sim = StablecoinSim::new(p, 1).unwrap();
    sim.run_to_end();
    let f = sim.fingerprint();
    sim.step();
    assert_eq!(sim.fingerprint(), f);
    assert_eq!(sim.history().len(), sim.total_steps() as usize + 1);
}

// ---- Validation ----

#[test]
fn invalid_parameters_are_rejected_with_the_rule() {
    let bad = |f: &dyn Fn(&mut StablecoinParams)| {
        let mut p = StablecoinParams::default();
        f(&mut p);
        StablecoinSim::new(p, 1).unwrap_err().message
    };
    assert!(bad(&|p| p.min_spread = 1.0).contains("MinStabilitySpread"));
    assert!(bad(&|p| p.min_spread = -0.1).contains("MinStabilitySpread"));
    assert!(bad(&|p| p.pool_recovery_blocks = 0.0).contains("PoolRecoveryPeriod"));
    assert!(bad(&|p| p.base_pool_sdr = f64::NAN).contains("BasePool"));
    assert!(bad(&|p| {
        p.days = 60.0;
        p.step_seconds = 6.0
    })
    .contains("steps"));
    assert!(bad(&|p| p.stable_depth_usd = p.stable_supply).contains("depth"));
    // "Never" days are fine below zero; others are not.
    let mut p = StablecoinParams { halt_day: -1.0, ..Default::default() };
    assert!(p.validate().is_ok());
    p.days = -1.0;
    assert!(p.validate().is_err());
}

#[test]
fn every_scenario_is_valid_and_every_default_is_in_bounds() {
    for s in Scenario::ALL {
        s.params().validate().unwrap();
        assert_eq!(Scenario::parse(s.name()), Some(s));
    }
    let p = StablecoinParams::default();
    for s in PARAMS {
        let v = (s.get)(&p);
        assert!(s.never_below_zero && v < 0.0 || (s.min..=s.max).contains(&v), "{} = {v}", s.key);
        assert_eq!(spec(s.key).unwrap().label, s.label);
    }
    let keys: std::collections::HashSet<_> = PARAMS.iter().map(|s| s.key).collect();
    assert_eq!(keys.len(), PARAMS.len());
}

// ---- History files and CSV ----

#[test]
fn history_files_parse() {
    let days = parse_daily(TERRA_DAILY_CSV).unwrap();
    assert_eq!(days.len(), 12);
    assert_eq!(days[0].date, "2022-05-05");
    assert_eq!(days[0].day, 0.5);
    assert_eq!(days[0].ust_supply, Some(18.6e9));
    assert_eq!(days[0].luna_price, Some(85.0));
    assert_eq!(days[8].luna_supply, Some(6.5e12));
    assert_eq!(days[9].ust_price, None); // 14 May: prices not sourced
    assert!(days.iter().all(|d| !d.quality.is_empty()));
    let reserve = parse_reserve(LFG_RESERVE_CSV).unwrap();
    assert_eq!(reserve[0].btc_out, Some(80_394.0));
    assert_eq!(reserve[2].btc_out, Some(52_189.0));
    assert_eq!(reserve[2].day, 4.0);
}

#[test]
fn csv_parser_handles_quotes_and_reports_bad_rows() {
    assert_eq!(split_csv_line(r#"a,"b, c",d"#), vec!["a", "b, c", "d"]);
    assert_eq!(split_csv_line(r#""say ""hi""",,x"#), vec![r#"say "hi""#, "", "x"]);
    let bad = "date_utc,ust_price_repr_usd,ust_price_low_usd,ust_supply_bn,luna_price_repr_usd,luna_supply,anchor_deposits_bn_usd,lfg_btc_held,quality,basis\n2022-05-05,one,,1,1,1,,1,approx,x\n";
    assert!(parse_daily(bad).unwrap_err().contains("line 2"));
    assert!(parse_daily("nope\n").unwrap_err().contains("no column"));
}

#[test]
fn csv_rows_have_every_column() {
    let sim = run(Scenario::Calm, 1);
    let n = CSV_HEADER.split(',').count();
    for s in sim.history().iter().step_by(997) {
        let row = csv_row(s);
        assert_eq!(row.split(',').count(), n);
        assert!(row.split(',').all(|f| f.parse::<f64>().is_ok()), "{row}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Any valid parameter set conserves tokens, stays finite and non-negative.
    #[test]
    fn conservation_under_random_parameters(
        seed in 0u64..1000,
        base in 1e6f64..5e8,
        recovery in 1f64..200.0,
        spread in 0f64..0.2,
        shock in 0f64..1e10,
        btc in 0f64..5e5,
        gain in 0f64..50.0,
    ) {
        let mut p = Scenario::TerraMay2022.params();
        p.days = 3.0;
        p.shock_day = 0.5;
        p.base_pool_sdr = base;
        p.pool_recovery_blocks = recovery;
        p.min_spread = spread;
        p.shock_usd = shock;
        p.reserve_btc = btc;
        p.panic_gain = gain;
        let mut sim = StablecoinSim::new(p, seed).unwrap();
        sim.run_to_end();
        for s in sim.history() {
            prop_assert!(s.conservation_error <= CONSERVATION_TOLERANCE, "step {} err {}", s.step, s.conservation_error);
            prop_assert!(s.stable_price_usd.is_finite() && s.stable_price_usd > 0.0);
            prop_assert!(s.companion_price_usd.is_finite() && s.companion_price_usd > 0.0);
            prop_assert!(s.stable_supply > 0.0 && s.companion_supply > 0.0 && s.reserve_btc >= 0.0);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20))]
    /// The per-asset invariant (dollars, UST, LUNA) after every step, for
    /// every scenario, any seed and several step lengths: the sum of the
    /// agents' balances equals the start plus minted, minus burnt, plus the
    /// stated outside inflows (the reserve's BTC sales, the outside buyers'
    /// budget), to rounding.
    #[test]
    fn the_books_close_in_every_scenario_for_any_seed(
        which in 0usize..5,
        seed in any::<u64>(),
        step in prop::sample::select(vec![6.0, 20.736, 60.0, 600.0]),
    ) {
        let sc = Scenario::ALL[which];
        let mut p = sc.params();
        p.step_seconds = step;
        p.days = p.days.min(12.0);
        let mut sim = StablecoinSim::new(p, seed).unwrap();
        while !sim.is_done() {
            sim.step();
            let e = books_close(&sim);
            prop_assert!(e < 1e-9, "{:?} step {}: {}", sc, sim.steps(), e);
            prop_assert!(sim.snapshot().conservation_error <= CONSERVATION_TOLERANCE);
        }
    }
}

/// Each number the page's "What to try" and "history" lists state
/// The page's Web Workers send each run's path as JSON (`src/bin/chainlab-worker.rs`);
/// it must parse back to the same bits, or the workers' ensemble would differ from the
/// CLI's. Every float of three May 2022 paths round-trips exactly (serde_json's
/// `float_roundtrip`: the default parser is only best-effort in the last place).
#[test]
fn an_ensemble_run_crosses_the_worker_boundary_bit_for_bit() {
    use chainlab::sim::stablecoin::ensemble::{run_seed, RunPath};
    let mut p = Scenario::TerraMay2022.params();
    p.days = 7.0;
    for seed in 1..=3 {
        let path = run_seed(&p, seed, 10);
        let back: RunPath = serde_json::from_str(&serde_json::to_string(&path).unwrap()).unwrap();
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&back.stable_price), bits(&path.stable_price), "seed {seed}");
        assert_eq!(bits(&back.stable_supply), bits(&path.stable_supply), "seed {seed}");
        assert_eq!(bits(&back.companion_price), bits(&path.companion_price), "seed {seed}");
        assert_eq!(bits(&back.companion_supply), bits(&path.companion_supply), "seed {seed}");
        assert_eq!(back, path);
    }
}
