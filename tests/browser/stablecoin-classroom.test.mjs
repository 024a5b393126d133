// The stablecoin page's side of the classroom contract (src/ui/control.rs) in headless
// Chromium: the scrubber, the aria-live narration, presenter mode with its playlist, the guided
// tour, embed mode's postMessage API and the export menu (PNG, SVG, CSV, JSON, the event log);
// no serious axe-core violation in any of these modes is a11y.test.mjs's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage, baseUrl, downloadExport, scrub, startTour, embedded, framedRun, obeysOnlyValid, pauseAndSeek, showsNoChrome } from './harness.mjs';

after(closeAll);

const CHARTS = ['stable-price', 'companion-price', 'supplies', 'reserve', 'mint-capacity'];
const steps = (page) => page.locator('section.stablecoin').getAttribute('data-steps').then(Number);
const fingerprint = (page) => page.locator('section.stablecoin').getAttribute('data-fingerprint');

const atStep = (page, n) => page.waitForFunction((m) => document.querySelector('section.stablecoin')?.dataset.steps === String(m), n);

/** The fingerprint of the state a plain link opens. */
async function fingerprintOf(hash) {
  let fp;
  await withPage(hash, async (page) => {
    await page.waitForSelector('section.stablecoin');
    fp = await fingerprint(page);
  });
  return fp;
}

test('the scrubber returns to an earlier minute with the state first seen there, and the run continues from it', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=1&at=4200', async (page) => {
    await page.waitForSelector('#scrubber');
    const seen = [];
    for (let i = 0; i < 6; i++) {
      seen.push(await fingerprint(page));
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await steps(page), 4200 + 6 * 60);
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '4560');
    await scrub(page, 4320);
    await atStep(page, 4320);
    assert.equal(await fingerprint(page), seen[2], 'minute 4320 is the state first seen there');
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '4560', 'the minutes ahead stay reachable');
    assert.match(await page.locator('#scrubber-label').textContent(), /^minute 4,320 of 4,560 reached$/);
    await scrub(page, 4500);
    await atStep(page, 4500);
    assert.equal(await fingerprint(page), seen[5]);
    await scrub(page, 4260);
    await atStep(page, 4260);
    await page.keyboard.press('ArrowRight');
    assert.equal(await fingerprint(page), seen[2], 'stepping on from an earlier minute continues the same run');
    // Back to the very start, and forward past the furthest point by replay.
    await scrub(page, 0);
    await atStep(page, 0);
    assert.equal(await fingerprint(page), await fingerprintOf('#/stablecoin?scenario=terra-may-2022&seed=1'));
  });
});

test('the aria-live region narrates each step with numbers, and tells the moments of the hour', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=1', async (page) => {
    const live = page.locator('#live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.waitForFunction(() => /^5 May 00:00 UTC/.test(document.querySelector('#live').textContent));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^5 May 01:00 UTC/.test(document.querySelector('#live').textContent));
    assert.match(await live.textContent(),
      /^5 May 01:00 UTC \(day 0\.04\): UST \$0\.9994, down 0\.1 cents in the last hour; LUNA \$85\.00; LUNA supply 345 million, no change since the start; reserve untouched\.$/);
  });
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=1&at=4200', async (page) => {
    await page.waitForSelector('#moments-empty');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^7 May 23:00 UTC/.test(document.querySelector('#live').textContent));
    const text = await page.locator('#live').textContent();
    assert.match(text, /7 May 22:12 UTC: the peg breaks: UST closes a step below \$0\.98, at \$0\.9794\./);
    assert.match(text, /7 May 22:13 UTC: the mint cap binds/);
    // The same moments are listed on the page.
    assert.deepEqual(await page.locator('#moments li').evaluateAll((li) => li.map((e) => e.dataset.kind)),
      ['withdrawal-begins', 'reserve-buys', 'peg-lost', 'cap-used-up']);
  });
});

