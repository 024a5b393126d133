// The proof-of-stake validators page in headless Chromium: it draws and plays, a what-if
// changes the Nakamoto coefficient shown, stepping and going back replay exactly, a copied
// link (with at=) reproduces the moment, the wasm run equals the native CLI's, and bad URLs
// are named. withPage fails any test on console errors or foreign/failed requests.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, canvasColours, reopenLink, copyLink } from './harness.mjs';

after(closeAll);

const section = (page) => page.locator('section.pos');
const fingerprint = (page) => section(page).getAttribute('data-fingerprint');
const epoch = async (page) => Number(await section(page).getAttribute('data-epoch'));
const nc = async (page, k) => Number(await page.locator(`#nc-${k}`).textContent());

test('the page draws the validator set and all four charts, and plays', async () => {
  await withPage('#/validators?speed=16', async (page) => {
    await page.waitForSelector('#stage');
    for (const id of ['#stage', '#lorenz', '#chart-nakamoto', '#chart-cost', '#chart-active']) {
      assert.ok((await canvasColours(page, id)) > 3, `${id} is drawn`);
    }
    assert.equal(await nc(page, '334'), 2, 'Ethereum 2022 shares: 2 operators reach 33.4%');
    assert.equal(await nc(page, '50'), 3);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('section.pos').dataset.epoch) > 60, null, { timeout: 20_000 });
    await page.click('#play');
    const at = await epoch(page);
    await page.waitForTimeout(200);
    assert.equal(await epoch(page), at, 'paused');
    assert.match(await page.locator('#status').textContent(), new RegExp(`^Epoch ${at.toLocaleString('en-US')} of 6,000`));
  });
});

test('what-ifs change the Nakamoto coefficient shown and enter the URL', async () => {
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#whatif-merge');
    assert.equal(await nc(page, '334'), 2);
    await page.click('#whatif-merge');
    assert.equal(await nc(page, '334'), 1, 'Lido + Coinbase merged hold 46%');
    await page.waitForFunction(() => location.hash.includes('whatif=m%400') || location.hash.includes('whatif=m@0'));
    await page.click('#whatif-redelegate');
    assert.ok((await nc(page, '334')) > 1, 'the merged giant re-delegated');
    assert.match(await page.locator('#whatif-list').textContent(), /Merge the two largest @0; Re-delegate the largest @1/);
  });
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#whatif-redelegate');
    await page.click('#whatif-redelegate');
    assert.equal(await nc(page, '334'), 4, "Lido's validators spread over the other operators");
    // Slashing the largest: its validators are red on the canvas and queue to exit.
    await page.click('#whatif-slash');
    assert.match(await page.locator('#status').textContent(), /[1-9][\d,]* in the exit queue, [1-9][\d,]* slashed/);
  });
});

test('a settings change redraws with a new coefficient; Right and Left arrows replay exactly', async () => {
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#distribution');
    await page.selectOption('#distribution', 'equal');
    await page.waitForFunction(() => location.hash.includes('dist=equal'));
    assert.equal(await nc(page, '334'), 14, '40 equal operators: 14 reach 33.4%');
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await epoch(page), 3);
    const fp3 = await fingerprint(page);
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await fingerprint(page), fp3);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await epoch(page), 3);
    assert.equal(await fingerprint(page), fp3, 'back replays to exactly the same state');
    await page.keyboard.press('r');
    assert.equal(await epoch(page), 0);
  });
});

test('a copied link with at= reopens the same moment of the same run', async () => {
  await reopenLink('#/validators?seed=5&price=collapse&fork=bellatrix&speed=max', async (page) => {
    await page.waitForSelector('#whatif-slash');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.click('#whatif-slash');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const link = await copyLink(page);
    assert.match(link, /at=10(&|$)/);
    assert.match(link, /whatif=s%405|whatif=s@5/);
    return { link, fp: await fingerprint(page) };
  }, async (page, { fp }) => {
    await page.waitForSelector('#stage');
    assert.equal(await epoch(page), 10);
    assert.equal(await fingerprint(page), fp);
    assert.equal(await page.inputValue('#fork'), 'bellatrix');
    assert.equal(await page.inputValue('#price'), 'collapse');
    assert.equal(await page.inputValue('#seed'), '5');
  });
});

