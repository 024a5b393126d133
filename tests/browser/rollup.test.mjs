// The optimistic-rollup page in headless Chromium: it renders and plays, a fault injected from
// the UI is challenged and bisected to its end (bond slashed, rollback), with no validator online
// the wrong root becomes final, URL state (with at=) reproduces the run, bad URLs get a notice, and
// the wasm run equals the native CLI run.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, canvasColours } from './harness.mjs';

after(closeAll);

const section = 'section.rollup';
const attr = (page, name) => page.locator(section).getAttribute(name);
const block = async (page) => Number(await attr(page, 'data-block'));

async function runToEnd(page, timeout = 60_000) {
  await page.selectOption('#speed', 'max');
  await page.click('#play');
  await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout });
}

test('the page renders its pipeline, tables, explanation and nav link', async () => {
  await withPage('#/rollup', async (page) => {
    await page.waitForSelector('#pipeline');
    assert.ok((await canvasColours(page, '#pipeline')) > 4, 'pipeline drawn');
    assert.equal(await page.locator('nav a[href="#/rollup"]').getAttribute('aria-current'), 'page');
    assert.match(await page.locator('#explain').textContent(), /BoLD/);
    assert.match(await page.locator('#explain').textContent(), /blobs/i);
    assert.equal(await block(page), 0);
    assert.ok(await page.locator('#inject-fault').isVisible());
    // Space plays and pauses, R resets.
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('section.rollup').dataset.block) > 0);
    await page.keyboard.press('Space');
    assert.match(await page.locator('#play').textContent(), /Play/);
    await page.keyboard.press('r');
    assert.equal(await block(page), 0);
  });
});

test('time compression plays the 6.4-day window in seconds at 1 hour/s', async () => {
  await withPage('#/rollup?fault=wrong&fbatch=0&val=off&speed=1h&squeeze=1', async (page) => {
    await page.waitForSelector('#pipeline');
    assert.ok(await page.locator('#squeeze').isChecked());
    const t0 = Date.now();
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('section.rollup').dataset.invalidFinal === 'true', null, { timeout: 60_000 });
    // Without compression 6.4 days at 1 hour/s would take about 150 s.
    assert.ok(Date.now() - t0 < 60_000);
    assert.ok((await block(page)) > 45_818);
  });
});

test('playing posts batches with real sizes and costs and advances the clocks', async () => {
  await withPage('#/rollup?speed=1h', async (page) => {
    await page.waitForSelector('#pipeline');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelectorAll('#batches tbody tr').length >= 2, null, { timeout: 30_000 });
    await page.click('#play');
    assert.ok((await block(page)) > 50);
    const first = page.locator('#batches tbody tr').first().locator('td');
    const raw = Number(await first.nth(4).textContent());
    const comp = Number(await first.nth(5).textContent());
    assert.ok(raw > comp && comp > 0, `raw ${raw} > compressed ${comp}`);
    assert.ok((await page.locator('#assertions tbody tr').count()) >= 2);
    assert.match(await page.locator('#assertions tbody tr').first().textContent(), /left/);
    assert.match(await page.locator('#cost-compare').textContent(), /gwei on the rollup against 420\.0 k gwei/);
  });
});

test('a wrong root injected from the UI is bisected to one step, slashed and rolled back', async () => {
  await withPage('#/rollup', async (page) => {
    await page.waitForSelector('#inject-fault');
    await page.click('#inject-fault');
    await page.waitForFunction(() => location.hash.includes('fault=wrong') && location.hash.includes('fbatch=0'));
    await page.locator('h1').click();
    // Step event by event: the batch and its challenge, then one dispute round per step.
    let revealed = -1;
    for (let i = 0; i < 60 && !(await page.locator('#one-step').count()); i++) {
      await page.keyboard.press('ArrowRight');
      const d = page.locator('#dispute');
      const now = Number((await d.getAttribute('data-revealed')) || 0);
      assert.ok(now >= revealed, 'rounds only grow');
      revealed = now;
    }
    const d = page.locator('#dispute');
    const rounds = Number(await d.getAttribute('data-rounds'));
    assert.equal(Number(await d.getAttribute('data-revealed')), rounds);
    // At most ceil(log2 N) rounds (at least floor) for the batch's trace of N steps.
    const n = Number((await page.locator('#dispute p').first().textContent()).match(/after its (\d+) VM steps/)[1]);
    assert.ok(rounds <= Math.ceil(Math.log2(n)) && rounds >= Math.floor(Math.log2(n)), `${rounds} rounds for ${n} steps`);
    assert.equal(n, 7 * 1200, 'seven VM steps for each of the batch\'s 1,200 transfers');
    assert.equal(await page.locator('#rounds li').count(), rounds);
    // Each round shows both parties' hashes; the last point differs, the first agrees.
    const firstRound = page.locator('#rounds li').first();
    assert.ok((await firstRound.locator('tr.agree').count()) >= 1);
    assert.ok((await firstRound.locator('tr.disagree').count()) >= 1);
    assert.match(await page.locator('#one-step').textContent(), /One-step proof: L1 executes step \d+ only/);
    const verdict = await page.locator('#verdict').textContent();
    assert.match(verdict, /bond of 1 ETH is slashed to validator 0/);
    assert.match(verdict, /Rolled back: assertions? 0/);
    assert.ok((await page.locator('#assertions tr.st-rolledback').count()) >= 1, 'rolled-back row');
    // The 40-way toggle keeps the moment and needs fewer rounds.
    const at = await block(page);
    await page.click('#arity-40');
    await page.waitForFunction(() => document.querySelector('#dispute').dataset.arity === '40');
    assert.equal(await block(page), at);
    const rounds40 = Number(await page.locator('#dispute').getAttribute('data-rounds'));
    assert.ok(rounds40 >= 2 && rounds40 <= Math.ceil(Math.log(n) / Math.log(40) - 1e-9), `${rounds40} 40-way rounds`);
    assert.ok((await page.locator('#rounds li').first().locator('tr.gap').count()) >= 1, '40 points shown in brief');
    // To the end: the re-asserted honest roots become final, no wrong root does.
    await runToEnd(page);
    assert.equal(await attr(page, 'data-invalid-final'), 'false');
    assert.ok((await page.locator('#assertions tr.st-final').count()) >= 1);
  });
});

