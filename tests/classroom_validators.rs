//! The validators page's shipped playlist and guided tour: every cue is
//! replayed as the page replays it (query -> `ValidatorsState::from_query`
//! -> the run stepped to `at`) and the facts its caption and its answer
//! state are checked against the model.

use chainlab::classroom::{load, Cue};
use chainlab::query::validators::ValidatorsState;
use chainlab::query::Query;
use chainlab::sim::validators::{EpochRecord, ValidatorSim, MAX_EFFECTIVE_BALANCE};

/// The run a cue opens, at `step`, as the page builds it.
fn at(cue: &Cue, step: u32) -> ValidatorSim {
    let (s, notices) = ValidatorsState::from_query(&Query::parse(&cue.query(step)));
    assert!(notices.is_empty(), "{}: {notices:?}", cue.caption);
    assert_eq!(s.at.unwrap_or(0), step, "{}: at is taken as given", cue.caption);
    let mut sim = ValidatorSim::new(s.params, s.seed).unwrap();
    while sim.epoch() < step && !sim.is_done() {
        sim.step();
    }
    assert_eq!(sim.epoch(), step, "{}", cue.caption);
    sim
}

fn rec(sim: &ValidatorSim) -> &EpochRecord {
    sim.history().last().unwrap()
}

/// "$21.4 million" as the captions write it.
fn millions(usd: f64) -> String {
    format!("${:.1} million", usd / 1e6)
}

fn operator_share(sim: &ValidatorSim, name: &str) -> f64 {
    let i = sim.operators().iter().position(|o| o.name == name).unwrap();
    let total: u64 = sim.operator_stake().iter().sum();
    sim.operator_stake()[i] as f64 / total as f64
}

/// Names of the operators that still have active stake.
fn live_operators(sim: &ValidatorSim) -> Vec<String> {
    let mut v: Vec<String> =
        sim.operators().iter().zip(sim.operator_stake()).filter(|(_, &s)| s > 0).map(|(o, _)| o.name.clone()).collect();
    v.sort();
    v
}

/// Balances (ETH) of the validators slashed by the what-if (Lido's).
fn lido_balances(sim: &ValidatorSim) -> Vec<f64> {
    let Some(lido) = sim.operators().iter().position(|o| o.name == "Lido") else { return Vec::new() };
    let lido = lido as u32;
    sim.validators().iter().filter(|v| v.operator == lido && v.slashed).map(|v| v.balance as f64 / 1e9).collect()
}

fn caption_has(cue: &Cue, text: &str) {
    assert!(cue.caption.contains(text), "caption lacks {text:?}: {}", cue.caption);
}

fn why_has(cue: &Cue, text: &str) {
    let why = &cue.predict.as_ref().expect("a prediction").why;
    assert!(why.contains(text), "why lacks {text:?}: {why}");
}

#[test]
fn the_playlist_and_tour_load_and_stay_on_this_page() {
    let list = load("validators").unwrap();
    assert!((5..=8).contains(&list.cues.len()));
    assert!(list.cues.iter().all(|c| c.sim == "validators" && c.from.is_none() && c.predict.is_none()));
    let tour = load("tour-validators").unwrap();
    assert!((5..=10).contains(&tour.cues.len()));
    assert!(tour.cues.iter().filter(|c| c.predict.is_some()).count() >= 3);
}

/// The 2022 shares at the start of a run: what the first cues say.
fn assert_start(sim: &ValidatorSim) {
    let r = rec(sim);
    assert_eq!((r.epoch, r.active_validators, r.operators), (0, 1_000, 40));
    assert_eq!(r.nakamoto, [2, 3, 9]);
    assert_eq!(millions(r.cost_of_attack_usd[0]), "$21.4 million");
    assert_eq!(r.price_usd, 2_000.0);
    for (name, share) in [("Lido", 0.31), ("Coinbase", 0.15), ("Kraken", 0.085), ("Binance", 0.0675)] {
        assert!((operator_share(sim, name) - share).abs() < 0.001, "{name}: {}", operator_share(sim, name));
    }
}

