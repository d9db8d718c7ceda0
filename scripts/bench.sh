#!/usr/bin/env bash
# The benchmark (not one of the two set-up commands): builds the release app and the storage
# benchmark page, then drives headless Chromium and prints one table of figures, each
# budget marked OK or OVER; then the loop of codes (issue 14) through the fake camera, two
# phones as two browsers. About eight minutes on a 2-core machine.
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

say "the loop of codes through the fake camera (issue 14)"
rm -rf target/e2e-dist && cp -r dist target/e2e-dist
BENCH_RUNS="${1:-5}" npx playwright test -c playwright.bench.config.js --reporter=line
