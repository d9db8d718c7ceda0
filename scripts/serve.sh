#!/usr/bin/env bash
# Build the release app and serve it at http://127.0.0.1:8080 (installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
trunk build --release --offline
echo "Veilig: http://127.0.0.1:8080 (Ctrl+C stops)"
exec node scripts/serve.mjs dist 127.0.0.1 "${PORT:-8080}"
