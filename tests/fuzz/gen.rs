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

#[path = "gen/words.rs"]
mod words;

#[path = "gen/json.rs"]
mod json;

#[path = "gen/check.rs"]
mod check;

pub use check::check;
pub use json::{incoming_json, playlist_json};
use words::{NAMES, NUMBERS, PERCENT, UNICODE};

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

/// Case `i`'s input for `parser`.
pub fn generate(seed: u64, parser: &str, i: u64) -> String {
    let rng = &mut case_rng(seed, parser, i);
    match parser {
        "playlist" => playlist_json(rng),
        "incoming" => incoming_json(rng),
        "whatif" => mostly(rng, |rng| list(rng, whatif_item)),
        "val" => mostly(rng, |rng| list(rng, val_item)),
        "cong" => mostly(rng, window_value),
        "bad" => mostly(rng, |rng| list(rng, bad_item)),
        page => hash(rng, page),
    }
}

/// Four times in five what `shaped` makes (a value the parser knows the shape of), else
/// [`value`].
fn mostly(rng: &mut Pcg32, shaped: impl FnOnce(&mut Pcg32) -> String) -> String {
    if rng.random_bool(0.8) {
        shaped(rng)
    } else {
        value(rng)
    }
}
