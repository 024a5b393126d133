// Browser benchmarks of the release build in dist/, in headless Chromium (run by
// scripts/bench.sh after `cargo bench --bench consensus` and
// `scripts/build.sh --features bench-exports`, which adds the src/ui/bench.rs exports):
//
//   node benches/browser.mjs
//
// 1. One Snowball round (K=20) in wasm: window.wasmBindings.bench_consensus_round
//    (src/ui/bench.rs) for 10,000, 2,500 and 400 nodes, beside the native numbers from
//    target/bench-native.json (written by `cargo bench --bench consensus`) when present.
// 2. Frame rate while the consensus page animates: requestAnimationFrame callbacks and their
//    intervals over a few seconds of playback, the page's own script time per frame, and
//    rounds per second (data-round on section.consensus).
// 3. Download size of a first visit of #/: every response the page receives, gzip -9'd.
// 4. The atomic-swap checker in wasm. 5. The rollup model in wasm: one simulated hour at 100 tx/s.
//
// Prints a report and writes it as JSON to target/bench-report.json. Speed and size goals
// are judged from these reported numbers; nothing here fails on a slow result.
//
// 6. The stablecoin page's 20-seed ensemble (May 2022): time from the click to both fan charts
//    drawn, and every main-thread task over 50 ms meanwhile (longtask entries) with the longest;
//    beside it the 12-day per-block May 2022 run in wasm (section 5's runs).
//
// Environment: BENCH_SECONDS (default 5) sets each frame-rate measurement's length;
// BENCH_ONLY=stablecoin runs sections 5 and 6 of the stablecoin page alone; BENCH_ONLY=pages
// runs section 7 (every page's fps at 1x and 4x CPU throttle) alone; BENCH_ONLY=visits runs
// section 8 (each page's first-visit bytes and time until it can step) alone, on the dist/ of
// CHAINLAB_DIST_DIR (scripts/bench.sh points it at a production build); BENCH_ONLY=experiments
// runs section 9 (the consensus experiment's runs per second on the page and in 1 and N Web
// Workers, scripts/experiment-throughput.mjs) alone.
// The harness launches Chromium headless with --disable-gpu: frames are composited and
// rasterised in software, so the frame rate is a lower bound on what a desktop browser shows.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { measureExperimentThroughput, printExperimentThroughput } from '../scripts/experiment-throughput.mjs';
import { REPORT, NATIVE, SECONDS, WARMUP_MS, VIEWPORT, fmt, pad, kb, gzip9, gzipMethod, percentile, summary, newPage, frameStats, waitForBindings, FRAME_WORK_HOOK, getBrowser, baseUrl, closeAll, distDir, chromiumPath } from './browser/common.mjs';
import { measureStablecoin, measureStablecoinEnsembles, printStablecoinEnsemble, mainStablecoin } from './browser/stablecoin.mjs';
import { measurePages, printPages, measureFirstVisits, printFirstVisits } from './browser/pages.mjs';

