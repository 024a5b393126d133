// URL notices (issue 16): worded by the rule broken, capped in length and width, never
// taller than the viewport, and the shell's own keys flagged too.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withApp } from './harness.mjs';

after(closeAll);

// The app at `hash` on a screen of `viewport`, given 300 ms to settle, for `fn(page)`.
const inApp = (hash, fn, viewport = { width: 1024, height: 768 }) => withApp(hash, fn, { viewport }, 300);

test('no notice is taller or wider than the viewport, whatever the link holds, and Play stays on screen', async () => {
  const junk = 'x'.repeat(12_000);
  const digits = '9'.repeat(10_000);
  const many = Array.from({ length: 300 }, (_, i) => `zz${i}=1`).join('&');
  for (const viewport of [{ width: 1024, height: 768 }, { width: 375, height: 667 }]) {
    for (const hash of [`#/consensus?k=${junk}&n=${digits}`, `#/swap?${many}`, `#/validators?n=${digits}&${many}`, `#/rollup?tps=${junk}`, `#/stablecoin?${many}&scenario=${junk}`]) {
      await inApp(hash, async (page) => {
        const m = await page.evaluate(() => {
          const n = document.querySelector('#url-notice').getBoundingClientRect();
          return { h: n.height, w: n.width, docW: document.documentElement.scrollWidth, vw: innerWidth, vh: innerHeight, play: document.querySelector('#play').getBoundingClientRect().bottom };
        });
        assert.ok(m.h <= m.vh / 2, `${viewport.width}: notice ${m.h} px tall in ${m.vh} (${hash.slice(0, 40)})`);
        assert.ok(m.docW <= m.vw + 1, `${viewport.width}: page ${m.docW} px wide (${hash.slice(0, 40)})`);
        assert.ok(m.play <= m.vh, `${viewport.width}: Play at ${m.play} is below the screen (${hash.slice(0, 40)})`);
      }, viewport);
    }
  }
});

// Each link, the notice that flags it, and what the notice must say.
const FLAGGED = [
  // Negatives and 2^64 are outside the range, not "not a number".
  ['#/consensus?n=-5&seed=18446744073709551616&k=banana', '#url-notice',
    [/n = -5 is outside 2\.\.20,000/, /seed = 18446744073709551616 is outside 0\.\.18,446,744,073,709,551,615/, /k = "banana" is not a number/]],
  ['#/consensus?present=2&playlist=consensus&cue=99', '#shell-notice', [/present = 2 is not 0 or 1/, /cue = 99 is past this playlist's 6 cues/]],
  ['#/validators?dist=powerlaw&alpha=0', '#url-notice', [/alpha = 0 flattens the power law/]],
];

for (const [hash, notice, says] of FLAGGED) {
  test(`${hash}: ${notice} says which rule was broken`, async () => {
    await inApp(hash, async (page) => {
      const text = await page.locator(notice).textContent();
      for (const re of says) assert.match(text, re);
    });
  });
}

test('an unknown playlist is flagged', async () => {
  await inApp('#/consensus?present=1&playlist=../../etc', async (page) => {
    const shown = await page.locator('#playlist-select').evaluate((s) => s.options[s.selectedIndex].textContent);
    assert.match(shown, /^not found: \.\.\/\.\.\/etc/);
    assert.ok(!/Lecture/i.test(shown));
    assert.match(await page.locator('#walk-error').textContent(), /could not be used/);
  });
});
