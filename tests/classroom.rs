//! The classroom features' pure half: shipped playlists and tours are valid
//! and every cue opens a state the page accepts without a notice; the
//! facts the captions state hold in the model; the embed API accepts
//! exactly the documented messages; shell flags are split off page URLs.

use chainlab::classroom::{load, parse_incoming, shipped, split_hash, Incoming, Playlist};
use chainlab::query::consensus::ConsensusState;
use chainlab::query::swap::SwapState;
use chainlab::query::Query;
use chainlab::sim::consensus::{ConsensusSim, Status};
use chainlab::sim::swap::{Outcome, SwapSim};

#[path = "common/digits.rs"]
mod digits;
use digits::scan_numbers;

#[test]
fn every_shipped_playlist_parses_and_every_cue_opens_without_a_notice() {
    for (name, json) in shipped() {
        let list = Playlist::parse(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!list.cues.is_empty(), "{name}");
        for (i, cue) in list.cues.iter().enumerate() {
            let q = Query::parse(&cue.query(cue.at));
            let sim = chainlab::registry::find(&cue.sim)
                .unwrap_or_else(|| panic!("{name} cue {}: unknown simulation {:?}", i + 1, cue.sim));
            let notices = (sim.notices)(&q);
            assert!(notices.is_empty(), "{name} cue {}: {notices:?}", i + 1);
        }
    }
    assert!(name_tours_match());
}

fn name_tours_match() -> bool {
    shipped().iter().filter(|(n, _)| n.starts_with("tour-")).all(|(n, json)| {
        let sim = n.trim_start_matches("tour-");
        Playlist::parse(json).unwrap().cues.iter().all(|c| c.sim == sim)
    })
}

fn consensus_at(params: &str, seed: u64, at: u32) -> ConsensusSim {
    let (s, n) = ConsensusState::from_query(&Query::parse(&format!("{params}&seed={seed}")));
    assert!(n.is_empty());
    let mut sim = ConsensusSim::new(s.params, seed).unwrap();
    while sim.round() < at && !sim.is_done() {
        sim.step();
    }
    sim
}

/// Every number a caption states, in order of appearance: "61%", "50/50",
/// "1000-round" (as "1000"), "Round 12:" (as "12").
fn caption_numbers(caption: &str) -> Vec<String> {
    let b = caption.as_bytes();
    scan_numbers(b, u8::is_ascii_digit, |start| {
        let mut i = start;
        while i < b.len() && (b[i].is_ascii_digit() || (b[i] == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))) {
            i += 1;
        }
        if b.get(i) == Some(&b'%') {
            i += 1;
        } else if b.get(i) == Some(&b'/') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        (i, caption[start..i].to_string())
    })
}

#[test]
fn caption_numbers_are_read_as_written() {
    assert_eq!(caption_numbers("Round 12: 61% prefer blue"), ["12", "61%"]);
    assert_eq!(caption_numbers("split 50/50 until its 1000-round cap, 0.5 each."), ["50/50", "1000", "0.5"]);
    assert!(caption_numbers("no numbers here").is_empty());
}

fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Each consensus cue's caption: the numbers are parsed out of the caption
/// itself and each must equal what the model gives at that cue, so an edit to
/// a caption or a change to the model that makes a number wrong fails here
/// (and so does a new number nobody checks).
#[test]
fn the_consensus_captions_state_what_the_model_does() {
    let list = load("consensus").unwrap();
    assert_eq!(list.cues.len(), 6, "a new cue needs its numbers checked here");
    for (i, cue) in list.cues.iter().enumerate() {
        let s = consensus_at(&cue.params, cue.seed, cue.at);
        let p = s.params().clone();
        let l = s.latest().clone();
        assert_eq!(s.round(), cue.at, "cue {}: the run reaches its step", i + 1);
        // What the model says for each number the caption states, in order.
        let model: Vec<String> = match i {
            0 => {
                // "half prefer red, half blue"
                assert_eq!((l.share[0], l.share[1]), (0.5, 0.5));
                vec![p.nodes.to_string(), p.k.to_string(), p.alpha_pref.to_string()]
            }
            1 => {
                // "61% now prefer blue. Nobody has finalised"
                assert!(l.share[1] > l.share[0]);
                assert_eq!(l.finalised, 0);
                vec![s.round().to_string(), pct(l.share[1]), p.beta.to_string()]
            }
            2 => {
                // "every node prefers blue, yet none has finalised"
                assert_eq!((l.share[1], l.finalised), (1.0, 0));
                vec![s.round().to_string()]
            }
            3 => {
                // "all 400 nodes have finalised blue"
                assert_eq!((s.status(), s.decided_colour()), (Status::Finalised, Some(1)));
                assert!(!s.safety_violated());
                let earlier = consensus_at(&cue.params, cue.seed, cue.at - 1);
                assert!(!earlier.is_done(), "round {} is the first with everyone final", cue.at);
                vec![s.round().to_string(), l.finalised.to_string()]
            }
            4 => {
                // "20% Byzantine ... at round 60 still split 50/50, nobody
                // finalised: this run stalls until its 1000-round cap"
                assert_eq!(l.finalised, 0);
                let split = format!("{:.0}/{:.0}", l.share[0] * 100.0, l.share[1] * 100.0);
                let mut end = consensus_at(&cue.params, cue.seed, u32::MAX);
                end.run_to_end();
                assert_eq!((end.round(), end.latest().finalised), (p.max_rounds, 0), "stalls until the cap");
                vec![pct(p.byzantine), s.round().to_string(), split, p.max_rounds.to_string()]
            }
            5 => {
                // "every node finalises by round 12, but not all on the same
                // colour. A safety violation"
                assert!(s.is_done() && s.safety_violated());
                assert_eq!(l.finalised, s.honest_count());
                // "AlphaPreference = AlphaConfidence = 3": one number for both.
                assert_eq!(p.alpha_pref, p.alpha_conf);
                vec![p.k.to_string(), p.alpha_pref.to_string(), p.beta.to_string(), s.round().to_string()]
            }
            _ => unreachable!(),
        };
        assert_eq!(caption_numbers(&cue.caption), model, "cue {}: {}", i + 1, cue.caption);
    }
}

