//! The rollup page's shipped playlist and tour state what the model does:
//! each cue is replayed the way the page opens it (its query through
//! `RollupState::from_query`, the run stepped to `at`), and the facts its
//! caption and its prediction's answer state are checked there. Also the
//! data files the page and the CLI export.

use chainlab::classroom::{load, Cue};
use chainlab::query::rollup::{RollupState, DEFAULT_MINT};
use chainlab::query::Query;
use chainlab::sim::rollup::report::{assertions_csv, batches_csv, challenges_csv, BATCHES_CSV_HEADER};
use chainlab::sim::rollup::{Asserter, AssertionStatus, DataMode, EventKind, Fault, RollupSim, Winner, CHALLENGE_WINDOW_BLOCKS};

/// The run as the page shows it for a cue at `step`.
fn at(cue: &Cue, step: u32) -> RollupSim {
    let (st, notices) = RollupState::from_query(&Query::parse(&cue.query(step)));
    assert!(notices.is_empty(), "{}: {notices:?}", cue.caption);
    assert_eq!(st.at.unwrap_or(0), u64::from(step));
    let mut sim = RollupSim::new(st.params, st.seed).unwrap();
    while sim.block() < u64::from(step) && !sim.is_done() {
        sim.step();
    }
    assert_eq!(sim.block(), u64::from(step), "{}: the run reaches the cue's step", cue.caption);
    sim
}

fn cue(list: &str, i: usize) -> Cue {
    load(list).unwrap().cues[i].clone()
}

/// Facts of the first batch at block 51 (playlist cue 2, tour stop 2).
fn assert_first_batch(sim: &RollupSim) {
    let b = &sim.batches()[0];
    assert_eq!((b.posted_block, b.tx_count, b.raw_bytes, b.compressed_bytes, b.l1_gas), (51, 1200, 16_821, 6_885, 130_668));
    assert_eq!(format!("{:.2}", b.ratio), "2.44");
    assert_eq!(b.cost_per_tx_gwei.round(), 2178.0);
    assert_eq!(b.l1_alone_cost_per_tx_gwei, 420_000.0);
    assert!(b.cost_per_tx_gwei / b.l1_alone_cost_per_tx_gwei < 0.01, "less than 1%");
    assert_eq!((b.l1_alone_cost_per_tx_gwei / b.cost_per_tx_gwei).round(), 193.0, "about 1/190");
    let a = &sim.assertions()[0];
    assert_eq!((a.id, a.posted_block, a.valid, a.bond, a.by), (0, 51, true, 1_000_000_000, Asserter::Proposer));
}

/// Facts of the wrong root challenged at once (block 101).
fn assert_challenged_at_once(sim: &RollupSim) {
    assert_eq!(sim.params().fault, Fault::WrongRoot { batch: 1, mint: DEFAULT_MINT });
    assert_eq!(DEFAULT_MINT, 1_000 * 1_000_000_000, "1,000 ETH in gwei");
    let a = &sim.assertions()[1];
    assert!(!a.valid && a.posted_block == 101 && a.batch == 1);
    let c = &sim.challenges()[0];
    assert_eq!((c.assertion, c.challenger, c.opened_block), (1, 0, 101));
    assert_eq!(sim.log().iter().filter(|e| e.kind == EventKind::ChallengeOpened).count(), 1);
}

/// Facts of the resolved binary dispute (block 128).
fn assert_bisected(sim: &RollupSim) {
    let c = &sim.challenges()[0];
    assert_eq!((c.dispute.n_steps, c.dispute.rounds.len(), c.dispute.step, c.resolves_block), (8_400, 13, 1_553, 128));
    assert_eq!(c.dispute.n_steps, 7 * 1_200, "seven VM steps a transfer");
    assert!(c.round_blocks.windows(2).all(|w| w[1] - w[0] == 2), "a round every 2 L1 blocks");
    assert_eq!((c.winner, c.slashed), (Some(Winner::Challenger), 1_000_000_000));
    assert_eq!(sim.assertions()[1].status, AssertionStatus::RolledBack);
    let a2 = &sim.assertions()[2];
    assert_eq!((a2.batch, a2.by, a2.valid, a2.posted_block), (1, Asserter::Validator(0), true, 128));
}

