//! The pseudo-locales' text, made from English by fluent-pseudo.

/// Transforms each message's text, leaving ids, `{ $args }` and syntax alone.
pub fn pseudo(en: &str, flipped: bool) -> String {
    let mut out = String::new();
    for line in en.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            out.push_str(line);
        } else if let Some((id, text)) = line.split_once(" = ") {
            out.push_str(id);
            out.push_str(" = ");
            out.push_str(&pseudo_text(text, flipped));
        } else {
            // Continuation lines and select variants: only the text between placeables.
            out.push_str(&pseudo_text(line, flipped));
        }
        out.push('\n');
    }
    out
}

fn pseudo_text(s: &str, flipped: bool) -> String {
    // Keep `{ ... }` placeables and `[key]` variant names and `*[other]` intact.
    let mut out = String::new();
    let mut depth = 0;
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut String| {
        if !chunk.is_empty() {
            let (lead, rest) = split_variant(chunk);
            out.push_str(lead);
            out.push_str(&pseudo_chunk(rest, flipped));
            chunk.clear();
        }
    };
    for c in s.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    flush(&mut chunk, &mut out);
                }
                depth += 1;
                out.push(c);
            }
            '}' => {
                depth -= 1;
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ => chunk.push(c),
        }
    }
    flush(&mut chunk, &mut out);
    out
}

/// One run of text: `en-XA` accented by fluent-pseudo (which doubles the
/// vowels, about 30% longer) and padded with `~` to at least 40% longer
/// than English; `ar-XB` flipped, each word forced right to left (U+202E
/// … U+202C, as Firefox's bidi pseudo-locale does).
fn pseudo_chunk(s: &str, flipped: bool) -> String {
    if flipped {
        let t = fluent_pseudo::transform(s, true, false);
        let mut out = String::new();
        let mut word = String::new();
        for c in t.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                if !word.is_empty() {
                    out.push_str(&format!("\u{202e}{word}\u{202c}"));
                    word.clear();
                }
                out.push(c);
            }
        }
        if !word.is_empty() {
            out.push_str(&format!("\u{202e}{word}\u{202c}"));
        }
        out
    } else {
        let mut t = fluent_pseudo::transform(s, false, true).into_owned();
        let want = (s.trim().chars().count() * 14).div_ceil(10);
        let have = t.trim().chars().count();
        if s.trim().chars().count() >= 4 && have < want {
            let trail = t.len() - t.trim_end().len();
            let end = t.split_off(t.len() - trail);
            t.push_str(&"~".repeat(want - have));
            t.push_str(&end);
        }
        t
    }
}

/// A select variant's `   *[other] ` or `[one] ` prefix, and the text after it.
fn split_variant(s: &str) -> (&str, &str) {
    let t = s.trim_start();
    let indent = s.len() - t.len();
    let t2 = t.strip_prefix('*').unwrap_or(t);
    if t2.starts_with('[') {
        if let Some(end) = s.find(']') {
            let after = &s[end + 1..];
            let sp = after.len() - after.trim_start().len();
            return s.split_at(end + 1 + sp);
        }
    }
    s.split_at(indent)
}
