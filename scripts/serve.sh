#!/usr/bin/env bash
# Development server: installs what is missing (scripts/setup.sh), then runs
# `trunk serve` on http://127.0.0.1:8080/ with a development (debug, unoptimised)
# build that rebuilds and reloads the page when sources change.
# Extra arguments are passed on to trunk, e.g. `bash scripts/serve.sh --release`.
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"

bash scripts/setup.sh

echo "serving Chain Lab on http://127.0.0.1:8080/ (development build; Ctrl-C to stop)"
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
