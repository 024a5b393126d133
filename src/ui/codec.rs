//! Loads the rollup page's Brotli (the `chainlab-codec` wasm module) and
//! installs it into the simulation core ([`use_codec`]). The page runs
//! before it is there: the model makes every block that needs no
//! compressed size and waits at the first that does, showing
//! "compressing…" ([`crate::sim::rollup::RollupSim::awaiting_codec`]).
//! Why the codec is a separate module: `src/sim/rollup/codec.rs`.
//!
//! The module sits beside `index.html` (Trunk's `data-type="worker"` output:
//! `chainlab-codec.js` and `chainlab-codec_bg.wasm`, unhashed) and is
//! imported by a URL relative to the document, so the app still works from
//! any sub-path. The service worker caches it when it is first fetched.

use crate::sim::rollup::codec::{self, Codec};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The codec's JavaScript file, relative to the document.
pub const CODEC_JS: &str = "chainlab-codec.js";

#[wasm_bindgen(inline_js = r#"
let loading = null;
let attempts = 0;
export function load_codec(file) {
  if (!loading) {
    // A retry asks for a new URL: some browsers remember a failed module import for the
    // life of the page. (The glue finds its wasm from its own URL without the query.)
    const url = new URL(file + (attempts ? `?retry=${attempts}` : ''), document.baseURI).href;
    attempts += 1;
    loading = import(url).then(async (m) => { await m.default(); return m; });
    loading.catch(() => { loading = null; });
  }
  return loading;
}
"#)]
extern "C" {
    /// Imports and initialises the codec module once; resolves to it.
    fn load_codec(file: &str) -> js_sys::Promise;

    /// The codec module's exports (`codec/src/main.rs`).
    type CodecModule;
    #[wasm_bindgen(method, js_name = compress)]
    fn compress(this: &CodecModule, data: &[u8], quality: u32, lgwin: u32) -> Vec<u8>;
    #[wasm_bindgen(method, catch, js_name = decompress)]
    fn decompress(this: &CodecModule, data: &[u8]) -> Result<Vec<u8>, JsValue>;
}

thread_local! {
    static MODULE: RefCell<Option<CodecModule>> = const { RefCell::new(None) };
}

fn with_module<T>(f: impl FnOnce(&CodecModule) -> T) -> T {
    MODULE.with(|m| f(m.borrow().as_ref().expect("the codec is installed only after its module has loaded")))
}

fn web_compress(data: &[u8], quality: u32, lgwin: u32) -> Vec<u8> {
    with_module(|m| m.compress(data, quality, lgwin))
}

fn web_decompress(data: &[u8]) -> Result<Vec<u8>, String> {
    with_module(|m| m.decompress(data)).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}"))
    })
}

/// Loads the codec module (once) and installs it into the core.
pub async fn load() -> Result<(), String> {
    if codec::is_ready() {
        return Ok(());
    }
    let module = wasm_bindgen_futures::JsFuture::from(load_codec(CODEC_JS)).await.map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}"))
    })?;
    MODULE.with(|m| *m.borrow_mut() = Some(module.unchecked_into()));
    codec::install(Codec { compress: web_compress, decompress: web_decompress });
    Ok(())
}

/// Where the codec is.
#[derive(Clone, Debug, PartialEq)]
pub enum CodecState {
    Loading,
    Ready,
    Failed(String),
}

/// The codec for a page that uses it: starts loading it when the page
/// mounts (the page runs meanwhile: the model waits only at a block that
/// needs Brotli), and gives its state and a callback that tries again
/// after a failure. The page re-renders when the state changes.
#[hook]
pub fn use_codec() -> (CodecState, Callback<MouseEvent>) {
    let state = use_state(|| if codec::is_ready() { CodecState::Ready } else { CodecState::Loading });
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(*attempt, move |_| {
            if *state != CodecState::Ready {
                state.set(CodecState::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load().await {
                        Ok(()) => CodecState::Ready,
                        Err(e) => CodecState::Failed(e),
                    });
                });
            }
        });
    }
    let retry = Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1));
    ((*state).clone(), retry)
}

/// A line while the codec loads; if it cannot be fetched, why and a way to
/// try again; nothing once it is there.
pub fn codec_notice(state: &CodecState, retry: &Callback<MouseEvent>) -> Html {
    match state {
        CodecState::Ready => html! {},
        CodecState::Loading => html! {
            <p class="muted" id="codec-loading" role="status" aria-live="polite">
                { crate::t!("codec-loading", file = CODEC_JS) }
            </p>
        },
        CodecState::Failed(why) => html! {
            <section class="codec-status" id="codec-error" role="alert">
                <p>{ crate::t!("codec-failed", file = CODEC_JS, why = why.clone()) }</p>
                <p>{ crate::t!("offline-hint") }</p>
                <p><button id="codec-retry" onclick={retry.clone()}>{ crate::t!("try-again") }</button>{ " " }<a href="#/">{ crate::t!("other-simulations") }</a></p>
            </section>
        },
    }
}
