// The optimistic-rollup page in headless Chromium: it renders and plays, a fault injected from
// the UI is challenged and bisected to its end (bond slashed, rollback), with no validator online
// the wrong root becomes final, URL state (with at=) reproduces the run, bad URLs get a notice, and
// the wasm run equals the native CLI run.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, canvasColours, openPage } from './harness.mjs';

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
    const num = async (i) => Number((await first.nth(i).textContent()).replaceAll(',', ''));
    const raw = await num(4);
    const comp = await num(5);
    assert.match(await first.nth(4).textContent(), /^\d{1,3}(,\d{3})+$/, 'raw bytes with thousands separators');
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
    // BoLD pads the trace of N steps to 2^ceil(log2 N): exactly that many rounds.
    const n = Number((await page.locator('#dispute p').first().textContent()).match(/after its ([\d,]+) VM steps/)[1].replaceAll(',', ''));
    assert.equal(rounds, Math.ceil(Math.log2(n)), `${rounds} rounds for ${n} steps`);
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
    // extractChallengeSegment's floor(len/40) parts: about log40 N rounds, one more if the step is in a longer last part.
    assert.ok(rounds40 >= 2 && rounds40 <= Math.ceil(Math.log(n) / Math.log(40) - 1e-9) + 1, `${rounds40} 40-way rounds`);
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
    assert.equal(await page.locator('#batch-totals th').nth(1).textContent(), summary.transactions.toLocaleString('en-US'));
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

// BoLD, the delay attack and the fork (issue 14).

function cliJson(args) {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'rollup', ...args],
    { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

test('the BoLD view renders and plays the all-vs-all game the CLI records', async () => {
  const cli = cliJson(['--hours', '0.1', '--window', '20', '--seed', '1', '--dispute', 'bold', '--attackers', '2', '--reduced', '--json']);
  const o = cli.dispute_game.outcome;
  await withPage('#/rollup?seed=1&attackers=2', async (page) => {
    const bold = page.locator('#bold');
    await bold.waitFor();
    assert.equal(await bold.getAttribute('data-attackers'), '2');
    assert.equal(Number(await bold.getAttribute('data-moves')), o.moves.length);
    assert.equal(Number(await bold.getAttribute('data-confirmed')), o.assertion_confirmed);
    const summary = await page.locator('#bold-summary').textContent();
    assert.match(summary, /^2 attackers post rival assertions at block 1 \(3,600 ETH each\)/);
    assert.ok(summary.includes(`confirmed at block ${o.assertion_confirmed.toLocaleString('en-US')}`), summary);
    assert.ok(summary.includes(`${o.one_step_proofs} one-step proof`), summary);
    // Step, then play to the end.
    await page.click('#bold-step');
    assert.equal(await bold.getAttribute('data-shown'), '1');
    assert.match(await page.locator('#bold-move').textContent(), /^Move 1 of \d+ \(block \d+\): attacker \d opens an edge on the block level/);
    await page.click('#bold-step');
    assert.equal(await bold.getAttribute('data-shown'), '2');
    await page.click('#bold-play');
    await page.waitForFunction(() => document.querySelector('#bold').dataset.shown === document.querySelector('#bold').dataset.moves, null, { timeout: 30_000 });
    assert.match(await page.locator('#bold-move').textContent(), /one-step proof|bisects|sub-challenge/);
    assert.ok((await canvasColours(page, '#bold-edges')) > 3, 'edges drawn');
    // More attackers: the game grows, the confirmation block does not.
    await page.fill('#attackers', '6');
    await page.locator('#attackers').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('#bold').dataset.attackers === '6');
    assert.ok(Number(await bold.getAttribute('data-moves')) > o.moves.length);
    assert.equal(Number(await bold.getAttribute('data-confirmed')), o.assertion_confirmed);
    assert.match(page.url(), /attackers=6/);
    // Arbitrum One's heights.
    await page.selectOption('#bold-size', 'arb1');
    await page.waitForFunction(() => document.querySelector('#bold').dataset.size === 'arb1');
    assert.match(await page.locator('#bold-summary').textContent(), /2\^26 blocks, 2\^19 big steps, 2\^23 small steps/);
  });
});

