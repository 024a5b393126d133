//! The views' string literals, read by a small Rust lexer (comments and
//! `#[cfg(test)]` modules skipped), and which of them read as text for people.

use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
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
pub struct Literal {
    pub text: String,
    pub line: usize,
    pub before: String,
    pub line_text: String,
}

/// The string literals of a Rust file, outside comments and `#[cfg(test)]` modules.
pub fn literals(src: &str) -> Vec<Literal> {
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
                line = push(&mut out, src, &lines, i, start..end, line);
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
                line = push(&mut out, src, &lines, i, start..j.min(b.len()), line);
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Records the literal whose text is `src[text]` (its quote at byte `at`, on
/// `line`); returns the line after it.
fn push(
    out: &mut Vec<Literal>,
    src: &str,
    lines: &[&str],
    at: usize,
    text: std::ops::Range<usize>,
    line: usize,
) -> usize {
    let text = &src[text];
    out.push(Literal {
        text: text.to_string(),
        line,
        before: before(src, at),
        line_text: lines.get(line - 1).unwrap_or(&"").to_string(),
    });
    line + text.matches('\n').count()
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
pub fn hard_coded(file: &Path) -> Vec<String> {
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