test('presenter mode: projector theme, side panel hidden, Page Down walks the playlist onto each cue\'s exact state', async () => {
  const at4320 = await fingerprintOf('#/stablecoin?scenario=terra-may-2022&speed=16&seed=1&at=4320');
  const at6960 = await fingerprintOf('#/stablecoin?scenario=terra-may-2022&speed=16&seed=1&at=6960');
  await withPage('#/stablecoin?present=1&playlist=stablecoin', async (page) => {
    await page.waitForFunction(() => location.hash.includes('seed=1'));
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenter')));
    assert.equal(await page.locator('aside.side').isVisible(), false, 'side panel hidden');
    assert.equal(await page.locator('.explain').first().isVisible(), false, 'explanation hidden');
    assert.equal(await page.locator('header.topbar').isVisible(), false);
    assert.match(await page.locator('#cue-pos').textContent(), /1 of 8/);
    assert.equal(await steps(page), 0);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => /2 of 8/.test(document.querySelector('#cue-pos')?.textContent || ''));
    await atStep(page, 4320);
    assert.equal(await fingerprint(page), at4320, 'the cue lands on the same state as its link');
    assert.match(await page.locator('#caption').textContent(), /UST is at \$0\.9472/);
    assert.match(await page.locator('#status').textContent(), /\$0\.9472/);
    await page.keyboard.press('PageDown');
    await atStep(page, 6960);
    assert.equal(await fingerprint(page), at6960);
    await page.keyboard.press('PageUp');
    await atStep(page, 4320);
    assert.equal(await fingerprint(page), at4320);
    // The arrow keys still step the simulation itself, by an hour.
    await page.keyboard.press('ArrowRight');
    assert.equal(await steps(page), 4380);
    assert.match(page.url(), /present=1&playlist=stablecoin&cue=1/);
    // Every cue opens within the run.
    for (let i = 3; i <= 8; i++) {
      // As a lecturer does: the next press once the cue has landed (the page has taken the
      // moment out of the address bar). A press within a frame of a cue opening could still
      // be lost on a loaded machine (see the closing note of stop 24).
      await page.waitForFunction(() => !/[?&]at=/.test(location.hash) && document.querySelector('#caption'));
      await page.keyboard.press('PageDown');
      await page.waitForFunction((n) => new RegExp(`${n} of 8`).test(document.querySelector('#cue-pos')?.textContent || ''), i);
    }
    await atStep(page, 17280);
    assert.match(await page.locator('#caption').textContent(), /three times the BTC/);
    await page.click('#exit-presenter');
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenter'));
    assert.ok(await page.locator('aside.side').isVisible());
  });
});

test('a clicker press just after a cue opens is not undone by the new page rewriting the address bar', async () => {
  // Page Down pressed in the task right after a cue's hashchange. The race CI hit (the newly
  // mounted page's address-bar write, a frame later, restoring the old cue after a press in
  // between) was reproduced only with instrumentation (tracing the page's replaceState calls);
  // src/ui/shell.rs `replace_url` now skips writing while a navigation is in flight. This test
  // keeps the quick press itself working.
  await withPage('#/stablecoin?present=1&playlist=stablecoin', async (page) => {
    await page.waitForFunction(() => location.hash.includes('seed=1'));
    await page.evaluate(() => {
      window.addEventListener('hashchange', () => {
        setTimeout(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true })), 0);
      }, { once: true });
    });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => /3 of 8/.test(document.querySelector('#cue-pos')?.textContent || ''));
    await atStep(page, 6960);
    assert.match(page.url(), /playlist=stablecoin&cue=2/);
  });
});

