#!/usr/bin/env bash
# Called by bench/run.sh: export timing and the LibreOffice comparison on the Release build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/export-bench.sh" "${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}" 21 7
