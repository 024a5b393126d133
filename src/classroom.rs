//! The pure half of the classroom features (no browser APIs, so it is
//! tested natively): scenario playlists and guided tours, the embed mode's
//! postMessage schema with its strict validation, and the shell's own URL
//! parameters. The browser half is `ui::classroom` over the page contract
//! in `ui::control`.
//!
//! # Playlist and tour files (`www/playlists/*.json`)
//!
//! ```json
//! { "title": "Sampling consensus in six cues",
//!   "cues": [
//!     { "sim": "consensus", "seed": 3, "params": "n=400&proto=slush", "at": 0,
//!       "caption": "400 nodes, half red, half blue. Each polls K = 20 peers a round." },
//!     { "sim": "consensus", "seed": 3, "params": "n=400", "from": 0, "at": 15,
//!       "caption": "Snowball from the same start.",
//!       "predict": { "question": "How many rounds until every node is final?",
//!                    "choices": ["about 15", "about 150"], "answer": 0,
//!                    "why": "Confidence grows by one per successful poll: ..." } } ] }
//! ```
//!
//! A cue opens `#/<sim>?<params>&seed=<seed>&at=<at>`: the page replays the
//! run from its seed to step `at` and pauses there, so a cue always lands on
//! the same state. With `from`, the cue opens at `from` and *Run* (or the
//! clicker) plays on to `at`; with `predict`, the question is asked before
//! the run and `why` is shown after it. Unknown fields are errors. A seed is
//! at most 2^53 − 1 (9007199254740991), the largest whole number a
//! browser's JSON keeps exactly ([`crate::json`]).
//!
//! # postMessage API (embed mode)
//!
//! In: `{"chainlab": 1, "command": "play" | "pause" | "step" | "back" |
//! "reset"}`, `{"chainlab": 1, "command": "seek", "step": N}`,
//! `{"chainlab": 1, "command": "set", "params": "n=400&k=10"}`. Anything
//! else (a missing or extra field, a wrong type, an unknown command, a
//! parameter the page refuses) is ignored and answered with a `rejected`
//! event. See docs/embed.md.

use serde::{Deserialize, Serialize};

