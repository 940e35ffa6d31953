#!/usr/bin/env bash
# Storage benchmark (called by bench/run.sh): median commit time of one cell edit to a document file.
# Set NIANBAO_BENCH_STORAGE_DIR to measure on another disk (USB stick, network share); default: a temp dir.
set -euo pipefail
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
args=()
[ -n "${NIANBAO_BENCH_STORAGE_DIR:-}" ] && args+=(--dir "$NIANBAO_BENCH_STORAGE_DIR")
"$build/bench/storage/bench_storage" "${args[@]}"
