//! Bounded links (issue 18): the caps on the work a link can ask for before the first
//! picture, found by `scripts/worst-links.mjs` and kept in `tests/browser/bounded-links.test.mjs`.
//! Each cap comes with a notice naming `at`, and leaves the shipped playlists' and tours'
//! links as they are.

use chainlab::query::consensus::ConsensusState;
use chainlab::query::rollup::{RollupState, MAX_REPLAY_WORK, REPLAY_WORK_PER_BATCH};
use chainlab::query::stablecoin::StablecoinState;
use chainlab::query::swap::SwapState;
use chainlab::query::validators::{ValidatorsState, MAX_REPLAY_VALIDATOR_EPOCHS};
use chainlab::query::{parse_hash, Notice, Query};
use chainlab::registry::shipped;
use chainlab::sim::simulation::Simulation;
use chainlab::sim::validators::ValidatorSim;

fn q(s: &str) -> Query {
    Query::parse(s)
}

fn only_at(n: &[Notice]) {
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(n[0].param, "at");
}

#[test]
fn validators_replay_is_bounded_by_validator_epochs() {
    let (s, n) = ValidatorsState::from_query(&q("n=20000&ops=1000&epochs=20000&at=20000"));
    assert_eq!(s.at, Some((MAX_REPLAY_VALIDATOR_EPOCHS / 20_000) as u32));
    assert_eq!(s.at, Some(1_000));
    only_at(&n);
    assert!(n[0].message.contains("opening at epoch 1000 instead"), "{}", n[0].message);
    // The page's own defaults, to the end of the run: no cap.
    let (s, n) = ValidatorsState::from_query(&q("at=6000"));
    assert_eq!(s.at, Some(6_000));
    assert!(n.is_empty(), "{n:?}");
    // Its own link reads back without a notice.
    let (s, _) = ValidatorsState::from_query(&q("n=20000&ops=1000&epochs=20000&at=20000"));
    let (back, n) = ValidatorsState::from_query(&q(&s.to_query()));
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back, s);
}

#[test]
fn a_partition_counts_both_of_its_chains() {
    // The worst validators link found (issue 18): 1,000 epochs of 20,000 validators on two
    // chains, 40 million validator-epochs, took 2.2 s and more; it opens at epoch 500.
    let (s, n) = ValidatorsState::from_query(&q(
        "n=20000&ops=1000&epochs=20000&price=stablecoin:terra-may-2022&outage=partition&at=1000",
    ));
    assert_eq!(s.at, Some(500));
    only_at(&n);
    assert!(
        n[0].message.contains("on each of the partition's two chains on load; opening at epoch 500 instead"),
        "{}",
        n[0].message
    );
    // What the run replays is within the budget: both chains, every validator, every epoch.
    let mut sim = ValidatorSim::new(s.params.clone(), s.seed).unwrap();
    sim.step_to(u64::from(s.at.unwrap()));
    assert!(sim.other_side().is_some());
    assert!(2 * 20_000 * u64::from(s.at.unwrap()) <= MAX_REPLAY_VALIDATOR_EPOCHS);
    // Without a partition the same link keeps epoch 1,000.
    let (s, n) = ValidatorsState::from_query(&q("n=20000&ops=1000&epochs=20000&outage=offline&at=1000"));
    assert_eq!(s.at, Some(1_000));
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn rollup_replay_is_bounded_by_compression_work() {
    // 118,800 transfers at Brotli level 11, to the end of the run.
    let (s, n) = RollupState::from_query(&q("tps=33&traffic=3600&q=11&delay=12&data=blobs&at=330000"));
    let per_block = 8.0 * (33.0 * 12.0 + REPLAY_WORK_PER_BATCH * 12.0 / 12.0);
    assert_eq!(s.at, Some((MAX_REPLAY_WORK / per_block).floor() as u64));
    assert_eq!(s.at, Some(28));
    only_at(&n);
    assert!(n[0].message.contains("118800 transfers at quality 11"), "{}", n[0].message);
    // Level 9 costs an eighth as much per transfer.
    let (s, n) = RollupState::from_query(&q("tps=33&traffic=3600&q=9&at=330000"));
    assert_eq!(s.at, Some(252), "100,000 / (33 x 12 + 36 x 12 / 600)");
    only_at(&n);
    // Many small batches cost too: the defaults with a batch every block, to the end.
    let (s, n) = RollupState::from_query(&q("delay=12&data=blobs&at=330000"));
    assert_eq!(s.at, Some(208), "100,000 / (8 x (2 x 12 + 36))");
    only_at(&n);
    // The page's defaults (7,200 transfers at level 11), opened at the end: no cap.
    let (s, n) = RollupState::from_query(&q("at=330000"));
    assert_eq!(s.at, Some(330_000));
    assert!(n.is_empty(), "{n:?}");
    let (s, _) = RollupState::from_query(&q("tps=33&traffic=3600&q=11&at=330000"));
    let (back, n) = RollupState::from_query(&q(&s.to_query()));
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back, s);
}

#[test]
fn the_shipped_playlists_and_tours_open_without_a_cap() {
    for (name, json) in shipped() {
        let p = chainlab::classroom::Playlist::parse(json).unwrap();
        for (i, c) in p.cues.iter().enumerate() {
            for step in [c.landing(), c.at] {
                let (_, query) = parse_hash(&format!("#{}?{}", c.path(), c.query(step)));
                let n = match c.sim.as_str() {
                    "consensus" => ConsensusState::from_query(&query).1,
                    "rollup" => RollupState::from_query(&query).1,
                    "swap" => SwapState::from_query(&query).1,
                    "stablecoin" => StablecoinState::from_query(&query).1,
                    "validators" => ValidatorsState::from_query(&query).1,
                    other => panic!("{other}"),
                };
                assert!(n.is_empty(), "{name} cue {}: {n:?}", i + 1);
            }
        }
    }
}
