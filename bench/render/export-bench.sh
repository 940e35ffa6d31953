#!/usr/bin/env bash
# Export timing (issue 4): `nianbao-cli export --pdf` of the full sample report end to end (target ≤ 200 ms),
# and side by side LibreOffice's path to the same paper: `soffice --headless --convert-to pdf` of our own
# DOCX of the same report (target: ours ≥ 10× faster). Prints medians and the ratio.
#
# Usage: bench/render/export-bench.sh [BUILD_DIR] [RUNS] [SOFFICE_RUNS]
#   BUILD_DIR defaults to ./build; RUNS (default 21) for our export, SOFFICE_RUNS (default 7) for LibreOffice.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
runs="${2:-21}"
lo_runs="${3:-7}"
cli="$build/app/cli/nianbao-cli"
input="$root/tests/data/wuhai-2021.json"
[[ -x "$cli" ]] || { echo "export-bench: $cli not built" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1e6 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
time_ms() { # command... → elapsed ms
    local t0 t1
    t0=$(now_ms)
    "$@" >/dev/null 2>&1
    t1=$(now_ms)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

# Warm the font and file caches, then measure.
"$cli" export "$input" --pdf "$work/warm.pdf" >/dev/null 2>&1
"$cli" export "$input" --pdf "$work/warm.pdf" >/dev/null 2>&1
pdf_times="$work/pdf.txt"
for ((i = 0; i < runs; i++)); do time_ms "$cli" export "$input" --pdf "$work/out.pdf" >> "$pdf_times"; done
pdf_median=$(median < "$pdf_times")
pages=$(pdfinfo "$work/out.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
echo "nianbao-cli export --pdf: median ${pdf_median} ms over ${runs} runs (${pages:-?} pages, $(stat -c %s "$work/out.pdf") bytes)"

if [[ "$lo_runs" -le 0 ]]; then
    exit 0
fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "soffice not installed (apt-get install libreoffice-writer-nogui): LibreOffice comparison skipped"
    exit 0
fi
"$cli" export "$input" --docx "$work/report.docx" >/dev/null 2>&1
profile="file://$work/lo-profile"
lo() { soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/report.docx"; }
lo >/dev/null 2>&1 # first run creates the profile
lo_times="$work/lo.txt"
for ((i = 0; i < lo_runs; i++)); do time_ms lo >> "$lo_times"; done
lo_median=$(median < "$lo_times")
echo "soffice --convert-to pdf of our DOCX: median ${lo_median} ms over ${lo_runs} runs"
awk -v a="$lo_median" -v b="$pdf_median" 'BEGIN { printf "ratio (LibreOffice / nianbao): %.1fx\n", a / b }'
