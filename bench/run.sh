#!/usr/bin/env bash
# Throughput and latency of lawtracker's GraphQL API on one database, beside
# PostGraphile v5 on the same PostgreSQL database and an HTTP-only floor, for the
# fixed queries of bench/harness.py's QUERIES (Q1-Q7), and lawtracker's cold start
# (launch to the first answered Q1). Prints one markdown table and saves it under
# bench/results/. BENCHMARKS.md explains the queries, the CPU split and how
# failures count.
#
#   bash bench/run.sh --backend postgres --database-url postgres://postgres@127.0.0.1/lawtracker_bench
#   bash bench/run.sh --backend sqlite --database-url sqlite:///tmp/lawtracker-bench.sqlite
#
# Every option also reads an environment variable (flags win); see usage below.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bash bench/run.sh --database-url URL [options]

  --backend sqlite|postgres   default: from the URL's scheme
  --database-url URL          sqlite://FILE or postgres://USER@HOST/DB   ($DATABASE_URL)
  --duration S                measured seconds per query, default 10     ($BENCH_DURATION)
  --warmup S                  unmeasured seconds before each, default 2  ($BENCH_WARMUP)
  --connections N             wrk connections, default 32                ($BENCH_CONNECTIONS)
  --threads N                 wrk threads, default 2                     ($BENCH_THREADS)
  --targets LIST              default lawtracker,postgraphile,floor      ($BENCH_TARGETS)
                              (postgraphile only runs on PostgreSQL)
  --server-cpus CPUS          taskset list for the servers, default 0    ($BENCH_SERVER_CPUS)
  --wrk-cpus CPUS             taskset list for wrk, default 1            ($BENCH_WRK_CPUS)
  --pg-cpus CPUS|none         PostgreSQL's processes, default: the server's CPUs;
                              none leaves them alone                     ($BENCH_PG_CPUS)
  --port N                    first of three ports, default 18300        ($BENCH_PORT)
  --no-dataset                start lawtracker with --no-dataset (a database loaded by
                              `lawtracker generate` or `import`)
  --slug S --from D --to D --search W --right R
                              fix a variable instead of asking the API for it
  --cold-starts N             start lawtracker N more times, timing launch to the
                              first answered Q1 (median reported), default 5; 0 skips
                                                                         ($BENCH_COLD_STARTS)
  --no-build                  use the binaries already in target/release
                              ($CARGO_TARGET_DIR/release when that is set)
  --start-timeout S           wait this long for a server to answer, default 600
  --wait-idle S               first wait up to S seconds for the 1-minute load
                              average to drop below 0.5 (a shared machine), default 0
EOF
}

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

command_line="bash bench/run.sh $*"
backend=""
database_url=${DATABASE_URL:-}
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-2}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
targets=${BENCH_TARGETS:-lawtracker,postgraphile,floor}
server_cpus=${BENCH_SERVER_CPUS:-0}
wrk_cpus=${BENCH_WRK_CPUS:-1}
pg_cpus=${BENCH_PG_CPUS:-}
port=${BENCH_PORT:-18300}
start_timeout=600
wait_idle=${BENCH_WAIT_IDLE:-0}
cold_starts=${BENCH_COLD_STARTS:-5}
no_dataset=false
build=true
pick_args=()

while [ $# -gt 0 ]; do
  case "$1" in
    --backend) backend=$2; shift 2 ;;
    --database-url) database_url=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --server-cpus) server_cpus=$2; shift 2 ;;
    --wrk-cpus) wrk_cpus=$2; shift 2 ;;
    --pg-cpus) pg_cpus=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --start-timeout) start_timeout=$2; shift 2 ;;
    --wait-idle) wait_idle=$2; shift 2 ;;
    --cold-starts) cold_starts=$2; shift 2 ;;
    --no-dataset) no_dataset=true; shift ;;
    --no-build) build=false; shift ;;
    --slug|--from|--to|--search|--right) pick_args+=("$1" "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done

[ -n "$database_url" ] || { usage >&2; die "--database-url is required"; }
case "$database_url" in
  sqlite:*) url_backend=sqlite ;;
  postgres:*|postgresql:*) url_backend=postgres ;;
  *) die "unsupported database URL $database_url (sqlite://FILE or postgres://...)" ;;
esac
backend=${backend:-$url_backend}
[ "$backend" = "$url_backend" ] || die "--backend $backend does not match the URL ($url_backend)"
# The database does its work for the server: by default it gets the server's core.
pg_cpus=${pg_cpus:-$server_cpus}