/// The consensus playlist and tour in Spanish and Chinese
/// (`www/playlists/<lang>/`): the same cues (simulation, seed, parameters,
/// moments, answers) as English, and every number the English texts state,
/// so what the English test above checks holds for the translations too.
#[test]
fn the_translated_consensus_cues_match_the_english_ones() {
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    for name in ["consensus", "tour-consensus"] {
        let en = load(name).unwrap();
        for lang in ["es", "zh-CN"] {
            let path = format!("{}/www/playlists/{lang}/{name}.json", env!("CARGO_MANIFEST_DIR"));
            let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let tr = Playlist::parse(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(tr.cues.len(), en.cues.len(), "{path}");
            assert_ne!(tr.title, en.title, "{path}: the title is translated");
            for (i, (a, b)) in en.cues.iter().zip(&tr.cues).enumerate() {
                let at = format!("{path} cue {}", i + 1);
                assert_eq!(
                    (&a.sim, a.seed, &a.params, a.at, a.from),
                    (&b.sim, b.seed, &b.params, b.at, b.from),
                    "{at}"
                );
                assert_ne!(a.caption, b.caption, "{at}: the caption is translated");
                let (mut want, mut got) = (caption_numbers(&a.caption), caption_numbers(&b.caption));
                if name == "consensus" {
                    // The playlist's numbers are checked against the model in order.
                    assert_eq!(got, want, "{at}: {}", b.caption);
                }
                assert_eq!(a.predict.is_some(), b.predict.is_some(), "{at}");
                if let (Some(pa), Some(pb)) = (&a.predict, &b.predict) {
                    assert_eq!((pa.answer, pa.choices.len()), (pb.answer, pb.choices.len()), "{at}");
                    for (x, y) in [(&pa.question, &pb.question), (&pa.why, &pb.why)]
                        .into_iter()
                        .chain(pa.choices.iter().zip(&pb.choices))
                    {
                        want.extend(caption_numbers(x));
                        got.extend(caption_numbers(y));
                    }
                }
                assert_eq!(sorted(got), sorted(want), "{at}: the same numbers as English");
            }
        }
    }
}

#[test]
fn the_swap_cues_land_where_their_captions_say() {
    for name in ["swap", "tour-swap"] {
        for cue in load(name).unwrap().cues {
            let (st, _) = SwapState::from_query(&Query::parse(&cue.query(0)));
            let mut sim = SwapSim::new(st.params, cue.seed).unwrap();
            while sim.steps() < cue.at && !sim.is_done() {
                sim.step();
            }
            assert_eq!(sim.steps(), cue.at, "{name}: {}", cue.caption);
            let expect = match st.scenario.name() {
                "happy-path" if cue.at == 44 => Some(Outcome::Swapped),
                "initiator-never-redeems" => Some(Outcome::BothRefunded),
                "misordered-timelocks" | "participant-offline" => Some(Outcome::ParticipantLost),
                _ => None,
            };
            if let Some(o) = expect {
                assert!(sim.is_done(), "{name}: {}", cue.caption);
                assert_eq!(sim.outcome(), o, "{name}: {}", cue.caption);
            }
        }
    }
}

#[test]
fn playlists_refuse_bad_cues_with_a_reason() {
    let bad = [
        (r#"{"title":"x","cues":[]}"#, "1 to"),
        (r#"{"title":"x","cues":[{"sim":"nope","seed":1,"caption":"c"}]}"#, "not one of"),
        (r#"{"title":"x","cues":[{"sim":"swap","seed":1,"caption":"c","extra":1}]}"#, "unknown field"),
        (r#"{"title":"x","cues":[{"sim":"swap","seed":1,"params":"at=3","caption":"c"}]}"#, "must not set"),
        (r#"{"title":"x","cues":[{"sim":"swap","seed":1,"from":5,"at":2,"caption":"c"}]}"#, "from must not"),
        (
            r#"{"title":"x","cues":[{"sim":"swap","seed":1,"caption":"c","predict":{"question":"q","choices":["a"],"answer":0,"why":"w"}}]}"#,
            "2 to 6",
        ),
        ("not json", "not a playlist"),
        // A seed a browser's JSON would round (2^53 + 1): refused in the
        // app and the command line alike (crate::json).
        (r#"{"title":"x","cues":[{"sim":"swap","seed":9007199254740993,"caption":"c"}]}"#, "is past 9007199254740991"),
    ];
    for (json, why) in bad {
        let e = Playlist::parse(json).unwrap_err();
        assert!(e.contains(why), "{json}: {e}");
    }
    assert!(load("nope").is_err());
    let largest = r#"{"title":"x","cues":[{"sim":"swap","seed":9007199254740991,"caption":"c"}]}"#;
    assert_eq!(Playlist::parse(largest).unwrap().cues[0].seed, chainlab::json::MAX_EXACT);
    let inline = serde_json::to_string(&load("swap").unwrap()).unwrap();
    assert_eq!(load(&inline).unwrap(), load("swap").unwrap());
}

#[test]
fn the_embed_api_takes_exactly_the_documented_messages() {
    let ok = [
        (r#"{"chainlab":1,"command":"play"}"#, Incoming::Play),
        (r#"{"chainlab":1,"command":"pause"}"#, Incoming::Pause),
        (r#"{"chainlab":1,"command":"step"}"#, Incoming::Step),
        (r#"{"chainlab":1,"command":"back"}"#, Incoming::Back),
        (r#"{"chainlab":1,"command":"reset"}"#, Incoming::Reset),
        (r#"{"chainlab":1,"command":"seek","step":12}"#, Incoming::Seek(12)),
        (r#"{"chainlab":1,"command":"set","params":"n=200&k=10"}"#, Incoming::SetParams("n=200&k=10".into())),
    ];
    for (m, want) in ok {
        assert_eq!(parse_incoming(m), Ok(want), "{m}");
    }
    let bad = [
        "\"play\"",
        "null",
        "42",
        "[]",
        "{}",
        r#"{"command":"play"}"#,
        r#"{"chainlab":2,"command":"play"}"#,
        r#"{"chainlab":"1","command":"play"}"#,
        r#"{"chainlab":1,"command":"PLAY"}"#,
        r#"{"chainlab":1,"command":"explode"}"#,
        r#"{"chainlab":1,"command":"play","step":3}"#,
        r#"{"chainlab":1,"command":"play","extra":true}"#,
        r#"{"chainlab":1,"command":"seek"}"#,
        r#"{"chainlab":1,"command":"seek","step":-1}"#,
        r#"{"chainlab":1,"command":"seek","step":1.5}"#,
        r#"{"chainlab":1,"command":"seek","step":"3"}"#,
        r#"{"chainlab":1,"command":"seek","step":999999999}"#,
        r#"{"chainlab":1,"command":"set"}"#,
        r#"{"chainlab":1,"command":"set","params":5}"#,
        r#"{"chainlab":1,"command":"set","params":"embed=0"}"#,
        r##"{"chainlab":1,"command":"set","params":"#/x"}"##,
    ];
    for m in bad {
        assert!(parse_incoming(m).is_err(), "accepted {m}");
    }
    assert!(parse_incoming(&format!(r#"{{"chainlab":1,"command":"set","params":"{}"}}"#, "a".repeat(3000))).is_err());
}

#[test]
fn shell_flags_are_split_off_the_page_url_and_written_back() {
    let (page, f, extras) = split_hash("#/consensus?seed=3&embed=1&n=400&present=1&playlist=consensus&cue=2");
    assert_eq!(page, "#/consensus?seed=3&n=400");
    assert!(f.embed && f.present);
    assert_eq!((f.playlist.as_deref(), f.cue), (Some("consensus"), 2));
    assert_eq!(extras, "embed=1&present=1&playlist=consensus&cue=2");
    assert_eq!(split_hash(&format!("#/consensus?{}", f.to_query())).1, f);
    let (page, f, extras) = split_hash("#/swap");
    assert_eq!((page.as_str(), extras.as_str()), ("#/swap", ""));
    assert!(!f.embed && !f.present && f.playlist.is_none());
    assert!(!split_hash("#/swap?embed=0").1.embed);
}

/// The lecture's rollup, stablecoin and validators cues state numbers that
/// `tests/classroom_<sim>.rs` checks on those simulations' own playlists:
/// each must land on exactly such a checked cue (same seed, parameters and
/// step), so a model change that breaks a caption breaks a test. The
/// lecture visits simulations in the registry's order.
#[test]
fn lecture_cues_land_on_model_checked_playlist_cues() {
    let lecture = load("lecture").unwrap();
    let mut sims = Vec::new();
    for cue in &lecture.cues {
        if !sims.contains(&cue.sim) {
            sims.push(cue.sim.clone());
        }
        if !["rollup", "stablecoin", "validators"].contains(&cue.sim.as_str()) {
            continue;
        }
        let own = load(&cue.sim).unwrap();
        assert!(
            own.cues.iter().any(|c| c.seed == cue.seed && c.params == cue.params && c.at == cue.at),
            "lecture cue {:?} at {} is not one of the {} playlist's checked cues",
            cue.params,
            cue.at,
            cue.sim
        );
    }
    // In the registry's order (a simulation it leaves out, as a new one may
    // be, breaks nothing); a name it does not know is already refused by `load`.
    let places: Vec<Option<usize>> =
        sims.iter().map(|s| chainlab::registry::NAMES.iter().position(|n| n == s)).collect();
    assert!(places.iter().all(Option::is_some), "the lecture names {sims:?}");
    assert!(places.windows(2).all(|w| w[0] < w[1]), "the lecture runs through {sims:?}, not in the registry's order");
    assert!(sims.len() >= 2, "the lecture visits {sims:?}");
}
