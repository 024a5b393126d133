//! The stablecoin page's classroom material, checked against the model:
//! every cue of the shipped playlist (`www/playlists/stablecoin.json`) and
//! tour (`tour-stablecoin.json`) is replayed as the page does (the cue's
//! query -> `StablecoinState::from_query` -> a run from the seed advanced
//! to `at`, and to `from` where the cue opens there), and each number its
//! caption, answer and explanation state is computed from that run and
//! looked up in the text. The narration and the moments (the page's event
//! log) are checked here too.

use chainlab::classroom::{load, Cue};
use chainlab::query::stablecoin::StablecoinState;
use chainlab::query::Query;
use chainlab::sim::stablecoin::moments::{growth, may_date, moments, narration, Moment, MomentKind};
use chainlab::sim::stablecoin::{Scenario, StablecoinSim, Summary};

/// The run a cue lands on at `step`, as the page builds it.
fn replay(cue: &Cue, step: u32) -> (StablecoinState, StablecoinSim) {
    let (state, notices) = StablecoinState::from_query(&Query::parse(&cue.query(step)));
    assert!(notices.is_empty(), "{}: {notices:?}", cue.caption);
    assert_eq!(state.at.unwrap_or(0), step);
    let mut sim = StablecoinSim::new(state.params.clone(), state.seed).expect("valid parameters");
    while sim.steps() < step && !sim.is_done() {
        sim.step();
    }
    assert_eq!(sim.steps(), step, "the cue's step is inside the run");
    (state, sim)
}

fn first(sim: &StablecoinSim, may: bool, kind: MomentKind) -> Moment {
    moments(sim.history(), sim.params(), may)
        .into_iter()
        .find(|m| m.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} moment"))
}

fn lowest(sim: &StablecoinSim) -> f64 {
    sim.history().iter().map(|s| s.stable_price_usd).fold(f64::MAX, f64::min)
}

/// Minutes of the day, "22:11", of a moment in a May 2022 run.
fn hm(m: &Moment) -> String {
    may_date(m.day).split(' ').nth(2).unwrap().to_string()
}

fn thousands(v: f64) -> String {
    chainlab::sim::stablecoin::moments::grouped(v)
}

/// The text says what the model computed.
#[track_caller]
fn says(text: &str, computed: impl AsRef<str>) {
    let c = computed.as_ref();
    assert!(text.contains(c), "the text does not say what the model does: {c:?} is not in\n{text}");
}

#[test]
fn the_shipped_playlist_and_tour_are_the_right_size() {
    let list = load("stablecoin").unwrap();
    assert!((5..=8).contains(&list.cues.len()));
    let tour = load("tour-stablecoin").unwrap();
    assert!((5..=10).contains(&tour.cues.len()));
    assert!(tour.cues.iter().filter(|c| c.predict.is_some()).count() >= 3);
    for c in list.cues.iter().chain(&tour.cues) {
        assert_eq!(c.sim, "stablecoin");
        assert!(c.at <= 17_280, "inside a May 2022 run");
    }
    // Presenter cues land exactly where their caption is true.
    assert!(list.cues.iter().all(|c| c.from.is_none()));
}

