// The shell and the sampling-consensus page in headless Chromium, against the release build
// served under a sub-path. Every test also checks: no console errors, no request to another
// origin, no failed request.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, canvasColours, reopenLink, copyLink } from './harness.mjs';

after(closeAll);

const round = (page) => page.locator('#round').textContent().then(Number);
const fingerprint = (page) => page.locator('section.consensus').getAttribute('data-fingerprint');

async function stepTimes(page, n, key = 'ArrowRight') {
  for (let i = 0; i < n; i++) await page.keyboard.press(key);
}

test('the home page lists the simulation with a live preview', async () => {
  await withPage('#/', async (page) => {
    const link = page.locator('#sim-list a[href="#/consensus"]');
    await assert.doesNotReject(link.waitFor());
    assert.match(await link.textContent(), /Sampling consensus/);
    assert.ok((await canvasColours(page, 'canvas.preview')) > 3, 'preview canvas is drawn');
    await link.click();
    await page.waitForSelector('#nodes');
    assert.match(page.url(), /#\/consensus/);
  });
});

test('the consensus page draws a non-blank network and chart', async () => {
  await withPage('#/consensus?n=400&seed=2', async (page) => {
    await page.waitForSelector('#nodes');
    assert.ok((await canvasColours(page, '#nodes')) > 3, 'nodes canvas has colour');
    assert.ok((await canvasColours(page, '#history-chart')) > 3, 'chart canvas has colour');
    assert.equal(await round(page), 0);
  });
});

test('Play advances the rounds and pauses again', async () => {
  await withPage('#/consensus?n=200&speed=16', async (page) => {
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#round').textContent) >= 5);
    await page.click('#play');
    const r = await round(page);
    await page.waitForTimeout(400);
    assert.equal(await round(page), r, 'paused: the round no longer moves');
  });
});

test('Space plays and pauses; Right arrow and Page Down step; Left arrow steps back; R resets', async () => {
  await withPage('#/consensus?n=300&seed=4', async (page) => {
    await page.keyboard.press('ArrowRight');
    assert.equal(await round(page), 1);
    await page.keyboard.press('PageDown');
    assert.equal(await round(page), 2);
    const at2 = await fingerprint(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await round(page), 2);
    assert.equal(await fingerprint(page), at2, 'back replays to exactly the same state');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Pause'));
    await page.waitForFunction(() => Number(document.querySelector('#round').textContent) > 2);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
    await page.keyboard.press('r');
    assert.equal(await round(page), 0);
  });
});

test('keys typed into a field do not drive the simulation', async () => {
  await withPage('#/consensus?n=100', async (page) => {
    await page.click('#seed');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    assert.equal(await round(page), 0);
  });
});

test('a copied URL reproduces the same state after the same steps', async () => {
  const seen = await reopenLink('#/consensus?seed=77&n=300&byz=0.1&adv=contrarian&drop=0.05', async (page) => {
    await page.waitForSelector('#nodes');
    await stepTimes(page, 12);
    const seen = { fp: await fingerprint(page), counts: await page.locator('#counts').textContent(), link: page.url() };
    assert.match(seen.link, /seed=77/);
    assert.match(seen.link, /byz=0\.1/);
    // "Copy link" captures this moment too, and shows the link it copied.
    seen.copied = await copyLink(page);
    assert.match(seen.copied, /at=12/);
    return seen;
  }, async (page, seen) => {
    await page.waitForSelector('#nodes');
    await stepTimes(page, 12);
    assert.equal(await fingerprint(page), seen.fp);
    assert.equal(await page.locator('#counts').textContent(), seen.counts);
  });
  await withPage(new URL(seen.copied).hash, async (page) => {
    await page.waitForSelector('#nodes');
    assert.equal(await round(page), 12);
    assert.equal(await fingerprint(page), seen.fp, 'at=12 jumps to the same moment');
  });
});

test('the browser (wasm32) run equals the native CLI run for the same seed', async () => {
  const csv = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'consensus',
    '--seed', '31', '--nodes', '500', '--byzantine', '0.05', '--adversary', 'minority', '--csv'], { encoding: 'utf8' });
  const [, row] = csv.split('\n');
  const [, , rounds, , colour, , fp] = row.split(',');
  await withPage('#/consensus?seed=31&n=500&byz=0.05&adv=minority&speed=max', async (page) => {
    await page.waitForSelector('#nodes');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 30_000 });
    assert.equal(String(await round(page)), rounds);
    assert.equal(await fingerprint(page), fp);
    assert.match(await page.locator('#status').textContent(), new RegExp(`finalised ${colour}`));
  });
});

