//! Structure-aware fuzzing of every parser that takes outside input (issue 18), shared by
//! the seeded million-case runner (`examples/fuzz.rs`) and the regression test CI runs
//! (`tests/fuzz.rs`, over the corpus in `tests/fuzz/corpus/`).
//!
//! Parsers:
//! - `consensus`, `rollup`, `swap`, `stablecoin`, `validators`: a whole location fragment as
//!   the app reads it (`split_hash` for the shell's keys, the playlist it names, `parse_hash`,
//!   the page's `from_query`);
//! - `playlist`: a playlist or tour file (`Playlist::parse`, and `load` of a URL's `playlist=`);
//! - `incoming`: an embedding page's postMessage, as JSON text (`parse_incoming`);
//! - `whatif`, `val`, `cong`, `bad`: one parameter's value, through its page's reader (and
//!   `WhatIf::parse_list` itself).
//!
//! The inputs are mostly well-formed in shape (known keys, JSON with the right fields) with
//! hostile values: boundaries and overflows, NaN and infinities, repeated keys, unicode,
//! broken percent-encoding, long and very long strings. Each case is made from its own seed
//! (`case_rng`), so any case can be replayed from its number.
//!
//! [`check`] runs one case and returns what it found wrong besides a panic (the caller
//! catches those): a notice list the page could not show (more than
//! `query::MAX_NOTICES`, or one longer than `query::MAX_NOTICE_CHARS`), or a state whose own
//! link does not read back as itself without notices.

#![allow(dead_code)]

use chainlab::classroom::{self, parse_incoming, split_hash, Playlist, SHELL_KEYS, SIMS};
use chainlab::query::consensus::ConsensusState;
use chainlab::query::rollup::RollupState;
use chainlab::query::stablecoin::StablecoinState;
use chainlab::query::swap::SwapState;
use chainlab::query::validators::ValidatorsState;
use chainlab::query::{parse_hash, Notice, Query, Route, MAX_NOTICES, MAX_NOTICE_CHARS};
use chainlab::sim::validators::WhatIf;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg32;
use serde_json::{json, Value};

pub const PARSERS: [&str; 11] =
    ["consensus", "rollup", "swap", "stablecoin", "validators", "playlist", "incoming", "whatif", "val", "cong", "bad"];

thread_local! {
    /// Whether the value being made may be long (off inside a query of many pairs).
    static BIG: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// The generator for case `i` of `parser` in the run seeded `seed`.
pub fn case_rng(seed: u64, parser: &str, i: u64) -> Pcg32 {
    let p = PARSERS.iter().position(|&x| x == parser).unwrap_or(99) as u64;
    Pcg32::seed_from_u64(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (p << 56) ^ i)
}

fn pick<'a>(rng: &mut Pcg32, xs: &[&'a str]) -> &'a str {
    xs[rng.random_range(0..xs.len())]
}

/// Each page's keys (what its `to_query` writes, and the optional ones).
fn page_keys(page: &str) -> Vec<&'static str> {
    let keys: &[&'static str] = match page {
        "consensus" => &[
            "seed", "proto", "n", "k", "ap", "ac", "beta", "m", "colours", "split", "byz", "adv", "drop", "max",
            "view", "runs", "speed", "sv", "sn", "ss", "bad", "at",
        ],
        "rollup" => &[
            "seed",
            "tps",
            "traffic",
            "delay",
            "data",
            "q",
            "gas",
            "blobgas",
            "fork",
            "demand",
            "window",
            "arity",
            "attackers",
            "fault",
            "fbatch",
            "mint",
            "val",
            "speed",
            "squeeze",
            "at",
        ],
        "swap" => &[
            "seed",
            "scenario",
            "abt",
            "bbt",
            "ajit",
            "amem",
            "bmem",
            "tai",
            "tpa",
            "slen",
            "bcheck",
            "ilock",
            "iredeem",
            "irefund",
            "idelay",
            "ioff",
            "iredeemat",
            "plock",
            "predeem",
            "prefund",
            "pdelay",
            "poff",
            "predeemat",
            "cchain",
            "cong",
            "speed",
            "at",
        ],
        "stablecoin" => {
            let mut k = vec!["seed", "scenario", "speed", "at"];
            k.extend(chainlab::sim::stablecoin::PARAMS.iter().map(|s| s.key));
            return k;
        }
        "validators" => &[
            "seed", "n", "ops", "dist", "alpha", "big", "bigshare", "fork", "off", "lone", "epochs", "price", "depth",
            "p0", "cost", "patience", "whatif", "outage", "oshare", "ofrom", "speed", "at",
        ],
        _ => &[],
    };
    keys.to_vec()
}

