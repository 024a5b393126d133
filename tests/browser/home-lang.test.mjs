// The home page checks its shell keys too: a bad lang= says so, as on the simulations' pages
// (the home module has no classroom; src/ui/app.rs shows the same notice).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, closeAll } from './harness.mjs';

after(closeAll);

test('home: a bad lang= gets the notice and English; a good one gets none', async () => {
  await withPage('#/?lang=xx-YY', async (page) => {
    await page.waitForSelector('#shell-notice');
    const text = await page.textContent('#shell-notice');
    assert.match(text, /xx-YY/);
    assert.match(text, /es/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    // The home page itself is drawn: its five cards.
    assert.ok((await page.locator('main a[href^="#/"]').count()) >= 5, 'the five cards');
  });
  await withPage('#/?lang=es', async (page) => {
    await page.waitForSelector('main *');
    assert.equal(await page.$('#shell-notice'), null);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  });
});
