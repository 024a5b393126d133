// The classroom features (src/ui/control.rs, src/ui/classroom.rs) in headless Chromium:
// the timeline scrubber, aria-live narration, embed mode with its postMessage API and lazy
// start, presenter playlists walked with Page Down, guided tours, the QR code and exports.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, withPage, downloadExport, scrub, startTour, embedded } from './harness.mjs';

after(closeAll);

const fp = (page, sel) => page.locator(sel).getAttribute('data-fingerprint');

test('the scrubber returns the consensus run to an earlier round identical to the first visit, and it continues from there', async () => {
  await withPage('#/consensus?n=300&seed=4', async (page) => {
    const seen = [];
    for (let i = 0; i < 10; i++) {
      seen.push(await fp(page, 'section.consensus'));
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await page.locator('#round').textContent(), '10');
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '10');
    await scrub(page, 4);
    await page.waitForFunction(() => document.querySelector('#round').textContent === '4');
    assert.equal(await fp(page, 'section.consensus'), seen[4], 'round 4 is the state first seen at round 4');
    assert.equal(await page.locator('#scrubber').getAttribute('max'), '10', 'the rounds ahead stay reachable');
    assert.match(await page.locator('#scrubber-label').textContent(), /round 4 of 10 reached/);
    await scrub(page, 7);
    await page.waitForFunction(() => document.querySelector('#round').textContent === '7');
    assert.equal(await fp(page, 'section.consensus'), seen[7]);
    await scrub(page, 2);
    await page.waitForFunction(() => document.querySelector('#round').textContent === '2');
    await page.keyboard.press('ArrowRight');
    assert.equal(await fp(page, 'section.consensus'), seen[3], 'stepping on from an earlier round continues the same run');
  });
});

test('the scrubber works on the swap page too, by blocks', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.waitForSelector('#scrubber');
    const steps = () => page.locator('section.swap').getAttribute('data-steps').then(Number);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const mid = await steps();
    const midFp = await fp(page, 'section.swap');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const end = await steps();
    assert.ok(end > mid);
    await scrub(page, mid);
    await page.waitForFunction((m) => document.querySelector('section.swap').dataset.steps === String(m), mid);
    assert.equal(await fp(page, 'section.swap'), midFp);
    assert.equal(await page.locator('#scrubber').getAttribute('max'), String(end));
  });
});

test('an aria-live region narrates what each step changed', async () => {
  await withPage('#/consensus?n=200&seed=2', async (page) => {
    const live = page.locator('#live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Round 1:/.test(document.querySelector('#live').textContent));
    assert.match(await live.textContent(), /^Round 1: \d+% prefer red, \d+% prefer blue; \d+ of 200 honest nodes finalised$/);
  });
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^\d+h\d\d: Alice/.test(document.querySelector('#live').textContent));
  });
});

