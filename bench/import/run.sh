#!/usr/bin/env bash
# Called by bench/run.sh: `nianbao-cli check` over 1,000 generated report files.
set -euo pipefail
"${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}/bench/import/bench_import_check" --runs 9
