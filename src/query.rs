//! URL state: the route and its query string, parsed into validated
//! values with a readable notice for every value that had to be replaced.
//!
//! The app keeps everything that determines a run in the URL fragment,
//! `#/consensus?seed=42&n=400&k=20…`, so a copied link reproduces the run.
//! Parsing never fails: an unknown, malformed or out-of-range parameter
//! produces a [`Notice`] naming it, and the default is used instead.

/// Declares each simulation's URL state, `pub mod <name>;` (`src/query/<name>.rs`).
macro_rules! query_modules {
    ($($name:ident),*) => { $(pub mod $name;)* };
}
// One per simulation, from the registry's list.
crate::with_sim_names!(query_modules);
pub mod url_state;

use std::fmt::Display;
use std::ops::RangeInclusive;
use std::str::FromStr;
use url_state::UrlState;

/// Playback speeds the time controls offer, as multiples of a page's rate
/// at 1x; `0.0` stands for "as fast as possible" (every page but the
/// rollup's, which names its own in simulated time).
pub const SPEEDS: [(&str, f64); 8] =
    [("0.25", 0.25), ("0.5", 0.5), ("1", 1.0), ("2", 2.0), ("4", 4.0), ("8", 8.0), ("16", 16.0), ("max", 0.0)];
pub const DEFAULT_SPEED: &str = "1";
/// The seed a page opens with.
pub const DEFAULT_SEED: u64 = 1;

/// A page's rate at `speed` (one of [`SPEEDS`]' names), given its rate at
/// 1x; `None` for "as fast as possible".
pub fn rate(speed: &str, at_1x: f64) -> Option<f64> {
    SPEEDS.iter().find(|s| s.0 == speed).map(|s| s.1).filter(|&v| v > 0.0).map(|v| v * at_1x)
}

/// The pages of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A simulation's page, by its name in [`crate::registry::SIMS`].
    Sim(&'static str),
    NotFound(String),
}

impl Route {
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Sim(name) => format!("/{name}"),
            Route::NotFound(p) => p.clone(),
        }
    }
    fn from_path(path: &str) -> Route {
        match path.trim_end_matches('/') {
            "" => Route::Home,
            other => match other.strip_prefix('/').and_then(crate::registry::find) {
                Some(sim) => Route::Sim(sim.name),
                None => Route::NotFound(other.to_string()),
            },
        }
    }
}

/// A location fragment, `#<path>?<query>&<extras>` (the page's query, then
/// the shell's own parameters; no `?` when both are empty): the one place
/// a hash is assembled.
pub fn hash(path: &str, query: &str, extras: &str) -> String {
    let q: Vec<&str> = [query, extras].into_iter().filter(|s| !s.is_empty()).collect();
    if q.is_empty() {
        format!("#{path}")
    } else {
        format!("#{path}?{}", q.join("&"))
    }
}

/// Splits a location fragment (`#/consensus?seed=1`, with or without the
/// `#`) into its route and query.
pub fn parse_hash(hash: &str) -> (Route, Query) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = h.split_once('?').unwrap_or((h, ""));
    let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
    (Route::from_path(&path), Query::parse(query))
}

/// A parsed query string, in order, percent-decoded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub fn parse(s: &str) -> Query {
        Query { pairs: form_urlencoded::parse(s.as_bytes()).into_owned().collect() }
    }
    /// The last value given for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(k, _)| k.as_str())
    }
}

/// The most notices a page lists for one link: past this, the last one
/// names how many more there were (a link of a thousand bad parameters
/// must not bury the page under its notices).
pub const MAX_NOTICES: usize = 8;
/// The longest notice, parameter name and message together, in
/// characters: a longer one is cut with an ellipsis (a notice quotes the
/// value it refused, and a link's value can be megabytes long).
pub const MAX_NOTICE_CHARS: usize = 240;
/// The longest parameter name a notice shows.
const MAX_NOTICE_PARAM_CHARS: usize = 40;

/// `s` cut to at most `max` characters: its start, an ellipsis, and its
/// last `max / 3` characters (where a notice says what it used instead).
fn cut(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let tail = max / 3;
    let head: String = s.chars().take(max - tail - 1).collect();
    let end: String = s.chars().skip(n - tail).collect();
    format!("{head}…{end}")
}

