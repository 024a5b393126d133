// One Web Worker of the page's worker pool (src/ui/workers.rs): the stablecoin ensemble
// and the consensus experiment. It imports the experiment module (chainlab-worker.js
// beside index.html, built from src/bin/chainlab-worker.rs) and runs one job at a time:
// a message { i, kind, common, item } calls the export for `kind` with the pool's common
// arguments and this item, and is answered with { i, json } or { i, error }. Same origin only.
import init, { stablecoin_run, consensus_run } from '../chainlab-worker.js';

const JOBS = {
  // common: [params JSON, samples every n steps]; item: the seed.
  stablecoin: ([params, every], seed) => stablecoin_run(params, seed, Number(every)),
  // common: [params JSON, base seed]; item: the run (seed = base + run).
  consensus: ([params, base], run) => consensus_run(params, base, run),
};

const ready = init();

self.onmessage = async (e) => {
  const { i, kind, common, item } = e.data || {};
  try {
    await ready;
    const job = JOBS[kind];
    if (!job) throw new Error(`no such job: ${kind}`);
    self.postMessage({ i, json: job((common || []).map(String), String(item)) });
  } catch (err) {
    self.postMessage({ i, error: String((err && err.message) || err) });
  }
};
