// A full storage quota (or a private window's small one): the service worker cannot keep what
// it fetches, and the app must run all the same (www/sw.js, keep()). This file serves a copy of
// dist/ whose worker, once active, finds every Cache.put refused with QuotaExceededError.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(process.env.CHAINLAB_DIST_DIR || path.join(ROOT, 'dist'));
const served = fs.mkdtempSync(path.join(os.tmpdir(), 'chainlab-quota-'));
fs.cpSync(dist, served, { recursive: true });
const swPath = path.join(served, 'sw.js');
fs.writeFileSync(
  swPath,
  fs.readFileSync(swPath, 'utf8') +
    `
self.addEventListener('activate', () => {
  Cache.prototype.put = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
});
`,
);
process.env.CHAINLAB_DIST_DIR = served;
const { closeAll, openPage } = await import('./harness.mjs');

after(async () => {
  await closeAll();
  fs.rmSync(served, { recursive: true, force: true });
});

test('with the storage quota full, every page still loads and runs through the worker', async () => {
  const { page, consoleErrors, badResponses, close } = await openPage('#/consensus?n=100&seed=7');
  try {
    await page.waitForSelector('#nodes');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Reloaded under the worker: every file comes through its fetch handler, none can be kept.
    await page.reload();
    await page.waitForSelector('#nodes');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '1');
    // The rollup page's codec, fetched now for the first time, through the worker.
    await page.evaluate(() => {
      location.hash = '#/rollup';
    });
    await page.waitForSelector('section.rollup[data-fingerprint]', { timeout: 30_000 });
    const kept = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('chainlab-'));
      const cache = await caches.open(names[0]);
      return (await cache.keys()).map((r) => r.url).filter((u) => u.includes('chainlab-codec'));
    });
    assert.deepEqual(kept, [], 'the codec could not be kept');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(badResponses, []);
  } finally {
    await close();
  }
});
