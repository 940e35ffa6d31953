#!/usr/bin/env bash
# Clones the committed HEAD of this repository into a new temporary folder, with nothing beside it, and runs
# the README's test command there (bash .ci/test.sh). Catches tests and scripts that read files outside the
# repository or files that are not committed. Slow (a whole CI run); not part of .ci/run.
#   bash .ci/fresh-clone-check.sh        NIANBAO_KEEP_CLONE=1 keeps the clone for inspection.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
head="$(git -C "$root" rev-parse HEAD)"
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
    echo "fresh-clone-check: uncommitted changes are not checked (only HEAD $head)"
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/nianbao-fresh-XXXXXX")"
cleanup() {
    if [ "${NIANBAO_KEEP_CLONE:-0}" = "1" ]; then
        echo "fresh-clone-check: clone kept in $tmp/nianbao"
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
git clone --quiet --no-local --no-hardlinks "$root" "$tmp/nianbao"
git -C "$tmp/nianbao" checkout --quiet --detach "$head"
echo "fresh-clone-check: $head in $tmp/nianbao"
start=$(date +%s)
rc=0
(cd "$tmp/nianbao" && env -u NIANBAO_BUILD_DIR bash .ci/test.sh) || rc=$?
echo "fresh-clone-check: bash .ci/test.sh exit $rc after $(( $(date +%s) - start )) s"
exit $rc
