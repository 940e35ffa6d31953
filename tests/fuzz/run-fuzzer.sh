#!/usr/bin/env bash
# Runs one libFuzzer target of a -DNIANBAO_FUZZ=ON build for a while on a scratch copy of its corpus
# (docs/testing.md). Crashers go to BUILD/fuzz-findings/TARGET/; the last status line shows the
# executions, exec/s and coverage. Usage: run-fuzzer.sh BUILD_DIR TARGET [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "$1" && pwd)"
target="$2"
seconds="${3:-600}"
exe="$(find "$build/tests" -type f -name "$target" -perm -u+x | head -n1)"
[ -n "$exe" ] || { echo "run-fuzzer: $target is not built in $build (configure with -DNIANBAO_FUZZ=ON)" >&2; exit 2; }
# The build writes each target's seed folder (nianbao_add_fuzzer's CORPUS) next to its executable.
corpus="$(head -n1 "$exe.corpus" 2>/dev/null || true)"
[ -d "$corpus" ] || { echo "run-fuzzer: no seed corpus for $target (reconfigure $build)" >&2; exit 2; }
findings="$build/fuzz-findings/$target"
scratch="$build/fuzz-scratch/$target"
mkdir -p "$findings" "$scratch"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# Temporary files (document_fuzzer writes one per input) in memory when possible.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/.ci/lsan.supp:print_suppressions=0}"
# The timeout is wall-clock time: generous, because the fuzzers run at the lowest priority beside other
# work (a starved process is not a hang). A real hang (an endless loop) still shows up as a timeout.
# New inputs go to the scratch folder first; the committed seeds are only read. With -jobs the fuzzer's
# output goes to fuzz-0.log in the current folder: run in the findings folder and show the end of it.
cd "$findings"
rc=0
"$exe" -jobs=1 -workers=1 -rss_limit_mb=2048 -timeout="${NIANBAO_FUZZ_TIMEOUT:-60}" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$findings/" "$scratch" "$corpus" || rc=$?
tail -n 40 "$findings/fuzz-0.log"
echo "run-fuzzer: $target exit $rc; log $findings/fuzz-0.log; crashers (if any) in $findings/"
exit $rc
