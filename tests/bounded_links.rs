//! Bounded links (issue 18): the caps on the work a link can ask for before the first
//! picture, found by `scripts/worst-links.mjs` and kept in `tests/browser/bounded-links.test.mjs`.
//! Each cap comes with a notice naming `at`, and leaves the shipped playlists' and tours'
//! links as they are.

use chainlab::query::rollup::{RollupState, MAX_REPLAY_WORK, REPLAY_WORK_PER_BATCH};
use chainlab::query::url_state::UrlState;
use chainlab::query::validators::{ValidatorsState, MAX_REPLAY_VALIDATOR_EPOCHS};
use chainlab::query::{parse_hash, Notice};
use chainlab::registry::shipped;
use chainlab::sim::simulation::{Simulation, Step};
use chainlab::sim::validators::ValidatorSim;

#[path = "common/query.rs"]
mod query;
use query::{assert_round_trips, read};

fn only_at(n: &[Notice]) {
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(n[0].param, "at");
}

/// A link within the budget opens at its own step, without a notice.
fn opens_at<S: UrlState>(link: &str, at: Step) {
    let (s, n) = read::<S>(link);
    assert_eq!(s.at(), Some(at), "{link}");
    assert!(n.is_empty(), "{link}: {n:?}");
}

#[test]
fn validators_replay_is_bounded_by_validator_epochs() {
    let (s, n) = read::<ValidatorsState>("n=20000&ops=1000&epochs=20000&at=20000");
    assert_eq!(s.at, Some((MAX_REPLAY_VALIDATOR_EPOCHS / 20_000) as u32));
    assert_eq!(s.at, Some(1_000));
    only_at(&n);
    assert!(n[0].message.contains("opening at epoch 1000 instead"), "{}", n[0].message);
    // The page's own defaults, to the end of the run: no cap.
    opens_at::<ValidatorsState>("at=6000", 6_000);
    // Its own link reads back without a notice.
    assert_round_trips(&s);
}

#[test]
fn a_partition_counts_both_of_its_chains() {
    // The worst validators link found (issue 18): 1,000 epochs of 20,000 validators on two
    // chains, 40 million validator-epochs, took 2.2 s and more; it opens at epoch 500.
    let (s, n) = read::<ValidatorsState>(
        "n=20000&ops=1000&epochs=20000&price=stablecoin:terra-may-2022&outage=partition&at=1000",
    );
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
    opens_at::<ValidatorsState>("n=20000&ops=1000&epochs=20000&outage=offline&at=1000", 1_000);
}

#[test]
fn rollup_replay_is_bounded_by_compression_work() {
    // 118,800 transfers at Brotli level 11, to the end of the run.
    let (s, n) = read::<RollupState>("tps=33&traffic=3600&q=11&delay=12&data=blobs&at=330000");
    let per_block = 8.0 * (33.0 * 12.0 + REPLAY_WORK_PER_BATCH * 12.0 / 12.0);
    assert_eq!(s.at, Some((MAX_REPLAY_WORK / per_block).floor() as u64));
    assert_eq!(s.at, Some(28));
    only_at(&n);
    assert!(n[0].message.contains("118800 transfers at quality 11"), "{}", n[0].message);
    // Level 9 costs an eighth as much per transfer.
    let (s, n) = read::<RollupState>("tps=33&traffic=3600&q=9&at=330000");
    assert_eq!(s.at, Some(252), "100,000 / (33 x 12 + 36 x 12 / 600)");
    only_at(&n);
    // Many small batches cost too: the defaults with a batch every block, to the end.
    let (s, n) = read::<RollupState>("delay=12&data=blobs&at=330000");
    assert_eq!(s.at, Some(208), "100,000 / (8 x (2 x 12 + 36))");
    only_at(&n);
    // The page's defaults (7,200 transfers at level 11), opened at the end: no cap.
    opens_at::<RollupState>("at=330000", 330_000);
    // A capped link's own link reads back without a notice.
    assert_round_trips(&read::<RollupState>("tps=33&traffic=3600&q=11&at=330000").0);
}

#[test]
fn the_shipped_playlists_and_tours_open_without_a_cap() {
    for (name, json) in shipped() {
        let p = chainlab::classroom::Playlist::parse(json).unwrap();
        for (i, c) in p.cues.iter().enumerate() {
            for step in [c.landing(), c.at] {
                let (_, query) = parse_hash(&format!("#{}?{}", c.path(), c.query(step)));
                let sim = chainlab::registry::find(&c.sim).unwrap_or_else(|| panic!("{}", c.sim));
                let n = (sim.notices)(&query);
                assert!(n.is_empty(), "{name} cue {}: {n:?}", i + 1);
            }
        }
    }
}
