// The app in other languages (issue 19, docs/translating.md): on the home page and every
// simulation's page, with lang=es and lang=zh-CN, <html lang>, the header and the language menu
// are in that language; the menu switches language and lang= round-trips through the URL (a
// reload keeps it, a copied link carries it); the pseudo-locales lay out (ar-XB right to left
// with no horizontal overflow of the header, en-XA 40% longer: screenshots in $CHAINLAB_SHOTS
// or the system's temporary folder); a bad lang= gives the shell's notice and English; numbers
// are formatted by the language; the lecture playlist is shown in the language.
//
// Checks that need a page's own catalog or playlists (narration, tours, a caption in es on a
// simulation's playlist, a decimal comma in a page's figures) run once those files exist
// (www/i18n/<lang>/<sim>.ftl not empty, www/playlists/<lang>/<name>.json present).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, closeAll, waitForApp, withPage } from './harness.mjs';

after(closeAll);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIMS = ['consensus', 'rollup', 'swap', 'stablecoin', 'validators'];
const LANGS = ['es', 'zh-CN'];
const SHOTS = process.env.CHAINLAB_SHOTS || path.join(os.tmpdir(), 'chainlab-i18n-shots');

/** A catalog's one-line messages, `key = value` (enough for the keys read here). */
function catalog(lang, area) {
  const file = path.join(ROOT, 'www/i18n', lang, `${area}.ftl`);
  const out = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^([a-zA-Z][\w-]*) = (.*)$/);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Whether a page's own catalog has been translated into `lang` (not an empty file). */
function pageTranslated(lang, sim) {
  return Object.keys(catalog(lang, sim)).length > 0;
}

function playlist(lang, name) {
  const file = path.join(ROOT, 'www/playlists', lang, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/** A translated playlist not written yet (presenter mode asks for every shipped playlist's). */
const pendingPlaylist = (line) => /www\/playlists\/[^/]+\/[a-z-]+\.json|Failed to load resource/.test(line);

/** withPage, letting off the 404s of translated playlists not yet written. */
async function withPlaylists(h, fn) {
  const { page, consoleErrors, foreignRequests, badResponses, close } = await openPage(h);
  try {
    await waitForApp(page);
    await fn(page);
    assert.deepEqual(consoleErrors.filter((r) => !pendingPlaylist(r)), [], 'console errors');
    assert.deepEqual(foreignRequests, [], 'requests to other origins');
    assert.deepEqual(badResponses.filter((r) => !pendingPlaylist(r)), [], 'failed requests');
  } finally {
    await close();
  }
}

/** The hash for `route` ('' for home, or a simulation's name) with `query` (no leading '?'). */
function hash(route, query) {
  return `#/${route}${query ? `?${query}` : ''}`;
}

async function headerFacts(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const menu = document.querySelector('#lang-menu');
    return {
      lang: root.lang,
      dir: root.dir,
      nav: [...document.querySelectorAll('header.topbar nav a')].map((a) => a.textContent.trim()),
      navLabel: document.querySelector('header.topbar nav').getAttribute('aria-label'),
      menuValue: menu && menu.value,
      menuLabel: menu && menu.getAttribute('aria-label'),
      helpTitle: document.querySelector('#help-button').title,
    };
  });
}

for (const lang of LANGS) {
  const common = catalog(lang, 'common');
  for (const route of ['', ...SIMS]) {
    test(`${lang}: ${route || 'home'} shows <html lang>, the header and the menu in ${lang}`, async () => {
      await withPage(hash(route, `lang=${lang}`), async (page) => {
        const h = await headerFacts(page);
        assert.equal(h.lang, lang);
        assert.equal(h.dir, 'ltr');
        assert.deepEqual(h.nav, SIMS.map((s) => common[`sim-${s}-nav`]));
        assert.equal(h.navLabel, common['nav-label']);
        assert.equal(h.menuValue, lang);
        assert.equal(h.menuLabel, common['lang-menu-label']);
        assert.equal(h.helpTitle, common['help-button-title']);
        assert.equal(await page.locator('#lang-problem').count(), 0, 'every catalog file loaded');
        if (route === '') {
          assert.equal((await page.locator('main').textContent()).includes(catalog(lang, 'home')['home-lede']), true);
        } else {
          // The shell's time controls and classroom tools, from the common catalog.
          assert.match(await page.locator('#play').textContent(), new RegExp(common['time-play']));
          assert.equal(await page.locator('#copy-link').textContent(), common['time-copy-link']);
          assert.equal((await page.locator('#export-button').textContent()).trim(), `${common['export-button']} ▾`);
          assert.equal(await page.locator('.time-controls').getAttribute('aria-label'), common['time-controls-label']);
        }
      });
    });
  }
}

