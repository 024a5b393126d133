// Shared helpers for the browser tests (tests/browser/*.test.mjs, run by `node --test tests/browser/`).
//
// On import this module serves the release build in dist/ (made by `trunk build --release
// --public-url ./`, see scripts/test.sh) from a static server on a random free port of
// 127.0.0.1, mounted under a sub-path (MOUNT, "/chainlab/") to prove the build works when
// hosted below the site root. Anything outside the sub-path answers 404.
// Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) is launched headless on first use through
// playwright-core; nothing is ever downloaded.
//
//   import { test, after } from 'node:test';
//   import { openPage, closeAll } from './harness.mjs';
//   after(closeAll);
//   test('...', async () => {
//     const { page, consoleErrors, foreignRequests, close } = await openPage('#/');
//     try { ... } finally { await close(); }
//   });

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

// The embedding page's helpers (embedded, embedApp, framedRun, obeysOnlyValid, ...) live in
// embed.mjs; every test imports them from here.
export * from './embed.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder being served: the release build in dist/ (or $CHAINLAB_DIST_DIR). */
export const distDir = path.resolve(process.env.CHAINLAB_DIST_DIR || path.join(ROOT, 'dist'));
/** The sub-path dist/ is mounted at. */
export const MOUNT = '/chainlab/';
/** Chromium binary used for the tests. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  throw new Error(
    `${distDir}/index.html not found: build the app first ` +
      '(bash scripts/build.sh, or run everything with bash scripts/test.sh)',
  );
}

/** Every request the static server answered with 404, as "<path>" (for debugging). */
export const notFound = [];

function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', undefined, { Allow: 'GET, HEAD' });
  }
  if (url.pathname === '/favicon.ico') {
    // Chromium's automatic fallback when a page declares no icon; it is the host's root,
    // not the app, so answer "no content" rather than logging a 404 console error.
    return send(res, 204, '');
  }
  if (url.pathname === MOUNT.slice(0, -1)) {
    return send(res, 301, '', undefined, { Location: MOUNT + url.search });
  }
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.startsWith(MOUNT) ? url.pathname.slice(MOUNT.length) : '\0');
  } catch {
    return send(res, 400, 'bad request\n');
  }
  let file = rel === '\0' ? null : path.resolve(distDir, rel);
  if (file && file !== distDir && !file.startsWith(distDir + path.sep)) file = null;
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    notFound.push(url.pathname);
    return send(res, 404, `not found: ${url.pathname}\n`);
  }
  const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': fs.statSync(file).size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
});

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', resolve);
});

/** Origin of the static server, e.g. "http://127.0.0.1:41234". */
export const origin = `http://127.0.0.1:${server.address().port}`;
/** URL of the app, e.g. "http://127.0.0.1:41234/chainlab/". */
export const baseUrl = origin + MOUNT;

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browserPromise = null;

