#!/usr/bin/env bash
# Local Virtuoso Open Source 7 for the benchmarks and the kg push / --endpoint tests:
#   install | start | load FILE.nt | stop | kill | status | pid | endpoints | credentials
#
# Installs Debian's virtuoso-opensource (apt-get, idempotent) and runs it from a project-local database folder
# <repo>/.tools/virtuoso/db with its own ini (made from the package's, paths and ports rewritten), bound to loopback:
# SQL on 127.0.0.1:${KG_VIRTUOSO_SQL_PORT:-11111}, SPARQL on http://127.0.0.1:${KG_VIRTUOSO_HTTP_PORT:-18890}/sparql,
# user dba/dba (a fresh database's default; nothing listens beyond loopback). The system service is never used.
# `load FILE` empties the database's RDF store and bulk-loads FILE (N-Triples or Turtle) into one graph with
# ld_dir + rdf_loader_run, then checkpoints; it prints the load time in milliseconds on stdout.
# Buffers: ${KG_VIRTUOSO_BUFFERS:-170000} (Virtuoso's suggested setting for a machine with 2 GB to spare; about 1.4 GB).
# `endpoints` prints the SPARQL endpoint and the Graph Store endpoints (/sparql-graph-crud-auth asks for HTTP Digest,
# /sparql-graph-crud is anonymous and read-only by default); `credentials` prints the environment lines kg reads
# (KG_ENDPOINT_USER, KG_ENDPOINT_PASSWORD: dba/dba, a fresh database's default, reachable from loopback only).
# `kill` ends the server at once (SIGKILL), as a crash would: the tests use it to stop a push half-way.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${KG_VIRTUOSO_HOME:-$root/.tools/virtuoso}"   # the tests use their own (.tools/virtuoso-tests)
db="$home/db"
loaddir="$home/load"
ini="$home/virtuoso.ini"
pidfile="$home/virtuoso.pid"
logfile="$home/virtuoso-console.log"
sql_port="${KG_VIRTUOSO_SQL_PORT:-11111}"
http_port="${KG_VIRTUOSO_HTTP_PORT:-18890}"
buffers="${KG_VIRTUOSO_BUFFERS:-170000}"
graph="${KG_VIRTUOSO_GRAPH:-urn:kg:bench}"
start_timeout="${KG_VIRTUOSO_START_TIMEOUT:-120}"

log() { echo "virtuoso.sh: $*" >&2; }

install() {
  if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then return 0; fi
  log "installing virtuoso-opensource (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq virtuoso-opensource >/dev/null || { apt-get update -qq && apt-get install -y -qq virtuoso-opensource >/dev/null; }
}

write_ini() {
  mkdir -p "$db" "$loaddir"
  local shipped=/etc/virtuoso-opensource-7/virtuoso.ini
  # The package's ini with our folder, loopback ports, buffers and load folder; the rest (plugins, SPARQL limits
  # raised so a benchmark answer is never cut) stays as shipped. Rewritten at every start, so it stays idempotent.
  sed -e "s#/var/lib/virtuoso-opensource-7/db#$db#g" \
      -e "s#^ServerPort\( *\)= 1111#ServerPort\1= 127.0.0.1:$sql_port#" \
      -e "s#^ServerPort\( *\)= 8890#ServerPort\1= 127.0.0.1:$http_port#" \
      -e "s#^DefaultHost\( *\)= localhost:8890#DefaultHost\1= 127.0.0.1:$http_port#" \
      -e "s#^DirsAllowed\( *\)= .*#DirsAllowed\1= ., /usr/share/virtuoso-opensource-7/vad, $loaddir#" \
      -e "s#^NumberOfBuffers\( *\)= .*#NumberOfBuffers\1= $buffers#" \
      -e "s#^MaxDirtyBuffers\( *\)= .*#MaxDirtyBuffers\1= $((buffers * 3 / 4))#" \
      -e "s#^ResultSetMaxRows\( *\)= .*#ResultSetMaxRows\1= 10000000#" \
      -e "s#^MaxQueryExecutionTime\( *\)= .*#MaxQueryExecutionTime\1= 0#" \
      -e "s#^MaxQueryCostEstimationTime\( *\)= .*#MaxQueryCostEstimationTime\1= 0#" \
      "$shipped" > "$ini.tmp"
  mv "$ini.tmp" "$ini"
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

isql() { isql-vt "127.0.0.1:$sql_port" dba dba "$@"; }

start() {
  install
  if pid="$(running_pid)"; then log "already running (pid $pid)"; return 0; fi
  write_ini
  log "starting Virtuoso (SQL 127.0.0.1:$sql_port, HTTP 127.0.0.1:$http_port, db $db)"
  (cd "$db" && exec virtuoso-t -f -c "$ini" >"$logfile" 2>&1) &
  echo $! > "$pidfile"
  local waited=0
  until isql exec="status();" >/dev/null 2>&1; do
    if ! running_pid >/dev/null; then log "Virtuoso exited; see $logfile and $db/virtuoso.log"; tail -20 "$db/virtuoso.log" >&2 || true; return 3; fi
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$start_timeout" ]; then log "not answering after ${start_timeout}s"; return 3; fi
  done
  until (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; do sleep 1; done
  log "ready after ${waited}s"
}

load() {
  local file="$1"
  [ -f "$file" ] || { log "no such file: $file"; return 2; }
  running_pid >/dev/null || { log "not running: run '$0 start' first"; return 3; }
  rm -f "$loaddir"/*
  local name
  name="$(basename "$file")"
  ln -f "$file" "$loaddir/$name" 2>/dev/null || cp "$file" "$loaddir/$name"
  local t0 t1
  t0=$(date +%s%N)
  # A second load replaces the first: the graph is cleared and the loader's list of done files emptied.
  isql exec="SPARQL CLEAR GRAPH <$graph>; DELETE FROM DB.DBA.load_list; ld_dir('$loaddir', '$name', '$graph'); rdf_loader_run(); checkpoint;" >"$home/load.log" 2>&1
  t1=$(date +%s%N)
  local errors
  errors="$(isql exec="SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;" 2>/dev/null | grep -E '^[0-9]+$' | head -1)"
  if [ "${errors:-1}" != "0" ]; then log "bulk load reported errors (see $home/load.log and DB.DBA.load_list)"; return 2; fi
  echo $(((t1 - t0) / 1000000))
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then log "not running"; rm -f "$pidfile"; return 0; fi
  isql exec="checkpoint; shutdown;" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  log "stopped"
}

hard_kill() {
  local pid
  if ! pid="$(running_pid)"; then log "not running"; rm -f "$pidfile"; return 0; fi
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  rm -f "$pidfile" "$db/virtuoso.lck"
  log "killed (pid $pid)"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  load) load "${2:?usage: $0 load FILE.nt}" ;;
  stop) stop ;;
  kill) hard_kill ;;
  endpoints)
    echo "sparql=http://127.0.0.1:$http_port/sparql"
    echo "graph-store=http://127.0.0.1:$http_port/sparql-graph-crud-auth"
    echo "graph-store-anonymous=http://127.0.0.1:$http_port/sparql-graph-crud" ;;
  credentials) echo "KG_ENDPOINT_USER=dba"; echo "KG_ENDPOINT_PASSWORD=dba" ;;
  status) if pid="$(running_pid)"; then echo "running (pid $pid)"; else echo "stopped"; exit 3; fi ;;
  pid) running_pid ;;
  *) echo "usage: $0 install|start|load FILE|stop|kill|status|pid|endpoints|credentials" >&2; exit 2 ;;
esac
