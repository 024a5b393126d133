// A redeploy: the service worker of the new build replaces the old one and deletes the old
// build's cache, so hashed files of past builds do not pile up (www/sw.js, whose cache name
// scripts/sw-version.sh stamps with a hash of the build at build time). This file serves a
// copy of dist/ that it then "redeploys" in place, so it sets CHAINLAB_DIST_DIR before the
// harness starts its server.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(process.env.CHAINLAB_DIST_DIR || path.join(ROOT, 'dist'));
const served = fs.mkdtempSync(path.join(os.tmpdir(), 'chainlab-redeploy-'));
fs.cpSync(dist, served, { recursive: true });
process.env.CHAINLAB_DIST_DIR = served;
const { closeAll, openPage, withPage, MOUNT } = await import('./harness.mjs');

after(async () => {
  await closeAll();
  fs.rmSync(served, { recursive: true, force: true });
});

const chainlabCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('chainlab-')));

// The files loaded by name carry their build's stamp on their last line (scripts/sw-version.sh):
// the app's modules (chainlab-web.js, page-<name>.js), the codec and the experiment worker.
const STAMPED = fs.readdirSync(dist).filter((f) => /^(chainlab-(web|codec|worker)|page-[a-z0-9-]+)\.js$/.test(f));

// Puts build `to` on the server: its worker (sw.js with its id) and its modules (stamped with
// it); `only` limits the modules restamped. Returns a function that puts `dist`'s build back.
function deploy(from, to, only = STAMPED) {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  fs.writeFileSync(path.join(served, 'sw.js'), sw.replace(`const BUILD = '${from}';`, `const BUILD = '${to}';`));
  for (const f of only) {
    const text = fs.readFileSync(path.join(dist, f), 'utf8');
    fs.writeFileSync(path.join(served, f), text.replace(`// chainlab-build ${from}`, `// chainlab-build ${to}`));
  }
  return () => {
    fs.writeFileSync(path.join(served, 'sw.js'), sw);
    for (const f of STAMPED) fs.copyFileSync(path.join(dist, f), path.join(served, f));
  };
}

async function until(what, fn, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    // (The page may be reloading itself into the new build: try again.)
    const v = await fn().catch(() => false);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('a new build installs a new worker, which deletes the old build\'s cache and serves offline', async () => {
  const swPath = path.join(served, 'sw.js');
  const sw = fs.readFileSync(swPath, 'utf8');
  const build = sw.match(/const BUILD = '([0-9a-f]{16})';/)?.[1];
  assert.ok(build, 'the build stamped its id into sw.js (scripts/sw-version.sh)');
  await withPage('#/consensus?n=100&seed=7', async (page) => {
    await page.waitForSelector('#nodes');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await chainlabCaches(page), [`chainlab-${build} ${MOUNT}`]);
    await page.evaluate(() => {
      window.__beforeRedeploy = true;
    });
    // Redeploy: the next build (same app, a new build id in sw.js and in every module).
    const next = 'feedfacefeedface';
    deploy(build, next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await until('the old cache to go', async () => {
      const names = await chainlabCaches(page);
      return names.length === 1 && names[0] === `chainlab-${next} ${MOUNT}`;
    });
    // The page, which the old build's worker had served, reloaded itself into the new build.
    await until('the page to reload', async () => (await page.evaluate(() => window.__beforeRedeploy)) !== true);
    await page.waitForSelector('#nodes');
    // The new worker controls the page and its cache serves the app with the network off
    // (once it has kept every page's module: index.html's loader asks it to).
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('#nodes');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '1');
    assert.deepEqual(await chainlabCaches(page), [`chainlab-${next} ${MOUNT}`]);
    await page.context().setOffline(false);
  }, { app: false });
});

// A deploy lands while a page of the old build is open, before its worker has seen it: the
// page then opens the rollup page, whose codec module (one name in every build) it has never
// loaded. The server now holds the new build's codec; the old worker sees the codec's build
// stamp (scripts/sw-version.sh), refuses to hand it to a page of its own build, and updates
// itself; the new worker takes over, the page reloads into the new build (index.html) and the
// rollup page runs with the codec of its own build. At no point does one page run two builds.
test("an open page of the old build never runs the new build's codec", async () => {
  // The build as deployed (the test above left its "next build" in the served copy).
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const codec = fs.readFileSync(path.join(dist, 'chainlab-codec.js'), 'utf8');
  const build = sw.match(/const BUILD = '([0-9a-f]{16})';/)?.[1];
  assert.ok(build);
  deploy(build, build); // every file as built
  assert.ok(codec.trimEnd().endsWith(`// chainlab-build ${build}`), 'the codec names its build');
  const { page, consoleErrors, foreignRequests, close } = await openPage('#/consensus?n=100&seed=7');
  const codecResponses = [];
  page.on('response', (r) => {
    if (/chainlab-codec\.js/.test(r.url())) codecResponses.push(r.status());
  });
  try {
    await page.waitForSelector('#nodes');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The new deploy lands on the server: a new worker and modules of the new build.
    const next = 'abcdefabcdef0123';
    deploy(build, next);
    await page.evaluate(() => {
      window.__oldBuildPage = true;
    });
    // A hash change: no navigation, so the browser has not looked for a new worker yet.
    await page.evaluate(() => {
      location.hash = '#/rollup';
    });
    await until('the page to reload into the new build', async () => (await page.evaluate(() => window.__oldBuildPage)) !== true);
    // The rollup page runs before its codec arrives (issue 17), so the page may first open the
    // old build's rollup page (the old worker kept its module), whose codec the old worker
    // refuses (it says so for a moment) before the new worker takes over and the page reloads
    // once more. Wait for the codec's answer to a page of the new build, then for that page.
    await until('the codec to be served', async () => codecResponses.at(-1) === 200, 30_000);
    await page.waitForSelector('section.rollup[data-fingerprint]', { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('#codec-loading'), null, { timeout: 30_000 });
    assert.equal(await page.locator('#codec-error').count(), 0, 'the new build\'s codec loaded');
    // The old page reloads into the new build (the consensus module does not carry the rollup
    // page). Whether the old worker is asked for the codec first, and refuses it, depends on
    // whether the new worker has taken over by then (it races the reload): every answer before
    // the last is a refusal, and the last, the new build's page's, is the codec.
    assert.ok(codecResponses.length >= 1);
    assert.ok(codecResponses.slice(0, -1).every((s) => s === 503), `codec answers ${codecResponses}`);
    assert.equal(codecResponses.at(-1), 200);
    assert.deepEqual(await chainlabCaches(page), [`chainlab-${next} ${MOUNT}`]);
    const cached = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const hit = await cache.match(new URL('chainlab-codec.js', location.href).href);
      return hit ? (await hit.text()).trimEnd().split('\n').at(-1) : null;
    }, `chainlab-${next} ${MOUNT}`);
    assert.equal(cached, `// chainlab-build ${next}`);
    // The refused import was reported on the console before the reload; nothing else was.
    const unexpected = consoleErrors.filter((e) => !/chainlab-codec|503|dynamically imported module/.test(e));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(foreignRequests, []);
  } finally {
    await close();
    deploy(build, build)();
  }
});
