// Smoke test: the release build in dist/, served under a sub-path, boots in headless
// Chromium, renders <main>, logs no errors and requests nothing from other origins.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, closeAll } from './harness.mjs';

after(closeAll);

test("app renders <main> on the start route, served under /chainlab/, without errors or foreign requests", async () => {
  const { page, consoleErrors, foreignRequests, badResponses, close } = await openPage('#/');
  try {
    await page.waitForSelector('main', { state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(300); // let a first frame of async work report its errors
    assert.deepEqual(consoleErrors, [], 'console errors');
    assert.deepEqual(foreignRequests, [], 'requests to other origins');
    assert.deepEqual(badResponses, [], 'failed same-origin requests (asset URLs not relative?)');
  } finally {
    await close();
  }
});
