// The consensus experiment in Web Workers (src/ui/consensus/pool.rs, the pool in
// src/ui/workers.rs, www/worker.js, consensus_run in src/bin/chainlab-worker.rs): the
// workers' experiment equals the one stepped on the page and the CLI's, run for run
// (fingerprints included), with the same summary, narration and histogram; the progress
// bar counts, Step records one run, Cancel stops the workers, and without workers (no
// Worker, a worker script that fails) the page steps the runs itself, to the same result.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeAll, withPage, downloadExport, embedApp } from './harness.mjs';

after(closeAll);

// Fingerprints are u64s: read as text, not as (rounded) JavaScript numbers.
const parseRuns = (text) => JSON.parse(text.replace(/"fingerprint": (\d+)/g, '"fingerprint": "$1"'));

function cliRuns(args) {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'chainlab', '--', 'consensus', ...args, '--json'],
    { encoding: 'utf8', maxBuffer: 256 << 20 });
  return parseRuns(out);
}

const where = (page) => page.locator('#experiment-workers');
const done = (page) => page.locator('#experiment-progress').textContent().then((t) => Number(/(\d+) of/.exec(t)[1]));

/** Plays the experiment to its end and reads everything it shows. */
async function playToEnd(page) {
  await page.waitForSelector('#experiment-progress');
  await page.click('#play');
  await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 120_000 });
  await page.waitForFunction(() => /runs complete/.test(document.querySelector('#live')?.textContent || ''));
  return {
    progress: await page.locator('#experiment-progress').textContent(),
    summary: await page.locator('#experiment-summary').textContent(),
    narration: await page.locator('#live').textContent(),
    histogram: await page.locator('#histogram').evaluate((c) => c.toDataURL()),
    runs: parseRuns((await downloadExport(page, '#export-runs-json')).text),
  };
}

const STALLS = 'n=300&byz=0.1&adv=balance&max=120&runs=40&seed=9';
const STALLS_CLI = ['--nodes', '300', '--byzantine', '0.1', '--adversary', 'balance', '--max-rounds', '120', '--runs', '40', '--seed', '9'];

test('the workers\' experiment equals the one stepped on the page, and the CLI\'s, run for run', async () => {
  const cli = cliRuns(STALLS_CLI);
  let workers;
  await withPage(`#/consensus?view=experiment&${STALLS}`, async (page) => {
    workers = await playToEnd(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    assert.equal(await where(page).getAttribute('data-experiment-threads'), String(Math.min(Math.max(cores, 1), 8)), `one worker per core (${cores})`);
    assert.equal(await where(page).getAttribute('data-experiment-fallback'), '');
  });
  let here;
  await withPage(`#/consensus?view=experiment&${STALLS}`, async (page) => {
    await page.evaluate(() => { window.Worker = undefined; });
    here = await playToEnd(page);
    assert.equal(await where(page).getAttribute('data-experiment-threads'), '0');
    assert.equal(await where(page).getAttribute('data-experiment-fallback'), 'this browser has no Web Workers');
    assert.equal(await where(page).textContent(), 'On this page, between frames: the workers stopped (this browser has no Web Workers).');
  });
  assert.match(workers.progress, /40 of 40 runs \(seeds 9 to 48\)/);
  assert.match(workers.summary, /Stalled \(no finality by the cap\)[1-9]/, 'some runs stall: the outcomes differ from run to run');
  assert.deepEqual(workers.runs, cli.runs, 'the workers\' runs are the CLI\'s');
  assert.deepEqual(here.runs, cli.runs, 'the page\'s runs are the CLI\'s');
  assert.equal(workers.summary, here.summary);
  assert.equal(workers.narration, here.narration);
  assert.equal(workers.progress, here.progress);
  assert.equal(workers.histogram, here.histogram, 'the same histogram, pixel for pixel');
});

test('with workers: Step records one run, the progress bar counts, Cancel stops them and Play finishes the rest', async () => {
  const cli = cliRuns(['--nodes', '3000', '--runs', '100', '--seed', '3']);
  await withPage('#/consensus?view=experiment&n=3000&runs=100&seed=3', async (page) => {
    await page.waitForSelector('#experiment-progress');
    await page.evaluate(() => {
      window.__terminated = 0;
      const terminate = Worker.prototype.terminate;
      Worker.prototype.terminate = function () { window.__terminated += 1; return terminate.call(this); };
    });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /\b1 of 100 runs/.test(document.querySelector('#experiment-progress').textContent));
    await page.waitForTimeout(400);
    assert.equal(await done(page), 1, 'Step records exactly one run, though the workers go on');
    await page.click('#play');
    await page.waitForFunction(() => /\b([3-9]|[1-9]\d) of 100 runs/.test(document.querySelector('#experiment-progress').textContent));
    const n = Number(await where(page).getAttribute('data-experiment-threads'));
    assert.equal(n, Math.min(Math.max(await page.evaluate(() => navigator.hardwareConcurrency), 1), 8));
    assert.equal(await where(page).textContent(), n === 1 ? 'Running in 1 background worker. Cancel' : `Running in ${n} background workers, one per core. Cancel`);
    const bar = Number(await page.locator('#experiment-progress progress').getAttribute('value'));
    assert.ok(bar >= 3 && bar < 100, `the progress bar counts (${bar})`);
    assert.equal(await page.evaluate(() => window.__terminated), 0, 'the workers run on');
    await page.click('#experiment-cancel');
    const at = await done(page);
    const threads = Number(await where(page).getAttribute('data-experiment-threads'));
    assert.equal(await page.evaluate(() => window.__terminated), threads, `Cancel terminates all ${threads} workers`);
    await page.waitForTimeout(600);
    assert.equal(await done(page), at, 'nothing more is recorded after Cancel');
    assert.equal(await page.locator('#experiment-cancel').count(), 0);
    assert.equal(await where(page).textContent(), 'Played, the runs go to background workers, one per core.');
    assert.ok(at < 100, `cancelled before the end (${at})`);
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 120_000 });
    const runs = parseRuns((await downloadExport(page, '#export-runs-json')).text);
    assert.deepEqual(runs, cli.runs, 'cancelled and resumed, the same runs');
  });
});

