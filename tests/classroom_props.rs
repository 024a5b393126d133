//! Property tests of the classroom's two parsers of outside input: the embed
//! API's postMessage commands (`parse_incoming`, fed whatever an embedding
//! page sends) and playlist files (`Playlist::parse`, fed whatever a lecturer
//! loads). Neither may panic on any input; every valid input round-trips;
//! whatever is accepted keeps the documented limits.

use chainlab::classroom::{
    parse_incoming, Cue, Incoming, Playlist, Predict, MAX_CUES, MAX_CUE_STEP, MAX_PARAMS_LEN, SHELL_KEYS, SIMS,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The keys the parsers know (the embed API's and a playlist's).
const KEYS: &[&str] =
    &["chainlab", "command", "step", "params", "title", "cues", "sim", "seed", "at", "from", "caption", "predict"];

/// Words the parsers know as values (commands, a simulation).
const WORDS: &[&str] = &["play", "seek", "set", "consensus"];

/// One of `known` or else what the regex `other` makes, each of the known
/// as likely as `other`.
fn known_or(known: &'static [&'static str], other: &'static str) -> impl Strategy<Value = String> + Clone {
    let n = u32::try_from(known.len()).expect("a short list");
    prop_oneof![n => prop::sample::select(known).prop_map(str::to_string), 1 => other]
}

/// Any JSON value, nested a few levels, with keys the parsers know mixed in
/// so the search reaches past the first field check.
fn any_json() -> impl Strategy<Value = Value> {
    let key = known_or(KEYS, "[a-z]{0,6}");
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|x| json!(x)),
        known_or(WORDS, ".{0,12}").prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A query string a page might take: keys and values from a URL-safe