/// Every name a choice parameter of any page accepts, and near misses.
const NAMES: &[&str] = &[
    "slush",
    "snowflake",
    "snowball",
    "minority",
    "balance",
    "contrarian",
    "network",
    "compare",
    "experiment",
    "subnets",
    "auto",
    "calldata",
    "blobs",
    "cancun",
    "prague",
    "bpo1",
    "bpo2",
    "none",
    "wrong",
    "1b",
    "1m",
    "10m",
    "1h",
    "1d",
    "max",
    "0.25",
    "0.5",
    "1",
    "2",
    "4",
    "8",
    "16",
    "happy",
    "terra-may-2022",
    "equal",
    "powerlaw",
    "delegation",
    "real",
    "phase0",
    "altair",
    "bellatrix",
    "electra",
    "stable",
    "decline",
    "collapse",
    "stablecoin:terra-may-2022",
    "stablecoin:",
    "offline",
    "partition",
    "A",
    "B",
    "a",
    "SNOWBALL",
    " snowball ",
    "snow\u{0}ball",
    "max ",
    "happy-path",
    "participant-never-locks",
    "initiator-never-redeems",
    "misordered-timelocks",
    "participant-offline",
    "wrong-secret-length",
    "congestion",
    "calm",
    "larger-reserve",
    "lower-mint-cap",
    "no-yield",
    "on",
    "off",
    "late:",
    "true",
    "false",
];

const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "3",
    "4",
    "7",
    "12",
    "20",
    "64",
    "65",
    "100",
    "119",
    "120",
    "121",
    "255",
    "256",
    "999",
    "1000",
    "1001",
    "4999",
    "5000",
    "5001",
    "9999",
    "10000",
    "10001",
    "20000",
    "20001",
    "21600",
    "21601",
    "65535",
    "65536",
    "99999",
    "100000",
    "100001",
    "1000000",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9007199254740993",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775809",
    "340282366920938463463374607431768211456",
    "0.0",
    "0.5",
    "0.9",
    "0.90000000000000001",
    "0.99",
    "1.0",
    "1e0",
    "1e2",
    "1e-320",
    "5e-324",
    "1e308",
    "1.7976931348623157e308",
    "1e309",
    "-1e309",
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "Infinity",
    "infinity",
    "+1",
    "+inf",
    "1.",
    ".5",
    "-.0",
    "0x10",
    "0b1",
    "1_000",
    "1,000",
    "1 000",
    " 7 ",
    "\t7",
    "7\n",
    "٣",
    "１",
    "1e",
    "e1",
    "--1",
    "1-",
    "0.1.2",
    "00000000000000000000000000000000000001",
];

const UNICODE: &[&str] = &[
    "é",
    "ß",
    "Ω",
    "ﬀ",
    "🦀",
    "👩‍👩‍👧",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "\u{0}",
    "\u{1}",
    "\u{7F}",
    "\u{301}",
    "漢字",
    "עברית",
    "\\",
    "\"",
    "'",
    "<script>alert(1)</script>",
    "<b>",
    "</li>",
    "{{",
    "}}",
    "${x}",
    "%s",
    "\r\n",
    " ",
];

const PERCENT: &[&str] = &[
    "%",
    "%%",
    "%2",
    "%zz",
    "%FF",
    "%C3%28",
    "%E2%82",
    "%F0%9F%A6%80",
    "%00",
    "%26",
    "%3D",
    "%23",
    "%3F",
    "%2B",
    "+",
    "%20",
    "%0A",
    "%ED%A0%80",
    "%C0%AF",
    "&",
    "=",
    "&&",
    "==",
    "#",
    "?",
    ";",
    "#/swap?",
    "?#",
];

