#!/usr/bin/env node
// Bounded links (issue 18): searches, page by page, for the link that costs the most before
// the first picture, in time (navigation start to the second animation frame after the page
// has drawn) and in wasm memory (the app module's memory.buffer.byteLength then). The search
// is greedy over each page's cost-driving parameters at their extremes: starting from the
// page's defaults, each candidate value is kept if it raises the cost (time / 2 s + memory
// / 256 MB) by more than 5%. Every link opens in a fresh browser context.
//
//   trunk build --release --offline --public-url ./ --features bench-exports   # dist/
//   node scripts/worst-links.mjs [--pages consensus,rollup] [--out worst.json]
//
// Prints every link tried with its cost, and per page the worst link found. The links found
// are kept as tests in tests/browser/bounded-links.test.mjs.
import fs from 'node:fs';
import { openPage, closeAll, waitForApp } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};

// Each page's parameters that decide how much work a link asks for, at their extremes, written
// as they stand in a link: each `key=value` is one candidate, tried in this order (a key given
// more than once is tried with each of its values).
const WHATIFS = Array.from({ length: 200 }, (_, i) => `${'rms'[i % 3]}@${i * 100}`).join(',');
export const SEARCH = {
  consensus: 'n=20000&k=200&view=compare&view=experiment&view=subnets&runs=5000&max=100000&beta=10000'
    + '&byz=0.9&drop=0.9&colours=4&proto=slush&proto=snowflake&m=10000&at=100000',
  rollup: 'tps=200&tps=33&traffic=21600&traffic=3600&q=11&delay=12&delay=21600&data=calldata&data=blobs'
    + '&arity=2&arity=64&attackers=8&fault=wrong&window=91636&val=on,on,on&val=late:300000&at=330000',
  swap: 'scenario=congestion&scenario=participant-offline&abt=1&bbt=1&tai=1209600&tpa=1209599&amem=86400'
    + '&cong=0-1209600&at=100000',
  stablecoin: 'scenario=calm&scenario=larger-reserve&days=60&step=6&noise=0.2&at=432000',
  validators: 'n=20000&ops=1000&dist=powerlaw&dist=delegation&dist=equal&epochs=20000'
    + `&price=stablecoin:terra-may-2022&price=collapse&outage=partition&outage=offline&whatif=${WHATIFS}&at=20000`,
};

function instrument() {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__wasmMemory = e.detail.wasm.memory;
  });
}

/** Opens `hash` in a fresh context; the cost before the first picture. */
export async function measure(hash, timeout = 120_000) {
  const { page, consoleErrors, close } = await openPage(hash, { init: instrument });
  try {
    await waitForApp(page, timeout);
    const ms = await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
    );
    const r = await page.evaluate(() => ({
      mb: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength / 2 ** 20 : null,
      notices: [...document.querySelectorAll('#url-notice li')].map((li) => li.textContent),
    }));
    return { hash, ms: Math.round(ms), mb: r.mb, notices: r.notices, errors: consoleErrors.slice() };
  } finally {
    await close();
  }
}

const cost = (m) => m.ms / 2000 + (m.mb || 0) / 256;

async function search(page) {
  const link = (params) => `#/${page}?${Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
  let cur = {};
  let best = await measure(link(cur));
  console.log(`${page}: defaults ${best.ms} ms, ${best.mb} MB`);
  const tried = [best];
  for (const [key, v] of new URLSearchParams(SEARCH[page])) {
    const trial = { ...cur, [key]: v };
    let m;
    try {
      m = await measure(link(trial));
    } catch (e) {
      m = { hash: link(trial), ms: Infinity, mb: null, notices: [], errors: [String(e.message).slice(0, 200)] };
    }
    tried.push(m);
    const keep = cost(m) > cost(best) * 1.05;
    console.log(`  ${keep ? 'keep' : '    '} ${key}=${v.length > 30 ? v.slice(0, 30) + '…' : v}: ${m.ms} ms, ${m.mb} MB${m.notices.length ? `, ${m.notices.length} notice(s)` : ''}${m.errors.length ? `, errors: ${m.errors[0]}` : ''}`);
    if (keep) {
      cur = trial;
      best = m;
    }
  }
  return { worst: best, tried };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = arg('pages', Object.keys(SEARCH).join(',')).split(',');
  const report = {};
  for (const p of pages) report[p] = await search(p);
  console.log('\npage       | worst link found | first picture (ms) | wasm memory (MB) | notices');
  for (const p of pages) {
    const w = report[p].worst;
    console.log(`${p.padEnd(10)} | ${w.hash.slice(0, 160)} | ${w.ms} | ${w.mb} | ${w.notices.join(' / ').slice(0, 300)}`);
  }
  const out = arg('out', '');
  if (out) fs.writeFileSync(out, JSON.stringify(report, null, 2));
  await closeAll();
}