#[test]
fn the_presenter_playlist_says_what_the_model_does() {
    let list = load("stablecoin").unwrap();
    let c = &list.cues;
    let may = true;

    // 1. The start.
    let (st, sim) = replay(&c[0], c[0].at);
    assert_eq!(st.scenario, Scenario::TerraMay2022);
    let s = sim.snapshot();
    let t = &c[0].caption;
    says(t, "5 May 2022, 00:00 UTC");
    assert_eq!(may_date(s.day), "5 May 00:00 UTC");
    says(t, format!("{} billion UST", s.stable_supply / 1e9));
    says(t, format!("{} million LUNA (the companion) at ${}", s.companion_supply / 1e6, s.companion_price_usd));
    says(t, format!("{} BTC", thousands(s.reserve_btc)));

    // 2. Two hours into the sale.
    let (_, sim) = replay(&c[1], c[1].at);
    let s = sim.snapshot();
    let t = &c[1].caption;
    assert_eq!(may_date(s.day), "8 May 00:00 UTC");
    says(t, "8 May, 00:00");
    let sale = first(&sim, may, MomentKind::WithdrawalBegins);
    assert_eq!(sim.params().shock_usd, 2.5e9);
    says(t, "$2.5 billion sale");
    assert_eq!(s.step - (sale.step - 1), 120, "two hours after the sale's first step began");
    says(t, format!("UST is at ${:.4}", s.stable_price_usd));
    says(t, format!("below $0.98 at {}", hm(&first(&sim, may, MomentKind::PegLost))));
    says(t, format!("sold {} BTC", thousands(sim.history()[0].reserve_btc - s.reserve_btc)));
    says(t, format!("a {:.1}% spread", s.spread * 100.0));
    assert!(s.mint_capacity_used > 1.0, "the mint cap binds");

    // 3. The reserve is spent.
    let (_, sim) = replay(&c[2], c[2].at);
    let s = sim.snapshot();
    let t = &c[2].caption;
    says(t, "9 May, 20:00");
    assert_eq!(may_date(s.day), "9 May 20:00 UTC");
    says(
        t,
        format!(
            "ran out at {}: all {} BTC sold",
            hm(&first(&sim, may, MomentKind::ReserveSpent)),
            thousands(sim.history()[0].reserve_btc)
        ),
    );
    assert!(s.reserve_btc < 1e-6);
    says(t, format!("UST is at ${:.2}", s.stable_price_usd));
    says(t, format!("confidence is down to {:.0}%", s.confidence * 100.0));
    says(t, format!("LUNA is still at ${:.2}", s.companion_price_usd));
    assert!((s.companion_price_usd / 85.0 - 1.0).abs() < 0.01, "still at its starting price");

    // 4. LUNA below $1.
    let (_, sim) = replay(&c[3], c[3].at);
    let s = sim.snapshot();
    let t = &c[3].caption;
    assert_eq!(may_date(s.day), "11 May 21:00 UTC");
    says(t, format!("LUNA fell below $1 at {}", hm(&first(&sim, may, MomentKind::CompanionBelowOneDollar))));
    says(t, format!("is at ${:.2}", s.companion_price_usd));
    says(t, format!("from 345 million to {:.2} billion", s.companion_supply / 1e9));

    // 5. The spiral.
    let (_, sim) = replay(&c[4], c[4].at);
    let s = sim.snapshot();
    let t = &c[4].caption;
    assert_eq!(may_date(s.day), "12 May 00:00 UTC");
    let day_before = sim.history()[(s.step - 1440) as usize];
    says(
        t,
        format!(
            "{:.1} billion LUNA, {:.0} times the supply of a day earlier, at ${:.3} each",
            s.companion_supply / 1e9,
            s.companion_supply / day_before.companion_supply,
            s.companion_price_usd
        ),
    );
    says(t, format!("UST is at ${:.4}", s.stable_price_usd));
    says(t, format!("a {:.0}% spread", s.spread * 100.0));

    // 6. Proposal 1164.
    let (_, sim) = replay(&c[5], c[5].at);
    let s = sim.snapshot();
    let t = &c[5].caption;
    assert_eq!(may_date(s.day), "12 May 01:00 UTC");
    let raise = first(&sim, may, MomentKind::CapRaised);
    says(t, format!("(at {})", hm(&raise)));
    let p = sim.params();
    assert_eq!(
        (p.raised_base_pool_sdr / p.base_pool_sdr, p.raised_recovery_blocks / p.pool_recovery_blocks),
        (2.0, 0.5),
        "doubled, halved"
    );
    let before = sim.history()[raise.step as usize - 1];
    says(
        t,
        format!(
            "from ${:.0} million to ${:.1} billion a day",
            before.mint_capacity_usd_per_day / 1e6,
            s.mint_capacity_usd_per_day / 1e9
        ),
    );
    let hour_ago = sim.history()[(s.step - 60) as usize];
    says(
        t,
        format!(
            "UST is down {:.1} cents in the hour to ${:.4}",
            (hour_ago.stable_price_usd - s.stable_price_usd) * 100.0,
            s.stable_price_usd
        ),
    );
    says(t, format!("a redemption pays falls from {:.0}% to {:.0}%", before.spread * 100.0, s.spread * 100.0));
    says(t, format!("LUNA down to ${:.6}", s.companion_price_usd));
    assert!(s.companion_price_usd < hour_ago.companion_price_usd);

    // 7. The end.
    let (_, sim) = replay(&c[6], c[6].at);
    let s = sim.snapshot();
    let t = &c[6].caption;
    assert!(sim.is_done());
    assert_eq!(may_date(s.day), "17 May 00:00 UTC");
    let halt = first(&sim, may, MomentKind::Halt);
    assert_eq!(may_date(halt.day), format!("13 May {} UTC", hm(&halt)));
    says(t, format!("halted for good at {} on 13 May", hm(&halt)));
    says(t, "stopped for 80 minutes on 12 May");
    assert_eq!(sim.params().first_halt_minutes, 80.0);
    assert!(may_date(sim.params().first_halt_day).starts_with("12 May"));
    says(t, format!("UST sags to ${:.4}", s.stable_price_usd));
    says(
        t,
        format!(
            "diluted {}-fold, at ${:.6}",
            thousands(s.companion_supply / sim.history()[0].companion_supply),
            s.companion_price_usd
        ),
    );
    let may_dilution = s.companion_supply / sim.history()[0].companion_supply;

    // 8. Three times the reserve.
    let (st, sim) = replay(&c[7], c[7].at);
    assert_eq!(st.scenario, Scenario::LargerReserve);
    assert_eq!(st.params.reserve_btc, 3.0 * Scenario::TerraMay2022.params().reserve_btc);
    let sum = Summary::of(&sim);
    let t = &c[7].caption;
    says(t, format!("UST's lowest: ${:.4}", sum.min_stable_price));
    assert!(sum.peg_lost_day.is_some(), "the peg still breaks");
    says(t, format!("spends {} BTC", thousands(sum.reserve_btc_spent)));
    says(t, format!("diluted {:.2}-fold instead of {}-fold", sum.companion_supply_growth, thousands(may_dilution)));
}