fn number(rng: &mut Pcg32) -> String {
    match rng.random_range(0..6) {
        0 | 1 => pick(rng, NUMBERS).to_string(),
        2 => rng.random_range(0u64..200).to_string(),
        3 => rng.random::<u64>().to_string(),
        4 => format!("{}", rng.random_range(-2.0f64..2.0)),
        _ => format!("{:e}", f64::from_bits(rng.random::<u64>())),
    }
}

fn junk(rng: &mut Pcg32, max: usize) -> String {
    let n = rng.random_range(0..=max);
    let mut s = String::new();
    for _ in 0..n {
        match rng.random_range(0..4) {
            0 => s.push_str(pick(rng, UNICODE)),
            1 => s.push_str(pick(rng, PERCENT)),
            2 => s.push(char::from_u32(rng.random_range(0u32..0x11_0000)).unwrap_or('\u{FFFD}')),
            _ => s.push(rng.random_range(b' '..=b'~') as char),
        }
    }
    s
}

/// A comma list of `item`s: usually short, rarely many thousands (quadratic work shows there).
fn list(rng: &mut Pcg32, item: fn(&mut Pcg32) -> String) -> String {
    let big = BIG.with(|b| b.get());
    let n = match rng.random_range(0..100) {
        0 if big => rng.random_range(1_000..60_000),
        1..=5 => rng.random_range(20..300),
        _ => rng.random_range(0..8),
    };
    let sep = if rng.random_bool(0.9) { "," } else { pick(rng, &[",,", " , ", ";", "%2C", ", "]) };
    let mut out = Vec::with_capacity(n);
    if n > 200 && rng.random_bool(0.5) {
        // The same item over and over, or a strictly descending run: the worst orders.
        let one = item(rng);
        let descending = rng.random_bool(0.5);
        for i in 0..n {
            out.push(if descending {
                one.replace(|c: char| c.is_ascii_digit(), "") + &(n - i).to_string()
            } else {
                one.clone()
            });
        }
    } else {
        for _ in 0..n {
            out.push(item(rng));
        }
    }
    out.join(sep)
}

fn whatif_item(rng: &mut Pcg32) -> String {
    let code = if rng.random_bool(0.85) { pick(rng, &["r", "m", "s"]).to_string() } else { junk(rng, 2) };
    let at = if rng.random_bool(0.1) {
        "".to_string()
    } else if rng.random_bool(0.7) {
        rng.random_range(0u32..7000).to_string()
    } else {
        number(rng)
    };
    let sep = if rng.random_bool(0.95) { "@" } else { pick(rng, &["@@", "", " @ ", "at"]) };
    format!("{code}{sep}{at}")
}

fn val_item(rng: &mut Pcg32) -> String {
    match rng.random_range(0..6) {
        0 => "on".into(),
        1 => "off".into(),
        2 => format!("late:{}", rng.random_range(0u64..100_000)),
        3 => format!("late:{}", number(rng)),
        4 => format!("{}:{}", pick(rng, &["late", "LATE", "early", ""]), junk(rng, 4)),
        _ => junk(rng, 6),
    }
}

fn window_value(rng: &mut Pcg32) -> String {
    match rng.random_range(0..6) {
        0 => "none".into(),
        1 => format!("{}-{}", rng.random_range(0u64..1_300_000), rng.random_range(0u64..1_300_000)),
        2 => format!("{}-{}", number(rng), number(rng)),
        3 => format!("{}--{}", number(rng), number(rng)),
        4 => format!("{}-{}-{}", number(rng), number(rng), number(rng)),
        _ => junk(rng, 8),
    }
}

fn bad_item(rng: &mut Pcg32) -> String {
    if rng.random_bool(0.7) {
        rng.random_range(0u32..130).to_string()
    } else {
        number(rng)
    }
}

