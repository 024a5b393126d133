// The one text-size rule (src/charts.rs text_px, issue 16), checked where it matters: every
// piece of text every canvas draws, recorded as drawn (fillText's font size times the
// context's scale, in CSS pixels). At least 12 px in normal mode, 18 px in presenter mode,
// on a 1x laptop, a 1024x768 projector and a 2x phone; and never squeezed (no uneven
// scale, no maxWidth narrower than the text).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { getBrowser, baseUrl, closeAll, waitForApp } from './harness.mjs';

after(closeAll);

function record() {
  const wrap = (name) => {
    const orig = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (text, x, y, maxWidth) {
      const m = /(\d+(?:\.\d+)?)px/.exec(this.font);
      const t = this.getTransform();
      const dpr = window.devicePixelRatio || 1;
      const sx = Math.hypot(t.a, t.b);
      const sy = Math.hypot(t.c, t.d);
      const px = m ? (Number(m[1]) * sy) / dpr : 0;
      let squeezed = Math.abs(sx - sy) > 1e-6;
      if (maxWidth !== undefined && this.measureText(String(text)).width > maxWidth + 0.5) squeezed = true;
      const id = this.canvas.id || this.canvas.className || 'canvas';
      if (String(text).trim()) (window.__canvasText ||= []).push({ id, px, squeezed, text: String(text).slice(0, 30) });
      return orig.apply(this, arguments);
    };
  };
  wrap('fillText');
  wrap('strokeText');
}

// Each page's link (in presenter mode, with its own playlist).
const PAGES = {
  consensus: 'n=400&seed=3&at=20',
  rollup: 'tps=2&traffic=3600&delay=600&fault=wrong&fbatch=1&seed=1&at=130',
  swap: 'scenario=participant-offline&seed=1&at=14850',
  stablecoin: 'scenario=terra-may-2022&seed=1&at=10080',
  validators: 'price=collapse&seed=1&at=1500',
};

const MODES = [
  ['laptop', { width: 1366, height: 768 }, 1, false, 12],
  ['projector (presenter)', { width: 1024, height: 768 }, 1, true, 18],
  ['phone', { width: 375, height: 667 }, 2, false, 12],
];

for (const [mode, viewport, deviceScaleFactor, present, min] of MODES) {
  test(`canvas text on every page, ${mode}: at least ${min} px and never squeezed`, async () => {
    const browser = await getBrowser();
    const ctx = await browser.newContext({ viewport, deviceScaleFactor });
    await ctx.addInitScript(record);
    const problems = [];
    try {
      for (const [name, query] of Object.entries(PAGES)) {
        const page = await ctx.newPage();
        await page.goto(`${baseUrl}#/${name}?${present ? `present=1&playlist=${name}&` : ''}${query}`);
        await waitForApp(page);
        await page.waitForTimeout(700);
        const drawn = await page.evaluate(() => window.__canvasText || []);
        assert.ok(drawn.length > 5, `${name}: the canvases drew text (${drawn.length} pieces)`);
        const byCanvas = {};
        for (const d of drawn) {
          const c = (byCanvas[d.id] ||= { min: Infinity, text: '', squeezed: [] });
          if (d.px < c.min) Object.assign(c, { min: d.px, text: d.text });
          if (d.squeezed) c.squeezed.push(d.text);
        }
        for (const [id, c] of Object.entries(byCanvas)) {
          if (c.min < min - 0.01) problems.push(`${name} #${id}: "${c.text}" at ${c.min.toFixed(1)} px`);
          if (c.squeezed.length) problems.push(`${name} #${id}: squeezed ${JSON.stringify(c.squeezed.slice(0, 3))}`);
        }
        await page.close();
      }
    } finally {
      await ctx.close();
    }
    assert.deepEqual(problems, []);
  });
}
