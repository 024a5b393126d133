// The rollup page's side of the classroom contract (src/ui/control.rs) in headless Chromium:
// the timeline scrubber by L1 block, the aria-live narration, presenter playlist and guided tour
// (www/playlists/rollup.json, tour-rollup.json), embed mode's postMessage API, exports and
// the phone layout (axe-core in each mode: a11y.test.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { closeAll, withPage, downloadExport, scrub, fitsPhone, startTour, embedded, framedRun, obeysOnlyValid, pauseAndSeek } from './harness.mjs';

after(closeAll);

const section = 'section.rollup';
const attr = (page, name) => page.locator(section).getAttribute(name);
const block = async (page) => Number(await attr(page, 'data-block'));

const fp = (page) => attr(page, 'data-fingerprint');

test('the scrubber returns to an earlier block with the state first seen there, and the run continues from it', async () => {
  await withPage('#/rollup?seed=1&fault=wrong&fbatch=1', async (page) => {
    await page.waitForSelector('#scrubber');
    await page.locator('h1').click();
    const seen = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push([await block(page), await fp(page)]);
    }
    // Batch 0 at 51, batch 1 and its challenge at 101, then a dissection round every 2 blocks.
    assert.deepEqual(seen.map((s) => s[0]), [51, 101, 103, 105, 107, 109, 111, 113]);
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '113');
    await scrub(page, 101);
    await page.waitForFunction(() => document.querySelector('section.rollup').dataset.block === '101');
    assert.equal(await fp(page), seen[1][1], 'block 101 is the state first seen at block 101');
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '113', 'the blocks ahead stay reachable');
    assert.match(await page.locator('#scrubber-label').textContent(), /block 101 of 113 reached/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await block(page), 103);
    assert.equal(await fp(page), seen[2][1], 'stepping on from an earlier block continues the same run');
    // Forward by the scrubber, then to a block between events: the same as a link to it.
    await scrub(page, 109);
    await page.waitForFunction(() => document.querySelector('section.rollup').dataset.block === '109');
    assert.equal(await fp(page), seen[5][1]);
    await scrub(page, 77);
    await page.waitForFunction(() => document.querySelector('section.rollup').dataset.block === '77');
    const at77 = await fp(page);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await block(page), 51, 'back goes to the previous event');
    assert.equal(await fp(page), seen[0][1]);
    await withPage('#/rollup?seed=1&fault=wrong&fbatch=1&at=77', async (p2) => {
      await p2.waitForSelector('#pipeline');
      assert.equal(await fp(p2), at77, 'a scrubbed block equals the link to it');
    });
  });
});

