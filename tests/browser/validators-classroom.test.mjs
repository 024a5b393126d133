// The validators page's side of the classroom contract (src/ui/control.rs,
// src/ui/validators/classroom.rs) in headless Chromium: scrubber, narration, presenter
// playlist, guided tour, embed mode, exports and the phone layout (axe-core in every mode:
// a11y.test.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { closeAll, withPage, downloadExport, scrub, fitsPhone, embedApp, framedRun, obeysOnlyValid, showsNoChrome } from './harness.mjs';

after(closeAll);

const section = (page) => page.locator('section.pos');
const fingerprint = (page) => section(page).getAttribute('data-fingerprint');
const epoch = async (page) => Number(await section(page).getAttribute('data-epoch'));

const SHIPPED = (name) => JSON.parse(fs.readFileSync(new URL(`../../www/playlists/${name}.json`, import.meta.url), 'utf8'));

const waitEpoch = (page, e, timeout = 20_000) =>
  page.waitForFunction((x) => document.querySelector('section.pos')?.dataset.epoch === String(x), e, { timeout });

/** The fingerprint a plain link to this moment shows. */
async function linkFingerprint(query, at) {
  let fp;
  await withPage(`#/validators?${query}${at > 0 ? `&at=${at}` : ''}`, async (page) => {
    await waitEpoch(page, at);
    fp = await fingerprint(page);
  });
  return fp;
}

test('the scrubber returns to an earlier epoch with the state first seen there, through the checkpoints too, and the run continues from it', async () => {
  const q = 'seed=3&price=decline&speed=max';
  const at300 = await linkFingerprint(q, 300);
  await withPage(`#/validators?${q}`, async (page) => {
    await page.waitForSelector('#scrubber');
    const seen = [];
    for (let i = 0; i < 8; i++) {
      seen.push(await fingerprint(page));
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await epoch(page), 8);
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '8');
    await scrub(page, 3);
    await waitEpoch(page, 3);
    assert.equal(await fingerprint(page), seen[3], 'epoch 3 is the state first seen at epoch 3');
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '8', 'the epochs ahead stay reachable');
    assert.match(await page.locator('#scrubber-label').textContent(), /epoch 3 of 8 reached/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await fingerprint(page), seen[4], 'stepping on from an earlier epoch continues the same run');
    // Far ahead and back again: past the checkpoint at 256 and the one at 512.
    await scrub(page, 8);
    await waitEpoch(page, 8);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('section.pos').dataset.epoch) > 700, null, { timeout: 30_000 });
    await page.click('#play');
    await scrub(page, 300);
    await waitEpoch(page, 300);
    assert.equal(await fingerprint(page), at300, 'epoch 300 from the checkpoint = a link to epoch 300');
    await scrub(page, 5);
    await waitEpoch(page, 5);
    assert.equal(await fingerprint(page), seen[5]);
  });
});

