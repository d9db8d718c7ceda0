#!/usr/bin/env bash
# The benchmark (not one of the two set-up commands): builds the release app and the storage
# benchmark page, then drives headless Chromium and prints one table of figures, each
# budget marked OK or OVER. About five minutes on a 2-core machine.
#
#   ./scripts/bench.sh [runs]     (default 5 runs per timing)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser

# Lighthouse 12 (13 needs Node 22); kept out of package.json so the test command stays lean.
LIGHTHOUSE_VERSION="12.8.2"
if ! node_modules/.bin/lighthouse --version 2>/dev/null | grep -qx "$LIGHTHOUSE_VERSION"; then
  say "installing lighthouse $LIGHTHOUSE_VERSION for the benchmark"
  npm install --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

say "release build of the app"
trunk build --release --offline >/dev/null

say "release build of the storage benchmark page"
cargo build --release --target wasm32-unknown-unknown --example storage_bench
rm -rf target/bench-dist
wasm-bindgen --target web --no-typescript --out-dir target/bench-dist \
  target/wasm32-unknown-unknown/release/examples/storage_bench.wasm
cp scripts/bench/index.html target/bench-dist/

node scripts/bench.mjs "${1:-5}"