/// The start of a value a notice quotes: at most [`MAX_NOTICE_CHARS`]
/// characters (a notice is cut to that anyway, and quoting a megabyte
/// value with its escapes took a tenth of a second).
pub fn shown(s: &str) -> &str {
    match s.char_indices().nth(MAX_NOTICE_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Bounds a page's notices to what the page can show: at most
/// [`MAX_NOTICES`], each at most [`MAX_NOTICE_CHARS`] long.
pub fn bound_notices(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let rest = notices.split_off(MAX_NOTICES - 1);
        let names: Vec<&str> = rest.iter().take(MAX_NOTICE_PARAM_CHARS).map(|n| n.param.as_str()).collect();
        notices.push(Notice { param: names.join(", "), message: crate::t!("query-more", n = rest.len()) });
    }
    for n in &mut notices {
        n.param = cut(&n.param, MAX_NOTICE_PARAM_CHARS);
        let room = MAX_NOTICE_CHARS - n.param.chars().count();
        n.message = cut(&n.message, room);
    }
    notices
}

/// Something in the URL that was not used as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter's name in the URL.
    pub param: String,
    pub message: String,
}

/// Reads typed, range-checked values from a [`Query`], collecting notices.
pub struct Reader<'a> {
    query: &'a Query,
    known: Vec<&'static str>,
    notices: Vec<Notice>,
}