// ---------------------------------------------------------------------------------------------
// 1. Download size of a first visit of #/ (fresh context: empty cache and storage).
async function measureDownload() {
  const { context, page, errors } = await newPage();
  const responses = new Map();
  page.on('response', (resp) => {
    const url = resp.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    responses.set(url, resp);
  });
  try {
    await page.goto(new URL('#/', baseUrl).href, { waitUntil: 'networkidle' });
    await page.waitForSelector('main *');
    await waitForBindings(page);
    await page.waitForLoadState('networkidle');
    const files = [];
    for (const [url, resp] of responses) {
      let body;
      try {
        body = await resp.body();
      } catch {
        body = Buffer.alloc(0); // redirects and bodiless answers
      }
      files.push({
        url: url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '(index)' : url,
        status: resp.status(),
        type: (resp.headers()['content-type'] || '').split(';')[0],
        raw: body.length,
        gzip9: gzip9(body),
        brotli11: body.length
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length
          : 0,
      });
    }
    files.sort((a, b) => b.gzip9 - a.gzip9);
    const total = (k) => files.reduce((a, f) => a + f[k], 0);
    // Files in dist/ that the first visit did not request (for information).
    const requested = new Set(files.map((f) => decodeURIComponent(f.url.split(/[?#]/)[0])));
    const distFiles = [];
    (function walk(dir) {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else distFiles.push(path.relative(distDir, p).split(path.sep).join('/'));
      }
    })(distDir);
    const notRequested = distFiles
      .filter((f) => !requested.has(f) && !(f === 'index.html' && requested.has('(index)')))
      .map((f) => ({ file: f, gzip9: gzip9(fs.readFileSync(path.join(distDir, f))) }));
    return {
      files,
      total_raw_bytes: total('raw'),
      total_gzip9_bytes: total('gzip9'),
      total_brotli11_bytes: total('brotli11'),
      total_gzip9_kb: total('gzip9') / 1024,
      gzip_method: gzipMethod,
      dist_files_not_requested: notRequested,
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. One consensus round in wasm.
async function measureWasmRounds() {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(new URL('#/', baseUrl).href);
    await waitForBindings(page);
    // The app is idle on the home page apart from its previews; let them settle.
    await page.waitForTimeout(500);
    const cases = [
      { nodes: 10_000, k: 20, rounds: 80 },
      { nodes: 2_500, k: 20, rounds: 80 },
      { nodes: 400, k: 20, rounds: 80 },
    ];
    const rounds = [];
    for (const c of cases) {
      // Once unmeasured (JIT tier-up of the wasm code), then measured.
      await page.evaluate((c) => window.wasmBindings.bench_consensus_round(c.nodes, c.k, 10, 1000n), c);
      const json = await page.evaluate((c) => window.wasmBindings.bench_consensus_round(c.nodes, c.k, c.rounds, 1n), c);
      rounds.push(JSON.parse(json));
    }
    const run = JSON.parse(await page.evaluate(() => window.wasmBindings.bench_consensus_run(10000, 20, 5, 1n)));
    return { rounds, run_to_end_10000: run, errors };
  } finally {
    await context.close();
  }
}

async function measureFrames({ nodes, speed }) {
  const hash = `#/consensus?n=${nodes}&speed=${speed}&seed=1&max=100000&byz=0.2&adv=balance`;
  const { context, page, errors } = await newPage({ initScript: FRAME_WORK_HOOK });
  try {
    await page.goto(new URL(hash, baseUrl).href);
    await page.waitForSelector('#nodes');
    await page.waitForSelector('#play');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('#nodes');
      return { width: c.width, height: c.height };
    });
    await page.click('#play');
    await page.waitForTimeout(WARMUP_MS);
    const m = await page.evaluate(async (ms) => {
      const roundNow = () => Number(document.querySelector('section.consensus').dataset.round);
      window.__benchAppWork.length = 0;
      const r0 = roundNow();
      const w0 = performance.now();
      const stamps = await window.__benchFrames(ms);
      const r1 = roundNow();
      const wall = performance.now() - w0;
      const work = window.__benchAppWork.slice();
      const play = document.querySelector('#play').textContent;
      const status = (document.querySelector('#status') || {}).textContent || '';
      return { stamps, r0, r1, wall, work, play, status };
    }, SECONDS * 1000);
    const { intervals, span, iv, work } = frameStats(m.stamps, m.work);
    return {
      url: hash,
      nodes,
      speed,
      canvas,
      seconds: span / 1000,
      frames: intervals.length,
      fps: (intervals.length / span) * 1000,
      interval_mean_ms: iv.mean,
      interval_median_ms: iv.median,
      interval_p95_ms: iv.p95,
      interval_max_ms: iv.max,
      frames_over_20ms: intervals.filter((x) => x > 20).length,
      app_frame_callbacks: work.count,
      app_work_mean_ms: work.mean,
      app_work_median_ms: work.median,
      app_work_p95_ms: work.p95,
      rounds_start: m.r0,
      rounds_end: m.r1,
      rounds_per_second: ((m.r1 - m.r0) / m.wall) * 1000,
      still_playing: m.play.includes('▮▮'),
      status: m.status.trim(),
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

function printReport(r) {
  const out = [];
  const line = (s = '') => out.push(s);
  line('Chain Lab browser benchmark (release build in dist/, headless Chromium)');
  line(`chromium: ${r.chromium}   viewport ${VIEWPORT.width}x${VIEWPORT.height} @1x   --headless --disable-gpu (software rendering)`);
  line();

  line('1. One Snowball round (K=20, alpha 15/15, beta 20), rounds 2..=11 of fresh networks');
  line(`   goal: 10,000 nodes under 2 ms per round in wasm; performance.now() resolution here: ${fmt(r.wasm.rounds[0]?.timer_resolution_ms, 3)} ms`);
  line(
    `   ${pad('nodes', 7)} ${pad('rounds', 7)} ${pad('wasm med', 9)} ${pad('wasm min', 9)} ${pad('wasm mean', 10)} ${pad('block mean', 11)} ${pad('native med', 11)} ${pad('native min', 11)} ${pad('wasm/native', 12)}`,
  );
  for (const w of r.wasm.rounds) {
    if (w.error) {
      line(`   ${pad(w.nodes ?? '?', 7)} error: ${w.error}`);
      continue;
    }
    const n = r.native?.round?.find((x) => x.nodes === w.nodes);
    const ratio = n ? w.block_mean_ms / n.mean_ms : NaN;
    const coarse = w.block_mean_ms < 10 * w.timer_resolution_ms ? '*' : ' ';
    line(
      `  ${coarse}${pad(w.nodes, 7)} ${pad(w.rounds_timed, 7)} ${pad(fmt(w.median_ms), 9)} ${pad(fmt(w.min_ms), 9)} ${pad(fmt(w.mean_ms), 10)} ${pad(fmt(w.block_mean_ms), 11)} ${pad(fmt(n?.median_ms), 11)} ${pad(fmt(n?.min_ms), 11)} ${pad(fmt(ratio, 2) + 'x', 12)}`,
    );
  }
  line('   (ms per round; "block mean" = each network\'s 10 timed rounds timed together / 10; ratio = block mean / native mean;');
  line('    * = a round takes under 10 timer ticks, so its median/min are quantised: read the block mean)');
  const w10 = r.wasm.rounds.find((x) => x.nodes === 10_000);
  if (w10 && !w10.error) {
    const verdict = w10.median_ms < 2 ? 'MET' : `NOT MET (${fmt(w10.median_ms / 2, 2)}x the budget)`;
    line(
      `   10,000-node round: median ${fmt(w10.median_ms)} ms (block mean ${fmt(w10.block_mean_ms)} ms) in wasm vs 2 ms goal -> ${verdict}`,
    );
  }
  const run = r.wasm.run_to_end_10000;
  const nrun = r.native?.run_to_end_10000;
  line(
    `   whole run to finality, 10,000 nodes: wasm median ${fmt(run.median_ms, 1)} ms (min ${fmt(run.min_ms, 1)}; ` +
      `${run.runs.map((x) => `seed ${x.seed}: ${x.rounds} rounds ${fmt(x.ms, 1)} ms`).join(', ')})` +
      (nrun ? `; native median ${fmt(nrun.median_ms, 1)} ms (min ${fmt(nrun.min_ms, 1)})` : '; native: run cargo bench --bench consensus'),
  );
  line();

  line(`2. Frame rate while #/consensus plays (20% Byzantine "balance": the run stalls and keeps animating), ${SECONDS} s after ${WARMUP_MS / 1000} s warm-up`);
  line('   goal: 60 fps with 2,500 nodes animating');
  line(
    `   ${pad('nodes', 7)} ${pad('speed', 6)} ${pad('canvas', 9)} ${pad('fps', 6)} ${pad('mean ms', 8)} ${pad('p95 ms', 7)} ${pad('max ms', 7)} ${pad('>20ms', 6)} ${pad('app ms med', 11)} ${pad('app ms p95', 11)} ${pad('rounds/s', 9)} playing`,
  );
  for (const f of r.frames) {
    line(
      `   ${pad(f.nodes, 7)} ${pad(f.speed, 6)} ${pad(`${f.canvas.width}x${f.canvas.height}`, 9)} ${pad(fmt(f.fps, 1), 6)} ${pad(fmt(f.interval_mean_ms, 2), 8)} ${pad(fmt(f.interval_p95_ms, 2), 7)} ${pad(fmt(f.interval_max_ms, 1), 7)} ${pad(f.frames_over_20ms, 6)} ${pad(fmt(f.app_work_median_ms, 2), 11)} ${pad(fmt(f.app_work_p95_ms, 2), 11)} ${pad(fmt(f.rounds_per_second, 1), 9)} ${f.still_playing ? 'yes' : 'NO'}`,
    );
  }
  line('   (frame interval = time between requestAnimationFrame callbacks; app ms = the page\'s own frame callback');
  line('    plus the Yew render and canvas draws it queues, as JavaScript sees them; rasterisation is not included)');
  line();

  const d = r.download;
  line(`3. First visit of #/ (fresh context): every response, compressed with ${d.gzip_method} (and brotli -q 11 for comparison)`);
  line('   goal: under 400 KB gzipped in total');
  line(`   ${pad('raw B', 9)} ${pad('gzip9 B', 9)} ${pad('br11 B', 9)}  file`);
  for (const f of d.files) line(`   ${pad(f.raw, 9)} ${pad(f.gzip9, 9)} ${pad(f.brotli11, 9)}  ${f.url} (${f.status} ${f.type})`);
  line(`   ${pad(d.total_raw_bytes, 9)} ${pad(d.total_gzip9_bytes, 9)} ${pad(d.total_brotli11_bytes, 9)}  total`);
  const verdict = d.total_gzip9_bytes < 400 * 1024 ? 'MET' : 'NOT MET';
  line(`   total ${kb(d.total_gzip9_bytes)} KB gzipped (${kb(d.total_raw_bytes)} KB raw, ${kb(d.total_brotli11_bytes)} KB brotli) vs 400 KB goal -> ${verdict}`);
  if (d.dist_files_not_requested.length) {
    line(`   in dist/ but not requested: ${d.dist_files_not_requested.map((f) => `${f.file} (${f.gzip9} B gz)`).join(', ')}`);
  }
  const errs = [...r.wasm.errors, ...d.errors, ...r.frames.flatMap((f) => f.errors)];
  if (errs.length) {
    line();
    line('Page errors seen during the benchmark:');
    for (const e of errs) line(`   ${e}`);
  }
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// 4. The atomic-swap checker in wasm: the page's Verify button times verify() itself
//    (performance.now around the call) and prints "N states, M transitions, X ms".
async function measureSwapVerify() {
  const rows = [];
  for (const scenario of ['happy-path', 'misordered-timelocks', 'participant-offline', 'congestion']) {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}#/swap?scenario=${scenario}`);
    await page.waitForSelector('#verify-button');
    const times = [];
    let states = 0;
    let transitions = 0;
    let verdict = '';
    for (let i = 0; i < 5; i++) {
      // Each click re-runs the check; #verify's data-checks counts completed ones.
      const done = Number(await page.locator('#verify').getAttribute('data-checks'));
      await page.click('#verify-button');
      await page.waitForFunction((n) => Number(document.querySelector('#verify').dataset.checks) > n, done);
      const text = await page.locator('#verify-status').textContent();
      const m = text.match(/(\d+) states, (\d+) transitions, ([\d.]+) ms/);
      states = Number(m[1]);
      transitions = Number(m[2]);
      times.push(Number(m[3]));
      verdict = text.includes('holds') ? 'holds' : 'fails';
    }
    rows.push({ scenario, states, transitions, verdict, wasm_ms: summary(times) });
    await context.close();
  }
  return rows;
}

async function main() {
  if (process.env.BENCH_ONLY === 'stablecoin') return mainStablecoin();
  if (process.env.BENCH_ONLY === 'experiments') {
    // 9. The consensus experiment's runs per second on the page, in 1 and in N Web Workers.
    const rows = await measureExperimentThroughput([[400, 200], [2500, 200]], 1);
    printExperimentThroughput(rows);
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT.replace(/\.json$/, '-experiments.json'), JSON.stringify({ when: new Date().toISOString(), rows }, null, 2) + '\n');
    return;
  }
  if (process.env.BENCH_ONLY === 'visits') {
    const visits = await measureFirstVisits();
    printFirstVisits(visits);
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT.replace(/\.json$/, '-visits.json'), JSON.stringify({ when: new Date().toISOString(), dist: distDir, visits }, null, 2) + '\n');
    return;
  }
  if (process.env.BENCH_ONLY === 'pages') {
    const pages = await measurePages();
    printPages(pages);
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT.replace(/\.json$/, '-pages.json'), JSON.stringify({ when: new Date().toISOString(), pages }, null, 2) + '\n');
    return;
  }
  const report = { when: new Date().toISOString(), base_url: baseUrl, dist: distDir };
  const browser = await getBrowser();
  report.chromium = browser.version();
  report.chromium_path = chromiumPath;
  report.headless_no_gpu = true;
  report.native = fs.existsSync(NATIVE) ? JSON.parse(fs.readFileSync(NATIVE, 'utf8')) : null;

  report.download = await measureDownload();
  report.wasm = await measureWasmRounds();
  report.frames = [];
  for (const c of [
    { nodes: 2500, speed: '16' },
    { nodes: 2500, speed: 'max' },
    { nodes: 10000, speed: '16' },
    { nodes: 10000, speed: 'max' },
  ]) {
    report.frames.push(await measureFrames(c));
  }

  report.swap_verify = await measureSwapVerify();
  report.rollup = await measureRollupHour();
  report.stablecoin = await measureStablecoin();
  report.stablecoin_ensemble = await measureStablecoinEnsembles();
  report.validators = await measureValidators();
  report.pages = await measurePages();
  report.experiments = await measureExperimentThroughput([[400, 200], [2500, 200]], 1);

  printReport(report);
  console.log('\n4. Atomic-swap checker in wasm (Verify button, 5 clicks each; page timer resolution 0.1 ms)');
  console.log('   scenario                states  transitions  result  median ms  max ms');
  for (const r of report.swap_verify) {
    console.log(`   ${r.scenario.padEnd(22)} ${String(r.states).padStart(7)} ${String(r.transitions).padStart(12)}  ${r.verdict.padEnd(6)} ${r.wasm_ms.median.toFixed(1).padStart(9)} ${r.wasm_ms.max.toFixed(1).padStart(7)}`);
  }
  printRollup(report.rollup);
  console.log('\n5. Stablecoin model in wasm (run_to_end, 5 seeds) and the page\'s chart redraw per frame');
  console.log('   goal: a 30-day run at one-minute steps under 200 ms (native; see cargo bench --bench stablecoin)');
  for (const [sc, r] of Object.entries(report.stablecoin.runs)) {
    console.log(`   ${sc.padEnd(16)} ${String(r.steps).padStart(6)} steps  wasm median ${fmt(r.median_ms, 1)} ms  min ${fmt(r.min_ms, 1)} ms`);
  }
  for (const f of report.stablecoin.frames) {
    console.log(`   playing from step ${String(f.start_step).padStart(5)} (to ${f.end_step}): ${fmt(f.fps, 1)} fps; five charts redraw median ${fmt(f.redraw_ms.median, 2)} ms, p95 ${fmt(f.redraw_ms.p95, 2)} ms; app work per frame median ${fmt(f.app_work_ms.median, 2)} ms`);
  }
  printStablecoinEnsemble(report.stablecoin_ensemble, report.stablecoin.runs);
  const v = report.validators;
  console.log(`\n5. Validators in wasm: ${v.validators} validators x ${v.epochs} epochs (bench_validators), median of ${v.runs.length}: ${v.median_ms.toFixed(0)} ms (min ${v.min_ms.toFixed(0)})`);
  printPages(report.pages);
  printExperimentThroughput(report.experiments);
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), REPORT) || REPORT}`);
}

// 5. The rollup model in wasm: one simulated hour at 100 tx/s (360,000 transfers, real Brotli and
//    state roots) through window.wasmBindings.bench_rollup_hour (src/ui/bench.rs), at Nitro's
//    level 11 and at level 6 (Nitro's level under a backlog); native: cargo bench --bench rollup.
async function measureRollupHour() {
  const ctx = await (await getBrowser()).newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  // The rollup page loads the Brotli module (src/ui/codec.rs) that bench_rollup_hour needs.
  await page.goto(`${baseUrl}#/rollup`);
  await page.waitForSelector('section.rollup', { timeout: 30000 });
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_rollup_hour);
  const out = [];
  for (const quality of [11, 6]) {
    const r = await page.evaluate((q) => JSON.parse(window.wasmBindings.bench_rollup_hour(100, 3600, q, 1n)), quality);
    out.push({ quality, ...r });
  }
  await ctx.close();
  return out;
}

function printRollup(rows) {
  console.log('\n5. Rollup model in wasm: 1 simulated hour at 100 tx/s (goal: under 5 s native; native numbers: cargo bench --bench rollup)');
  console.log('   quality      txs  batches   raw bytes  compressed       s');
  for (const r of rows || []) {
    console.log(`   ${String(r.quality).padStart(7)} ${String(r.txs).padStart(8)} ${String(r.batches).padStart(8)} ${String(r.raw_bytes).padStart(11)} ${String(r.compressed_bytes).padStart(11)} ${(r.ms / 1000).toFixed(2).padStart(7)}`);
  }
}

// 5. The validator model in wasm: the issue's 10,000 validators over 10,000 epochs.
async function measureValidators() {
  const { context, page } = await newPage();
  try {
    await page.goto(new URL('#/', baseUrl).href);
    await waitForBindings(page);
    return JSON.parse(await page.evaluate(() => window.wasmBindings.bench_validators(10000, 10000, 3, 1n)));
  } finally {
    await context.close();
  }
}

try {
  await main();
} finally {
  await closeAll();
}
