#!/usr/bin/env bash
# Install whatever is missing to build (and, with --browser, to test) Veilig. Idempotent:
# each step checks first, so a second run only checks. Sourced by serve.sh and test.sh.
#
#   source scripts/setup.sh [--browser]
set -euo pipefail

VEILIG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$VEILIG_ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The CLI must match the wasm-bindgen crate pinned in Cargo.toml exactly.
ensure_wasm_bindgen() {
  local want
  want="$(grep -A1 '^name = "wasm-bindgen"$' "$VEILIG_ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    say "installing wasm-bindgen-cli $want (about five minutes, once)"
    # Not --locked: one locked dependency is missing from the registry copy here.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# npm packages: binaryen (wasm-opt 132) for release builds, Playwright and axe for tests.
ensure_npm_packages() {
  local stamp="$VEILIG_ROOT/node_modules/.veilig-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$VEILIG_ROOT/package-lock.json" "$stamp"; then
    say "installing npm packages"
    (cd "$VEILIG_ROOT" && npm ci --no-audit --no-fund)
    cp "$VEILIG_ROOT/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}

# The cross-engine smoke suite (scripts/smoke.mjs): WebKitGTK's WebDriver and MiniBrowser
# under a virtual screen, Firefox ESR, and geckodriver from crates.io.
GECKODRIVER_VERSION="0.37.1"
ensure_other_engines() {
  if [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/Xvfb ]; then
    say "installing Debian's webkit2gtk-driver, firefox-esr and xvfb"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver firefox-esr xvfb
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_npm_packages
if [ "${1:-}" = "--browser" ]; then
  ensure_chromium
  ensure_other_engines
fi
