//! Choosing the language (issue 19): `lang=` in the URL, else the one
//! chosen in the menu before (kept in the browser's storage), else the
//! browser's languages, else English. English is built into the module;
//! another language's catalog files (`i18n/<lang>/common.json` and the
//! page's) are fetched before the app first draws, so a page never shows
//! two languages. `<html lang>` and `dir` follow. The menu reloads the
//! page in the new language, with its run kept in the URL.
//!
//! The shipped playlists and tours are fetched, not built in (eleven of
//! them would add 11 KB gzip to every module, issue 17): their English,
//! `www/playlists/<name>.json`, and in another language their translation,
//! `www/playlists/<lang>/<name>.json`, before the first draw for the one
//! the URL names, later for one opened from the page
//! ([`use_shipped_playlists`], [`open_shipped`]). A translation that cannot
//! be had (or differs from the English in more than its words) is shown in
//! English, and the walk says so.

use crate::classroom::split_hash;
use crate::i18n::{self, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Where the menu's choice is remembered.
const STORAGE_KEY: &str = "chainlab-lang";

thread_local! {
    /// Why the chosen language could not be shown in full (a catalog that
    /// did not load or parse), for the page's notice.
    static PROBLEM: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Playlists whose translation could not be had, and why.
    static PLAYLIST_PROBLEMS: std::cell::RefCell<std::collections::BTreeMap<String, String>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

fn remembered() -> Option<String> {
    // Private windows and blocked storage give no value: fine.
    web_sys::window()?.local_storage().ok()??.get_item(STORAGE_KEY).ok()?
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The language this document shows (URL, memory, browser, English).
pub fn wanted() -> Lang {
    let (_, flags, _) = split_hash(&super::shell::location_hash());
    Lang::choose(flags.lang, remembered().as_deref(), &browser_languages())
}

async fn fetch_text(url: &str) -> Result<String, String> {
    // The errors name the file for the notice; the words are developers' (i18n-ok below).
    let w = web_sys::window().ok_or("no window")?; // i18n-ok: never in a page
    let resp = JsFuture::from(w.fetch_with_str(url)).await.map_err(|_| format!("{url} could not be fetched"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?; // i18n-ok: cannot happen
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()));
    }
    let no_text = || format!("{url}: no text");
    let text = JsFuture::from(resp.text().map_err(|_| no_text())?).await.map_err(|_| no_text())?;
    text.as_string().ok_or_else(no_text)
}

/// Sets the document's language before the app draws: fetches the
/// catalog files of `areas` for the wanted language (nothing for English).
/// A file that cannot be had leaves its strings in English, and the page
/// says so.
pub async fn prepare(areas: &[&str]) {
    let lang = wanted();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if lang != Lang::En {
        for area in areas {
            let url = format!("i18n/{}/{area}.json", lang.tag());
            match fetch_text(&url).await {
                Ok(text) => files.push((url, text)),
                Err(e) => problems.push(e),
            }
        }
    }
    if let Err(e) = i18n::set_language(lang, &files) {
        problems.push(e);
    }
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", lang.dir());
    }
    if !problems.is_empty() {
        PROBLEM.with(|p| *p.borrow_mut() = Some(problems.join("; ")));
    }
}

/// The playlist or tour the link opens, in the reader's language before the
/// first draw (the simulations' modules only: the home module carries no
/// playlists, `ui::Page::sim`).
pub async fn prepare_walk() {
    let (_, flags, _) = split_hash(&super::shell::location_hash());
    let walked = match (&flags.tour, &flags.playlist) {
        (Some(t), _) => Some(format!("tour-{t}")),
        (None, Some(p)) => Some(p.clone()),
        _ => None,
    };
    if let Some(name) = walked {
        fetch_playlist(&name).await;
    }
}

/// The path of a shipped playlist's translation, relative to the page.
pub fn playlist_url(lang: Lang, name: &str) -> String {
    format!("www/playlists/{}/{name}.json", lang.tag())
}

/// The path of a shipped playlist's English, relative to the page.
pub fn english_playlist_url(name: &str) -> String {
    format!("www/playlists/{name}.json")
}

/// Fetches the shipped playlist `name`: its English (see
/// [`crate::classroom::add_english`]) and, in another language, its
/// translation (see [`crate::classroom::add_translation`]); nothing for an
/// inline playlist, or what is already here. A translation's failure is
/// kept for [`playlist_problem`]; the English one's, for
/// [`crate::classroom::load`] to give.
pub async fn fetch_playlist(name: &str) {
    let name = name.trim();
    if !crate::classroom::is_shipped(name) {
        return;
    }
    if !crate::classroom::has_english(name) {
        let text = fetch_text(&english_playlist_url(name)).await;
        let _ = crate::classroom::add_english(name, text.as_deref().map_err(Clone::clone));
    }
    let lang = i18n::language();
    if lang == Lang::En || crate::classroom::has_translation(name) || playlist_problem(name).is_some() {
        return;
    }
    let result = match fetch_text(&playlist_url(lang, name)).await {
        Ok(json) => crate::classroom::add_translation(name, &json),
        Err(e) => Err(e),
    };
    PLAYLIST_PROBLEMS.with(|p| match result {
        Ok(()) => {
            p.borrow_mut().remove(name);
        }
        Err(e) => {
            p.borrow_mut().insert(name.to_string(), e);
        }
    });
}

/// Whether the shipped playlist `name` still has something to fetch.
fn wants_fetch(name: &str) -> bool {
    let name = name.trim();
    crate::classroom::is_shipped(name)
        && (!crate::classroom::has_english(name)
            || (i18n::language() != Lang::En
                && !crate::classroom::has_translation(name)
                && playlist_problem(name).is_none()))
}

/// Opens the shipped playlist `name` once it is here (fetched first if it
/// is not): `then` gets it, in the reader's language where it can.
pub fn open_shipped(name: String, then: impl FnOnce(crate::classroom::Playlist) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        fetch_playlist(&name).await;
        if let Ok(list) = crate::classroom::load(&name) {
            then(list);
        }
    });
}

