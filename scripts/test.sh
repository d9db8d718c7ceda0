#!/usr/bin/env bash
# Run every test Veilig has (installs what is missing): formatting, lints for both targets
# (and for the family's app, built without the professional's screens),
# native domain tests, storage tests in headless Chromium, a release build with its size
# budget, the end-to-end suite against that build, and the main journeys in WebKit and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native: the app and the QR module)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo clippy (wasm32: the professional's app, the complete one)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "cargo clippy (wasm32: the family's app, without the professional's screens)"
cargo clippy --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "cargo clippy (wasm32: the QR module)"
cargo clippy -p veilig-qr --target wasm32-unknown-unknown -- -D warnings

step "native tests (the app and the QR module)"
cargo test --workspace

step "storage and component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test storage --test keys --test ui

step "release build"
trunk build --release --offline

step "size budget"
node scripts/check-size.mjs dist

step "end-to-end tests (Playwright, Chromium)"
rm -rf target/e2e-dist
cp -r dist target/e2e-dist
npx playwright test

step "cross-engine smoke journeys (WebKit and Firefox, through WebDriver)"
node scripts/smoke.mjs
