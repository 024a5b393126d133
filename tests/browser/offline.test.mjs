// Offline: after one visit, the service worker (www/sw.js) serves the whole app from its
// cache, so a reload with the network off still runs the simulations. Also: the build is one
// folder, and the worker is registered relative to it (this server mounts it under /chainlab/).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, openPage, MOUNT } from './harness.mjs';

after(closeAll);

test('after one visit the site reloads and runs with the network off', async () => {
  const { page, consoleErrors, foreignRequests, badResponses, close } = await openPage('#/consensus?n=100&seed=7');
  try {
    await page.waitForSelector('#nodes');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, MOUNT, 'the worker serves the folder the app is in');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
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
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(badResponses, []);
  } finally {
    await close();
  }
});