/// The slashing of Lido at epoch 225, at each cue's epoch.
fn assert_slashing(cue: &Cue) {
    let sim = at(cue, cue.at);
    let r = rec(&sim);
    match cue.at {
        226 => {
            assert_eq!((r.slashed_this_epoch, r.exiting, r.active_validators, r.nakamoto[0]), (310, 310, 1_000, 2));
            // The initial penalty, 32 ETH / 4096, is all they lost so far (rewards aside).
            assert!(lido_balances(&sim).iter().all(|&b| b > 32.0 - 0.01), "{:?}", &lido_balances(&sim)[..3]);
            caption_has(cue, "all 310 of Lido's validators");
        }
        307 => {
            let before = at(cue, 306);
            assert_eq!(rec(&before).exiting, 2, "the last two leave in epoch 307");
            assert_eq!((r.active_validators, r.exiting, r.exited_total, r.slashed_total), (690, 0, 310, 310));
            assert_eq!(r.nakamoto, [2, 7, 18]);
            assert_eq!(millions(r.cost_of_attack_usd[0]), "$14.7 million");
            // Four an epoch: 310 left in 78 epochs of the queue.
            assert!(sim.history()[227..=307].iter().all(|h| h.exits_this_epoch <= 4));
            assert!(!live_operators(&sim).contains(&"Lido".to_string()));
            let text = cue.predict.as_ref().map(|p| p.why.clone()).unwrap_or_else(|| cue.caption.clone());
            for fact in [
                "by epoch 307 all 310 have left",
                "7 operators",
                "(3 before)",
                "18",
                "(9 before)",
                "$14.7 million instead of $21.4 million",
            ] {
                assert!(text.to_lowercase().contains(&fact.to_lowercase()), "lacks {fact:?}: {text}");
            }
        }
        4322 => {
            let before = at(cue, 4321);
            // Until then they lose only the missed attestations' penalties.
            let b = lido_balances(&before);
            assert!(b.iter().all(|&b| b > 30.0), "about 31 ETH each at epoch 4321: {:?}", &b[..3]);
            let after = lido_balances(&sim);
            assert_eq!(after.len(), 310);
            assert!(after.iter().all(|&b| b == 0.0), "every slashed Lido validator is left with nothing");
        }
        other => panic!("no facts known for epoch {other}"),
    }
}

/// The collapse at epoch 1500: the facts both the playlist and the tour state.
fn assert_collapse_1500(sim: &ValidatorSim) {
    use chainlab::sim::validators::ExitReason;
    let r = rec(sim);
    assert_eq!(r.epoch, 1500);
    assert_eq!(format!("${:.0}", r.price_usd), "$107");
    assert_eq!(r.exited_total, 434);
    let unprofitable = sim
        .validators()
        .iter()
        .filter(|v| v.exit_epoch <= 1500 && v.exit_reason == Some(ExitReason::Unprofitable))
        .count();
    assert_eq!(unprofitable, 433, "one of the 434 was a lone slashing");
    assert_eq!(live_operators(sim), ["Binance", "Coinbase", "Kraken", "Lido"]);
    assert!(operator_share(sim, "Lido") > 1.0 / 3.0);
    assert_eq!(r.nakamoto[0], 1);
    assert_eq!(format!("${}", (r.cost_of_attack_usd[0] / 1e4).round() * 1e4), "$650000");
    // Price down 95%, cost of attack down 97%.
    assert_eq!(((1.0 - r.price_usd / 2_000.0) * 100.0).round(), 95.0);
    assert_eq!(((1.0 - r.cost_of_attack_usd[0] / 21_376_000.0) * 100.0).round(), 97.0);
    // The collapse starts at epoch 1,000 (day 4.4).
    assert_eq!(sim.prices()[1000], 2_000.0);
    assert!(sim.prices()[1001] < 2_000.0);
}

