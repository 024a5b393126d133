// The Content-Security-Policy (issue 18; index.html's meta tag, completed at build time by
// scripts/csp-hash.mjs): the release build satisfies it on every page and view, in presenter
// mode, in a tour and inside the embed example, with no `securitypolicyviolation` at all;
// and the policy is really in force (an injected inline script, a request, an image from
// another origin and a plugin are each refused; eval is refused by script-src having no
// 'unsafe-eval', which the first test checks: DevTools' own evaluation bypasses it).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, closeAll, waitForApp, withPage } from './harness.mjs';

after(closeAll);

// Installed in every frame before any of the page's scripts: records each violation.
function recordViolations() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

// withPage with the violations recorded.
const withRecorded = (hash, fn, options = {}) => withPage(hash, fn, { ...options, init: recordViolations });

async function violations(page) {
  const all = [];
  for (const f of page.frames()) all.push(...((await f.evaluate(() => window.__csp).catch(() => [])) || []));
  return all;
}

const PAGES = [
  '#/',
  '#/consensus?seed=3',
  '#/consensus?view=compare',
  '#/consensus?view=experiment&runs=20',
  '#/consensus?view=subnets',
  '#/rollup',
  '#/rollup?fault=wrong&at=400',
  '#/swap?scenario=congestion',
  '#/stablecoin',
  '#/validators?price=stablecoin:terra-may-2022&whatif=s@300',
  '#/consensus?present=1&playlist=consensus',
  '#/swap?tour=tour-swap',
  '#/nowhere',
];

test('the policy as shipped: own-origin scripts, wasm, inline scripts by hash only, no other origin', async () => {
  await withRecorded('#/', async (page) => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const dir = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(dir['default-src'], ["'self'"]);
    assert.equal(dir['script-src'][0], "'self'");
    assert.ok(dir['script-src'].includes("'wasm-unsafe-eval'"));
    const rest = dir['script-src'].slice(1).filter((s) => s !== "'wasm-unsafe-eval'");
    assert.ok(rest.length >= 1 && rest.every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), `only hashes: ${rest}`);
    assert.deepEqual(dir['connect-src'], ["'self'"]);
    assert.deepEqual(dir['object-src'], ["'none'"]);
    assert.deepEqual(dir['base-uri'], ["'self'"]);
    assert.ok(!('frame-ancestors' in dir), 'any site may embed the app');
    assert.ok(!csp.includes('__CHAINLAB'), 'the build completed the policy');
    // Each inline script of the page is one the policy names.
    const html = await page.evaluate(async () => (await fetch('./', { cache: 'no-store' })).text());
    const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1])).length;
    assert.equal(inline, rest.length);
  });
});

for (const hash of PAGES) {
  test(`no policy violation on ${hash}`, async () => {
    await withRecorded(hash, async (page) => {
      // Use the page a little: play, step, open the export menu (downloads, QR code).
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await page.waitForTimeout(400);
      await page.keyboard.press('Space');
      // (Presenter mode hides the dock with the export menu.)
      if (await page.locator('#export-button').isVisible()) {
        await page.click('#export-button');
        await page.waitForTimeout(150);
        await page.click('#export-button');
      }
      await page.waitForTimeout(200);
      assert.deepEqual(await violations(page), []);
    });
  });
}

test('no policy violation in the embed example, with the app framed and driven', async () => {
  await withRecorded('www/embed-example.html', async (page) => {
    await page.locator('#sim').scrollIntoViewIfNeeded();
    const frame = await (await page.waitForSelector('#sim')).contentFrame();
    await frame.waitForSelector('main *');
    await page.waitForFunction(() => (window.chainlabEvents || []).some((e) => e.event === 'step'));
    for (const id of ['#ex-play', '#ex-pause', '#ex-step', '#ex-seek', '#ex-set']) await page.click(id);
    await page.waitForTimeout(500);
    assert.deepEqual(await violations(page), []);
  }, { app: false });
});

test('the policy is enforced: inline script, other origins and plugins are refused', async () => {
  // Not withPage: the refused requests are the test's own.
  const { page, consoleErrors, close } = await openPage('#/consensus', { init: recordViolations });
  try {
    await waitForApp(page);
    const r = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      let fetched = false;
      try {
        await fetch('https://example.com/');
        fetched = true;
      } catch {}
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
      const obj = document.createElement('object');
      obj.data = 'whatever.swf';
      document.body.append(obj);
      await new Promise((res) => setTimeout(res, 300));
      return { inline: window.__inlineRan === true, fetched, csp: window.__csp };
    });
    assert.equal(r.inline, false, 'an injected inline script does not run');
    assert.equal(r.fetched, false, 'another origin cannot be fetched');
    for (const d of ['script-src-elem', 'connect-src', 'img-src', 'object-src']) {
      assert.ok(r.csp.some((v) => v.startsWith(d)), `a ${d} violation in ${JSON.stringify(r.csp)}`);
    }
    // The app keeps working after the refusals.
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#round').textContent(), '1');
    assert.ok(consoleErrors.every((e) => /Content Security Policy|example\.com|whatever\.swf/.test(e)), consoleErrors.join('\n'));
  } finally {
    await close();
  }
});
