// Screenshots of the classroom features: node scripts/screenshots-classroom.mjs [outdir]
// (after bash scripts/build.sh): presenter mode, embed mode in an iframe, QR dialog,
// scrubber, export menu, tour, 375-px phone, 200% zoom, node shapes.
import fs from 'node:fs';
import { getBrowser, baseUrl, closeAll, waitForApp } from '../tests/browser/harness.mjs';
const out = process.argv[2] || 'screenshots';
fs.mkdirSync(out, { recursive: true });
const browser = await getBrowser();
async function shot(name, url, { viewport = { width: 1366, height: 860 }, scheme = 'light', dpr = 1, act = null, full = false } = {}) {
  const ctx = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: dpr });
  const page = await ctx.newPage();
  await page.goto(url.startsWith('http') ? url : baseUrl + url);
  if (!url.startsWith('http')) await waitForApp(page);
  await page.waitForTimeout(800);
  if (act) await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  console.log(`${out}/${name}.png`);
  await ctx.close();
}
const steps = (n) => async (p) => { for (let i = 0; i < n; i++) await p.keyboard.press('ArrowRight'); };
await shot('presenter', '#/consensus?present=1&playlist=consensus&cue=1&n=400&speed=2&seed=3&at=12');
await shot('presenter-swap', '#/swap?present=1&playlist=swap&cue=3&scenario=happy-path&speed=1&seed=1&at=44');
await shot('embed-iframe', 'www/embed-example.html', { act: async (p) => { await p.locator('#sim').scrollIntoViewIfNeeded(); await p.waitForTimeout(1500); } });
await shot('qr', '#/consensus?n=400&seed=3', { act: async (p) => { await steps(5)(p); await p.click('#qr-button'); } });
await shot('scrubber', '#/consensus?n=400&seed=3', { act: async (p) => { await steps(20)(p); await p.locator('#scrubber').evaluate((e) => { e.value = '9'; e.dispatchEvent(new Event('input', { bubbles: true })); }); } });
await shot('scrubber-dark', '#/swap?scenario=happy-path', { scheme: 'dark', act: async (p) => { await steps(5)(p); await p.click('#export-button'); } });
await shot('tour', '#/consensus?tour=consensus&cue=1&n=400&speed=4&seed=3', { act: async (p) => { await p.check('#choice-0'); await p.click('#cue-next'); await p.waitForSelector('#why', { timeout: 20000 }); } });
await shot('tour-phone', '#/swap?tour=swap&cue=1&scenario=happy-path&speed=1&seed=1&at=14', { viewport: { width: 375, height: 740 }, dpr: 2 });
await shot('phone-consensus', '#/consensus?n=400&seed=3', { viewport: { width: 375, height: 740 }, dpr: 2, act: steps(14) });
await shot('zoom200', '#/swap?scenario=happy-path', { viewport: { width: 640, height: 430 }, dpr: 2, act: steps(3) });
await shot('embed-dialog', '#/swap?scenario=happy-path', { act: async (p) => { await p.click('#embed-button'); } });
await shot('shapes', '#/consensus?n=144&colours=4&seed=3', { act: steps(6) });
await closeAll();
