#!/usr/bin/env bash
# Fails when a C++ file is not formatted with the repository's .clang-format.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
if [ ${#files[@]} -eq 0 ]; then
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/nianbao-format.log; then
    grep -E '^[^ ].*: (error|warning):' /tmp/nianbao-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    echo "format-check: run 'clang-format -i' on the files above" >&2
    exit 1
fi
echo "format-check: ${#files[@]} files formatted"