#[test]
fn the_playlist_captions_are_true_of_the_model() {
    let list = load("validators").unwrap();
    let c = &list.cues;
    assert_start(&at(&c[0], 0));
    // Merge: 46%, coefficient 2 -> 1 at 33.4%, 3 -> 2 at 50%.
    let m = at(&c[1], 1);
    assert!((operator_share(&m, "Lido + Coinbase") - 0.46).abs() < 0.001);
    assert_eq!(&rec(&m).nakamoto[..2], &[1, 2]);
    // Re-delegate: 310 validators to the 39 others; 2 -> 4.
    let r0 = at(&c[2], 0);
    assert_eq!(r0.validators().iter().filter(|v| r0.operators()[v.operator as usize].name == "Lido").count(), 310);
    let r = at(&c[2], 1);
    assert_eq!(rec(&r).nakamoto[0], 4);
    assert_eq!(live_operators(&r).len(), 39);
    for cue in &c[3..6] {
        assert_slashing(cue);
    }
    assert_collapse_1500(&at(&c[6], 1500));
    caption_has(&c[6], "434 validators have left");
    // Electra's initial penalty is 1/4096 of 32 ETH: under 0.01 ETH.
    let p = chainlab::sim::validators::slashing::initial_penalty(
        chainlab::sim::validators::Fork::Electra,
        MAX_EFFECTIVE_BALANCE,
    );
    assert_eq!(p, MAX_EFFECTIVE_BALANCE / 4096);
    assert!(p < 10_000_000);
}

#[test]
fn the_tour_answers_are_true_of_the_model() {
    let tour = load("tour-validators").unwrap();
    let c = &tour.cues;
    assert_start(&at(&c[0], 0));
    // Merge: from 2 to 1.
    assert_eq!(rec(&at(&c[1], 0)).nakamoto[0], 2);
    assert_eq!(&rec(&at(&c[1], 1)).nakamoto[..2], &[1, 2]);
    assert_eq!(c[1].predict.as_ref().unwrap().answer, 1);
    why_has(&c[1], "from 2 to 1, and at 50% from 3 to 2");
    // Slash the largest: the coefficient at 50% goes up (answer 2).
    let s225 = at(&c[2], 225);
    assert_eq!((rec(&s225).slashed_total, rec(&s225).nakamoto[1]), (0, 3));
    assert_slashing(&c[2]);
    assert_eq!(c[2].predict.as_ref().unwrap().choices[c[2].predict.as_ref().unwrap().answer], "It goes up");
    // The correlation penalty takes all of it.
    assert_slashing(&c[3]);
    assert_eq!(c[3].predict.as_ref().unwrap().choices[c[3].predict.as_ref().unwrap().answer], "All of it");
    // The collapse: the cost of attack falls faster than the price.
    let before = at(&c[4], 975);
    assert_eq!(
        (rec(&before).price_usd, rec(&before).exited_total),
        (2_000.0, 1),
        "only the lone slashing of epoch 252 has left"
    );
    let end = at(&c[4], 1500);
    assert_collapse_1500(&end);
    let r = rec(&end);
    assert!(r.cost_of_attack_usd[0] / 21_376_000.0 < r.price_usd / 2_000.0, "faster than the price");
    assert_eq!(c[4].predict.as_ref().unwrap().answer, 1);
    why_has(&c[4], "from $2,000 to $107");
    why_has(&c[4], "from $21.4 million to $650,000");
    // Who leaves first: epoch 1384 is when the first ask to exit; by 1500 only the four largest are left.
    let first = at(&c[5], 1384);
    let h = first.history();
    assert!(rec(&first).exiting > 0 && rec(&first).slashed_this_epoch == 0, "the first ask to exit in epoch 1384");
    assert!(
        h[260..1384].iter().all(|x| x.exiting == 0),
        "nobody in the queue before (once the lone slashing of epoch 252 left)"
    );
    assert_eq!(rec(&first).exited_total, 1);
    assert_eq!(rec(&first).nakamoto[0], 2);
    assert_collapse_1500(&at(&c[5], 1500));
    assert_eq!(c[5].predict.as_ref().unwrap().answer, 1);
    why_has(&c[5], "from 2 to 1");
    // The leak (issue 20): the stop before the last.
    assert_leak(&c[6]);
    assert_eq!(c[6].predict.as_ref().unwrap().answer, 1);
    why_has(&c[6], "Finality stops after epoch 223. From epoch 229");
    why_has(&c[6], "At epoch 3,299 (day 14.7) one of them is down to 23.7 ETH and the 19,072 ETH still voting is 2/3 of the 28,261 ETH active");
    // The last stop: the decline is 90% over 6,000 epochs; small operators leave first.
    let d = at(&c[7], 0);
    assert_eq!(d.params().epochs, 6_000);
    assert!((d.prices()[6_000] - 200.0).abs() < 1e-6);
    let mut end = d.clone();
    end.run_to_end();
    let big = ["Lido", "Coinbase", "Kraken", "Binance"];
    let gone: Vec<&str> = end
        .operators()
        .iter()
        .zip(end.operator_stake())
        .filter(|(_, &s)| s == 0)
        .map(|(o, _)| o.name.as_str())
        .collect();
    assert!(!gone.is_empty() && gone.iter().all(|n| !big.contains(n)), "small operators leave first: {gone:?}");
    assert!(end.history().windows(2).all(|w| w[1].exits_this_epoch <= 4), "one by one, through the queue");
}

