// Chain Lab's service worker: once the app has loaded, it works without a network.
// Registered by index.html with a relative URL and scope ('sw.js', './'), so it serves
// whatever sub-path the build is hosted under. It only ever touches its own origin.
//
// - install: caches index.html and every file it references (the hashed wasm, JS and CSS
//   trunk emits, the icon), read from the page itself so no list has to be kept here.
// - navigations (index.html): network first, so a new deploy is picked up; the cached
//   copy when offline.
// - files whose names carry trunk's content hash (name-0123456789abcdef.js, _bg.wasm,
//   .css): cache first, since a new build has new names.
// - the wasm modules loaded by name: the app's own (index.html's loader imports the home
//   module, chainlab-web.js, or the page's, page-<name>.js, each with its wasm; one page's
//   module is fetched only when that page first opens), the rollup page's codec
//   (chainlab-codec.js) and the experiment module of the stablecoin ensemble and the consensus experiment (chainlab-worker.js,
//   fetched by its Web Workers); their names do not change between builds: cache first, so a
//   page gets the modules of its own build. Fetched from the network, the module's last line must
//   name this worker's build (scripts/sw-version.sh stamps it): if it names another, the
//   server holds a newer deploy, so the worker answers 503 and updates itself; the new
//   worker takes over and the page reloads into the new build (index.html), instead of
//   running one build's app with another's codec.
// - every other file of this origin (www/ data and playlists, the translation catalogs
//   i18n/<lang>/<area>.ftl and translated playlists www/playlists/<lang>/<name>.json, fetched
//   when a language other than English is chosen): network first, so a new deploy is picked
//   up, and the cached copy when offline. A page at top level that fetches one file of a
//   language gets the rest of that language kept too (LANG_FILES below).
// Whatever is fetched is cached for next time.
//
// A new deploy never mixes files of two builds in one page: hashed files belong to one build
// by name, the codec by its stamp, and when a new build's worker takes over an open page
// (skipWaiting and clients.claim below), the page reloads itself (index.html), so it never
// goes on to load files under a worker of another build.
//
// The cache is named per build and per scope: the build id replaces __CHAINLAB_BUILD__ at
// build time (scripts/sw-version.sh, a Trunk post-build hook, hashes the build's files).
// So each deploy ships a different sw.js, the browser installs it, and on activate it
// deletes this scope's caches from earlier builds (and the old constant 'chainlab-v1'),
// leaving other apps' and other sub-paths' caches on the same origin alone.
const BUILD = '__CHAINLAB_BUILD__';
const SCOPE = new URL(self.registration.scope);
const CACHE = `chainlab-${BUILD} ${SCOPE.pathname}`;
const isOldCache = (key) => key === 'chainlab-v1' || (key.startsWith('chainlab-') && key.endsWith(` ${SCOPE.pathname}`) && key !== CACHE);
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
// The modules loaded by name (index.html's loader: the home module chainlab-web and one
// page-<name> per simulation; the rollup's codec; the ensemble's experiment worker): one name
// in every build, so each carries its build's stamp.
const CODEC = /\/(chainlab-(codec|worker|web)|page-[a-z0-9-]+)(_bg)?\.(js|wasm)$/;

// Keeps a response for offline use, if the browser lets it: a full storage quota (or a
// private window's small one) must not turn a response the page needs into an error.
async function keep(cache, key, res) {
  try {
    await cache.put(key, res);
  } catch (err) {
    // Not kept: the page is served all the same, only not offline next time.
  }
}

function assetsOf(html) {
  const urls = new Set();
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"|'(\.\/[^']+)'/g)) {
    const u = new URL(m[1] || m[2], SCOPE);
    if (u.origin === SCOPE.origin) urls.add(u.href.split('#')[0]);
  }
  return [...urls];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const res = await fetch(SCOPE.href, { cache: 'no-store' });
    if (!res.ok) throw new Error(`index: ${res.status}`);
    const html = await res.clone().text();
    await cache.put(SCOPE.href, res);
    await cache.addAll(assetsOf(html));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (isOldCache(key)) await caches.delete(key);
    await self.clients.claim();
  })());
});

// The app's modules, by name (scripts/sw-version.sh writes the build's list in place of the
// placeholder): a first visit fetches only its own page's module; once that page is
// interactive, index.html's loader asks for the rest here (a 'precache' message), so the whole
// app works offline after one visit. An embedded page asks only for its own: an explainer with
// one simulation downloads one. Each module is fetched once, stamp checked, and kept. With the
// modules, the list names the English playlists and tours (www/playlists/<name>.json), which the
// pages fetch rather than carry; they come with 'all' only.
const MODULES = '__CHAINLAB_MODULES__'.split(' ').filter((f) => /\.(js|wasm)$/.test(f) || /^www\/playlists\/[a-z0-9-]+\.json$/.test(f));