/// The simulations a cue may name (each a route `#/<sim>`): the registry's.
pub const SIMS: [&str; crate::registry::COUNT] = crate::registry::NAMES;
/// The shell's own URL parameters; pages never see them.
pub const SHELL_KEYS: [&str; 7] = ["embed", "present", "playlist", "tour", "cue", "end", "lang"];
/// Replays from a cue are bounded like a link's `at`.
pub const MAX_CUE_STEP: u32 = 100_000;
pub const MAX_CUES: usize = 60;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playlist {
    pub title: String,
    pub cues: Vec<Cue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cue {
    pub sim: String,
    pub seed: u64,
    #[serde(default)]
    pub params: String,
    #[serde(default)]
    pub at: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u32>,
    pub caption: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predict: Option<Predict>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Predict {
    pub question: String,
    pub choices: Vec<String>,
    /// Index into `choices`.
    pub answer: usize,
    pub why: String,
}

impl Playlist {
    /// Parses and checks a playlist file; the error names the cue and field.
    pub fn parse(json: &str) -> Result<Playlist, String> {
        let p: Playlist = crate::json::from_str(json).map_err(|e| crate::t!("playlist-not-json", why = e))?;
        if p.cues.is_empty() || p.cues.len() > MAX_CUES {
            return Err(crate::t!("playlist-cue-count", max = MAX_CUES, n = p.cues.len()));
        }
        for (i, c) in p.cues.iter().enumerate() {
            let n = i + 1;
            if !SIMS.contains(&c.sim.as_str()) {
                return Err(crate::t!("playlist-cue-sim", n = n, sim = format!("{:?}", c.sim), sims = SIMS.join(", ")));
            }
            if c.seed > crate::json::MAX_EXACT {
                // As written in the file, not grouped.
                return Err(crate::t!(
                    "playlist-cue-seed",
                    n = n,
                    seed = c.seed.to_string(),
                    max = crate::json::MAX_EXACT.to_string()
                ));
            }
            if c.at > MAX_CUE_STEP {
                // As written in the file, not grouped.
                return Err(crate::t!("playlist-cue-at", n = n, at = c.at.to_string(), max = MAX_CUE_STEP.to_string()));
            }
            if c.from.is_some_and(|f| f > c.at) {
                return Err(crate::t!("playlist-cue-from", n = n));
            }
            if c.params.contains('#') || c.params.starts_with('?') {
                return Err(crate::t!("playlist-cue-params", n = n));
            }
            for (k, _) in form_urlencoded::parse(c.params.as_bytes()) {
                if k == "seed" || k == "at" || SHELL_KEYS.contains(&k.as_ref()) {
                    return Err(crate::t!("playlist-cue-param-key", n = n, key = format!("{k:?}")));
                }
            }
            if let Some(q) = &c.predict {
                if !(2..=6).contains(&q.choices.len()) || q.answer >= q.choices.len() {
                    return Err(crate::t!("playlist-cue-predict", n = n));
                }
            }
        }
        Ok(p)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl Cue {
    /// The route, `/consensus`.
    pub fn path(&self) -> String {
        format!("/{}", self.sim)
    }
    /// The step the cue opens at: `from` when it has a run to show.
    pub fn landing(&self) -> u32 {
        self.from.unwrap_or(self.at)
    }
    /// The page's query for this cue at `step`.
    pub fn query(&self, step: u32) -> String {
        let mut q = String::new();
        if !self.params.is_empty() {
            q.push_str(&self.params);
            q.push('&');
        }
        q.push_str(&format!("seed={}", self.seed));
        if step > 0 {
            q.push_str(&format!("&at={step}"));
        }
        q
    }
}

/// The shell's flags, read from the location's query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShellFlags {
    pub embed: bool,
    pub present: bool,
    /// A shipped playlist's name or an inline playlist (JSON).
    pub playlist: Option<String>,
    /// A shipped tour's name.
    pub tour: Option<String>,
    pub cue: usize,
    /// The language asked for (`lang=`, a tag of [`crate::i18n::Lang`]).
    pub lang: Option<crate::i18n::Lang>,
    /// What in the shell's keys could not be used, worded by the rule broken
    /// (shown by the page; never passed silently).
    pub problems: Vec<String>,
}

/// Splits a location fragment into the page's fragment (shell keys
/// removed), the shell's flags, and the shell's keys as they were written
/// (to carry them over when a page rewrites the address bar).
pub fn split_hash(hash: &str) -> (String, ShellFlags, String) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = h.split_once('?').unwrap_or((h, ""));
    let mut page = Vec::new();
    let mut extras = Vec::new();
    let mut f = ShellFlags::default();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let raw_key = pair.split('=').next().unwrap_or("");
        let key: String =
            form_urlencoded::parse(raw_key.as_bytes()).map(|(k, _)| k.into_owned()).next().unwrap_or_default();
        if !SHELL_KEYS.contains(&key.as_str()) {
            page.push(pair);
            continue;
        }
        extras.push(pair);
        let value: String =
            form_urlencoded::parse(pair.as_bytes()).map(|(_, v)| v.into_owned()).next().unwrap_or_default();
        let on = value != "0" && value != "false";
        let shown = crate::query::clip(&value, 24);
        if matches!(key.as_str(), "embed" | "present") && !matches!(value.as_str(), "" | "0" | "1" | "true" | "false") {
            f.problems.push(crate::t!("shell-not-on-off", key = key.clone(), value = shown.clone()));
        }
        match key.as_str() {
            "embed" => f.embed = on,
            "present" => f.present = on,
            "playlist" => f.playlist = Some(value).filter(|v| !v.is_empty()),
            "tour" => f.tour = Some(value).filter(|v| !v.is_empty()),
            "lang" => {
                use crate::i18n::Lang;
                f.lang = Lang::from_tag(&value).or_else(|| Lang::closest(&value));
                if f.lang.is_none() {
                    let tags: Vec<&str> = Lang::SHIPPED.iter().map(|l| l.tag()).collect();
                    f.problems.push(crate::t!("shell-lang", value = shown.clone(), tags = tags.join(", ")));
                }
            }
            // How an embed ends (src/ui/pacing.rs): stop at its first moment, or loop.
            "end" if !matches!(value.as_str(), "stop" | "loop") => {
                f.problems.push(crate::t!("shell-end", value = shown.clone()))
            }
            "cue" => {
                f.cue = value.trim().parse().unwrap_or_else(|_| {
                    f.problems.push(crate::t!("shell-cue", value = shown.clone()));
                    0
                })
            }
            _ => {}
        }
    }
    let page_hash = if page.is_empty() { format!("#{path}") } else { format!("#{path}?{}", page.join("&")) };
    (page_hash, f, extras.join("&"))
}

impl ShellFlags {
    /// The shell's keys for these flags.
    pub fn to_query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        if self.embed {
            s.append_pair("embed", "1");
        }
        if self.present {
            s.append_pair("present", "1");
        }
        if let Some(p) = &self.playlist {
            s.append_pair("playlist", p);
        }
        if let Some(t) = &self.tour {
            s.append_pair("tour", t);
        }
        if self.playlist.is_some() || self.tour.is_some() {
            s.append_pair("cue", &self.cue.to_string());
        }
        if let Some(l) = self.lang {
            s.append_pair("lang", l.tag());
        }
        s.finish()
    }
}

