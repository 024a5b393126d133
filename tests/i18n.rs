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

#[path = "i18n/compile.rs"]
mod compile;
#[path = "i18n/numbers.rs"]
mod numbers;
#[path = "i18n/pseudo.rs"]
mod pseudo;
#[path = "i18n/scan.rs"]
mod scan;

use numbers::{missing_numbers, numbers};
use pseudo::pseudo;
use scan::{hard_coded, literals, rust_files};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn catalog_path(lang: Lang, area: &str) -> PathBuf {
    Path::new(ROOT).join("www/i18n").join(lang.tag()).join(format!("{area}.ftl"))
}

/// Each message's id and what `read` gathers from its value (nothing from a
/// message without one). Every message is a key of its own: no attributes,
/// no id twice.
fn catalog<T: Default>(lang: Lang, area: &str, read: fn(&ast::Pattern<&str>, &mut T)) -> BTreeMap<String, T> {
    let path = catalog_path(lang, area);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let res =
        FluentResource::try_new(text).unwrap_or_else(|(_, errs)| panic!("{} does not parse: {errs:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in res.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut gathered = T::default();
            if let Some(p) = &m.value {
                read(p, &mut gathered);
            }
            assert!(m.attributes.is_empty(), "{}: {} has attributes; use a key of its own", path.display(), m.id.name);
            assert!(out.insert(m.id.name.to_string(), gathered).is_none(), "{}: {} twice", path.display(), m.id.name);
        }
    }
    out
}

