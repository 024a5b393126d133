//! Translations (issue 19): every string a person reads comes from a
//! catalog in [Fluent](https://projectfluent.org/fluent/guide/) syntax, one
//! folder per language, `www/i18n/<lang>/<area>.ftl`, where an area is
//! `common` (the shell, the classroom tools, notices), `home`, or one
//! simulation's page. English is the source catalog and is built into each
//! wasm module (only the areas that module shows, so a first visit carries
//! no other page's text); another language's files are fetched when it is
//! chosen (`ui::lang`). A message missing in a language falls back to
//! English (the catalog tests, `tests/i18n.rs`, keep shipped languages
//! complete).
//!
//! The app reads each catalog compiled (`<area>.json` beside its `.ftl`,
//! written by `CHAINLAB_BLESS=1 cargo test --test i18n` and checked current
//! by the same test), so it carries neither Fluent's parser nor its
//! resolver: see [`Part`] and the resolver below.
//!
//! Pure text, no browser APIs: the models' narration ([`Msg`]) and the CLI
//! use it natively, in English.
//!
//! Numbers are formatted by the language's rules (CLDR's decimal and
//! grouping symbols and minimum grouping digits): pass them as [`Arg`]s
//! (`num(x, 2)`, an integer) and write `{ $x }` in the catalog, or format a
//! bare number with [`number`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

mod numbers;
pub use numbers::{format_number, plural_category};

/// A language the app can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    ZhCn,
    /// Pseudo-locale: English accented and about 40% longer (`en-XA`),
    /// to see what truncates. Generated from English (`tests/i18n.rs`).
    PseudoLong,
    /// Pseudo-locale written right to left (`ar-XB`), to check the layout.
    PseudoRtl,
}

/// The simulations' pages and the rest: one catalog file each per language.
pub const AREAS: [&str; 2 + crate::registry::COUNT] = {
    let mut out = [""; 2 + crate::registry::COUNT];
    out[0] = "common";
    out[1] = "home";
    let mut i = 0;
    while i < crate::registry::COUNT {
        out[2 + i] = crate::registry::NAMES[i];
        i += 1;
    }
    out
};

impl Lang {
    /// Every language, shipped and pseudo.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::ZhCn, Lang::PseudoLong, Lang::PseudoRtl];
    /// The languages in the menu (the pseudo-locales are for testing, by URL only).
    pub const SHIPPED: [Lang; 3] = [Lang::En, Lang::Es, Lang::ZhCn];

    /// The BCP 47 tag (`lang=` in the URL, `<html lang>`, the catalog's folder).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::ZhCn => "zh-CN",
            Lang::PseudoLong => "en-XA",
            Lang::PseudoRtl => "ar-XB",
        }
    }

    /// The language's own name, as the menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::ZhCn => "简体中文",
            Lang::PseudoLong => "Ëñğłíşĥ (pseudo)",
            Lang::PseudoRtl => "RTL (pseudo)",
        }
    }

    /// `"ltr"` or `"rtl"`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Lang::PseudoRtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language a `lang=` value names exactly (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The shipped language closest to a browser's language tag ("es-MX" →
    /// Spanish, "zh", "zh-Hans-CN" → Simplified Chinese), if any.
    pub fn closest(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "zh" => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// The language to show: `lang=` from the URL, else the one chosen in
    /// the menu before (remembered by the browser), else the first of the
    /// browser's languages that is shipped, else English.
    pub fn choose(url: Option<Lang>, remembered: Option<&str>, browser: &[String]) -> Lang {
        url.or_else(|| remembered.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|t| Lang::closest(t)))
            .unwrap_or(Lang::En)
    }

    /// CLDR's number symbols for the language: decimal mark, grouping mark,
    /// and the minimum number of digits in front of the first group
    /// (Spanish writes 3853 but 13.853: CLDR `minimumGroupingDigits` = 2).
    pub(crate) fn symbols(self) -> (char, char, usize) {
        match self {
            Lang::Es => (',', '.', 2),
            Lang::En | Lang::ZhCn | Lang::PseudoLong | Lang::PseudoRtl => ('.', ',', 1),
        }
    }
}

/// An argument of a message: text, an integer, or a number shown with a
/// fixed number of decimals; numbers are formatted by the language.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Int(i64),
    Num { value: f64, digits: u8 },
}

/// A number shown with `digits` decimals (`num(0.9472, 4)`).
pub fn num(value: f64, digits: u8) -> Arg {
    Arg::Num { value, digits }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Text(m.to_string())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

/// A message not yet put into words: its key and arguments. The models'
/// narration returns one, so the page can show it in the reader's language
/// and the CLI in English. Displaying it formats it in the current language.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format(self.key, &self.args))
    }
}