test('the guided tour asks for a prediction, runs the model to the cue, and explains', async () => {
  await withPage('#/stablecoin', async (page) => {
    await startTour(page, 8);
    await atStep(page, 14400);
    assert.match(await page.locator('#predict legend').textContent(), /\$50 million sale in a calm market/);
    await page.check('#choice-1');
    assert.match(await page.locator('#cue-next').textContent(), /Run/);
    await page.click('#cue-next');
    await page.waitForSelector('#why', { timeout: 20_000 });
    assert.equal(await steps(page), 14760, 'the run stops exactly at the cue');
    assert.equal(await fingerprint(page), await fingerprintOf('#/stablecoin?scenario=calm&speed=16&seed=1&at=14760'));
    assert.match(await page.locator('#why').textContent(), /^Right\. The price dips to \$0\.9850 at worst/);
    assert.match(await page.locator('.choice.right').textContent(), /^No/);
    await page.click('#cue-next');
    await page.waitForFunction(() => /3 of 8/.test(document.querySelector('#cue-pos').textContent));
    await atStep(page, 4200);
    // A wrong answer is marked, and the explanation still given.
    await page.check('#choice-0');
    await page.click('#cue-next');
    await page.waitForSelector('#why', { timeout: 20_000 });
    assert.equal(await steps(page), 4320);
    await page.waitForTimeout(500);
    assert.equal(await steps(page), 4320, 'and stays there: no frame steps after the pause');
    assert.match(await page.locator('#why').textContent(), /^Not quite\. /);
    assert.equal(await page.locator('.choice.wrong').count(), 1);
    await page.click('#close-tour');
    await page.waitForFunction(() => !document.querySelector('#tour'));
  });
});

test('embed mode hides the chrome and obeys valid postMessage commands only', async () => {
  const at600 = await fingerprintOf('#/stablecoin?scenario=terra-may-2022&seed=1&at=600');
  // A host page of our own, on a static page of the build (not the app, which would render over it).
  await withPage('www/embed-example.html', async (page) => {
    await page.setContent(`<!doctype html><html lang="en"><head><title>host</title></head><body>
      <iframe id="sim" title="stablecoin" style="width:1000px;height:700px;border:0"
        src="${baseUrl}#/stablecoin?scenario=terra-may-2022&seed=1&embed=1"></iframe>
      <script>
        window.chainlabEvents = [];
        addEventListener('message', (e) => { if (e.data && e.data.chainlab === 1) window.chainlabEvents.push(e.data); });
      </script></body></html>`);
    const frame = page.frameLocator('#sim');
    await frame.locator('section.stablecoin').waitFor();
    const f = page.frames().find((x) => x.url().includes('embed=1'));
    const run = framedRun(f, 'section.stablecoin', 'steps');
    await showsNoChrome({ frame, f }, '#chart-stable-price');
    // In view: it starts by itself.
    await f.waitForFunction(() => Number(document.querySelector('section.stablecoin').dataset.steps) > 0, null, { timeout: 10_000 });
    const embed = embedded(page);
    const { post } = embed;
    await pauseAndSeek(embed, run, 600);
    assert.equal(await run.fingerprint(), at600, 'seek replays to the same state as a link');
    const last = await obeysOnlyValid(embed, run, { at: 600, fp: at600, next: 660, malformed: [
      'step', null, 7, [], {}, { command: 'step' }, { chainlab: 2, command: 'step' }, { chainlab: 1, command: 'jump' },
      { chainlab: 1, command: 'seek', step: -1 }, { chainlab: 1, command: 'seek', step: '60' }, { chainlab: 1, command: 'seek', step: 0.5 },
      { chainlab: 1, command: 'seek', step: 60, extra: 1 }, { chainlab: 1, command: 'set', params: 'btc=-5' },
      { chainlab: 1, command: 'set', params: 'spread=2' }, { chainlab: 1, command: 'set', params: 'present=1' },
    ] });
    assert.ok((await embed.reasons()).some((r) => /^btc: /.test(r)), 'a refused parameter is named');
    assert.deepEqual([last.sim, last.step, last.unit, last.fingerprint], ['stablecoin', 600, 'minute', at600]);
    assert.match(last.narration, /^5 May 10:00 UTC \(day 0\.42\): UST \$\d\.\d{4}, /);
    await post({ chainlab: 1, command: 'reset' });
    await run.at(0);
    // Valid parameters: the page reloads with them, still embedded.
    await post({ chainlab: 1, command: 'set', params: 'btc=1000' });
    await f.waitForFunction(() => location.hash.includes('btc=1000') && location.hash.includes('embed=1'));
    await f.waitForFunction(() => document.querySelector('#p-btc')?.value === '1000');
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'still embedded');
  }, { app: false });
});