#[test]
fn the_tour_asks_and_answers_what_the_model_does() {
    let tour = load("tour-stablecoin").unwrap();
    let c = &tour.cues;
    let why = |i: usize| c[i].predict.as_ref().map(|p| p.why.clone()).unwrap_or_default();
    let answer = |i: usize| c[i].predict.as_ref().map(|p| p.choices[p.answer].clone()).unwrap();

    // 1. The start (no question).
    let (st, _) = replay(&c[0], c[0].at);
    assert_eq!(st.scenario, Scenario::TerraMay2022);
    assert!(c[0].predict.is_none());

    // 2. Calm market, $50M sale: the peg holds.
    let (st, start) = replay(&c[1], c[1].from.unwrap());
    assert_eq!(st.scenario, Scenario::Calm);
    assert_eq!(may_date(start.snapshot().day), may_date(10.0), "day 10");
    assert_eq!((st.params.shock_day, st.params.shock_usd, st.params.shock_hours), (10.0, 50e6, 2.0));
    says(&c[1].caption, "sell $50 million of UST within two hours");
    let (_, sim) = replay(&c[1], c[1].at);
    assert_eq!(answer(1), "No");
    assert!(lowest(&sim) >= 0.98, "no step closes below $0.98");
    says(&why(1), format!("dips to ${:.4} at worst", lowest(&sim)));
    says(&why(1), format!("buys below ${}", st.params.defence_trigger));
    says(&why(1), format!("sells {} BTC", thousands(sim.history()[0].reserve_btc - sim.snapshot().reserve_btc)));
    let window = &sim.history()[start.steps() as usize..];
    assert!(window.iter().map(|s| s.stable_burnt).sum::<f64>() > 0.0, "arbitrageurs redeem");
    let confidence = window.iter().map(|s| s.confidence).fold(1.0, f64::min);
    assert!(confidence >= 0.99);
    says(&why(1), "confidence never falls below 99%");
    // ... and not later in the run either.
    let mut rest = sim.clone();
    rest.run_to_end();
    assert!(Summary::of(&rest).peg_lost_day.is_none());

    // 3. The sale begins: the peg breaks within the hour.
    let (st, start) = replay(&c[2], c[2].from.unwrap());
    assert_eq!(may_date(start.snapshot().day), "7 May 22:00 UTC");
    let p = &st.params;
    says(&c[2].caption, "7 May 2022, 22:00 UTC");
    says(&c[2].caption, format!("selling ${:.1} billion of UST over {} hours", p.shock_usd / 1e9, p.shock_hours));
    says(
        &c[2].caption,
        format!("{} BTC, about ${:.1} billion", thousands(p.reserve_btc), p.reserve_btc * p.btc_price / 1e9),
    );
    assert!(p.reserve_btc * p.btc_price > p.shock_usd, "the reserve is worth more than the sale");
    let (_, sim) = replay(&c[2], c[2].at);
    let may = true;
    let lost = first(&sim, may, MomentKind::PegLost);
    assert!(lost.step - start.steps() <= 60, "within the hour");
    assert_eq!(answer(2), "No: UST closes below $0.98 within the hour");
    says(
        &why(2),
        format!(
            "only {} BTC (${:.0} million) an hour",
            thousands(p.defence_btc_per_hour),
            p.defence_btc_per_hour * p.btc_price / 1e6
        ),
    );
    says(&why(2), format!("the ${:.0} million an hour being sold", p.shock_usd / p.shock_hours / 1e6));
    says(&why(2), format!("the mint cap binds at {}", hm(&first(&sim, may, MomentKind::CapUsedUp))));
    says(&why(2), format!("closes below $0.98 at {}", hm(&lost)));
    says(&why(2), format!("${:.4} by midnight", sim.snapshot().stable_price_usd));
    assert_eq!(may_date(sim.snapshot().day), "8 May 00:00 UTC");

    // 4. How long the reserve lasts.
    let (st, start) = replay(&c[3], c[3].from.unwrap());
    let s0 = start.snapshot();
    says(&c[3].caption, format!("UST at ${:.4}", s0.stable_price_usd));
    let full_rate = st.params.defence_btc_per_hour / 60.0 * st.params.btc_price;
    assert!((s0.defence_usd - full_rate).abs() < 1e-6 * full_rate, "the reserve buys at its full rate");
    let (_, sim) = replay(&c[3], c[3].at);
    let began = first(&sim, may, MomentKind::ReserveBuys);
    let spent = first(&sim, may, MomentKind::ReserveSpent);
    assert_eq!(answer(3), "Less than two days");
    assert!(spent.day - began.day < 2.0);
    says(&why(3), format!("spent at {}", may_date(spent.day).replace(" UTC", "")));
    says(
        &why(3),
        format!(
            "{:.0} hours after it began buying ({})",
            (spent.day - began.day) * 24.0,
            may_date(began.day).replace(" UTC", "")
        ),
    );
    says(&why(3), format!("UST is at ${:.2}", sim.snapshot().stable_price_usd));
    says(&why(3), format!("confidence has fallen to {:.0}%", sim.snapshot().confidence * 100.0));

    // 5. The spiral after the reserve.
    let (_, start) = replay(&c[4], c[4].from.unwrap());
    assert!(start.snapshot().reserve_btc < 1e-6, "the reserve is spent");
    let (_, sim) = replay(&c[4], c[4].at);
    let (a, b) = (start.snapshot(), sim.snapshot());
    says(&c[4].predict.as_ref().unwrap().question, format!("in the next {} hours", (b.step - a.step) / 60));
    let x = b.companion_supply / a.companion_supply;
    assert_eq!(answer(4), "It grows more than a thousandfold");
    assert!(x > 1_000.0, "x{x}");
    says(&why(4), format!("from {:.0} million to {:.1} billion", a.companion_supply / 1e6, b.companion_supply / 1e9));
    says(&why(4), format!("from ${:.2} to ${:.6}", a.companion_price_usd, b.companion_price_usd));

    // 6-8. What-ifs over the whole run.
    let may_end = {
        let (_, mut s) = replay(&c[0], 0);
        s.run_to_end();
        Summary::of(&s)
    };
    let (st, sim) = replay(&c[5], c[5].at);
    assert_eq!(st.scenario, Scenario::LargerReserve);
    assert!(sim.is_done());
    says(&c[5].caption, format!("three times the reserve ({} BTC) and no halt", thousands(st.params.reserve_btc)));
    assert_eq!(st.params.halt_day, -1.0);
    let sum = Summary::of(&sim);
    assert!(sum.peg_lost_day.is_some());
    assert_eq!(answer(5), "No, but LUNA is diluted far less");
    says(&why(5), format!("to ${:.4} at worst", sum.min_stable_price));
    says(&why(5), format!("spends {} BTC", thousands(sum.reserve_btc_spent)));
    says(
        &why(5),
        format!(
            "diluted {:.2}-fold instead of {}-fold",
            sum.companion_supply_growth,
            thousands(may_end.companion_supply_growth)
        ),
    );
    says(&why(5), format!("UST ends at ${:.4}", sum.final_stable_price));

    let (st, sim) = replay(&c[6], c[6].at);
    assert_eq!(st.scenario, Scenario::LowerMintCap);
    let may_p = Scenario::TerraMay2022.params();
    assert_eq!(may_p.base_pool_sdr / st.params.base_pool_sdr, 5.0);
    says(
        &c[6].caption,
        format!(
            "BasePool {:.0} million SDR instead of {:.0} million, no raise, no halt",
            st.params.base_pool_sdr / 1e6,
            may_p.base_pool_sdr / 1e6
        ),
    );
    assert_eq!((st.params.raise_day, st.params.halt_day), (-1.0, -1.0));
    let sum = Summary::of(&sim);
    assert_eq!(answer(6), "The spread binds harder, but with no halt the spiral runs on: LUNA ends diluted even more");
    let may_sim = {
        let (_, mut s) = replay(&c[0], 0);
        s.run_to_end();
        s
    };
    let max_spread = |s: &StablecoinSim| s.history().iter().map(|x| x.spread).fold(0.0, f64::max);
    assert!(max_spread(&sim) > max_spread(&may_sim));
    assert!(sum.companion_supply_growth > may_end.companion_supply_growth);
    says(
        &why(6),
        format!("pays up to {:.1}% instead of {:.1}%", max_spread(&sim) * 100.0, max_spread(&may_sim) * 100.0),
    );
    says(&why(6), format!("by 17 May UST is at ${:.4}", sum.final_stable_price));
    assert_eq!(may_date(sim.snapshot().day), "17 May 00:00 UTC");
    says(
        &why(6),
        format!(
            "LUNA is diluted {}-fold (May 2022, halted on 13 May: {}-fold)",
            thousands(sum.companion_supply_growth),
            thousands(may_end.companion_supply_growth)
        ),
    );

    let (st, sim) = replay(&c[7], c[7].at);
    assert_eq!(st.scenario, Scenario::TerraMay2022);
    assert_eq!(st.params.panic_gain, 0.0);
    assert_eq!(st.params.shock_usd, 2.5e9);
    let sum = Summary::of(&sim);
    assert_eq!(answer(7), "No: the peg dips and recovers");
    says(&why(7), format!("dips to ${:.4}", sum.min_stable_price));
    let back = first(&sim, may, MomentKind::PegBack);
    says(&why(7), format!("back above $0.99 by {}", may_date(back.day).replace(" UTC", "")));
    says(&why(7), format!("spends {} BTC", thousands(sum.reserve_btc_spent)));
    says(&why(7), format!("grows about {:.0}%", (sum.companion_supply_growth - 1.0) * 100.0));
    assert!(sim.history().iter().all(|s| s.confidence > 0.99 || s.step == 0), "no loss of confidence");
}

