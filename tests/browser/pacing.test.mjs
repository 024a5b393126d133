// Pacing (issue 16): at 1x the swap's happy path no longer ends in a few seconds (its story takes
// 20-60 s; tests/pacing.rs checks the number natively by the same rules), and an embed ends as
// its author chose: end=stop (the default) pauses once at the page's first moment, end=loop
// starts again after its end, and a bad value is named. Only lower bounds on time are asserted:
// a slower machine makes these pass later, never fail.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage } from './harness.mjs';

after(closeAll);

const playText = (page) => page.locator('#play').textContent();

test('the swap happy path at 1x is still under way after four seconds', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.waitForSelector('#play');
    await page.click('#play');
    await page.waitForTimeout(4000);
    assert.doesNotMatch(await playText(page), /Finished/, 'the happy path takes 20-60 s at 1x, not 4');
    const now = await page.locator('#outcome').textContent();
    assert.match(now, /now 0h0\d/, `four seconds at 1x are about a minute of the model: ${now}`);
  });
});

test('an embed stops at its first moment by default, and Play goes on', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&speed=16&embed=1', async (page) => {
    await page.waitForSelector('section.sim[data-moment]');
    // Lazy start: it plays once in view, then pauses by itself at the first moment.
    await page.waitForFunction(() => document.querySelector('section.sim').dataset.moment === 'true', null, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Play'), null, { timeout: 10_000 });
    assert.doesNotMatch(await playText(page), /Finished/, 'stopped at the moment, not at the end');
    assert.ok((await page.locator('#moments li').count()) >= 1, 'the moment it stopped at is listed');
    const at = Number(await page.locator('section.sim').getAttribute('data-steps'));
    await page.waitForTimeout(600);
    assert.equal(Number(await page.locator('section.sim').getAttribute('data-steps')), at, 'paused');
    await page.click('#play');
    await page.waitForFunction((a) => Number(document.querySelector('section.sim').dataset.steps) > a + 100, at, { timeout: 20_000 });
    assert.match(await playText(page), /Pause/, 'it plays on past the moment, without stopping again');
  });
});

test('end=loop plays to the end and starts again', async () => {
  await withPage('#/swap?scenario=happy-path&speed=16&embed=1&end=loop', async (page) => {
    await page.waitForSelector('section.sim');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 60_000 });
    const end = Number(await page.locator('section.sim').getAttribute('data-steps'));
    assert.ok(end > 5);
    // After a rest of three seconds, back to the start and playing.
    await page.waitForFunction((e) => Number(document.querySelector('section.sim').dataset.steps) < e, end, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Pause'), null, { timeout: 10_000 });
  });
});

test('a bad end value is named', async () => {
  await withPage('#/swap?scenario=happy-path&embed=1&end=forever', async (page) => {
    await page.waitForSelector('section.sim');
    const notices = await page.locator('.notice, .shell-notice').allTextContents();
    assert.ok(notices.some((n) => n.includes('end = forever is not stop or loop')), notices.join(' / '));
  });
});
