// The stablecoin page in headless Chromium: charts render and grow while playing, the loop
// diagram lights up, exports produce valid PNG/SVG/CSV, URL state (with at=) round-trips,
// wasm equals the native CLI, keys step and go back exactly, bad URLs get a notice.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, canvasColours } from './harness.mjs';

after(closeAll);

const CHARTS = ['stable-price', 'companion-price', 'supplies', 'reserve', 'mint-capacity'];
const steps = (page) => page.locator('section.stablecoin').getAttribute('data-steps').then(Number);
const fingerprint = (page) => page.locator('section.stablecoin').getAttribute('data-fingerprint');
const pixels = (page, sel) => page.evaluate((s) => document.querySelector(s).toDataURL(), sel);

test('every chart is drawn, and the charts grow while the run plays', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&speed=16', async (page) => {
    await page.waitForSelector('#chart-stable-price');
    for (const c of CHARTS) assert.ok((await canvasColours(page, `#chart-${c}`)) > 4, `${c} drawn`);
    const before = await Promise.all(CHARTS.map((c) => pixels(page, `#chart-${c}`)));
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('section.stablecoin').dataset.steps) > 900);
    await page.click('#play');
    const after = await Promise.all(CHARTS.map((c) => pixels(page, `#chart-${c}`)));
    CHARTS.forEach((c, i) => assert.notEqual(after[i], before[i], `${c} changed while playing`));
    const ms = Number(await page.locator('section.stablecoin').getAttribute('data-redraw-ms'));
    assert.ok(Number.isFinite(ms) && ms >= 0, 'the redraw cost is recorded');
  });
});

test('mid-spiral, the loop diagram lights the spiral arrows and the history is plotted', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&at=7800', async (page) => {
    await page.waitForSelector('#loop-diagram');
    assert.equal(await steps(page), 7800);
    for (const a of ['withdrawals', 'redemptions', 'dilution', 'panic']) {
      assert.equal(await page.locator(`#arrow-${a}`).getAttribute('data-active'), 'true', `${a} lit`);
    }
    assert.equal(await page.locator('#arrow-defence').getAttribute('data-active'), 'false', 'the reserve is spent');
    assert.match(await page.locator('#history-badge').textContent(), /approximate/);
    assert.match(await page.locator('#status').textContent(), /10 May/);
  });
  await withPage('#/stablecoin?scenario=calm&at=600', async (page) => {
    await page.waitForSelector('#loop-diagram');
    for (const a of ['redemptions', 'dilution', 'panic', 'exits']) {
      assert.equal(await page.locator(`#arrow-${a}`).getAttribute('data-active'), 'false', `${a} quiet in a calm market`);
    }
    assert.equal(await page.locator('#history-badge').count(), 0, 'no May history on the calm market');
  });
});

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test('exports: each chart as PNG and SVG, the series as CSV', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=4&at=3000', async (page) => {
    await page.waitForSelector('#png-supplies');
    const png = await download(page, '#png-supplies');
    assert.match(png.name, /^chainlab-stablecoin-terra-may-2022-seed4-step3000-supplies\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.ok(png.bytes.length > 5000, 'a real picture');
    for (const c of CHARTS) {
      const svg = await download(page, `#svg-${c}`);
      const text = svg.bytes.toString('utf8');
      assert.ok(svg.name.endsWith(`-${c}.svg`), svg.name);
      assert.match(text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.match(text, /<polyline/, `${c}: has a line`);
      assert.match(text, /<\/svg>\s*$/);
    }
    const csv = (await download(page, '#export-csv')).bytes.toString('utf8').trim().split('\n');
    assert.match(csv[0], /^step,day,stable_price_usd,companion_price_usd,/);
    assert.equal(csv.length, 1 + 3001, 'one row per step, the start included');
    const cols = csv[0].split(',').length;
    for (const row of [csv[1], csv[1500], csv[3001]]) {
      assert.equal(row.split(',').length, cols);
      assert.ok(row.split(',').every((f) => Number.isFinite(Number(f))), row);
    }
    assert.equal(csv[3001].split(',')[0], '3000');
  });
});

test('a copied link (with edited parameters and at=) reproduces the same moment', async () => {
  let copied;
  let fp;
  await withPage('#/stablecoin?scenario=calm&seed=9', async (page) => {
    await page.waitForSelector('#p-base');
    await page.fill('#p-base', '20000000');
    await page.locator('#p-base').dispatchEvent('change');
    await page.waitForFunction(() => location.hash.includes('base=20000000'));
    assert.ok(await page.locator('#scenario-modified').count(), 'marked as modified');
    await page.locator('h1').click(); // keys go to the page, not the field
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await steps(page), 180, 'three hours of one-minute steps');
    fp = await fingerprint(page);
    await page.click('#copy-link');
    copied = await page.locator('#copied-link').inputValue();
    assert.match(copied, /#\/stablecoin\?seed=9&scenario=calm&base=20000000&speed=1&at=180$/);
  });
  await withPage(new URL(copied).hash, async (page) => {
    await page.waitForSelector('#p-base');
    assert.equal(await steps(page), 180);
    assert.equal(await fingerprint(page), fp);
    assert.equal(await page.locator('#p-base').inputValue(), '20000000');
  });
});

test('Right arrow steps an hour, Left arrow replays back to the same state, R resets', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022', async (page) => {
    await page.waitForSelector('#loop-diagram');
    await page.keyboard.press('ArrowRight');
    const first = await fingerprint(page);
    assert.equal(await steps(page), 60);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await fingerprint(page), first);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('section.stablecoin').dataset.steps) > 60);
    await page.keyboard.press('Space');
    await page.keyboard.press('r');
    assert.equal(await steps(page), 0);
  });
});

test('the browser (wasm32) run equals the native CLI run for the same seed and parameters', async () => {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'stablecoin', '--scenario', 'terra-may-2022',
    '--seed', '21', '--set', 'days=5', '--set', 'btc=50000', '--json', '--every', '100000'], { encoding: 'utf8' });
  const native = JSON.parse(out).summary;
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=21&days=5&btc=50000&speed=max', async (page) => {
    await page.waitForSelector('#play');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 60_000 });
    assert.equal(await steps(page), native.steps);
    assert.equal(await fingerprint(page), native.fingerprint);
  });
});

test('a malformed URL shows a notice naming each bad parameter, and the page still runs', async () => {
  await withPage('#/stablecoin?scenario=luna&base=-5&spread=x&zzz=1', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['scenario', 'base', 'spread', 'zzz']) {
      assert.ok(await notice.locator(`li[data-param="${p}"]`).count() > 0, `names ${p}`);
    }
    assert.equal(await page.locator('#p-base').inputValue(), '50000000', 'the default is used');
    await page.keyboard.press('ArrowRight');
    assert.equal(await steps(page), 60);
    assert.ok((await canvasColours(page, '#chart-stable-price')) > 4);
  });
});

test('a parameter that breaks a rule is explained and not applied', async () => {
  await withPage('#/stablecoin?scenario=calm', async (page) => {
    await page.waitForSelector('#p-spread');
    await page.fill('#p-spread', '1');
    await page.locator('#p-spread').dispatchEvent('change');
    await page.waitForSelector('#param-error');
    assert.match(await page.locator('#param-error').textContent(), /MinStabilitySpread/);
    assert.ok(!(await page.evaluate(() => location.hash)).includes('spread='), 'not applied');
  });
});