test('embed mode hides the chrome, starts only when scrolled into view, pauses when it leaves, and obeys valid postMessage commands only', async () => {
  await withPage('www/embed-example.html', async (page) => {
    const frame = page.frameLocator('#sim');
    await frame.locator('#nodes').waitFor({ state: 'attached' });
    const f = page.frames().find((x) => x.url().includes('embed=1'));
    const round = () => f.evaluate(() => Number(document.querySelector('#round').textContent));
    // Chrome hidden, the simulation shown.
    assert.equal(await f.evaluate(() => document.documentElement.classList.contains('embed')), true);
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'no site header');
    assert.equal(await frame.locator('.explain').first().isVisible(), false, 'no explanation panels');
    assert.ok(await frame.locator('#nodes').isVisible());
    // Lazy start: below the fold, it does not run.
    await page.waitForTimeout(700);
    assert.equal(await round(), 0, 'not started while out of view');
    await page.locator('#sim').scrollIntoViewIfNeeded();
    await f.waitForFunction(() => Number(document.querySelector('#round').textContent) >= 3, null, { timeout: 10_000 });
    // Scrolled away: it pauses.
    await page.evaluate(() => window.scrollTo(0, 0));
    await f.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
    const stopped = await round();
    await page.waitForTimeout(500);
    assert.equal(await round(), stopped, 'paused out of view');
    // Commands, from the embedding page.
    const { post, lastStep, rejectsAll } = embedded(page);
    await post({ chainlab: 1, command: 'seek', step: 12 });
    await f.waitForFunction(() => document.querySelector('#round').textContent === '12');
    const at12 = await f.evaluate(() => document.querySelector('section.consensus').dataset.fingerprint);
    await rejectsAll([
      'play', null, 42, [], {}, { command: 'play' }, { chainlab: 2, command: 'play' }, { chainlab: 1, command: 'explode' },
      { chainlab: 1, command: 'seek', step: -3 }, { chainlab: 1, command: 'seek', step: '5' }, { chainlab: 1, command: 'seek', step: 1.5 },
      { chainlab: 1, command: 'play', extra: 1 }, { chainlab: 1, command: 'set', params: 'k=banana' }, { chainlab: 1, command: 'set', params: 'embed=0' },
    ]);
    assert.equal(await round(), 12, 'malformed messages change nothing');
    assert.equal(await f.evaluate(() => document.querySelector('section.consensus').dataset.fingerprint), at12);
    assert.equal(await f.evaluate(() => document.querySelector('#play').textContent.includes('Pause')), false);
    await post({ chainlab: 1, command: 'step' });
    await f.waitForFunction(() => document.querySelector('#round').textContent === '13');
    await post({ chainlab: 1, command: 'back' });
    await f.waitForFunction(() => document.querySelector('#round').textContent === '12');
    // Events out: one per step, with the narration.
    const last = await lastStep();
    assert.equal(last.step, 12);
    assert.equal(last.sim, 'consensus');
    assert.equal(last.fingerprint, at12);
    assert.match(last.narration, /^Round 12: /);
    // Set parameters: the page validates them and reloads with them, still embedded.
    await post({ chainlab: 1, command: 'set', params: 'k=10&ap=8&ac=8' });
    await f.waitForFunction(() => location.hash.includes('k=10') && location.hash.includes('embed=1'));
    // The page has reloaded with them: the panel shows them and the run is a new one.
    await f.waitForFunction(() => ['k', 'ap', 'ac'].every((id) => document.querySelector(`#${id}`)?.value === { k: '10', ap: '8', ac: '8' }[id]));
    await f.waitForFunction((old) => document.querySelector('section.consensus')?.dataset.fingerprint !== old, at12);
    assert.equal(await round(), 0, 'a new run starts from round 0');
    assert.equal(await frame.locator('header.topbar').isVisible(), false, 'still embedded');
  }, { app: false });
});

test('the embed dialog gives an iframe snippet for this exact moment', async () => {
  await withPage('#/consensus?n=200&seed=5', async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.click('#embed-button');
    const code = await page.locator('#embed-code').inputValue();
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/chainlab\/#\/consensus\?seed=5&amp;.*&amp;at=3&amp;embed=1" /);
    assert.match(code, /loading="lazy"/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-embed');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#copy-embed').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  });
});

test('presenter mode: projector theme, side panels hidden, Page Down walks the playlist and lands on each cue\'s exact state', async () => {
  // The state cue 2 (index 1) must land on, opened as a plain link.
  let expected;
  await withPage('#/consensus?n=400&speed=2&seed=3&at=12', async (page) => {
    expected = await fp(page, 'section.consensus');
  });
  await withPage('#/consensus?present=1&playlist=consensus', async (page) => {
    await page.waitForFunction(() => location.hash.includes('seed=3'));
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenter')));
    assert.equal(await page.locator('aside.side').isVisible(), false, 'side panel hidden');
    assert.equal(await page.locator('header.topbar').isVisible(), false);
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.equal(fontSize, '20px', 'large type');
    assert.match(await page.locator('#cue-pos').textContent(), /1 of 6/);
    assert.equal(await page.locator('#round').textContent(), '0');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => /2 of 6/.test(document.querySelector('#cue-pos')?.textContent || ''));
    await page.waitForFunction(() => document.querySelector('#round')?.textContent === '12');
    assert.equal(await fp(page, 'section.consensus'), expected, 'the cue lands on the same state as its link');
    assert.match(await page.locator('#caption').textContent(), /Round 12/);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('#round')?.textContent === '18');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelector('#round')?.textContent === '12');
    assert.equal(await fp(page, 'section.consensus'), expected);
    // Arrow keys still step the simulation itself.
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '13');
    // The playlist's URL is shareable: the cue is in it.
    assert.match(page.url(), /present=1&playlist=consensus&cue=1/);
    await page.click('#exit-presenter');
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenter'));
    assert.ok(await page.locator('aside.side').isVisible());
  });
});