#[test]
fn the_narration_says_what_changed_with_numbers() {
    let (st, _) = StablecoinState::from_query(&Query::parse("scenario=terra-may-2022&seed=1"));
    let mut sim = StablecoinSim::new(st.params, st.seed).unwrap();
    assert_eq!(
        narration(&sim, true),
        "5 May 00:00 UTC (day 0.00): UST $1.0000; LUNA $85.00; LUNA supply 345 million; reserve untouched."
    );
    while sim.steps() < 4320 {
        sim.step();
    }
    assert_eq!(
        narration(&sim, true),
        "8 May 00:00 UTC (day 3.00): UST $0.9472, down 1.0 cents in the last hour; LUNA $85.02; \
         LUNA supply 346 million, +0.2% in 24 hours; reserve 5% spent."
    );
    // A moment in the last hour (one Step) is told, with its time.
    while sim.steps() < 6960 {
        sim.step();
    }
    let n = narration(&sim, true);
    assert!(n.contains("reserve spent. 9 May 19:33 UTC: the reserve is spent: all 80,394 BTC sold."), "{n}");
    // Outside May 2022, days instead of dates.
    let (st, _) = StablecoinState::from_query(&Query::parse("scenario=calm&seed=1"));
    let sim = StablecoinSim::new(st.params, st.seed).unwrap();
    assert!(narration(&sim, false).starts_with("Day 0.00: UST $1.0000;"));
    assert_eq!(growth(2.0e12, 1.0e10), "×200");
    assert_eq!(growth(1.03, 1.0), "+3.0%");
    assert_eq!(growth(0.6, 1.0), "−40.0%");
}