/// A hostile value for a query parameter.
pub fn value(rng: &mut Pcg32) -> String {
    match rng.random_range(0..40) {
        0..=9 => number(rng),
        10..=13 => pick(rng, NAMES).to_string(),
        14 => list(rng, bad_item),
        15 => list(rng, whatif_item),
        16 => list(rng, val_item),
        17 => window_value(rng),
        18..=20 => junk(rng, 12),
        21 => String::new(),
        22 => {
            // Long: a long number, a long name or long junk.
            let n = rng.random_range(100..if BIG.with(|b| b.get()) { 20_000 } else { 300 });
            match rng.random_range(0..3) {
                0 => "9".repeat(n),
                1 => "a".repeat(n),
                _ => pick(rng, UNICODE).repeat(n / 4 + 1),
            }
        }
        23 => format!("{}{}", number(rng), junk(rng, 3)),
        24 => format!("{}{}", junk(rng, 2), pick(rng, NAMES)),
        _ => rng.random_range(0u32..100).to_string(),
    }
}

fn encode(rng: &mut Pcg32, s: &str) -> String {
    if rng.random_bool(0.6) {
        form_urlencoded::byte_serialize(s.as_bytes()).collect()
    } else {
        s.to_string()
    }
}

/// A query for `page`: its keys (and others') with hostile values, repeated keys, junk pairs.
pub fn query(rng: &mut Pcg32, page: &str) -> String {
    let keys = page_keys(page);
    let n = match rng.random_range(0..200) {
        0 => rng.random_range(500..5_000),
        1..=10 => rng.random_range(30..120),
        _ => rng.random_range(0..14),
    };
    // Many pairs, or long values, not both: a query of thousands of long lists would take
    // seconds to make (the parsers' cost in each is covered by cases with one of them).
    let was = BIG.with(|b| b.replace(n <= 30));
    let mut pairs: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        let key = match rng.random_range(0..20) {
            0..=13 if !keys.is_empty() => pick(rng, &keys).to_string(),
            14 => pick(rng, &SHELL_KEYS).to_string(),
            15 => {
                let other = pick(rng, &SIMS);
                pick(rng, &page_keys(other)).to_string()
            }
            16 => junk(rng, 6),
            17 => "".into(),
            _ => pick(rng, &keys).to_uppercase(),
        };
        let pair = match rng.random_range(0..20) {
            0 => key.clone(),
            1 => format!("{key}="),
            2 => format!("={}", value(rng)),
            3 => format!("{key}=={}", value(rng)),
            _ => {
                let v = value(rng);
                format!("{}={}", encode(rng, &key), encode(rng, &v))
            }
        };
        pairs.push(pair);
    }
    BIG.with(|b| b.set(was));
    let sep = if rng.random_bool(0.95) { "&" } else { pick(rng, &["&&", ";", "&amp;", "%26"]) };
    pairs.join(sep)
}

/// A location fragment for `page`, with or without the shell's keys and a bad path.
pub fn hash(rng: &mut Pcg32, page: &str) -> String {
    let path = match rng.random_range(0..30) {
        0 => format!("/{}", junk(rng, 6)),
        1 => format!("{page}/"),
        2 => format!("//{page}"),
        3 => format!("/{}", page.to_uppercase()),
        4 => format!("/{page}%2F"),
        _ => format!("/{page}"),
    };
    let mut q = query(rng, page);
    if rng.random_bool(0.1) {
        let extra = match rng.random_range(0..6) {
            0 => {
                let p = playlist_json(rng);
                format!("playlist={}", encode(rng, &p))
            }
            1 => {
                let p = pick(rng, &["consensus", "lecture", "tour-swap", "nope", "{", "{}"]);
                format!("playlist={}", encode(rng, p))
            }
            2 => {
                let v = value(rng);
                format!("tour={}", encode(rng, &v))
            }
            3 => format!("cue={}", value(rng)),
            4 => format!("embed={}", value(rng)),
            _ => format!("present={}", value(rng)),
        };
        q = if q.is_empty() { extra } else { format!("{q}&{extra}") };
    }
    match rng.random_range(0..20) {
        0 => format!("#{path}"),
        1 => format!("{path}?{q}"),
        2 => format!("#{path}?{q}?{q}"),
        3 => format!("#{path}?{q}#{}", junk(rng, 4)),
        _ => format!("#{path}?{q}"),
    }
}

