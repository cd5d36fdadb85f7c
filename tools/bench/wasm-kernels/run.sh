#!/bin/sh
# Build the kernels for wasm32 with and without simd128, then check and time both in Node.
set -e
cd "$(dirname "$0")"
T=${CARGO_TARGET_DIR:-target}/wasm-kernels
for mode in simd128 scalar; do
  flags="-C target-feature=+simd128"
  [ "$mode" = scalar ] && flags="-C target-feature=-simd128"
  RUSTFLAGS="$flags" cargo build --quiet --release --target wasm32-unknown-unknown --target-dir "$T-$mode"
  echo "== $mode"
  node run.mjs "$T-$mode/wasm32-unknown-unknown/release/palate_wasm_kernels.wasm"
done
