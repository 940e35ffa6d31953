#!/usr/bin/env bash
# Called by bench/run.sh (needs NIANBAO_BENCH_BUILD_DIR). Prints medians.
#  1. `nianbao-cli office add` of 1,000 generated unit documents into a new repository, then
#     `office consolidate --force` of that year: wall and CPU time of both (target <= 5 s in total),
#     median of 3 runs.
#  2. `nianbao-cli office status REPO --year Y --json` of 1,000 units: median wall time (target <= 200 ms)
#     and CPU (hyperfine).
set -euo pipefail
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
cli="$build/app/cli/nianbao-cli"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$build/bench/office/bench_office_units" "$tmp/units" 1000 2025
for run in 1 2 3; do
    rm -f "$tmp/office.db" "$tmp/total.nianbao"
    /usr/bin/time -f "%e %U %S" -o "$tmp/add-$run.time" "$cli" office add "$tmp/office.db" "$tmp/units" >/dev/null
    /usr/bin/time -f "%e %U %S" -o "$tmp/cons-$run.time" \
        "$cli" office consolidate "$tmp/office.db" --year 2025 -o "$tmp/total.nianbao" --force >/dev/null || true
done
python3 - "$tmp" <<'PY'
import statistics, sys
tmp = sys.argv[1]
def read(name):
    return [float(x) for x in open(f"{tmp}/{name}").read().split()[-3:]]
add = [read(f"add-{i}.time") for i in (1, 2, 3)]
cons = [read(f"cons-{i}.time") for i in (1, 2, 3)]
tot = [a[0] + c[0] for a, c in zip(add, cons)]
med = lambda xs: statistics.median(xs)
print("office add of 1,000 units: median %.2f s wall, CPU %.2f s user + %.2f s system" %
      (med([a[0] for a in add]), med([a[1] for a in add]), med([a[2] for a in add])))
print("office consolidate of 1,000 units: median %.2f s wall, CPU %.2f s user + %.2f s system" %
      (med([c[0] for c in cons]), med([c[1] for c in cons]), med([c[2] for c in cons])))
print("add + consolidate: median %.2f s (target <= 5 s)" % med(tot))
PY
hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/status.json" \
    "$cli office status $tmp/office.db --year 2025 --json" >/dev/null
python3 -c "import json; r=json.load(open('$tmp/status.json'))['results'][0]; print('office status of 1,000 units (--json, end to end): median %.1f ms wall (target <= 200 ms), CPU %.1f ms user + %.1f ms system (hyperfine, %d runs)' % (r['median']*1000, r['user']*1000, r['system']*1000, len(r['times'])))"
