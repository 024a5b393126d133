#!/usr/bin/env bash
# Benchmarks (speed and size goals are judged from these reported numbers, never from timed tests):
#   1. scripts/setup.sh --test        (toolchain, npm packages, Chromium; skips what is there)
#   2. cargo bench                    (native, every benches/*.rs: consensus round and run
#                                      (writes target/bench-native.json), swap checker,
#                                      rollup hour, stablecoin 30 days, validators 10k x 10k)
#   3. scripts/build.sh --features bench-exports
#                                     (release dist/ with wasm-opt plus the benchmark exports,
#                                      prints gzipped sizes; production builds leave them out,
#                                      so the sizes here are a few KB above production's)
#   4. node benches/browser.mjs       (headless Chromium against dist/: a round in wasm beside
#                                      the native time, frame rate while animating, first-visit
#                                      download size; writes target/bench-report.json)
#   5. a production build into target/dist-prod and BENCH_ONLY=visits: each page's first-visit
#                                     bytes (gzip, Brotli) and time until it can step, 1x and 4x
# Numbers depend on the machine and on its load: run it on an otherwise idle machine.
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"

echo "== setup"
bash scripts/setup.sh --test

echo "== native benchmarks (cargo bench: consensus, swap, rollup, stablecoin, validators)"
cargo bench

echo "== release build into dist/ with the benchmark exports (scripts/build.sh --features bench-exports)"
bash scripts/build.sh --features bench-exports

echo "== browser benchmark (node benches/browser.mjs)"
node benches/browser.mjs

echo "== first visits on a production build (target/dist-prod, no benchmark exports; BENCH_ONLY=visits)"
trunk build --release --offline --public-url ./ --dist target/dist-prod
CHAINLAB_DIST_DIR=target/dist-prod BENCH_ONLY=visits node benches/browser.mjs
