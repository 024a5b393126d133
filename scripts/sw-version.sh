#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): stamps the service worker with this build's id, so
# each deploy's www/sw.js differs byte for byte (the browser installs the new worker) and
# caches under a new name (the new worker deletes the old caches when it activates).
# The id: the first 16 hex digits of the SHA-256 over every staged file's path and
# contents, sw.js aside, so it changes exactly when something the worker caches changes.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)}"
cd "$dir"
[ -f sw.js ] || { echo "sw-version.sh: no sw.js in $dir" >&2; exit 1; }
build="$(find . -type f ! -path ./sw.js -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
grep -q '__CHAINLAB_BUILD__' sw.js || { echo "sw-version.sh: sw.js has no __CHAINLAB_BUILD__ to replace" >&2; exit 1; }
# The app's modules loaded by name, for the worker's background precache (www/sw.js,
# MODULES): the home module and each page's, with their wasm. The codec and the experiment
# worker are not among them: they come with the pages that use them.
# With them, the JavaScript snippets wasm-bindgen writes beside them (snippets/<crate>/*.js,
# imported by the modules), and the shipped playlists and tours in English
# (www/playlists/<name>.json: the pages fetch the one they walk, so that a tour also
# opens offline after one visit).
modules="$(shopt -s nullglob; echo chainlab-web.js chainlab-web_bg.wasm page-*.js page-*_bg.wasm www/playlists/*.json) $(find snippets -name '*.js' 2>/dev/null | LC_ALL=C sort | tr '\n' ' ')"
# Every language's catalogs and translated playlists (i18n/<lang>/*.json,
# www/playlists/<lang>/*.json): the worker keeps a language whole once a page has chosen it.
lang_files="$(find i18n www/playlists -mindepth 2 -name '*.json' 2>/dev/null | sed 's|^\./||' | LC_ALL=C sort | tr '\n' ' ')"
grep -q '__CHAINLAB_LANG_FILES__' sw.js || { echo "sw-version.sh: sw.js has no __CHAINLAB_LANG_FILES__ to replace" >&2; exit 1; }
grep -q '__CHAINLAB_MODULES__' sw.js || { echo "sw-version.sh: sw.js has no __CHAINLAB_MODULES__ to replace" >&2; exit 1; }
sed -e "s/__CHAINLAB_BUILD__/$build/g" -e "s|__CHAINLAB_MODULES__|$modules|" -e "s|__CHAINLAB_LANG_FILES__|$lang_files|" sw.js > sw.js.tmp && mv sw.js.tmp sw.js
# The modules loaded by name keep one name across builds: the app's own (chainlab-web.js, the
# home module, and page-<name>.js, one per simulation, imported by index.html's loader), the
# rollup page's codec and the ensemble's worker module. Each one's last line names its build,
# so that a worker can tell a file of another deploy apart (www/sw.js refuses it, and updates
# itself, rather than mix two builds in one page).
for module in chainlab-web.js page-*.js chainlab-codec.js chainlab-worker.js; do
  if [ -f "$module" ]; then
    printf '\n// chainlab-build %s\n' "$build" >> "$module"
  fi
done
echo "sw-version.sh: service worker cache chainlab-$build"
