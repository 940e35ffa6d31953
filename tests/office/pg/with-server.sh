#!/usr/bin/env bash
# Runs an office test program against the private PostgreSQL server (fixture nianbao_pg): creates an empty
# database of the test's own, points NIANBAO_OFFICE_TEST_LOCATION at it (tests/office/OfficeTestUtil.h)
# and gives the password the way a user does (PGPASSWORD). Usage: with-server.sh PG_ENV DATABASE PROGRAM [ARG...]
set -euo pipefail
envfile="$1"; database="$2"; shift 2
if [ ! -f "$envfile" ]; then
    echo "with-server: FAILED: the test server is not running ($envfile is missing); run through ctest" >&2
    exit 1
fi
val() { sed -n "s/^$1=//p" "$envfile"; }
if [ "$(val NIANBAO_PG_SKIP)" = "1" ]; then
    echo "with-server: NIANBAO_SKIP_PG_TESTS=1: skipped on purpose"
    exit 0
fi
export PGPASSWORD="$(val PGPASSWORD)" PGPASSFILE="$(val PGPASSFILE)"
port="$(val PG_PORT)"; role="$(val PG_ROLE)"
"$(val PG_BINDIR)/psql" -h 127.0.0.1 -p "$port" -U "$role" -d "$(val PG_DATABASE)" -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null
export NIANBAO_OFFICE_TEST_LOCATION="postgresql://$role@127.0.0.1:$port/$database"
exec "$@"
