#!/usr/bin/env bash
# Style gate: clang-tidy (checks in .clang-tidy) over every product source in app/, after a build.
# Usage: tidy.sh [BUILD_DIR] [FILE-REGEX]   (default build/, all of app/; CI runs it on the whole tree).
# clang-tidy is CPU-heavy: it runs niced with at most two jobs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
filter="${2:-$root/app/.*\.cpp$}"
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy: $build/compile_commands.json missing; build first (.ci/build.sh)" >&2
    exit 2
fi
runner="$(command -v run-clang-tidy || command -v run-clang-tidy-14 || command -v run-clang-tidy-15 || true)"
if [ -z "$runner" ]; then
    echo "tidy: run-clang-tidy not found (Debian: clang-tidy)" >&2
    exit 2
fi
# Generated sources (moc, uic, rcc) under the build folder are not checked: the regex names app/ only.
nice -n 10 "$runner" -p "$build" -j 2 -quiet "$filter" 2>&1 | grep -v '^[0-9]* warnings generated' \
    | tee "$build/clang-tidy.log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    echo "tidy: clang-tidy found problems (see above, also in $build/clang-tidy.log)" >&2
fi
exit "$status"