/// Each message's id and the arguments (`$x`) it uses, anywhere in it.
fn messages(lang: Lang, area: &str) -> BTreeMap<String, BTreeSet<String>> {
    catalog(lang, area, pattern_vars)
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
    catalog(lang, area, pattern_text)
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

/// The translations (every shipped language but English).
const TRANSLATIONS: [Lang; 2] = [Lang::Es, Lang::ZhCn];

/// Fails listing every problem, if there is any.
fn assert_no_problems(problems: &[String]) {
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

/// Each translation's catalog of each area beside the English, as `read`
/// reads both: fails listing every problem `check(lang, english,
/// translation)` finds, each after the file it is in.
fn check_translations<T>(
    read: fn(Lang, &str) -> BTreeMap<String, T>,
    check: impl Fn(Lang, &BTreeMap<String, T>, &BTreeMap<String, T>) -> Vec<String>,
) {
    let mut problems = Vec::new();
    for lang in TRANSLATIONS {
        for area in AREAS {
            let found = check(lang, &read(Lang::En, area), &read(lang, area));
            problems.extend(found.into_iter().map(|p| format!("{}/{area}.ftl: {p}", lang.tag())));
        }
    }
    assert_no_problems(&problems);
}

#[test]
fn translations_state_every_number_of_the_english() {
    check_translations(texts, |lang, en, tr| {
        let mut problems = Vec::new();
        for (k, e) in en {
            if let Some(t) = tr.get(k) {
                let missing = missing_numbers(e, t, lang);
                if !missing.is_empty() {
                    problems.push(format!("{k}: {missing:?} not stated in {t:?}"));
                }
            }
        }
        problems
    });
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
    for lang in TRANSLATIONS {
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
    assert_no_problems(&problems);
}

type Formatter = fn(&fluent_bundle::FluentValue, &intl_memoizer::IntlLangMemoizer) -> Option<String>;

/// A fluent-bundle number formatter with `lang`'s CLDR symbols.
fn formatter(lang: Lang) -> Formatter {
    use chainlab::i18n::format_number;
    fn with(lang: Lang, v: &fluent_bundle::FluentValue) -> Option<String> {
        match v {
            fluent_bundle::FluentValue::Number(n) => {
                let digits = n.options.maximum_fraction_digits.or(n.options.minimum_fraction_digits).unwrap_or(0);
                Some(format_number(lang, n.value, digits))
            }
            _ => None,
        }
    }
    match lang {
        Lang::En => |v, _| with(Lang::En, v),
        Lang::Es => |v, _| with(Lang::Es, v),
        Lang::ZhCn => |v, _| with(Lang::ZhCn, v),
        Lang::PseudoLong => |v, _| with(Lang::PseudoLong, v),
        Lang::PseudoRtl => |v, _| with(Lang::PseudoRtl, v),
    }
}

/// The app resolves the catalogs itself (src/i18n.rs, to keep fluent-bundle
/// and every language's plural rules out of the pages' wasm): every message
/// of every language resolves as Fluent's reference implementation does,
/// with integers, decimals and text as arguments.
#[test]
fn the_resolver_agrees_with_fluent_bundle() {
    use chainlab::i18n::{format_in, Arg};
    use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
    use fluent_bundle::{FluentArgs, FluentBundle, FluentValue};
    let samples: [fn() -> Arg; 6] = [
        || Arg::Int(1),
        || Arg::Int(0),
        || Arg::Int(7),
        || Arg::Int(1_234_567),
        || Arg::Num { value: 12345.678, digits: 2 },
        || Arg::Text("word".into()),
    ];
    let mut compared = 0;
    for lang in Lang::ALL {
        for area in AREAS {
            let Ok(text) = fs::read_to_string(catalog_path(lang, area)) else { continue };
            let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap()]);
            bundle.set_use_isolating(lang == Lang::PseudoRtl);
            // Numbers by our CLDR symbols (fluent-bundle's own formatting does not group).
            bundle.set_formatter(Some(formatter(lang)));
            bundle.add_resource(FluentResource::try_new(text.clone()).unwrap()).unwrap();
            let json = compile::compile(area, &text).unwrap();
            for (key, vars) in messages(lang, area) {
                for sample in samples {
                    let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), sample())).collect();
                    let mut fargs = FluentArgs::new();

                    for (name, a) in &args {
                        let value = match a {
                            Arg::Text(t) => FluentValue::from(t.clone()),
                            Arg::Int(n) => FluentValue::from(*n),
                            Arg::Num { value, digits } => {
                                let o = FluentNumberOptions {
                                    minimum_fraction_digits: Some(usize::from(*digits)),
                                    maximum_fraction_digits: Some(usize::from(*digits)),
                                    ..Default::default()
                                };
                                FluentValue::Number(FluentNumber::new(*value, o))
                            }
                        };
                        fargs.set(name.to_string(), value);
                    }
                    let msg = bundle.get_message(&key).unwrap();
                    let mut errors = Vec::new();
                    let reference = bundle.format_pattern(msg.value().unwrap(), Some(&fargs), &mut errors).into_owned();
                    let reference_ours = reference;
                    let ours = format_in(lang, &json, &key, &args).unwrap();
                    // Right to left, fluent-bundle isolates every placeable, the app only arguments.
                    let unisolated = |t: &str| t.replace(['\u{2068}', '\u{2069}'], "");
                    let (ours, reference_ours) = (unisolated(&ours), unisolated(&reference_ours));
                    assert_eq!(ours, reference_ours, "{}/{area}.ftl {key} with {args:?}", lang.tag());
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 100, "only {compared} resolutions compared");
}

#[test]
fn english_parses_and_is_what_the_modules_build_in() {
    for (area, text) in i18n::english_catalogs() {
        assert!(AREAS.contains(&area));
        assert_eq!(fs::read_to_string(catalog_path(Lang::En, area).with_extension("json")).unwrap(), text);
        messages(Lang::En, area);
    }
}

#[test]
fn every_shipped_language_has_every_key_with_the_same_arguments() {
    check_translations(messages, |_, en, tr| {
        let mut problems = Vec::new();
        for (k, vars) in en {
            match tr.get(k) {
                None => problems.push(format!("{k} is missing")),
                Some(v) if v != vars => problems.push(format!("{k} uses {v:?}, English uses {vars:?}")),
                _ => {}
            }
        }
        for k in tr.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{k} is not in English (removed or misspelt?)"));
        }
        problems
    });
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

/// The app reads each catalog compiled (`<area>.json` beside `<area>.ftl`):
/// they are current. `CHAINLAB_BLESS=1 cargo test --test i18n` writes them.
#[test]
fn compiled_catalogs_are_current() {
    let bless = std::env::var_os("CHAINLAB_BLESS").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        for area in AREAS {
            let path = catalog_path(lang, area);
            let Ok(ftl) = fs::read_to_string(&path) else { continue };
            let want = compile::compile(&path.display().to_string(), &ftl).unwrap_or_else(|e| panic!("{e}"));
            let json = path.with_extension("json");
            if bless {
                fs::write(&json, &want).unwrap();
            } else if fs::read_to_string(&json).ok().as_deref() != Some(want.as_str()) {
                stale.push(json.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "stale compiled catalogs (CHAINLAB_BLESS=1 cargo test --test i18n): {stale:?}");
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