test('the narration says what each step changed, with numbers', async () => {
  await withPage('#/rollup?seed=1&fault=wrong&fbatch=1', async (page) => {
    const live = page.locator('#live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Block 51 /.test(document.querySelector('#live').textContent));
    assert.equal(await live.textContent(),
      'Block 51 (10 min 12 s): batch 0 posted with 1,200 transactions, 16,821 bytes raw, 6,885 compressed (ratio 2.44), 131,072 blob gas, 492 gwei a transaction; the proposer posts assertion 0 with the true state root; assertion 0\'s challenge window 0% elapsed, 6 d 8 h left.');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Block 101 /.test(document.querySelector('#live').textContent));
    assert.match(await live.textContent(), /the proposer posts assertion 1 with a WRONG state root; validator 0 challenges assertion 1: 14 rounds of 2-way dissection over the batch's 8,400 VM steps/);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Block 103 /.test(document.querySelector('#live').textContent));
    assert.match(await live.textContent(), /dissection round 1 of 14: the disputed range narrows to steps 0 to 8,192/);
  });
});

test('presenter mode walks the rollup playlist with Page Down and lands on each cue\'s exact state', async () => {
  const expected = {};
  for (const [at, params] of [[51, 'tps=2&traffic=3600&delay=600&data=calldata'], [130, 'tps=2&traffic=3600&delay=600&fault=wrong&fbatch=1']]) {
    await withPage(`#/rollup?${params}&seed=1&at=${at}`, async (page) => {
      await page.waitForSelector('#pipeline');
      expected[at] = await fp(page);
    });
  }
  await withPage('#/rollup?present=1&playlist=rollup', async (page) => {
    await page.waitForFunction(() => location.hash.includes('seed=1') && document.querySelector('#cue-pos'));
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenter')));
    assert.equal(await page.locator('aside.side').isVisible(), false, 'settings hidden');
    assert.equal(await page.locator('#explain').isVisible(), false, 'explanation hidden');
    assert.match(await page.locator('#cue-pos').textContent(), /1 of 8/);
    assert.equal(await block(page), 0);
    const cues = JSON.parse(fs.readFileSync(new URL('../../www/playlists/rollup.json', import.meta.url), 'utf8')).cues;
    for (let i = 1; i < cues.length; i++) {
      await page.keyboard.press('PageDown');
      await page.waitForFunction((n) => document.querySelector('#cue-pos')?.textContent.includes(`${n} of 8`), i + 1);
      await page.waitForFunction((at) => document.querySelector('section.rollup')?.dataset.block === String(at), cues[i].at, { timeout: 30_000 });
      assert.equal(await page.locator('#caption').textContent(), cues[i].caption);
      if (expected[cues[i].at] && !cues[i].params.includes('data=blobs') && !cues[i].params.includes('arity')) {
        assert.equal(await fp(page), expected[cues[i].at], `cue ${i + 1} lands on the same state as its link`);
      }
      if (i === 6) assert.equal(await attr(page, 'data-invalid-final'), 'true', 'the no-validator cue shows the wrong root final');
    }
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelector('#cue-pos')?.textContent.includes('7 of 8'));
    await page.waitForFunction(() => document.querySelector('section.rollup')?.dataset.block === '45919');
    // Arrow keys still step the simulation itself.
    await page.keyboard.press('ArrowRight');
    assert.ok((await block(page)) > 45_919);
    assert.match(page.url(), /present=1&playlist=rollup&cue=6/);
  });
});

test('the rollup tour asks for a prediction, runs the simulation to the cue, and explains', async () => {
  await withPage('#/rollup', async (page) => {
    await startTour(page, 8);
    assert.equal(await block(page), 0);
    await page.check('#choice-2');
    assert.match(await page.locator('#cue-next').textContent(), /Run/);
    await page.click('#cue-next');
    await page.waitForSelector('#why', { timeout: 20_000 });
    assert.equal(await block(page), 51, 'the run stops exactly at the cue');
    assert.match(await page.locator('#why').textContent(), /^Right\. Brotli shrinks/);
    await page.click('#cue-next');
    await page.waitForFunction(() => /3 of 8/.test(document.querySelector('#cue-pos').textContent));
    await page.waitForFunction(() => location.hash.includes('fault=wrong'));
    assert.equal(await block(page), 51);
    // A wrong guess is marked, and the run lands where the answer says.
    await page.check('#choice-1');
    await page.click('#cue-next');
    await page.waitForSelector('#why', { timeout: 20_000 });
    assert.equal(await block(page), 101);
    assert.match(await page.locator('#why').textContent(), /^Not quite\. /);
    assert.equal(await attr(page, 'data-challenges'), '1', 'the challenge the answer names is on the page');
    await page.click('#close-tour');
    await page.waitForFunction(() => !document.querySelector('#tour'));
  });
});