impl<'a> Reader<'a> {
    pub fn new(query: &'a Query) -> Reader<'a> {
        Reader { query, known: Vec::new(), notices: Vec::new() }
    }

    /// Starts reading a page's state: its defaults, the reader, and the
    /// seed (any u64, the default's when missing).
    pub fn start<S: UrlState>(query: &'a Query) -> (S, Reader<'a>, u64) {
        let d = S::default();
        let mut r = Reader::new(query);
        let seed = r.number("seed", d.seed(), 0..=u64::MAX);
        (d, r, seed)
    }

    pub fn notice(&mut self, param: &str, message: String) {
        self.notices.push(Notice { param: param.to_string(), message });
    }

    fn raw(&mut self, key: &'static str) -> Option<&'a str> {
        self.known.push(key);
        self.query.get(key)
    }

    /// The raw text of a parameter, marking it as known.
    pub fn text(&mut self, key: &'static str) -> Option<&'a str> {
        self.raw(key)
    }

    /// A number in `range`; the default if absent, malformed or outside it.
    /// The notice names the rule broken: a number that the type cannot hold
    /// (a negative count, 2^64, a fraction where a whole number is needed)
    /// is reported as outside the range, not as "not a number".
    pub fn number<T>(&mut self, key: &'static str, default: T, range: RangeInclusive<T>) -> T
    where
        T: FromStr + PartialOrd + Display + Copy,
    {
        let Some(raw) = self.raw(key) else { return default };
        let (lo, hi) = (group_digits(&range.start().to_string()), group_digits(&range.end().to_string()));
        let shown = clip(raw.trim(), 24);
        // Which rule the value breaks: outside the range (also a number the type cannot
        // hold), not a whole number, or not a number at all.
        let rule = match raw.trim().parse::<T>() {
            Ok(v) if range.contains(&v) => return v,
            Ok(_) => "query-outside",
            Err(_) => match looks_numeric(raw.trim()) {
                Some(true) => "query-outside",
                Some(false) => "query-not-whole",
                None => "query-not-number",
            },
        };
        let value = if rule == "query-not-number" { format!("{shown:?}") } else { shown };
        let message = crate::t!(rule, key = key, value = value, lo = lo, hi = hi, default = default.to_string());
        self.notice(key, message);
        default
    }

    /// A comma-separated list of distinct numbers in `range`, sorted;
    /// entries that are not such numbers are dropped with a notice.
    pub fn list(&mut self, key: &'static str, range: RangeInclusive<u32>) -> Vec<u32> {
        let Some(raw) = self.raw(key) else { return Vec::new() };
        let mut out = Vec::new();
        let mut bad = Vec::new();
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.parse::<u32>() {
                Ok(v) if range.contains(&v) => out.push(v),
                _ => bad.push(part.to_string()),
            }
        }
        if !bad.is_empty() {
            self.notice(
                key,
                crate::t!(
                    "query-list-ignored",
                    key = key,
                    bad = clip(&bad.join(", "), 40),
                    lo = range.start().to_string(),
                    hi = range.end().to_string()
                ),
            );
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// `speed`: one of the page's speeds, by name (`default` when missing
    /// or not one of them, with a notice).
    pub fn speed(&mut self, default: &'static str, names: impl IntoIterator<Item = &'static str>) -> &'static str {
        let names: Vec<&'static str> = names.into_iter().collect();
        self.choice("speed", default, &names, |s| s)
    }

    /// `at`: the step a link opens at, from 1 to `max` (none when missing or 0).
    pub fn at<T>(&mut self, max: T) -> Option<T>
    where
        T: FromStr + PartialOrd + Display + Copy + Default,
    {
        let none = T::default();
        Some(self.number("at", none, none..=max)).filter(|&a| a > none)
    }

    /// One of a set of named choices.
    pub fn choice<T: Copy>(&mut self, key: &'static str, default: T, all: &[T], name: fn(T) -> &'static str) -> T {
        let Some(raw) = self.raw(key) else { return default };
        if let Some(v) = all.iter().copied().find(|&v| name(v) == raw.trim()) {
            return v;
        }
        let names: Vec<&str> = all.iter().map(|&v| name(v)).collect();
        let raw = shown(raw);
        self.notice(
            key,
            crate::t!(
                "query-not-one-of",
                key = key,
                value = format!("{:?}", clip(raw, 24)),
                names = names.join(", "),
                default = name(default)
            ),
        );
        default
    }

    /// Ends reading: every parameter nobody asked for gets a notice.
    pub fn finish(mut self) -> Vec<Notice> {
        let mut unknown: Vec<&str> = self.query.keys().filter(|k| !self.known.contains(k)).collect();
        unknown.dedup();
        for k in unknown {
            // Past what the page lists, a notice only counts (bound_notices): not worth its words.
            let message = if self.notices.len() < MAX_NOTICES {
                crate::t!("query-unknown", key = format!("{:?}", clip(shown(k), 24)))
            } else {
                String::new()
            };
            self.notices.push(Notice { param: cut(shown(k), MAX_NOTICE_PARAM_CHARS), message });
        }
        bound_notices(self.notices)
    }
}

/// At most `max` characters of a value, for a notice (a 12 KB query must not
/// make a 30,000-pixel notice): the start, an ellipsis and the length.
pub fn clip(raw: &str, max: usize) -> String {
    let n = raw.chars().count();
    if n <= max {
        raw.to_string()
    } else {
        crate::t!("query-clipped", start = raw.chars().take(max).collect::<String>(), n = n)
    }
}

/// Whether text is a number the target type could not hold: `Some(true)`
/// for a whole number (any sign, any length), `Some(false)` for a decimal
/// or exponent form, `None` for anything else.
fn looks_numeric(t: &str) -> Option<bool> {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Some(true);
    }
    let finite = t.parse::<f64>().is_ok_and(f64::is_finite) && t.bytes().any(|b| b.is_ascii_digit());
    finite.then_some(false)
}

/// "20000" as "20,000" (whole numbers of five digits or more; others as given).
fn group_digits(s: &str) -> String {
    let (sign, digits) = s.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", s));
    if digits.len() < 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return s.to_string();
    }
    // In the reader's language where exact (2^53), else grouped the English way.
    let grouped = |v: u64| {
        if v < (1 << 53) {
            crate::i18n::number(v as f64, 0)
        } else {
            crate::format::thousands(v)
        }
    };
    digits.parse::<u64>().map(|v| format!("{sign}{}", grouped(v))).unwrap_or_else(|_| s.to_string())
}

/// Builds a query string in a fixed order.
#[derive(Default)]
pub struct Writer {
    inner: String,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }
    pub fn put(&mut self, key: &str, value: impl Display) -> &mut Self {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair(key, &value.to_string());
        if !self.inner.is_empty() {
            self.inner.push('&');
        }
        self.inner.push_str(&s.finish());
        self
    }
    /// `key` only when there is a value (`at`, the step a link opens at).
    pub fn put_some(&mut self, key: &str, value: Option<impl Display>) -> &mut Self {
        match value {
            Some(v) => self.put(key, v),
            None => self,
        }
    }
    pub fn finish(&self) -> String {
        self.inner.clone()
    }
}
