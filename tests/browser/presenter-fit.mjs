// Shared by tests/browser/presenter.test.mjs and scripts/presenter-fit.mjs: every shipped
// playlist cue, and where its page's main picture, caption and Back/Next land.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each page's main picture: the one thing a projected cue must show whole (the stablecoin's
 * is its five charts, all of them). */
export const MAIN_PICTURE = {
  consensus: '#nodes',
  rollup: '#pipeline',
  swap: '#timeline',
  stablecoin: '.stablecoin canvas.chart',
  validators: '#stage',
};

/** Every cue of every shipped playlist (not the tours, which are not presenter mode). */
export function presenterCues() {
  const dir = path.join(ROOT, 'www', 'playlists');
  const cues = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.json') || f.startsWith('tour-')) continue;
    const list = f.slice(0, -5);
    const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    json.cues.forEach((c, index) => {
      cues.push({ list, index, sim: c.sim, at: c.at, hash: `#/${c.sim}?present=1&playlist=${list}&cue=${index}` });
    });
  }
  return cues;
}

/** Waits for the cue to land, then measures (viewport coordinates, page not scrolled). */
export async function measurePresenter(page, cue) {
  await page.waitForFunction(
    (at) => document.querySelector('#caption') && document.querySelector('#scrubber')?.value === String(at),
    cue.at,
    { timeout: 60_000 },
  ).catch(() => {});
  await page.waitForTimeout(150);
  return page.evaluate((sel) => {
    // The box around every element the selector matches.
    const rect = (q) => {
      const all = [...document.querySelectorAll(q)].map((e) => e.getBoundingClientRect());
      if (!all.length) return null;
      const top = Math.min(...all.map((r) => r.top));
      const bottom = Math.max(...all.map((r) => r.bottom));
      const left = Math.min(...all.map((r) => r.left));
      const right = Math.max(...all.map((r) => r.right));
      return { top, bottom, left, right, height: bottom - top, width: right - left };
    };
    const m = {
      picture: rect(sel),
      caption: rect('#caption'),
      next: rect('#cue-next'),
      prev: rect('#cue-prev'),
      play: rect('#play'),
      scrollY: window.scrollY,
      vw: window.innerWidth,
      vh: window.innerHeight,
    };
    const inside = (r) => r && r.top >= 0 && r.bottom <= m.vh + 0.5 && r.left >= 0 && r.right <= m.vw + 0.5 && r.height > 0;
    m.fits = [m.picture, m.caption, m.next, m.prev].every(inside);
    return m;
  }, MAIN_PICTURE[cue.sim]);
}
