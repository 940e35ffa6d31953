#!/usr/bin/env bash
# Called by bench/run.sh (or: bash bench/carryover/run.sh BUILD_DIR [RUNS]): `nianbao-cli carry-over` from a real
# 6-page published PDF (淮安市 2024) to a new document, end to end. Prints the median wall time and the median
# CPU time (user + system) of RUNS runs: on a loaded machine the wall time is inflated, the CPU time is not.
# Target: ≤ 300 ms median.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh or give the build folder}}"
runs="${2:-21}"
cli="$build/app/cli/nianbao-cli"
pdf="$root/tests/data/samples/published/2024-huaian-gov.pdf"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 "$runs"); do
    rm -f "$tmp/new.nianbao"
    # %e wall seconds, %U user, %S system
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$cli" carry-over "$pdf" -o "$tmp/new.nianbao" >/dev/null
    cat "$tmp/t" >>"$tmp/times"
done
python3 - "$tmp/times" "$runs" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
wall = statistics.median(r[0] for r in rows) * 1000
cpu = statistics.median(r[1] + r[2] for r in rows) * 1000
print("nianbao-cli carry-over (6-page PDF → .nianbao): median wall %.0f ms, median CPU %.0f ms (%s runs; target ≤ 300 ms)"
      % (wall, cpu, sys.argv[2]))
PY
