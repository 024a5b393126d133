//! The experiment worker: the simulation core alone, for Web Workers.
//!
//! The stablecoin page's ensemble (`src/ui/stablecoin/ensemble_panel.rs`)
//! starts one Web Worker per core (`www/ensemble-worker.js`); each imports
//! this module (`chainlab-worker.js`, Trunk's `data-type="worker"` output)
//! and runs whole seeds with [`stablecoin_run`]. The same core as the page
//! and the CLI, so a seed's path is the same bits wherever it ran: the
//! JSON carries floats that parse back exactly (serde_json's
//! `float_roundtrip`), and the page assembles the runs in seed order.

#[cfg(target_arch = "wasm32")]
mod exports {
    use chainlab::sim::stablecoin::ensemble::RunPath;
    use chainlab::sim::stablecoin::{StablecoinParams, StablecoinSim};
    use wasm_bindgen::prelude::*;

    /// One ensemble run: `params` as the page's JSON, the seed as decimal
    /// text (a u64 does not fit a JavaScript number), the path sampled
    /// every `every` steps; returns the run's path as JSON. Throws an Error
    /// naming what is wrong with the input.
    #[wasm_bindgen]
    pub fn stablecoin_run(params: &str, seed: &str, every: usize) -> Result<String, JsError> {
        let params: StablecoinParams =
            serde_json::from_str(params).map_err(|e| JsError::new(&format!("parameters: {e}")))?;
        let seed: u64 = seed.parse().map_err(|_| JsError::new(&format!("seed {seed:?} is not a whole number")))?;
        let mut sim = StablecoinSim::new(params, seed).map_err(|e| JsError::new(&format!("parameters: {e}")))?;
        sim.run_to_end();
        serde_json::to_string(&RunPath::of(&sim, every)).map_err(|e| JsError::new(&e.to_string()))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("chainlab-worker is the browser's experiment module: Trunk builds it for wasm32 (see README.md).");
        std::process::exit(2);
    }
}
