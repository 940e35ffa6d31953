#!/usr/bin/env bash
# Called by bench/run.sh (needs NIANBAO_BENCH_BUILD_DIR and QT_QPA_PLATFORM=offscreen). Prints medians.
#  1. `nianbao-cli check` over 1,000 generated text/HTML report files (bench_import_check; target <= 5 s).
#  2. `nianbao-cli import` of the 6-page published PDF, end to end (target <= 150 ms).
#  3. `nianbao-cli check --jobs 2` over 1,000 PDFs made by our own exporter (target <= 20 s on 2 cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
cli="$build/app/cli/nianbao-cli"
[ "${NIANBAO_BENCH_SKIP_TEXT:-}" ] || "$build/bench/import/bench_import_check" --runs 9

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
median() { python3 -c "import json; r=json.load(open('$1'))['results'][0]; print('%.1f ms (hyperfine, %d runs)' % (r['median']*1000, len(r['times'])))"; }

pdf="$root/tests/data/samples/published/2024-huaian-gov.pdf"
hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/import.json" \
    --prepare "rm -f $tmp/out.nianbao" "$cli import $pdf -o $tmp/out.nianbao" >/dev/null
echo "nianbao-cli import 6-page published PDF (end to end): median $(median "$tmp/import.json")"

# 1,000 PDFs from our exporter: a few distinct reports (values changed with `set`), copied to 1,000 files.
mkdir -p "$tmp/pdfs"
"$cli" import "$root/tests/data/wuhai-2021.json" -o "$tmp/base.nianbao" >/dev/null
for v in 1 2 3 4 5 6 7 8 9 10; do
    cp "$tmp/base.nianbao" "$tmp/r$v.nianbao"
    "$cli" set "$tmp/r$v.nianbao" --cell "三:一、本年新收政府信息公开申请数量:自然人=$((v * 7))" >/dev/null
    "$cli" export "$tmp/r$v.nianbao" --pdf "$tmp/pdfs/r$v.pdf" >/dev/null 2>&1
done
for i in $(seq 1 1000); do
    ln -f "$tmp/pdfs/r$(( (i % 10) + 1 )).pdf" "$tmp/pdfs/report-$i.pdf"
done
rm -f "$tmp"/pdfs/r[0-9]*.pdf
hyperfine -N --runs 3 -i --export-json "$tmp/check.json" "$cli check --jobs 2 $tmp/pdfs" >/dev/null
echo "nianbao-cli check --jobs 2 over 1,000 exported PDFs: median $(median "$tmp/check.json")"