#[test]
fn the_playlist_captions_state_what_the_model_does() {
    let list = load("rollup").unwrap();
    assert!((5..=8).contains(&list.cues.len()));
    assert!(list.cues.iter().all(|c| c.sim == "rollup" && c.from.is_none()));
    // 1: the settings.
    let s = at(&cue("rollup", 0), 0);
    let p = s.params();
    assert_eq!((p.tps, p.accounts, p.traffic_seconds, p.max_delay, p.compression_quality), (2.0, 32, 3600, 600, 11));
    assert!(s.batches().is_empty());
    // 2: the first batch.
    assert_first_batch(&at(&cue("rollup", 1), 51));
    // 3: the same batch in a blob.
    let s = at(&cue("rollup", 2), 51);
    let b = &s.batches()[0];
    assert_eq!(s.params().data_mode, DataMode::Blobs);
    assert_eq!((b.blobs, b.blob_gas, b.l1_gas, b.tx_count), (1, 131_072, 21_000, 1200));
    assert_eq!((s.params().blob_gas_price_gwei, s.params().gas_price_gwei), (1.0, 20.0));
    assert_eq!(b.cost_per_tx_gwei.round(), 459.0);
    let calldata = at(&cue("rollup", 1), 51).batches()[0].cost_per_tx_gwei;
    assert!((b.cost_per_tx_gwei / calldata - 0.2).abs() < 0.02, "about a fifth");
    // 4: the wrong root, challenged in its own block.
    assert_challenged_at_once(&at(&cue("rollup", 3), 101));
    // 5: bisection to one step, slashing, rollback, re-assertion.
    assert_bisected(&at(&cue("rollup", 4), 128));
    // 6: 40-way dissection.
    let s = at(&cue("rollup", 5), 108);
    let c = &s.challenges()[0];
    assert_eq!((c.dispute.arity, c.dispute.rounds.len(), c.dispute.step, c.resolves_block, c.binary_rounds), (40, 3, 1_553, 108, 13));
    assert_eq!(c.dispute.rounds[0].points.len(), 41, "39 hashes inside the first range, both ends included");
    assert!(c.dispute.rounds.iter().all(|r| r.points.len() <= 41), "up to 39 a round");
    assert_eq!(c.winner, Some(Winner::Challenger));
    // 7: no validator: the wrong root is final when its window has passed, not before.
    let c7 = cue("rollup", 6);
    let s = at(&c7, 45_919);
    assert!(s.invalid_finalised() && s.challenges().is_empty());
    assert_eq!(s.assertions()[1].window_end, 101 + CHALLENGE_WINDOW_BLOCKS);
    assert_eq!(CHALLENGE_WINDOW_BLOCKS * 12 / 3600, 6 * 24 + 8, "6 d 8 h");
    assert_eq!(s.assertions()[1].status, AssertionStatus::Final);
    assert!(!at(&c7, 45_918).invalid_finalised());
    // 8: a late validator still wins; fresh windows delay batches 1 to 5.
    let c8 = cue("rollup", 7);
    let s = at(&c8, 20_027);
    assert_eq!(20_000 * 12 / 3600, 2 * 24 + 18, "2 d 18 h");
    let c = &s.challenges()[0];
    assert_eq!((c.opened_block, c.resolves_block, c.winner), (20_000, 20_027, Some(Winner::Challenger)));
    assert_eq!(s.assertions()[1].window_end, 45_919);
    let mut end = s.clone();
    end.run_to_end();
    assert!(!end.invalid_finalised());
    for batch in 1..=5 {
        let a = end.assertions().iter().find(|a| a.batch == batch && a.status == AssertionStatus::Final).unwrap();
        assert_eq!(a.window_end, 65_845, "batch {batch}");
    }
}

