#!/usr/bin/env bash
# The whole test suite (what .ci/run and the README's test command run):
#   1. scripts/setup.sh --test  (toolchain, npm packages, Chromium; skips what is there)
#   2. hygiene: cargo fmt --all --check; clippy -D warnings natively (every target) and for
#      wasm32 (the browser app's modules and the codec module, which only build there)
#   3. cargo test --all-targets (native: lib, bins, tests/*.rs, examples, benches)
#   4. trunk build --release --offline --public-url ./ --features bench-exports  -> dist/
#      (the release build plus the test panic and benchmark exports the browser tests call)
#   5. node --test tests/browser/  (headless Chromium against dist/ served at a sub-path)
# Exits non-zero as soon as any step fails.
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"

echo "== setup"
bash scripts/setup.sh --test

echo "== formatting (cargo fmt --all --check)"
cargo fmt --all --check

echo "== lints, native (cargo clippy --all-targets -- -D warnings)"
cargo clippy --all-targets -- -D warnings

echo "== lints, wasm32 (the browser app and its codec module)"
# The app's modules: the home module and one per page (src/bin/page-<name>.rs), and the worker.
web_bins=(--bin chainlab-web)
for f in src/bin/page-*.rs; do web_bins+=(--bin "$(basename "$f" .rs)"); done
cargo clippy --target wasm32-unknown-unknown "${web_bins[@]}" --bin chainlab-worker -- -D warnings
cargo clippy --target wasm32-unknown-unknown "${web_bins[@]}" --features bench-exports -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p chainlab-codec -- -D warnings

echo "== native tests (cargo test --all-targets)"
cargo test --all-targets

echo "== release build into dist/ (trunk build --release --offline --public-url ./ --features bench-exports)"
trunk build --release --offline --public-url ./ --features bench-exports

echo "== browser tests (node --test tests/browser/)"
node --test tests/browser/

echo "== all tests passed"
