#!/usr/bin/env bash
# The program never uses the network: runs the console tool's main commands and starts the desktop
# program offscreen (it opens a document and quits by itself) under strace, and fails on any AF_INET or
# AF_INET6 socket. Local sockets (AF_UNIX, AF_NETLINK) are allowed and listed.
# Usage: check-no-network.sh CLI [GUI]      (CTest test check_no_network)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="$1"
gui="${2:-}"
command -v strace >/dev/null || { echo "check-no-network: strace is not installed (bash .ci/deps.sh --test)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export NIANBAO_SETTINGS="$work/settings.ini" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"
# LeakSanitizer cannot work under ptrace: in a sanitizer build the leak check is left to the other tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
log="$work/strace"
samples="$root/tests/data/samples"

# One strace log per command (-ff would split per process; -f follows the check workers and children).
run() {
    local name="$1"; shift
    local rc=0
    strace -f -qq -e trace=socket,socketpair -o "$log.$name" "$@" >"$work/out.$name" 2>&1 || rc=$?
    echo "check-no-network: $name exit $rc"
    # Exit 1 is "the report has errors" (validate, check); a sanitizer report also exits 1: look for it.
    if [ "$rc" -gt 2 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$work/out.$name"; then
        echo "check-no-network: '$name' failed unexpectedly (exit $rc):" >&2
        cat "$work/out.$name" >&2
        exit 1
    fi
}

network_sockets() { cat "$@" | grep -E 'socket(pair)?\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b' || true; }

# The detector itself: a program that opens an AF_INET socket (without connecting) must be seen.
strace -f -qq -e trace=socket,socketpair -o "$work/selftest" /usr/bin/python3 -c 'import socket; socket.socket()'
if [ -z "$(network_sockets "$work/selftest")" ]; then
    echo "check-no-network: strace did not report the AF_INET socket of the self-test" >&2
    exit 1
fi

doc="$work/report.nianbao"
run new "$cli" new --year 2025 --agency 某市公安局 -o "$doc"
run set "$cli" set "$doc" --cell '三:一、本年新收政府信息公开申请数量:自然人=12'
run validate "$cli" validate "$doc"
run export-pdf "$cli" export "$doc" --pdf "$work/report.pdf"
run export-docx "$cli" export "$doc" --docx "$work/report.docx"
run export-json "$cli" export "$doc" --json "$work/report.json"
run import-json "$cli" import "$work/report.json" -o "$work/from-json.nianbao"
run import-text "$cli" import "$samples/2021-wuhai-psb.txt" -o "$work/from-text.nianbao"
run check "$cli" check --jobs 2 "$samples"
run history "$cli" history "$doc"
for f in report.pdf report.docx report.json from-json.nianbao from-text.nianbao; do
    [ -s "$work/$f" ] || { echo "check-no-network: the commands did not write $f" >&2; exit 1; }
done
if [ -n "$gui" ]; then
    run gui "$gui" --quit-when-shown "$doc"
    grep -q "opened 1" "$work/out.gui" || { echo "check-no-network: the desktop program did not open the document:" >&2; cat "$work/out.gui" >&2; exit 1; }
fi

calls=$(cat "$log".* | grep -cE '^[0-9]+ +socket(pair)?\(' || true)
echo "check-no-network: $calls socket calls in all, by family:"
cat "$log".* | grep -oE 'socket(pair)?\(AF_[A-Z0-9]+' | sort | uniq -c || true
found="$(network_sockets "$log".*)"
if [ -n "$found" ]; then
    echo "$found"
    echo "check-no-network: a network socket was opened (above)" >&2
    exit 1
fi
echo "check-no-network: no network socket"
