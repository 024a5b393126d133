//! Chain Lab's Brotli for the browser. The rollup page imports this module
//! (`chainlab-codec.js`) when it opens and installs its two functions into
//! the simulation core (`src/sim/rollup/codec.rs` says why it is separate).
//! The Brotli calls are the core's own file, included here, so both builds
//! compress with the same settings.

#[path = "../../src/sim/rollup/codec/brotli_calls.rs"]
mod brotli_calls;

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Brotli-compress at `quality` (0–11) with an `lgwin`-bit window.
    #[wasm_bindgen]
    pub fn compress(data: &[u8], quality: u32, lgwin: u32) -> Vec<u8> {
        super::brotli_calls::compress(data, quality, lgwin)
    }

    /// Brotli-decompress; throws an Error naming what is wrong with the stream.
    #[wasm_bindgen]
    pub fn decompress(data: &[u8]) -> Result<Vec<u8>, JsError> {
        super::brotli_calls::decompress(data).map_err(|e| JsError::new(&format!("not a valid Brotli stream: {e}")))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = brotli_calls::compress;
        let _ = brotli_calls::decompress;
        eprintln!("chainlab-codec is the browser's Brotli module: Trunk builds it for wasm32 (see README.md).");
        std::process::exit(2);
    }
}
