#!/usr/bin/env bash
# Two-node plumbing for tests and local runs: Debian's PgBouncer (transaction pooling, plus a session-mode pool for
# the job engine) in front of a PostgreSQL server, and Debian's HAProxy (round robin, health-checked) in front of app
# nodes; each private, on free loopback ports, with its generated config and pid file in one temp folder.
# Sourced:   source tools/cluster.sh
#            cluster_pgbouncer_start 127.0.0.1 "$PG_PRIVATE_PORT" skillsladder   # exports PGBOUNCER_PORT, CLUSTER_DIR
#            ... start the nodes on ports of your choice ...
#            cluster_haproxy_start http://127.0.0.1:5081 http://127.0.0.1:5082    # exports HAPROXY_PORT
#            cluster_stop
# Run:       tools/cluster.sh pgbouncer HOST PORT DATABASE | haproxy URL... | stop   (CLUSTER_DIR from the
#            environment; prints KEY=VALUE lines; the tests use this form)
# The app's connection strings: ConnectionStrings:SkillsLadder → database DATABASE on PGBOUNCER_PORT (transaction
# pool), ConnectionStrings:Jobs → database DATABASE_session (session pool: Hangfire's LISTEN and the jobs' advisory locks).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh" # pg_free_port

cluster_ensure_installed() {
  if [ ! -x /usr/sbin/haproxy ] || [ ! -x /usr/sbin/pgbouncer ]; then
    echo "== installing HAProxy and PgBouncer from Debian packages" >&2
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # The packages' own services stay off: policy-rc.d on CI images, and nothing here uses them.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy pgbouncer >/dev/null
  fi
}

cluster_dir() {
  if [ -z "${CLUSTER_DIR:-}" ]; then CLUSTER_DIR=$(mktemp -d /tmp/skillsladder-cluster.XXXXXX); fi
  chmod 755 "$CLUSTER_DIR"
  export CLUSTER_DIR
}

# cluster_pgbouncer_start HOST PORT DATABASE [USER]
cluster_pgbouncer_start() {
  local host=$1 port=$2 database=$3 user=${4:-postgres}
  cluster_ensure_installed
  cluster_dir
  PGBOUNCER_PORT=$(pg_free_port)
  cat > "$CLUSTER_DIR/pgbouncer.ini" <<INI
[databases]
; The application's statements: a server connection per transaction, so thousands of clients share a few servers.
$database = host=$host port=$port dbname=$database user=$user pool_mode=transaction
; The job engine (Hangfire's LISTEN/NOTIFY, session advisory locks): a server connection per client connection.
${database}_session = host=$host port=$port dbname=$database user=$user pool_mode=session

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = any
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 20
min_pool_size = 0
reserve_pool_size = 5
server_reset_query = DISCARD ALL
ignore_startup_parameters = extra_float_digits
logfile = $CLUSTER_DIR/pgbouncer.log
pidfile = $CLUSTER_DIR/pgbouncer.pid
INI
  # PgBouncer refuses to run as root: as root it runs as the PostgreSQL package's user.
  local as=(); [ "$(id -u)" -eq 0 ] && as=(-u postgres) && chown postgres "$CLUSTER_DIR"
  /usr/sbin/pgbouncer -d -q "${as[@]}" "$CLUSTER_DIR/pgbouncer.ini"
  local i; for i in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PGBOUNCER_PORT") 2>/dev/null && break; sleep 0.1; done
  export PGBOUNCER_PORT
  echo "== PgBouncer $(/usr/sbin/pgbouncer --version | head -1 | awk '{print $2}') on 127.0.0.1:$PGBOUNCER_PORT → $host:$port/$database ($CLUSTER_DIR)" >&2
}

# cluster_haproxy_start URL... (http://127.0.0.1:PORT of each node)
cluster_haproxy_start() {
  cluster_ensure_installed
  cluster_dir
  HAPROXY_PORT=$(pg_free_port)
  {
    cat <<CFG
global
  pidfile $CLUSTER_DIR/haproxy.pid
  maxconn 1000

defaults
  mode http
  option forwardfor
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A connection refused by a dead node is tried again on another; a request already sent is not (the client retries
  # it with its Idempotency-Key).
  retries 2
  option redispatch

frontend web
  bind 127.0.0.1:$HAPROXY_PORT
  default_backend nodes

backend nodes
  balance roundrobin
  option httpchk GET /health
  http-check expect status 200
  # A killed node refuses the check at once and is out after two (its connections are redispatched meanwhile); a
  # slow answer on a loaded machine is waited for, so a busy node is not taken for a dead one.
  timeout check 10s
  default-server inter 1s fall 2 rise 2
CFG
    local url n=0
    for url in "$@"; do url=${url#http://}; n=$((n + 1)); echo "  server node$n ${url%/} check"; done
  } > "$CLUSTER_DIR/haproxy.cfg"
  /usr/sbin/haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" 2>"$CLUSTER_DIR/haproxy.log" || { cat "$CLUSTER_DIR/haproxy.log" >&2; return 1; }
  local i; for i in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$HAPROXY_PORT") 2>/dev/null && break; sleep 0.1; done
  export HAPROXY_PORT
  echo "== HAProxy on 127.0.0.1:$HAPROXY_PORT → $* ($CLUSTER_DIR)" >&2
}

# Stops what this folder's pid files name (only the processes these functions started) and removes the folder.
cluster_stop() {
  [ -n "${CLUSTER_DIR:-}" ] && [ -d "$CLUSTER_DIR" ] || return 0
  local pidfile
  for pidfile in "$CLUSTER_DIR"/haproxy.pid "$CLUSTER_DIR"/pgbouncer.pid; do
    [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  rm -rf "$CLUSTER_DIR"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  command=${1:?usage: tools/cluster.sh pgbouncer HOST PORT DATABASE | haproxy URL... | stop}; shift
  case $command in
    pgbouncer) cluster_pgbouncer_start "$@"; echo "CLUSTER_DIR=$CLUSTER_DIR"; echo "PGBOUNCER_PORT=$PGBOUNCER_PORT" ;;
    haproxy) cluster_haproxy_start "$@"; echo "CLUSTER_DIR=$CLUSTER_DIR"; echo "HAPROXY_PORT=$HAPROXY_PORT" ;;
    install) cluster_ensure_installed ;;
    stop) cluster_stop ;;
    *) echo "unknown command: $command" >&2; exit 2 ;;
  esac
fi
