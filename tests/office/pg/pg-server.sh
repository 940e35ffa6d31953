#!/usr/bin/env bash
# A private PostgreSQL server for the tests and benchmarks of the office repository (docs/testing.md).
#   pg-server.sh start DIR   initdb in DIR/data, a free port on 127.0.0.1, a private socket directory, a role
#                            with a password (scram-sha-256 over TCP) and a database; writes DIR/pg.env
#   pg-server.sh stop DIR    stops the server and removes DIR (safe to run twice, after a failed start too)
# DIR/pg.env holds shell-style lines read by the tests: NIANBAO_PG_URL, PGPASSWORD, PGPASSFILE, PG_BINDIR,
# PG_PORT, PG_SOCKET_DIR (or NIANBAO_PG_SKIP=1 when the developer opted out, see below).
#
# The server binaries come from NIANBAO_PG_BINDIR, else `pg_config --bindir`, else the newest
# /usr/lib/postgresql/*/bin (Debian's package `postgresql`). When they are missing the start FAILS (the tests
# depending on it then fail in CI) unless NIANBAO_SKIP_PG_TESTS=1 is set: then the tests skip themselves.
# initdb and postgres refuse to run as root: as root the server runs as the `postgres` system user (or
# NIANBAO_PG_USER), through runuser. The tests run without fsync (nothing to keep); NIANBAO_PG_FSYNC=on
# (the benchmarks) makes every commit durable, as on a real server.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: pg-server.sh start|stop DIR" >&2
    exit 2
fi

as_server() { # runs a command as the server's system user
    if [ -n "${server_user:-}" ]; then
        runuser -u "$server_user" -- "$@"
    else
        "$@"
    fi
}

find_bindir() {
    local d
    if [ -n "${NIANBAO_PG_BINDIR:-}" ] && [ -x "$NIANBAO_PG_BINDIR/initdb" ]; then
        echo "$NIANBAO_PG_BINDIR"; return
    fi
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir 2>/dev/null || true)"
        if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
    done
}

stop_server() {
    [ -d "$dir" ] || return 0
    if [ -f "$dir/pg.env" ]; then
        # shellcheck disable=SC1091
        server_user="$(sed -n 's/^PG_SERVER_USER=//p' "$dir/pg.env")"
        bindir="$(sed -n 's/^PG_BINDIR=//p' "$dir/pg.env")"
    fi
    local data
    data="$(cat "$dir/datadir" 2>/dev/null || true)"
    if [ -n "$data" ] && [ -f "$data/postmaster.pid" ] && [ -n "${bindir:-}" ]; then
        as_server "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$data" ] && [ "$data" != "$dir/data" ]; then
        rm -rf "$(dirname "$data")"
    fi
    rm -rf "$dir"
}

if [ "$action" = "stop" ]; then
    stop_server
    echo "pg-server: stopped, $dir removed"
    exit 0
fi
if [ "$action" != "start" ]; then
    echo "pg-server: unknown action '$action' (start or stop)" >&2
    exit 2
fi

stop_server # a server left over by an interrupted run
mkdir -p "$dir"

if [ "${NIANBAO_SKIP_PG_TESTS:-0}" = "1" ]; then
    echo "NIANBAO_PG_SKIP=1" >"$dir/pg.env"
    echo "pg-server: NIANBAO_SKIP_PG_TESTS=1: the PostgreSQL tests skip themselves"
    exit 0
fi

bindir="$(find_bindir)"
if [ -z "$bindir" ]; then
    echo "pg-server: FAILED: the PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found." >&2
    echo "pg-server: install them with 'bash .ci/deps.sh --test' (Debian package postgresql), point" >&2
    echo "pg-server: NIANBAO_PG_BINDIR at their folder, or set NIANBAO_SKIP_PG_TESTS=1 on a developer machine." >&2
    exit 1
fi

server_user=""
if [ "$(id -u)" -eq 0 ]; then
    server_user="${NIANBAO_PG_USER:-postgres}"
    if ! id "$server_user" >/dev/null 2>&1; then
        echo "pg-server: FAILED: running as root and there is no system user '$server_user' to run the server" >&2
        echo "pg-server: (initdb and postgres refuse root); set NIANBAO_PG_USER to an unprivileged user." >&2
        exit 1
    fi
fi

# The data folder lives under DIR when the server user can reach it and the socket path stays short
# (a unix socket path has at most 107 bytes); otherwise in a temporary folder that stop removes.
base="$dir"
if [ ${#dir} -gt 70 ] || ! as_server test -x "$dir"; then
    base="$(mktemp -d "${TMPDIR:-/tmp}/nianbao-pg.XXXXXX")"
    chmod 755 "$base"
fi
data="$base/data"
sock="$base/sock"
echo "$data" >"$dir/datadir"
mkdir -p "$data" "$sock"
chmod 700 "$data"
if [ -n "$server_user" ]; then
    chown "$server_user" "$data" "$sock"
fi

as_server "$bindir/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    echo "pg-server: FAILED: initdb (see below)" >&2
    cat "$dir/initdb.log" >&2
    exit 1
}
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
max_connections = 40
fsync = ${NIANBAO_PG_FSYNC:-off}
synchronous_commit = ${NIANBAO_PG_FSYNC:-off}
full_page_writes = ${NIANBAO_PG_FSYNC:-off}
shared_buffers = 32MB
log_min_messages = warning
EOF

free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

started=0
for _ in 1 2 3 4 5; do
    port="$(free_port)"
    if as_server "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "-p $port" start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    echo "pg-server: FAILED: the server did not start; its log:" >&2
    cat "$data/server.log" >&2 || true
    exit 1
fi

role="nianbao_test"
database="nianbao_test"
password="pw-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
as_server "$bindir/psql" -h "$sock" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<EOF
-- CREATEDB only so that each test can use a database of its own (the program itself never needs it).
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
EOF

# A .pgpass file (the other way libpq finds the password); the tests choose which of the two they use.
printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "$password" >"$dir/pgpass"
chmod 600 "$dir/pgpass"

cat >"$dir/pg.env" <<EOF
NIANBAO_PG_URL=postgresql://$role@127.0.0.1:$port/$database
PGPASSWORD=$password
PGPASSFILE=$dir/pgpass
PG_BINDIR=$bindir
PG_PORT=$port
PG_SOCKET_DIR=$sock
PG_ROLE=$role
PG_DATABASE=$database
PG_SERVER_USER=$server_user
EOF
echo "pg-server: PostgreSQL $("$bindir/postgres" --version | awk "{print \$3}") on 127.0.0.1:$port, data in $data"