test('a malformed URL shows a dismissible notice naming the parameters, and the page works', async () => {
  await withPage('#/consensus?k=banana&ap=3&n=-4&zzz=1', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const p of ['k', 'n', 'zzz']) assert.ok(await notice.locator(`li[data-param="${p}"]`).count() > 0, `names ${p}: ${text}`);
    assert.match(text, /K\/2 < AlphaPreference/);
    assert.ok((await canvasColours(page, '#nodes')) > 3, 'the defaults run');
    await page.click('#dismiss-notice');
    assert.equal(await notice.count(), 0);
    await page.keyboard.press('ArrowRight');
    assert.equal(await round(page), 1);
  });
});

test('an unknown route says so instead of a blank page', async () => {
  await withPage('#/nowhere', async (page) => {
    assert.match(await page.locator('#not-found').textContent(), /No such simulation/);
  });
});

test('an invalid parameter in the panel names the rule and keeps the run', async () => {
  await withPage('#/consensus?n=100', async (page) => {
    await page.fill('#ap', '5');
    await page.press('#ap', 'Enter');
    assert.match(await page.locator('#param-error').textContent(), /K\/2 < AlphaPreference/);
    assert.doesNotMatch(page.url(), /ap=5/);
    await page.fill('#ap', '12');
    await page.press('#ap', 'Enter');
    await page.waitForFunction(() => location.hash.includes('ap=12'));
    assert.equal(await page.locator('#param-error').count(), 0);
  });
});

test('clicking a node shows its last sample and counters', async () => {
  await withPage('#/consensus?n=100&seed=3', async (page) => {
    await stepTimes(page, 3);
    const box = await page.locator('#nodes').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const ins = page.locator('#inspector');
    await ins.locator('h3').waitFor();
    assert.match(await ins.textContent(), /Node \d+/);
    assert.match(await ins.textContent(), /Last poll of K = 20 peers/);
    assert.equal(await ins.locator('.sample li').count(), 20);
  });
});

test('? opens the help listing every key; Escape closes it', async () => {
  await withPage('#/consensus', async (page) => {
    await page.keyboard.press('?');
    const help = page.locator('#help-dialog');
    await help.waitFor();
    const text = await help.textContent();
    for (const k of ['Space', 'Page Down', 'Page Up', 'R', 'Esc']) assert.ok(text.includes(k), `help lists ${k}`);
    await page.keyboard.press('Escape');
    assert.equal(await help.count(), 0);
  });
});

test('compare mode runs Slush, Snowflake and Snowball side by side on the same seed', async () => {
  await withPage('#/consensus?n=200&seed=5', async (page) => {
    await page.keyboard.press('2');
    await page.waitForSelector('#compare');
    const cols = page.locator('.compare-col');
    assert.equal(await cols.count(), 3);
    assert.deepEqual(await cols.evaluateAll((els) => els.map((e) => e.dataset.protocol)), ['slush', 'snowflake', 'snowball']);
    await stepTimes(page, 5);
    assert.equal(await page.locator('section.consensus').getAttribute('data-round'), '5');
    assert.match(page.url(), /view=compare/);
  });
});

