// Runs per second of the consensus page's experiment (src/ui/consensus/pool.rs) in headless
// Chromium, against the build in dist/ (trunk build, as for the browser tests):
//
//   node scripts/experiment-throughput.mjs            # prints a table, writes JSON
//   EXPERIMENTS='400x200,2000x100' REPEATS=2 node scripts/experiment-throughput.mjs
//
// Three ways for each experiment (nodes x runs, default parameters otherwise, seed 1):
// Web Workers on every core (the page's default, navigator.hardwareConcurrency, at most 8),
// one worker (hardwareConcurrency reported as 1), and no workers (window.Worker removed: the
// page steps the runs between animation frames, as before issue 17). Time is from the click
// on Play to the Play button saying "Finished" (polled every animation frame), so it includes
// starting the workers and loading the experiment module into each. Also reported: the
// longest gap between animation frames meanwhile. Nothing fails on a slow result.
// Written for the lead to fold into benches/browser.mjs: measureExperimentThroughput() is
// exported; the file runs on its own too. Writes target/experiment-throughput.json.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBrowser, baseUrl, closeAll } from '../tests/browser/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = path.join(ROOT, 'target', 'experiment-throughput.json');

export const EXPERIMENT_MODES = {
  workers: '',
  'one worker': "Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 1 });",
  'no workers': 'window.Worker = undefined;',
};

async function measureOne(nodes, runs, mode) {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(600_000);
  if (EXPERIMENT_MODES[mode]) await context.addInitScript(EXPERIMENT_MODES[mode]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  try {
    await page.goto(new URL(`#/consensus?view=experiment&n=${nodes}&runs=${runs}&seed=1`, baseUrl).href);
    await page.waitForSelector('#experiment-progress');
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__t0 = null;
      window.__gap = 0;
      let last = performance.now();
      const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
      document.querySelector('#play').addEventListener('click', () => {
        window.__t0 = performance.now();
        last = window.__t0;
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 600_000, polling: 'raf' });
    const m = await page.evaluate(() => {
      window.__stop = true;
      const w = document.querySelector('#experiment-workers');
      return {
        ms: performance.now() - window.__t0,
        longest_frame_gap_ms: window.__gap,
        threads: Number(w?.dataset.experimentThreads || 0),
        fallback: w?.dataset.experimentFallback || '',
        progress: document.querySelector('#experiment-progress').textContent.trim(),
      };
    });
    return { nodes, runs, mode, ...m, runs_per_second: runs / (m.ms / 1000), errors };
  } finally {
    await context.close();
  }
}

/** Every experiment in every mode, `repeats` times each. */
export async function measureExperimentThroughput(experiments = [[400, 200], [2000, 100]], repeats = 1) {
  const out = [];
  for (const [nodes, runs] of experiments) {
    for (const mode of Object.keys(EXPERIMENT_MODES)) {
      for (let r = 0; r < repeats; r++) out.push(await measureOne(nodes, runs, mode));
    }
  }
  return out;
}

export function printExperimentThroughput(rows) {
  console.log('Consensus experiment (default parameters, seed 1): runs per second, click on Play to "Finished"');
  for (const m of rows) {
    console.log(`   ${String(m.nodes).padStart(6)} nodes x ${String(m.runs).padStart(4)} runs  ${m.mode.padEnd(10)} (${m.threads} threads)  ${m.runs_per_second.toFixed(1).padStart(7)} runs/s  ${(m.ms / 1000).toFixed(2).padStart(7)} s  longest frame gap ${m.longest_frame_gap_ms.toFixed(0)} ms${m.fallback ? `  fallback: ${m.fallback}` : ''}${m.errors.length ? `  errors: ${m.errors.join('; ')}` : ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const experiments = (process.env.EXPERIMENTS || '400x200,2000x100').split(',').map((s) => s.split('x').map(Number));
  try {
    const rows = await measureExperimentThroughput(experiments, Number(process.env.REPEATS || 1));
    printExperimentThroughput(rows);
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, JSON.stringify({ when: new Date().toISOString(), rows }, null, 2));
    console.log(`Wrote ${path.relative(ROOT, REPORT)}`);
  } finally {
    await closeAll();
  }
}