#[test]
fn moments_agree_with_the_summary_and_are_deterministic() {
    for sc in Scenario::ALL {
        let mut sim = StablecoinSim::new(sc.params(), 7).unwrap();
        sim.run_to_end();
        let list = moments(sim.history(), sim.params(), sc.is_may_2022());
        let sum = Summary::of(&sim);
        let lost = list.iter().find(|m| m.kind == MomentKind::PegLost).map(|m| m.day);
        assert_eq!(lost, sum.peg_lost_day, "{sc:?}");
        // In order, each at a real step, and the same run gives the same list.
        assert!(list.windows(2).all(|w| w[0].step <= w[1].step));
        assert!(list.iter().all(|m| m.step >= 1 && m.step <= sim.steps()));
        let mut again = StablecoinSim::new(sc.params(), 7).unwrap();
        again.run_to_end();
        assert_eq!(moments(again.history(), again.params(), sc.is_may_2022()), list);
        // Peg losses and recoveries alternate.
        let peg: Vec<MomentKind> =
            list.iter().map(|m| m.kind).filter(|k| matches!(k, MomentKind::PegLost | MomentKind::PegBack)).collect();
        assert!(peg
            .iter()
            .enumerate()
            .all(|(i, k)| *k == if i % 2 == 0 { MomentKind::PegLost } else { MomentKind::PegBack }));
        // A halt is told once, in runs that halt.
        let halts = list.iter().filter(|m| m.kind == MomentKind::Halt).count();
        assert_eq!(
            halts,
            usize::from(sc.params().halt_day >= 0.0 && sc.params().halt_day < sc.params().days),
            "{sc:?}"
        );
    }
    // May dates roll over into June and July.
    assert_eq!(may_date(27.0), "1 June 00:00 UTC");
    assert_eq!(may_date(57.5), "1 July 12:00 UTC");
}

