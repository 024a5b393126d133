// Shared by the browser benchmark's sections (benches/browser.mjs and benches/browser/*.mjs):
// the harness, the report's paths, number formatting, gzip -9, summaries, a fresh page, and the
// frame hook that counts frames and the app's work per frame.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { getBrowser, baseUrl, closeAll, distDir, chromiumPath } from '../../tests/browser/harness.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPORT = path.join(ROOT, 'target', 'bench-report.json');
export const NATIVE = path.join(ROOT, 'target', 'bench-native.json');
export const SECONDS = Number(process.env.BENCH_SECONDS || 5);
export const WARMUP_MS = 1000;
export const VIEWPORT = { width: 1280, height: 800 };

export const fmt = (v, d = 3) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(d) : '–');
export const pad = (s, n) => String(s).padStart(n);
export const kb = (b) => (b / 1024).toFixed(1);

// gzip -9 as scripts/build.sh measures it (the gzip program); node's zlib if there is none.
// (Node's bundled zlib is Chromium's fork and compresses the wasm ~2% worse than gzip -9.)
export let gzipMethod = 'gzip -9';
export function gzip9(buf) {
  if (!buf.length) return 0;
  if (gzipMethod === 'gzip -9') {
    try {
      return execFileSync('gzip', ['-9', '-c'], { input: buf, maxBuffer: 1 << 30 }).length;
    } catch {
      gzipMethod = "node zlib level 9 (no gzip program)";
    }
  }
  return zlib.gzipSync(buf, { level: 9 }).length;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
export function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { count: s.length, mean, median: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

/** Frame timestamps and the app's work per frame, summarised: intervals, their span, fps. */
export function frameStats(stamps, work) {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  const span = stamps[stamps.length - 1] - stamps[0];
  return { intervals, span, iv: summary(intervals), work: summary(work), fps: (intervals.length / span) * 1000 };
}

export async function newPage({ initScript } = {}) {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  context.setDefaultTimeout(60_000);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  return { context, page, errors };
}

// The exports exist only in a build with the bench-exports feature (scripts/bench.sh builds
// one; a production dist/ leaves them out): say so instead of waiting for ever.
export const waitForBindings = async (page) => {
  await page.waitForFunction(() => window.wasmBindings && Object.keys(window.wasmBindings).length > 0);
  if (await page.evaluate(() => typeof window.wasmBindings.bench_consensus_round !== 'function')) {
    throw new Error('dist/ has no benchmark exports: build it with `bash scripts/build.sh --features bench-exports`');
  }
};

// ---------------------------------------------------------------------------------------------
// 3. Frame rate while the consensus page plays.

// Installed before the app starts: wraps requestAnimationFrame so that the time each of the
// app's frame callbacks takes, including the microtasks it queues (Yew renders and canvas
// draws run there), is recorded. The raw function stays available for the frame counter.
export const FRAME_WORK_HOOK = () => {
  const raw = window.requestAnimationFrame.bind(window);
  window.__benchRawRaf = raw;
  window.__benchAppWork = [];
  window.requestAnimationFrame = (cb) =>
    raw((ts) => {
      const t0 = performance.now();
      try {
        cb(ts);
      } finally {
        queueMicrotask(() => window.__benchAppWork.push(performance.now() - t0));
      }
    });
  // The frame counter: the timestamps of raw frames over `ms` milliseconds.
  window.__benchFrames = (ms) =>
    new Promise((resolve) => {
      const stamps = [];
      const tick = (ts) => {
        stamps.push(ts);
        if (ts - stamps[0] < ms) raw(tick);
        else resolve(stamps);
      };
      raw(tick);
    });
};


export { getBrowser, baseUrl, closeAll, distDir, chromiumPath };