async function precache(which) {
  const cache = await caches.open(CACHE);
  const wanted = (f) => which === 'all' || f.startsWith(`${which}.`) || f.startsWith(`${which}_bg.`) || f.startsWith('snippets/');
  for (const file of MODULES.filter(wanted)) {
    const key = new URL(file, SCOPE).href;
    if (await cache.match(key)) continue;
    try {
      const res = await fetch(key, { cache: 'no-cache' });
      if (!res.ok) continue;
      if (file.endsWith('.js')) {
        const stamp = (await res.clone().text()).match(/\/\/ chainlab-build ([0-9a-f]+)\s*$/);
        // Another deploy's file: not this build's to keep (the page will update the worker).
        if (stamp && stamp[1] !== BUILD) continue;
      }
      await keep(cache, key, res);
    } catch (err) {
      return false; // offline again: the rest waits for the next visit
    }
  }
  return true;
}

// The translation catalogs and translated playlists of every shipped language (issue 19;
// scripts/sw-version.sh writes the build's list): once a page at top level has fetched a file of
// a language (it chose that language), the worker keeps the rest of that language too, so the
// whole app stays in it offline. An embed (a nested frame) keeps only what it fetched.
const LANG_FILES = '__CHAINLAB_LANG_FILES__'.split(' ').filter((f) => /\.json$/.test(f));
const LANG_FILE = /\/i18n\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\/[a-z0-9-]+\.json$/;
const keptLanguages = new Set();

async function precacheLanguage(lang) {
  if (keptLanguages.has(lang)) return;
  keptLanguages.add(lang);
  const cache = await caches.open(CACHE);
  for (const file of LANG_FILES.filter((f) => f.startsWith(`i18n/${lang}/`) || f.startsWith(`www/playlists/${lang}/`))) {
    const key = new URL(file, SCOPE).href;
    if (await cache.match(key)) continue;
    try {
      const res = await fetch(key, { cache: 'no-cache' });
      if (res.ok) await keep(cache, key, res);
    } catch (err) {
      keptLanguages.delete(lang); // offline again: the next visit tries again
      return;
    }
  }
}

async function isTopLevel(clientId) {
  const client = clientId && (await self.clients.get(clientId));
  return !!client && client.frameType === 'top-level';
}

// { precache: 'all' } from a page at top level, { precache: '<module>' } from an embed (its own
// module and the snippets); the page hears 'precached' when everything asked for is kept.
self.addEventListener('message', (event) => {
  const which = event.data && event.data.precache;
  if (typeof which !== 'string' || !(which === 'all' || /^(chainlab-web|page-[a-z0-9-]+)$/.test(which))) return;
  event.waitUntil(precache(which).then((done) => {
    if (done && event.source) event.source.postMessage('precached');
  }));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== SCOPE.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      try {
        const res = await fetch(req);
        if (res.ok && url.pathname === SCOPE.pathname) await keep(cache, SCOPE.href, res.clone());
        return res;
      } catch (err) {
        return (await cache.match(req, { ignoreSearch: true })) || (await cache.match(SCOPE.href)) || Response.error();
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (CODEC.test(url.pathname)) {
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      const res = await fetch(req, { cache: 'no-cache' });
      if (!res.ok) return res;
      if (url.pathname.endsWith('.js')) {
        const stamp = (await res.clone().text()).match(/\/\/ chainlab-build ([0-9a-f]+)\s*$/);
        if (stamp && stamp[1] !== BUILD && BUILD !== '__CHAINLAB_' + 'BUILD__') {
          // Another deploy's codec: never hand it to a page of this build.
          self.registration.update().catch(() => {});
          return new Response(`${url.pathname.split('/').pop()} is of build ${stamp[1]}, this page of build ${BUILD}: reloading into the new build`, { status: 503, headers: { 'Content-Type': 'text/plain' } });
        }
      }
      await keep(cache, new URL(url.pathname, url.origin).href, res.clone());
      return res;
    }
    if (HASHED.test(url.pathname)) {
      const hit = await cache.match(req);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok) await keep(cache, req, res.clone());
      return res;
    }
    try {
      // Revalidated with the server, not taken from the HTTP cache: the codec's JS and its
      // wasm must come from the same build.
      const res = await fetch(req, { cache: 'no-cache' });
      if (res.ok) await keep(cache, req, res.clone());
      const lang = res.ok && url.pathname.match(LANG_FILE);
      if (lang) event.waitUntil(isTopLevel(event.clientId).then((top) => top && precacheLanguage(lang[1])));
      return res;
    } catch (err) {
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
