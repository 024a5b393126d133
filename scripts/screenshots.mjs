// Screenshots of every view in headless Chromium, light and dark, desktop and phone:
//   node scripts/screenshots.mjs [outdir]      (after bash scripts/build.sh)
// The README's picture is docs/consensus.png.
import fs from 'node:fs';
import path from 'node:path';
import { getBrowser, baseUrl, closeAll, waitForApp, act, viewsOf } from '../tests/browser/harness.mjs';

const out = process.argv[2] || 'screenshots';
fs.mkdirSync(out, { recursive: true });

// Every view to picture, page by page: its picture's name → the link's query, or [query, what is
// done on the page first (act's words)]. The link is `#/<page>?<query>` (`#/` for the home page).
const shots = {
  '': { home: '' },
  consensus: {
    consensus: ['seed=3&n=900', 'step:14'],
    'consensus-byzantine': ['seed=5&n=2500&byz=0.15&adv=minority', 'step:12,click'],
    compare: ['view=compare&seed=2&n=400&byz=0.1&adv=contrarian', 'step:30'],
    experiment: ['view=experiment&n=200&runs=200', 'play'],
    subnets: 'view=subnets&bad=1,3,4,9,20',
    notice: 'k=banana&ap=3&zzz=1',
  },
  swap: {
    swap: ['scenario=happy-path', 'step:5'],
    'swap-misordered': ['scenario=misordered-timelocks&speed=max', 'play'],
    'swap-verify': ['scenario=misordered-timelocks', 'verify'],
  },
  rollup: {
    rollup: ['speed=1h', 'step:4'],
    'rollup-bisection': ['fault=wrong&fbatch=0', 'step:7,scroll:#dispute'],
    'rollup-proof': ['fault=wrong&fbatch=0&arity=40', 'step:6,scroll:#dispute'],
    'rollup-invalid-final': ['fault=wrong&fbatch=0&val=off&speed=max', 'play'],
    'rollup-sweep': ['q=5', 'sweep'],
  },
  stablecoin: {
    'stablecoin-calm': 'scenario=calm&at=43200',
    'stablecoin-may-2022-mid-spiral': 'scenario=terra-may-2022&at=7800',
    'stablecoin-may-2022-end': 'scenario=terra-may-2022&at=17280',
    'stablecoin-larger-reserve': 'scenario=larger-reserve&at=17280',
    'stablecoin-lower-mint-cap': 'scenario=lower-mint-cap&at=17280',
  },
  validators: {
    validators: 'at=40',
    'validators-slashed': 'epochs=4725&whatif=s@225&at=4400',
    'validators-collapse': 'price=collapse&at=1500',
  },
};
// SHOTS=rollup node scripts/screenshots.mjs: only the views whose name starts with it.
const only = process.env.SHOTS;

const browser = await getBrowser();
// Lecture views (issue 16): every page in presenter mode on a 1024x768 projector (a cue of its
// own playlist) and on a 375x667 phone, as a lecturer and a student first see them.
// LECTURE_ONLY=1 node scripts/screenshots.mjs [outdir]: only these.
// Each page's presenter cue (of its own playlist) and its link on a phone.
const lecture = {
  consensus: [4, 'n=400&seed=3'],
  rollup: [1, 'speed=1h'],
  swap: [1, 'scenario=happy-path'],
  stablecoin: [4, 'scenario=terra-may-2022&at=10080'],
  validators: [6, 'price=collapse&at=1500'],
};
for (const [device, viewport, scale] of [['presenter-1024x768', { width: 1024, height: 768 }, 1], ['phone-375x667', { width: 375, height: 667 }, 2]]) {
  const ctx = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: scale });
  for (const [name, [cue, phoneQuery]] of Object.entries(lecture)) {
    if (only && !name.startsWith(only)) continue;
    const page = await ctx.newPage();
    const query = device.startsWith('phone') ? phoneQuery : `present=1&playlist=${name}&cue=${cue}`;
    await page.goto(`${baseUrl}#/${name}?${query}`);
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
    for (const [, name, link, actions] of viewsOf(shots)) {
      if (only && !name.startsWith(only)) continue;
      const page = await ctx.newPage();
      await page.goto(baseUrl + link);
      await waitForApp(page);
      await act(page, actions);
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
  await act(page, 'step:9,click');
  await page.waitForTimeout(300);
  fs.mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/consensus.png' });
  console.log('docs/consensus.png');
  await ctx.close();
}
await closeAll();
