# Sourced by the scripts in this folder: strict mode, the repository's root as the working
# directory ($ROOT), and the project's own tools (node_modules/.bin, cargo's bin) first on PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
