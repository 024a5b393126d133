//! The pseudo-locales' text, made from English by fluent-pseudo.

/// Transforms each message's text, leaving ids, comments, `{ $args }`,
/// selectors and variant keys alone (placeables may span lines: a select's
/// variants each stand on a line of their own).
pub fn pseudo(en: &str, flipped: bool) -> String {
    // One frame per open `{`: whether the text after a variant key (`[one] `) is being read.
    let mut frames: Vec<bool> = Vec::new();
    // Inside a string literal (`{"{"}`) of an expression.
    let mut in_string = false;
    let mut out = String::new();
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut String| {
        if !chunk.is_empty() {
            let lead = chunk.len() - chunk.trim_start().len();
            out.push_str(&chunk[..lead]);
            out.push_str(&pseudo_chunk(&chunk[lead..], flipped));
            chunk.clear();
        }
    };
    for line in en.split_inclusive('\n') {
        let mut rest = line;
        if frames.is_empty() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                out.push_str(line);
                continue;
            }
            if let Some((id, text)) = line.split_once(" = ") {
                if !id.contains(' ') && !id.contains('{') {
                    out.push_str(id);
                    out.push_str(" = ");
                    rest = text;
                }
            }
        }
        for c in rest.chars() {
            match frames.last().copied() {
                // Message text, or a variant's text: transformed.
                None | Some(true) => match c {
                    '{' => {
                        flush(&mut chunk, &mut out);
                        frames.push(false);
                        out.push(c);
                    }
                    '\n' => {
                        flush(&mut chunk, &mut out);
                        if let Some(f) = frames.last_mut() {
                            *f = false;
                        }
                        out.push(c);
                    }
                    '}' if frames.last().is_some() => {
                        flush(&mut chunk, &mut out);
                        frames.pop();
                        out.push(c);
                    }
                    _ => chunk.push(c),
                },
                // Inside an expression: copied as it is.
                Some(false) => {
                    out.push(c);
                    if c == '"' {
                        in_string = !in_string;
                        continue;
                    }
                    if in_string {
                        continue;
                    }
                    match c {
                        '{' => frames.push(false),
                        '}' => {
                            frames.pop();
                        }
                        ']' => {
                            if let Some(f) = frames.last_mut() {
                                *f = true;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        flush(&mut chunk, &mut out);
    }
    out
}

/// One run of text: `en-XA` accented by fluent-pseudo (which doubles the
/// vowels, about 30% longer) and padded with `~` (in short words) to at least 40% longer
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
            // In words of at most four, so that the padding wraps as text does.
            let pad: String = (0..want - have).map(|i| if i % 5 == 0 { ' ' } else { '~' }).collect();
            t.push_str(&pad);
            t.push_str(&end);
        }
        t
    }
}
