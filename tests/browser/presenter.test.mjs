// Presenter mode on a 1024x768 projector (issue 16): for every page and every cue of every
// shipped playlist, the cue's caption, its Back/Next and the page's main picture are all on
// screen, without scrolling. Also at 1366x768, where the picture must grow into the room.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { getBrowser, baseUrl, closeAll, waitForApp } from './harness.mjs';
import { presenterCues, measurePresenter } from './presenter-fit.mjs';

after(closeAll);

const fmt = (r) => (r ? `${Math.round(r.top)}..${Math.round(r.bottom)} (x ${Math.round(r.left)}..${Math.round(r.right)})` : 'missing');

for (const [width, height] of [[1024, 768], [1366, 768]]) {
  test(`presenter mode at ${width}x${height}: caption, Back/Next and the main picture of every shipped cue fit the screen`, async () => {
    const browser = await getBrowser();
    const ctx = await browser.newContext({ viewport: { width, height } });
    const failures = [];
    const pictures = {};
    try {
      for (const cue of presenterCues()) {
        if (width !== 1024 && cue.list === 'lecture') continue; // the lecture playlist repeats the others' cues
        const page = await ctx.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(baseUrl + cue.hash);
        await waitForApp(page);
        const m = await measurePresenter(page, cue);
        const where = `${cue.list} cue ${cue.index} (${cue.sim})`;
        if (!m.fits) failures.push(`${where}: picture ${fmt(m.picture)}, caption ${fmt(m.caption)}, next ${fmt(m.next)}, back ${fmt(m.prev)} in ${m.vw}x${m.vh}`);
        if (m.scrollY !== 0) failures.push(`${where}: the page opened scrolled to ${m.scrollY}`);
        if (m.picture && m.picture.height < 150) failures.push(`${where}: the picture is only ${Math.round(m.picture.height)} px tall`);
        if (errors.length) failures.push(`${where}: ${errors.join('; ')}`);
        if (m.picture) pictures[cue.sim] = Math.max(pictures[cue.sim] || 0, m.picture.height * m.picture.width);
        await page.close();
      }
    } finally {
      await ctx.close();
    }
    assert.deepEqual(failures, []);
    assert.equal(Object.keys(pictures).length, 5, 'all five pages have cues');
  });
}

test('presenter mode folds the time controls into its bar: Play, Back, Step and Reset work from there', async () => {
  const browser = await getBrowser();
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await ctx.newPage();
    await page.goto(baseUrl + '#/consensus?present=1&playlist=consensus&cue=1');
    await waitForApp(page);
    await page.waitForFunction(() => document.querySelector('#scrubber')?.value === '12');
    assert.equal(await page.locator('.time-controls').isVisible(), false, "the page's own toolbar is hidden");
    const bar = await page.locator('#presenter-bar').boundingBox();
    assert.ok(bar.height <= 52, `the bar is one row (${bar.height} px)`);
    await page.click('#present-step');
    await page.waitForFunction(() => document.querySelector('#present-step-label').textContent === 'round 13');
    await page.click('#present-back');
    await page.waitForFunction(() => document.querySelector('#present-step-label').textContent === 'round 12');
    await page.click('#present-play');
    await page.waitForFunction(() => document.querySelector('#present-play').textContent.includes('Pause'));
    await page.click('#present-play');
    await page.waitForFunction(() => document.querySelector('#present-play').textContent.includes('Play'));
    await page.click('#present-reset');
    await page.waitForFunction(() => document.querySelector('#present-step-label').textContent === 'round 0');
  } finally {
    await ctx.close();
  }
});