test('a long experiment keeps the page answering: frames keep coming while runs stall', async () => {
  // 3,000 nodes held split by balance attackers: every run goes to the 300-round cap,
  // hundreds of milliseconds of work each, spread across frames.
  await withPage('#/consensus?view=experiment&n=3000&byz=0.1&adv=balance&max=300&runs=20', async (page) => {
    await page.click('#play');
    await page.waitForTimeout(300);
    const gaps = await page.evaluate(() => new Promise((resolve) => {
      const times = [];
      const tick = (t) => { times.push(t); if (times.length < 40) requestAnimationFrame(tick); else resolve(times.slice(1).map((x, i) => x - times[i])); };
      requestAnimationFrame(tick);
    }));
    assert.ok(Math.max(...gaps) < 200, `longest frame gap ${Math.max(...gaps).toFixed(0)} ms`);
  });
});

test('experiment mode runs 200 seeded runs without freezing and reports safety', async () => {
  await withPage('#/consensus?view=experiment&n=60&runs=200', async (page) => {
    // Step (Right arrow) makes exactly one more run.
    await page.waitForSelector('#experiment-progress');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /\b1 of 200 runs/.test(document.querySelector('#experiment-progress').textContent));
    await page.waitForTimeout(200);
    assert.match(await page.locator('#experiment-progress').textContent(), /\b1 of 200 runs/);
    await page.click('#step');
    await page.waitForFunction(() => /\b2 of 200 runs/.test(document.querySelector('#experiment-progress').textContent));
    await page.waitForTimeout(200);
    assert.match(await page.locator('#experiment-progress').textContent(), /\b2 of 200 runs/);
    await page.click('#play');
    // The page keeps answering while the runs go on (work is split across frames).
    await page.waitForFunction(() => /\b([1-9]\d*) of 200 runs/.test(document.querySelector('#experiment-progress').textContent));
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    assert.ok(Date.now() - t0 < 1000, 'a frame comes within a second');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 60_000 });
    assert.match(await page.locator('#experiment-progress').textContent(), /200 of 200 runs/);
    assert.equal(await page.locator('#safety-violations').textContent(), '0');
    assert.ok((await canvasColours(page, '#histogram')) > 2);
  });
});

test('subnets: compromising validators changes only the subnets that hold them', async () => {
  await withPage('#/consensus?view=subnets&sv=40&sn=2&ss=6', async (page) => {
    const verdicts = () => page.locator('.subnet .verdict').allTextContents();
    const before = await verdicts();
    assert.equal(before.length, 3);
    for (const v of before) assert.match(v, /healthy/);
    await page.locator('.subnet').nth(1).getByRole('button', { name: 'compromise a third of it' }).click();
    await page.waitForFunction(() => location.hash.includes('bad='));
    const after = await verdicts();
    assert.match(after[1], /stalls|unsafe/, after[1]);
    assert.match(after[0], /healthy/, 'the Primary Network shrugs off 2 of 40');
    // The other subnet changes only if it shares a compromised validator.
    const bad = (await page.locator('.subnet').nth(1).locator('.validator.bad').allTextContents()).map(Number);
    const third = (await page.locator('.subnet').nth(2).locator('.validator').allTextContents()).map(Number);
    if (!third.some((v) => bad.includes(v))) assert.equal(after[2], before[2], 'an untouched subnet is unchanged');
  });
});

test('a panic shows a readable error panel with a reset', async () => {
  await withPage('#/consensus', async (page) => {
    await page.waitForFunction(() => window.wasmBindings);
    assert.equal(
      await page.evaluate(() => typeof window.wasmBindings.chainlab_test_panic),
      'function',
      'dist/ is a test build (trunk build --features bench-exports, as scripts/test.sh builds it)',
    );
    await page.evaluate(() => { try { window.wasmBindings.chainlab_test_panic(); } catch (e) { /* expected */ } });
    const panel = page.locator('#error-panel');
    await panel.waitFor();
    assert.match(await panel.textContent(), /Something went wrong/);
    assert.match(await panel.textContent(), /chainlab_test_panic/);
    await page.click('#error-reset');
    await page.waitForSelector('#sim-list');
  }, { allowErrors: true });
});
