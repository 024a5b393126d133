// 1,000 seeded random links across every page (issue 18), opened one after another in one
// tab by changing the location's fragment (as following a link within the app does): each
// must draw a page (something in <main>, no error panel), raise no page error or console
// error, and show no notice taller than the viewport. A fifth of them are opened at phone
// size (375 x 667). The links are structure-aware: each page's own keys with hostile values
// (boundaries, NaN, huge numbers, unicode, broken percent-encoding, markup, long strings,
// repeated keys), now and then the shell's keys (presenter mode, a playlist, a tour, a cue).
// Set CHAINLAB_RANDOM_URLS to run more or fewer, CHAINLAB_RANDOM_SEED for another seed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, closeAll, waitForApp, baseUrl } from './harness.mjs';

after(closeAll);

const COUNT = Number(process.env.CHAINLAB_RANDOM_URLS || 1000);
let seed = Number(process.env.CHAINLAB_RANDOM_SEED || 18);
function rnd() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rnd() * n);
const pick = (xs) => xs[int(xs.length)];

const KEYS = {
  consensus: ['seed', 'proto', 'n', 'k', 'ap', 'ac', 'beta', 'm', 'colours', 'split', 'byz', 'adv', 'drop', 'max', 'view', 'runs', 'speed', 'sv', 'sn', 'ss', 'bad', 'at'],
  rollup: ['seed', 'tps', 'traffic', 'delay', 'data', 'q', 'gas', 'blobgas', 'fork', 'demand', 'window', 'arity', 'attackers', 'fault', 'fbatch', 'mint', 'val', 'speed', 'squeeze', 'at'],
  swap: ['seed', 'scenario', 'abt', 'bbt', 'ajit', 'amem', 'bmem', 'tai', 'tpa', 'slen', 'bcheck', 'ilock', 'iredeem', 'irefund', 'idelay', 'ioff', 'iredeemat', 'plock', 'predeem', 'prefund', 'pdelay', 'poff', 'predeemat', 'cchain', 'cong', 'speed', 'at'],
  stablecoin: ['seed', 'scenario', 'speed', 'at', 'base', 'recovery', 'spread', 'sdr', 'raise', 'rbase', 'rrecovery', 'halt1', 'halt1min', 'halt', 'shock', 'shockusd', 'shockh', 'btc', 'btcusd', 'trigger', 'defrate', 'yield', 'refyield', 'elasticity', 'adjust', 'noise', 'tolerance', 'gain', 'backing', 'decay', 'exit', 'exitpow', 'panicmax', 'cadjust', 'arbcap', 'arbdepth', 'arbblock', 'days', 'step', 'supply', 'csupply', 'cprice', 'depth', 'cdepth', 'cash', 'ccash', 'dip', 'dipspend', 'dipbelow'],
  validators: ['seed', 'n', 'ops', 'dist', 'alpha', 'big', 'bigshare', 'fork', 'off', 'lone', 'epochs', 'price', 'depth', 'p0', 'cost', 'patience', 'whatif', 'outage', 'oshare', 'ofrom', 'speed', 'at'],
};
const PAGES = Object.keys(KEYS);
const NAMES = ['slush', 'snowflake', 'snowball', 'minority', 'balance', 'contrarian', 'network', 'compare', 'experiment', 'subnets', 'auto', 'calldata', 'blobs', 'cancun', 'prague', 'bpo1', 'bpo2', 'none', 'wrong', '1b', '1m', '10m', '1h', '1d', 'max', '0.25', '16', 'happy-path', 'participant-never-locks', 'initiator-never-redeems', 'misordered-timelocks', 'participant-offline', 'wrong-secret-length', 'congestion', 'calm', 'terra-may-2022', 'larger-reserve', 'lower-mint-cap', 'no-yield', 'equal', 'powerlaw', 'delegation', 'real', 'phase0', 'altair', 'bellatrix', 'electra', 'stable', 'decline', 'collapse', 'stablecoin:terra-may-2022', 'offline', 'partition', 'A', 'B', 'SNOWBALL'];
const NUMBERS = ['0', '-1', '1', '2', '3', '4', '12', '64', '100', '120', '121', '1000', '5000', '10000', '20000', '20001', '21600', '100000', '100001', '4294967295', '4294967296', '18446744073709551615', '18446744073709551616', '0.5', '0.9', '0.99', '1e308', '1e309', '-1e309', 'NaN', 'inf', '-0', '1e-320', '0x10', ' 7 ', '+1', '.5', '1.', '１'];
const JUNK = ['é', '🦀', '\u202e', '\u200b', '\ufeff', '\u0000', '漢字', '<b>x</b>', '<img src=x onerror=alert(1)>', '"', "'", '\\', '%', '%zz', '%FF', '%C3%28', '%00', '%26', '%3D', '%23', '+', '&', '=', '#', '?', ';'];

