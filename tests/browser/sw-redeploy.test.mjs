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
const { closeAll, openPage, MOUNT } = await import('./harness.mjs');

after(async () => {
  await closeAll();
  fs.rmSync(served, { recursive: true, force: true });
});

const chainlabCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('chainlab-')));

async function until(what, fn, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
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
  const { page, consoleErrors, foreignRequests, badResponses, close } = await openPage('#/consensus?n=100&seed=7');
  try {
    await page.waitForSelector('#nodes');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await chainlabCaches(page), [`chainlab-${build} ${MOUNT}`]);
    // Redeploy: the next build's worker (same app, a new build id in sw.js).
    const next = 'feedfacefeedface';
    fs.writeFileSync(swPath, sw.replace(`const BUILD = '${build}';`, `const BUILD = '${next}';`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await until('the old cache to go', async () => {
      const names = await chainlabCaches(page);
      return names.length === 1 && names[0] === `chainlab-${next} ${MOUNT}`;
    });
    // The new worker controls the page and its cache serves the app with the network off.
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('#nodes');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '1');
    assert.deepEqual(await chainlabCaches(page), [`chainlab-${next} ${MOUNT}`]);
    await page.context().setOffline(false);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(badResponses, []);
  } finally {
    await close();
  }
});
