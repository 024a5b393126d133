// The embedding page's side of the browser tests (re-exported by harness.mjs, import them from
// there): www/embed-example.html's frame pointed at the app, driven through postMessage as an
// author's page drives it, and the embed protocol's core checks (docs/embed.md).
import assert from 'node:assert/strict';

/**
 * The app framed by www/embed-example.html (iframe #sim), driven as an embedding page drives
 * it: `post(msg)` sends it a message; `lastStep()` is the last `step` event it sent back,
 * `rejected()` how many messages it has refused so far and `reasons()` why (the example page
 * keeps its events in window.chainlabEvents); `rejectsAll(messages)` sends each of `messages`
 * and waits until every one has been refused.
 */
export function embedded(page) {
  const post = (msg) => page.evaluate((m) => document.getElementById('sim').contentWindow.postMessage(m, '*'), msg);
  const rejected = () => page.evaluate(() => window.chainlabEvents.filter((e) => e.event === 'rejected').length);
  return {
    post,
    rejected,
    lastStep: () => page.evaluate(() => window.chainlabEvents.filter((e) => e.event === 'step').at(-1)),
    reasons: () => page.evaluate(() => window.chainlabEvents.filter((e) => e.event === 'rejected').map((e) => e.reason)),
    rejectsAll: async (messages) => {
      const before = await rejected();
      for (const m of messages) await post(m);
      await page.waitForFunction((n) => window.chainlabEvents.filter((e) => e.event === 'rejected').length >= n, before + messages.length);
    },
  };
}

/**
 * Points www/embed-example.html's frame (#sim) at the app's `hash`, scrolls it into view and
 * waits for `ready` inside it. Returns embedded(page) with `frame` (a FrameLocator of #sim)
 * and `f` (its Frame).
 */
export async function embedApp(page, hash, ready) {
  await page.evaluate((h) => {
    window.chainlabEvents = [];
    // Eager: a new src on a lazy iframe below the fold could wait for the scroll that
    // triggers lazy loading (seen once: 30 s with no frame). The lazy start under test is
    // the page's own (IntersectionObserver), not the iframe attribute.
    const frame = document.getElementById('sim');
    frame.loading = 'eager';
    frame.src = `../${h}`;
  }, hash);
  await page.locator('#sim').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#sim');
  // A cold iframe compiles the wasm again: allow a slow (or busy) machine its time.
  await frame.locator(ready).waitFor({ state: 'attached', timeout: 30_000 });
  const f = await (await page.locator('#sim').elementHandle()).contentFrame();
  return { frame, f, ...embedded(page) };
}

/**
 * A framed run `f` (a playwright Frame, kept as `f`) as its page shows it: `step()` is `section`'s data-`key`
 * (e.g. section.pos's data-epoch) as a number, `fingerprint()` its data-fingerprint, and
 * `at(n)` waits until it shows step `n`.
 */
export function framedRun(f, section, key) {
  return {
    f,
    step: () => f.evaluate(([s, k]) => Number(document.querySelector(s).dataset[k]), [section, key]),
    fingerprint: () => f.evaluate((s) => document.querySelector(s).dataset.fingerprint, section),
    at: (n, timeout = 15_000) => f.waitForFunction(([s, k, v]) => document.querySelector(s)?.dataset[k] === String(v), [section, key, n], { timeout }),
  };
}

/** Pauses the framed run (framedRun `run`) by message, then seeks it to `step`; waits for each. */
export async function pauseAndSeek(embed, run, step) {
  await embed.post({ chainlab: 1, command: 'pause' });
  await run.f.waitForFunction(() => !document.querySelector('#play').textContent.includes('Pause'));
  await embed.post({ chainlab: 1, command: 'seek', step });
  await run.at(step);
}

/**
 * The embed protocol's core on a framed run (framedRun `run`, driven through `embed`, what
 * embedded() returns) that stands paused at step `at` with fingerprint `fp`: every message of
 * `malformed` is refused and changes nothing, `step` moves it to `next` and `back` returns it
 * to exactly `at` (the same fingerprint). Returns the last step event it sent.
 */
export async function obeysOnlyValid(embed, run, { at, fp, next, malformed }) {
  await embed.rejectsAll(malformed);
  assert.equal(await run.step(), at, 'malformed messages change nothing');
  assert.equal(await run.fingerprint(), fp);
  await embed.post({ chainlab: 1, command: 'step' });
  await run.at(next);
  await embed.post({ chainlab: 1, command: 'back' });
  await run.at(at);
  assert.equal(await run.fingerprint(), fp, 'back is exact');
  return embed.lastStep();
}

/** Asserts that the framed app (what embedApp returns, or { frame, f }) shows itself without the
 * site's chrome: the embed class, no site header, no explanation, and `picture` shown. */
export async function showsNoChrome({ frame, f }, picture) {
  assert.equal(await f.evaluate(() => document.documentElement.classList.contains('embed')), true);
  assert.equal(await frame.locator('header.topbar').isVisible(), false, 'no site header');
  assert.equal(await frame.locator('.explain').first().isVisible(), false, 'no explanation');
  assert.ok(await frame.locator(picture).isVisible());
}