test('the browser (wasm32) run equals the native CLI run', async () => {
  const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'validators', '--seed', '7', '--epochs', '600',
    '--price', 'collapse', '--whatif', 's@100', '--json', '--every', '600'], { encoding: 'utf8' });
  const native = JSON.parse(json);
  await withPage('#/validators?seed=7&epochs=600&price=collapse&whatif=s@100&speed=max', async (page) => {
    await page.waitForSelector('#stage');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 30_000 });
    assert.equal(await epoch(page), 600);
    assert.equal(await fingerprint(page), native.fingerprint);
    const last = native.epochs[native.epochs.length - 1];
    assert.equal(await nc(page, '334'), last.nakamoto[0]);
  });
});

test('a malformed URL names the bad parameters and the page still works', async () => {
  await withPage('#/validators?n=abc&dist=pyramid&whatif=x@1&zzz=1', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['n', 'dist', 'whatif', 'zzz']) assert.ok(await notice.locator(`li[data-param="${p}"]`).count() > 0, `names ${p}`);
    assert.equal(await nc(page, '334'), 2, 'defaults used');
    await page.click('#step');
    assert.equal(await epoch(page), 1);
  });
});

test('Back from a linked moment (through the replay checkpoints) lands where a link to that epoch does', async () => {
  let fp;
  await withPage('#/validators?seed=3&price=decline&at=600', async (page) => {
    await page.waitForSelector('#stage');
    assert.equal(await epoch(page), 600);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await epoch(page), 598);
    fp = await fingerprint(page);
  });
  await withPage('#/validators?seed=3&price=decline&at=598', async (page) => {
    await page.waitForSelector('#stage');
    assert.equal(await fingerprint(page), fp);
  });
});

test('the slashing panel shows the spec figures: 1/32 before Electra, 1/4096 from it, and the correlation penalty', async () => {
  await withPage('#/validators?fork=bellatrix', async (page) => {
    await page.waitForSelector('#slashing');
    assert.equal(await page.locator('#initial-penalty').textContent(), '1 ETH');
  });
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#slashing');
    assert.equal(await page.locator('#initial-penalty').textContent(), '0.0078125 ETH');
    const corr = () => page.locator('#correlation-penalty').textContent().then((t) => parseFloat(t));
    assert.ok((await corr()) < 0.01, 'nothing slashed: no correlation penalty');
    await page.click('#whatif-slash');
    assert.ok((await corr()) > 25, `31% slashed together: ${await corr()} ETH of 31`);
  });
});

// ---- Finality and the inactivity leak (issue 20).

const finalityFromCli = (args) => {
  const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'validators', ...args, '--json', '--every', '1'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return JSON.parse(json);
};
/** The model's turning points (sim::validators::story::turns): first delay > 1 after epoch 4, then the first delay 0. */
const turns = (epochs) => {
  const s = epochs.findIndex((r, i) => i >= 4 && r.finality_delay > 1);
  const b = s < 0 ? -1 : epochs.findIndex((r, i) => i > s && r.finality_delay === 0);
  return { stopped: s < 0 ? null : epochs[s], returned: b < 0 ? null : epochs[b] };
};

test('the finality strip renders and says what is finalised', async () => {
  await withPage('#/validators?speed=16', async (page) => {
    await page.waitForSelector('#finality-strip');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('section.pos').dataset.epoch) > 40, null, { timeout: 20_000 });
    await page.click('#play');
    assert.ok((await canvasColours(page, '#finality-strip')) > 3, 'the strip is drawn');
    const e = await epoch(page);
    assert.equal(await page.locator('#finality-strip').getAttribute('data-finalized'), String(e - 2), 'the epoch before the last processed one is final');
    assert.equal(await page.locator('#leak').textContent(), 'no');
    assert.match(await page.locator('#finality-story').textContent(), /Finalising: epoch [\d,]+ is final/);
  });
});

