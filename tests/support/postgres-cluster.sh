#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the test suite.
#
#   postgres-cluster.sh start STATE_DIR   # initdb + pg_ctl start on a free loopback port
#   postgres-cluster.sh stop STATE_DIR
#
# STATE_DIR/url then holds postgresql://postgres@127.0.0.1:PORT/postgres.
# PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` user; otherwise as the current user.
set -euo pipefail
action=${1:?usage: postgres-cluster.sh start|stop STATE_DIR}
state=${2:?usage: postgres-cluster.sh start|stop STATE_DIR}

bindir=$(pg_config --bindir 2>/dev/null || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port between 55432 and 55532" >&2
    exit 1
}

case "$action" in
start)
    if [ -f "$state/url" ] && [ -f "$state/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$state/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$state"
    mkdir -p "$state"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$state"
    fi
    as_owner "$bindir/initdb" -D "$state/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log"
    port=$(free_port)
    as_owner "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
        -o "-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "PostgreSQL test cluster on port $port"
    ;;
stop)
    if [ -d "$state/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$state/data" stop -m fast -w >/dev/null 2>&1 || true
    fi
    rm -rf "$state"
    echo "PostgreSQL test cluster stopped"
    ;;
*)
    echo "unknown action: $action" >&2
    exit 2
    ;;
esac
