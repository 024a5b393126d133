// Keyboard inspection (issue 16): Tab reaches the consensus network and the validator set,
// the arrow keys move the inspected node or validator (the inspector shows it, a live region
// says it, a ring is drawn on the canvas), the time controls keep their arrow keys elsewhere,
// and Escape lets go. withPage fails a test on console errors or foreign requests.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage } from './harness.mjs';

after(closeAll);

/** Presses Tab until `selector` has focus (at most 60 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** A hash of the canvas's pixels, to see that the drawing changed. */
const pixels = (page, sel) =>
  page.evaluate((s) => {
    const c = document.querySelector(s);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 7) h = (h * 31 + d[i]) | 0;
    return h;
  }, sel);

test('consensus: Tab to the network, arrows inspect nodes, announced, Escape lets go', async () => {
  await withPage('#/consensus?n=100&seed=3', async (page) => {
    await page.waitForSelector('#nodes');
    const round = () => page.locator('#round').textContent();
    const before = await round();
    await tabTo(page, '#nodes');
    const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(focusOutline, 'solid', 'the focused picture is outlined');
    const blank = await pixels(page, '#nodes');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /Node 0\b/.test(document.querySelector('#inspector h3')?.textContent || ''));
    assert.match(await page.locator('#nodes-focus').textContent(), /^Node 0: prefers (red|blue)/);
    assert.equal(await page.locator('#nodes-focus').getAttribute('aria-live'), 'polite');
    assert.notEqual(await pixels(page, '#nodes'), blank, 'a ring is drawn on the inspected node');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Node 2\b/.test(document.querySelector('#inspector h3')?.textContent || ''));
    // Down moves by a row of the grid (network.rs's Grid: ceil(sqrt(n * w / h)) columns).
    const cols = await page.evaluate(() => {
      const c = document.querySelector('#nodes');
      return Math.min(100, Math.max(1, Math.ceil(Math.sqrt((100 * c.clientWidth) / c.clientHeight))));
    });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((id) => new RegExp(`^Node ${id}\\b`).test(document.querySelector('#inspector h3')?.textContent || ''), 2 + cols);
    await page.keyboard.press('End');
    await page.waitForFunction(() => /^Node 99\b/.test(document.querySelector('#inspector h3')?.textContent || ''));
    assert.equal(await round(), before, 'the arrow keys inspected; they did not step the run');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#inspector').classList.contains('hint'));
    // Away from the picture, the arrow keys step the run again.
    await page.locator('#play').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('#round').textContent !== b, before);
  });
});

test('validators: Tab to the set, arrows inspect validators and operators, announced', async () => {
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#stage');
    const epoch = () => page.locator('section.pos').getAttribute('data-epoch');
    const before = await epoch();
    assert.match(await page.locator('#vinspector').textContent(), /arrow keys/);
    await tabTo(page, '#stage');
    const blank = await pixels(page, '#stage');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Validator \d+ · /.test(document.querySelector('#vinspector h3')?.textContent || ''));
    const first = await page.locator('#vinspector h3').textContent();
    // The first block is the largest operator's (Lido's, in Ethereum's 2022 shares).
    assert.match(first, /Lido/);
    assert.match(await page.locator('#vinspector-status').textContent(), /attesting|offline/);
    assert.match(await page.locator('#stage-focus').textContent(), /^Validator \d+ of Lido: 3\d\.\d{3} ETH, /);
    assert.notEqual(await pixels(page, '#stage'), blank, 'the inspected validator is ringed');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((f) => document.querySelector('#vinspector h3').textContent !== f, first);
    assert.match(await page.locator('#vinspector h3').textContent(), /Lido/, 'the next validator, same operator');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => !/Lido/.test(document.querySelector('#vinspector h3').textContent));
    assert.match(await page.locator('#vinspector').textContent(), /% of the active stake/);
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((f) => document.querySelector('#vinspector h3').textContent === f, first);
    assert.equal(await epoch(), before, 'the arrow keys inspected; they did not step the run');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#vinspector').classList.contains('hint'));
    // A click inspects too.
    const box = await page.locator('#stage').boundingBox();
    await page.mouse.click(box.x + 30, box.y + 40);
    await page.waitForFunction(() => /^Validator /.test(document.querySelector('#vinspector h3')?.textContent || ''));
  });
});
