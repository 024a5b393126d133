// Accessibility for issue 16 (WCAG 2.1 AA): every slider named in the accessibility tree, the
// help dialog modal (takes focus, keeps Tab inside, gives focus back), and on a phone 44 px
// tap targets, the picture and Play on one screen, and tables that scroll inside their box.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withApp } from './harness.mjs';
import { MAIN_PICTURE } from './presenter-fit.mjs';

after(closeAll);


test('every slider on every page has an accessible name', async () => {
  const unnamed = [];
  let sliders = 0;
  for (const hash of ['#/consensus', '#/consensus?view=compare', '#/consensus?view=experiment', '#/swap', '#/rollup', '#/stablecoin', '#/validators']) {
    await withApp(hash, async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      for (const n of nodes.filter((n) => n.role?.value === 'slider' && !n.ignored)) {
        sliders++;
        if (!n.name?.value?.trim()) unnamed.push(`${hash}: slider node ${n.backendDOMNodeId}`);
      }
    });
  }
  assert.ok(sliders >= 5, `found ${sliders} sliders`);
  assert.deepEqual(unnamed, []);
  // The three the issue found, by name.
  await withApp('#/consensus', async (page) => {
    for (const name of ['Initial share of red', 'Byzantine nodes', 'Lost answers']) {
      assert.equal(await page.getByRole('slider', { name, exact: false }).count(), 1, name);
    }
  });
});

test('the help dialog is modal: it takes focus, keeps Tab inside and returns focus to its button', async () => {
  await withApp('#/consensus', async (page) => {
    await page.focus('#help-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#help-dialog');
    await page.waitForFunction(() => document.querySelector('#help-dialog').contains(document.activeElement));
    assert.equal(await page.locator('#help-dialog').getAttribute('aria-modal'), 'true');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      assert.ok(await page.evaluate(() => document.querySelector('#help-dialog').contains(document.activeElement)), `Tab ${i} stays inside`);
    }
    await page.click('#close-help');
    await page.waitForSelector('#help-dialog', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'help-button');
  });
});

test('on a 375x667 phone: a compact header, the picture and Play on one screen, 44 px tap targets, tables scroll in their box', async () => {
  const small = [];
  for (const sim of Object.keys(MAIN_PICTURE)) {
    await withApp(`#/${sim}`, async (page) => {
      const m = await page.evaluate((sel) => {
        const r = (q) => document.querySelector(q)?.getBoundingClientRect();
        return { header: r('.topbar').height, play: r('#play'), pic: r(sel), docW: document.documentElement.scrollWidth };
      }, MAIN_PICTURE[sim]);
      assert.ok(m.header <= 60, `${sim}: header ${m.header} px`);
      assert.ok(m.docW <= 376, `${sim}: page ${m.docW} px wide`);
      // Scroll the picture into view: Play must be on screen with it.
      await page.locator(MAIN_PICTURE[sim]).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(100);
      const both = await page.evaluate((sel) => {
        const p = document.querySelector(sel).getBoundingClientRect();
        const b = document.querySelector('#play').getBoundingClientRect();
        return { picTop: p.top, playTop: b.top, playBottom: b.bottom, vh: innerHeight };
      }, MAIN_PICTURE[sim]);
      assert.ok(both.picTop >= -1 && both.picTop < both.vh && both.playTop >= 0 && both.playBottom <= both.vh + 1, `${sim}: ${JSON.stringify(both)}`);
      const tiny = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main select, main input, .topbar a, .topbar button')]
          .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ e, r }) => {
            const label = e.closest('label');
            const lr = label && label.getBoundingClientRect();
            const h = Math.max(r.height, lr ? lr.height : 0);
            return h < 43.5 || r.width < 20;
          })
          .slice(0, 5)
          .map(({ e, r }) => `${e.tagName.toLowerCase()}#${e.id} ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
      small.push(...tiny.map((t) => `${sim}: ${t}`));
      const wideTables = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].filter((t) => t.offsetParent !== null && t.getBoundingClientRect().right > innerWidth + 1).length,
      );
      assert.equal(wideTables, 0, `${sim}: tables wider than the screen`);
    }, { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  }
  assert.deepEqual(small, []);
});