fn json_junk(rng: &mut Pcg32, depth: u32) -> Value {
    match rng.random_range(0..if depth > 3 { 6 } else { 9 }) {
        0 => Value::Null,
        1 => json!(rng.random_bool(0.5)),
        2 => json!(rng.random::<i64>()),
        3 => json!(rng.random_range(-1e300f64..1e300)),
        4 => json!(junk(rng, 8)),
        5 => json!(number(rng)),
        6 => Value::Array((0..rng.random_range(0..4)).map(|_| json_junk(rng, depth + 1)).collect()),
        7 => {
            let mut m = serde_json::Map::new();
            for _ in 0..rng.random_range(0..4) {
                m.insert(junk(rng, 4), json_junk(rng, depth + 1));
            }
            Value::Object(m)
        }
        _ => json!(u64::MAX),
    }
}

/// A JSON number-ish value for a field that wants a whole number.
fn json_count(rng: &mut Pcg32, typical: u64) -> Value {
    match rng.random_range(0..12) {
        0 => json!(-1),
        1 => json!(u64::MAX),
        2 => json!(u32::MAX),
        3 => json!(u32::MAX as u64 + 1),
        4 => json!(1.5),
        5 => json!(number(rng)),
        6 => json_junk(rng, 3),
        7 => json!(100_001),
        _ => json!(rng.random_range(0..=typical)),
    }
}

fn json_text(rng: &mut Pcg32) -> Value {
    match rng.random_range(0..10) {
        0 => json!(junk(rng, 40)),
        1 if BIG.with(|b| b.get()) => json!("x".repeat(rng.random_range(1_000..50_000))),
        2 => json_junk(rng, 3),
        _ => json!(format!("Cue text {}", rng.random_range(0..100))),
    }
}

/// Drops a field, adds an unknown one or a wrong-typed one, now and then.
fn mangle(rng: &mut Pcg32, v: &mut Value) {
    let Some(m) = v.as_object_mut() else { return };
    if rng.random_bool(0.08) && !m.is_empty() {
        let keys: Vec<String> = m.keys().cloned().collect();
        m.remove(&keys[rng.random_range(0..keys.len())]);
    }
    if rng.random_bool(0.05) {
        m.insert(junk(rng, 5), json_junk(rng, 2));
    }
    if rng.random_bool(0.05) && !m.is_empty() {
        let keys: Vec<String> = m.keys().cloned().collect();
        m.insert(keys[rng.random_range(0..keys.len())].clone(), json_junk(rng, 2));
    }
}

fn cue(rng: &mut Pcg32) -> Value {
    let sim = if rng.random_bool(0.9) { pick(rng, &SIMS).to_string() } else { junk(rng, 6) };
    let params = if rng.random_bool(0.3) {
        String::new()
    } else {
        let page = if SIMS.contains(&sim.as_str()) { sim.clone() } else { pick(rng, &SIMS).to_string() };
        query(rng, &page)
    };
    let mut c = json!({
        "sim": sim,
        "seed": json_count(rng, 1000),
        "params": if rng.random_bool(0.95) { json!(params) } else { json_junk(rng, 2) },
        "at": json_count(rng, 3000),
        "caption": json_text(rng),
    });
    if rng.random_bool(0.3) {
        c["from"] = json_count(rng, 3000);
    }
    if rng.random_bool(0.3) {
        let n = rng.random_range(0..9);
        let mut p = json!({
            "question": json_text(rng),
            "choices": (0..n).map(|_| json_text(rng)).collect::<Vec<_>>(),
            "answer": json_count(rng, 8),
            "why": json_text(rng),
        });
        mangle(rng, &mut p);
        c["predict"] = p;
    }
    mangle(rng, &mut c);
    c
}

