// What a page fetches rather than carries stays available offline after one visit:
// - the shipped playlists and tours in English (www/playlists/<name>.json; no module builds them
//   in since issue 17), precached with the modules by a top-level visit;
// - a chosen language's catalogs and translated playlists (issue 19): once a page at top level
//   has fetched one file of a language, the service worker keeps the rest of that language.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, waitForApp, closeAll, distDir, keptFiles, waitKept } from './harness.mjs';

after(closeAll);

const firstCaption = (lang, name) => {
  const dir = lang === 'en' ? 'www/playlists' : `www/playlists/${lang}`;
  return JSON.parse(fs.readFileSync(path.join(distDir, dir, `${name}.json`), 'utf8')).cues[0].caption;
};

test('a tour opens offline, in English, on a page never opened before', async () => {
  const { page, consoleErrors, close } = await openPage('#/consensus');
  try {
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    // No English playlist was fetched by this visit (no walk), yet every one is kept.
    const list = await page.evaluate(async () => (await (await fetch('sw.js')).text()).match(/const MODULES = '([^']*)'/)[1].trim().split(' '));
    const playlists = list.filter((f) => f.startsWith('www/playlists/'));
    assert.equal(playlists.length, 11, `the 11 shipped playlists and tours in the precache list: ${playlists}`);
    await waitKept(page, playlists);
    await page.context().setOffline(true);
    await page.goto(page.url().split('#')[0] + '#/swap?tour=swap');
    await waitForApp(page);
    await page.waitForSelector('#caption');
    assert.equal(await page.textContent('#caption'), firstCaption('en', 'tour-swap'));
    assert.equal(await page.$('#walk-error'), null, 'no error in the walk');
    await page.context().setOffline(false);
    assert.deepEqual(consoleErrors, [], 'console errors');
  } finally {
    await close();
  }
});

test('a language chosen on one page is kept whole: another page opens offline in it, with its tour', async () => {
  const { page, consoleErrors, close } = await openPage('#/consensus?lang=es');
  try {
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30_000 });
    // The first visit had no worker yet: a reload fetches the catalogs through it, and it keeps
    // the rest of Spanish.
    await page.reload();
    await waitForApp(page);
    const spanish = fs
      .readdirSync(path.join(distDir, 'i18n/es'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `i18n/es/${f}`)
      .concat(fs.readdirSync(path.join(distDir, 'www/playlists/es')).map((f) => `www/playlists/es/${f}`));
    assert.ok(spanish.length >= 18, `${spanish.length} Spanish files`);
    await waitKept(page, spanish);
    // Only Spanish: no other language was fetched.
    assert.ok(!(await keptFiles(page)).some((f) => /^(i18n|www\/playlists)\/(zh-CN|en-XA|ar-XB)\//.test(f)), 'no other language kept');
    await page.context().setOffline(true);
    await page.goto(page.url().split('#')[0] + '#/swap?lang=es&tour=swap');
    await waitForApp(page);
    await page.waitForSelector('#caption');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await page.$('#lang-problem'), null, 'every catalog file was there offline');
    const untranslated = await page.$('#walk-untranslated');
    assert.equal(untranslated && (await untranslated.textContent()), null, 'the tour in Spanish');
    assert.equal(await page.textContent('#caption'), firstCaption('es', 'tour-swap'));
    await page.context().setOffline(false);
    assert.deepEqual(consoleErrors, [], 'console errors');
  } finally {
    await close();
  }
});
