#!/usr/bin/env bash
# Idempotent installer for everything Chain Lab needs to build, serve and test.
#
#   bash scripts/setup.sh           # build toolchain: wasm target, trunk, wasm-bindgen, npm tools
#   bash scripts/setup.sh --test    # ... plus Chromium for the browser tests
#
# Every step checks first and skips when the right version is already there, so a
# second run takes seconds. A first run on a fresh machine compiles trunk and
# wasm-bindgen-cli from crates.io (~25 minutes on 2 cores).
#
# Network use: crates.io (cargo), the npm registry (npm ci), Debian apt (--test only).
# Nothing else is downloaded: trunk is always run with --offline by the other scripts,
# so it never fetches its own wasm-bindgen / wasm-opt binaries.
set -euo pipefail

TRUNK_VERSION=0.21.14

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg (expected --test)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"

ok()   { echo "ok: $*"; }
step() { echo "installing $* ..."; }
die()  { echo "setup.sh: error: $*" >&2; exit 1; }

# Prints the version a tool reports (second word of `tool --version`), or nothing.
tool_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | awk 'NR==1{print $2}' || true; }

command -v cargo  >/dev/null 2>&1 || die "cargo not found; install Rust with rustup (https://rustup.rs) first"
command -v rustup >/dev/null 2>&1 || die "rustup not found; the wasm32 target is installed through rustup"
command -v node   >/dev/null 2>&1 || die "node not found; install Node.js 20 or newer"
command -v npm    >/dev/null 2>&1 || die "npm not found; install Node.js 20 or newer (it ships npm)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "node $(node --version) is too old; need 20 or newer"

# 0. The Rust toolchain pinned in rust-toolchain.toml, with rustfmt and clippy (scripts/test.sh
#    checks formatting and lints). rustup picks that file up for every cargo call in this tree.
TOOLCHAIN="$(awk -F'"' '$1 ~ /^channel *= */ { print $2; exit }' rust-toolchain.toml)"
[ -n "$TOOLCHAIN" ] || die "no channel in rust-toolchain.toml"
if rustup toolchain list | grep -q "^$TOOLCHAIN-" \
   && rustup +"$TOOLCHAIN" component list --installed | grep -q '^rustfmt' \
   && rustup +"$TOOLCHAIN" component list --installed | grep -q '^clippy'; then
  ok "rust toolchain $TOOLCHAIN with rustfmt and clippy already installed"
else
  step "rust toolchain $TOOLCHAIN with rustfmt, clippy and wasm32 (rustup toolchain install)"
  rustup toolchain install "$TOOLCHAIN" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
fi

# 1. The WebAssembly compile target (of the pinned toolchain: this runs in the repository).
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  ok "rust target wasm32-unknown-unknown already installed"
else
  step "rust target wasm32-unknown-unknown (rustup target add)"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, the wasm bundler. 0.22.x needs a newer rustc than 1.95, so pin 0.21.14.
if [ "$(tool_version trunk)" = "$TRUNK_VERSION" ]; then
  ok "trunk $TRUNK_VERSION already installed"
else
  step "trunk $TRUNK_VERSION (cargo install, ~13 min; found: $(tool_version trunk || true))"
  cargo install --locked trunk --version "$TRUNK_VERSION"
  [ "$(tool_version trunk)" = "$TRUNK_VERSION" ] \
    || die "after install, 'trunk' on PATH ($(command -v trunk)) reports $(tool_version trunk), not $TRUNK_VERSION"
fi

# 3. Crate sources, for the host and for wasm32. Trunk runs `cargo build --offline`
#    when given --offline, so every wasm-only dependency must already be in the cache.
if [ ! -f Cargo.lock ]; then
  step "Cargo.lock (cargo generate-lockfile)"
  cargo generate-lockfile
fi
if cargo fetch --offline --locked -q >/dev/null 2>&1; then
  ok "crate sources already fetched"
else
  step "crate sources (cargo fetch)"
  cargo fetch
fi

# 4. wasm-bindgen CLI, exactly the version of the wasm-bindgen crate in Cargo.lock
#    (trunk refuses a different one in --offline mode). No --locked here: the CLI's own
#    lockfile pins a webpki-roots version the registry no longer serves.
WB_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; if ($1 == "version") { gsub(/"/, "", $3); print $3; exit } }' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "no wasm-bindgen package in Cargo.lock (is wasm-bindgen a dependency in Cargo.toml?)"
if [ "$(tool_version wasm-bindgen)" = "$WB_VERSION" ]; then
  ok "wasm-bindgen-cli $WB_VERSION already installed (matches Cargo.lock)"
else
  step "wasm-bindgen-cli $WB_VERSION to match Cargo.lock (cargo install, ~7 min; found: $(tool_version wasm-bindgen || true))"
  cargo install --force wasm-bindgen-cli --version "$WB_VERSION"
  [ "$(tool_version wasm-bindgen)" = "$WB_VERSION" ] \
    || die "after install, 'wasm-bindgen' on PATH ($(command -v wasm-bindgen)) reports $(tool_version wasm-bindgen), not $WB_VERSION"
fi

# 5. npm tools from package.json / package-lock.json: binaryen (wasm-opt 132; Debian's
#    binaryen is too old for current rustc output) and playwright-core (browser tests).
if [ -L node_modules ]; then
  # A link to another checkout's packages (a git worktree sharing them): never run npm ci
  # through it, which would empty the other checkout's node_modules before reinstalling here.
  [ -f node_modules/.package-lock.json ] || die "node_modules links to $(readlink node_modules), which has no installed packages"
  ok "npm packages from the linked $(readlink node_modules) (not reinstalled through the link)"
elif [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund
else
  ok "npm packages already installed (node_modules is up to date with package-lock.json)"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null | awk 'NR==1{print $3}' || true)"
[ "$wasm_opt_version" = "132" ] \
  || die "wasm-opt on PATH ($(command -v wasm-opt || echo none)) reports version '${wasm_opt_version}', expected 132 from node_modules/.bin"
ok "wasm-opt 132 available from node_modules/.bin"

# 6. (--test only) Chromium for the headless browser tests, from Debian.
if [ "$want_test" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    ok "chromium already installed ($(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo /usr/bin/chromium))"
  else
    step "chromium and chromium-driver (apt-get)"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install chromium"
      SUDO="sudo"
    fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
    [ -x /usr/bin/chromium ] || die "apt-get finished but /usr/bin/chromium is missing"
  fi
fi

echo "setup complete"