test('the aria-live region narrates each epoch with numbers', async () => {
  await withPage('#/validators?seed=2', async (page) => {
    const live = page.locator('#live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.waitForSelector('#step');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Epoch 1 \(day 0\.0\)/.test(document.querySelector('#live').textContent));
    assert.match(await live.textContent(),
      /^Epoch 1 \(day 0\.0\): (.*\. )?[\d,]+ validators active, \d+ exiting, \d+ slashed in all; Nakamoto coefficient 2 at 33\.4%; cost of attack \$21\.\d million at \$2,000 a token$/);
    await page.click('#whatif-slash');
    await page.waitForFunction(() => /^Epoch 2 \(day 0\.0\): what-if “Slash the largest”, 310 slashed\. 1,000 validators active, 310 exiting, 310 slashed in all;/.test(document.querySelector('#live').textContent));
  });
});

test('presenter mode walks the validators playlist with Page Down, landing on each cue\'s exact state', async () => {
  const list = SHIPPED('validators');
  const expected = [];
  for (const c of list.cues) expected.push(await linkFingerprint(`${c.params}&seed=${c.seed}`, c.at));
  await withPage('#/validators?present=1&playlist=validators', async (page) => {
    await page.waitForFunction(() => location.hash.includes('cue=0') && document.querySelector('#caption'));
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenter')));
    assert.equal(await page.locator('aside.side').isVisible(), false, 'side panel hidden');
    assert.equal(await page.locator('.explain').isVisible(), false, 'explanation hidden');
    for (let i = 0; i < list.cues.length; i++) {
      const c = list.cues[i];
      if (i > 0) await page.keyboard.press('PageDown');
      await page.waitForFunction((n) => new RegExp(`${n} of `).test(document.querySelector('#cue-pos')?.textContent || ''), i + 1);
      await waitEpoch(page, c.at, 30_000);
      assert.equal(await page.locator('#caption').textContent(), c.caption);
      assert.equal(await fingerprint(page), expected[i], `cue ${i + 1} lands on the same state as its link`);
    }
    await page.keyboard.press('PageUp');
    await waitEpoch(page, list.cues.at(-2).at, 30_000);
    // Arrow keys still step the simulation itself.
    const e = await epoch(page);
    await page.keyboard.press('ArrowRight');
    await waitEpoch(page, e + 1);
  });
});

test('the guided tour asks, runs the simulation to the cue, and explains', async () => {
  const tour = SHIPPED('tour-validators');
  await withPage('#/validators', async (page) => {
    await page.click('#tour-button');
    await page.waitForSelector('#tour #caption');
    assert.match(await page.locator('#cue-pos').textContent(), new RegExp(`1 of ${tour.cues.length}`));
    let asked = 0;
    for (let i = 0; i < tour.cues.length; i++) {
      const c = tour.cues[i];
      if (i > 0) {
        await page.click('#cue-next');
        await page.waitForFunction((n) => new RegExp(`${n} of `).test(document.querySelector('#cue-pos')?.textContent || ''), i + 1);
      }
      await waitEpoch(page, c.from ?? c.at, 30_000);
      assert.equal(await page.locator('#caption').textContent(), c.caption);
      if (!c.predict) continue;
      asked++;
      await page.waitForSelector('#predict');
      await page.check(`#choice-${c.predict.answer}`);
      await page.click('#cue-next');
      await page.waitForSelector('#why', { timeout: 60_000 });
      // A run that overshoots within a frame is paused and sought back to the
      // cue; on a loaded machine the seek's render may follow the answer's.
      await waitEpoch(page, c.at, 30_000).catch(() => {});
      assert.equal(await epoch(page), c.at, 'the run stops exactly at the cue');
      assert.equal(await page.locator('#why').textContent(), `Right. ${c.predict.why}`);
      assert.match(await page.locator('.choice.right').textContent(), new RegExp(c.predict.choices[c.predict.answer].slice(0, 12).replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')));
    }
    assert.ok(asked >= 3, 'several predictions');
    await page.click('#close-tour');
    await page.waitForFunction(() => !document.querySelector('#tour'));
  });
});

test('embed mode hides the chrome and obeys valid postMessage play, step, seek and set, rejecting malformed ones', async () => {
  const at300 = await linkFingerprint('seed=3&speed=4', 300);
  await withPage('www/embed-example.html', async (page) => {
    const embed = await embedApp(page, '#/validators?seed=3&speed=4&embed=1', '#stage');
    const { frame, f, post } = embed;
    const run = framedRun(f, 'section.pos', 'epoch');
    await showsNoChrome(embed, '#stage');
    // In view, it starts by itself; pause and play by message.
    await f.waitForFunction(() => Number(document.querySelector('section.pos').dataset.epoch) >= 3, null, { timeout: 15_000 });
    await post({ chainlab: 1, command: 'pause' });
    await f.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
    await post({ chainlab: 1, command: 'play' });
    await f.waitForFunction(() => document.querySelector('#play').textContent.includes('Pause'));
    await post({ chainlab: 1, command: 'seek', step: 300 });
    await run.at(300);
    assert.equal(await f.evaluate(() => document.querySelector('#play').textContent.includes('Pause')), false, 'a seek pauses');
    assert.equal(await run.fingerprint(), at300, 'seek 300 = a link to epoch 300');
    const last = await obeysOnlyValid(embed, run, { at: 300, fp: at300, next: 301, malformed: [
      'step', null, 7, [], {}, { command: 'step' }, { chainlab: 2, command: 'step' }, { chainlab: 1, command: 'slash' },
      { chainlab: 1, command: 'seek', step: -1 }, { chainlab: 1, command: 'seek', step: '20' }, { chainlab: 1, command: 'seek', step: 2.5 },
      { chainlab: 1, command: 'step', extra: 1 }, { chainlab: 1, command: 'set', params: 'n=abc' }, { chainlab: 1, command: 'set', params: 'embed=0' },
      { chainlab: 1, command: 'set', params: 'whatif=x@1' },
    ] });
    assert.deepEqual([last.sim, last.step, last.unit, last.fingerprint], ['validators', 300, 'epoch', at300]);
    assert.match(last.narration, /^Epoch 300 \(day 1\.3\)/);
    // Beyond the run's end: a seek stops at its last epoch.
    await post({ chainlab: 1, command: 'set', params: 'epochs=450&price=collapse' });
    await f.waitForFunction(() => location.hash.includes('price=collapse') && location.hash.includes('epochs=450') && location.hash.includes('embed=1'));
    const f2 = () => page.frames().find((x) => x.url().includes('price=collapse'));
    await f2().waitForSelector('#stage');
    await post({ chainlab: 1, command: 'seek', step: 99999 });
    await f2().waitForFunction(() => document.querySelector('section.pos')?.dataset.epoch === '450');
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'still embedded');
  }, { app: false });
});

test('the export menu offers the series as CSV and JSON, every chart as SVG and PNG, and the event log', async () => {
  await withPage('#/validators?seed=4&epochs=600&whatif=s@5', async (page) => {
    await page.waitForSelector('#step');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.click('#export-button');
    const offered = await page.locator('#export-list button').evaluateAll((b) => b.map((x) => x.textContent));
    for (const name of ['stage.png', 'lorenz.png', 'chart-nakamoto.png', 'chart-cost.png', 'chart-active.png', 'epochs.csv', 'epochs.json',
      'lorenz.svg', 'nakamoto.svg', 'cost.svg', 'active.svg', 'log.txt']) assert.ok(offered.includes(name), `offers ${name}: ${offered}`);
    await page.click('#export-button');
    const csv = (await downloadExport(page, '#export-epochs-csv')).bytes.toString('utf8').trim().split('\n');
    assert.match(csv[0], /^epoch,price_usd,active_validators,active_stake_eth,exiting,slashed_this_epoch,exits_this_epoch,slashed_total,exited_total,operators,nakamoto_33_4,nakamoto_50,nakamoto_66_7,gini,cost_of_attack_33_4_usd,/);
    assert.equal(csv.length, 1 + 13, 'epochs 0 to 12');
    const cols = csv[0].split(',').length;
    assert.ok(csv.slice(1).every((l) => l.split(',').length === cols));
    assert.equal(csv[7].split(',')[5], '310', 'epoch 6 shows the 310 slashed at epoch 5');
    const json = JSON.parse((await downloadExport(page, '#export-epochs-json')).bytes.toString('utf8'));
    assert.equal(json.length, 13);
    assert.deepEqual([json[12].epoch, json[12].nakamoto.length, json[12].cost_of_attack_usd.length], [12, 3, 3]);
    assert.equal(json[12].active_validators, await page.evaluate(() => Number(/ ([\d,]+) active validators/.exec(document.querySelector('#status').textContent)[1].replaceAll(',', ''))));
    for (const id of ['#export-nakamoto-svg', '#export-cost-svg', '#export-active-svg', '#export-lorenz-svg']) {
      const svg = await downloadExport(page, id);
      const parsed = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, lines: doc.querySelectorAll('polyline, path, polygon').length };
      }, svg.bytes.toString('utf8'));
      assert.deepEqual([parsed.error, parsed.root], [false, 'svg'], id);
      assert.ok(parsed.lines > 0, `${id} has drawn lines`);
    }
    for (const id of ['stage', 'chart-nakamoto', 'lorenz']) {
      const png = await downloadExport(page, `#export-png-${id}`);
      assert.equal(png.name, `validators-${id}.png`);
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      assert.ok(png.bytes.length > 2000);
    }
    const log = (await downloadExport(page, '#export-log-txt')).bytes.toString('utf8');
    assert.match(log, /^Chain Lab validators: 1,000 validators, 40 operators/);
    assert.match(log, /\nEpoch 6 \(day 0\.0\): what-if “Slash the largest”; 310 slashed \(Lido 310\)/);
    assert.match(log.trim().split('\n').at(-1), /^Epoch 12 \(day 0\.1\)/);
  });
});

test('on a 375-pixel phone the page, its tour and presenter mode fit the width, and a tap steps and scrubs', async () => {
  const hashes = ['#/validators?seed=1', '#/validators?tour=validators&cue=4', '#/validators?present=1&playlist=validators&cue=3'];
  await fitsPhone(hashes, { ready: '#stage', settle: 300, scrolls: 'pre, table', fn: async (page, hash) => {
    if (hash !== hashes[0]) return;
    await page.tap('#step');
    await page.tap('#step');
    await waitEpoch(page, 2);
    await scrub(page, 1);
    await waitEpoch(page, 1);
  } });
});
