// Sections 7 and 8 of the browser benchmark: every page's frame rate at 1x and 4x CPU
// throttle, and every page's first visit (bytes until it can step, and the time to it).
import zlib from 'node:zlib';
import { fmt, pad, kb, gzip9, gzipMethod, summary, newPage, frameStats, waitForBindings, baseUrl, distDir, SECONDS, WARMUP_MS, FRAME_WORK_HOOK } from './common.mjs';

// ---------------------------------------------------------------------------------------------
// 7. Every page's frame rate at its default settings (the page as first opened, Play pressed),
//    at 1x and under a 4x CPU throttle (CDP Emulation.setCPUThrottlingRate), a stand-in for a
//    school Chromebook (issue 16; goal: 30 fps or more at 4x). Frames are counted with the raw
//    requestAnimationFrame; the app's own work per frame as in section 3. A run that finishes
//    inside the window is noted (its later frames are idle).
const PAGE_FPS = [
  ['consensus', '#/consensus'],
  ['consensus 2,500 nodes', '#/consensus?n=2500'],
  ['rollup', '#/rollup'],
  ['swap', '#/swap'],
  ['stablecoin', '#/stablecoin'],
  ['validators', '#/validators'],
];

async function measurePageFps(name, hash, rate) {
  const { context, page, errors } = await newPage({ initScript: FRAME_WORK_HOOK });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(new URL(hash, baseUrl).href);
    await page.waitForSelector('#play', { timeout: 60000 });
    // The rollup page plays before its Brotli arrives, but waits at the first batch: measure
    // the page with its codec (the frame rate of a run that compresses).
    await page.waitForSelector('#codec-loading', { state: 'detached', timeout: 60000 });
    await page.waitForTimeout(500);
    await page.click('#play');
    await page.waitForTimeout(WARMUP_MS);
    const m = await page.evaluate(async (ms) => {
      window.__benchAppWork.length = 0;
      const stamps = await window.__benchFrames(ms);
      return { stamps, work: window.__benchAppWork.slice(), play: document.querySelector('#play').textContent };
    }, SECONDS * 1000);
    const { intervals, span, iv, work } = frameStats(m.stamps, m.work);
    return {
      page: name,
      url: hash,
      cpu_throttle: rate,
      fps: (intervals.length / span) * 1000,
      interval_p95_ms: iv.p95,
      interval_max_ms: iv.max,
      app_work_median_ms: work.median,
      app_work_p95_ms: work.p95,
      still_playing: m.play.includes('▮▮'),
      errors,
    };
  } finally {
    await context.close();
  }
}

// BENCH_PAGES=validators (a comma-separated list of names' first words) measures those pages
// alone; BENCH_RATES=4 the 4x throttle alone.
const pageFilter = (process.env.BENCH_PAGES || '').split(',').filter(Boolean);
const rates = (process.env.BENCH_RATES || '1,4').split(',').map(Number);
const selected = () => PAGE_FPS.filter(([name]) => !pageFilter.length || pageFilter.includes(name.split(' ')[0]) && (pageFilter.includes(name) || !name.includes(' ')));

export async function measurePages() {
  const rows = [];
  for (const [name, hash] of selected()) {
    for (const rate of rates) rows.push(await measurePageFps(name, hash, rate));
  }
  return rows;
}