/// What the shell asks a page to do (`ui::control`): from the time
/// controls, the classroom tools, or an embedding page.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Play,
    Pause,
    Step,
    Back,
    Reset,
    /// Go to this step by deterministic replay from the seed.
    Seek(u32),
    /// Merge this query string onto the page's state (validated by the page).
    SetParams(String),
}

/// A command an embedding page sent, after validation ([`parse_incoming`]).
pub type Incoming = Command;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIncoming {
    chainlab: u32,
    command: String,
    #[serde(default)]
    step: Option<u32>,
    #[serde(default)]
    params: Option<String>,
}

/// Longest `params` string accepted from an embedding page.
pub const MAX_PARAMS_LEN: usize = 2000;

/// Validates a message from an embedding page (the message's JSON text).
/// Every malformed message is an error naming what was wrong.
pub fn parse_incoming(json: &str) -> Result<Incoming, String> {
    let m: RawIncoming = crate::json::from_str(json).map_err(|e| format!("malformed message: {e}"))?;
    if m.chainlab != 1 {
        return Err(format!("chainlab = {} is not a known API version (1)", m.chainlab));
    }
    let plain = |c: Incoming| {
        if m.step.is_some() || m.params.is_some() {
            Err(format!("{:?} takes no step or params", m.command))
        } else {
            Ok(c)
        }
    };
    match m.command.as_str() {
        "play" => plain(Incoming::Play),
        "pause" => plain(Incoming::Pause),
        "step" => plain(Incoming::Step),
        "back" => plain(Incoming::Back),
        "reset" => plain(Incoming::Reset),
        "seek" => match (m.step, &m.params) {
            (Some(s), None) if s <= MAX_CUE_STEP => Ok(Incoming::Seek(s)),
            (Some(s), None) => Err(format!("seek: step {s} is past {MAX_CUE_STEP}")),
            _ => Err("seek takes a whole-number step and nothing else".into()),
        },
        "set" => match (&m.params, m.step) {
            (Some(p), None) if p.len() <= MAX_PARAMS_LEN && !p.contains('#') && !p.starts_with('?') => {
                for (k, _) in form_urlencoded::parse(p.as_bytes()) {
                    if SHELL_KEYS.contains(&k.as_ref()) {
                        return Err(format!("set: {k:?} is not a simulation parameter"));
                    }
                }
                Ok(Incoming::SetParams(p.clone()))
            }
            _ => Err("set takes params, a query string like \"n=400&k=10\", and nothing else".into()),
        },
        other => Err(format!("unknown command {other:?}")),
    }
}

/// The playlists and tours shipped with the app (`www/playlists/`), by
/// name; tours are named `tour-<sim>` (see [`crate::registry::shipped_names`]).
/// Their English text is built in natively ([`crate::registry::shipped`]);
/// the browser fetches the one it walks ([`add_english`]).
#[cfg(not(target_arch = "wasm32"))]
pub use crate::registry::shipped;
pub use crate::registry::shipped_names;

