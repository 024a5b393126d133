// One page, one download (issue 17): each page of the app is a wasm module of its own
// (index.html's loader; src/bin/page-<name>.rs). A first visit of a page fetches its own
// module and no other page's; a link to another simulation reloads into that page's module;
// an embed makes the service worker keep its own module only; after one top-level visit the
// worker has fetched every page's module in the background, so the app works offline.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, openPage, waitForApp, waitKept, withPage } from './harness.mjs';

after(closeAll);

const SIMS = ['consensus', 'rollup', 'swap', 'stablecoin', 'validators'];
const MODULE = /\/(chainlab-web|page-[a-z0-9-]+)(_bg)?\.(js|wasm)(\?.*)?$/;

// The app's modules this document itself fetched (the worker's own fetches are not the page's
// resource entries), as 'chainlab-web' / 'page-<name>'.
const modulesFetched = (page) =>
  page.evaluate((re) => {
    const m = new RegExp(re);
    return [...new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((u) => m.test(u)).map((u) => u.match(m)[1]))].sort();
  }, MODULE.source);

const cachedModules = (page) =>
  page.evaluate(async (re) => {
    const m = new RegExp(re);
    const names = (await caches.keys()).filter((k) => k.startsWith('chainlab-'));
    const out = new Set();
    for (const n of names) for (const r of await (await caches.open(n)).keys()) if (m.test(r.url)) out.add(r.url.match(m)[0].slice(1));
    return [...out].sort();
  }, MODULE.source);

for (const [hash, own] of [['#/', 'chainlab-web'], ...SIMS.map((s) => [`#/${s}`, `page-${s}`]), ...SIMS.map((s) => [`#/${s}?embed=1`, `page-${s}`])]) {
  test(`a first visit of ${hash} fetches ${own} and no other page's module`, async () => {
    await withPage(hash, async (page) => {
      assert.equal(await page.evaluate(() => typeof window.wasmBindings), 'object', 'the loader started a module');
      // Give the worker's background fetches time to run: they are not the page's.
      await page.waitForTimeout(1500);
      assert.deepEqual(await modulesFetched(page), [own]);
    });
  });
}

test('a link to another simulation reloads into its module, and the shell and URL carry over', async () => {
  await withPage('#/consensus?seed=5', async (page) => {
    await page.click('nav a[href="#/swap"]');
    await page.waitForSelector('#timeline');
    assert.match(page.url(), /#\/swap(\?|$)/);
    assert.deepEqual(await modulesFetched(page), ['page-swap'], 'a new document, with the swap page module alone');
    await page.click('a.brand');
    await page.waitForSelector('section.home');
    assert.deepEqual(await modulesFetched(page), ['chainlab-web']);
    // Back goes to the swap page again, in its own module.
    await page.goBack();
    await page.waitForSelector('#timeline');
  });
});

test('an unknown route opens the home module with its not-found page, with no failed request', async () => {
  await withPage('#/codec', async (page) => {
    await page.waitForSelector('#not-found');
    assert.deepEqual(await modulesFetched(page), ['chainlab-web']);
  });
});

test('an embed keeps only its own module; a top-level visit precaches every page module for offline use', async () => {
  const embed = await openPage('#/swap?embed=1');
  try {
    await waitForApp(embed.page);
    await embed.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await embed.page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    const cached = await cachedModules(embed.page);
    assert.deepEqual(cached, ['page-swap.js', 'page-swap_bg.wasm'], "the swap page's module alone");
  } finally {
    await embed.close();
  }
  const { page, consoleErrors, close } = await openPage('#/validators');
  try {
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The worker's list (stamped into sw.js at build time): every page's module and wasm, and
    // the snippets wasm-bindgen writes beside them.
    const list = await page.evaluate(async () => (await (await fetch('sw.js')).text()).match(/const MODULES = '([^']*)'/)[1].trim().split(' '));
    for (const m of ['chainlab-web', ...SIMS.map((s) => `page-${s}`)]) {
      assert.ok(list.includes(`${m}.js`) && list.includes(`${m}_bg.wasm`), `${m} in the precache list: ${list}`);
    }
    assert.ok(list.some((f) => f.startsWith('snippets/')), `the snippets in the precache list: ${list}`);
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    await waitKept(page, list);
    // Offline, a page never opened in this browser still opens.
    await page.context().setOffline(true);
    await page.goto(page.url().split('#')[0] + '#/stablecoin');
    await waitForApp(page);
    await page.waitForSelector('section.stablecoin, main section');
    await page.context().setOffline(false);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await close();
  }
});
