# Shared by scripts/serve and scripts/test: installs what talkcard needs, idempotently, from
# crates.io, npm and Debian only. Nothing here downloads a prebuilt binary: Trunk runs offline
# and finds wasm-bindgen and wasm-opt on PATH at the versions pinned in Trunk.toml.
#
# Sourced, not run: it sets PATH and a few variables for the calling script.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned tool versions. Keep in step with Trunk.toml [tools] and Cargo.lock (wasm-bindgen).
TRUNK_VERSION=0.21.14          # 0.22 needs rustc >= 1.96.1
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate in Cargo.lock
GECKODRIVER_VERSION=0.37.1     # Firefox's WebDriver server, for the end-to-end tests
export TRUNK_SKIP_VERSION_CHECK=true
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# Debian packages, installed only when a command is missing.
#   chromium, chromium-driver: the real browser for the browser and end-to-end tests
#   firefox-esr: the end-to-end tests in Firefox (driven by geckodriver, from crates.io)
#   webkit2gtk-driver, xvfb: the end-to-end tests in WebKit, Safari's engine (WebKitWebDriver
#     drives WebKitGTK's MiniBrowser, which needs an X display: xvfb-run gives it one)
#   brotli: measures the brotli size of the built wasm in the size report
#   default-jre-headless: runs the Nu Html Checker (vnu-jar, from npm) on exported pages
ensure_apt() {
  local missing=()
  local pair cmd pkg
  for pair in "$@"; do
    cmd="${pair%%:*}" pkg="${pair##*:}"
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
}

# `cargo install` of a pinned version, skipped when that version is already on PATH.
# Tries --locked first (the crate's own tested lockfile); wasm-bindgen-cli's lockfile no longer
# resolves, so it falls back to a fresh resolution of the same pinned version.
ensure_cargo_tool() {
  local crate="$1" version="$2" bin="$3"
  if "$bin" --version 2>/dev/null | grep -q " $version"; then return; fi
  step "cargo install $crate $version (once per machine; several minutes)"
  cargo install "$crate" --version "$version" --locked \
    || cargo install "$crate" --version "$version"
}

# What building the app needs.
setup_build() {
  step "toolchain: wasm32 target, trunk $TRUNK_VERSION, wasm-bindgen-cli $WASM_BINDGEN_VERSION, npm packages"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk
  ensure_cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
  # npm (package-lock.json): binaryen 132, the only wasm-opt here that reads wasm-bindgen
  # 0.2.130's output, and axe-core for the accessibility checks. Reinstalled when the lockfile
  # is newer than what node_modules holds.
  if [ ! node_modules/.package-lock.json -nt package-lock.json ] \
    || ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
    npm ci --no-audit --no-fund
  fi
  # The sanitiser's JavaScript (DOMPurify and its policy glue), which the wasm build imports.
  bash scripts/bundle-js sanitiser
  # Trunk runs cargo offline: fetch every crate first.
  cargo fetch --locked >/dev/null
}

# What the tests need on top.
setup_test() {
  setup_build
  ensure_apt chromium:chromium chromedriver:chromium-driver brotli:brotli \
    firefox-esr:firefox-esr WebKitWebDriver:webkit2gtk-driver xvfb-run:xvfb java:default-jre-headless
  ensure_cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
}