test('with every validator offline, the wrong root becomes final after the window', async () => {
  await withPage('#/rollup', async (page) => {
    await page.waitForSelector('#val-0');
    await page.selectOption('#val-0', 'off');
    await page.waitForSelector('#no-validator');
    await page.click('#inject-fault');
    await page.waitForFunction(() => location.hash.includes('val=off') && location.hash.includes('fault=wrong'));
    await runToEnd(page);
    assert.equal(await attr(page, 'data-invalid-final'), 'true');
    assert.equal(await attr(page, 'data-challenges'), '0');
    assert.match(await page.locator('#status').textContent(), /WRONG state root is final/);
    assert.match(await page.locator('#event-log').textContent(), /final with a WRONG state root/);
    assert.ok((await block(page)) > 45_818, 'only after the 45,818-block window');
  });
});

test('a late validator who comes online after the window is too late', async () => {
  await withPage('#/rollup?fault=wrong&fbatch=0&val=late:46000&window=45818', async (page) => {
    await page.waitForSelector('#late-0');
    await runToEnd(page);
    assert.equal(await attr(page, 'data-invalid-final'), 'true');
  });
  await withPage('#/rollup?fault=wrong&fbatch=0&val=late:20000', async (page) => {
    await page.waitForSelector('#late-0');
    await runToEnd(page);
    assert.equal(await attr(page, 'data-invalid-final'), 'false');
    assert.equal(await attr(page, 'data-challenges'), '1');
  });
});

test('a copied link with at= reopens the same moment; back replays exactly', async () => {
  let link;
  let fp;
  let at;
  await withPage('#/rollup?seed=5&tps=4&fault=wrong&fbatch=1&arity=40', async (page) => {
    await page.waitForSelector('#pipeline');
    await page.locator('h1').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const before = await attr(page, 'data-fingerprint');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await attr(page, 'data-fingerprint'), before, 'back returns to the previous event exactly');
    fp = before;
    at = await block(page);
    await page.click('#copy-link');
    link = await page.inputValue('#copied-link');
    assert.match(link, new RegExp(`at=${at}`));
  });
  await withPage(new URL(link).hash, async (page) => {
    await page.waitForSelector('#pipeline');
    assert.equal(await block(page), at);
    assert.equal(await attr(page, 'data-fingerprint'), fp);
    assert.equal(await page.inputValue('#tps'), '4');
    assert.equal(await page.locator('#dispute').getAttribute('data-arity') ?? '40', '40');
  });
});

test('a malformed URL gets a notice naming each parameter, and the page still works', async () => {
  await withPage('#/rollup?tps=banana&q=99&val=sometimes&zzz=1', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['tps', 'q', 'val', 'zzz']) {
      assert.equal(await notice.locator(`li[data-param="${p}"]`).count(), 1, p);
    }
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    assert.ok((await block(page)) > 0);
    await page.click('#dismiss-notice');
    assert.equal(await notice.count(), 0);
  });
});

test('the browser (wasm32) run equals the native CLI run', async () => {
  const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'rollup', '--seed', '9', '--tps', '5',
    '--hours', '0.5', '--delay', '300', '--window', '300', '--fault', 'wrong-root', '--fault-batch', '1', '--json'],
  { encoding: 'utf8', maxBuffer: 64 << 20 });
  const summary = JSON.parse(json).summary;
  await withPage('#/rollup?seed=9&tps=5&traffic=1800&delay=300&window=300&fault=wrong&fbatch=1', async (page) => {
    await page.waitForSelector('#pipeline');
    await runToEnd(page);
    assert.equal(await attr(page, 'data-fingerprint'), summary.fingerprint);
    assert.equal(await block(page), summary.l1_blocks);
    assert.equal(await page.locator('#batch-totals th').nth(1).textContent(), String(summary.transactions));
  });
});

test('the load sweep draws throughput and cost for L1 alone and the rollup', async () => {
  await withPage('#/rollup?q=5', async (page) => {
    await page.waitForSelector('#sweep-run');
    await page.click('#sweep-run');
    await page.waitForFunction(() => document.querySelector('#sweep').dataset.points === '10', null, { timeout: 60_000 });
    assert.ok((await canvasColours(page, '#sweep')) > 4, 'sweep drawn');
  });
});