test('a playlist opened from a JSON file is walked and carried in the URL', async () => {
  const list = { title: 'My class', cues: [
    { sim: 'swap', seed: 1, params: 'scenario=happy-path', at: 14, caption: 'Both locked' },
    { sim: 'consensus', seed: 9, params: 'n=100', at: 5, caption: 'Five rounds in' },
  ] };
  await withPage('#/swap?present=1', async (page) => {
    await page.setInputFiles('#playlist-file', { name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(list)) });
    await page.waitForFunction(() => document.querySelector('#caption')?.textContent === 'Both locked');
    await page.waitForFunction(() => document.querySelector('section.swap')?.dataset.steps === '14');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('#round')?.textContent === '5');
    assert.match(decodeURIComponent(page.url()), /playlist=\{"title":"My\+class"/);
  });
  await withPage('#/swap?present=1', async (page) => {
    await page.setInputFiles('#playlist-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"title":"x","cues":[{"sim":"nope","seed":1,"caption":"c"}]}') });
    await page.waitForSelector('.presenter-bar .field-error');
    assert.match(await page.locator('.presenter-bar .field-error').textContent(), /sim "nope" is not one of/);
  });
});

test('a guided tour asks for a prediction, runs the simulation to the cue, and explains', async () => {
  await withPage('#/consensus', async (page) => {
    await startTour(page, 6);
    assert.equal(await page.locator('#round').textContent(), '0');
    await page.check('#choice-1');
    assert.match(await page.locator('#cue-next').textContent(), /Run/);
    await page.click('#cue-next');
    await page.waitForSelector('#why', { timeout: 20_000 });
    assert.equal(await page.locator('#round').textContent(), '18', 'the run stops exactly at the cue');
    assert.match(await page.locator('#why').textContent(), /^Right\. /);
    assert.match(await page.locator('.choice.right').textContent(), /one colour takes over/);
    await page.click('#cue-next');
    await page.waitForFunction(() => /3 of 6/.test(document.querySelector('#cue-pos').textContent));
    assert.equal(await page.locator('#round').textContent(), '18', 'the next cue starts where the run stopped');
    await page.click('#close-tour');
    await page.waitForFunction(() => !document.querySelector('#tour'));
  });
});

test('the QR dialog encodes the link to this moment', async () => {
  await withPage('#/swap?scenario=happy-path', async (page) => {
    await page.keyboard.press('ArrowRight');
    await page.click('#qr-button');
    const url = await page.locator('#qr-url').inputValue();
    assert.match(url, /#\/swap\?seed=1&scenario=happy-path.*&at=\d+$/);
    const d = await page.locator('#qr-code path').getAttribute('d');
    const modules = (d.match(/M/g) || []).length;
    assert.ok(modules > 300, `a QR code has hundreds of dark modules, got ${modules}`);
    const side = Number((await page.locator('#qr-code').getAttribute('viewBox')).split(' ')[2]);
    assert.equal((side - 8 - 17) % 4, 0, 'side is a QR version size (17 + 4v) plus the quiet zone');
    await page.click('#close-qr');
    assert.equal(await page.locator('#qr-dialog').count(), 0);
  });
});

test('exports: every chart as PNG and SVG, the data as CSV and JSON, and the event log', async () => {
  await withPage('#/consensus?n=200&seed=2', async (page) => {
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const png = await downloadExport(page, '#export-png-history-chart');
    assert.equal(png.name, 'consensus-history-chart.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const nodes = await downloadExport(page, '#export-png-nodes');
    assert.ok(nodes.bytes.length > 1000);
    const svg = await downloadExport(page, '#export-history-svg');
    const svgText = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, lines: doc.querySelectorAll('polyline, path').length };
    }, svgText);
    assert.deepEqual([parsed.error, parsed.root], [false, 'svg']);
    assert.ok(parsed.lines > 0, 'the SVG has drawn lines');
    const csv = (await downloadExport(page, '#export-history-csv')).bytes.toString('utf8').trim().split('\n');
    assert.equal(csv[0], 'round,share_red,share_blue,mean_confidence,finalised,successful_polls');
    assert.equal(csv.length, 1 + 7, 'rounds 0 to 6');
    assert.ok(csv.slice(1).every((l) => l.split(',').length === 6));
    const json = JSON.parse((await downloadExport(page, '#export-history-json')).bytes.toString('utf8'));
    assert.equal(json.length, 7);
    assert.equal(json[6].round, 6);
    const log = (await downloadExport(page, '#export-log-txt')).bytes.toString('utf8');
    assert.match(log, /^Round 0: /);
  });
  await withPage('#/swap?scenario=happy-path&speed=max', async (page) => {
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'));
    const events = (await downloadExport(page, '#export-events-csv')).bytes.toString('utf8').trim().split('\n');
    assert.equal(events[0], 'time_s,time,chain,text');
    assert.equal(events.length - 1, await page.locator('#event-log li').count(), 'one row per logged event');
    const ev = JSON.parse((await downloadExport(page, '#export-events-json')).bytes.toString('utf8'));
    assert.match(ev.at(-1).text, /Bob receives 1 BTC/);
    const svg = (await downloadExport(page, '#export-balances-svg')).bytes.toString('utf8');
    assert.match(svg, /^<svg[\s\S]*<\/svg>\s*$/);
    const png = await downloadExport(page, '#export-png-timeline');
    assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
  });
});

