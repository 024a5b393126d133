//! The translation catalogs (issue 19, docs/translating.md): English is the
//! source; every shipped language has exactly its keys, with the same
//! arguments; every key is used; no view keeps a hard-coded string; the
//! pseudo-locales are generated from English.

use chainlab::i18n::{self, Lang, AREAS};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn catalog_path(lang: Lang, area: &str) -> PathBuf {
    Path::new(ROOT).join("www/i18n").join(lang.tag()).join(format!("{area}.ftl"))
}

/// Each message's id and the arguments (`$x`) it uses, anywhere in it.
fn messages(lang: Lang, area: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = catalog_path(lang, area);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let res =
        FluentResource::try_new(text).unwrap_or_else(|(_, errs)| panic!("{} does not parse: {errs:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in res.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            assert!(m.attributes.is_empty(), "{}: {} has attributes; use a key of its own", path.display(), m.id.name);
            assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{}: {} twice", path.display(), m.id.name);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Each message's id and its literal text (the pattern's text elements, with
/// select variants' text; placeables left out).
fn texts(lang: Lang, area: &str) -> BTreeMap<String, String> {
    let text = fs::read_to_string(catalog_path(lang, area)).unwrap();
    let res = FluentResource::try_new(text).unwrap_or_else(|(_, e)| panic!("{}/{area}: {e:?}", lang.tag()));
    let mut out = BTreeMap::new();
    for entry in res.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut t = String::new();
            if let Some(p) = &m.value {
                pattern_text(p, &mut t);
            }
            out.insert(m.id.name.to_string(), t);
        }
    }
    out
}

fn pattern_text(p: &ast::Pattern<&str>, out: &mut String) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for v in variants {
                    out.push(' ');
                    pattern_text(&v.value, out);
                }
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(i) } => {
                if let ast::InlineExpression::StringLiteral { value } = i {
                    out.push_str(value);
                }
                out.push(' ');
            }
        }
    }
}

/// The numbers a text states, read by the language's rules: each as
/// written and as scaled by the word after it ("18.6 billion", "18,6 mil
/// millones", "186 亿" are all 1.86e10).
fn numbers(text: &str, lang: Lang) -> Vec<(f64, f64)> {
    let (decimal, group) = if lang == Lang::Es { (',', '.') } else { ('.', ',') };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut j = i;
        let mut seen_decimal = false;
        while j < chars.len() {
            let c = chars[j];
            if c.is_ascii_digit() {
                digits.push(c);
                j += 1;
            } else if c == group
                && !seen_decimal
                && chars.get(j + 1..j + 4).is_some_and(|d| d.iter().all(char::is_ascii_digit))
                && !chars.get(j + 4).is_some_and(char::is_ascii_digit)
            {
                j += 1; // a grouping mark: three digits follow, then no fourth
            } else if c == decimal && !seen_decimal && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                seen_decimal = true;
                digits.push('.');
                j += 1;
            } else {
                break;
            }
        }
        let raw: f64 = digits.parse().unwrap_or(f64::NAN);
        let rest: String = chars[j..].iter().take(16).collect();
        let rest = rest.trim_start();
        let scale = match lang {
            Lang::Es => {
                if rest.starts_with("mil millones") {
                    1e9
                } else if rest.starts_with("millones") || rest.starts_with("millón") {
                    1e6
                } else if rest.starts_with("billones") || rest.starts_with("billón") {
                    1e12
                } else {
                    1.0
                }
            }
            Lang::ZhCn => {
                if rest.starts_with("万亿") {
                    1e12
                } else if rest.starts_with('亿') {
                    1e8
                } else if rest.starts_with('万') {
                    1e4
                } else {
                    1.0
                }
            }
            _ => {
                if rest.starts_with("billion") {
                    1e9
                } else if rest.starts_with("million") {
                    1e6
                } else if rest.starts_with("trillion") {
                    1e12
                } else {
                    1.0
                }
            }
        };
        out.push((raw, raw * scale));
        i = j;
    }
    out
}