/// The page keeps its moments with a `MomentScan` that reads only new snapshots; whatever
/// the order of growing, going back and switching runs, it must list what a full rescan
/// lists.
#[test]
fn the_incremental_scan_lists_what_a_full_rescan_lists() {
    use chainlab::sim::stablecoin::moments::MomentScan;
    use rand::{RngExt, SeedableRng};
    let mut rng = rand_pcg::Pcg32::seed_from_u64(11);
    for sc in Scenario::ALL {
        let mut full = StablecoinSim::new(sc.params(), 3).unwrap();
        full.run_to_end();
        let may = sc.is_may_2022();
        let history = full.history();
        let mut scan = MomentScan::default();
        let mut len = 1usize;
        for _ in 0..60 {
            // Mostly forward by a few frames' worth of steps, sometimes back, sometimes to the end.
            len = match rng.random_range(0..10) {
                0 => rng.random_range(1..=len),
                1 => history.len(),
                _ => (len + rng.random_range(1..400)).min(history.len()),
            };
            let got = scan.advance(&history[..len], full.params(), may).to_vec();
            assert_eq!(got, moments(&history[..len], full.params(), may), "{sc:?} at {len} snapshots");
        }
        // Another run's history (other parameters) is not mistaken for this one's.
        let other = Scenario::ALL.iter().find(|o| **o != sc).unwrap();
        let mut o = StablecoinSim::new(other.params(), 3).unwrap();
        o.run_to_end();
        let got = scan.advance(o.history(), o.params(), other.is_may_2022()).to_vec();
        assert_eq!(got, moments(o.history(), o.params(), other.is_may_2022()));
    }
}