/// A playlist or tour file: valid in shape, hostile in content, sometimes cut or spliced.
pub fn playlist_json(rng: &mut Pcg32) -> String {
    let n = match rng.random_range(0..50) {
        0 => 0,
        1 => rng.random_range(55..200),
        _ => rng.random_range(1..8),
    };
    let was = BIG.with(|b| b.replace(n <= 8));
    let mut p = json!({ "title": json_text(rng), "cues": (0..n).map(|_| cue(rng)).collect::<Vec<_>>() });
    BIG.with(|b| b.set(was));
    mangle(rng, &mut p);
    let mut text = if rng.random_bool(0.5) { p.to_string() } else { serde_json::to_string_pretty(&p).unwrap() };
    match rng.random_range(0..30) {
        0 if !text.is_empty() => {
            let mut cut = rng.random_range(0..text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        1 => text = format!("{}{text}{}", "[".repeat(rng.random_range(1..300)), "]".repeat(rng.random_range(0..300))),
        2 => text = text.replacen("\"cues\"", "\"cues\": [], \"cues\"", 1),
        3 => text = text.replacen("\"title\"", "\"title\": \"a\", \"title\"", 1),
        4 => text = format!("\u{FEFF}{text}"),
        5 => text.push_str(&junk(rng, 5)),
        6 => text = text.replace(':', &format!(":{}", pick(rng, &["", " ", "-", "0"]))),
        _ => {}
    }
    text
}

/// An embedding page's message, as the JSON text `JSON.stringify` makes of it.
pub fn incoming_json(rng: &mut Pcg32) -> String {
    let command = if rng.random_bool(0.85) {
        pick(rng, &["play", "pause", "step", "back", "reset", "seek", "set"]).to_string()
    } else {
        junk(rng, 8)
    };
    let mut m = json!({
        "chainlab": if rng.random_bool(0.85) { json!(1) } else { json_count(rng, 3) },
        "command": if rng.random_bool(0.95) { json!(command) } else { json_junk(rng, 2) },
    });
    if rng.random_bool(0.4) {
        m["step"] = json_count(rng, 200_000);
    }
    if rng.random_bool(0.4) {
        m["params"] = if rng.random_bool(0.9) {
            {
                let page = pick(rng, &SIMS);
                json!(query(rng, page))
            }
        } else {
            json_junk(rng, 2)
        };
    }
    mangle(rng, &mut m);
    let mut text = m.to_string();
    match rng.random_range(0..30) {
        0 => text = json_junk(rng, 0).to_string(),
        1 => text = "\"play\"".into(),
        2 => text = format!("[{text}]"),
        3 => text = text.replacen("\"command\"", "\"command\":\"play\",\"command\"", 1),
        4 => {
            let mut cut = text.len() / 2;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        5 => {
            text =
                format!("{}{text}{}", "{\"a\":".repeat(rng.random_range(1..200)), "}".repeat(rng.random_range(0..200)))
        }
        _ => {}
    }
    text
}

/// Case `i`'s input for `parser`.
pub fn generate(seed: u64, parser: &str, i: u64) -> String {
    let rng = &mut case_rng(seed, parser, i);
    match parser {
        "playlist" => playlist_json(rng),
        "incoming" => incoming_json(rng),
        "whatif" => {
            if rng.random_bool(0.8) {
                list(rng, whatif_item)
            } else {
                value(rng)
            }
        }
        "val" => {
            if rng.random_bool(0.8) {
                list(rng, val_item)
            } else {
                value(rng)
            }
        }
        "cong" => {
            if rng.random_bool(0.8) {
                window_value(rng)
            } else {
                value(rng)
            }
        }
        "bad" => {
            if rng.random_bool(0.8) {
                list(rng, bad_item)
            } else {
                value(rng)
            }
        }
        page => hash(rng, page),
    }
}

fn notices_fit(where_: &str, n: &[Notice]) -> Result<(), String> {
    if n.len() > MAX_NOTICES {
        return Err(format!("{where_}: {} notices (at most {MAX_NOTICES} are shown)", n.len()));
    }
    for x in n {
        let len = x.param.chars().count() + x.message.chars().count();
        if len > MAX_NOTICE_CHARS {
            return Err(format!("{where_}: a notice of {len} characters (at most {MAX_NOTICE_CHARS})"));
        }
    }
    Ok(())
}

/// Reads `q` with a page's reader, checks its notices, then checks that the state's own link
/// reads back as the same state without a notice.
fn page<S: PartialEq + std::fmt::Debug>(
    name: &str,
    q: &Query,
    read: fn(&Query) -> (S, Vec<Notice>),
    write: fn(&S) -> String,
) -> Result<(), String> {
    let (s, n) = read(q);
    notices_fit(name, &n)?;
    let link = write(&s);
    let (back, n2) = read(&Query::parse(&link));
    if !n2.is_empty() {
        return Err(format!("{name}: its own link {link:?} gives notices {n2:?}"));
    }
    if back != s {
        return Err(format!("{name}: its own link {link:?} reads back as another state"));
    }
    Ok(())
}

fn page_query(name: &str, q: &Query) -> Result<(), String> {
    match name {
        "consensus" => page(name, q, ConsensusState::from_query, ConsensusState::to_query),
        "rollup" => page(name, q, RollupState::from_query, RollupState::to_query),
        "swap" => page(name, q, SwapState::from_query, SwapState::to_query),
        "stablecoin" => page(name, q, StablecoinState::from_query, StablecoinState::to_query),
        "validators" => page(name, q, ValidatorsState::from_query, ValidatorsState::to_query),
        _ => Ok(()),
    }
}

fn with(key: &str, value: &str, rest: &str) -> Query {
    let v: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
    Query::parse(&format!("{rest}&{key}={v}"))
}

/// Runs one case. Panics propagate (the caller catches them); anything else wrong is an `Err`.
pub fn check(parser: &str, input: &str) -> Result<(), String> {
    match parser {
        "playlist" => {
            if let Ok(p) = Playlist::parse(input) {
                // A file that parses opens every cue's link without a panic.
                for c in &p.cues {
                    let (route, q) = parse_hash(&format!("#{}?{}", c.path(), c.query(c.at)));
                    let name = route.path().trim_start_matches('/').to_string();
                    let (s, n) = match name.as_str() {
                        "consensus" => (0, ConsensusState::from_query(&q).1),
                        "rollup" => (0, RollupState::from_query(&q).1),
                        "swap" => (0, SwapState::from_query(&q).1),
                        "stablecoin" => (0, StablecoinState::from_query(&q).1),
                        "validators" => (0, ValidatorsState::from_query(&q).1),
                        _ => return Err(format!("a cue opens {route:?}")),
                    };
                    let _ = s;
                    notices_fit("playlist cue", &n)?;
                }
                let again = Playlist::parse(&p.to_json()).map_err(|e| format!("its own JSON does not parse: {e}"))?;
                if again != p {
                    return Err("its own JSON reads back as another playlist".into());
                }
            }
            let _ = classroom::load(input);
            Ok(())
        }
        "incoming" => {
            let _ = parse_incoming(input);
            Ok(())
        }
        "whatif" => {
            let _ = WhatIf::parse_list(input);
            page_query("validators", &with("whatif", input, ""))?;
            page_query("validators", &with("whatif", input, "epochs=1"))
        }
        "val" => page_query("rollup", &with("val", input, "")),
        "cong" => {
            page_query("swap", &with("cong", input, ""))?;
            page_query("swap", &with("ioff", input, "cchain=B"))?;
            page_query("swap", &with("poff", input, "scenario=refund"))
        }
        "bad" => {
            page_query("consensus", &with("bad", input, "view=subnets"))?;
            page_query("consensus", &with("bad", input, "sv=3&ss=2"))?;
            page_query("consensus", &with("bad", input, "sv=120&sn=4&ss=120"))
        }
        _ => {
            let (page_hash, flags, _extras) = split_hash(input);
            if let Some(p) = &flags.playlist {
                let _ = classroom::load(p);
            }
            let (route, q) = parse_hash(&page_hash);
            if let Route::NotFound(p) = &route {
                let _ = p.len();
                return Ok(());
            }
            page_query(route.path().trim_start_matches('/'), &q)
        }
    }
}