test('the menu switches the language, the URL keeps it through a reload, and a copied link carries it', async () => {
  const { page, close } = await openPage(hash('swap', 'seed=2'));
  try {
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await Promise.all([page.waitForEvent('load'), page.selectOption('#lang-menu', 'es')]);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    let url = new URL(page.url());
    assert.match(url.hash, /[?&]lang=es(&|$)/);
    assert.match(url.hash, /[?&]seed=2(&|$)/, 'the run is kept');
    // A reload keeps it (the URL, not only the browser's memory).
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await page.locator('#lang-menu').inputValue(), 'es');
    // A copied link carries it.
    await page.click('#copy-link');
    const link = await page.locator('#copied-link').inputValue();
    assert.match(link, /#\/swap\?.*seed=2.*&lang=es$/);
    // And back to English with the menu.
    await Promise.all([page.waitForEvent('load'), page.selectOption('#lang-menu', 'en')]);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    url = new URL(page.url());
    assert.match(url.hash, /[?&]lang=en(&|$)/);
    assert.equal(await page.locator('#copy-link').textContent(), 'Copy link');
  } finally {
    await close();
  }
});

test('the language chosen in the menu is remembered for a link without lang=', async () => {
  const { page, close } = await openPage(hash('', ''));
  try {
    await waitForApp(page);
    await Promise.all([page.waitForEvent('load'), page.selectOption('#lang-menu', 'zh-CN')]);
    await waitForApp(page);
    // A link to another page without lang= (the home module reloads itself into the
    // validators page's module: wait for that page, not for a reload of our own).
    await page.goto(new URL(hash('validators', ''), page.url()).href);
    await page.waitForSelector('#stage', { timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  } finally {
    await close();
  }
});

test('a bad lang= gives the shell\'s notice and English', async () => {
  await withPage(hash('swap', 'lang=xx-YY'), async (page) => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const notice = await page.locator('#shell-notice').textContent();
    assert.match(notice, /lang = xx-YY is not a language of Chain Lab \(en, es, zh-CN\); using the browser's/);
    assert.equal(await page.locator('#lang-menu').inputValue(), 'en');
  });
});

test('ar-XB lays out right to left without the header overflowing; screenshots of ar-XB and en-XA', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const route of ['', 'swap', 'stablecoin']) {
    await withPage(hash(route, 'lang=ar-XB'), async (page) => {
      const facts = await page.evaluate(() => {
        const root = document.documentElement;
        const header = document.querySelector('header.topbar');
        return {
          lang: root.lang,
          dir: root.dir,
          direction: getComputedStyle(document.body).direction,
          headerOverflow: header.scrollWidth - header.clientWidth,
          pageOverflow: root.scrollWidth - root.clientWidth,
        };
      });
      assert.equal(facts.lang, 'ar-XB');
      assert.equal(facts.dir, 'rtl');
      assert.equal(facts.direction, 'rtl');
      assert.ok(facts.headerOverflow <= 1, `the header overflows by ${facts.headerOverflow} px`);
      assert.ok(facts.pageOverflow <= 1, `the page overflows by ${facts.pageOverflow} px`);
      await page.screenshot({ path: path.join(SHOTS, `ar-XB-${route || 'home'}.png`) });
    });
    await withPage(hash(route, 'lang=en-XA'), async (page) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
      // The pseudo-locale is accented: the header's navigation is not plain English.
      const nav = await page.locator('header.topbar nav a').first().textContent();
      assert.notEqual(nav, 'Sampling consensus');
      await page.screenshot({ path: path.join(SHOTS, `en-XA-${route || 'home'}.png`), fullPage: true });
    });
  }
});

test('numbers in the shell are formatted by the language (the timeline: 10,080 / 10.080)', async () => {
  const run = 'scenario=terra-may-2022&speed=16&seed=1&at=10080';
  for (const [lang, want] of [['en', '10,080'], ['es', '10.080'], ['zh-CN', '10,080']]) {
    await withPage(hash('stablecoin', `${run}&lang=${lang}`), async (page) => {
      await page.waitForSelector('#scrubber-label');
      await page.waitForFunction((w) => document.querySelector('#scrubber-label').textContent.includes(w), want)
        .catch(() => {});
      const label = await page.locator('#scrubber-label').textContent();
      assert.ok(label.includes(want), `${lang}: ${label}`);
    });
  }
});