/** The shared headless Chromium, launched on first use. */
export function getBrowser() {
  if (!browserPromise) {
    if (!fs.existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} not found: run bash scripts/setup.sh --test`);
    }
    browserPromise = chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
  }
  return browserPromise;
}

const openContexts = new Set();

/**
 * Opens the app in a fresh browser context (empty storage) at `hashPath`, resolved against
 * baseUrl: '#/' -> http://127.0.0.1:PORT/chainlab/#/ ; '?x=1#/a' also works.
 * Resolves after the page's load event.
 *
 * Returns:
 *   page            - the playwright Page
 *   consoleErrors   - strings: console messages of type "error" and uncaught page errors
 *   foreignRequests - URLs of every request (or WebSocket) whose origin is not the server's
 *                     (data: and blob: URLs are not network requests and are not counted)
 *   badResponses    - "<status> <url>" for same-origin responses with status >= 400
 *   close()         - closes the context (the browser stays up for the next test)
 * `init` (a function) runs in every frame before any of the page's scripts (page.addInitScript).
 */
export async function openPage(hashPath = '#/', { viewport = { width: 1280, height: 800 }, init = null } = {}) {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport });
  openContexts.add(context);
  context.setDefaultTimeout(15_000);

  const consoleErrors = [];
  const foreignRequests = [];
  const badResponses = [];

  const isForeign = (u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  };
  context.on('request', (req) => {
    if (isForeign(req.url())) foreignRequests.push(req.url());
  });
  context.on('response', (resp) => {
    if (resp.status() >= 400 && !isForeign(resp.url())) badResponses.push(`${resp.status()} ${resp.url()}`);
  });

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      consoleErrors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => {
    consoleErrors.push(`pageerror: ${err && err.stack ? err.stack : String(err)}`);
  });
  page.on('websocket', (ws) => {
    if (isForeign(ws.url().replace(/^ws/, 'http'))) foreignRequests.push(ws.url());
  });

  const close = async () => {
    if (openContexts.delete(context)) await context.close().catch(() => {});
  };

  try {
    if (init) await page.addInitScript(init);
    await page.goto(new URL(hashPath, baseUrl).href);
  } catch (err) {
    await close();
    throw err;
  }
  return { page, consoleErrors, foreignRequests, badResponses, close };
}

/** Closes every open page, the browser and the server. Use as `after(closeAll)`. */
export async function closeAll() {
  for (const context of [...openContexts]) {
    openContexts.delete(context);
    await context.close().catch(() => {});
  }
  if (browserPromise) {
    const browser = await browserPromise.catch(() => null);
    browserPromise = null;
    if (browser) await browser.close().catch(() => {});
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Waits until the app has drawn its page: something in <main>, and on the rollup page its
 * Brotli module loaded (the page steps before it, but waits for it at the first batch; until
 * it is there src/ui/codec.rs shows #codec-loading).
 */
export async function waitForApp(page, timeout = 15_000) {
  await page.waitForSelector('main *', { timeout });
  await page.waitForSelector('#codec-loading', { state: 'detached', timeout });
}

/**
 * Opens `hash` (openPage, with its `init`), waits for the app (unless `app` is false: a page
 * that embeds it, such as www/embed-example.html), runs `fn(page, opened)` (`opened`: what
 * openPage returned, for a test that looks at the errors it allows), then asserts: no console
 * errors (unless `allowErrors`), no request to another origin, no failed request. Always
 * closes the page.
 */
export async function withPage(hash, fn, { allowErrors = false, app = true, init = null } = {}) {
  const { default: assert } = await import('node:assert/strict');
  const opened = await openPage(hash, { init });
  const { page, consoleErrors, foreignRequests, badResponses, close } = opened;
  try {
    if (app) await waitForApp(page);
    await fn(page, opened);
    if (!allowErrors) assert.deepEqual(consoleErrors, [], 'console errors');
    assert.deepEqual(foreignRequests, [], 'requests to other origins');
    assert.deepEqual(badResponses, [], 'failed requests');
  } finally {
    await close();
  }
}

/**
 * A link's round trip, each half in a page of its own (withPage): opens `hash` and lets
 * `record(page)` bring the run to a moment and return what it saw, `link` being the link to
 * reopen; then opens that link and lets `check(page, seen)` compare. Returns what was seen.
 */
export async function reopenLink(hash, record, check) {
  let seen;
  await withPage(hash, async (page) => {
    seen = await record(page);
  });
  await withPage(new URL(seen.link).hash, (page) => check(page, seen));
  return seen;
}

/** Clicks the shell's "Copy link" and returns the link it shows as copied. */
export async function copyLink(page) {
  await page.click('#copy-link');
  return page.inputValue('#copied-link');
}

/** How many distinct colours a sample of a canvas's pixels has (blank canvases have 1). */
export async function canvasColours(page, selector) {
  return page.evaluate((sel) => {
    const c = document.querySelector(sel);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 37) seen.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
    return seen.size;
  }, selector);
}

/** Picks `selector` from the shell's export menu (opening and closing it) and returns the
 * downloaded file: its suggested name, its bytes and its text. */
export async function downloadExport(page, selector) {
  await page.click('#export-button');
  await page.waitForSelector('#export-list');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const bytes = fs.readFileSync(await dl.path());
  await page.click('#export-button');
  return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Moves the scrubber to `step` as a user dragging it would (an input event). */
export async function scrub(page, step) {
  await page.locator('#scrubber').evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, step);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The serious and critical violations axe-core (the npm devDependency) finds on the page, one
 * line each: `impact id (help) at node, node`. Evaluated, not added as a <script>: the app's
 * Content-Security-Policy refuses inline scripts.
 */
export async function seriousViolations(page) {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
}

/**
 * A table of views written page by page, `{ page: { name: query | [query, actions] } }` (page ''
 * is the home page), as rows [page, name, link, actions] (link: `#/<page>?<query>`; actions:
 * act's words, or undefined).
 */
export function viewsOf(table) {
  return Object.entries(table).flatMap(([sim, views]) => Object.entries(views).map(([name, view]) => {
    const [query, actions] = [view].flat();
    return [sim, name, `#/${[sim, query].filter(Boolean).join('?')}`, actions];
  }));
}

// What act() can do on a page, by name; `arg` is what follows the name's colon.
const ACTIONS = {
  // Keys go to the page, not a field.
  focus: (page) => page.locator('h1').click(),
  step: async (page, n) => {
    for (let i = 0; i < Number(n); i++) await page.keyboard.press('ArrowRight');
  },
  play: async (page) => {
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play')?.textContent.includes('Finished'), null, { timeout: 60000 });
  },
  verify: async (page) => {
    await page.click('#verify-button');
    await page.waitForSelector('#counterexample', { timeout: 30000 });
    await page.locator('#verify').scrollIntoViewIfNeeded();
  },
  sweep: async (page) => {
    await page.click('#sweep-run');
    await page.waitForFunction(() => document.querySelector('#sweep')?.dataset.points === '10', null, { timeout: 60000 });
    await page.locator('#sweep').scrollIntoViewIfNeeded();
  },
  scroll: (page, selector) => page.locator(selector).scrollIntoViewIfNeeded(),
  // Inspects a node of the consensus network.
  click: async (page) => {
    const box = await page.locator('#nodes').boundingBox();
    await page.mouse.click(box.x + box.width * 0.37, box.y + box.height * 0.41);
  },
  export: (page) => page.click('#export-button'),
  qr: (page) => page.click('#qr-button'),
  embed: (page) => page.click('#embed-button'),
  help: (page) => page.keyboard.press('?'),
};

/**
 * Does `actions` on the page, in order: comma-separated names of ACTIONS, each with its
 * argument after a colon ('step:3,export': three steps, then open the export menu). Nothing
 * for null or ''.
 */
export async function act(page, actions) {
  for (const a of (actions || '').split(',').filter(Boolean)) {
    const [name, arg] = a.split(/:(.*)/s);
    if (!ACTIONS[name]) throw new Error(`act: no action "${name}" (in "${actions}")`);
    await ACTIONS[name](page, arg);
  }
}

/** A browser context the size of a 375-pixel phone with touch; close it when done. */
export async function phoneContext() {
  const browser = await getBrowser();
  return browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
}

/**
 * Opens each of `hashes` in turn on a 375-pixel phone with touch (phoneContext), waits for the
 * app (or for `ready`, a selector) and `settle` ms, asserts that nothing is wider than the screen
 * (widerThanScreen, `scrolls` let off), then runs `fn(page, hash)`.
 */
export async function fitsPhone(hashes, { ready = null, settle = 200, scrolls = undefined, fn = async () => {} } = {}) {
  const { default: assert } = await import('node:assert/strict');
  const ctx = await phoneContext();
  try {
    for (const hash of hashes) {
      const page = await ctx.newPage();
      await page.goto(baseUrl + hash);
      await (ready ? page.waitForSelector(ready) : waitForApp(page));
      await page.waitForTimeout(settle);
      assert.deepEqual(await widerThanScreen(page, scrolls), [], `${hash}: nothing wider than the screen`);
      await fn(page, hash);
      await page.close();
    }
  } finally {
    await ctx.close();
  }
}

/**
 * Up to five visible elements of <main> whose right edge is past the screen's, as
 * `tag#id.class` (none: the page fits the width). Those inside `scrolls` (a selector: boxes
 * that scroll on their own) are let off.
 */
export async function widerThanScreen(page, scrolls = '.event-log, pre, .contract, table') {
  return page.evaluate((sel) => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main *')]
      .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > w + 1 && !e.closest(sel))
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
  }, scrolls);
}