/// The English numbers that `translated` does not state (each English
/// number must appear in it, as written or scaled).
fn missing_numbers(english: &str, translated: &str, lang: Lang) -> Vec<f64> {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    let mut pool = numbers(translated, lang);
    let mut missing = Vec::new();
    for (raw, scaled) in numbers(english, Lang::En) {
        match pool.iter().position(|&(r, s)| close(s, scaled) || close(r, raw)) {
            Some(k) => {
                pool.swap_remove(k);
            }
            None => missing.push(raw),
        }
    }
    missing
}

#[test]
fn numbers_are_read_by_the_language() {
    assert_eq!(
        numbers("80,394 BTC at $0.9472, 18.6 billion", Lang::En),
        vec![(80394.0, 80394.0), (0.9472, 0.9472), (18.6, 18.6e9)]
    );
    assert_eq!(
        numbers("80.394 BTC a 0,9472 $, 18,6 mil millones", Lang::Es),
        vec![(80394.0, 80394.0), (0.9472, 0.9472), (18.6, 18.6e9)]
    );
    assert_eq!(numbers("186 亿 UST，5月9日 20:00", Lang::ZhCn)[0], (186.0, 186e8));
    assert!(missing_numbers("18.6 billion UST, 3, 4", "186 亿 UST，3，4", Lang::ZhCn).is_empty());
    assert_eq!(missing_numbers("UST at $0.95", "UST a 0.95 $", Lang::Es), vec![0.95]);
}