test('the delay-attack chart: classic Nitro grows with attackers, BoLD stays flat', async () => {
  const classic = cliJson(['--hours', '0.1', '--window', '20', '--seed', '1', '--dispute', 'classic', '--attackers', '3', '--json']);
  await withPage('#/rollup?seed=1&attackers=3', async (page) => {
    await page.locator('#delay-chart').waitFor();
    assert.equal(await page.locator('#delay-chart').getAttribute('data-points'), '9');
    assert.ok((await canvasColours(page, '#delay-chart')) > 3, 'chart drawn');
    const text = await page.locator('#delay-summary').textContent();
    const blocks = classic.dispute_game.outcome.assertion_confirmed;
    assert.ok(text.includes(`classic Nitro confirms the honest assertion after ${(blocks * 12 / 86400).toFixed(1)} days (block ${blocks.toLocaleString('en-US')})`), text);
    assert.match(text, /BoLD after 8\.4 days/);
  });
});

test('fork, blob demand, data mode and attackers round-trip through the URL; bad values get a notice', async () => {
  await withPage('#/rollup?fork=prague&demand=1.2&data=calldata&attackers=4', async (page) => {
    await page.waitForSelector('#pipeline');
    assert.equal(await page.inputValue('#fork'), 'prague');
    assert.equal(await page.inputValue('#demand'), '1.2');
    assert.equal(await page.inputValue('#data'), 'calldata');
    assert.equal(await page.inputValue('#attackers'), '4');
    assert.match(await page.locator('#run-setup').textContent(), /Prague \(Pectra\) \(since 2025-05-07\): 6 target \/ 9 max blobs a block/);
    await page.selectOption('#fork', 'cancun');
    await page.waitForFunction(() => location.hash.includes('fork=cancun'));
    assert.match(await page.locator('#run-setup').textContent(), /calldata at 16\/4 gas a byte/);
    const hash = new URL(page.url()).hash;
    await withPage(hash, async (p2) => {
      await p2.waitForSelector('#pipeline');
      assert.equal(await p2.inputValue('#fork'), 'cancun');
      assert.equal(await p2.inputValue('#demand'), '1.2');
      assert.equal(await p2.inputValue('#attackers'), '4');
    });
  });
  await withPage('#/rollup', async (page) => {
    await page.waitForSelector('#pipeline');
    assert.equal(await page.inputValue('#fork'), 'bpo2', 'today\'s fork by default');
    assert.equal(await page.inputValue('#data'), 'auto');
    assert.match(await page.locator('#run-setup').textContent(), /This is the fork in force today\./);
  });
  await withPage('#/rollup?fork=osaka&attackers=99&demand=-1', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['fork', 'attackers', 'demand']) assert.equal(await notice.locator(`li[data-param="${p}"]`).count(), 1, p);
    assert.equal(await page.inputValue('#fork'), 'bpo2');
  });
});

test('at 1366x768 the dispute is in view once it starts, under the assertion the status names', async () => {
  const { page, close } = await openPage('#/rollup?seed=1&fault=wrong&fbatch=1&at=95&speed=1b', { viewport: { width: 1366, height: 768 } });
  try {
    await page.waitForSelector('#pipeline');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('section.rollup').dataset.challenges === '1', null, { timeout: 30_000 });
    await page.click('#play');
    await page.waitForTimeout(800);
    const r = await page.locator('#dispute').evaluate((el) => el.getBoundingClientRect().toJSON());
    assert.ok(r.top >= 0 && r.top < 768 - 120, `dispute top at ${r.top}`);
    assert.match(await page.locator('#status').textContent(), /Assertion 1 is being challenged/);
    assert.match(await page.locator('#dispute h2').textContent(), /Fraud proof \(BoLD\): assertion 1/);
    assert.match(await page.locator('#rounds-why').textContent(), /2\^14 = 16,384 leaves/);
  } finally {
    await close();
  }
});
