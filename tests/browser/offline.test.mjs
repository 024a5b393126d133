// Offline: after one visit, the service worker (www/sw.js) serves the whole app from its
// cache, so a reload with the network off still runs the simulations. Also: the build is one
// folder, and the worker is registered relative to it (this server mounts it under /chainlab/).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, openPage, withPage, MOUNT } from './harness.mjs';

after(closeAll);

test('after one visit the site reloads and runs with the network off', async () => {
  await withPage('#/consensus?n=100&seed=7', async (page) => {
    await page.waitForSelector('#nodes');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, MOUNT, 'the worker serves the folder the app is in');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The worker has kept every page's module (one module per page: index.html's loader).
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    const online = await page.locator('section.consensus').getAttribute('data-fingerprint');
    await page.context().setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.reload();
    await page.waitForSelector('#nodes');
    assert.equal(await page.locator('section.consensus').getAttribute('data-fingerprint'), online);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '1');
    // Another page of the app, never visited: the same cached build serves it.
    await page.goto(page.url().split('#')[0] + '#/swap');
    await page.waitForSelector('#timeline');
    await page.context().setOffline(false);
  }, { app: false });
});

// The rollup page's Brotli is a separate module (src/ui/codec.rs), fetched only when that page
// first opens: other pages never request it, and the worker keeps it once it has been fetched.
test('the Brotli codec loads only with the rollup page, and the rollup page works offline once opened', async () => {
  const { page, consoleErrors, foreignRequests, badResponses, close } = await openPage('#/');
  const codecRequests = [];
  page.on('request', (req) => {
    if (/chainlab-codec/.test(req.url())) codecRequests.push(req.url());
  });
  try {
    await page.waitForSelector('main *');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    for (const hash of ['#/consensus', '#/swap', '#/stablecoin', '#/validators']) {
      await page.goto(page.url().split('#')[0] + hash);
      await page.waitForSelector('main section');
    }
    assert.deepEqual(codecRequests, [], 'no page but the rollup page asks for the codec');
    // Nor did the first load (before this listener) or the worker's install fetch it.
    const seen = await page.evaluate(async () => {
      // One cache, named by this build and this folder (www/sw.js, scripts/sw-version.sh).
      const names = (await caches.keys()).filter((k) => k.startsWith('chainlab-'));
      const cache = await caches.open(names[0]);
      return {
        names,
        loaded: performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('chainlab-codec')),
        cached: (await cache.keys()).map((r) => r.url).filter((u) => u.includes('chainlab-codec')),
        others: (await cache.keys()).length,
      };
    });
    assert.equal(seen.names.length, 1, `${seen.names}`);
    assert.match(seen.names[0], new RegExp(`^chainlab-[0-9a-f]{16} ${MOUNT}$`), 'stamped with the build id');
    assert.deepEqual(seen.loaded, []);
    assert.deepEqual(seen.cached, []);
    assert.ok(seen.others > 3, 'the worker did cache the app');

    // Never opened, and offline: a message that says why, not a blank page, and a way back.
    await page.context().setOffline(true);
    await page.goto(page.url().split('#')[0] + '#/rollup');
    await page.waitForSelector('#codec-error');
    const why = await page.locator('#codec-error').textContent();
    assert.match(why, /Brotli/);
    assert.match(why, /chainlab-codec\.js/);
    assert.match(why, /Offline\?/);
    assert.equal(await page.locator('#codec-error a[href="#/"]').count(), 1);
    // Chromium reports the failed fetch of the module on the console; nothing else may.
    const unexpected = consoleErrors.splice(0).filter((e) => !/chainlab-codec|ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/.test(e));
    assert.deepEqual(unexpected, []);

    // Back online, "Try again" loads it and the page runs.
    await page.context().setOffline(false);
    codecRequests.length = 0;
    await page.click('#codec-retry');
    await page.waitForSelector('section.rollup[data-fingerprint]');
    assert.ok(codecRequests.some((u) => /chainlab-codec\.js(\?retry=\d+)?$/.test(u)), codecRequests.join(' '));
    assert.ok(codecRequests.some((u) => u.endsWith('chainlab-codec_bg.wasm')), codecRequests.join(' '));
    const online = await page.locator('section.rollup').getAttribute('data-fingerprint');

    // Offline again: a reload serves the page and its codec from the worker's cache, and it
    // runs (a step compresses and posts the first batch).
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('section.rollup[data-fingerprint]');
    assert.equal(await page.locator('section.rollup').getAttribute('data-fingerprint'), online);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((f) => document.querySelector('section.rollup').dataset.fingerprint !== f, online);
    await page.context().setOffline(false);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(badResponses, []);
  } finally {
    await close();
  }
});
