//! The numbers a text states, read by a language's rules, to check that a
//! translation states every number its English does.

use chainlab::i18n::Lang;

#[path = "../common/digits.rs"]
mod digits;
use digits::scan_numbers;

/// The numbers a text states, read by the language's rules: each as
/// written and as scaled by the word after it ("18.6 billion", "18,6 mil
/// millones", "186 亿" are all 1.86e10).
pub fn numbers(text: &str, lang: Lang) -> Vec<(f64, f64)> {
    let (decimal, group) = if lang == Lang::Es { (',', '.') } else { ('.', ',') };
    let chars: Vec<char> = text.chars().collect();
    scan_numbers(&chars, char::is_ascii_digit, |i| {
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
        (j, (raw, raw * scale(&chars[j..], lang)))
    })
}

/// The words that scale the number before them, in each language (where one
/// word begins another, the longer first).
fn scale_words(lang: Lang) -> &'static [(&'static str, f64)] {
    match lang {
        Lang::Es => &[("mil millones", 1e9), ("millones", 1e6), ("millón", 1e6), ("billones", 1e12), ("billón", 1e12)],
        Lang::ZhCn => &[("万亿", 1e12), ("亿", 1e8), ("万", 1e4)],
        _ => &[("billion", 1e9), ("million", 1e6), ("trillion", 1e12)],
    }
}

/// English also writes "$14B", "345M", "6.5T", "50k": a suffix right after the digits.
const SUFFIXES: [(char, f64); 4] = [('k', 1e3), ('M', 1e6), ('B', 1e9), ('T', 1e12)];

/// What the text right after a number's digits (`after`) multiplies it by.
fn scale(after: &[char], lang: Lang) -> f64 {
    let english = !matches!(lang, Lang::Es | Lang::ZhCn);
    let alone = after.get(1).is_none_or(|c| !c.is_alphanumeric());
    if let Some(&(_, scale)) = SUFFIXES.iter().find(|(s, _)| english && alone && after.first() == Some(s)) {
        return scale;
    }
    let rest: String = after.iter().take(16).collect();
    let rest = rest.trim_start();
    scale_words(lang).iter().find(|(word, _)| rest.starts_with(word)).map_or(1.0, |&(_, scale)| scale)
}

/// The English numbers that `translated` does not state (each English
/// number must appear in it, as written or scaled).
pub fn missing_numbers(english: &str, translated: &str, lang: Lang) -> Vec<f64> {
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