#[test]
fn translations_state_every_number_of_the_english() {
    let mut problems = Vec::new();
    for lang in [Lang::Es, Lang::ZhCn] {
        for area in AREAS {
            let en = texts(Lang::En, area);
            let tr = texts(lang, area);
            for (k, e) in &en {
                if let Some(t) = tr.get(k) {
                    let missing = missing_numbers(e, t, lang);
                    if !missing.is_empty() {
                        problems.push(format!("{}/{area}.ftl {k}: {missing:?} not stated in {t:?}", lang.tag()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn each_simulation_keeps_its_keys_under_its_name() {
    for area in AREAS.into_iter().filter(|a| !matches!(*a, "common" | "home")) {
        for k in messages(Lang::En, area).keys() {
            assert!(k.starts_with(&format!("{area}-")), "en/{area}.ftl: {k} does not start with {area}-");
        }
    }
    let common: BTreeSet<String> = messages(Lang::En, "common").into_keys().collect();
    for area in AREAS.into_iter().filter(|a| *a != "common") {
        for k in messages(Lang::En, area).keys() {
            assert!(!common.contains(k), "{k} is in both common.ftl and {area}.ftl");
        }
    }
}

/// The shipped playlists and tours, translated: the same cues (simulation,
/// seed, parameters, steps, answers), every text translated and stating
/// every number the English states (the English numbers are asserted
/// against the model by tests/classroom*.rs).
#[test]
fn playlists_are_translated_cue_for_cue() {
    let dir = Path::new(ROOT).join("www/playlists");
    let mut problems = Vec::new();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    for lang in [Lang::Es, Lang::ZhCn] {
        for name in &names {
            let en = chainlab::classroom::Playlist::parse(&fs::read_to_string(dir.join(name)).unwrap()).unwrap();
            let path = dir.join(lang.tag()).join(name);
            let Ok(text) = fs::read_to_string(&path) else {
                problems.push(format!("{} is missing", path.display()));
                continue;
            };
            let tr = match chainlab::classroom::Playlist::parse(&text) {
                Ok(p) => p,
                Err(e) => {
                    problems.push(format!("{}: {e}", path.display()));
                    continue;
                }
            };
            let at = format!("{}/{name}", lang.tag());
            if en.cues.len() != tr.cues.len() {
                problems.push(format!("{at}: {} cues, English has {}", tr.cues.len(), en.cues.len()));
                continue;
            }
            let mut texts = vec![(en.title.clone(), tr.title.clone())];
            for (i, (e, t)) in en.cues.iter().zip(&tr.cues).enumerate() {
                if (&e.sim, e.seed, &e.params, e.at, e.from) != (&t.sim, t.seed, &t.params, t.at, t.from) {
                    problems.push(format!("{at} cue {i}: not the English cue's run"));
                }
                texts.push((e.caption.clone(), t.caption.clone()));
                match (&e.predict, &t.predict) {
                    (None, None) => {}
                    (Some(pe), Some(pt)) if pe.answer == pt.answer && pe.choices.len() == pt.choices.len() => {
                        texts.push((pe.question.clone(), pt.question.clone()));
                        texts.push((pe.why.clone(), pt.why.clone()));
                        texts.extend(pe.choices.iter().cloned().zip(pt.choices.iter().cloned()));
                    }
                    _ => problems.push(format!("{at} cue {i}: not the English cue's question")),
                }
            }
            for (e, t) in texts {
                if e == t && e.chars().filter(|c| c.is_alphabetic()).count() > 12 {
                    problems.push(format!("{at}: not translated: {e:?}"));
                }
                let missing = missing_numbers(&e, &t, lang);
                if !missing.is_empty() {
                    problems.push(format!("{at}: {missing:?} not stated in {t:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn english_parses_and_is_what_the_modules_build_in() {
    for (area, text) in i18n::ENGLISH {
        assert!(AREAS.contains(&area));
        assert_eq!(fs::read_to_string(catalog_path(Lang::En, area)).unwrap(), text);
        messages(Lang::En, area);
    }
}

#[test]
fn every_shipped_language_has_every_key_with_the_same_arguments() {
    let mut problems = Vec::new();
    for lang in [Lang::Es, Lang::ZhCn] {
        for area in AREAS {
            let en = messages(Lang::En, area);
            let tr = messages(lang, area);
            for (k, vars) in &en {
                match tr.get(k) {
                    None => problems.push(format!("{}/{area}.ftl: {k} is missing", lang.tag())),
                    Some(v) if v != vars => {
                        problems.push(format!("{}/{area}.ftl: {k} uses {v:?}, English uses {vars:?}", lang.tag()))
                    }
                    _ => {}
                }
            }
            for k in tr.keys().filter(|k| !en.contains_key(*k)) {
                problems.push(format!("{}/{area}.ftl: {k} is not in English (removed or misspelt?)", lang.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A string literal in Rust source: its text, its line, and the code just before it.
struct Literal {
    text: String,
    line: usize,
    before: String,
    line_text: String,
}

/// The string literals of a Rust file, outside comments and `#[cfg(test)]` modules.
fn literals(src: &str) -> Vec<Literal> {
    let src = match src.find("#[cfg(test)]\nmod tests") {
        Some(i) => &src[..i],
        None => src,
    };
    let b = src.as_bytes();
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    line += usize::from(b[i] == b'\n');
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // A char literal ('a', '\n', '"') or a lifetime ('a).
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 1;
                }
            }
            b'r' if (b.get(i + 1) == Some(&b'#') || b.get(i + 1) == Some(&b'"'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                let start = j + 1;
                let end = src[start..].find(&close).map_or(b.len(), |e| start + e);
                let text = &src[start..end];
                out.push(Literal {
                    text: text.to_string(),
                    line,
                    before: before(src, i),
                    line_text: lines.get(line - 1).unwrap_or(&"").to_string(),
                });
                line += text.matches('\n').count();
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let text = &src[start..j.min(b.len())];
                out.push(Literal {
                    text: text.to_string(),
                    line,
                    before: before(src, i),
                    line_text: lines.get(line - 1).unwrap_or(&"").to_string(),
                });
                line += text.matches('\n').count();
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Up to 24 bytes of code in front of byte `i`.
fn before(src: &str, i: usize) -> String {
    let mut s = i.saturating_sub(24);
    while !src.is_char_boundary(s) {
        s -= 1;
    }
    src[s..i].to_string()
}

/// Text a person would read: two words, or a capitalised word.
fn reads_as_text(s: &str) -> bool {
    let words: Vec<&str> =
        s.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').filter(|w| w.chars().count() >= 2).collect();
    let two_words = s.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2;
    let capitalised = words.first().is_some_and(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(|x| x.is_lowercase() || x == '\'' || x == '’')
    }) && s.trim_start().chars().next().is_some_and(char::is_uppercase);
    two_words || capitalised
}

/// Code in front of a literal that makes it not text for people: markup
/// and style names, keys, identifiers, file names, developers' messages.
const NOT_TEXT_BEFORE: [&str; 24] = [
    "class=",
    "classes!(",
    "id=",
    "key=",
    "style=",
    "href=",
    "role=",
    "src=",
    "rel=",
    "type=",
    "name=",
    "for=",
    "lang=",
    "dir=",
    "t!(",
    "msg!(",
    "format(",
    "expect(",
    "panic!(",
    "unreachable!(",
    "assert",
    "data-",
    "aria-live=",
    "set_property(",
];

/// The views' hard-coded strings: `html!` text, attributes people read,
/// canvas and chart text, notices. A line may opt out with `// i18n-ok:
/// <why>` (a unit symbol, a protocol name, a file name).
fn hard_coded(file: &Path) -> Vec<String> {
    let src = fs::read_to_string(file).unwrap();
    let rel = file.strip_prefix(ROOT).unwrap().display().to_string();
    literals(&src)
        .into_iter()
        .filter(|l| reads_as_text(&l.text))
        .filter(|l| !NOT_TEXT_BEFORE.iter().any(|p| l.before.trim_end().ends_with(p)))
        .filter(|l| !l.line_text.contains("i18n-ok"))
        .filter(|l| !l.line_text.trim_start().starts_with("#["))
        .map(|l| format!("{rel}:{}: {:?}", l.line, l.text.chars().take(70).collect::<String>()))
        .collect()
}

/// Files not yet moved to the catalogs (issue 19 is done when this is empty).
const NOT_YET_TRANSLATED: &[&str] = &[];

#[test]
fn no_view_keeps_a_hard_coded_string() {
    let mut files = Vec::new();
    for dir in ["src/ui", "src/charts"] {
        rust_files(&Path::new(ROOT).join(dir), &mut files);
    }
    files.push(Path::new(ROOT).join("src/ui.rs"));
    files.push(Path::new(ROOT).join("src/charts.rs"));
    files.sort();
    let mut found = Vec::new();
    let mut per_file = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(ROOT).unwrap().display().to_string();
        if NOT_YET_TRANSLATED.contains(&rel.as_str()) || rel.ends_with("/bench.rs") {
            continue;
        }
        let h = hard_coded(f);
        if !h.is_empty() {
            per_file.insert(rel, h.len());
        }
        found.extend(h);
    }
    assert!(
        found.is_empty(),
        "{} hard-coded string(s) in views (move them to www/i18n/en/, or mark a line `// i18n-ok: why`):\n{per_file:#?}\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Keys the code builds at run time, `sim-<name>-nav` and the like.
fn dynamic_key(k: &str) -> bool {
    chainlab::registry::SIMS
        .iter()
        .any(|s| ["nav", "title", "line"].iter().any(|part| k == format!("sim-{}-{part}", s.name)))
        || k.starts_with("help-key-")
        || k.starts_with("help-do-")
}

#[test]
fn every_english_key_is_used() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    let mut used = BTreeSet::new();
    for f in &files {
        for l in literals(&fs::read_to_string(f).unwrap()) {
            used.insert(l.text);
        }
    }
    let mut unused = Vec::new();
    for area in AREAS {
        for k in messages(Lang::En, area).keys() {
            if !used.contains(k) && !dynamic_key(k) {
                unused.push(format!("en/{area}.ftl: {k}"));
            }
        }
    }
    assert!(unused.is_empty(), "{} unused key(s):\n{}", unused.len(), unused.join("\n"));
}

/// The pseudo-locales, made from English by fluent-pseudo (Mozilla's):
/// `en-XA` accented and longer, `ar-XB` mirrored and right to left.
/// `CHAINLAB_BLESS=1 cargo test --test i18n` writes them.
#[test]
fn pseudo_locales_are_generated_from_english() {
    let bless = std::env::var_os("CHAINLAB_BLESS").is_some();
    let mut stale = Vec::new();
    for (lang, flipped) in [(Lang::PseudoLong, false), (Lang::PseudoRtl, true)] {
        for area in AREAS {
            let en = fs::read_to_string(catalog_path(Lang::En, area)).unwrap();
            let want = pseudo(&en, flipped);
            let path = catalog_path(lang, area);
            if bless {
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(&path, &want).unwrap();
            } else if fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "stale pseudo-locale files (CHAINLAB_BLESS=1 cargo test --test i18n): {stale:?}");
}

/// Transforms each message's text, leaving ids, `{ $args }` and syntax alone.
fn pseudo(en: &str, flipped: bool) -> String {
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
