#!/usr/bin/env bash
# Configures and builds Nianbao into build/ (or $NIANBAO_BUILD_DIR). Extra arguments go to cmake.
# NIANBAO_BUILD_TARGETS="nianbao nianbao-cli" builds only those targets (the quick start does).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NIANBAO_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${NIANBAO_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
targets=()
for t in ${NIANBAO_BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
