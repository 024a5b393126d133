// A Chromium performance trace of one page while it plays, summarised: where the main thread's
// time goes per frame, and every forced (synchronous) layout or style recalculation with the
// JS call that forced it (the wasm-bindgen import's name, e.g. __wbg_clientWidth_…).
//
//   node benches/browser/trace.mjs '#/validators' [throttle=4] [seconds=3]
//   node benches/browser/trace.mjs '#/validators?n=20000&at=1000' [throttle=1] load
//
// With `load`, the trace covers the page's opening instead (navigation to the second frame
// after the app has drawn, as scripts/worst-links.mjs times a link), and the longest tasks
// are listed.
// Writes the raw trace to target/trace-<page>.json (open it in chrome://tracing or the
// DevTools Performance panel). For finding work, not for judging speed: the frame rate is
// section 7's (BENCH_ONLY=pages).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, newPage, getBrowser, baseUrl, closeAll, WARMUP_MS } from './common.mjs';
import { waitForApp } from '../../tests/browser/harness.mjs';

const hash = process.argv[2] || '#/validators';
const rate = Number(process.argv[3] || 4);
const load = process.argv[4] === 'load';
const seconds = load ? 0 : Number(process.argv[4] || 3);

const { context, page } = await newPage();
const browser = await getBrowser();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing'];
if (load) {
  await page.goto('about:blank');
  await browser.startTracing(page, { categories });
  await page.goto(new URL(hash, baseUrl).href);
  await waitForApp(page, 120_000);
  const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  console.log(`first picture at ${Math.round(ms)} ms after navigation`);
} else {
  await page.goto(new URL(hash, baseUrl).href);
  await page.waitForSelector('#play', { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.click('#play');
  await page.waitForTimeout(WARMUP_MS);
  await browser.startTracing(page, { categories });
  await page.waitForTimeout(seconds * 1000);
}
const buf = await browser.stopTracing();
await context.close();
await closeAll();

const name = hash.replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '') || 'home';
const out = path.join(ROOT, 'target', `trace-${name}.json`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, buf);

const events = JSON.parse(buf.toString()).traceEvents;
const threadName = new Map();
for (const e of events) if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
const main = events.filter((e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X');
const frames = main.filter((e) => e.name === 'FireAnimationFrame').length || 1;
const total = new Map();
for (const e of main) total.set(e.name, (total.get(e.name) || 0) + (e.dur || 0) / 1000);
if (load) {
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 20000).sort((a, b) => a.ts - b.ts);
  const t0 = tasks.length ? Math.min(...main.map((e) => e.ts)) : 0;
  console.log('tasks over 20 ms (start ms from the first event, duration ms, what runs inside for over 5 ms):');
  for (const t of tasks) {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 5000 && e.name !== 'RunTask');
    console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ${(t.dur / 1000).toFixed(1).padStart(7)}  ${inside.map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}`).join(', ')}`);
  }
}
console.log(`${hash} at ${rate}x, ${seconds} s: ${frames} animation frames; trace in ${path.relative(ROOT, out)}`);
console.log('main thread, ms per animation frame (top-level and nested events summed separately):');
for (const [n, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${n.padEnd(28)} ${(ms / frames).toFixed(2)}`);
// Forced: a layout or a style recalculation that carries a JS stack (it ran inside script).
const forced = main.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.args?.beginData?.stackTrace || e.args?.data?.stackTrace));
const byCaller = new Map();
for (const e of forced) {
  const st = e.args.beginData?.stackTrace || e.args.data?.stackTrace;
  const key = `${e.name} ← ${st.slice(0, 3).map((f) => f.functionName || `(${f.url.split('/').pop()}:${f.lineNumber})`).join(' ← ')}`;
  const v = byCaller.get(key) || { n: 0, ms: 0 };
  v.n += 1;
  v.ms += e.dur / 1000;
  byCaller.set(key, v);
}
console.log(`forced layouts and style recalcs: ${forced.length} (${(forced.length / frames).toFixed(2)} per frame)`);
for (const [k, v] of [...byCaller].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${String(v.n).padStart(4)}× ${(v.ms / frames).toFixed(2).padStart(6)} ms/frame  ${k}`);