test('a worker script that fails: the page says why and steps the runs itself, to the same result', async () => {
  const cli = cliRuns(STALLS_CLI);
  await withPage(`#/consensus?view=experiment&${STALLS}`, async (page) => {
    // The context's route: it also sees the workers' requests (the page's does not).
    await page.context().route('**/www/worker.js', (route) => route.fulfill({
      status: 200, contentType: 'text/javascript', body: 'throw new Error("refused by the test");',
    }));
    await page.waitForSelector('#experiment-progress');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#experiment-workers')?.dataset.experimentFallback);
    assert.match(await where(page).getAttribute('data-experiment-fallback'), /refused by the test/);
    await page.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 120_000 });
    const runs = parseRuns((await downloadExport(page, '#export-runs-json')).text);
    assert.deepEqual(runs, cli.runs);
    assert.equal(await where(page).getAttribute('data-experiment-threads'), String(Math.min(await page.evaluate(() => navigator.hardwareConcurrency), 8)), 'the workers started, then failed');
  });
});

test('embedded, the classroom commands drive the workers\' experiment: pause, step (one run), play; seek is refused', async () => {
  await withPage('www/embed-example.html', async (page) => {
    const { f, post, lastStep, rejected } = await embedApp(page, '#/consensus?view=experiment&n=1000&runs=60&seed=4&embed=1', '#experiment-progress');
    const runs = () => f.evaluate(() => Number(/(\d+) of/.exec(document.querySelector('#experiment-progress').textContent)[1]));
    await post({ chainlab: 1, command: 'pause' });
    await f.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
    const before = await runs();
    await post({ chainlab: 1, command: 'step' });
    await f.waitForFunction((n) => document.querySelector('#experiment-progress').textContent.includes(`${n} of 60`), before + 1);
    await page.waitForTimeout(400);
    assert.equal(await runs(), before + 1, 'step: exactly one more run');
    assert.equal((await lastStep()).unit, 'run');
    const refused = await rejected();
    await post({ chainlab: 1, command: 'seek', step: 5 });
    await page.waitForFunction((n) => window.chainlabEvents.filter((e) => e.event === 'rejected').length > n, refused);
    await post({ chainlab: 1, command: 'play' });
    await f.waitForFunction(() => document.querySelector('#play').textContent.includes('Finished'), null, { timeout: 120_000 });
    assert.equal((await lastStep()).step, 60);
    assert.notEqual(await f.evaluate(() => document.querySelector('#experiment-workers').dataset.experimentThreads), '0', 'the runs went to workers');
  }, { app: false });
});
