#!/usr/bin/env bash
# The whole test suite: install, build with warnings as errors, check formatting, run every test; then the
# same suite again in a second build with AddressSanitizer + UndefinedBehaviorSanitizer (docs/testing.md).
# The two builds run one after the other. NIANBAO_CI_SANITIZE=0 skips the sanitizer pass (quick local runs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NIANBAO_BUILD_DIR:-$root/build-ci}"
export NIANBAO_BUILD_DIR="$build"
bash "$root/.ci/deps.sh" --test
bash "$root/.ci/format-check.sh"
bash "$root/.ci/build.sh" -DNIANBAO_WERROR=ON
# Style gate: clang-tidy over app/ on this build's compile database (after the build: it reads moc/uic output)
bash "$root/.ci/tidy.sh" "$build"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
(cd "$build" && ctest --output-on-failure -j2 --timeout 600)

# --- package check: build the .deb, install it with apt into a clean Debian 12 root and run it there
bash "$root/.ci/package-check.sh" "$build"

# --- sanitizer pass (ASan + UBSan): sanitizer settings and scaled timeouts come from the CTest environment
if [ "${NIANBAO_CI_SANITIZE:-1}" != "0" ]; then
    NIANBAO_BUILD_TYPE="${NIANBAO_SANITIZE_BUILD_TYPE:-Debug}" NIANBAO_BUILD_DIR="$build-asan" bash "$root/.ci/build.sh" -DNIANBAO_WERROR=ON -DNIANBAO_SANITIZE=ON \
        -DNIANBAO_BUILD_BENCH=OFF
    (cd "$build-asan" && ctest --output-on-failure -j2 --timeout 1800)
fi
