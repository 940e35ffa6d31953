#!/usr/bin/env bash
# GUI benchmarks (offscreen). Called by bench/run.sh with NIANBAO_BENCH_BUILD_DIR set; or run directly.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${NIANBAO_BENCH_BUILD_DIR:-$root/build-bench}"
export QT_QPA_PLATFORM=offscreen
"$build/bench/gui/bench_gui_startup" 15
"$build/bench/gui/bench_gui_edit" 60
