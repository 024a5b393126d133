// The embed boundary as a threat model (issue 18; docs/embed.md, "Threat model"): a hostile
// page on another origin frames the app and attacks it through postMessage and through the
// frame's URL. Each claim of the threat model is a test here:
//   1. commands are validated: malformed, oversized, unknown or refused messages are
//      answered with `rejected` and change nothing (step, fingerprint, parameters, URL);
//   2. nothing a command (or the framed URL) carries is executed or rendered as markup;
//   3. only the run's state leaves the frame: every message out is a `step` or `rejected`
//      event with exactly the documented fields, `params` is the run's own query;
//   4. a hostile parent can do nothing beyond the documented commands: messages from any
//      window but the parent are ignored, the frame's document, storage and exports are out
//      of reach, a flood of commands leaves it working, and without embed=1 it listens to
//      nothing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { openPage, closeAll, baseUrl } from './harness.mjs';

after(closeAll);

// Another origin than the app's: a second local server (another port), serving the hostile
// page this file writes. (A page the test fulfils by route counts as public to Chromium, and
// Private Network Access then forbids it to frame a local server.)
let hostileHtml = '';
const hostileServer = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(hostileHtml);
});
await new Promise((resolve) => hostileServer.listen(0, '127.0.0.1', resolve));
const HOSTILE = `http://127.0.0.1:${hostileServer.address().port}/hostile/`;
after(() => new Promise((resolve) => hostileServer.close(resolve)));

function hostilePage(appHash) {
  return `<!doctype html><html><body>
<iframe id="app" src="${baseUrl}${appHash}" width="1000" height="760"></iframe>
<iframe id="sibling" srcdoc="<p>sibling</p>" width="10" height="10"></iframe>
<script>
  window.events = [];
  window.foreign = [];
  addEventListener('message', (e) => {
    if (e.source === document.getElementById('app').contentWindow) window.events.push(e.data);
    else window.foreign.push(e.data);
  });
  window.send = (m) => document.getElementById('app').contentWindow.postMessage(m, '*');
</script></body></html>`;
}

const appErrors = (consoleErrors) => consoleErrors.filter((e) => !e.includes(HOSTILE));

/**
 * Opens the hostile page framing the app at `appHash`, runs `fn(page, app)` (`app`: the framed
 * app's frame), then asserts that the app logged no error and fetched nothing from anywhere but
 * its own origin. Always closes the page.
 */
async function withHostile(appHash, fn) {
  const { page, consoleErrors, foreignRequests, close } = await openPage('about:blank');
  try {
    hostileHtml = hostilePage(appHash);
    await page.goto(HOSTILE);
    const app = await (await page.waitForSelector('#app')).contentFrame();
    await app.waitForSelector('main *');
    await fn(page, app);
    assert.deepEqual(appErrors(consoleErrors), []);
    assert.deepEqual(foreignRequests.filter((u) => !u.startsWith(HOSTILE)), [], 'requests to other origins than the app\'s');
  } finally {
    await close();
  }
}

const events = (page) => page.evaluate(() => window.events);
const steps = async (page) => (await events(page)).filter((e) => e && e.event === 'step');
const rejected = async (page) => (await events(page)).filter((e) => e && e.event === 'rejected');
const last = async (page) => (await steps(page)).at(-1);

