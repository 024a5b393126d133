// Accessibility in headless Chromium: axe-core (the npm devDependency, injected into the page)
// finds no serious or critical violation on any page, view, mode or dialog (each simulation
// page in normal, presenter, tour and embed mode and with its export menu open, light and
// dark); every control is reachable by keyboard with a visible focus; the pages work at 200%
// zoom and on a 375-pixel phone with touch.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage, getBrowser, baseUrl, waitForApp, seriousViolations, fitsPhone, widerThanScreen, act, viewsOf } from './harness.mjs';

after(closeAll);

// Every page, view, mode and dialog, page by page: a name → the link's query, or [query, what is
// done on the page first (act's words)]. The link is `#/<page>?<query>` (`#/` for the home page).
const PAGES = {
  '': { home: '', 'not found': 'nowhere' },
  consensus: {
    network: ['n=200&seed=2', 'step:3'],
    compare: 'view=compare&n=100',
    experiment: 'view=experiment&n=100&runs=20',
    subnets: 'view=subnets&bad=1,3',
    'presenter with playlist': 'present=1&playlist=consensus&cue=1&n=400&speed=2&seed=3&at=12',
    'tour with a prediction': 'tour=consensus&cue=1&n=400&speed=4&seed=3',
    'QR dialog': ['n=100', 'qr'],
    'export menu': ['n=100', 'export'],
    'help dialog': ['n=100', 'help'],
  },
  swap: { normal: ['scenario=happy-path', 'step:3'], embed: 'embed=1', 'embed dialog': ['', 'embed'] },
  rollup: {
    normal: ['seed=1&fault=wrong&fbatch=1', 'step:3'],
    'stepped, export menu open': ['seed=1&fault=wrong&fbatch=1', 'focus,step:3,export'],
    presenter: 'present=1&playlist=rollup&cue=4&tps=2&traffic=3600&delay=600&fault=wrong&fbatch=1&seed=1&at=128',
    'presenter at its cue': 'present=1&playlist=rollup&cue=4&tps=2&traffic=3600&delay=600&fault=wrong&fbatch=1&seed=1&at=130',
    tour: 'tour=rollup&cue=1&tps=2&traffic=3600&delay=600&seed=1',
    embed: 'embed=1&seed=1&at=128&fault=wrong&fbatch=1',
  },
  stablecoin: {
    normal: ['seed=1', 'step:3'],
    'May 2022': 'scenario=terra-may-2022&seed=1&at=4320',
    presenter: 'present=1&playlist=stablecoin&cue=1&scenario=terra-may-2022&speed=16&seed=1&at=4320',
    'tour with a prediction': 'tour=stablecoin&cue=2&scenario=terra-may-2022&speed=1&seed=1&at=4200',
    embed: 'embed=1&scenario=calm',
    'export menu': ['scenario=terra-may-2022&seed=1&at=4320', 'export'],
  },
  validators: {
    normal: ['seed=2', 'step:3'],
    presenter: 'present=1&playlist=validators&cue=1',
    tour: 'tour=validators&cue=1',
    embed: 'embed=1',
    'export menu': ['', 'export'],
  },
};

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no serious or critical violation on any page, mode or dialog (${scheme})`, async () => {
    const found = [];
    for (const [sim, name, link, actions] of viewsOf(PAGES)) {
      await withPage(link, async (page) => {
        await page.emulateMedia({ colorScheme: scheme });
        await act(page, actions);
        await page.waitForTimeout(300);
        for (const v of await seriousViolations(page)) found.push(`${sim || 'home'} ${name}: ${v}`);
      });
    }
    assert.deepEqual(found, []);
  });
}

test('every control on every simulation page is reachable with Tab and shows a visible focus ring', async () => {
  for (const hash of ['#/consensus?n=100', '#/rollup', '#/swap', '#/stablecoin', '#/validators']) {
    await withPage(hash, async (page) => {
      const controls = await page.evaluate(() => [...document.querySelectorAll('main button, main input, main select, main summary, main a[href]')]
        .filter((e) => !e.disabled && e.checkVisibility()).length);
      const reached = new Set();
      let unfocusedRing = [];
      for (let i = 0; i < controls + 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || !e.closest('main')) return null;
          const s = getComputedStyle(e);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const key = e.id || `${e.tagName}:${[...document.querySelectorAll(e.tagName)].indexOf(e)}`;
          return { key, ring };
        });
        if (!info) continue;
        reached.add(info.key);
        if (!info.ring) unfocusedRing.push(info.key);
      }
      assert.deepEqual(unfocusedRing, [], 'every focused control shows a focus ring');
      assert.ok(reached.size >= controls * 0.9, `${hash}: reached ${reached.size} of ${controls} controls by Tab`);
    });
  }
});

test('on a 375-pixel phone with touch, the pages fit the width and a tap steps the simulation', async () => {
  const hashes = ['#/', '#/consensus?n=200', '#/swap', '#/rollup', '#/stablecoin', '#/validators', '#/consensus?tour=consensus&cue=1&n=400&speed=4&seed=3', '#/consensus?present=1&playlist=consensus&cue=0&n=400&speed=2&seed=3'];
  await fitsPhone(hashes, { fn: async (page, hash) => {
    if (hash !== '#/consensus?n=200') return;
    await page.tap('#step');
    assert.equal(await page.locator('#round').textContent(), '1');
  } });
});

test('at 200% zoom (a 640-pixel-wide layout at twice the size) every control stays on screen and usable', async () => {
  const browser = await getBrowser();
  // Browser zoom at 200% on a 1280-pixel window lays the page out 640 CSS pixels wide at a
  // device pixel ratio of 2: the same as this context.
  const ctx = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  try {
    for (const hash of ['#/consensus?n=200', '#/swap']) {
      const page = await ctx.newPage();
      await page.goto(baseUrl + hash);
      await waitForApp(page);
      assert.deepEqual(await widerThanScreen(page), [], `${hash}: no horizontal scrolling`);
      await page.click('#step');
      await page.locator('#scrubber').waitFor();
      await page.close();
    }
  } finally {
    await ctx.close();
  }
});
