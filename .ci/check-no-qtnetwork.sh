#!/usr/bin/env bash
# No program or library of the build links QtNetwork, directly or through another library.
# Usage: check-no-qtnetwork.sh BUILD_DIR      (CTest test check_no_qtnetwork)
set -euo pipefail
build="$1"
checked=0
status=0
while IFS= read -r -d '' f; do
    # ELF files only: executables and shared objects (static libraries are covered by what links them).
    head -c 4 "$f" 2>/dev/null | grep -q $'\x7fELF' || continue
    checked=$((checked + 1))
    if readelf -d "$f" 2>/dev/null | grep -E 'NEEDED.*libQt6Network' >/dev/null \
        || ldd "$f" 2>/dev/null | grep -E 'libQt6Network' >/dev/null; then
        echo "check-no-qtnetwork: ${f#"$build"/} links QtNetwork" >&2
        status=1
    fi
done < <(find "$build" -path "$build/CMakeFiles" -prune -o -type f -perm -u+x ! -name '*.sh' -print0)
if [ "$checked" -lt 3 ]; then
    echo "check-no-qtnetwork: found only $checked programs in $build; is it built?" >&2
    exit 1
fi
[ $status -eq 0 ] && echo "check-no-qtnetwork: none of $checked programs links QtNetwork"
exit $status