test('embed mode: no chrome, lazy start, and the postMessage API drives the rollup, rejecting malformed messages', async () => {
  await withPage('www/embed-example.html', async (page) => {
    // The example page's frame, replaced by one of the rollup (below the fold, as there), and
    // the events it posts collected as an author's page would.
    await page.evaluate(() => {
      window.chainlabEvents = [];
      const old = document.getElementById('sim');
      const frame = document.createElement('iframe');
      frame.id = 'sim';
      frame.title = 'Chain Lab: optimistic rollup';
      frame.src = '../#/rollup?seed=1&fault=wrong&fbatch=1&speed=1m&embed=1';
      addEventListener('message', (e) => {
        if (e.source === frame.contentWindow && e.data && e.data.chainlab === 1) window.chainlabEvents.push(e.data);
      });
      old.replaceWith(frame);
    });
    const frame = page.frameLocator('#sim');
    await frame.locator('#pipeline').waitFor({ state: 'attached' });
    const f = page.frames().find((x) => x.url().includes('/rollup'));
    const run = framedRun(f, 'section.rollup', 'block');
    assert.equal(await f.evaluate(() => document.documentElement.classList.contains('embed')), true);
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'no site header');
    assert.equal(await frame.locator('#explain').isVisible(), false, 'no explanation');
    assert.equal(await frame.locator('#present-button').count(), 0, 'no presenter button inside an embed');
    await page.waitForTimeout(700);
    assert.equal(await run.step(), 0, 'not started while out of view');
    await page.locator('#sim').scrollIntoViewIfNeeded();
    await f.waitForFunction(() => Number(document.querySelector('section.rollup').dataset.block) >= 2, null, { timeout: 10_000 });
    const embed = embedded(page);
    const { post } = embed;
    await pauseAndSeek(embed, run, 101);
    const at101 = await run.fingerprint();
    const last = await obeysOnlyValid(embed, run, { at: 101, fp: at101, next: 103, malformed: [
      'step', null, 7, [], {}, { command: 'step' }, { chainlab: 2, command: 'step' }, { chainlab: 1, command: 'rewind' },
      { chainlab: 1, command: 'seek', step: -1 }, { chainlab: 1, command: 'seek', step: '120' }, { chainlab: 1, command: 'seek', step: 0.5 },
      { chainlab: 1, command: 'seek', step: 999999999 }, { chainlab: 1, command: 'step', step: 3 },
      { chainlab: 1, command: 'set', params: 'tps=banana' }, { chainlab: 1, command: 'set', params: 'window=0' }, { chainlab: 1, command: 'set', params: 'present=1' },
    ] });
    assert.match((await embed.reasons()).join('\n'), /tps/, 'a refused parameter is named');
    assert.deepEqual([last.sim, last.step, last.unit, last.fingerprint], ['rollup', 101, 'block', at101]);
    assert.match(last.narration, /^Block 101 \(20 min 12 s\): .*validator 0 challenges assertion 1/);
    assert.match(last.params, /fault=wrong&fbatch=1/);
    await post({ chainlab: 1, command: 'set', params: 'arity=40' });
    await f.waitForFunction(() => location.hash.includes('arity=40') && location.hash.includes('embed=1'));
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'still embedded');
  }, { app: false });
});