test('the offline scenario plays to the return of finality, as the native model says', async () => {
  const native = finalityFromCli(['--seed', '1', '--offline', '0.4', '--from', '225', '--epochs', '4500', '--cost-share', '0', '--downtime', '0']);
  const t = turns(native.epochs);
  assert.ok(t.stopped && t.returned, 'the native run stops and resumes finalising');
  await withPage('#/validators', async (page) => {
    await page.waitForSelector('#preset-offline');
    await page.click('#preset-offline');
    await page.waitForFunction(() => location.hash.includes('outage=offline') && location.hash.includes('oshare=40') && location.hash.includes('ofrom=225'));
    assert.equal(await page.locator('#preset-offline').getAttribute('aria-pressed'), 'true');
  });
  await withPage('#/validators?seed=1&epochs=4500&off=0&cost=0&outage=offline&oshare=40&ofrom=225&speed=max', async (page) => {
    await page.waitForSelector('#finality-strip');
    await page.click('#play');
    // The leak: finality stops, the story says so.
    await page.waitForFunction(() => document.querySelector('#leak')?.textContent === 'yes', null, { timeout: 30_000 });
    assert.match(await page.locator('#finality-story').textContent(), /Finality stopped after epoch 223/);
    assert.ok((await canvasColours(page, '#leak-balances')) > 3, 'the balances chart is drawn');
    // Finality returns.
    await page.waitForFunction(() => /Finality returned at epoch/.test(document.querySelector('#finality-story')?.textContent ?? ''), null, { timeout: 60_000 });
    const story = await page.locator('#finality-story').textContent();
    assert.ok(story.includes(`Finality returned at epoch ${t.returned.finalized_epoch.toLocaleString('en-US')}`), story);
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 60_000 });
    assert.equal(await fingerprint(page), native.fingerprint, 'the same run as the CLI');
    assert.equal(await page.locator('#leak').textContent(), 'no');
  });
});

test('a partition shows both chains and their conflicting finalised checkpoints', async () => {
  await withPage('#/validators?seed=1&epochs=6750&off=0&cost=0&outage=partition&oshare=40&ofrom=225&at=6750', async (page) => {
    await page.waitForSelector('#finality-strip');
    assert.equal(await epoch(page), 6750);
    const label = await page.locator('#finality-strip').getAttribute('aria-label');
    assert.match(label, /Finalised epoch 6,?748/);
    const story = await page.locator('#finality-story').textContent();
    assert.match(story, /Chain a \(the rest's\): Finality returned/);
    assert.match(story, /Chain b \(the cut-off side's own\): Finality returned/);
    assert.match(story, /safety failure/);
  });
  await withPage('#/validators?outage=partition&oshare=250&ofrom=x', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['oshare', 'ofrom']) assert.ok(await notice.locator(`li[data-param="${p}"]`).count() > 0, `names ${p}`);
    assert.match(await page.locator('#finality-story').textContent(), /Finalising|^$/);
  });
});

test('in Spanish and in Chinese: the page, its numbers (by each language\'s rules) and its narration', async () => {
  await withPage('#/validators?lang=es&seed=2', async (page) => {
    await page.waitForSelector('#step');
    assert.match(await page.locator('h1').textContent(), /^Validadores de prueba de participación/);
    // es: a decimal comma, and a point grouping only numbers of five digits or more (CLDR).
    assert.match(await page.locator('#status').textContent(),
      /^Época 0 de 6000 · día 0,0 · token 2000 \$ · 1000 validadores activos \(32\.000 ETH\), 0 en la cola de salida/);
    assert.equal(await page.locator('#explain h2').first().textContent(), 'Qué estás viendo');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Época 1 \(día 0,0\)/.test(document.querySelector('#live').textContent));
    assert.match(await page.locator('#live').textContent(),
      /validadores activos, \d+ saliendo, \d+ con slashing en total; coeficiente de Nakamoto 2 al 33,4 %; coste de un ataque 21,\d millones de \$ a 2000 \$ por token$/);
  });
  await withPage('#/validators?lang=zh-CN&seed=2', async (page) => {
    await page.waitForSelector('#step');
    assert.match(await page.locator('h1').textContent(), /^权益证明验证者/);
    assert.match(await page.locator('#status').textContent(), /^第 0 \/ 6,000 个纪元 · 第 0\.0 天 · 代币 \$2,000 · 1,000 个活跃验证者（32,000 ETH）/);
    assert.equal(await page.locator('#explain h2').first().textContent(), '你看到的是什么');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^第 1 个纪元（第 0\.0 天）/.test(document.querySelector('#live').textContent));
    assert.match(await page.locator('#live').textContent(), /33\.4% 处的中本聪系数为 2；代币价格 \$2,000 时攻击成本为 21\.\d 百万美元$/);
  });
});
