#!/usr/bin/env bash
# A single-node OpenSearch 2.19 on 127.0.0.1, built from Maven Central artifacts (ops/opensearch/pom.xml), for
# running Spirekassen and its search tests on the Elasticsearch backend. Not for production.
#
#   bash ops/opensearch.sh start     build if needed, start in the background, wait until it answers
#   bash ops/opensearch.sh stop      stop the node started here (by its PID)
#   bash ops/opensearch.sh status    whether it runs and answers
#
# OPENSEARCH_PORT (default 9200) and OPENSEARCH_TRANSPORT_PORT (9300) choose the ports, OPENSEARCH_HEAP (512m) the
# heap, OPENSEARCH_WAIT (120) how many seconds start waits for an answer. Its data and log stay under
# ops/opensearch/target (opensearch.log there); delete target/home to start with no indexes.
set -euo pipefail
cd "$(dirname "$0")/opensearch"

port="${OPENSEARCH_PORT:-9200}"
transport_port="${OPENSEARCH_TRANSPORT_PORT:-9300}"
heap="${OPENSEARCH_HEAP:-512m}"
wait_seconds="${OPENSEARCH_WAIT:-120}"
pid_file="target/opensearch.pid"
log_file="target/opensearch.log"
url="http://127.0.0.1:$port/"

running_pid() {
  [ -f "$pid_file" ] || return 1
  local pid
  pid="$(cat "$pid_file")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

answers() {
  curl -fsS --max-time 2 "$url" >/dev/null 2>&1
}

build() {
  if [ ! -f target/opensearch-node-0.1.0-SNAPSHOT.jar ] || [ ! -d target/lib ] \
      || [ -n "$(find pom.xml src -newer target/opensearch-node-0.1.0-SNAPSHOT.jar -print -quit)" ]; then
    echo "Building the OpenSearch node (mvn -f ops/opensearch/pom.xml package)"
    mvn -q -B package
  fi
}

start() {
  if pid="$(running_pid)"; then
    echo "OpenSearch already runs (PID $pid) at $url"
    return 0
  fi
  if answers; then
    echo "Something else already answers at $url; not starting another node" >&2
    return 1
  fi
  build
  mkdir -p target/home
  nohup java -Xms"$heap" -Xmx"$heap" -XX:+ExitOnOutOfMemoryError \
    -Dopensearch.home=target/home -Dopensearch.http.port="$port" -Dopensearch.transport.port="$transport_port" \
    -cp "target/opensearch-node-0.1.0-SNAPSHOT.jar:target/lib/*" dk.spirekassen.ops.SingleNode \
    >"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
  local waited=0
  until answers; do
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "OpenSearch stopped while starting; the end of $PWD/$log_file:" >&2
      tail -n 30 "$log_file" >&2
      rm -f "$pid_file"
      return 1
    fi
    if [ "$waited" -ge "$wait_seconds" ]; then
      echo "OpenSearch did not answer at $url within $wait_seconds s (still starting? see $PWD/$log_file)" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "OpenSearch runs (PID $(cat "$pid_file")) at $url after ${waited} s; log: ops/opensearch/$log_file"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    echo "OpenSearch does not run (no live PID in ops/opensearch/$pid_file)"
    rm -f "$pid_file"
    return 0
  fi
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "OpenSearch (PID $pid) did not stop within 30 s; killing it" >&2
    kill -9 "$pid"
  fi
  rm -f "$pid_file"
  echo "OpenSearch stopped"
}

status() {
  local pid
  if pid="$(running_pid)" && answers; then
    echo "OpenSearch runs (PID $pid) and answers at $url"
  elif pid="$(running_pid)"; then
    echo "OpenSearch runs (PID $pid) but does not answer at $url yet"
    return 1
  else
    echo "OpenSearch does not run"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: bash ops/opensearch.sh start|stop|status" >&2; exit 2 ;;
esac
