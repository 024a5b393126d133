//! The stablecoin page's URL state: scenarios and edited parameters
//! survive their own URL; junk is named and replaced, never a panic.

use chainlab::query::stablecoin::StablecoinState;
use chainlab::query::Query;
use chainlab::sim::stablecoin::{Scenario, PARAMS};
use proptest::prelude::*;

fn read(q: &str) -> (StablecoinState, Vec<chainlab::query::Notice>) {
    StablecoinState::from_query(&Query::parse(q))
}

#[test]
fn every_scenario_round_trips_with_a_short_url() {
    for sc in Scenario::ALL {
        let s = StablecoinState::for_scenario(sc, 42);
        let q = s.to_query();
        assert_eq!(q, format!("seed=42&scenario={}&speed=1", sc.name()));
        let (back, notices) = read(&q);
        assert!(notices.is_empty(), "{sc:?}: {notices:?}");
        assert_eq!(back, s);
    }
}

#[test]
fn an_empty_url_is_may_2022() {
    let (s, n) = read("");
    assert!(n.is_empty());
    assert_eq!(s.scenario, Scenario::TerraMay2022);
    assert!(!s.modified());
}

#[test]
fn edited_parameters_and_the_step_round_trip() {
    let mut s = StablecoinState::for_scenario(Scenario::Calm, 7);
    s.params.base_pool_sdr = 12_345_678.0;
    s.params.min_spread = 0.0125;
    s.params.halt_day = 3.25;
    s.params.shock_usd = 1.5e9;
    s.speed = "max";
    s.at = Some(1234);
    let q = s.to_query();
    assert!(q.contains("base=12345678") && q.contains("at=1234") && q.contains("halt=3.25"), "{q}");
    let (back, n) = read(&q);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back, s);
    assert!(back.modified());
}

#[test]
fn junk_is_named_and_replaced() {
    let (s, n) = read("scenario=luna&base=-3&spread=banana&recovery=0&at=x&nope=1&speed=11");
    let mut names: Vec<&str> = n.iter().map(|x| x.param.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["at", "base", "nope", "recovery", "scenario", "speed", "spread"]);
    assert_eq!(s.scenario, Scenario::TerraMay2022);
    assert_eq!(s.params, Scenario::TerraMay2022.params());
}

#[test]
fn a_combination_that_breaks_a_rule_falls_back_to_the_scenario() {
    // Each value is in bounds, but together the run is too long.
    let (s, n) = read("scenario=calm&days=60&step=6");
    assert_eq!(s.params, Scenario::Calm.params());
    assert!(n.iter().any(|x| x.param == "scenario" && x.message.contains("steps")), "{n:?}");
}

proptest! {
    #[test]
    fn any_in_bounds_value_round_trips(i in 0usize..PARAMS.len(), t in 0.0f64..=1.0, seed in 0u64..1000) {
        let spec = &PARAMS[i];
        let mut s = StablecoinState::for_scenario(Scenario::Calm, seed);
        let v = spec.min + (spec.max - spec.min) * t;
        (spec.set)(&mut s.params, v);
        prop_assume!(s.params.validate().is_ok());
        let (back, n) = read(&s.to_query());
        prop_assert!(n.is_empty(), "{:?}", n);
        prop_assert_eq!(back, s);
    }

    #[test]
    fn arbitrary_text_never_panics(q in ".{0,200}") {
        let (s, _) = read(&q);
        prop_assert!(s.params.validate().is_ok());
    }
}
