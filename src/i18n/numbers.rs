//! Numbers by the language's rules (Unicode CLDR): separators, grouping
//! and plural categories.

use super::Lang;

/// `v` with exactly `digits` decimals, grouped and punctuated by `lang`'s rules.
pub fn format_number(lang: Lang, v: f64, digits: usize) -> String {
    let (decimal, group, min_grouping) = lang.symbols();
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN".into()
        } else if v > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let text = format!("{:.*}", digits, v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    let negative = v < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b));
    if negative {
        out.push('-');
    }
    let grouped = int.len() > 3 && int.len() >= 3 + min_grouping;
    for (i, c) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// CLDR's plural category of a number shown with `digits` decimals
/// (the `-> [one] … *[other]` selector): English one for exactly 1;
/// Spanish one for 1, many for a whole non-zero multiple of a million
/// ("1 millón de", CLDR 42+); Chinese has only other. (Unicode CLDR,
/// Language Plural Rules: en, es, zh.)
pub fn plural_category(lang: Lang, v: f64, digits: u8) -> &'static str {
    let whole = digits == 0 && v.fract() == 0.0;
    match lang {
        Lang::ZhCn => "other",
        _ if whole && v.abs() == 1.0 => "one",
        Lang::Es if whole && v != 0.0 && (v.abs() % 1e6) == 0.0 => "many",
        _ => "other",
    }
}
