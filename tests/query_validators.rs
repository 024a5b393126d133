//! The validators page's URL state round-trips; junk is named and replaced.

use chainlab::query::validators::ValidatorsState;
use chainlab::sim::validators::{Distribution, Fork, PriceSource, ValidatorParams, WhatIf, WhatIfKind};

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, named};

fn read(q: &str) -> (ValidatorsState, Vec<chainlab::query::Notice>) {
    query::read(q)
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
            whatifs: vec![
                WhatIf { epoch: 10, kind: WhatIfKind::Merge },
                WhatIf { epoch: 400, kind: WhatIfKind::SlashLargest },
            ],
            outage: None,
        },
        speed: "4",
        at: Some(1234),
    };
    assert_round_trips(&s);
    let pl = ValidatorsState {
        params: ValidatorParams {
            distribution: Distribution::PowerLaw { alpha: 1.5 },
            price: PriceSource::Collapse,
            ..Default::default()
        },
        ..Default::default()
    };
    assert_eq!(read(&pl.to_query()).0, pl);
    let luna = chainlab::sim::validators::price::named_path("stablecoin:terra-may-2022").unwrap();
    let st = ValidatorsState { params: ValidatorParams { price: luna, ..Default::default() }, ..Default::default() };
    assert!(st.to_query().contains("price=stablecoin%3Aterra-may-2022"));
    assert_eq!(read(&st.to_query()).0, st);
}

#[test]
fn junk_is_named_and_replaced() {
    let (s, n) = read("n=abc&dist=pyramid&fork=fulu&whatif=x@1&price=moon&at=-4&zzz=1");
    assert_eq!(named(&n), ["at", "dist", "fork", "n", "price", "whatif", "zzz"]);
    assert_eq!(s.params, ValidatorParams::default());
    // A valid-looking but rule-breaking combination falls back to a valid set.
    let (s, n) = read("ops=3&dist=real");
    assert!(n.iter().any(|x| x.param == "dist"));
    assert!(s.params.validate().is_ok());
}

#[test]
fn any_query_gives_valid_params() {
    query::any_query_is_valid("[a-z=&0-9@,.]{0,60}", None, |s: &ValidatorsState| s.params.validate().is_ok());
}

#[test]
fn outages_round_trip_and_bad_values_fall_back() {
    use chainlab::sim::validators::{Outage, OutageKind};
    for outage in [
        Outage { kind: OutageKind::Offline, share_bp: 3_400, from: 225 },
        Outage { kind: OutageKind::Partition, share_bp: 4_050, from: 0 },
    ] {
        let s = ValidatorsState {
            params: ValidatorParams { epochs: 6_750, outage: Some(outage), ..Default::default() },
            ..Default::default()
        };
        assert_round_trips(&s);
    }
    let (s, notices) = read("outage=offline&oshare=150&ofrom=abc");
    assert_eq!(s.params.outage, Some(Outage { kind: OutageKind::Offline, share_bp: 3_400, from: 225 }));
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices.iter().any(|n| n.param == "oshare" && n.message.contains("outside")));
    let (s, notices) = read("outage=meteor&oshare=20");
    assert_eq!(s.params.outage, None);
    assert!(
        notices.iter().any(|n| n.param == "outage" && n.message.contains("not one of none, offline, partition")),
        "{notices:?}"
    );
    let (s, notices) = read("epochs=100&outage=partition&ofrom=500");
    assert_eq!(s.params.outage.map(|o| o.from), Some(100));
    assert!(
        notices.iter().any(|n| n.param == "ofrom" && n.message.contains("beyond the run's 100 epochs")),
        "{notices:?}"
    );
    assert!(s.params.validate().is_ok());
}
