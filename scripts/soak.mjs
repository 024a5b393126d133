#!/usr/bin/env node
// Long-session soak (issue 18): every simulation page plays at its fastest speed for a
// whole session, each in its own tab of one headless Chromium, while the script scrubs the
// timeline back and forth, restarts finished runs and now and then draws a new seed. Every
// minute it records, per page, the JS heap in use (CDP Runtime.getHeapUsage), the wasm
// memory (the app module's memory.buffer.byteLength; wasm memory never shrinks, so growth
// shows as steps), the frames drawn in the last minute and the furthest step reached.
//
//   trunk build --release --offline --public-url ./ --features bench-exports   # dist/
//   node scripts/soak.mjs [--minutes 10] [--out soak.json] [--pages consensus,rollup]
//
// Prints a table per page and writes every sample to --out (JSON). Exits non-zero if a page
// logged an error, or if the last sample's wasm memory or JS heap is more than twice the
// sample at minute 2 (after warm-up), which would be unbounded growth.
import fs from 'node:fs';
import { openPage, closeAll, waitForApp, baseUrl } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const minutes = Number(arg('minutes', '10'));
const out = arg('out', '');
const PAGES = {
  consensus: '#/consensus?seed=1&n=2000&k=20&speed=max',
  rollup: '#/rollup?seed=1&speed=max',
  swap: '#/swap?seed=1&scenario=congestion&speed=max',
  stablecoin: '#/stablecoin?seed=1&speed=max',
  validators: '#/validators?seed=1&speed=max',
};
const names = arg('pages', Object.keys(PAGES).join(',')).split(',');

function instrument() {
  window.__frames = 0;
  const tick = () => {
    window.__frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__wasmMemory = e.detail.wasm.memory;
  });
}

const tabs = [];
for (const name of names) {
  const opened = await openPage('about:blank');
  await opened.page.addInitScript(instrument);
  await opened.page.goto(new URL(PAGES[name], baseUrl).href);
  await waitForApp(opened.page, 60_000);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  tabs.push({ name, ...opened, cdp, samples: [], restarts: 0, scrubs: 0, seeds: 0, lastFrames: 0 });
}

async function sample(t, minute) {
  const heap = await t.cdp.send('Runtime.getHeapUsage');
  const s = await t.page.evaluate(() => {
    const sc = document.querySelector('#scrubber');
    return {
      wasm: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null,
      frames: window.__frames,
      furthest: sc ? Number(sc.max) : null,
      step: sc ? Number(sc.value) : null,
    };
  });
  const row = {
    minute,
    jsHeapMB: +(heap.usedSize / 2 ** 20).toFixed(1),
    wasmMB: s.wasm === null ? null : +(s.wasm / 2 ** 20).toFixed(1),
    framesPerMinute: s.frames - t.lastFrames,
    furthest: s.furthest,
    restarts: t.restarts,
    scrubs: t.scrubs,
  };
  t.lastFrames = s.frames;
  t.samples.push(row);
  return row;
}

// One round of driving a tab: keep it playing, scrub now and then.
async function drive(t, rng) {
  const p = t.page;
  const state = await p.evaluate(() => {
    const play = document.querySelector('#play');
    return { disabled: play ? play.disabled : true, label: play ? play.textContent : '' };
  });
  if (state.disabled) {
    // Finished: back to the start (R), sometimes with a new seed, and play again.
    if (rng() < 0.3 && (await p.$('#new-seed'))) {
      await p.click('#new-seed');
      t.seeds += 1;
    } else {
      await p.click('#reset');
    }
    t.restarts += 1;
  } else if (!/pause/i.test(state.label)) {
    await p.click('#play');
  }
  if (rng() < 0.5) {
    const moved = await p.evaluate((x) => {
      const sc = document.querySelector('#scrubber');
      if (!sc || sc.disabled || Number(sc.max) === 0) return false;
      sc.value = String(Math.floor(Number(sc.max) * x));
      sc.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }, rng());
    if (moved) t.scrubs += 1;
    // Scrubbing pauses some pages; play on.
    const label = await p.evaluate(() => document.querySelector('#play')?.textContent || '');
    if (!/pause/i.test(label) && !(await p.evaluate(() => document.querySelector('#play')?.disabled))) await p.click('#play');
  }
}

let seed = 12345;
const rng = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const start = Date.now();
for (const t of tabs) await sample(t, 0);
let nextSample = 1;
console.log(`soak: ${names.join(', ')} for ${minutes} min at speed=max`);
while (Date.now() - start < minutes * 60_000) {
  for (const t of tabs) await drive(t, rng).catch((e) => t.consoleErrors.push(`driver: ${e.message}`));
  await new Promise((r) => setTimeout(r, 2000));
  if (Date.now() - start >= nextSample * 60_000) {
    for (const t of tabs) {
      const r = await sample(t, nextSample);
      console.log(`  min ${String(nextSample).padStart(2)} ${t.name.padEnd(10)} heap ${r.jsHeapMB} MB, wasm ${r.wasmMB} MB, ${r.framesPerMinute} frames, restarts ${r.restarts}, scrubs ${r.scrubs}`);
    }
    nextSample += 1;
  }
}

let failed = false;
const report = {};
for (const t of tabs) {
  const first = t.samples[Math.min(2, t.samples.length - 1)];
  const last = t.samples[t.samples.length - 1];
  const grew = (a, b) => a !== null && b !== null && b > 2 * a;
  const errors = t.consoleErrors.filter((e) => !e.startsWith('driver:'));
  const bad = errors.length > 0 || grew(first.wasmMB, last.wasmMB) || grew(first.jsHeapMB, last.jsHeapMB);
  failed ||= bad;
  report[t.name] = { samples: t.samples, errors: t.consoleErrors, restarts: t.restarts, scrubs: t.scrubs, seeds: t.seeds };
  console.log(`\n${t.name}${bad ? '  <- FAILED' : ''}`);
  console.log('minute | JS heap MB | wasm MB | frames/min | furthest step');
  for (const r of t.samples) console.log(`${String(r.minute).padStart(6)} | ${String(r.jsHeapMB).padStart(10)} | ${String(r.wasmMB).padStart(7)} | ${String(r.framesPerMinute).padStart(10)} | ${r.furthest}`);
  if (t.consoleErrors.length) console.log(`errors: ${t.consoleErrors.slice(0, 5).join('\n')}`);
}
if (out) fs.writeFileSync(out, JSON.stringify(report, null, 2));
await closeAll();
process.exit(failed ? 1 : 0);