async function until(what, fn, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Pauses the run and waits until it reports that it stands still; returns that state.
async function paused(page) {
  await until('a first step event', async () => (await steps(page)).length > 0);
  await page.evaluate(() => window.send({ chainlab: 1, command: 'pause' }));
  await until('the run to pause', async () => (await last(page)).playing === false);
  await page.waitForTimeout(300);
  return last(page);
}

test('malformed, oversized, unknown and refused commands are rejected and change nothing', async () => {
  await withHostile('#/consensus?seed=3&n=400&embed=1', async (page, app) => {
    const before = await paused(page);
    const urlBefore = app.url();
    const sent = await page.evaluate(() => {
      const deep = [];
      let d = deep;
      for (let i = 0; i < 1000; i++) d = d[0] = [];
      const cyclic = { chainlab: 1, command: 'play' };
      cyclic.self = cyclic;
      const bad = [
        'play', 42, null, true, [], {}, [{ chainlab: 1, command: 'play' }],
        { chainlab: 1 }, { command: 'play' }, { chainlab: 2, command: 'play' }, { chainlab: '1', command: 'play' },
        { chainlab: 1.5, command: 'play' }, { chainlab: 1, command: 'PLAY' }, { chainlab: 1, command: ' play' },
        { chainlab: 1, command: 'play', extra: 1 }, { chainlab: 1, command: 'play', step: 3 },
        { chainlab: 1, command: 'explode' }, { chainlab: 1, command: 'eval', code: 'alert(1)' },
        { chainlab: 1, command: 'seek' }, { chainlab: 1, command: 'seek', step: -1 },
        { chainlab: 1, command: 'seek', step: 1.5 }, { chainlab: 1, command: 'seek', step: '12' },
        { chainlab: 1, command: 'seek', step: 100001 }, { chainlab: 1, command: 'seek', step: 2 ** 53 },
        { chainlab: 1, command: 'seek', step: 12, params: 'n=4' },
        { chainlab: 1, command: 'set' }, { chainlab: 1, command: 'set', params: 42 },
        { chainlab: 1, command: 'set', params: 'n=400&'.repeat(400) },
        { chainlab: 1, command: 'set', params: 'n=' + '9'.repeat(5_000_000) },
        { chainlab: 1, command: 'set', params: 'embed=0' }, { chainlab: 1, command: 'set', params: 'present=1' },
        { chainlab: 1, command: 'set', params: 'playlist=lecture' }, { chainlab: 1, command: 'set', params: 'tour=tour-swap' },
        { chainlab: 1, command: 'set', params: '#/rollup' }, { chainlab: 1, command: 'set', params: '?n=4' },
        { chainlab: 1, command: 'set', params: 'n=abc' }, { chainlab: 1, command: 'set', params: 'nonsense=1' },
        { chainlab: 1, command: 'set', params: 'n=1e9' },
        deep, cyclic, { chainlab: 1n, command: 'play' }, new Date(0), new Map([[1, 2]]),
        new ArrayBuffer(8 << 20), new Uint8Array(16), new Blob(['{"chainlab":1,"command":"play"}']),
        'x'.repeat(10_000_000),
      ];
      // (A message the browser cannot clone never reaches the frame; count only those sent.)
      let n = 0;
      for (const m of bad) {
        try {
          window.send(m);
          n += 1;
        } catch {}
      }
      return n;
    });
    const r = await until(`${sent} rejections`, async () => {
      const got = await rejected(page);
      return got.length >= sent && got;
    }, 60_000);
    assert.equal(r.length, sent, 'one rejection per message');
    for (const e of r) assert.equal(typeof e.reason, 'string');
    assert.ok(r.every((e) => e.reason.length > 0));
    await page.waitForTimeout(500);
    const after = await last(page);
    assert.equal(after.step, before.step, 'the step did not move');
    assert.equal(after.fingerprint, before.fingerprint, 'the state did not change');
    assert.equal(after.params, before.params, 'the parameters did not change');
    assert.equal(after.playing, false);
    assert.equal(app.url(), urlBefore, "the frame's URL did not change");
    // The valid commands still work after all that.
    await page.evaluate(() => window.send({ chainlab: 1, command: 'seek', step: 12 }));
    await until('seek 12', async () => (await last(page)).step === 12);
  });
});

test('nothing a command or the framed link carries is executed or rendered as markup', async () => {
  const payload = `<img src=x onerror="parent.postMessage('pwned','*')"><script>parent.postMessage('pwned','*')</script>`;
  const hash = `#/consensus?seed=3&n=${encodeURIComponent(payload)}&k=${encodeURIComponent('javascript:parent.postMessage("pwned","*")')}&embed=1`;
  await withHostile(hash, async (page, app) => {
    await paused(page);
    await page.evaluate((p) => {
      window.send({ chainlab: 1, command: 'set', params: `n=${encodeURIComponent(p)}` });
      window.send({ chainlab: 1, command: 'set', params: `view=${encodeURIComponent(p)}` });
      window.send({ chainlab: 1, command: 'explode', params: p });
      window.send({ chainlab: 1, command: p });
    }, payload);
    await until('4 rejections', async () => (await rejected(page)).length >= 4);
    await page.waitForTimeout(800);
    assert.deepEqual(await page.evaluate(() => window.foreign), [], 'no script of the payload ran');
    // The link's payload is shown as text in the notice, not as elements.
    const notice = await app.locator('#url-notice').textContent();
    assert.ok(notice.includes('<img src=x'), notice);
    assert.equal(await app.locator('#url-notice img, #url-notice script').count(), 0);
    assert.equal(await app.locator('img[src="x"]').count(), 0);
  });
});

test("only the run's state leaves the frame, in the documented shape", async () => {
  await withHostile('#/consensus?seed=3&n=400&embed=1', async (page, app) => {
    await paused(page);
    await page.evaluate(() => {
      window.send({ chainlab: 1, command: 'step' });
      window.send({ chainlab: 1, command: 'back' });
      window.send({ chainlab: 1, command: 'seek', step: 7 });
      window.send({ chainlab: 1, command: 'set', params: 'k=10&ap=8&ac=8' });
      window.send({ chainlab: 1, command: 'nope' });
    });
    await until('the set to apply', async () => (await last(page)).params.includes('k=10'));
    await until('a rejection', async () => (await rejected(page)).length >= 1);
    const STEP = ['chainlab', 'event', 'sim', 'step', 'unit', 'playing', 'finished', 'fingerprint', 'narration', 'params'];
    for (const e of await events(page)) {
      const keys = Object.keys(e).sort();
      if (e.event === 'step') {
        assert.deepEqual(keys, [...STEP].sort());
        assert.equal(e.sim, 'consensus');
        assert.match(e.fingerprint, /^[0-9a-f]{16}$/);
        assert.ok(!/embed|present|playlist|tour|cue/.test(e.params.replace(/[?&](embed)=1/, '')), e.params);
      } else {
        assert.equal(e.event, 'rejected');
        assert.deepEqual(keys, ['chainlab', 'event', 'reason']);
      }
      assert.equal(e.chainlab, 1);
    }
    // `params` is the run's own query: the frame's URL says the same.
    const p = (await last(page)).params;
    const frameQuery = new URL(app.url()).hash.split('?')[1];
    for (const pair of p.split('&')) assert.ok(frameQuery.split('&').includes(pair), `${pair} in ${frameQuery}`);
    // (And, as withHostile asserts, the app fetched nothing from anywhere but its own origin.)
  });
});

test('a hostile parent can do nothing beyond the documented commands', async () => {
  await withHostile('#/consensus?seed=3&n=400&embed=1', async (page) => {
    const before = await paused(page);
    // Other windows than the parent: a sibling frame and the app's own window are ignored.
    const count = (await events(page)).length;
    await page.evaluate(() => {
      const app = document.getElementById('app').contentWindow;
      const sib = document.getElementById('sibling').contentWindow;
      sib.eval(`parent.frames[0].postMessage({ chainlab: 1, command: 'step' }, '*')`);
      sib.eval(`parent.frames[0].postMessage({ chainlab: 1, command: 'nope' }, '*')`);
      return app === parent.frames[0];
    });
    await page.waitForTimeout(800);
    assert.equal((await events(page)).length, count, 'no event, not even a rejection, for a non-parent sender');
    assert.equal((await last(page)).step, before.step);
    // The frame's document, storage, bindings and location are out of the parent's reach.
    const reach = await page.evaluate(() => {
      const w = document.getElementById('app').contentWindow;
      const tryIt = (f) => {
        try {
          f();
          return 'allowed';
        } catch (e) {
          return e.name;
        }
      };
      return {
        document: tryIt(() => w.document.body),
        storage: tryIt(() => w.localStorage.length),
        bindings: tryIt(() => w.wasmBindings),
        location: tryIt(() => w.location.href),
        call: tryIt(() => w.eval('1')),
      };
    });
    assert.deepEqual(reach, { document: 'SecurityError', storage: 'SecurityError', bindings: 'SecurityError', location: 'SecurityError', call: 'SecurityError' });
    // A flood of valid and invalid commands: the frame keeps up and still obeys.
    await page.evaluate(() => {
      const cmds = ['play', 'pause', 'step', 'back', 'reset'];
      for (let i = 0; i < 5000; i++) {
        if (i % 7 === 0) window.send({ chainlab: 1, command: 'seek', step: i % 50 });
        else if (i % 11 === 0) window.send({ chainlab: 1, command: 'bogus' + i });
        else window.send({ chainlab: 1, command: cmds[i % cmds.length] });
      }
      window.send({ chainlab: 1, command: 'pause' });
      window.send({ chainlab: 1, command: 'seek', step: 33 });
    });
    await until('the last seek after the flood', async () => {
      const l = await last(page);
      return l.step === 33 && !l.playing;
    }, 60_000);
  });
});

test('without embed=1 the framed app listens to no command and posts nothing', async () => {
  await withHostile('#/consensus?seed=3&n=400', async (page, app) => {
    await app.waitForSelector('#round');
    await page.waitForTimeout(500);
    const round = await app.locator('#round').textContent();
    await page.evaluate(() => {
      window.send({ chainlab: 1, command: 'seek', step: 20 });
      window.send({ chainlab: 1, command: 'step' });
      window.send({ chainlab: 1, command: 'nope' });
    });
    await page.waitForTimeout(800);
    assert.deepEqual(await events(page), []);
    assert.equal(await app.locator('#round').textContent(), round);
  });
});