/** Starts the page's guided tour with its button, checks that it has `cues` cues, and moves on
 * to the second cue (where the shipped tours ask their first question). */
export async function startTour(page, cues) {
  const { default: assert } = await import('node:assert/strict');
  await page.click('#tour-button');
  await page.waitForSelector('#tour #caption');
  assert.match(await page.locator('#cue-pos').textContent(), new RegExp(`1 of ${cues}\\b`));
  await page.click('#cue-next');
  await page.waitForSelector('#predict');
}

/**
 * Opens `hash` in a browser context of its own (`options`: playwright's context options, a
 * 1280x800 viewport unless given), waits for the app and then `settle` ms; returns
 * { page, close }. Unlike openPage it records nothing: for tests that only look.
 */
export async function openApp(hash, options = { viewport: { width: 1280, height: 800 } }, settle = 200) {
  const browser = await getBrowser();
  const ctx = await browser.newContext(options);
  const page = await ctx.newPage();
  await page.goto(baseUrl + hash);
  await waitForApp(page);
  await page.waitForTimeout(settle);
  return { page, close: () => ctx.close() };
}

/** Runs `fn(page)` on the page openApp(hash, options, settle) opens; always closes it. */
export async function withApp(hash, fn, options = undefined, settle = undefined) {
  const { page, close } = await openApp(hash, options, settle);
  try {
    return await fn(page);
  } finally {
    await close();
  }
}

/** The paths (below the app's folder) the service worker has kept, in every cache of the app. */
export const keptFiles = (page) =>
  page.evaluate(async () => {
    const out = [];
    for (const n of (await caches.keys()).filter((k) => k.startsWith('chainlab-'))) {
      for (const r of await (await caches.open(n)).keys()) out.push(new URL(r.url).pathname.split('/chainlab/')[1]);
    }
    return out;
  });

/** Waits (up to 30 s) until the service worker has kept every one of `files`. Polled from here:
 *  page.waitForFunction does not await an async predicate (its promise is truthy at once). */
export async function waitKept(page, files) {
  let missing = files;
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    const have = new Set(await keptFiles(page));
    missing = files.filter((f) => !have.has(f));
    if (missing.length === 0) return;
  }
  throw new Error(`not kept after 30 s: ${missing.join(', ')}`);
}