#[test]
fn the_tour_predictions_have_answers_true_of_the_model() {
    let tour = load("tour-rollup").unwrap();
    assert!((5..=10).contains(&tour.cues.len()));
    assert!(tour.cues.iter().filter(|c| c.predict.is_some()).count() >= 3);
    for c in &tour.cues {
        // A run from `from` to `at` is one the page can play: `from` is reached first.
        if let Some(f) = c.from {
            at(c, f);
        }
    }
    let answer = |i: usize| {
        let c = &tour.cues[i];
        let q = c.predict.as_ref().unwrap();
        (q.choices[q.answer].clone(), q.why.clone())
    };
    assert_first_batch(&at(&tour.cues[1], 51));
    assert_eq!(answer(1).0, "Less than 1% of it");
    assert_challenged_at_once(&at(&tour.cues[2], 101));
    assert!(answer(2).0.starts_with("In the same L1 block"));
    assert_bisected(&at(&tour.cues[3], 128));
    assert_eq!(answer(3).0, "13");
    assert!((8_192..16_384).contains(&8_400), "13 or 14 halvings");
    let s = at(&tour.cues[4], 108);
    assert_eq!((s.challenges()[0].dispute.rounds.len(), s.challenges()[0].dispute.step), (3, 1_553));
    assert_eq!(answer(4).0, "3");
    let s = at(&tour.cues[5], 45_919);
    assert!(s.invalid_finalised() && s.challenges().is_empty() && s.params().validators.iter().all(|v| v.online_from.is_none()));
    assert!(answer(5).0.starts_with("Yes"));
    let s = at(&tour.cues[6], 20_027);
    assert!(!s.invalid_finalised() && s.challenges()[0].winner == Some(Winner::Challenger));
    assert!(s.assertions().iter().filter(|a| a.valid && a.posted_block == 20_027).all(|a| a.window_end == 65_845));
    assert!(answer(6).0.starts_with("No"));
    let s = at(&tour.cues[7], 51);
    let b = &s.batches()[0];
    assert_eq!((b.blob_gas, b.cost_gwei.round(), b.cost_per_tx_gwei.round()), (131_072, 551_072.0, 459.0));
    assert!(answer(7).0.starts_with("About a fifth"));
    assert_eq!(s.params().l1_transfers_per_block, 180, "L1 alone: 15 transfers a second");
}

#[test]
fn the_data_files_describe_the_run_at_its_moment() {
    let c = cue("rollup", 4);
    // Mid-dispute: rounds played so far, the step not yet revealed.
    let mid = at(&c, 110);
    let rows: Vec<String> = challenges_csv(&mid).lines().map(String::from).collect();
    assert_eq!(rows.len(), 2);
    let f: Vec<&str> = rows[1].split(',').collect();
    let header: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(f.len(), header.len());
    let col = |name: &str| f[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!((col("rounds"), col("rounds_played"), col("disputed_step"), col("winner")), ("13", "4", "", ""));
    let end = at(&c, 128);
    let f: Vec<String> = challenges_csv(&end).lines().nth(1).unwrap().split(',').map(String::from).collect();
    let col = |name: &str| f[header.iter().position(|h| *h == name).unwrap()].clone();
    assert_eq!((col("rounds_played"), col("disputed_step"), col("winner"), col("slashed_gwei")), ("13".into(), "1553".into(), "challenger".into(), "1000000000".into()));
    // One row per batch and per assertion, as many fields as the header.
    let batches = batches_csv(end.batches());
    assert!(batches.starts_with(BATCHES_CSV_HEADER));
    assert_eq!(batches.lines().count(), 1 + end.batches().len());
    let assertions = assertions_csv(&end);
    assert_eq!(assertions.lines().count(), 1 + end.assertions().len());
    let width = assertions.lines().next().unwrap().split(',').count();
    assert!(assertions.lines().all(|l| l.split(',').count() == width));
    assert!(assertions.lines().nth(2).unwrap().contains(",false,101,45919,") && assertions.lines().nth(2).unwrap().ends_with(",rolled_back,1000000000"));
}
