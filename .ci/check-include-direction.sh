#!/usr/bin/env bash
# Fails on any #include that goes against the dependency direction. The allowed folder edges are the table
# between the "include-edges" markers in docs/ARCHITECTURE.md: this script reads that table, so the
# documentation and the check cannot drift apart. Usage: check-include-direction.sh [SOURCE_DIR]
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
doc="$root/docs/ARCHITECTURE.md"

# Table rows look like: | `app/core/rules` | format, model |   ("—" = nothing outside the folder itself)
table="$(awk '/<!-- include-edges:begin -->/{f=1;next} /<!-- include-edges:end -->/{f=0} f' "$doc" \
    | grep -E '^\|[[:space:]]*`app/' || true)"
if [ -z "$table" ]; then
    echo "check-include-direction: no include-edges table found in docs/ARCHITECTURE.md" >&2
    exit 2
fi

declare -A allowed
folders=()
while IFS='|' read -r _ folder edges _; do
    folder="$(echo "$folder" | tr -d '` ')"
    edges="$(echo "$edges" | tr -d ' —' | tr ',' ' ')"
    allowed["$folder"]=" $edges "
    folders+=("$folder")
done <<<"$table"

# The name a folder is included by: "document/ReportDocument.h" → document (last path component).
known=" "
for folder in "${folders[@]}"; do known+="${folder##*/} "; done

status=0
for folder in "${folders[@]}"; do
    [ -d "$root/$folder" ] || { echo "check-include-direction: $folder (in the table) does not exist" >&2; status=1; continue; }
    self="${folder##*/}"
    while IFS= read -r hit; do
        file="${hit%%:*}"
        rest="${hit#*:}"
        line="${rest%%:*}"
        target="$(echo "$rest" | sed -nE 's/^[0-9]+:[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/p')"
        [ -n "$target" ] || continue
        case "$target" in */*) ;; *) continue ;; esac
        top="${target%%/*}"
        [ "$top" = "$self" ] && continue
        case "$known" in *" $top "*) ;; *) continue ;; esac
        # A subfolder of the including folder itself (app/gui/importing/…) is not an edge.
        [ -f "$root/$folder/$target" ] && continue
        case "${allowed[$folder]}" in
        *" $top "*) ;;
        *)
            list="$(echo ${allowed[$folder]} | sed 's/ /, /g')"
            echo "${file#"$root"/}:$line: $self must not include \"$target\" (allowed: ${list:-nothing outside $self})"
            status=1
            ;;
        esac
    done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$root/$folder" --include='*.h' --include='*.cpp' || true)
done

if [ $status -ne 0 ]; then
    echo "check-include-direction: includes against the dependency direction (table in docs/ARCHITECTURE.md)" >&2
else
    echo "check-include-direction: every include follows docs/ARCHITECTURE.md (${#folders[@]} folders)"
fi
exit $status
