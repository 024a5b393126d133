// Screenshots of every view in headless Chromium, light and dark, desktop and phone:
//   node scripts/screenshots.mjs [outdir]      (after bash scripts/build.sh)
// The README's picture is docs/consensus.png.
import fs from 'node:fs';
import path from 'node:path';
import { getBrowser, baseUrl, closeAll, waitForApp } from '../tests/browser/harness.mjs';

const out = process.argv[2] || 'screenshots';
fs.mkdirSync(out, { recursive: true });

const shots = [
  ['home', '#/', null],
  ['consensus', '#/consensus?seed=3&n=900', 'step:14'],
  ['consensus-byzantine', '#/consensus?seed=5&n=2500&byz=0.15&adv=minority', 'step:12,click'],
  ['compare', '#/consensus?view=compare&seed=2&n=400&byz=0.1&adv=contrarian', 'step:30'],
  ['experiment', '#/consensus?view=experiment&n=200&runs=200', 'play'],
  ['subnets', '#/consensus?view=subnets&bad=1,3,4,9,20', null],
  ['notice', '#/consensus?k=banana&ap=3&zzz=1', null],
  ['swap', '#/swap?scenario=happy-path', 'step:5'],
  ['swap-misordered', '#/swap?scenario=misordered-timelocks&speed=max', 'play'],
  ['swap-verify', '#/swap?scenario=misordered-timelocks', 'verify'],
  ['rollup', '#/rollup?speed=1h', 'step:4'],
  ['rollup-bisection', '#/rollup?fault=wrong&fbatch=0', 'step:7,scroll:#dispute'],
  ['rollup-proof', '#/rollup?fault=wrong&fbatch=0&arity=40', 'step:6,scroll:#dispute'],
  ['rollup-invalid-final', '#/rollup?fault=wrong&fbatch=0&val=off&speed=max', 'play'],
  ['rollup-sweep', '#/rollup?q=5', 'sweep'],
  ['stablecoin-calm', '#/stablecoin?scenario=calm&at=43200', null],
  ['stablecoin-may-2022-mid-spiral', '#/stablecoin?scenario=terra-may-2022&at=7800', null],
  ['stablecoin-may-2022-end', '#/stablecoin?scenario=terra-may-2022&at=17280', null],
  ['stablecoin-larger-reserve', '#/stablecoin?scenario=larger-reserve&at=17280', null],
  ['stablecoin-lower-mint-cap', '#/stablecoin?scenario=lower-mint-cap&at=17280', null],
  ['validators', '#/validators?at=40', null],
  ['validators-slashed', '#/validators?epochs=4725&whatif=s@225&at=4400', null],
  ['validators-collapse', '#/validators?price=collapse&at=1500', null],
];
// SHOTS=rollup node scripts/screenshots.mjs: only the views whose name starts with it.
const only = process.env.SHOTS;

const browser = await getBrowser();
// Lecture views (issue 16): every page in presenter mode on a 1024x768 projector (a cue of its
// own playlist) and on a 375x667 phone, as a lecturer and a student first see them.
// LECTURE_ONLY=1 node scripts/screenshots.mjs [outdir]: only these.
const lecture = [
  ['consensus', '#/consensus?present=1&playlist=consensus&cue=4', '#/consensus?n=400&seed=3'],
  ['rollup', '#/rollup?present=1&playlist=rollup&cue=1', '#/rollup?speed=1h'],
  ['swap', '#/swap?present=1&playlist=swap&cue=1', '#/swap?scenario=happy-path'],
  ['stablecoin', '#/stablecoin?present=1&playlist=stablecoin&cue=4', '#/stablecoin?scenario=terra-may-2022&at=10080'],
  ['validators', '#/validators?present=1&playlist=validators&cue=6', '#/validators?price=collapse&at=1500'],
];
for (const [device, viewport, scale] of [['presenter-1024x768', { width: 1024, height: 768 }, 1], ['phone-375x667', { width: 375, height: 667 }, 2]]) {
  const ctx = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: scale });
  for (const [name, presentHash, phoneHash] of lecture) {
    if (only && !name.startsWith(only)) continue;
    const page = await ctx.newPage();
    await page.goto(baseUrl + (device.startsWith('phone') ? phoneHash : presentHash));
    await waitForApp(page);
    if (device.startsWith('presenter')) {
      // The cue has landed when its caption shows and the scrubber stands on the cue's step (the
      // address bar drops `at=` once the page holds the moment).
      await page.waitForFunction(() => document.querySelector('#caption') && Number(document.querySelector('#scrubber')?.value) > 0, null, { timeout: 60000 }).catch(() => {});
    }
    await page.waitForTimeout(600);
    const file = path.join(out, `lecture-${name}-${device}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
  await ctx.close();
}
if (process.env.LECTURE_ONLY) {
  await closeAll();
  process.exit(0);
}
for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    if (device === 'phone' && scheme === 'dark') continue;
    const ctx = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
    for (const [name, hash, action] of shots) {
      if (only && !name.startsWith(only)) continue;
      const page = await ctx.newPage();
      await page.goto(baseUrl + hash);
      await waitForApp(page);
      for (const a of (action || '').split(',').filter(Boolean)) {
        if (a.startsWith('step:')) {
          for (let i = 0; i < Number(a.slice(5)); i++) await page.keyboard.press('ArrowRight');
        } else if (a === 'play') {
          await page.click('#play');
          await page.waitForFunction(() => document.querySelector('#play')?.textContent.includes('Finished'), null, { timeout: 60000 });
        } else if (a === 'verify') {
          await page.click('#verify-button');
          await page.waitForSelector('#counterexample', { timeout: 30000 });
          await page.locator('#verify').scrollIntoViewIfNeeded();
        } else if (a.startsWith('scroll:')) {
          await page.locator(a.slice(7)).scrollIntoViewIfNeeded();
        } else if (a === 'sweep') {
          await page.click('#sweep-run');
          await page.waitForFunction(() => document.querySelector('#sweep')?.dataset.points === '10', null, { timeout: 60000 });
          await page.locator('#sweep').scrollIntoViewIfNeeded();
        } else if (a === 'click') {
          const box = await page.locator('#nodes').boundingBox();
          await page.mouse.click(box.x + box.width * 0.37, box.y + box.height * 0.41);
        }
      }
      await page.waitForTimeout(300);
      const file = path.join(out, `${name}-${device}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: device === 'phone' ? false : true });
      console.log(file);
      await page.close();
    }
    await ctx.close();
  }
}
// The README's picture: the network view mid-run with a node inspected.
{
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, colorScheme: 'light' });
  const page = await ctx.newPage();
  await page.goto(baseUrl + '#/consensus?seed=5&n=2500&byz=0.1&adv=minority');
  await page.waitForSelector('#nodes');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  const box = await page.locator('#nodes').boundingBox();
  await page.mouse.click(box.x + box.width * 0.37, box.y + box.height * 0.41);
  await page.waitForTimeout(300);
  fs.mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/consensus.png' });
  console.log('docs/consensus.png');
  await ctx.close();
}
await closeAll();
