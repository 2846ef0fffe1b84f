#!/usr/bin/env bash
# Two lawtracker binaries side by side on one database and one query: each round
# starts A, loads it, stops it, then B, so both see the same machine within
# seconds of each other. For measuring one change (build A before it, B after);
# bench/run.sh is the benchmark itself.
#
#   cp target/release/lawtracker /tmp/lawtracker-before   # then make the change
#   cargo build --release -p lawtracker-api --bin lawtracker
#   bash bench/ab.sh --database-url sqlite:///tmp/lawtracker-scale/scale-100000.sqlite \
#     --query bench/queries/lawtracker/q2-nested.graphql --variables '{"slug":"syn-provision-00001"}' \
#     /tmp/lawtracker-before target/release/lawtracker
#
# Same CPU split as bench/run.sh: the server on CPU 0, wrk on CPU 1 (PostgreSQL is
# left where it is). Prints one line per binary and round, with the CPU time the
# server and PostgreSQL spent per request served.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bash bench/ab.sh --database-url URL --query FILE [options] BINARY_A BINARY_B

  --database-url URL   a database already filled (the servers start with --no-dataset)
  --query FILE         a GraphQL document, e.g. bench/queries/lawtracker/q2-nested.graphql
  --variables JSON     its variables, default {}
  --rounds N           default 2
  --duration S         measured seconds per binary and round, default 8
  --connections N      wrk connections, default 32
  --port N             default 18390
EOF
}

die() { echo "ab: $*" >&2; exit 1; }

database_url="" query="" variables="{}" rounds=2 duration=8 connections=32 port=18390
binaries=()
while [ $# -gt 0 ]; do
  case "$1" in
    --database-url) database_url=$2; shift 2 ;;
    --query) query=$2; shift 2 ;;
    --variables) variables=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) binaries+=("$1"); shift ;;
  esac
done
[ -n "$database_url" ] || { usage >&2; die "--database-url is required"; }
[ -f "$query" ] || { usage >&2; die "--query must name a GraphQL file"; }
[ ${#binaries[@]} -eq 2 ] || { usage >&2; die "give exactly two binaries"; }
for bin in "${binaries[@]}"; do [ -x "$bin" ] || die "$bin is not an executable"; done
command -v wrk >/dev/null || die "wrk is missing (bash bench/run.sh installs it)"

# cpu_ticks PID...: user + system clock ticks these processes have used (0 for none).
cpu_ticks() {
  local total=0 p
  for p in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}

here=$(cd "$(dirname "$0")" && pwd)
body=$(mktemp)
server_log=$(mktemp)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -f "$body" "$server_log"
}
trap cleanup EXIT
python3 -c 'import json, sys; json.dump({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}, open(sys.argv[3], "w"))' \
  "$query" "$variables" "$body" || die "--variables is not JSON"

url="http://127.0.0.1:$port/graphql"
for round in $(seq 1 "$rounds"); do
  for bin in "${binaries[@]}"; do
    # No rate limit (wrk is one client): by the environment, which binaries from before
    # rate limits existed ignore, where the flag would stop them.
    LAWTRACKER_RATE_LIMIT_PER_SECOND=0 taskset -c 0 "$bin" serve --database-url "$database_url" --addr "127.0.0.1:$port" --no-dataset >"$server_log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break
      kill -0 "$pid" 2>/dev/null || { cat "$server_log" >&2; die "$bin did not start"; }
      sleep 0.1
    done
    # One warm-up second, then the measured load; graphql.lua counts a GraphQL error as a failure.
    WRK_BODY_FILE=$body taskset -c 1 wrk -t2 -c"$connections" -d1s -s "$here/wrk/graphql.lua" "$url" >/dev/null
    # CPU time (clock ticks) of the server and of every PostgreSQL process around the
    # measured load: where a request's time goes, not only how many were served.
    server_ticks_before=$(cpu_ticks "$pid") pg_ticks_before=$(cpu_ticks $(pgrep -x postgres || true))
    out=$(WRK_BODY_FILE=$body taskset -c 1 wrk -t2 -c"$connections" -d"${duration}s" -s "$here/wrk/graphql.lua" "$url")
    server_ticks=$(( $(cpu_ticks "$pid") - server_ticks_before )) pg_ticks=$(( $(cpu_ticks $(pgrep -x postgres || true)) - pg_ticks_before ))
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    python3 - "$round" "$bin" "$out" "$server_ticks" "$pg_ticks" "$(getconf CLK_TCK)" <<'EOF'
import json, sys
round_, binary, out = sys.argv[1], sys.argv[2], sys.argv[3]
server_ticks, pg_ticks, hz = (int(a) for a in sys.argv[4:7])
r = json.loads(out.split("WRK_RESULT", 1)[1].strip().splitlines()[0])
failures = r["bad_status"] + r["graphql_errors"] + r["socket_errors"] + r["timeouts"]
served = r["requests"] - r["bad_status"] - r["graphql_errors"]
per_request = lambda ticks: ticks / hz * 1000 / max(served, 1)
print(f"round {round_}  {binary}: {served / (r['duration_us'] / 1e6):8.1f} req/s served, "
      f"p50 {r['p50_us'] / 1000:.1f} ms, p99 {r['p99_us'] / 1000:.1f} ms, failures {failures}; "
      f"CPU ms/request: server {per_request(server_ticks):.2f}, PostgreSQL {per_request(pg_ticks):.2f}")
EOF
  done
done
