#!/usr/bin/env bash
# Palate's one entry point. Idempotent: installs only what is missing.
#
#   ./build.sh          build the extension, ready to load unpacked from this folder
#   ./build.sh test     build, then run every test (native, Wasm in Chromium, end to end)
#   ./build.sh bench    build, then run the benchmarks (native criterion)
#   ./build.sh dist     build, then write dist/palate-<version>.zip for a store upload
set -euo pipefail
cd "$(dirname "$0")"

WASM_TARGET=wasm32-unknown-unknown
PKG=extension/pkg

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_toolchain() {
  command -v cargo >/dev/null || { echo "Rust is required: https://rustup.rs" >&2; exit 1; }
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(bindgen_version)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    # --locked first; a registry mirror that lacks one of its locked dependencies
    # gets a fresh resolution of the same CLI version instead.
    cargo install wasm-bindgen-cli --version "$want" --locked ||
      cargo install wasm-bindgen-cli --version "$want"
  fi
}

build() {
  ensure_toolchain
  say "building the core for $WASM_TARGET (release)"
  cargo build --release --locked -p palate --lib --no-default-features --target "$WASM_TARGET"
  rm -rf "$PKG"
  wasm-bindgen --target web --no-typescript --out-dir "$PKG" \
    "${CARGO_TARGET_DIR:-target}/$WASM_TARGET/release/palate.wasm"
  # The embedding table ships beside the Wasm (the worker fetches it), with its notice.
  cp crate/assets/minilm-l6-static-256.bin "$PKG/embedding-table.bin"
  cp crate/assets/NOTICE "$PKG/EMBEDDING-NOTICE"
  cp crate/assets/LICENSE-Apache-2.0 "$PKG/EMBEDDING-LICENSE-Apache-2.0"
  # The options page shares the popup's styles, which live inline in popup.html.
  sed -n '/^  <style>$/,/^  <\/style>$/{//!p}' extension/popup/popup.html > extension/popup/popup.css
  say "built: $(du -h "$PKG/palate_bg.wasm" | cut -f1) of Wasm in $PKG"
}

ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
  command -v node >/dev/null || { echo "Node.js 20+ is required for the end-to-end tests" >&2; exit 1; }
  say "installing the test packages (npm ci)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
}

run_tests() {
  ensure_browser
  local failed=()
  say "native tests (cargo test)"
  cargo test --locked --workspace || failed+=("cargo test")
  say "Wasm + IndexedDB tests in headless Chromium (wasm-bindgen-test)"
  (cd crate && CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --locked --target "$WASM_TARGET" --no-default-features --test idb --test prompt_api) ||
    failed+=("wasm-bindgen-test")
  say "end-to-end tests in headless Chromium (node --test)"
  (cd tests && node --test --test-concurrency=1 e2e/) || failed+=("end-to-end")
  if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
  fi
  say "all tests passed"
}

dist() {
  local version out
  version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' manifest.json | head -1)
  out="dist/palate-$version.zip"
  mkdir -p dist
  python3 - "$out" <<'PY'
import os, sys, zipfile
out = sys.argv[1]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.write("manifest.json")
    for root, dirs, files in os.walk("extension"):
        dirs.sort()
        for f in sorted(files):
            z.write(os.path.join(root, f))
PY
  say "wrote $out ($(du -h "$out" | cut -f1))"
}

case "${1:-build}" in
  build)
    build
    cat <<MSG

Palate is built. To load it:
  1. Open chrome://extensions (Edge: edge://extensions, Brave: brave://extensions).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose this folder: $(pwd)
MSG
    ;;
  test) build && run_tests ;;
  # --no-default-features: without the CLI binary, which would build a second copy of
  # the lib (normal vs dev-dependency features) into the same file as the benches.
  bench) build && cargo bench --locked -p palate --no-default-features ;;
  dist) build && dist ;;
  *) echo "usage: ./build.sh [build|test|bench|dist]" >&2; exit 2 ;;
esac
