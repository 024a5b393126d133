//! Reading JSON the app is given: translation catalogs, playlists and the
//! embed API's messages.
//!
//! In the browser the browser's own parser reads the text (`JSON.parse`)
//! and serde takes the value from what it parsed (`serde-wasm-bindgen`),
//! through the same `Deserialize` types as natively, where `serde_json`
//! reads it. So no page's module carries a JSON parser of its own (issue
//! 17: 16 KB gzip of the home module, 12 KB of a page's), and the app and
//! the command line accept the same files: a whole number must be exact in
//! a JavaScript number ([`MAX_EXACT`]), which the types that read them
//! check (a playlist's seed).

use serde::de::DeserializeOwned;

/// The largest whole number JSON keeps exactly in a browser, 2^53 − 1
/// (JavaScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_EXACT: u64 = (1 << 53) - 1;

/// `text` read as a `T`; the error is the parser's or serde's words.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e)
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "not JSON".into()) // i18n-ok: the browser's words stand beside it
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// `text` read as a `T`; the error is the parser's or serde's words.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}