/// A [`Msg`]: `msg!("key")`, `msg!("key", n = 3, price = num(p, 2))`.
#[macro_export]
macro_rules! msg {
    ($key:expr) => {
        $crate::i18n::Msg { key: $key, args: Vec::new() }
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg {
            key: $key,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        }
    };
}

/// The message `key` in the current language: `t!("key")`,
/// `t!("key", n = 3, price = num(p, 2))` (the catalog names the arguments
/// as here: `{ $n }`, `{ $price }`).
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::format($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::format($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// One piece of a compiled message (`www/i18n/<lang>/<area>.json`, made
/// from the Fluent source `<area>.ftl` by `tests/i18n.rs`): text (`t`), an
/// argument (`v`), or a selection on an argument (`s`) among variants
/// (`o`: key and pieces; a key `=5` matches the number 5, others the
/// plural category or the text) with a default (`d`).
#[derive(Debug, Default, serde::Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub t: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub v: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub s: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub d: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub o: Vec<(String, Vec<Part>)>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The messages of one language: id → pieces.
type Messages = HashMap<String, Vec<Part>>;

struct Catalog {
    lang: Lang,
    /// The chosen language's messages (empty for English: `english` serves).
    chosen: Messages,
    english: Messages,
}

/// Adds a compiled catalog file's messages; the error names the file and
/// its first problem.
fn add(into: &mut Messages, name: &str, text: &str) -> Result<(), String> {
    let m: Messages = crate::json::from_built_str(text).map_err(|e| format!("{name}: not a compiled catalog: {e}"))?;
    for (k, v) in m {
        if into.insert(k.clone(), v).is_some() {
            return Err(format!("{name}: {k} is defined twice"));
        }
    }
    Ok(())
}

/// English as shipped, every area in [`AREAS`]' order (natively: the CLI
/// and the tests); each simulation's from its registry entry.
#[cfg(not(target_arch = "wasm32"))]
pub fn english_catalogs() -> Vec<(&'static str, &'static str)> {
    let mut out = vec![
        ("common", include_str!("../www/i18n/en/common.json")),
        ("home", include_str!("../www/i18n/en/home.json")),
    ];
    out.extend(crate::registry::SIMS.iter().map(|s| (s.name, s.english)));
    out
}

thread_local! {
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog::english_default());
}

impl Catalog {
    fn english_default() -> Catalog {
        #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
        let mut english = Messages::new();
        #[cfg(not(target_arch = "wasm32"))]
        for (area, text) in english_catalogs() {
            add(&mut english, area, text).unwrap_or_else(|e| panic!("the English catalog does not parse: {e}"));
        }
        Catalog { lang: Lang::En, chosen: Messages::new(), english }
    }
}

/// Builds the English catalog into this module: the areas it shows (the
/// wasm modules call this at start with their `include_str!`s).
pub fn add_english(area: &str, text: &str) -> Result<(), String> {
    CATALOG.with(|c| add(&mut c.borrow_mut().english, area, text))
}

/// Switches to `lang`, with its catalog files' texts (none for English).
/// A file that does not parse is skipped and named in the error; the rest
/// of the language is used, and what it lacks falls back to English.
pub fn set_language(lang: Lang, files: &[(String, String)]) -> Result<(), String> {
    let mut chosen = Messages::new();
    let mut problems = Vec::new();
    for (name, text) in files {
        let mut one = Messages::new();
        match add(&mut one, name, text) {
            Ok(()) => chosen.extend(one),
            Err(e) => problems.push(e),
        }
    }
    CATALOG.with(|c| {
        let mut c = c.borrow_mut();
        c.lang = lang;
        c.chosen = if lang == Lang::En { Messages::new() } else { chosen };
    });
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The language shown now.
pub fn language() -> Lang {
    CATALOG.with(|c| c.borrow().lang)
}

/// A bare number with `digits` decimals in the current language (axis
/// labels, table cells).
pub fn number(v: f64, digits: usize) -> String {
    format_number(language(), v, digits)
}

/// Resolves a compiled message: Fluent's runtime subset the catalogs use
/// (text, `{ $arg }`, string literals, selection on a number's plural
/// category or exact value, or on a text). `tests/i18n.rs` checks every
/// message of every language against Fluent's reference implementation
/// (fluent-bundle); the app does not carry it, nor Fluent's parser: with
/// them every page grew by 21–52 KB gzip (the rollup page to 407 KB, over
/// its 400 KB budget), mostly CLDR plural rules for every language.
struct Resolver<'a> {
    lang: Lang,
    args: &'a [(&'a str, Arg)],
}

