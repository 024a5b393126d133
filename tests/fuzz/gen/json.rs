//! The JSON generators: playlists and embed messages, valid, near-valid and junk.

use super::*;

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