thread_local! {
    /// The shipped playlists' English, as fetched by the browser
    /// (`www/playlists/<name>.json`, by `ui::lang`): parsed, or why not.
    static ENGLISH: std::cell::RefCell<std::collections::BTreeMap<String, Result<Playlist, String>>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Takes the English text of the shipped playlist `name` (as fetched from
/// `www/playlists/<name>.json`), or why it could not be had; [`load`]
/// gives it, or the reason.
pub fn add_english(name: &str, json: Result<&str, String>) -> Result<(), String> {
    if !is_shipped(name) {
        return Err(format!("there is no playlist called {name:?}"));
    }
    let parsed = json.and_then(|j| Playlist::parse(j).map_err(|e| format!("{name}: {e}")));
    let out = parsed.as_ref().map(|_| ()).map_err(Clone::clone);
    ENGLISH.with(|e| e.borrow_mut().insert(name.to_string(), parsed));
    out
}

/// The English of the shipped playlist `name`: as fetched ([`add_english`]),
/// else built in (natively); `None` while it has not arrived.
fn english(name: &str) -> Option<Result<Playlist, String>> {
    if let Some(fetched) = ENGLISH.with(|e| e.borrow().get(name).cloned()) {
        return Some(fetched);
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, json)) = shipped().into_iter().find(|(n, _)| n == name) {
        return Some(Playlist::parse(json));
    }
    None
}

/// Whether the English of the shipped playlist `name` is here (built in,
/// or fetched, or its fetch failed): nothing more to fetch for it. A
/// lookup, not a parse or a copy (a walk asks on every frame it draws).
pub fn has_english(name: &str) -> bool {
    let name = name.trim();
    ENGLISH.with(|e| e.borrow().contains_key(name)) || (cfg!(not(target_arch = "wasm32")) && is_shipped(name))
}

thread_local! {
    /// The shipped playlists and tours in the reader's language, by name
    /// (`www/playlists/<lang>/<name>.json`, fetched by `ui::lang`), each
    /// checked against its English original by [`add_translation`].
    static TRANSLATED: std::cell::RefCell<std::collections::BTreeMap<String, Playlist>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The first way `tr` differs from `en` in anything but its words (title,
/// captions, questions, choices, explanations): a translated playlist
/// must open the same runs at the same steps, with the same answers.
pub fn translation_problem(en: &Playlist, tr: &Playlist) -> Option<String> {
    if en.cues.len() != tr.cues.len() {
        return Some(format!("{} cues, the English {}", tr.cues.len(), en.cues.len()));
    }
    for (i, (a, b)) in en.cues.iter().zip(&tr.cues).enumerate() {
        let n = i + 1;
        if (&a.sim, a.seed, &a.params, a.at, a.from) != (&b.sim, b.seed, &b.params, b.at, b.from) {
            return Some(format!("cue {n} opens another run than the English (sim, seed, params, at, from)"));
        }
        match (&a.predict, &b.predict) {
            (None, None) => {}
            (Some(p), Some(q)) if p.answer == q.answer && p.choices.len() == q.choices.len() => {}
            _ => return Some(format!("cue {n}'s prediction differs from the English (choices or answer)")),
        }
    }
    None
}

/// Takes a shipped playlist's translation (`name` as in [`shipped_names`]) for
/// [`load`]; refused, with the reason, when it does not parse or differs
/// from the English in anything but its words.
pub fn add_translation(name: &str, json: &str) -> Result<(), String> {
    if !is_shipped(name) {
        return Err(format!("there is no playlist called {name:?}"));
    }
    let en = english(name).ok_or_else(|| format!("{name}: its English original is not here yet"))??;
    let tr = Playlist::parse(json).map_err(|e| format!("{name}: {e}"))?;
    if let Some(why) = translation_problem(&en, &tr) {
        return Err(format!("{name}: {why}"));
    }
    TRANSLATED.with(|t| t.borrow_mut().insert(name.to_string(), tr));
    Ok(())
}

/// Whether the shipped playlist `name` has its translation (see [`add_translation`]).
pub fn has_translation(name: &str) -> bool {
    TRANSLATED.with(|t| t.borrow().contains_key(name))
}

/// Whether `spec` (a URL's `playlist=` or `tour-<sim>`) names a shipped playlist.
pub fn is_shipped(spec: &str) -> bool {
    let s = spec.trim();
    shipped_names().iter().any(|name| name == s)
}

/// A playlist named in a URL: a shipped one's name (in the reader's
/// language when its translation was added), or inline JSON.
pub fn load(spec: &str) -> Result<Playlist, String> {
    let s = spec.trim();
    if s.starts_with('{') {
        return Playlist::parse(s);
    }
    if let Some(tr) = TRANSLATED.with(|t| t.borrow().get(s).cloned()) {
        return Ok(tr);
    }
    if !is_shipped(s) {
        return Err(crate::t!("playlist-unknown", name = format!("{s:?}")));
    }
    english(s).unwrap_or_else(|| Err(crate::t!("app-opening-playlist")))
}
