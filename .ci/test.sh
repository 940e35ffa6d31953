#!/usr/bin/env bash
# The whole test suite: install, build with warnings as errors, check formatting, run every test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NIANBAO_BUILD_DIR:-$root/build-ci}"
export NIANBAO_BUILD_DIR="$build"
bash "$root/.ci/deps.sh" --test
bash "$root/.ci/format-check.sh"
bash "$root/.ci/build.sh" -DNIANBAO_WERROR=ON
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$build"
ctest --output-on-failure -j2 --timeout 600

# Package check (issue 15): build the .deb, install it with apt into a clean Debian 12 root and run it there.
bash "$root/.ci/package-check.sh" "$build"
