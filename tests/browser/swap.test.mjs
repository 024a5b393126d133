// The atomic-swap page in headless Chromium: every scenario button runs to the outcome the
// reference describes, stepping works by event, URL state round-trips, the checker answers.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage, canvasColours, reopenLink } from './harness.mjs';

after(closeAll);

const SCENARIOS = ['happy-path', 'participant-never-locks', 'initiator-never-redeems', 'misordered-timelocks',
  'participant-offline', 'wrong-secret-length', 'congestion'];

async function runToEnd(page) {
  await page.selectOption('#speed', 'max');
  await page.click('#play');
  await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 30_000 });
}

test('each scenario button runs to the outcome its description promises', async () => {
  await withPage('#/swap', async (page) => {
    await page.waitForSelector('#scenarios');
    for (const name of SCENARIOS) {
      await page.click(`#scenario-${name}`);
      await page.waitForFunction((n) => location.hash.includes(`scenario=${n}`), name);
      const expected = await page.locator('.scenario-desc strong').textContent();
      await runToEnd(page);
      const outcome = await page.locator('#outcome').textContent();
      assert.ok(outcome.startsWith(expected), `${name}: "${outcome}" should start with "${expected}"`);
    }
  });
});

test('the page draws both chains, both contracts and the balances', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.waitForSelector('#timeline');
    await runToEnd(page);
    assert.ok((await canvasColours(page, '#timeline')) > 4, 'timeline drawn');
    assert.ok((await canvasColours(page, '#balances')) > 4, 'balances drawn');
    assert.equal(await page.locator('#diagram-a .sm-node.on').getAttribute('data-state'), 'redeemed');
    assert.equal(await page.locator('#diagram-b .sm-node.on').getAttribute('data-state'), 'redeemed');
    assert.ok(await page.locator('#script-a .line.run').count() > 0, 'the redeem branch is highlighted');
    assert.match(await page.locator('#secret').textContent(), /The secret is public/);
  });
});

test('Right arrow steps one event at a time; Left arrow goes back to the same state', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.waitForSelector('#event-log');
    const log = () => page.locator('#event-log li').count();
    const fp = () => page.locator('section.swap').getAttribute('data-fingerprint');
    const before = await log();
    await page.keyboard.press('ArrowRight');
    const first = await fp();
    assert.ok((await log()) > before, 'an event happened');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await fp(), first, 'back replays to the previous event exactly');
  });
});

test('a copied swap URL reproduces the same run', async () => {
  await reopenLink('#/swap?scenario=participant-offline&seed=9', async (page) => {
    await page.waitForSelector('#tpa');
    await page.fill('#tpa', '20');
    await page.press('#tpa', 'Enter');
    await page.waitForFunction(() => location.hash.includes('tpa=72000'));
    // Keys typed in a field do not drive the simulation: leave the field first.
    await page.locator('h1').click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.ok(Number(await page.locator('section.swap').getAttribute('data-steps')) > 0);
    return { link: page.url(), fp: await page.locator('section.swap').getAttribute('data-fingerprint') };
  }, async (page, { fp }) => {
    await page.waitForSelector('#event-log');
    assert.equal(await page.inputValue('#tpa'), '20');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('section.swap').getAttribute('data-fingerprint'), fp);
  });
});

test('verify: the default configuration holds; misordered timelocks give a counterexample to step through', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.click('#verify-button');
    await page.waitForFunction(() => /holds|Counterexample/.test(document.querySelector('#verify-status')?.textContent || ''), null, { timeout: 30_000 });
    assert.match(await page.locator('#verify-status').textContent(), /Atomicity holds · [1-9]\d* states/);
  });
  await withPage('#/swap?scenario=misordered-timelocks', async (page) => {
    await page.click('#verify-button');
    await page.waitForSelector('#counterexample', { timeout: 30_000 });
    assert.match(await page.locator('#verify-status').textContent(), /Counterexample found/);
    assert.match(await page.locator('#counterexample').textContent(), /Bob/);
    const pos = page.locator('#cx-position');
    assert.match(await pos.textContent(), /step 1 of \d+/);
    await page.click('#cx-next');
    assert.match(await pos.textContent(), /step 2 of \d+/);
  });
});

test('a malformed swap URL names the parameters and falls back', async () => {
  await withPage('#/swap?scenario=nope&tai=-3&poff=banana', async (page) => {
    const notice = page.locator('#url-notice');
    await notice.waitFor();
    for (const p of ['scenario', 'tai', 'poff']) assert.ok(await notice.locator(`li[data-param="${p}"]`).count() > 0, `names ${p}`);
    assert.equal(await page.locator('#scenario-happy-path').getAttribute('aria-pressed'), 'true');
  });
});

test('stealing the bridge keys takes everything from the bridge and nothing from the swap', async () => {
  await withPage('#/swap', async (page) => {
    await page.click('#steal-keys');
    assert.match(await page.locator('#bridge-verdict').textContent(), /withdraws all 20000 BTC/);
    assert.match(await page.locator('#bridge').textContent(), /the attacker can take nothing here/);
  });
});

test('in Spanish and Chinese the page, its outcome, its story and its numbers follow the language', async () => {
  await withPage('#/swap?scenario=happy-path&lang=es', async (page) => {
    await page.waitForSelector('#scenarios');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await page.locator('h1').textContent(), /^Intercambio atómico/);
    assert.equal(await page.locator('.scenario-desc strong').textContent(), 'Intercambiado: cada parte canjeó las monedas de la otra');
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await page.waitForSelector('section.swap[data-moment="true"]', { timeout: 30_000 });
    assert.match(await page.locator('#outcome').textContent(), /^Intercambiado: cada parte canjeó las monedas de la otra · \d+ bloques minados · ahora \d+h\d\d$/);
    assert.match(await page.locator('#event-log').textContent(), /El canje de Bob se mina en el bloque \d+: Bob recibe 1 BTC/);
    assert.equal(await page.locator('#diagram-a .sm-node.on').getAttribute('data-state'), 'redeemed');
    assert.equal(await page.locator('#diagram-a .sm-node.on text').textContent(), 'canjeado');
    await page.click('#verify-button');
    await page.waitForFunction(() => /se cumple/.test(document.querySelector('#verify-status')?.textContent || ''), null, { timeout: 30_000 });
    // Spanish writes the decimal comma.
    assert.match(await page.locator('#verify-status').textContent(), /La atomicidad se cumple · [1-9]\d* estados, \d+ transiciones, \d+,\d ms/);
    await page.click('#steal-keys');
    assert.match(await page.locator('#bridge-verdict').textContent(), /retira los 20000 BTC/);
  });
  await withPage('#/swap?scenario=participant-offline&lang=zh-CN', async (page) => {
    await page.waitForSelector('#scenarios');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await page.locator('#scenario-participant-offline').textContent(), 'Bob 掉线');
    assert.equal(await page.locator('.scenario-desc strong').textContent(), 'Bob 亏损：Alice 拿到了两边的币');
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await page.waitForSelector('section.swap[data-moment="true"]', { timeout: 30_000 });
    assert.match(await page.locator('#outcome').textContent(), /^Bob 亏损：Alice 拿到了两边的币 · 已出 \d+ 个区块/);
    assert.match(await page.locator('#event-log').textContent(), /Bob 离线直到 60h00/);
  });
});