/// Why the shipped playlist `name` is shown in English in another language, if it is.
pub fn playlist_problem(name: &str) -> Option<String> {
    PLAYLIST_PROBLEMS.with(|p| p.borrow().get(name.trim()).cloned())
}

/// Fetches the shipped playlists `names` that are not here yet, with their
/// translations (a playlist chosen in presenter mode, a walk's next one);
/// the number returned changes when they have arrived, so that a
/// component can redraw with them.
#[hook]
pub fn use_shipped_playlists(names: Vec<String>) -> u32 {
    let arrived = use_mut_ref(|| 0u32);
    let redraw = use_force_update();
    {
        let arrived = arrived.clone();
        use_effect_with(names, move |names| {
            let missing: Vec<String> = names.iter().filter(|n| wants_fetch(n)).cloned().collect();
            if !missing.is_empty() {
                wasm_bindgen_futures::spawn_local(async move {
                    for n in &missing {
                        fetch_playlist(n).await;
                    }
                    *arrived.borrow_mut() += 1;
                    redraw.force_update();
                });
            }
        });
    }
    let n = *arrived.borrow();
    n
}

/// Why the language is not shown in full, if it is not.
pub fn problem() -> Option<String> {
    PROBLEM.with(|p| p.borrow().clone())
}

/// The language menu in the header: picking one remembers it, writes it
/// into the URL (so a copied link carries it) and reloads the page in it.
#[function_component(LangMenu)]
pub fn lang_menu() -> Html {
    let current = i18n::language();
    let onchange = Callback::from(|e: Event| {
        let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
        let Some(lang) = Lang::from_tag(&select.value()) else { return };
        choose(lang);
    });
    html! {
        <select id="lang-menu" class="lang-menu" aria-label={crate::t!("lang-menu-label")} {onchange}>
            { for Lang::SHIPPED.iter().chain(std::iter::once(&current).filter(|l| !Lang::SHIPPED.contains(l))).map(|l| html! {
                <option value={l.tag()} lang={l.tag()} selected={*l == current}>{ l.native_name() }</option>
            }) }
        </select>
    }
}

/// Switches to `lang`: remembered, written into the URL, page reloaded.
pub fn choose(lang: Lang) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(Some(s)) = w.local_storage() {
        // A full quota or a private window: the URL still carries the choice.
        let _ = s.set_item(STORAGE_KEY, lang.tag());
    }
    let hash = super::shell::location_hash();
    let h = hash.strip_prefix('#').unwrap_or(&hash);
    let (path, query) = h.split_once('?').unwrap_or((h, ""));
    let mut pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let tag = format!("lang={}", lang.tag());
    pairs.push(&tag);
    let path = if path.is_empty() { "/" } else { path };
    let _ = w.location().set_hash(&format!("{path}?{}", pairs.join("&")));
    let _ = w.location().reload();
}