want() { [[ ",$targets," == *",$1,"* ]]; }
want lawtracker || die "--targets must include lawtracker (it picks the variables and the floor's bodies)"
run_pg=false
if want postgraphile; then
  if [ "$backend" = postgres ]; then run_pg=true; else say "PostGraphile skipped: it needs PostgreSQL"; fi
fi
run_floor=false
want floor && run_floor=true

# lawtracker runs from the repository root: anchor a relative SQLite path to the
# caller's directory first, so it means what it meant on the command line.
if [[ "$database_url" =~ ^sqlite://([^/].*)$ ]]; then
  database_url="sqlite://$PWD/${BASH_REMATCH[1]}"
fi
# Both servers reach PostgreSQL the same way. Left to their defaults they do not:
# sqlx (lawtracker) negotiates TLS with a server that offers it (Debian's does),
# node-postgres (PostGraphile) never does, and TLS on every row costs both the
# server and PostgreSQL. Plain TCP for both unless the URL names an sslmode.
if [[ "$database_url" == postgres* && "$database_url" != *sslmode=* ]]; then
  case "$database_url" in
    *\?*) database_url="$database_url&sslmode=disable" ;;
    *) database_url="$database_url?sslmode=disable" ;;
  esac
fi
# cargo takes a relative CARGO_TARGET_DIR from the directory it runs in: anchor it
# to the caller's too, before leaving it.
if [ -n "${CARGO_TARGET_DIR:-}" ] && [[ "$CARGO_TARGET_DIR" != /* ]]; then
  export CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR"
fi
cd "$(dirname "$0")/.."
root=$PWD
target_dir=${CARGO_TARGET_DIR:-$root/target}
bench=$root/bench
harness=(python3 "$bench/harness.py")
lt_port=$port
pg_port=$((port + 1))
floor_port=$((port + 2))

# --- tools -------------------------------------------------------------------

if $build; then
  # One build, the workspace's release profile, both binaries at once.
  say "building the release binary and the floor example (slow on 2 cores)"
  cargo build --release --bin lawtracker --example floor -p lawtracker-api >&2
fi

if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian's packages"
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
command -v taskset >/dev/null || die "taskset (util-linux) is required"

node_bin=$bench/postgraphile/node_modules/.bin/node
if $run_pg; then
  command -v psql >/dev/null || die "psql is required for the PostgreSQL run"
  # Node 22 comes from the npm package node@22 pinned in package-lock.json: the
  # machine's own Node is 20 and PostGraphile 5 requires 22.
  if ! "$node_bin" --version 2>/dev/null | grep -q '^v22\.'; then
    say "installing Node 22 and PostGraphile 5 into bench/postgraphile/node_modules (npm ci)"
    (cd "$bench/postgraphile" && npm ci --no-audit --no-fund >&2)
  fi
  "$node_bin" --version | grep -q '^v22\.' || die "bench/postgraphile/node_modules/.bin/node is not Node 22"
fi

# --- processes and clean-up ----------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/lawtracker-bench.XXXXXX")

# The target directory can be shared with another checkout of the project (a git
# worktree building into the same target/): target/release/lawtracker is then the
# binary whichever checkout linked last, and cargo does not link it again when its
# own build is fresh. So take the built binary whose `lawtracker schema` prints this
# tree's schema.graphql, and copy it (and the floor) into the work directory, out of
# reach of builds during the run.
lawtracker_bin=""
for candidate in "$target_dir/release/lawtracker" $(ls -t "$target_dir"/release/deps/lawtracker-* 2>/dev/null | grep -v '\.d$'); do
  if [ -x "$candidate" ] && cmp -s <("$candidate" schema 2>/dev/null) "$root/schema.graphql"; then
    mkdir -p "$work/bin" && cp "$candidate" "$work/bin/lawtracker"
    lawtracker_bin=$work/bin/lawtracker
    break
  fi
done
[ -n "$lawtracker_bin" ] || die "no lawtracker in $target_dir/release prints this tree's schema.graphql (build it, or regenerate schema.graphql)"
floor_bin=$target_dir/release/examples/floor
if $run_floor; then
  [ -x "$floor_bin" ] || die "$floor_bin is missing (run without --no-build)"
  mkdir -p "$work/bin" && cp "$floor_bin" "$work/bin/floor"
  floor_bin=$work/bin/floor
fi
pids=()            # every server this script started
pg_pinned=()       # "pid mask" of each PostgreSQL process whose affinity we changed
postmaster=""
bench_schema=false

cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  restore_pg_affinity
  if $bench_schema; then
    psql -q "$database_url" -c 'DROP SCHEMA IF EXISTS bench_pg CASCADE' >/dev/null 2>&1 || true
  fi
  if [ "$status" -eq 0 ]; then
    rm -rf "$work"
  else
    say "failed; logs and responses kept in $work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME READY_CHECK COMMAND...: runs COMMAND in the background (logging to
# $work/NAME.log) and waits until READY_CHECK succeeds; sets $started_pid.
start() {
  local name=$1 ready=$2
  shift 2
  "$@" >"$work/$name.log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
  local deadline=$((SECONDS + start_timeout))
  until $ready; do
    if ! kill -0 "$started_pid" 2>/dev/null; then
      tail -n 30 "$work/$name.log" >&2
      die "$name exited before it answered"
    fi
    [ $SECONDS -lt $deadline ] || { tail -n 30 "$work/$name.log" >&2; die "$name did not answer in ${start_timeout}s"; }
    sleep 0.2
  done
}

stop() {
  local pid=$1 kept=()
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

healthz() { curl -sf "http://127.0.0.1:$1/healthz" >/dev/null; }
lt_ready() { healthz "$lt_port"; }
floor_ready() { healthz "$floor_port"; }
pg_ready() {
  curl -sf -H 'Content-Type: application/json' --data '{"query":"{__typename}"}' \
    "http://127.0.0.1:$pg_port/graphql" >/dev/null
}

# Peak RSS is the server's VmHWM after its queries. Writing 5 to clear_refs resets
# the high-water mark to the current RSS, so the peak is the one reached while
# serving, not during start-up (migrations, dataset load, schema build).
reset_peak_rss() {
  if ! echo 5 >"/proc/$1/clear_refs" 2>/dev/null; then
    say "cannot reset VmHWM of $1: its peak RSS includes start-up"
    rss_note="peak RSS includes start-up (clear_refs was refused)"
  fi
}

# PostgreSQL's processes do the database work of a request, as SQLite does inside
# the server's own process. So that both backends give the system under test the
# same CPU, the postmaster and its children are pinned to the server's core (new
# backends inherit the postmaster's affinity) and set back when the script exits.
pin_pg() {
  [ "$pg_cpus" = none ] && { pg_note="PostgreSQL's processes left unpinned (--pg-cpus none)"; return; }
  local checkpointer
  checkpointer=$(psql -Atq "$database_url" -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'" 2>/dev/null || true)
  if [ -n "$checkpointer" ] && [ -r "/proc/$checkpointer/status" ]; then
    postmaster=$(awk '/^PPid:/ {print $2}' "/proc/$checkpointer/status")
  fi
  if [ -z "$postmaster" ] || [ ! -r "/proc/$postmaster/status" ]; then
    say "PostgreSQL's postmaster is not visible from here: its processes stay unpinned"
    pg_note="PostgreSQL's processes unpinned (postmaster not visible)"
    postmaster=""
    return
  fi
  local pid mask
  for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    mask=$(taskset -p "$pid" 2>/dev/null | awk '{print $NF}') || continue
    [ -n "$mask" ] || continue
    if taskset -a -p -c "$pg_cpus" "$pid" >/dev/null 2>&1; then pg_pinned+=("$pid $mask"); fi
  done
  pg_note="PostgreSQL (postmaster $postmaster and its children) pinned to CPU $pg_cpus, restored afterwards"
  say "$pg_note"
}

restore_pg_affinity() {
  [ -n "$postmaster" ] || return 0
  local entry pid mask original=""
  for entry in "${pg_pinned[@]}"; do
    read -r pid mask <<<"$entry"
    [ "$pid" = "$postmaster" ] && original=$mask
    taskset -a -p "$mask" "$pid" >/dev/null 2>&1 || true
  done
  # Backends forked while pinned inherited the pinned mask: give them the original too.
  if [ -n "$original" ]; then
    for pid in $(ps -o pid= --ppid "$postmaster" 2>/dev/null); do
      taskset -a -p "$original" "$pid" >/dev/null 2>&1 || true
    done
  fi
  postmaster=""
}

for p in "$lt_port" "$pg_port" "$floor_port"; do port_free "$p" || die "port $p is in use (choose --port)"; done

load() { # load TARGET QUERY BODY PORT PID
  # Between runs the harness waits for the server (and on PostgreSQL, the database's
  # statements) to finish what wrk left in flight; the floor has no database.
  local drain_db=()
  if [ "$backend" = postgres ] && [ "$1" != floor ]; then drain_db=(--database-url "$database_url"); fi
  "${harness[@]}" load --target "$1" --query "$2" --body "$3" --url "http://127.0.0.1:$4/graphql" \
    --server-pid "$5" --record "$work/results.jsonl" --lua "$bench/wrk/graphql.lua" \
    --duration "$duration" --warmup "$warmup" --threads "$threads" --connections "$connections" \
    --wrk-cpus "$wrk_cpus" "${drain_db[@]}"
}

# On a shared machine, other work skews every number: optionally wait for quiet.
if [ "$wait_idle" -gt 0 ]; then
  deadline=$((SECONDS + wait_idle))
  until awk '{ exit !($1 < 0.5) }' /proc/loadavg || [ $SECONDS -ge $deadline ]; do sleep 5; done
fi

# The labels of the queries, from the harness's one list (QUERIES in harness.py).
read -r -a queries <<<"$("${harness[@]}" queries)"
[ "${#queries[@]}" -gt 0 ] || die "bench/harness.py listed no queries"
rss_note="peak RSS: VmHWM of the server process (node for PostGraphile), reset before its first query, read after each"
pg_note="SQLite runs inside the server process"
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$backend" = postgres ]; then pin_pg; fi

# --- lawtracker: start, pick the variables, check every query ------------------

lt_args=(serve --database-url "$database_url" --addr "127.0.0.1:$lt_port" --rate-limit-per-second 0)
$no_dataset && lt_args+=(--no-dataset)
say "starting lawtracker on $backend (CPU $server_cpus)"
start lawtracker lt_ready taskset -c "$server_cpus" "$lawtracker_bin" "${lt_args[@]}"
lt_pid=$started_pid

"${harness[@]}" pick --url "http://127.0.0.1:$lt_port/graphql" --out "$work/vars.json" "${pick_args[@]}" >&2
mkdir -p "$work/lawtracker" "$work/postgraphile" "$work/floor"
"${harness[@]}" bodies --vars "$work/vars.json" --queries "$bench/queries/lawtracker" --out "$work/lawtracker"
checks=()
for q in "${queries[@]}"; do
  checks+=("$("${harness[@]}" check --url "http://127.0.0.1:$lt_port/graphql" --body "$work/lawtracker/$q.json" \
    --out "$work/lawtracker/$q.response.json" --label "lawtracker $q")")
done

# --- PostGraphile: its schema, then the same check, and the same data? --------

pg_cmd=()
if $run_pg; then
  # The search function lives in the harness's own schema, dropped on exit.
  psql -q -v ON_ERROR_STOP=1 "$database_url" -f "$bench/postgraphile/bench_pg.sql" >/dev/null 2>"$work/bench_pg.log" \
    || { cat "$work/bench_pg.log" >&2; die "could not create the bench_pg schema"; }
  bench_schema=true
  pg_cmd=(env DATABASE_URL="$database_url" PORT="$pg_port" NODE_ENV=production
    taskset -c "$server_cpus" "$node_bin" "$bench/postgraphile/node_modules/postgraphile/dist/cli-run.js"
    -C "$bench/postgraphile/graphile.config.mjs")
  say "starting PostGraphile to check its answers"
  start postgraphile pg_ready "${pg_cmd[@]}"
  "${harness[@]}" bodies --vars "$work/vars.json" --queries "$bench/queries/postgraphile" --out "$work/postgraphile"
  for q in "${queries[@]}"; do
    checks+=("$("${harness[@]}" check --url "http://127.0.0.1:$pg_port/graphql" --body "$work/postgraphile/$q.json" \
      --out "$work/postgraphile/$q.response.json" --label "PostGraphile $q")")
    checks+=("$("${harness[@]}" compare --query "$q" --a "$work/lawtracker/$q.response.json" \
      --b "$work/postgraphile/$q.response.json" --label "lawtracker vs PostGraphile $q")")
  done
  # Stopped during lawtracker's run, so that only one server holds the core and the
  # database's connections at a time; restarted fresh for its own run.
  stop "$started_pid"
fi
printf '%s\n' "${checks[@]}" >&2

# --- the load: one target at a time ------------------------------------------

say "load: $duration s per query after $warmup s of warm-up, wrk -t$threads -c$connections on CPU $wrk_cpus"
reset_peak_rss "$lt_pid"
for q in "${queries[@]}"; do
  load lawtracker "$q" "$work/lawtracker/$q.json" "$lt_port" "$lt_pid"
done
stop "$lt_pid"

# Cold start: the same command, started anew, timed from launch to its first
# answered Q1 (a real query through the schema and the database, not /healthz).
# The poller runs on wrk's core so that it does not take the server's. The
# database's pages are in the OS cache by now: this is the process's start-up
# (runtime, pool, migrations check, schema), not reading a cold disk.
if [ "$cold_starts" -gt 0 ]; then
  say "cold start: $cold_starts starts of lawtracker, launch to the first answered Q1"
  taskset -c "$wrk_cpus" "${harness[@]}" coldstart --url "http://127.0.0.1:$lt_port/graphql" \
    --body "$work/lawtracker/Q1.json" --target lawtracker --query Q1 --runs "$cold_starts" \
    --record "$work/results.jsonl" --log "$work/coldstart.log" --timeout "$start_timeout" \
    -- taskset -c "$server_cpus" "$lawtracker_bin" "${lt_args[@]}"
fi

if $run_pg; then
  start postgraphile pg_ready "${pg_cmd[@]}"
  pg_pid=$started_pid
  reset_peak_rss "$pg_pid"
  for q in "${queries[@]}"; do
    load postgraphile "$q" "$work/postgraphile/$q.json" "$pg_port" "$pg_pid"
  done
  stop "$pg_pid"
fi

if $run_floor; then
  # One floor process per query, answering lawtracker's own response to that query,
  # so each row compares with HTTP alone at the same response size.
  for q in "${queries[@]}"; do
    start floor floor_ready taskset -c "$server_cpus" "$floor_bin" --addr "127.0.0.1:$floor_port" \
      --body "$work/lawtracker/$q.response.json"
    floor_pid=$started_pid
    "${harness[@]}" check --url "http://127.0.0.1:$floor_port/graphql" --body "$work/lawtracker/$q.json" \
      --out "$work/floor/$q.response.json" --label "floor $q" >/dev/null
    reset_peak_rss "$floor_pid"
    load floor "$q" "$work/lawtracker/$q.json" "$floor_port" "$floor_pid"
    stop "$floor_pid"
  done
fi
restore_pg_affinity
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the report ----------------------------------------------------------------

mem_total=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
# Results of earlier runs (a scale run writes one per size) are not changes to what runs.
[ -z "$(git -C "$root" status --porcelain -- . ':!bench/results' 2>/dev/null)" ] \
  || commit="$commit (with uncommitted changes)"
wrk_version=$( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $2}')  # wrk -v exits 1
versions="lawtracker $commit; wrk $wrk_version"
if [ "$backend" = postgres ]; then
  versions="$versions; PostgreSQL $(psql -Atq "$database_url" -c 'SHOW server_version' | awk '{print $1}')"
else
  versions="$versions; SQLite (bundled by sqlx)"
fi
if $run_pg; then
  pkg_version() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$bench/postgraphile/node_modules/$1/package.json"; }
  pg_version=$(pkg_version postgraphile)
  filter_version=$(pkg_version postgraphile-plugin-connection-filter)
  versions="$versions; PostGraphile $pg_version (amber preset, connection-filter $filter_version) on Node $("$node_bin" --version)"
fi
redact() { sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#g' <<<"$1"; }  # no password in a results file

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$bench/results"
result_file=$bench/results/$stamp-$backend.md
{
  echo "## lawtracker benchmark, $backend, $started_at"
  echo
  echo "- command: \`$(redact "$command_line")\` (database $(redact "$database_url"))"
  echo "- machine: $(nproc) CPUs ($cpu_model), $mem_total memory, Linux $(uname -r)"
  echo "- load average (1, 5, 15 min) before the run: $load_before; after: $load_after"
  # The harness itself keeps both cores busy; anything else running skews the numbers.
  if awk -v l="${load_before%% *}" 'BEGIN { exit !(l >= 0.5) }'; then
    echo "- **warning**: the machine was not idle before the run (1-min load $(cut -d' ' -f1 <<<"$load_before")): other work shared the cores"
  fi
  echo "- CPU split: servers (lawtracker, PostGraphile's node, floor) on CPU $server_cpus, wrk on CPU $wrk_cpus; $pg_note"
  echo "- load: wrk -t$threads -c$connections, $warmup s warm-up then $duration s measured per query; a response counts only if it is a 200 without GraphQL \`errors\`; req/s = such responses / duration"
  echo "- $rss_note"
  echo "- versions: $versions"
  python3 - "$work/vars.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
v = data["variables"]
print(f"- variables: slug `{v['slug']}`, dates `{v['from']}`..`{v['to']}`, search `{v['query']}`, right `{v['right']}`")
for note in data["notes"]:
    print(f"  - {note}")
PY
  echo "- checks before the load:"
  for line in "${checks[@]}"; do echo "  - $line"; done
  echo
  "${harness[@]}" report --record "$work/results.jsonl"
} >"$result_file"
cp "$work/results.jsonl" "${result_file%.md}.jsonl"

cat "$result_file"
say "saved $result_file (raw numbers in ${result_file%.md}.jsonl)"
