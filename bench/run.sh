#!/usr/bin/env bash
# Runs every benchmark on a Release build and prints medians. Usage: bash bench/run.sh [AREA...]
# Areas: core (validation, CLI validate), and every bench/<area>/run.sh that exists (storage, render, import, gui).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NIANBAO_BENCH_BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNIANBAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
export NIANBAO_BENCH_BUILD_DIR="$build" QT_QPA_PLATFORM=offscreen
areas=("$@")
if [ ${#areas[@]} -eq 0 ]; then
    areas=(core)
    for d in "$root"/bench/*/; do
        a="$(basename "$d")"
        [ "$a" != core ] && [ -f "$d/run.sh" ] && areas+=("$a")
    done
fi
for area in "${areas[@]}"; do
    echo "== $area"
    if [ "$area" = core ]; then
        "$build/bench/core/bench_validate"
        tmp="$(mktemp -d)"
        "$build/app/cli/nianbao-cli" import "$root/tests/data/wuhai-2021.json" -o "$tmp/sample.nianbao" >/dev/null
        if command -v hyperfine >/dev/null; then
            hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/h.json" \
                "$build/app/cli/nianbao-cli validate $tmp/sample.nianbao" >/dev/null
            python3 -c "import json,sys; r=json.load(open('$tmp/h.json'))['results'][0]; print('nianbao-cli validate (end to end): median %.1f ms (hyperfine, %d runs)' % (r['median']*1000, len(r['times'])))"
        fi
        rm -rf "$tmp"
    else
        bash "$root/bench/$area/run.sh"
    fi
done