test('the lecture playlist is shown in the language, cue by cue', async () => {
  for (const lang of LANGS) {
    const list = playlist(lang, 'lecture');
    const common = catalog(lang, 'common');
    // Presenter mode fetches every shipped playlist's translation for its chooser's titles; the
    // simulations' own may not be written yet (a 404, and the English title): let off.
    await withPlaylists(hash('', `present=1&playlist=lecture&cue=0&lang=${lang}`), async (page) => {
      await page.waitForSelector('#cues #caption');
      assert.equal(await page.locator('#caption').textContent(), list.cues[0].caption);
      const pos = await page.locator('#cue-pos').textContent();
      assert.ok(pos.startsWith(list.title), pos);
      assert.equal(await page.locator('#walk-untranslated').count(), 0);
      // The chooser lists the playlist by its translated title.
      await page.waitForFunction(
        (title) => [...document.querySelectorAll('#playlist-select option')].some((o) => o.textContent === title),
        list.title,
      );
      assert.equal(await page.locator('#presenter-bar').getAttribute('aria-label'), common['present-label']);
      // The next cue, with a clicker.
      await page.keyboard.press('PageDown');
      await page.waitForFunction((c) => document.querySelector('#caption')?.textContent === c, list.cues[1].caption);
    });
  }
});

// Page-specific checks: they run once the page's catalog or playlists exist in the language.
for (const sim of SIMS) {
  for (const lang of LANGS) {
    const tour = playlist(lang, `tour-${sim}`);
    test(`${lang}: the ${sim} tour is in ${lang}`, { skip: !tour && `www/playlists/${lang}/tour-${sim}.json not yet written` }, async () => {
      await withPage(hash(sim, `lang=${lang}`), async (page) => {
        await page.click('#tour-button');
        await page.waitForSelector('#tour #caption');
        assert.equal(await page.locator('#caption').textContent(), tour.cues[0].caption);
      });
    });
    const shipped = playlist(lang, sim);
    test(`${lang}: the ${sim} presenter playlist is in ${lang}`, { skip: !shipped && `www/playlists/${lang}/${sim}.json not yet written` }, async () => {
      await withPlaylists(hash(sim, `present=1&playlist=${sim}&cue=0&lang=${lang}`), async (page) => {
        await page.waitForSelector('#cues #caption');
        assert.equal(await page.locator('#caption').textContent(), shipped.cues[0].caption);
      });
    });
    test(`${lang}: the ${sim} narration is in ${lang}`, { skip: !pageTranslated(lang, sim) && `www/i18n/${lang}/${sim}.ftl not yet written` }, async () => {
      const narration = async (l) => {
        let text = '';
        await withPage(hash(sim, `seed=1&lang=${l}`), async (page) => {
          await page.click('#step');
          await page.waitForFunction(() => document.querySelector('#live')?.textContent.trim().length > 0);
          text = await page.locator('#live').textContent();
        });
        return text;
      };
      const [en, tr] = [await narration('en'), await narration(lang)];
      assert.notEqual(tr, en, 'the narration is translated');
    });
  }
}

test('es: a caption of the stablecoin presenter playlist keeps its numbers, with a decimal comma',
  { skip: !playlist('es', 'stablecoin') && 'www/playlists/es/stablecoin.json not yet written' }, async () => {
    const list = playlist('es', 'stablecoin');
    const cue = list.cues.findIndex((c) => /\d,\d/.test(c.caption));
    assert.ok(cue >= 0, 'a caption with a decimal comma');
    await withPlaylists(hash('stablecoin', `present=1&playlist=stablecoin&cue=${cue}&lang=es`), async (page) => {
      await page.waitForSelector('#cues #caption');
      const caption = await page.locator('#caption').textContent();
      assert.equal(caption, list.cues[cue].caption);
      assert.match(caption, /\d,\d/);
    });
  });

test('es: the stablecoin page writes its figures with a decimal comma',
  { skip: !pageTranslated('es', 'stablecoin') && 'www/i18n/es/stablecoin.ftl not yet written' }, async () => {
    await withPage(hash('stablecoin', 'scenario=terra-may-2022&speed=16&seed=1&at=4320&lang=es'), async (page) => {
      const text = await page.locator('main').textContent();
      assert.match(text, /0,9472/);
      assert.doesNotMatch(text, /\b0\.9472\b/);
    });
  });
