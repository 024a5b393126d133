//! Fuzzing in CI (issue 18): the saved corpus of interesting inputs for every parser that
//! takes outside input, and a short seeded run of the structure-aware generator. The long
//! campaign (a million cases per parser) is `cargo run --release --example fuzz -- --cases
//! 1000000`; see examples/fuzz.rs and tests/fuzz/gen.rs.
//!
//! Corpus files (`tests/fuzz/corpus/<parser>.txt`): one case a line, either a JSON string
//! (the input itself) or, for very long inputs, a JSON object `{"prefix", "item", "times",
//! "sep", "suffix"}`: `item` repeated `times` times joined by `sep`, where `{i}` in the item
//! counts down from `times` to 1 (the order that made an insertion sort quadratic).

#[path = "fuzz/gen.rs"]
mod gen;

use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn expand(line: &str) -> String {
    match serde_json::from_str::<Value>(line).expect("a corpus line is JSON") {
        Value::String(s) => s,
        Value::Object(o) => {
            let s = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let times = o.get("times").and_then(Value::as_u64).expect("times") as usize;
            let item = s("item");
            let items: Vec<String> = (0..times).map(|k| item.replace("{i}", &(times - k).to_string())).collect();
            format!("{}{}{}", s("prefix"), items.join(&s("sep")), s("suffix"))
        }
        other => panic!("a corpus line is a string or an object, not {other}"),
    }
}

fn run(parser: &str, input: &str) -> Result<(), String> {
    match catch_unwind(AssertUnwindSafe(|| gen::check(parser, input))) {
        Ok(r) => r,
        Err(p) => Err(format!(
            "panicked: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

fn short(s: &str) -> String {
    let head: String = s.chars().take(160).collect();
    if head.len() < s.len() {
        format!("{head:?}… ({} bytes)", s.len())
    } else {
        format!("{head:?}")
    }
}

#[test]
fn corpus_of_every_parser() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus");
    let mut failures = Vec::new();
    let mut count = 0;
    for parser in gen::PARSERS {
        let text = std::fs::read_to_string(dir.join(format!("{parser}.txt")))
            .unwrap_or_else(|e| panic!("tests/fuzz/corpus/{parser}.txt: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let input = expand(line);
            count += 1;
            if let Err(e) = run(parser, &input) {
                failures.push(format!("{parser} {}: {e}", short(&input)));
            }
        }
    }
    assert!(count > 100, "the corpus has {count} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn generated_cases_of_every_parser() {
    // A different seed from the long campaign's default (1), so CI adds new cases each time
    // the generator changes rather than repeating the campaign's first ones.
    let cases: u64 = std::env::var("CHAINLAB_FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let mut failures = Vec::new();
    for parser in gen::PARSERS {
        for n in 0..cases {
            let input = gen::generate(2026, parser, n);
            if let Err(e) = run(parser, &input) {
                failures.push(format!("{parser} case {n} (seed 2026) {}: {e}", short(&input)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn notices_are_bounded_in_number_and_length() {
    use chainlab::query::consensus::ConsensusState;
    use chainlab::query::{Query, MAX_NOTICES, MAX_NOTICE_CHARS};
    let many: Vec<String> = (0..500).map(|i| format!("x{i}=1")).collect();
    let (_, n) = ConsensusState::from_query(&Query::parse(&many.join("&")));
    assert_eq!(n.len(), MAX_NOTICES);
    assert!(n[MAX_NOTICES - 1].message.contains(&format!("{} more", 500 - (MAX_NOTICES - 1))), "{:?}", n.last());
    let long = format!("n={}", "9".repeat(100_000));
    let (_, n) = ConsensusState::from_query(&Query::parse(&long));
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "n");
    assert!(n[0].message.chars().count() < MAX_NOTICE_CHARS && n[0].message.contains('…'), "{:?}", n[0]);
    assert!(n[0].message.starts_with("n = 9999"), "the notice still shows the value's start: {:?}", n[0]);
    assert!(n[0].message.contains("(100,000 characters) is outside 2..20,000"), "its length and the rule: {:?}", n[0]);
    assert!(n[0].message.ends_with("using the default, 400"), "and says what it used: {:?}", n[0]);
}

#[test]
fn a_link_with_thousands_of_whatifs_applies_the_first_few_hundred() {
    use chainlab::query::validators::{ValidatorsState, MAX_WHATIFS};
    use chainlab::query::Query;
    let list: Vec<String> = (1..=50_000).rev().map(|e| format!("r@{}", e % 20_000)).collect();
    let (s, n) = ValidatorsState::from_query(&Query::parse(&format!("epochs=20000&whatif={}", list.join(","))));
    assert_eq!(s.params.whatifs.len(), MAX_WHATIFS);
    assert!(s.params.whatifs.windows(2).all(|w| w[0].epoch <= w[1].epoch), "sorted by epoch");
    assert_eq!(s.params.whatifs[0].epoch, 0);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "whatif");
}
