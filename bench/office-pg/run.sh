#!/usr/bin/env bash
# Called by bench/run.sh (needs NIANBAO_BENCH_BUILD_DIR); alone: NIANBAO_BENCH_BUILD_DIR=build bash bench/office-pg/run.sh
# The office repository on a PostgreSQL server (docs/office-server.md). Starts its own private server like
# the tests (tests/office/pg/pg-server.sh: initdb in a temporary folder, a free port on 127.0.0.1; as root
# the server runs as the postgres user) with fsync on, as an office server would, and removes it at the
# end. Prints medians of wall and CPU time:
#  1. 1,000 unit documents added by 4 concurrent `nianbao-cli office add` processes (250 each) into a new
#     database (target <= 10 s), 3 runs; CPU = user + system of the 4 clients, and of the server.
#  2. `nianbao-cli office status REPO --year 2025 --json` of those 1,000 units (target <= 300 ms median).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${NIANBAO_BENCH_BUILD_DIR:?run through bench/run.sh}"
cli="$build/app/cli/nianbao-cli"
tmp="$(mktemp -d)"
chmod 755 "$tmp"
server="$tmp/server"
cleanup() { bash "$root/tests/office/pg/pg-server.sh" stop "$server" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
NIANBAO_PG_FSYNC=on bash "$root/tests/office/pg/pg-server.sh" start "$server"
val() { sed -n "s/^$1=//p" "$server/pg.env"; }
PGPASSWORD="$(val PGPASSWORD)"
export PGPASSWORD
port="$(val PG_PORT)"
role="$(val PG_ROLE)"
psql="$(val PG_BINDIR)/psql"
data="$(cat "$server/datadir")"
server_cpu() { # clock ticks of user + system time of the server and its finished children so far
    local pid
    pid="$(head -1 "$data/postmaster.pid")"
    awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat"
}

"$build/bench/office/bench_office_units" "$tmp/units" 1000 2025 >/dev/null
for p in 0 1 2 3; do mkdir -p "$tmp/part$p"; done
i=0
for f in "$tmp"/units/*.nianbao; do
    ln "$f" "$tmp/part$((i % 4))/"
    i=$((i + 1))
done

for run in 1 2 3; do
    db="bench_$run"
    "$psql" -h 127.0.0.1 -p "$port" -U "$role" -d "$(val PG_DATABASE)" -q -c "CREATE DATABASE $db" >/dev/null
    url="postgresql://$role@127.0.0.1:$port/$db"
    before="$(server_cpu)"
    start="$(date +%s.%N)"
    for p in 0 1 2 3; do
        /usr/bin/time -f "%U %S" -o "$tmp/add-$run-$p.time" "$cli" office add "$url" "$tmp/part$p" >/dev/null &
    done
    wait
    end="$(date +%s.%N)"
    sleep 1 # the server's backends have exited and been counted
    after="$(server_cpu)"
    count="$("$psql" -h 127.0.0.1 -p "$port" -U "$role" -d "$db" -Atq -c "SELECT count(*) FROM office_unit")"
    echo "$start $end $before $after $count" >"$tmp/run-$run"
done
url="postgresql://$role@127.0.0.1:$port/bench_1"
hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/status.json" "$cli office status $url --year 2025 --json" >/dev/null

python3 - "$tmp" "$(getconf CLK_TCK)" <<'PY'
import json, statistics, sys
tmp, tck = sys.argv[1], float(sys.argv[2])
walls, users, systems, servers, counts = [], [], [], [], []
for run in (1, 2, 3):
    start, end, before, after, count = open(f"{tmp}/run-{run}").read().split()
    walls.append(float(end) - float(start))
    servers.append((float(after) - float(before)) / tck)
    counts.append(int(count))
    u = s = 0.0
    for p in range(4):
        cu, cs = (float(x) for x in open(f"{tmp}/add-{run}-{p}.time").read().split()[-2:])
        u += cu
        s += cs
    users.append(u)
    systems.append(s)
med = statistics.median
print("office add, 4 processes x 250 units at once into PostgreSQL: median %.2f s wall (target <= 10 s), "
      "clients' CPU %.2f s user + %.2f s system, server CPU %.2f s; units stored in each run: %s"
      % (med(walls), med(users), med(systems), med(servers), counts))
r = json.load(open(f"{tmp}/status.json"))["results"][0]
print("office status of 1,000 units on PostgreSQL (--json, end to end): median %.1f ms wall (target <= 300 ms), "
      "CPU %.1f ms user + %.1f ms system (hyperfine, %d runs)"
      % (r["median"] * 1000, r["user"] * 1000, r["system"] * 1000, len(r["times"])))
PY