test('exports: batches, assertions and challenges as CSV, the run as JSON, the sweep as SVG, canvases as PNG, the log', async () => {
  await withPage('#/rollup?seed=1&q=5&fault=wrong&fbatch=1', async (page) => {
    await page.waitForSelector('#pipeline');
    await page.locator('h1').click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await block(page), 105);
    // Before the sweep is run, no sweep files; every listed file is downloadable.
    await page.click('#export-button');
    const listed = await page.locator('#export-list button').allTextContents();
    await page.click('#export-button');
    assert.deepEqual(listed, ['pipeline.png', 'bold-edges.png', 'delay-chart.png', 'batches.csv', 'assertions.csv', 'challenges.csv', 'events.csv', 'run.json', 'log.txt']);
    const batches = (await downloadExport(page, '#export-batches-csv'));
    assert.equal(batches.name, 'rollup-batches.csv');
    const rows = batches.text.trim().split('\n');
    assert.match(rows[0], /^batch,posted_block,reason,txs,raw_bytes,compressed_bytes,ratio,/);
    assert.equal(rows.length, 1 + 2, 'batches 0 and 1');
    assert.ok(rows.slice(1).every((r) => r.split(',').length === rows[0].split(',').length));
    const [raw, comp] = [Number(rows[1].split(',')[4]), Number(rows[1].split(',')[5])];
    assert.ok(raw > comp && comp > 0);
    const assertions = (await downloadExport(page, '#export-assertions-csv')).text.trim().split('\n');
    assert.equal(assertions.length, 1 + 2);
    assert.match(assertions[2], /^1,1,0,proposer,[0-9a-f]{64},false,101,/);
    assert.match(assertions[2], /,challenged,1000000000$/);
    const challenges = (await downloadExport(page, '#export-challenges-csv')).text.trim().split('\n');
    const h = challenges[0].split(',');
    const c = challenges[1].split(',');
    assert.equal(c.length, h.length);
    assert.equal(c[h.indexOf('rounds_played')], '2', 'two rounds played by block 105');
    assert.equal(c[h.indexOf('disputed_step')], '', 'the step is not revealed before the proof');
    const run = JSON.parse((await downloadExport(page, '#export-run-json')).text);
    assert.equal(run.block, 105);
    assert.equal(run.summary.fingerprint, await fp(page));
    assert.equal(run.batches.length, 2);
    assert.equal(run.challenges[0].rounds.length, 2);
    assert.equal(run.challenges[0].proof, null);
    const events = (await downloadExport(page, '#export-events-csv')).text.trim().split('\n');
    assert.equal(events[0], 'block,time_s,kind,text');
    assert.equal(events.length - 1, await page.locator('#event-log li').count(), 'one row per logged event');
    const log = (await downloadExport(page, '#export-log-txt')).text;
    assert.match(log, /^block {5}51 \(10 min 12 s\) batch 0 posted/);
    assert.match(log, /Block 105 \(21 min 00 s\): dissection round 2 of 14/);
    const png = await downloadExport(page, '#export-png-pipeline');
    assert.equal(png.name, 'rollup-pipeline.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    // After the load sweep: its chart as SVG and PNG, its points as CSV and JSON.
    await page.click('#sweep-run');
    await page.waitForFunction(() => document.querySelector('#sweep').dataset.points === '10' && !document.querySelector('#sweep-run').disabled, null, { timeout: 60_000 });
    const svg = (await downloadExport(page, '#export-sweep-svg')).text;
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, lines: doc.querySelectorAll('polyline, path').length, text: doc.documentElement.textContent };
    }, svg);
    assert.deepEqual([parsed.error, parsed.root], [false, 'svg']);
    assert.ok(parsed.lines > 0, 'the SVG has drawn lines');
    assert.match(parsed.text, /throughput/);
    const sweepCsv = (await downloadExport(page, '#export-sweep-csv')).text.trim().split('\n');
    assert.equal(sweepCsv.length, 1 + 10);
    const sweepJson = JSON.parse((await downloadExport(page, '#export-sweep-json')).text);
    assert.equal(sweepJson.points.length, 10);
    assert.equal(sweepJson.params.compression_quality, 5);
    const sweepPng = await downloadExport(page, '#export-png-sweep');
    assert.equal(sweepPng.bytes.subarray(1, 4).toString(), 'PNG');
  });
});

test('on a 375-pixel phone the rollup page, its presenter mode and its tour fit the width', async () => {
  await fitsPhone(['#/rollup?seed=1&at=128&fault=wrong&fbatch=1', '#/rollup?present=1&playlist=rollup&cue=1&tps=2&traffic=3600&delay=600&seed=1&at=51',
    '#/rollup?tour=rollup&cue=1&tps=2&traffic=3600&delay=600&seed=1'], { ready: '#pipeline', scrolls: '.event-log, pre, .contract, table, .table-wrap' });
});