test('a pause or a seek from the embedding page stops the run at once: the round holds, and a seek lands exactly where a link with that at= does', async () => {
  // 64 rounds a second (speed 16), and no node ever finalises (Beta 10000): still running when paused.
  const params = 'seed=3&n=400&beta=10000&speed=16';
  let expected;
  await withPage(`#/consensus?${params}&at=25`, async (page) => {
    assert.equal(await page.locator('#round').textContent(), '25');
    expected = await fp(page, 'section.consensus');
  });
  await withPage('www/embed-example.html', async (page) => {
    await page.frameLocator('#sim').locator('#nodes').waitFor({ state: 'attached' });
    const f = page.frames().find((x) => x.url().includes('embed=1'));
    // Every message in one go, as a tour sends Pause then Seek.
    const post = (...msgs) => page.evaluate((ms) => {
      const w = document.getElementById('sim').contentWindow;
      for (const m of ms) w.postMessage({ chainlab: 1, ...m }, '*');
    }, msgs);
    const round = () => f.evaluate(() => Number(document.querySelector('#round').textContent));
    const playing = () => f.evaluate(() => document.querySelector('#play').textContent.includes('Pause'));
    await post({ command: 'set', params: 'beta=10000&speed=16' });
    await f.waitForFunction(() => location.hash.includes('beta=10000') && document.querySelector('#speed')?.value === '16');
    await page.locator('#sim').scrollIntoViewIfNeeded();
    await post({ command: 'play' });
    await f.waitForFunction(() => Number(document.querySelector('#round').textContent) >= 40, null, { timeout: 10_000 });
    // Pause: not one more round.
    await post({ command: 'pause' });
    await f.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
    const stopped = await round();
    await page.waitForTimeout(500);
    assert.equal(await round(), stopped, 'the round holds after a pause');
    // Playing again, then Pause and Seek together, back to round 25.
    await post({ command: 'play' });
    await f.waitForFunction((s) => Number(document.querySelector('#round').textContent) >= s + 20, stopped, { timeout: 10_000 });
    await post({ command: 'pause' }, { command: 'seek', step: 25 });
    await f.waitForFunction(() => document.querySelector('#round').textContent === '25');
    await page.waitForTimeout(500);
    assert.equal(await round(), 25, 'the seek lands on round 25 and stays there');
    assert.equal(await playing(), false);
    assert.equal(await f.evaluate(() => document.querySelector('section.consensus').dataset.fingerprint), expected,
      'the same state as the link with at=25');
    // And forward: Seek while playing, with no Pause first.
    await post({ command: 'play' });
    await f.waitForFunction(() => Number(document.querySelector('#round').textContent) >= 30, null, { timeout: 10_000 });
    await post({ command: 'seek', step: 200 });
    await f.waitForFunction(() => document.querySelector('#round').textContent === '200');
    await page.waitForTimeout(500);
    assert.equal(await round(), 200, 'a seek while playing stops on its round');
  }, { app: false });
});