function fromMenu(page, id) {
  return downloadExport(page, `#${id}`);
}

test('the export menu offers every chart as PNG and SVG, the series as CSV and JSON, and the moments', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=4&at=4500', async (page) => {
    await page.waitForSelector('#export-button');
    assert.equal(await page.locator('#png-supplies, #svg-supplies, #export-csv').count(), 0, 'no second export UI on the page');
    await page.click('#export-button');
    const ids = await page.locator('#export-list button').evaluateAll((b) => b.map((e) => e.id));
    await page.click('#export-button');
    for (const c of CHARTS) {
      assert.ok(ids.includes(`export-png-chart-${c}`), `${c}.png offered`);
      assert.ok(ids.includes(`export-${c}-svg`), `${c}.svg offered`);
    }
    for (const id of ['export-series-csv', 'export-series-json', 'export-events-csv', 'export-events-json', 'export-log-txt']) assert.ok(ids.includes(id), id);

    const png = await fromMenu(page, 'export-png-chart-supplies');
    assert.equal(png.name, 'stablecoin-chart-supplies.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.ok(png.bytes.length > 5000, 'a real picture');
    for (const c of CHARTS) {
      const svg = await fromMenu(page, `export-${c}-svg`);
      assert.equal(svg.name, `stablecoin-${c}.svg`);
      const parsed = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, lines: doc.querySelectorAll('polyline').length };
      }, svg.text);
      assert.deepEqual([parsed.error, parsed.root], [false, 'svg'], c);
      assert.ok(parsed.lines > 0, `${c}: has a line`);
    }
    const csv = (await fromMenu(page, 'export-series-csv')).text.trim().split('\n');
    assert.match(csv[0], /^step,day,stable_price_usd,companion_price_usd,/);
    assert.equal(csv.length, 1 + 4501, 'one row per step, the start included');
    const cols = csv[0].split(',').length;
    for (const row of [csv[1], csv[2000], csv[4501]]) {
      assert.equal(row.split(',').length, cols);
      assert.ok(row.split(',').every((f) => Number.isFinite(Number(f))), row);
    }
    assert.equal(csv[4501].split(',')[0], '4500');
    const json = JSON.parse((await fromMenu(page, 'export-series-json')).text);
    assert.deepEqual([json.scenario, json.seed, json.steps.length, json.summary.steps], ['terra-may-2022', 4, 4501, 4500]);
    assert.equal(json.summary.fingerprint, await fingerprint(page), 'the JSON is this run');
    assert.equal(json.params.shock_usd, 2.5e9);
    const events = (await fromMenu(page, 'export-events-csv')).text.trim().split('\n');
    assert.equal(events[0], 'step,day,time,kind,text');
    assert.equal(events.length - 1, await page.locator('#moments li').count(), 'one row per moment listed on the page');
    assert.ok(events.some((l) => /,peg-lost,/.test(l)));
    const ev = JSON.parse((await fromMenu(page, 'export-events-json')).text);
    assert.equal(ev.length, events.length - 1);
    assert.equal(ev.find((e) => e.kind === 'peg-lost').time.endsWith('UTC'), true);
    const log = (await fromMenu(page, 'export-log-txt')).text;
    assert.match(log, /^Chain Lab stablecoin: May 2022, seed 4, step 4500 of 17280 \(60 s each\)\n/);
    assert.match(log, /: the peg breaks: /);
    assert.match(log, /\nNow: 8 May 03:00 UTC \(day 3\.1\d\): /);
  });
});

test('a whole run exports in full (17,281 rows)', async () => {
  await withPage('#/stablecoin?scenario=terra-may-2022&seed=1&at=17280', async (page) => {
    await page.waitForSelector('#export-button');
    const csv = (await fromMenu(page, 'export-series-csv')).text.trim().split('\n');
    assert.equal(csv.length, 1 + 17281);
    assert.equal(csv.at(-1).split(',')[0], '17280');
  });
});
