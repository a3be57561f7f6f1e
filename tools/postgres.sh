#!/usr/bin/env bash
# Private PostgreSQL for tests and local runs: Debian's package, a throw-away cluster in a temp folder,
# bound to loopback on a free port. Sourced by tools/test.sh; usable alone:
#   source tools/postgres.sh && pg_private_start && echo "$SKILLSLADDER_TEST_PG"; pg_private_stop
set -euo pipefail

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_ensure_installed() {
  if [ -z "$(pg_bin_dir)" ] || [ ! -x "$(pg_bin_dir)/initdb" ]; then
    echo "== installing PostgreSQL from Debian packages"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
}

pg_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port in 55432-55532" >&2; return 1
}

pg_private_start() {
  pg_ensure_installed
  local bin; bin=$(pg_bin_dir)
  PG_PRIVATE_DIR=$(mktemp -d /tmp/skillsladder-pg.XXXXXX)
  PG_PRIVATE_PORT=$(pg_free_port)
  # initdb refuses to run as root: run the cluster as the package's postgres user.
  local run=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_PRIVATE_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PG_PRIVATE_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durability is not what tests measure: skipping fsync makes creating a database per test cheap. Benchmarks set
  # PG_PRIVATE_DURABLE=1: every commit flushed, as a production server runs.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_PRIVATE_DURABLE:-0}" = "1" ] && durability="-c shared_buffers=512MB -c shared_preload_libraries=pg_stat_statements"
  "${run[@]}" "$bin/pg_ctl" -D "$PG_PRIVATE_DIR/data" -l "$PG_PRIVATE_DIR/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PRIVATE_PORT -k $PG_PRIVATE_DIR $durability -c max_connections=300" >/dev/null
  "$bin/pg_isready" -h 127.0.0.1 -p "$PG_PRIVATE_PORT" -t 30 >/dev/null
  export PG_PRIVATE_DIR PG_PRIVATE_PORT
  export SKILLSLADDER_TEST_PG="Host=127.0.0.1;Port=$PG_PRIVATE_PORT;Username=postgres;Database=postgres;Include Error Detail=true"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PRIVATE_PORT ($PG_PRIVATE_DIR)"
}

pg_private_stop() {
  [ -n "${PG_PRIVATE_DIR:-}" ] && [ -d "$PG_PRIVATE_DIR/data" ] || return 0
  local run=(); [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$(pg_bin_dir)/pg_ctl" -D "$PG_PRIVATE_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_PRIVATE_DIR"
}
