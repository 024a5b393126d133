//! The stablecoin page's URL state: scenarios and edited parameters
//! survive their own URL; junk is named and replaced, never a panic.

use chainlab::query::stablecoin::StablecoinState;
use chainlab::sim::stablecoin::{Scenario, PARAMS};
use proptest::prelude::*;

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, named, read};

#[test]
fn every_scenario_round_trips_with_a_short_url() {
    for sc in Scenario::ALL {
        let s = StablecoinState::for_scenario(sc, 42);
        assert_eq!(s.to_query(), format!("seed=42&scenario={}&speed=1", sc.name()));
        assert_round_trips(&s);
    }
}

#[test]
fn an_empty_url_is_may_2022() {
    let (s, n) = read::<StablecoinState>("");
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
    assert!(assert_round_trips(&s).modified());
}

#[test]
fn junk_is_named_and_replaced() {
    let (s, n) = read::<StablecoinState>("scenario=luna&base=-3&spread=banana&recovery=0&at=x&nope=1&speed=11");
    assert_eq!(named(&n), ["at", "base", "nope", "recovery", "scenario", "speed", "spread"]);
    assert_eq!(s.scenario, Scenario::TerraMay2022);
    assert_eq!(s.params, Scenario::TerraMay2022.params());
}

#[test]
fn a_combination_that_breaks_a_rule_falls_back_to_the_scenario() {
    // Each value is in bounds, but together the run is too long.
    let (s, n) = read::<StablecoinState>("scenario=calm&days=60&step=6");
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
        assert_round_trips(&s);
    }
}

#[test]
fn arbitrary_text_never_panics() {
    query::any_query_is_valid(".{0,200}", None, |s: &StablecoinState| s.params.validate().is_ok());
}
