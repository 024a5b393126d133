use chainlab::sim::stablecoin::{spec, Scenario, StablecoinSim};
#[test]
#[ignore]
fn look() {
    let mut p = Scenario::TerraMay2022.params();
    if let Ok(sets) = std::env::var("SETS") {
        for kv in sets.split_whitespace() {
            let (k, v) = kv.split_once('=').unwrap();
            (spec(k).unwrap().set)(&mut p, v.parse().unwrap());
        }
    }
    let mut sim = StablecoinSim::new(p, 1).unwrap();
    let mut next = 2.5;
    while !sim.is_done() {
        sim.step();
        let s = *sim.snapshot();
        if s.day + 1e-9 >= next {
            let b = sim.balances();
            println!("{:5.2} ust {:.3} luna {:9.3e} S {:5.2}B L {:9.3e} | Lbook u {:8.3e} l {:8.3e} | Lhold {:8.3e} cash {:8.2e} | dip {:8.2e} {:8.2e} | arb {:8.2e} | Ubook {:8.2e} {:8.2e} | spread {:.3} panic {:.2}",
                s.day, s.stable_price_usd, s.companion_price_usd, s.stable_supply/1e9, s.companion_supply,
                b.companion_book_usd, b.companion_book_companion, b.companion_holders_companion, b.companion_holders_usd,
                b.outside_buyers_usd, b.outside_buyers_companion, b.arbitrageurs_usd, b.stable_book_usd, b.stable_book_stable, s.spread, s.panic);
            next += 0.25;
        }
    }
}

#[test]
#[ignore]
fn table() {
    use chainlab::sim::stablecoin::history::{parse_daily, TERRA_DAILY_CSV};
    let days = parse_daily(TERRA_DAILY_CSV).unwrap();
    let sims: Vec<StablecoinSim> = (1..=10)
        .map(|seed| {
            let mut s = StablecoinSim::new(Scenario::TerraMay2022.params(), seed).unwrap();
            s.run_to_end();
            s
        })
        .collect();
    let q = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        (v[0], v[v.len() / 2], v[v.len() - 1])
    };
    println!("| date | UST price hist | model (min–median–max) | UST supply hist (B) | model | LUNA price hist | model | LUNA supply hist | model | LFG BTC hist | model |");
    for d in &days {
        let day = d.day;
        let pick = |f: &dyn Fn(&chainlab::sim::stablecoin::Snapshot) -> f64| {
            q(sims
                .iter()
                .map(|s| f(s.history().iter().find(|x| x.day >= day).unwrap()))
                .collect())
        };
        let up = pick(&|x| x.stable_price_usd);
        let us = pick(&|x| x.stable_supply / 1e9);
        let lp = pick(&|x| x.companion_price_usd);
        let ls = pick(&|x| x.companion_supply);
        let btc = pick(&|x| x.reserve_btc);
        let o = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or("–".into());
        println!("| {} | {} | {:.3}–{:.3}–{:.3} | {} | {:.2}–{:.2}–{:.2} | {} | {:.3e}–{:.3e}–{:.3e} | {} | {:.3e}–{:.3e}–{:.3e} | {} | {:.0}–{:.0}–{:.0} |",
            d.date, o(d.ust_price), up.0, up.1, up.2, o(d.ust_supply.map(|x| x/1e9)), us.0, us.1, us.2, o(d.luna_price), lp.0, lp.1, lp.2, o(d.luna_supply), ls.0, ls.1, ls.2, o(d.lfg_btc), btc.0, btc.1, btc.2);
    }
    let halts: Vec<_> = sims
        .iter()
        .map(|s| *s.history().iter().find(|x| !x.swaps_enabled).unwrap())
        .collect();
    let a = q(halts.iter().map(|h| h.stable_price_usd).collect());
    let b = q(halts.iter().map(|h| h.stable_supply / 1e9).collect());
    let c = q(halts.iter().map(|h| h.companion_supply / 345e6).collect());
    let e = q(halts.iter().map(|h| h.companion_price_usd).collect());
    println!("at the final halt: UST {a:?} supply B {b:?} LUNA x {c:?} LUNA price {e:?}");
}

#[test]
#[ignore]
fn story() {
    use chainlab::sim::stablecoin::moments::{grouped, may_date, moments};
    use chainlab::sim::stablecoin::Summary;
    let mut sim = StablecoinSim::new(Scenario::TerraMay2022.params(), 1).unwrap();
    sim.run_to_end();
    for m in moments(sim.history(), sim.params(), true) {
        println!("{:?} step {} {}", m.kind, m.step, may_date(m.day));
    }
    let h = sim.history();
    for st in [
        4320usize, 6660, 6840, 6900, 7200, 7980, 8640, 9000, 9360, 9600, 10080, 10140, 10800,
        11040, 11520, 11592, 17280,
    ] {
        let s = h[st];
        println!("step {st} {} ust {:.4} luna {:.6} Lsup {:.4e} conf {:.3} spread {:.4} capused {:.2} cap/day {:.4e} btc {} ", may_date(s.day), s.stable_price_usd, s.companion_price_usd, s.companion_supply, s.confidence, s.spread, s.mint_capacity_used, s.mint_capacity_usd_per_day, grouped(s.reserve_btc));
    }
    for (name, sc, q) in [
        ("larger", Scenario::LargerReserve, ""),
        ("lower", Scenario::LowerMintCap, ""),
        ("may", Scenario::TerraMay2022, ""),
    ] {
        let _ = q;
        let mut s = StablecoinSim::new(sc.params(), 1).unwrap();
        s.run_to_end();
        let sum = Summary::of(&s);
        println!(
            "{name}: min {:.4} final {:.4} spent {} growth {:.3} lost {:?} finalluna {:.6}",
            sum.min_stable_price,
            sum.final_stable_price,
            grouped(sum.reserve_btc_spent),
            sum.companion_supply_growth,
            sum.peg_lost_day.map(may_date),
            sum.final_companion_price
        );
    }
    let mut p = Scenario::TerraMay2022.params();
    p.panic_gain = 0.0;
    let mut s = StablecoinSim::new(p, 1).unwrap();
    s.run_to_end();
    let sum = Summary::of(&s);
    println!(
        "gain0: min {:.4} final {:.4} spent {} growth {:.4} lost {:?}",
        sum.min_stable_price,
        sum.final_stable_price,
        grouped(sum.reserve_btc_spent),
        sum.companion_supply_growth,
        sum.peg_lost_day.map(may_date)
    );
    for m in moments(s.history(), s.params(), true) {
        println!("  gain0 {:?} step {} {}", m.kind, m.step, may_date(m.day));
    }
    let mut c = StablecoinSim::new(Scenario::Calm.params(), 1).unwrap();
    c.run_to_end();
    let lo = c
        .history()
        .iter()
        .map(|s| s.stable_price_usd)
        .fold(f64::MAX, f64::min);
    let minconf = c.history()[14400..]
        .iter()
        .map(|s| s.confidence)
        .fold(1.0, f64::min);
    println!(
        "calm: lowest {:.4} btc spent at 14760 {} minconf {}",
        lo,
        grouped(c.history()[0].reserve_btc - c.history()[14760].reserve_btc),
        minconf
    );
}