/// The leak cue (playlist and tour): every number against the model.
fn assert_leak(cue: &Cue) {
    use chainlab::format::{grouped, thousands};
    use chainlab::sim::validators::story::turns;
    let sim = at(cue, 3301);
    let h = sim.history();
    let t = turns(h);
    let (s, l, b) = (&h[t.stopped.unwrap()], &h[t.leak.unwrap()], &h[t.returned.unwrap()]);
    assert_eq!(b.epoch, 3301, "the cue stands where finality has just returned");
    assert_eq!(s.finalized_epoch, 223);
    assert_eq!(l.epoch - 1, 229);
    assert_eq!(format!("{:.1}%", s.target_share() * 100.0), "60.0%");
    assert_eq!(thousands(b.finalized_epoch.into()), "3,299");
    assert_eq!(format!("{:.1}", f64::from(b.finalized_epoch) / 225.0), "14.7");
    assert_eq!(grouped(b.current_target_gwei as f64 / 1e9), "19,072");
    assert_eq!(grouped(b.total_active_gwei as f64 / 1e9), "28,261");
    assert!(b.current_target_gwei as u128 * 3 >= b.total_active_gwei as u128 * 2);
    assert_eq!(format!("{:.1}", b.offline_watch.unwrap().balance_eth), "23.7");
    // Scores climb by 4 an epoch in the leak; the online validator earned only proposer rewards.
    assert_eq!(h[300].offline_watch.unwrap().inactivity_score - h[299].offline_watch.unwrap().inactivity_score, 4);
    assert_eq!(b.online_watch.unwrap().inactivity_score, 0);
    let text = match &cue.predict {
        Some(p) => p.why.clone(),
        None => cue.caption.clone(),
    };
    for n in ["3,299", "14.7", "19,072", "28,261", "23.7"] {
        assert!(text.contains(n), "{n} in {text}");
    }
}

#[test]
fn the_leak_cue_is_true_of_the_model() {
    let list = load("validators").unwrap();
    let c = list.cues.last().unwrap();
    assert_leak(c);
    caption_has(c, "only 60.0% of the stake votes");
    caption_has(c, "finality stops after epoch 223");
}

// The Spanish and Chinese playlist and tour (www/playlists/<lang>/) are checked cue for cue,
// every English number stated, with every other shipped playlist by tests/i18n.rs
// (`playlists_are_translated_cue_for_cue`).