/// alphabet, never a shell key, never a '#' or a leading '?'.
fn page_params() -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(("[a-z]{1,5}", "[a-zA-Z0-9.%-]{0,6}"), 0..6).prop_map(|kv| {
        kv.into_iter()
            .filter(|(k, _)| !SHELL_KEYS.contains(&k.as_str()) && k != "seed" && k != "at")
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn valid_incoming() -> impl Strategy<Value = Incoming> {
    prop_oneof![
        Just(Incoming::Play),
        Just(Incoming::Pause),
        Just(Incoming::Step),
        Just(Incoming::Back),
        Just(Incoming::Reset),
        (0..=MAX_CUE_STEP).prop_map(Incoming::Seek),
        page_params().prop_map(Incoming::SetParams),
    ]
}

/// The message an embedding page sends for a command (docs/embed.md).
fn message(c: &Incoming) -> Value {
    match c {
        Incoming::Play => json!({"chainlab": 1, "command": "play"}),
        Incoming::Pause => json!({"chainlab": 1, "command": "pause"}),
        Incoming::Step => json!({"chainlab": 1, "command": "step"}),
        Incoming::Back => json!({"chainlab": 1, "command": "back"}),
        Incoming::Reset => json!({"chainlab": 1, "command": "reset"}),
        Incoming::Seek(s) => json!({"chainlab": 1, "command": "seek", "step": s}),
        Incoming::SetParams(p) => json!({"chainlab": 1, "command": "set", "params": p}),
    }
}

fn valid_cue() -> impl Strategy<Value = Cue> {
    let predict = (prop::collection::vec(".{0,10}", 2..=6), any::<prop::sample::Index>(), ".{0,10}", ".{0,20}")
        .prop_map(|(choices, i, question, why)| Predict { answer: i.index(choices.len()), choices, question, why });
    (
        prop::sample::select(SIMS.to_vec()),
        0..=chainlab::json::MAX_EXACT,
        page_params(),
        0..=MAX_CUE_STEP,
        prop::option::of(any::<prop::sample::Index>()),
        ".{0,40}",
        prop::option::of(predict),
    )
        .prop_map(|(sim, seed, params, at, from, caption, predict)| Cue {
            sim: sim.to_string(),
            seed,
            params,
            at,
            from: from.map(|i| i.index(at as usize + 1) as u32),
            caption,
            predict,
        })
}

fn valid_playlist() -> impl Strategy<Value = Playlist> {
    (".{0,20}", prop::collection::vec(valid_cue(), 1..=8)).prop_map(|(title, cues)| Playlist { title, cues })
}

/// What an accepted playlist promises the pages that open its cues.
fn keeps_the_limits(p: &Playlist) -> Result<(), TestCaseError> {
    prop_assert!(!p.cues.is_empty() && p.cues.len() <= MAX_CUES);
    for c in &p.cues {
        prop_assert!(SIMS.contains(&c.sim.as_str()), "{:?}", c.sim);
        prop_assert!(c.at <= MAX_CUE_STEP);
        prop_assert!(c.from.is_none_or(|f| f <= c.at));
        prop_assert!(!c.params.contains('#') && !c.params.starts_with('?'));
        if let Some(q) = &c.predict {
            prop_assert!((2..=6).contains(&q.choices.len()) && q.answer < q.choices.len());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parse_incoming_never_panics_on_any_text(s in "\\PC{0,80}") {
        let _ = parse_incoming(&s);
    }

    #[test]
    fn parse_incoming_never_panics_on_any_json(v in any_json()) {
        if let Ok(c) = parse_incoming(&v.to_string()) {
            // Whatever it accepts is within the documented limits.
            match c {
                Incoming::Seek(s) => prop_assert!(s <= MAX_CUE_STEP),
                Incoming::SetParams(p) => prop_assert!(p.len() <= MAX_PARAMS_LEN && !p.contains('#')),
                _ => {}
            }
        }
    }

    #[test]
    fn every_valid_command_round_trips(c in valid_incoming()) {
        prop_assert_eq!(parse_incoming(&message(&c).to_string()), Ok(c.clone()));
        // One extra field, or another API version, and it is refused.
        let mut extra = message(&c);
        extra["extra"] = json!(1);
        prop_assert!(parse_incoming(&extra.to_string()).is_err());
        let mut v2 = message(&c);
        v2["chainlab"] = json!(2);
        prop_assert!(parse_incoming(&v2.to_string()).is_err());
    }

    #[test]
    fn a_seek_past_the_limit_is_refused(s in (MAX_CUE_STEP + 1)..=u32::MAX) {
        let m = json!({"chainlab": 1, "command": "seek", "step": s}).to_string();
        prop_assert!(parse_incoming(&m).is_err(), "accepted {}", m);
    }

    #[test]
    fn a_set_of_a_shell_key_is_refused(k in prop::sample::select(SHELL_KEYS.to_vec()), before in page_params()) {
        let params = if before.is_empty() { format!("{k}=1") } else { format!("{before}&{k}=1") };
        let m = json!({"chainlab": 1, "command": "set", "params": params}).to_string();
        prop_assert!(parse_incoming(&m).is_err(), "accepted {}", m);
    }

    #[test]
    fn playlist_parse_never_panics_on_any_text(s in "\\PC{0,120}") {
        if let Ok(p) = Playlist::parse(&s) {
            keeps_the_limits(&p)?;
        }
    }

    #[test]
    fn playlist_parse_never_panics_on_any_json(v in any_json()) {
        if let Ok(p) = Playlist::parse(&v.to_string()) {
            keeps_the_limits(&p)?;
        }
    }

    #[test]
    fn every_valid_playlist_round_trips(p in valid_playlist()) {
        prop_assert_eq!(Playlist::parse(&p.to_json()), Ok(p.clone()));
        prop_assert_eq!(Playlist::parse(&serde_json::to_string(&p).unwrap()), Ok(p.clone()));
        // And a cue past the limits makes the whole file an error.
        let mut bad = p.clone();
        bad.cues[0].at = MAX_CUE_STEP + 1;
        prop_assert!(Playlist::parse(&bad.to_json()).is_err());
        let mut bad = p;
        bad.cues[0].sim = "nowhere".into();
        prop_assert!(Playlist::parse(&bad.to_json()).is_err());
    }
}