function value() {
  switch (int(14)) {
    case 0: case 1: case 2: case 3: return pick(NUMBERS);
    case 4: return String(int(200));
    case 5: return String(Math.floor(rnd() * 2 ** 40));
    case 6: case 7: return pick(NAMES);
    case 8: return Array.from({ length: int(8) }, () => String(int(130))).join(','); // bad
    case 9: return Array.from({ length: int(6) }, () => `${pick(['r', 'm', 's', 'x'])}@${int(7000)}`).join(','); // whatif
    case 10: return Array.from({ length: int(5) }, () => pick(['on', 'off', `late:${int(50000)}`, 'late:x'])).join(','); // val
    case 11: return `${int(1_300_000)}-${int(1_300_000)}`; // windows
    case 12: return Array.from({ length: 1 + int(6) }, () => pick(JUNK)).join('');
    default: return pick(['9', 'a', '🦀', '%']).repeat(50 + int(1500));
  }
}
const enc = (s) => (rnd() < 0.6 ? encodeURIComponent(s) : s);

function randomHash() {
  const page = pick(PAGES);
  const keys = KEYS[page];
  const pairs = [];
  const n = rnd() < 0.05 ? 20 + int(60) : int(10);
  for (let i = 0; i < n; i++) {
    const key = rnd() < 0.85 ? pick(keys) : rnd() < 0.5 ? pick(KEYS[pick(PAGES)]) : pick(JUNK);
    pairs.push(rnd() < 0.05 ? enc(key) : `${enc(key)}=${enc(value())}`);
  }
  if (rnd() < 0.08) {
    pairs.push(pick([`present=1&playlist=${page}`, `tour=tour-${page}`, `cue=${pick(NUMBERS)}`, 'playlist=lecture', `playlist=${enc(value())}`, 'embed=1']));
  }
  const path = rnd() < 0.03 ? `/${pick(JUNK)}` : `/${page}`;
  return `#${path}${pairs.length ? '?' + pairs.join('&') : ''}`;
}

test(`${COUNT} seeded random links: a page drawn every time, no error, notices within the viewport`, async () => {
  const { page, consoleErrors, foreignRequests, close } = await openPage('#/');
  const failures = [];
  let slowest = { ms: 0, hash: '' };
  try {
    await waitForApp(page);
    for (let i = 0; i < COUNT; i++) {
      const hash = randomHash();
      const phone = i % 5 === 4;
      const viewport = phone ? { width: 375, height: 667 } : { width: 1280, height: 800 };
      await page.setViewportSize(viewport);
      const errorsBefore = consoleErrors.length;
      const t0 = Date.now();
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      let drawn = true;
      try {
        await waitForApp(page, 20_000);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      } catch {
        drawn = false;
      }
      const ms = Date.now() - t0;
      if (ms > slowest.ms) slowest = { ms, hash };
      const s = await page.evaluate(() => {
        const main = document.querySelector('main');
        const notice = document.querySelector('#url-notice');
        return {
          text: main ? main.innerText.trim().length : 0,
          panel: !!document.querySelector('#error-panel'),
          notice: notice ? notice.getBoundingClientRect().height : 0,
          vh: innerHeight,
        };
      });
      const problems = [];
      if (!drawn || s.text === 0) problems.push('blank page');
      if (s.panel) problems.push('error panel');
      if (consoleErrors.length > errorsBefore) problems.push(...consoleErrors.slice(errorsBefore));
      if (s.notice > s.vh) problems.push(`notice ${Math.round(s.notice)} px tall in a ${s.vh} px viewport`);
      if (problems.length) {
        failures.push(`#${i} ${phone ? '(phone) ' : ''}${hash.slice(0, 300)}: ${problems.join('; ').slice(0, 500)}`);
        if (s.panel || !drawn) {
          // Start the next link from a fresh load.
          await page.goto(new URL('#/', baseUrl).href);
          await waitForApp(page);
        }
      }
    }
    console.log(`slowest link: ${slowest.ms} ms: ${slowest.hash.slice(0, 200)}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(foreignRequests, []);
  } finally {
    await close();
  }
});
