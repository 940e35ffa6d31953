#!/usr/bin/env bash
# Called by bench/run.sh (needs NIANBAO_BENCH_BUILD_DIR and QT_QPA_PLATFORM=offscreen). Prints medians.
#  1. ReportComparison of two full reports in process (bench_compare): wall and CPU time.
#  2. `nianbao-cli compare OLD NEW --json` of two documents, end to end (target <= 50 ms median), with the
#     user + system CPU time of the process (hyperfine's mean).
set -euo pipefail
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
cli="$build/app/cli/nianbao-cli"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$build/bench/years/bench_compare" "$tmp"
hyperfine -N --warmup 3 --runs 30 -i --export-json "$tmp/compare.json" \
    "$cli compare $tmp/before.nianbao $tmp/after.nianbao --json" >/dev/null
python3 -c "import json; r=json.load(open('$tmp/compare.json'))['results'][0]; print('nianbao-cli compare of two documents (end to end): median %.1f ms wall, CPU %.1f ms user + %.1f ms system (hyperfine, %d runs)' % (r['median']*1000, r['user']*1000, r['system']*1000, len(r['times'])))"
