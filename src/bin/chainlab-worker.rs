//! The experiment worker: the simulation core alone, for Web Workers.
//!
//! The stablecoin page's ensemble (`src/ui/stablecoin/ensemble_panel.rs`)
//! and the consensus page's experiment (`src/ui/consensus/pool.rs`) start
//! Web Workers, one per core, through one pool (`src/ui/workers.rs`); each
//! worker (`www/worker.js`) imports this module (`chainlab-worker.js`,
//! Trunk's `data-type="worker"` output) and runs whole seeds with
//! [`stablecoin_run`] or [`consensus_run`], by the job's kind. The same
//! core as the page and the CLI, so a seed's result is the same bits
//! wherever it ran: the JSON carries floats that parse back exactly
//! (serde_json's `float_roundtrip`), and the page assembles the runs in
//! seed order.

#[cfg(target_arch = "wasm32")]
mod exports {
    use chainlab::sim::consensus::experiment::run_once;
    use chainlab::sim::consensus::Params as ConsensusParams;
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

    /// Run `run` of a consensus experiment (`Experiment`'s seed
    /// `base_seed + run`, at the page's scale): `params` as JSON, the base
    /// seed and the run as decimal text; returns the run's outcome as JSON,
    /// exactly as `Experiment` records it. Throws an Error naming what is
    /// wrong with the input.
    #[wasm_bindgen]
    pub fn consensus_run(params: &str, base_seed: &str, run: &str) -> Result<String, JsError> {
        let params: ConsensusParams =
            serde_json::from_str(params).map_err(|e| JsError::new(&format!("parameters: {e}")))?;
        let base: u64 =
            base_seed.parse().map_err(|_| JsError::new(&format!("seed {base_seed:?} is not a whole number")))?;
        let run: u32 = run.parse().map_err(|_| JsError::new(&format!("run {run:?} is not a whole number")))?;
        let outcome = run_once(&params, base.wrapping_add(u64::from(run)), run)
            .map_err(|e| JsError::new(&format!("parameters: {e}")))?;
        serde_json::to_string(&outcome).map_err(|e| JsError::new(&e.to_string()))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("chainlab-worker is the browser's experiment module: Trunk builds it for wasm32 (see README.md).");
        std::process::exit(2);
    }
}
