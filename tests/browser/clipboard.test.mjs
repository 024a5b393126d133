// A denied clipboard (issue 18: the browser's own services failing) gives a message, never an
// error: "Copy link" and "Copy embed code" say to copy by hand and the link stays on screen.
// With the permission given, they say the text was copied, and it was.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage } from './harness.mjs';

after(closeAll);

const deny = () => {
  navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
};

test('a denied clipboard: Copy link and Copy embed code say to copy by hand, with no error', async () => {
  await withPage('#/swap?seed=3', async (page) => {
    await page.waitForSelector('#copy-link');
    await page.evaluate(deny);
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-link').textContent.includes('Link below'));
    assert.match(await page.inputValue('#copied-link'), /#\/swap\?seed=3/);
    await page.click('#embed-button');
    await page.click('#copy-embed');
    await page.waitForFunction(() => /copy it/.test(document.querySelector('#copy-embed').textContent));
    assert.match(await page.locator('#copy-embed').textContent(), /Select the code above and copy it/);
  });
});

test('a clipboard the page may use: Copy link says so, and the link is on it', async () => {
  await withPage('#/validators?seed=2', async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.waitForSelector('#copy-link');
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-link').textContent.includes('Link copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#copied-link'));
  });
});
