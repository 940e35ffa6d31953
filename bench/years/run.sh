#!/usr/bin/env bash
# Called by bench/run.sh (needs NIANBAO_BENCH_BUILD_DIR and QT_QPA_PLATFORM=offscreen), or directly:
#   NIANBAO_BENCH_BUILD_DIR=build QT_QPA_PLATFORM=offscreen bash bench/years/run.sh
# Prints medians.
#  1. ReportComparison of two full reports in process (bench_compare): wall and CPU time.
#  2. `nianbao-cli --version`, `validate DOC` and `compare OLD NEW --json` end to end (compare: target <= 50 ms
#     median), each with the user + system CPU time of the process (hyperfine's mean). `--version` is the cost
#     of starting the program (loading its shared libraries) and nothing else: the difference to the other
#     two is the work of the command.
#  3. How many shared libraries the dynamic loader maps at start and how many relocations it does (ldd,
#     LD_DEBUG=statistics; glibc only).
set -euo pipefail
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
cli="$build/app/cli/nianbao-cli"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$build/bench/years/bench_compare" "$tmp"
hyperfine -N --warmup 3 --runs 30 -i --export-json "$tmp/start.json" \
    "$cli --version" \
    "$cli validate $tmp/after.nianbao" \
    "$cli compare $tmp/before.nianbao $tmp/after.nianbao --json" >/dev/null
python3 - "$tmp/start.json" <<'PY'
import json, sys
names = ['--version (start-up only)', 'validate of one document', 'compare of two documents']
for name, r in zip(names, json.load(open(sys.argv[1]))['results']):
    print('nianbao-cli %s (end to end): median %.1f ms wall, CPU %.1f ms user + %.1f ms system (hyperfine, %d runs)'
          % (name, r['median'] * 1000, r['user'] * 1000, r['system'] * 1000, len(r['times'])))
PY
# What the start costs the dynamic loader (glibc systems only): libraries mapped and relocations done.
if command -v ldd >/dev/null && LD_DEBUG=statistics "$cli" --version >/dev/null 2>"$tmp/ld.txt" \
    && grep -q "number of relocations:" "$tmp/ld.txt"; then
    echo "nianbao-cli start: $(ldd "$cli" | wc -l) shared libraries (ldd), $(grep -m1 'number of relocations:' "$tmp/ld.txt" \
        | sed 's/.*: *//') symbol + $(grep -m1 'number of relative relocations:' "$tmp/ld.txt" | sed 's/.*: *//') relative relocations (LD_DEBUG=statistics)"
fi