impl Resolver<'_> {
    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    fn parts(&self, parts: &[Part], out: &mut String) {
        for p in parts {
            if !p.s.is_empty() {
                self.select(p, out);
            } else if !p.v.is_empty() {
                self.var(&p.v, out);
            } else {
                out.push_str(&p.t);
            }
        }
    }

    fn select(&self, p: &Part, out: &mut String) {
        let (text, number, category) = match self.arg(&p.s) {
            Some(Arg::Int(n)) => (String::new(), Some(*n as f64), plural_category(self.lang, *n as f64, 0)),
            Some(Arg::Num { value, digits }) => {
                (String::new(), Some(*value), plural_category(self.lang, *value, *digits))
            }
            Some(Arg::Text(t)) => (t.clone(), None, ""),
            None => (String::new(), None, ""),
        };
        let chosen =
            p.o.iter()
                .find(|(key, _)| match key.strip_prefix('=') {
                    Some(n) => n.parse::<f64>().ok().zip(number).is_some_and(|(a, b)| a == b),
                    None => *key == text || *key == category,
                })
                .or_else(|| p.o.get(p.d));
        if let Some((_, parts)) = chosen {
            self.parts(parts, out);
        }
    }

    fn var(&self, name: &str, out: &mut String) {
        let isolate = self.lang == Lang::PseudoRtl;
        if isolate {
            out.push('\u{2068}');
        }
        match self.arg(name) {
            Some(Arg::Text(t)) => out.push_str(t),
            Some(Arg::Int(n)) => out.push_str(&format_number(self.lang, *n as f64, 0)),
            Some(Arg::Num { value, digits }) => out.push_str(&format_number(self.lang, *value, usize::from(*digits))),
            None => {
                out.push_str("{$");
                out.push_str(name);
                out.push('}');
            }
        }
        if isolate {
            out.push('\u{2069}');
        }
    }
}

/// The message `key` with `args` in the current language, else in English,
/// else the key itself (which the catalog tests never let ship).
pub fn format(key: &str, args: &[(&str, Arg)]) -> String {
    CATALOG.with(|c| {
        let c = c.borrow();
        let (lang, pattern) = match c.chosen.get(key) {
            Some(p) => (c.lang, p),
            None => match c.english.get(key) {
                Some(p) => (if c.lang == Lang::PseudoRtl { Lang::En } else { c.lang }, p),
                None => return key.to_string(),
            },
        };
        let mut out = String::new();
        Resolver { lang, args }.parts(pattern, &mut out);
        out
    })
}

/// The message `key` with `args` in `lang`, from compiled catalog `json`
/// (for the tests, which compare this resolution with fluent-bundle's).
pub fn format_in(lang: Lang, json: &str, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let mut m = Messages::new();
    add(&mut m, "catalog", json).ok()?;
    let mut out = String::new();
    Resolver { lang, args }.parts(m.get(key)?, &mut out);
    Some(out)
}

/// `key` has a message in the current catalog (English included).
pub fn has(key: &str) -> bool {
    CATALOG.with(|c| {
        let c = c.borrow();
        c.english.contains_key(key) || c.chosen.contains_key(key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_cldr() {
        assert_eq!(format_number(Lang::En, 80394.4, 0), "80,394");
        assert_eq!(format_number(Lang::En, 0.94721, 4), "0.9472");
        assert_eq!(format_number(Lang::Es, 80394.4, 0), "80.394");
        assert_eq!(format_number(Lang::Es, 3853.0, 0), "3853");
        assert_eq!(format_number(Lang::Es, 1234567.891, 2), "1.234.567,89");
        assert_eq!(format_number(Lang::ZhCn, 1234567.891, 1), "1,234,567.9");
        assert_eq!(format_number(Lang::En, -0.001, 2), "0.00");
        assert_eq!(format_number(Lang::En, -1234.5, 1), "-1,234.5");
    }

    #[test]
    fn choice_order() {
        let browser = vec!["fr-FR".to_string(), "es-MX".to_string()];
        assert_eq!(Lang::choose(Some(Lang::ZhCn), Some("es"), &browser), Lang::ZhCn);
        assert_eq!(Lang::choose(None, Some("zh-CN"), &browser), Lang::ZhCn);
        assert_eq!(Lang::choose(None, None, &browser), Lang::Es);
        assert_eq!(Lang::choose(None, None, &["de".to_string()]), Lang::En);
        assert_eq!(Lang::from_tag("ZH-cn"), Some(Lang::ZhCn));
        assert_eq!(Lang::closest("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::closest("<script>"), None);
    }
}
