// One Web Worker of the stablecoin page's ensemble (src/ui/stablecoin/ensemble_panel.rs).
// It imports the experiment module (chainlab-worker.js beside index.html, built from
// src/bin/chainlab-worker.rs) and runs whole seeds: a message { i, params, seed, every }
// is answered with { i, json } (the run's path) or { i, error }. Same origin only.
import init, { stablecoin_run } from '../chainlab-worker.js';

const ready = init();

self.onmessage = async (e) => {
  const { i, params, seed, every } = e.data || {};
  try {
    await ready;
    self.postMessage({ i, json: stablecoin_run(String(params), String(seed), Number(every)) });
  } catch (err) {
    self.postMessage({ i, error: String((err && err.message) || err) });
  }
};
