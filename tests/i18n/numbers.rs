//! The numbers a text states, read by a language's rules, to check that a
//! translation states every number its English does.

use chainlab::i18n::Lang;

/// The numbers a text states, read by the language's rules: each as
/// written and as scaled by the word after it ("18.6 billion", "18,6 mil
/// millones", "186 亿" are all 1.86e10).
pub fn numbers(text: &str, lang: Lang) -> Vec<(f64, f64)> {
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
            // English also writes "$14B", "345M", "6.5T", "50k" (a suffix right after the digits).
            _ if chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
                && matches!(chars.get(j), Some('k' | 'M' | 'B' | 'T')) =>
            {
                match chars[j] {
                    'k' => 1e3,
                    'M' => 1e6,
                    'B' => 1e9,
                    _ => 1e12,
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
