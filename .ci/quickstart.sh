#!/usr/bin/env bash
# Quick start: install what is needed, build, and open the 2021 sample report.
# With a display the desktop program opens on it; without one, the console tool checks it instead.
# Only the two programs are built (not the tests and benchmarks): .ci/test.sh builds everything.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NIANBAO_BUILD_DIR:-$root/build}"
bash "$root/.ci/deps.sh"
NIANBAO_BUILD_TARGETS="nianbao nianbao-cli" bash "$root/.ci/build.sh"

mkdir -p "$root/out"
sample="$root/out/sample-2021.nianbao"
rm -f "$sample"
"$build/app/cli/nianbao-cli" import "$root/tests/data/wuhai-2021.json" -o "$sample"
echo
"$build/app/cli/nianbao-cli" validate "$sample" || true
echo
if [ -x "$build/app/gui/nianbao" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    echo "Opening $sample in Nianbao …"
    exec "$build/app/gui/nianbao" "$sample"
elif [ -x "$build/app/gui/nianbao" ]; then
    echo "No display found. To open the sample in the desktop program, run:"
    echo "  $build/app/gui/nianbao $sample            (on a desktop)"
    echo "  xvfb-run -a $build/app/gui/nianbao $sample  (headless)"
fi
