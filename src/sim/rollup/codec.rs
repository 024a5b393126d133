//! Brotli for the batch poster and the validators, wherever the core runs.
//!
//! Natively (CLI, tests, benchmarks) the core calls the `brotli` crate
//! directly ([`brotli_calls`]). In the browser the Brotli encoder was 456 KB
//! of the 1,066 KB gzipped app module (its code and static tables, among
//! them a 256 KB table of logarithms), and only the rollup page uses it. So the web build leaves it out of the main
//! module: the same file, [`brotli_calls`], is compiled into a second wasm
//! module (`codec/`, `chainlab-codec.js`) that the rollup page loads when it
//! opens, and the page [`install`]s a [`Codec`] that calls it. The bytes are
//! the same either way (same crate, same settings; the browser test "wasm
//! run = native CLI run" checks it).
//!
//! The page does not wait for it: the model asks [`is_ready`] before every
//! compression, makes every block it can without one, and waits at the
//! first block that needs a compressed size
//! ([`super::RollupSim::try_step`], [`super::RollupSim::awaiting_codec`]).
//! Natively the tests make the browser's wait with [`withhold`].
//!
//! This module stays pure: it holds plain function pointers and knows
//! nothing of JavaScript; the page (`src/ui/codec.rs`) provides them.

#[cfg(not(target_arch = "wasm32"))]
#[path = "codec/brotli_calls.rs"]
mod brotli_calls;

/// How to reach Brotli in the browser: functions the page installs once the
/// codec module has loaded.
#[derive(Clone, Copy, Debug)]
pub struct Codec {
    /// `(data, quality, lgwin)` to Brotli bytes.
    pub compress: fn(&[u8], u32, u32) -> Vec<u8>,
    /// Brotli bytes back to the data, or why not.
    pub decompress: fn(&[u8]) -> Result<Vec<u8>, String>,
}

#[cfg(target_arch = "wasm32")]
static CODEC: std::sync::OnceLock<Codec> = std::sync::OnceLock::new();

/// Give the core its Brotli (browser only; the first call wins).
#[cfg(target_arch = "wasm32")]
pub fn install(codec: Codec) {
    let _ = CODEC.set(codec);
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static WITHHELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Natively, for the tests only: behave on this thread as the browser does
/// before the codec module has loaded (`true`), or as it does once it has
/// (`false`, the default). While withheld, [`is_ready`] is false and
/// [`compress`] and [`decompress`] panic, as they would in the browser.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn withhold(withheld: bool) {
    WITHHELD.with(|w| w.set(withheld));
}

/// Whether [`compress`] and [`decompress`] can run: natively always (unless
/// a test [`withhold`]s the codec); in the browser once the page has
/// installed the codec.
pub fn is_ready() -> bool {
    #[cfg(target_arch = "wasm32")]
    return CODEC.get().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    !WITHHELD.with(|w| w.get())
}

#[cfg(not(target_arch = "wasm32"))]
fn native_ready() {
    assert!(is_ready(), "the Brotli codec is withheld (a test's codec::withhold) and the model called it");
}

#[cfg(target_arch = "wasm32")]
fn installed() -> &'static Codec {
    CODEC.get().expect("the Brotli codec module is not loaded: the model asks codec::is_ready before it compresses")
}

/// Brotli-compress at `quality` (0–11) with an `lgwin`-bit window.
pub fn compress(data: &[u8], quality: u32, lgwin: u32) -> Vec<u8> {
    #[cfg(target_arch = "wasm32")]
    return (installed().compress)(data, quality, lgwin);
    #[cfg(not(target_arch = "wasm32"))]
    {
        native_ready();
        brotli_calls::compress(data, quality, lgwin)
    }
}

/// Brotli-decompress; an error if the bytes are not a valid stream.
pub fn decompress(data: &[u8]) -> std::io::Result<Vec<u8>> {
    #[cfg(target_arch = "wasm32")]
    return (installed().decompress)(data).map_err(std::io::Error::other);
    #[cfg(not(target_arch = "wasm32"))]
    {
        native_ready();
        brotli_calls::decompress(data)
    }
}
