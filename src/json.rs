//! Reading JSON the app is given: translation catalogs, playlists and the
//! embed API's messages.
//!
//! In the browser the browser's own parser reads the text (`JSON.parse`)
//! and serde takes the value from what it parsed (`serde-wasm-bindgen`),
//! through the same `Deserialize` types as natively, where `serde_json`
//! reads it. So no module carries a JSON text parser (issue 17: the home
//! module is 16 KB gzip smaller), and the app and the command line accept
//! the same files: a whole number must be exact in a JavaScript number
//! ([`MAX_EXACT`]), which the types that read them check (a playlist's
//! seed), and a stray field is an error wherever a type denies unknown
//! fields ([`from_str`] goes through `serde_json::Value` for that, which
//! serde-wasm-bindgen alone does not check).

use serde::de::DeserializeOwned;

/// The largest whole number JSON keeps exactly in a browser, 2^53 − 1
/// (JavaScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_EXACT: u64 = (1 << 53) - 1;

/// The browser's parse of `text`.
#[cfg(target_arch = "wasm32")]
fn parse(text: &str) -> Result<wasm_bindgen::JsValue, String> {
    js_sys::JSON::parse(text).map_err(|e| {
        wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e)
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "not JSON".into()) // i18n-ok: the browser's words stand beside it
    })
}

/// `text` read as a `T`, every field checked (a stray field is an error
/// where `T` denies unknown fields); the error is the parser's or serde's
/// words.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = parse(text)?;
    // Through serde_json's `Value` (its tree, not its text parser): serde-wasm-bindgen reads
    // only the fields a struct names, so `deny_unknown_fields` (a playlist's or an embed
    // message's stray field is an error) would pass unseen; `Value` keeps every field.
    let tree: serde_json::Value = serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())?;
    serde_json::from_value(tree).map_err(|e| e.to_string())
}

/// `text` read as a `T`, every field checked (a stray field is an error
/// where `T` denies unknown fields); the error is the parser's or serde's
/// words.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// A file this build wrote itself, read as a `T` (the compiled translation
/// catalogs, which `tests/i18n.rs` checks field by field before a build
/// ships): in the browser, fields `T` does not name are not looked at, so
/// the home module, whose only JSON this is, carries no JSON tree either.
#[cfg(target_arch = "wasm32")]
pub fn from_built_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_wasm_bindgen::from_value(parse(text)?).map_err(|e| e.to_string())
}

/// A file this build wrote itself, read as a `T` (natively: [`from_str`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_built_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    from_str(text)
}
