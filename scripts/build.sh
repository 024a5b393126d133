#!/usr/bin/env bash
# Release build into dist/: a static folder that works from any sub-path
# (all asset URLs are relative, --public-url ./), e.g. https://host/some/dir/.
# Installs what is missing first (scripts/setup.sh), then prints gzipped sizes.
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"

bash scripts/setup.sh

# Extra arguments go to trunk: `bash scripts/build.sh --features bench-exports` adds the
# benchmark and test exports (scripts/bench.sh); without them this is the production build.
echo "building dist/ (trunk build --release --offline --public-url ./ $*)"
trunk build --release --offline --public-url ./ "$@"

echo
echo "gzip -9 sizes of dist/:"
total=0
while IFS= read -r -d '' f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%10d B gzipped  (%10d B raw)  %s\n' "$gz" "$raw" "${f#dist/}"
done < <(find dist -type f -print0 | sort -z)
printf '%10d B gzipped total\n' "$total"
