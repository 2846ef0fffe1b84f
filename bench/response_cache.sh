#!/usr/bin/env bash
# The response cache (`serve --response-cache-bytes`) side by side: two lawtracker
# servers on one database, one with the cache (its default budget) and one with
# `--response-cache-bytes 0`, loaded in turn with the same Q1 and Q2 bodies as
# bench/run.sh (bench/harness.py), each query on the cached server then on the other.
# Anonymous reads and no writes, so after its first answer the cached server
# answers every request from memory: the cached figures are the cache's ceiling,
# the uncached ones what every request costs without it. Prints a markdown table.
#
#   bash bench/response_cache.sh --database-url sqlite:///tmp/lawtracker-bench.sqlite
#   bash bench/response_cache.sh --database-url postgres://postgres@127.0.0.1/lawtracker_bench --no-build
#
# Options: --duration S (10), --warmup S (2), --connections N (32), --threads N (2),
# --server-cpus CPUS (0), --wrk-cpus CPUS (1), --port N (18310, two ports),
# --queries "Q1 Q2", --no-build (use target/release/lawtracker as it is).
set -euo pipefail

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

database_url=${DATABASE_URL:-}
duration=10 warmup=2 connections=32 threads=2 server_cpus=0 wrk_cpus=1 port=18310 build=true
queries="Q1 Q2"
while [ $# -gt 0 ]; do
  case "$1" in
    --database-url) database_url=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --server-cpus) server_cpus=$2; shift 2 ;;
    --wrk-cpus) wrk_cpus=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
done
[ -n "$database_url" ] || die "--database-url is required (sqlite://FILE or postgres://USER@HOST/DB)"
if [[ "$database_url" =~ ^sqlite://([^/].*)$ ]]; then database_url="sqlite://$PWD/${BASH_REMATCH[1]}"; fi
if [[ "$database_url" == postgres* && "$database_url" != *sslmode=* ]]; then
  # As bench/run.sh: plain TCP unless the URL says otherwise.
  case "$database_url" in *\?*) database_url="$database_url&sslmode=disable" ;; *) database_url="$database_url?sslmode=disable" ;; esac
fi
cd "$(dirname "$0")/.."
root=$PWD
target_dir=${CARGO_TARGET_DIR:-$root/target}
harness=(python3 "$root/bench/harness.py")
command -v wrk >/dev/null || die "wrk is required (apt-get install wrk)"

if $build; then
  say "building the release binary (slow on 2 cores)"
  cargo build --release --bin lawtracker -p lawtracker-api >&2
fi
bin=$target_dir/release/lawtracker
[ -x "$bin" ] || die "$bin is missing (run without --no-build)"
cmp -s <("$bin" schema 2>/dev/null) "$root/schema.graphql" || die "$bin does not print this tree's schema.graphql: rebuild it"
"$bin" serve --help | grep -q -- --response-cache-bytes || die "$bin has no --response-cache-bytes: rebuild it"

work=$(mktemp -d "${TMPDIR:-/tmp}/lawtracker-cache-bench.XXXXXX")
cp "$bin" "$work/lawtracker"
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ "$status" -eq 0 ]; then rm -rf "$work"; else say "failed; logs kept in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

on_port=$port off_port=$((port + 1))
start() { # start NAME PORT EXTRA-ARGS...
  local name=$1 p=$2
  shift 2
  taskset -c "$server_cpus" "$work/lawtracker" serve --database-url "$database_url" --addr "127.0.0.1:$p" \
    --rate-limit-per-second 0 "$@" >"$work/$name.log" 2>&1 &
  pids+=("$!")
  local deadline=$((SECONDS + 600))
  until curl -sf "http://127.0.0.1:$p/healthz" >/dev/null; do
    kill -0 "${pids[-1]}" 2>/dev/null || { tail -n 30 "$work/$name.log" >&2; die "$name exited"; }
    [ $SECONDS -lt $deadline ] || die "$name did not answer in 600 s"
    sleep 0.2
  done
}
say "starting lawtracker with the cache (port $on_port) and without (port $off_port), both on CPU $server_cpus"
start cached "$on_port"
on_pid=${pids[-1]}
start uncached "$off_port" --response-cache-bytes 0
off_pid=${pids[-1]}

"${harness[@]}" pick --url "http://127.0.0.1:$on_port/graphql" --out "$work/vars.json" >&2
"${harness[@]}" bodies --vars "$work/vars.json" --queries "$root/bench/queries/lawtracker" --out "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for q in $queries; do
  # The same answer from both, the cached one after its first computation.
  for p in "$on_port" "$off_port"; do
    "${harness[@]}" check --url "http://127.0.0.1:$p/graphql" --body "$work/$q.json" --out "$work/$q.$p.response.json" \
      --label "lawtracker:$p $q" >&2
  done
  cmp -s "$work/$q.$on_port.response.json" "$work/$q.$off_port.response.json" || die "$q: the cached answer differs"
  for side in on off; do
    if [ $side = on ]; then p=$on_port pid=$on_pid; else p=$off_port pid=$off_pid; fi
    "${harness[@]}" load --target lawtracker --query "$q" --body "$work/$q.json" --url "http://127.0.0.1:$p/graphql" \
      --server-pid "$pid" --record "$work/$side.jsonl" --lua "$root/bench/wrk/graphql.lua" --duration "$duration" \
      --warmup "$warmup" --threads "$threads" --connections "$connections" --wrk-cpus "$wrk_cpus" >&2
  done
done
hits=$(curl -s "http://127.0.0.1:$on_port/metrics" | awk '/^lawtracker_response_cache_hits_total/ {print $2}')
misses=$(curl -s "http://127.0.0.1:$on_port/metrics" | awk '/^lawtracker_response_cache_misses_total/ {print $2}')

echo "## Response cache, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "- database: $(sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#g' <<<"$database_url"); lawtracker $(git rev-parse --short HEAD)"
echo "- machine: $(nproc) CPUs, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- wrk -t$threads -c$connections on CPU $wrk_cpus, servers on CPU $server_cpus, $warmup s warm-up + $duration s per row"
echo "- cached server: $hits hits, $misses misses"
echo
python3 - "$work/on.jsonl" "$work/off.jsonl" <<'PY'
import json, sys
rows = {}
for side, path in zip(["cache on", "cache off"], sys.argv[1:]):
    for line in open(path):
        r = json.loads(line)
        if "rps" in r:
            rows.setdefault(r["query"], {})[side] = r
print("| query | cache | req/s | p50 ms | p99 ms | errors |")
print("|---|---|---:|---:|---:|---:|")
for query, sides in rows.items():
    for side in ["cache on", "cache off"]:
        r = sides[side]
        print(f"| {query} | {side} | {r['rps']:.0f} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} | {r['errors']} |")
    on, off = sides["cache on"]["rps"], sides["cache off"]["rps"]
    if off:
        print(f"| {query} | on ÷ off | ×{on / off:.1f} | | | |")
PY
