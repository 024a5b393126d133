// The rollup page before its Brotli arrives (issue 17): the page's own module is all it needs
// to build and step its run; the codec module (chainlab-codec, ~450 KB gzip) loads meanwhile,
// and the run waits for it only at a block that needs a compressed size, saying
// "compressing…". Here the codec's response is held back (page.route) and then released: Step
// and Play work before it, and once it is there the run goes on by itself, to exactly the
// state a plain link to that block gives.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { getBrowser, baseUrl, closeAll } from './harness.mjs';

after(closeAll);

const attr = (page, name) => page.locator('section.rollup').getAttribute(name);
const waitBlock = (page, n) => page.waitForFunction((n) => document.querySelector('section.rollup')?.dataset.block === String(n), n, { timeout: 30_000 });

// A page whose codec responses wait until `release()` (service workers blocked, so that every
// fetch goes through the route).
async function heldPage(hash, viewport = { width: 1024, height: 768 }) {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  context.setDefaultTimeout(15_000);
  let release;
  const released = new Promise((r) => (release = r));
  const held = [];
  await context.route(/chainlab-codec/, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(baseUrl + hash);
  return { page, context, held, release, errors };
}

// The fingerprint a plain link to `at` gives (codec not held).
async function linkFingerprint(query, at) {
  const browser = await getBrowser();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/rollup?${query}${query ? '&' : ''}at=${at}`);
    await page.waitForSelector('#codec-loading', { state: 'detached', timeout: 30_000 });
    await waitBlock(page, at);
    return await attr(page, 'data-fingerprint');
  } finally {
    await context.close();
  }
}

test('with its Brotli held back the page steps to the first batch, says "compressing…", and goes on when it arrives', async () => {
  const { page, context, held, release, errors } = await heldPage('#/rollup');
  try {
    await page.waitForSelector('#step:not([disabled])');
    assert.equal(await attr(page, 'data-block'), '0');
    assert.match(await page.locator('#codec-loading').textContent(), /chainlab-codec\.js/);
    // Nothing but the page's own module was needed: the codec was asked for and is held.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()));
    assert.deepEqual(wasm, ['page-rollup_bg.wasm']);
    await page.waitForFunction(() => true);
    assert.ok(held.some((u) => u.includes('chainlab-codec.js')), `the codec is fetched meanwhile: ${held}`);

    // Step (to the next event, the first batch): every block up to it is made; the block
    // that posts it waits for Brotli.
    await page.click('#step');
    await waitBlock(page, 50);
    await page.waitForSelector('#status.compressing');
    assert.match(await page.locator('#status').textContent(), /Compressing… block 51/);
    assert.match(await page.locator('#batch-compressing').textContent(), /compressing…/);
    assert.equal(await attr(page, 'data-block'), '50', 'a waiting run does not advance');
    await page.screenshot({ path: '/tmp/shots-lazy/rollup-compressing-1024x768.png' });
    const fp50 = await attr(page, 'data-fingerprint');

    // Released: the Step finishes by itself, posting the first batch in block 51.
    release();
    await page.waitForSelector('#codec-loading', { state: 'detached' });
    await waitBlock(page, 51);
    assert.equal(await page.locator('#batch-compressing').count(), 0);
    assert.doesNotMatch(await page.locator('#status').textContent(), /Compressing/);
    assert.match(await page.locator('#batches tbody').textContent(), /max delay/);
    const fp51 = await attr(page, 'data-fingerprint');
    assert.deepEqual(errors, []);
    assert.equal(fp50, await linkFingerprint('', 50));
    assert.equal(fp51, await linkFingerprint('', 51));
  } finally {
    await context.close();
  }
});

test('a link with at= past the first batch lands on its block once the codec arrives; Play keeps playing', async () => {
  const query = 'seed=4&tps=3';
  const { page, context, release, errors } = await heldPage(`#/rollup?${query}&at=130`);
  try {
    await page.waitForSelector('#step:not([disabled])');
    await waitBlock(page, 50);
    await page.waitForSelector('#status.compressing');
    release();
    await waitBlock(page, 130);
    const fp = await attr(page, 'data-fingerprint');
    assert.deepEqual(errors, []);
    assert.equal(fp, await linkFingerprint(query, 130));
  } finally {
    await context.close();
  }
  const second = await heldPage(`#/rollup?${query}&speed=1h`);
  try {
    await second.page.waitForSelector('#play:not([disabled])');
    await second.page.click('#play');
    await waitBlock(second.page, 50);
    await second.page.waitForSelector('#status.compressing');
    assert.match(await second.page.locator('#play').textContent(), /Pause/, 'still playing while it waits');
    second.release();
    await second.page.waitForFunction(() => Number(document.querySelector('section.rollup').dataset.block) > 60, null, { timeout: 30_000 });
    assert.deepEqual(second.errors, []);
  } finally {
    await second.context.close();
  }
});
