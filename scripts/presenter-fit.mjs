// Where the main picture, the caption and Back/Next sit in presenter mode, for every shipped
// playlist cue (www/playlists/*.json, tours excluded) at a viewport (default 1024x768):
//   node scripts/presenter-fit.mjs [width height]      (after a release build in dist/)
// tests/browser/presenter.test.mjs asserts the same measurements.
import { getBrowser, baseUrl, closeAll, waitForApp } from '../tests/browser/harness.mjs';
import { presenterCues, measurePresenter } from '../tests/browser/presenter-fit.mjs';

const width = Number(process.argv[2] || 1024), height = Number(process.argv[3] || 768);
const browser = await getBrowser();
const ctx = await browser.newContext({ viewport: { width, height } });
for (const cue of presenterCues()) {
  const page = await ctx.newPage();
  await page.goto(baseUrl + cue.hash);
  await waitForApp(page);
  const m = await measurePresenter(page, cue);
  const fmt = (r) => (r ? `${Math.round(r.top)}..${Math.round(r.bottom)}` : 'missing');
  console.log(`${cue.list}#${cue.index} ${cue.sim.padEnd(10)} picture ${fmt(m.picture)}  caption ${fmt(m.caption)}  next ${fmt(m.next)}  scrollY ${m.scrollY} ${m.fits ? 'fits' : 'DOES NOT FIT'}`);
  await page.close();
}
await ctx.close();
await closeAll();