export function printPages(rows) {
  console.log('\n7. Frame rate per page at default settings, 1x and 4x CPU throttle (goal: 30 fps or more at 4x)');
  console.log(`   ${'page'.padEnd(24)} ${pad('1x fps', 7)} ${pad('4x fps', 7)} ${pad('4x p95 ms', 10)} ${pad('4x max ms', 10)} ${pad('4x work med', 12)} ${pad('4x work p95', 12)}`);
  for (const [name] of selected()) {
    const a = rows.find((r) => r.page === name && r.cpu_throttle === 1);
    const b = rows.find((r) => r.page === name && r.cpu_throttle === 4);
    const note = [a, b].some((r) => r && !r.still_playing) ? '  (the run finished inside the window)' : '';
    console.log(`   ${name.padEnd(24)} ${pad(fmt(a?.fps, 1), 7)} ${pad(fmt(b?.fps, 1), 7)} ${pad(fmt(b?.interval_p95_ms, 1), 10)} ${pad(fmt(b?.interval_max_ms, 1), 10)} ${pad(fmt(b?.app_work_median_ms, 2), 12)} ${pad(fmt(b?.app_work_p95_ms, 2), 12)}${note}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 8. First visits, page by page (issue 17: one page, one download): every response the page
//    itself has received in full from navigation until it can step (the Step button there and
//    enabled, marked in the page the moment it is; home: the cards drawn; each response's end
//    by the page's Resource Timing), gzip -9'd and
//    Brotli-11'd, and the time to that moment at 1x and 4x CPU throttle. The rollup page steps
//    before its Brotli module arrives (it fetches it meanwhile, and the run waits for it at the
//    first batch): what arrives after the moment is printed apart ("after"). A fresh context per
//    visit (empty cache and storage). The service worker's background precache of the other
//    pages starts after this and is not the page's download. Run it on a production build
//    (scripts/bench.sh builds one into target/dist-prod for this section): the bench-exports
//    build carries every benchmark in every module.
const READY_HOOK = `(() => {
  const mark = () => {
    if (window.__readyAt) return;
    const step = document.querySelector('#step');
    if ((step && !step.disabled) || document.querySelector('section.home')) window.__readyAt = performance.timeOrigin + performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
const VISITS = [
  ['home', '#/'],
  ...['consensus', 'rollup', 'swap', 'stablecoin', 'validators'].flatMap((s) => [
    [s, `#/${s}`],
    [`${s} embed`, `#/${s}?embed=1`],
  ]),
];

async function measureFirstVisit(name, hash, rate) {
  const { context, page, errors } = await newPage({ initScript: READY_HOOK });
  const responses = [];
  page.on('response', (resp) => {
    if (!resp.url().startsWith('data:') && !resp.url().startsWith('blob:')) responses.push(resp);
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(new URL(hash, baseUrl).href);
    if (name === 'home') await page.waitForSelector('section.home', { timeout: 60000 });
    else await page.waitForSelector('#step:not([disabled])', { timeout: 60000 });
    await page.waitForFunction(() => window.__readyAt);
    // Let what was under way finish, so it can be put on the right side of the moment.
    await page.waitForTimeout(name.startsWith('rollup') ? 3000 : 300);
    // When each response ended, by the page's own clock (Resource Timing); the document itself
    // (no resource entry) came first.
    const { readyMs, ended } = await page.evaluate(() => ({
      readyMs: window.__readyAt - performance.timeOrigin,
      ended: performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd]),
    }));
    const endOf = new Map(ended);
    const seen = responses.slice();
    const files = [];
    const later = [];
    for (const resp of seen) {
      let body;
      try {
        body = await resp.body();
      } catch {
        body = Buffer.alloc(0);
      }
      const url = resp.url();
      const done = endOf.has(url) ? endOf.get(url) : 0;
      (done > 0 && done > readyMs ? later : files).push({
        url: url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '(index)' : url,
        gzip9: gzip9(body),
        brotli11: body.length ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
      });
    }
    const total = (k) => files.reduce((a, f) => a + f[k], 0);
    const after = later.reduce((a, f) => a + f.gzip9, 0);
    return { page: name, url: hash, cpu_throttle: rate, ready_ms: readyMs, gzip9_bytes: total('gzip9'), brotli11_bytes: total('brotli11'), files, later, after_gzip9_bytes: after, errors };
  } finally {
    await context.close();
  }
}

export async function measureFirstVisits() {
  const rows = [];
  for (const [name, hash] of VISITS) for (const rate of [1, 4]) rows.push(await measureFirstVisit(name, hash, rate));
  return rows;
}

export function printFirstVisits(rows) {
  console.log(`\n8. First visit per page until it can step (goal: 400 KB gzip or less; home 150 KB), ${gzipMethod}`);
  console.log(`   ${'page'.padEnd(18)} ${pad('gzip KB', 8)} ${pad('brotli KB', 10)} ${pad('ready 1x ms', 12)} ${pad('ready 4x ms', 12)}  largest files (gzip KB)`);
  for (const [name] of VISITS) {
    const a = rows.find((r) => r.page === name && r.cpu_throttle === 1);
    const b = rows.find((r) => r.page === name && r.cpu_throttle === 4);
    const big = [...a.files].sort((x, y) => y.gzip9 - x.gzip9).slice(0, 3).map((f) => `${f.url} ${kb(f.gzip9)}`).join(', ');
    const after = a.after_gzip9_bytes > 1024 ? `; after: ${kb(a.after_gzip9_bytes)} (${[...a.later].sort((x, y) => y.gzip9 - x.gzip9).slice(0, 2).map((f) => f.url).join(', ')})` : '';
    console.log(`   ${name.padEnd(18)} ${pad(kb(a.gzip9_bytes), 8)} ${pad(kb(a.brotli11_bytes), 10)} ${pad(fmt(a.ready_ms, 0), 12)} ${pad(fmt(b?.ready_ms, 0), 12)}  ${big}${after}`);
  }
  const errs = rows.flatMap((r) => r.errors.map((e) => `${r.page}: ${e}`));
  if (errs.length) console.log(`   errors: ${errs.join(' | ')}`);
}

