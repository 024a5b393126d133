//! The words the page says about finality, against the records.

use super::*;

/// Every number the finality explanation states, against the records.
#[test]
fn the_story_of_forty_percent_offline_is_true() {
    use chainlab::sim::validators::story::{story, turns};
    let sim = run(outage(OutageKind::Offline, 4_000, 225, 6_750), 1);
    let h = sim.history();
    let t = turns(h);
    let (s, l, b) = (t.stopped.unwrap(), t.leak.unwrap(), t.returned.unwrap());
    assert_eq!((h[s].finalized_epoch, h[s].epoch), (223, 227), "stopped after epoch 223");
    assert_eq!(h[l].epoch - 1, 229, "the leak: delay over 4 from epoch 229");
    assert!(h[s..b].iter().all(|r| r.finality_delay > 0));
    let lines = story(&sim);
    assert!(
        lines[0].starts_with(&format!(
            "Finality stopped after epoch 223 (day 1.0): only {:.1}% of the active stake",
            h[s].target_share() * 100.0
        )),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("From epoch 229 the finality delay was over 4 epochs"), "{}", lines[1]);
    let back = &h[b];
    let text = &lines[2];
    assert!(
        text.contains(&format!(
            "Finality returned at epoch {}",
            chainlab::format::thousands(back.finalized_epoch.into())
        )),
        "{text}"
    );
    assert!(text.contains(&format!("(day {:.1})", f64::from(back.finalized_epoch) / 225.0)), "{text}");
    assert!(
        text.contains(&format!("{:.1} days after it stopped", f64::from(back.finalized_epoch - 223) / 225.0)),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "the {} ETH still voting",
            chainlab::format::grouped(back.current_target_gwei as f64 / 1e9)
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "2/3 of the active {} ETH",
            chainlab::format::grouped(back.total_active_gwei as f64 / 1e9)
        )),
        "{text}"
    );
    assert!(back.current_target_gwei as u128 * 3 >= back.total_active_gwei as u128 * 2);
    assert!(
        text.contains(&format!(
            "({:.1}% of it; one of the offline validators is down to {} ETH",
            back.target_share() * 100.0,
            back.offline_watch.unwrap().effective_eth
        )),
        "{text}"
    );
    println!("{lines:#?}");
}

#[test]
fn the_story_of_a_partition_names_the_conflict() {
    use chainlab::sim::validators::story::story;
    let sim = run(outage(OutageKind::Partition, 4_000, 225, 9_000), 1);
    let lines = story(&sim);
    let (a, b) = (sim.history().last().unwrap(), sim.other_side().unwrap().history().last().unwrap());
    let last = lines.last().unwrap();
    assert!(
        last.contains(&format!(
            "chain a epoch {}, chain b epoch {}",
            chainlab::format::thousands(a.finalized_epoch.into()),
            chainlab::format::thousands(b.finalized_epoch.into())
        )),
        "{last}"
    );
    assert!(last.contains("since the split at epoch 225") && last.contains("safety failure"));
    assert!(lines.iter().any(|l| l.starts_with("Chain a (the rest's): Finality returned")));
    assert!(lines.iter().any(|l| l.starts_with("Chain b (the cut-off side's own): Finality returned")));
    println!("{lines:#?}");
}

/// The numbers the page's explanation states about the outage presets.
#[test]
fn the_explanations_numbers_hold_for_the_presets() {
    use chainlab::sim::validators::story::turns;
    let preset = |kind, share_bp, epochs| ValidatorParams {
        epochs,
        offline_bp: 0,
        cost_share: 0.0,
        outage: Some(Outage { kind, share_bp, from: 225 }),
        ..Default::default()
    };
    let day = |e: u32| f64::from(e) / 225.0;
    // 40% offline: stops after epoch 223, the leak six epochs later, back at about day 14.
    let sim = run(preset(OutageKind::Offline, 4_000, 4_500), 1);
    let h = sim.history();
    let t = turns(h);
    let (s, l, b) = (&h[t.stopped.unwrap()], &h[t.leak.unwrap()], &h[t.returned.unwrap()]);
    assert_eq!((s.finalized_epoch, l.epoch - 1 - s.finalized_epoch), (223, 6));
    assert!((13.5..15.0).contains(&day(b.finalized_epoch)), "{}", day(b.finalized_epoch));
    // The offline validator's curve bends down, the online one's stays flat (no attestation rewards).
    let (w0, w1) = (h[226].online_watch.unwrap().balance_eth, b.online_watch.unwrap().balance_eth);
    assert!((w1 - w0).abs() < 0.2, "online: {w0} -> {w1}");
    // 34%: a 1 ETH drop is enough, back within about two days.
    let sim = run(preset(OutageKind::Offline, 3_400, 4_500), 1);
    let t = turns(sim.history());
    let (s, b) = (&sim.history()[t.stopped.unwrap()], &sim.history()[t.returned.unwrap()]);
    assert!(day(b.finalized_epoch - s.finalized_epoch) < 2.5, "{}", day(b.finalized_epoch - s.finalized_epoch));
    assert_eq!(b.offline_watch.unwrap().effective_eth, 31.0, "one increment down");
    // The partition preset: the larger side after about 2 weeks, the smaller after about 3, once the other side is ejected.
    let sim = run(preset(OutageKind::Partition, 4_000, 6_750), 1);
    let (a, o) = (sim.history(), sim.other_side().unwrap().history());
    let (ta, tb) = (turns(a), turns(o));
    let (ra, rb) = (day(a[ta.returned.unwrap()].finalized_epoch), day(o[tb.returned.unwrap()].finalized_epoch));
    assert!((12.0..16.0).contains(&ra) && (19.0..24.0).contains(&rb), "{ra} {rb}");
    assert!(
        o[tb.returned.unwrap()].exited_total > 500 || o[tb.returned.unwrap()].exiting > 0,
        "chain b: the other side ejected"
    );
}
