#!/usr/bin/env bash
# The search benchmark (docs/benchmarks.md), in one command:
#   scripts/benchmark.sh                                  # the full run: 100,000 articles
#   BENCH_ARTICLES=2000 BENCH_REQUESTS=300 scripts/benchmark.sh   # a quick trial
#   BENCH_MODE=ui scripts/benchmark.sh                    # the web UI's latency, 10,000 articles
#                                                         # (docs/benchmarks-ui.md, ~10 minutes)
# Builds what it needs (mvn -Pbench package -DskipTests), recreates the PostgreSQL database
# kb_bench (127.0.0.1:5432, user postgres, trust auth), then runs io.kbplatform.bench.BenchMain,
# which starts Elasticsearch and the app, measures, writes docs/benchmarks.md and
# docs/benchmarks/results.json, and stops both (BENCH_MODE=ui: io.kbplatform.bench.ui.UiBenchMain,
# which also drives Debian's chromium through chromedriver and writes docs/benchmarks-ui.md and
# docs/benchmarks/ui-results.json). Every process started is stopped by pid, also on
# failure or Ctrl-C. Other settings: see docs/benchmarks.md (BENCH_* variables).
# BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=${BENCH_DB_USER:-postgres}
PG_DB=kb_bench
run_dir="$root/bench/target/bench-run"
bench_pid=""

log() { printf '[benchmark] %s\n' "$*"; }

# Kill a pid from a file if it is still one of the processes this run started.
kill_leftover() {
  local file="$1" pattern="$2" pid
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
      && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "$pattern"; then
    log "stopping leftover $pattern (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

cleanup() {
  local code=$?
  if [[ -n "$bench_pid" ]] && kill -0 "$bench_pid" 2>/dev/null; then
    log "stopping the benchmark (pid $bench_pid)"
    kill "$bench_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$bench_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$bench_pid" 2>/dev/null || true
  fi
  kill_leftover "$run_dir/pids/payara.pid" payara-micro
  kill_leftover "$run_dir/pids/elasticsearch.pid" elasticsearch
  kill_leftover "$run_dir/pids/chromedriver.pid" chromedriver
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

main=io.kbplatform.bench.BenchMain
heap=(-Xmx1g)
if [[ "${BENCH_MODE:-}" == "ui" ]]; then
  main=io.kbplatform.bench.ui.UiBenchMain
  heap=(-Xmx1g)
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]] \
      && [[ -z "${KB_CHROMIUM:-}" || -z "${KB_CHROMEDRIVER:-}" ]]; then
    log "the UI benchmark needs Debian's chromium and chromedriver:"
    log "  apt-get install -y chromium chromium-driver"
    exit 1
  fi
elif [[ -n "${BENCH_MODE:-}" ]]; then
  log "unknown BENCH_MODE=$BENCH_MODE (empty: the search benchmark; ui: the web UI's latency)"
  exit 1
fi

if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  log "building (mvn -Pbench package -DskipTests)"
  mvn -B -ntp -q -Pbench package -DskipTests
fi

if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
fi
log "recreating database $PG_DB"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"

mkdir -p "$run_dir"
# Run from a copy, so that a build during the run cannot change the jar under the running JVM.
cp "$(ls "$root"/bench/target/kb-bench-*.jar | head -n 1)" "$run_dir/kb-bench.jar"
jar="$run_dir/kb-bench.jar"
export BENCH_DB_URL="${BENCH_DB_URL:-jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB}"
if [[ "${BENCH_MODE:-}" == "ui" ]]; then
  export BENCH_COMMAND="${BENCH_COMMAND:-BENCH_MODE=ui scripts/benchmark.sh}"
else
  export BENCH_COMMAND="${BENCH_COMMAND:-scripts/benchmark.sh}"
fi
export DJL_CACHE_DIR="$root/bench/target/djl"
log "running (log: bench/target/bench-run/bench.log)"
java "${heap[@]}" -Djava.io.tmpdir="$run_dir" -Dkb.root="$root" \
  -cp "$jar:$(cat "$root/bench/target/classpath.txt")" "$main" \
  > >(tee "$run_dir/bench.log") 2>&1 &
bench_pid=$!
wait "$bench_pid"
status=$?
bench_pid=""
exit "$status"
