//! The validators page's URL state round-trips; junk is named and replaced.

use chainlab::query::validators::ValidatorsState;
use chainlab::query::Query;
use chainlab::sim::validators::{Distribution, Fork, PriceSource, ValidatorParams, WhatIf, WhatIfKind};
use proptest::prelude::*;

fn read(q: &str) -> (ValidatorsState, Vec<chainlab::query::Notice>) {
    ValidatorsState::from_query(&Query::parse(q))
}

#[test]
fn an_empty_url_is_the_default() {
    let (s, n) = read("");
    assert!(n.is_empty());
    assert_eq!(s, ValidatorsState::default());
}

#[test]
fn every_setting_round_trips() {
    let s = ValidatorsState {
        seed: 77,
        params: ValidatorParams {
            validators: 3_000,
            operators: 120,
            distribution: Distribution::Delegation { big: 4, big_share: 0.55 },
            fork: Fork::Bellatrix,
            offline_bp: 350,
            lone_slashings_per_1000: 9,
            epochs: 9_000,
            price: PriceSource::Decline { depth: 0.65 },
            start_price_usd: 85.5,
            cost_share: 0.45,
            patience: 100,
            whatifs: vec![WhatIf { epoch: 10, kind: WhatIfKind::Merge }, WhatIf { epoch: 400, kind: WhatIfKind::SlashLargest }],
        },
        speed: "4",
        at: Some(1234),
    };
    let (back, n) = read(&s.to_query());
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back, s);
    let pl = ValidatorsState { params: ValidatorParams { distribution: Distribution::PowerLaw { alpha: 1.5 }, price: PriceSource::Collapse, ..Default::default() }, ..Default::default() };
    assert_eq!(read(&pl.to_query()).0, pl);
    let luna = chainlab::sim::validators::price::named_path("stablecoin:terra-may-2022").unwrap();
    let st = ValidatorsState { params: ValidatorParams { price: luna, ..Default::default() }, ..Default::default() };
    assert!(st.to_query().contains("price=stablecoin%3Aterra-may-2022"));
    assert_eq!(read(&st.to_query()).0, st);
}

#[test]
fn junk_is_named_and_replaced() {
    let (s, n) = read("n=abc&dist=pyramid&fork=fulu&whatif=x@1&price=moon&at=-4&zzz=1");
    let mut names: Vec<&str> = n.iter().map(|x| x.param.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["at", "dist", "fork", "n", "price", "whatif", "zzz"]);
    assert_eq!(s.params, ValidatorParams::default());
    // A valid-looking but rule-breaking combination falls back to a valid set.
    let (s, n) = read("ops=3&dist=real");
    assert!(n.iter().any(|x| x.param == "dist"));
    assert!(s.params.validate().is_ok());
}

proptest! {
    #[test]
    fn any_query_gives_valid_params(q in "[a-z=&0-9@,.]{0,60}") {
        let (s, _) = read(&q);
        prop_assert!(s.params.validate().is_ok());
    }
}
