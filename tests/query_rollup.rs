//! The rollup page's URL state: every setting, the fault and the
//! validators survive their own URL; junk is named and replaced.

use chainlab::query::rollup::{page_defaults, RollupState, ValidatorMode, DEFAULT_MINT, MAX_PAGE_TXS};
use chainlab::query::Notice;
use chainlab::sim::rollup::{DataMode, Fault, Validator};
use proptest::prelude::*;

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, named};

fn read(q: &str) -> (RollupState, Vec<Notice>) {
    query::read(q)
}

#[test]
fn an_empty_url_is_the_page_default() {
    let (s, n) = read("");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s, RollupState::default());
    assert_eq!(s.params, page_defaults());
    assert_eq!(s.params.compression_quality, 11);
    assert_eq!(s.params.challenge_window, 45_818);
}

#[test]
fn a_full_state_round_trips() {
    let mut s = RollupState { seed: 77, speed: "1d", squeeze: false, at: Some(12_345), ..RollupState::default() };
    s.params.tps = 12.5;
    s.params.traffic_seconds = 1800;
    s.params.max_delay = 300;
    s.params.data_mode = DataMode::Blobs;
    s.params.compression_quality = 6;
    s.params.gas_price_gwei = 3.5;
    s.params.blob_gas_price_gwei = 0.25;
    s.params.challenge_window = 500;
    s.params.arity = 40;
    s.params.fork = chainlab::sim::rollup::Fork::Prague;
    s.params.blob_demand = 1.25;
    s.attackers = 5;
    s.params.fault = Fault::WrongRoot { batch: 2, mint: 5_000 };
    s.params.validators = vec![
        ValidatorMode::Offline.to_validator(),
        ValidatorMode::Late(420).to_validator(),
        ValidatorMode::Online.to_validator(),
    ];
    assert_round_trips(&s);
}

#[test]
fn no_validators_round_trips_as_an_empty_list() {
    let mut s = RollupState::default();
    s.params.validators = Vec::new();
    s.params.fault = Fault::WrongRoot { batch: 0, mint: DEFAULT_MINT };
    assert_eq!(assert_round_trips(&s).params.validators, Vec::<Validator>::new());
}

#[test]
fn bad_values_are_named_and_replaced() {
    let (s, n) = read("tps=banana&q=12&data=paper&arity=1&val=on,sometimes,late:x&speed=warp&zzz=1");
    let named = named(&n);
    for p in ["tps", "q", "data", "arity", "val", "speed", "zzz"] {
        assert!(named.contains(&p), "{p} not named in {named:?}");
    }
    let d = page_defaults();
    assert_eq!(s.params.tps, d.tps);
    assert_eq!(s.params.compression_quality, d.compression_quality);
    assert_eq!(s.params.data_mode, d.data_mode);
    assert_eq!(s.params.arity, d.arity);
    assert_eq!(s.params.validators, vec![Validator { online_from: Some(0) }]);
    assert_eq!(s.speed, "3m");
}

#[test]
fn too_many_transfers_for_the_page_are_capped_with_a_notice() {
    let (s, n) = read("tps=100&traffic=3600");
    assert!(named(&n).contains(&"traffic"), "{n:?}");
    assert!(s.params.tps * s.params.traffic_seconds as f64 <= MAX_PAGE_TXS);
    assert!(s.params.validate().is_ok());
}

#[test]
fn a_late_validator_keeps_its_block() {
    let (s, n) = read("val=late:46000,off");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.params.validators, vec![Validator { online_from: Some(46_000) }, Validator { online_from: None }]);
}

#[test]
fn any_query_gives_valid_params() {
    query::any_query_is_valid("[a-z=&0-9.,:%-]{0,80}", None, |s: &RollupState| s.params.validate().is_ok());
}

proptest! {
    #[test]
    fn settings_round_trip(tps in 0.01f64..200.0, q in 0u32..=11, window in 1u64..2000, arity in 2u32..=64, seed: u64, fb in 0u32..50) {
        let mut s = RollupState { seed, ..RollupState::default() };
        s.params.tps = (tps * 100.0).round() / 100.0;
        s.params.traffic_seconds = 600;
        s.params.compression_quality = q;
        s.params.challenge_window = window;
        s.params.arity = arity;
        s.params.fault = Fault::WrongRoot { batch: fb, mint: DEFAULT_MINT };
        prop_assume!(s.params.validate().is_ok());
        assert_round_trips(&s);
    }
}

#[test]
fn fork_demand_data_and_attackers_round_trip_and_bad_values_fall_back_with_a_notice() {
    use chainlab::sim::rollup::Fork;
    for fork in Fork::ALL {
        for data in [DataMode::Auto, DataMode::Calldata, DataMode::Blobs] {
            let mut s = RollupState { attackers: 8, ..RollupState::default() };
            s.params.fork = fork;
            s.params.data_mode = data;
            s.params.blob_demand = 0.5;
            assert_round_trips(&s);
        }
    }
    let (s, n) = read("fork=osaka&demand=9&attackers=99&data=carrier-pigeon");
    assert_eq!(s.params.fork, Fork::TODAY);
    assert_eq!(s.params.data_mode, DataMode::Auto);
    assert_eq!(s.params.blob_demand, 1.0);
    assert_eq!(s.attackers, RollupState::default().attackers);
    let named = named(&n);
    for k in ["fork", "demand", "attackers", "data"] {
        assert!(named.contains(&k), "{k}: {n:?}");
    }
    assert!(n.iter().any(|x| x.message.contains("cancun, prague, bpo1, bpo2")), "{n:?}");
    // Demand is bounded by the fork's max/target: 1.5 on BPO2, 2 on Cancun.
    assert!(read("fork=bpo2&demand=1.5").1.is_empty());
    assert!(!read("fork=bpo2&demand=1.6").1.is_empty());
    assert!(read("fork=cancun&demand=2").1.is_empty());
}
