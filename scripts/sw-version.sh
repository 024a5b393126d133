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
sed "s/__CHAINLAB_BUILD__/$build/g" sw.js > sw.js.tmp && mv sw.js.tmp sw.js
# The rollup page's codec module and the ensemble's worker module keep one name across builds
# (they are loaded later, by name):
# its last line names its build, so that a worker can tell a file of another deploy apart
# (www/sw.js refuses it, and updates itself, rather than mix two builds in one page).
for module in chainlab-codec.js chainlab-worker.js; do
  if [ -f "$module" ]; then
    printf '\n// chainlab-build %s\n' "$build" >> "$module"
  fi
done
echo "sw-version.sh: service worker cache chainlab-$build"
