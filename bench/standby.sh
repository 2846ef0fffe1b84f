#!/usr/bin/env bash
# Anonymous Q1 and Q2 read from a PostgreSQL hot standby beside the same reads from
# the primary, on one machine in one run (issue #29): lawtracker `serve` on the
# primary alone, then `serve --replica-url` on the standby, alternated for
# --rounds rounds. For each run: req/s, p50/p99 latency and the CPU time the
# primary cluster's processes, the standby cluster's and the lawtracker process
# used during the measured window. Prints one markdown table and saves it under
# bench/results/. BENCHMARKS.md ("Reads on a hot standby") explains the numbers.
#
#   bash tests/standby/setup.sh        # once, as root: the standby on 5440
#   bash bench/standby.sh
#
# It reuses bench/run.sh's pieces: the release binary check, harness.py's pick,
# bodies, check and load (wrk with bench/wrk/graphql.lua), the CPU split (servers
# and PostgreSQL on --server-cpus, wrk on --wrk-cpus).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bash bench/standby.sh [options]

  --primary URL         the primary cluster, no database   default postgres://postgres@127.0.0.1:5432
  --standby URL         its hot standby, no database        default postgres://postgres@127.0.0.1:5440
  --database NAME       made on the primary by `lawtracker generate` unless it exists,
                        default lawtracker_bench_standby
  --incidents N         its size, default 10000 (seed 1, the generator's other defaults)
  --regenerate          drop and make the database anew
  --rounds N            primary then standby, N times, default 2              ($BENCH_ROUNDS)
  --duration S          measured seconds per query, default 10                ($BENCH_DURATION)
  --warmup S            unmeasured seconds before each, default 2             ($BENCH_WARMUP)
  --connections N       wrk connections, default 32                           ($BENCH_CONNECTIONS)
  --threads N           wrk threads, default 2                                ($BENCH_THREADS)
  --server-cpus CPUS    taskset list for lawtracker, default 0                ($BENCH_SERVER_CPUS)
  --wrk-cpus CPUS       taskset list for wrk, default 1                       ($BENCH_WRK_CPUS)
  --pg-cpus CPUS|none   both clusters' processes, default: the server's CPUs  ($BENCH_PG_CPUS)
  --max-replica-lag S   serve's --max-replica-lag in the standby runs, default 5
  --port N              lawtracker's port, default 18310                      ($BENCH_PORT)
  --no-build            use target/release/lawtracker ($CARGO_TARGET_DIR/release)
  --wait-idle S         first wait up to S s for the 1-minute load average to
                        drop below 0.5, default 0                             ($BENCH_WAIT_IDLE)
EOF
}

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

command_line="bash bench/standby.sh $*"
primary_base=postgres://postgres@127.0.0.1:5432
standby_base=postgres://postgres@127.0.0.1:5440
database=lawtracker_bench_standby
incidents=10000
regenerate=false
rounds=${BENCH_ROUNDS:-2}
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-2}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
server_cpus=${BENCH_SERVER_CPUS:-0}
wrk_cpus=${BENCH_WRK_CPUS:-1}
pg_cpus=${BENCH_PG_CPUS:-}
max_lag=5
port=${BENCH_PORT:-18310}
build=true
wait_idle=${BENCH_WAIT_IDLE:-0}
start_timeout=600

while [ $# -gt 0 ]; do
  case "$1" in
    --primary) primary_base=$2; shift 2 ;;
    --standby) standby_base=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --incidents) incidents=$2; shift 2 ;;
    --regenerate) regenerate=true; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --server-cpus) server_cpus=$2; shift 2 ;;
    --wrk-cpus) wrk_cpus=$2; shift 2 ;;
    --pg-cpus) pg_cpus=$2; shift 2 ;;
    --max-replica-lag) max_lag=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    --wait-idle) wait_idle=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done

[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || die "--database must be a plain lowercase name, not $database"
for n in "$incidents" "$rounds" "$duration" "$warmup" "$connections" "$threads" "$port" "$wait_idle"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "expected a whole number, got $n"
done
[ "$rounds" -ge 1 ] && [ "$duration" -ge 1 ] || die "--rounds and --duration must be at least 1"
pg_cpus=${pg_cpus:-$server_cpus}
# As in run.sh: plain TCP to PostgreSQL (sqlx would negotiate TLS with Debian's).
primary_url="${primary_base%/}/$database?sslmode=disable"
standby_url="${standby_base%/}/$database?sslmode=disable"

if [ -n "${CARGO_TARGET_DIR:-}" ] && [[ "$CARGO_TARGET_DIR" != /* ]]; then
  export CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR"
fi
cd "$(dirname "$0")/.."
root=$PWD
target_dir=${CARGO_TARGET_DIR:-$root/target}
bench=$root/bench
harness=(python3 "$bench/harness.py")
queries=(Q1 Q2)

# --- tools -------------------------------------------------------------------

if $build; then
  say "building the release binary (slow on 2 cores)"
  cargo build --release --bin lawtracker -p lawtracker-api >&2
fi
if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian's packages"
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
for tool in taskset psql curl; do command -v "$tool" >/dev/null || die "$tool is required"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/lawtracker-standby-bench.XXXXXX")
# The binary whose `lawtracker schema` prints this tree's schema.graphql, copied out
# of reach of builds during the run (see run.sh: a target dir may be shared).
lawtracker_bin=""
for candidate in "$target_dir/release/lawtracker" $(ls -t "$target_dir"/release/deps/lawtracker-* 2>/dev/null | grep -v '\.d$'); do
  if [ -x "$candidate" ] && cmp -s <("$candidate" schema 2>/dev/null) "$root/schema.graphql"; then
    mkdir -p "$work/bin" && cp "$candidate" "$work/bin/lawtracker"
    lawtracker_bin=$work/bin/lawtracker
    break
  fi
done
[ -n "$lawtracker_bin" ] || die "no lawtracker in $target_dir/release prints this tree's schema.graphql (build it)"

# --- processes and clean-up ----------------------------------------------------

pids=()
pg_pinned=()   # "pid mask" of every PostgreSQL process whose affinity we changed
postmasters=() # "pid mask" of each pinned postmaster, to restore its later children

restore_pg_affinity() {
  local entry pid mask child
  for entry in "${pg_pinned[@]}"; do
    read -r pid mask <<<"$entry"
    taskset -a -p "$mask" "$pid" >/dev/null 2>&1 || true
  done
  # Backends forked while pinned inherited the pinned mask: give them the original.
  for entry in "${postmasters[@]}"; do
    read -r pid mask <<<"$entry"
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
      taskset -a -p "$mask" "$child" >/dev/null 2>&1 || true
    done
  done
  pg_pinned=()
  postmasters=()
}

cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  restore_pg_affinity
  if [ "$status" -eq 0 ]; then rm -rf "$work"; else say "failed; logs kept in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
lt_ready() { curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; }

start_server() { # start_server NAME ARGS...: lawtracker serve, pinned; sets $lt_pid
  local name=$1
  shift
  taskset -c "$server_cpus" "$lawtracker_bin" serve --addr "127.0.0.1:$port" \
    --rate-limit-per-second 0 --no-dataset "$@" >>"$work/$name.log" 2>&1 &
  lt_pid=$!
  pids+=("$lt_pid")
  local deadline=$((SECONDS + start_timeout))
  until lt_ready; do
    kill -0 "$lt_pid" 2>/dev/null || { tail -n 30 "$work/$name.log" >&2; die "lawtracker ($name) exited before it answered"; }
    [ $SECONDS -lt $deadline ] || die "lawtracker ($name) did not answer in ${start_timeout}s"
    sleep 0.2
  done
}

stop_server() {
  kill "$lt_pid" 2>/dev/null || true
  wait "$lt_pid" 2>/dev/null || true
  local kept=() p
  for p in "${pids[@]}"; do [ "$p" = "$lt_pid" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

sql() { psql -XAtq -v ON_ERROR_STOP=1 "$@"; }

# The postmaster of the cluster URL $1 answers for, from its data directory's
# postmaster.pid; checked against the process's own command line, so the primary's
# and the standby's processes are told apart by data directory, not by guess.
postmaster_of() {
  local data pid
  data=$(sql "${1%/}/postgres" -c 'SHOW data_directory') || die "cannot reach $1"
  [ -r "$data/postmaster.pid" ] || die "$data/postmaster.pid is not readable (run as root or postgres)"
  pid=$(head -n 1 "$data/postmaster.pid")
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "-D $data " || die "process $pid does not run $data"
  echo "$pid $data"
}

# Both clusters do the database work of a request, as SQLite would inside the
# server: like run.sh, they get the server's core (new backends inherit the
# postmaster's affinity), and their affinity is set back when the script exits.
pin_cluster() { # pin_cluster POSTMASTER
  [ "$pg_cpus" = none ] && return
  local pid mask
  mask=$(taskset -p "$1" | awk '{print $NF}')
  postmasters+=("$1 $mask")
  for pid in "$1" $(ps -o pid= --ppid "$1"); do
    mask=$(taskset -p "$pid" 2>/dev/null | awk '{print $NF}') || continue
    [ -n "$mask" ] || continue
    if taskset -a -p -c "$pg_cpus" "$pid" >/dev/null 2>&1; then pg_pinned+=("$pid $mask"); fi
  done
}

# One sample of CPU time (clock ticks), as one JSON line: each cluster whole (the
# postmaster, every live child, and what its exited children used: the postmaster's
# cutime + cstime count reaped children, so a backend that ends inside the window
# is not lost), that cluster's backends of the benchmark database alone (other
# people's tests share the primary), and the lawtracker process.
sample_cpu() { # sample_cpu SERVER_PID
  python3 - "$primary_pm" "$standby_pm" "$database" "$1" <<'PY'
import json, os, sys, time
primary, standby, database, server = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])

def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        rest = f.read().rsplit(")", 1)[1].split()
    return int(rest[1]), [int(x) for x in rest[11:15]]  # ppid; utime stime cutime cstime

def cluster(pm, procs):
    total = sum(stat(pm)[1])  # its own time and its reaped children's
    db = 0
    for pid, (ppid, t) in procs.items():
        if ppid != pm:
            continue
        total += t[0] + t[1]
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                title = f.read().replace(b"\0", b" ").decode(errors="replace").split()
        except OSError:
            continue
        # "postgres: 15/main: USER DATABASE HOST(PORT) STATE"
        if len(title) > 3 and title[0] == "postgres:" and title[3] == database:
            db += t[0] + t[1]
    return total, db

t = time.monotonic()
procs = {}
for entry in os.listdir("/proc"):
    if entry.isdigit():
        try:
            procs[int(entry)] = stat(entry)
        except (OSError, IndexError, ValueError):
            pass  # ended meanwhile
p_all, p_db = cluster(primary, procs)
s_all, s_db = cluster(standby, procs)
print(json.dumps({"t": t, "primary": p_all, "primary_db": p_db, "standby": s_all, "standby_db": s_db,
                  "server": sum(stat(server)[1][:2])}))
PY
}

# --- the clusters and the database ---------------------------------------------

port_free "$port" || die "port $port is in use (choose --port)"
[ "$(sql "${standby_base%/}/postgres" -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] \
  || die "$standby_base is not a hot standby in recovery (bash tests/standby/setup.sh builds one)"
[ "$(sql "${standby_base%/}/postgres" -c 'SELECT status FROM pg_stat_wal_receiver')" = streaming ] \
  || die "the standby at $standby_base is not streaming from its primary (bash tests/standby/setup.sh)"
delay=$(sql "${standby_base%/}/postgres" -c 'SHOW recovery_min_apply_delay')
read -r primary_pm primary_data <<<"$(postmaster_of "$primary_base")"
read -r standby_pm standby_data <<<"$(postmaster_of "$standby_base")"
[ -n "$primary_pm" ] && [ -n "$standby_pm" ] || exit 1  # postmaster_of said why
[ "$primary_pm" != "$standby_pm" ] || die "--primary and --standby are the same cluster"

exists=$(sql "${primary_base%/}/postgres" -c "SELECT count(*) FROM pg_database WHERE datname = '$database'")
generated="reused (made by an earlier run)"
if [ "$exists" = 0 ] || $regenerate; then
  say "making $database on the primary: lawtracker generate --incidents $incidents --seed 1"
  sql "${primary_base%/}/postgres" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >&2
  started=$(date +%s.%N)
  "$lawtracker_bin" generate --database-url "$primary_url" --incidents "$incidents" --seed 1 2>"$work/generate.log" \
    || { cat "$work/generate.log" >&2; die "lawtracker generate failed"; }
  generated="made in $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s: $(tail -n 1 "$work/generate.log")"
fi
db_size=$(sql "$primary_url" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
incident_count=$(sql "$primary_url" -c "SELECT count(*) FROM incidents")

# The standby must hold everything the primary has written before it is read from.
lsn=$(sql "$primary_url" -c 'SELECT pg_current_wal_lsn()')
say "waiting for the standby to replay up to $lsn"
deadline=$((SECONDS + 300))
until [ "$(sql "${standby_base%/}/postgres" -c "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '$lsn') >= 0")" = t ]; do
  [ $SECONDS -lt $deadline ] || die "the standby did not replay $lsn in 300 s"
  sleep 0.5
done
[ "$(sql "$standby_url" -c "SELECT count(*) FROM incidents")" = "$incident_count" ] \
  || die "the standby's $database does not hold the primary's $incident_count incidents"

if [ "$wait_idle" -gt 0 ]; then
  deadline=$((SECONDS + wait_idle))
  until awk '{ exit !($1 < 0.5) }' /proc/loadavg || [ $SECONDS -ge $deadline ]; do sleep 5; done
fi
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pin_cluster "$primary_pm"
pin_cluster "$standby_pm"
if [ "$pg_cpus" = none ]; then
  pg_note="both clusters' processes left unpinned"
else
  pg_note="both clusters (primary postmaster $primary_pm, $primary_data; standby postmaster $standby_pm, $standby_data) and their children pinned to CPU $pg_cpus, restored afterwards"
fi
say "$pg_note"

# --- variables, bodies, checks ---------------------------------------------------

primary_args=(--database-url "$primary_url")
standby_args=(--database-url "$primary_url" --replica-url "$standby_url" --max-replica-lag "$max_lag")

start_server primary "${primary_args[@]}"
"${harness[@]}" pick --url "http://127.0.0.1:$port/graphql" --out "$work/vars.json" >&2
mkdir -p "$work/bodies"
"${harness[@]}" bodies --vars "$work/vars.json" --queries "$bench/queries/lawtracker" --out "$work/bodies"
stop_server

served_by() { # the X-Lawtracker-Served-By of one anonymous Q1, or "(none)"
  local value
  value=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' --data-binary "@$work/bodies/Q1.json" \
    "http://127.0.0.1:$port/graphql" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-lawtracker-served-by" {print $2}')
  echo "${value:-(none)}"
}

checks=()
for mode in primary standby; do
  args_name=${mode}_args[@]
  start_server "$mode" "${!args_name}"
  # The routing reads the standby's lag every 250 ms: give it its first reading.
  sleep 1
  header=$(served_by)
  case "$mode" in
    primary) [ "$header" != standby-0 ] || die "serve without --replica-url answered from standby-0" ;;
    standby) [ "$header" = standby-0 ] || die "serve --replica-url answered X-Lawtracker-Served-By: $header, not standby-0" ;;
  esac
  checks+=("reads from $mode: one anonymous Q1 answered with X-Lawtracker-Served-By: $header")
  for q in "${queries[@]}"; do
    checks+=("reads from $mode: $("${harness[@]}" check --url "http://127.0.0.1:$port/graphql" \
      --body "$work/bodies/$q.json" --out "$work/$mode-$q.response.json" --label "lawtracker $q")")
  done
  stop_server
done
cmp -s "$work/primary-Q2.response.json" "$work/standby-Q2.response.json" \
  && checks+=("Q2's answer from the standby is byte for byte the primary's") \
  || die "Q2's answer from the standby differs from the primary's"
printf '%s\n' "${checks[@]}" >&2

# --- the load ------------------------------------------------------------------

# load MODE QUERY ROUND: an unmeasured warm-up (its own harness run, so that the CPU
# samples bracket the measured run alone), then the measured run between two
# samples. The harness's drain after it (the server idle, no statement running in
# the database it reads from) falls inside the window, for both modes alike.
load() {
  local mode=$1 q=$2 round=$3 drain_url=$primary_url
  [ "$mode" = standby ] && drain_url=$standby_url
  local common=(--target lawtracker --query "$q" --body "$work/bodies/$q.json" --url "http://127.0.0.1:$port/graphql"
    --server-pid "$lt_pid" --lua "$bench/wrk/graphql.lua" --threads "$threads" --connections "$connections"
    --wrk-cpus "$wrk_cpus" --database-url "$drain_url" --warmup 0)
  if [ "$warmup" -gt 0 ]; then
    "${harness[@]}" load "${common[@]}" --duration "$warmup" --record "$work/warmup.jsonl" 2>>"$work/warmup.log" \
      || { tail -n 5 "$work/warmup.log" >&2; die "the warm-up of $q ($mode) failed"; }
  fi
  local before after
  before=$(sample_cpu "$lt_pid")
  "${harness[@]}" load "${common[@]}" --duration "$duration" --record "$work/run.jsonl"
  after=$(sample_cpu "$lt_pid")
  python3 - "$work/run.jsonl" "$mode" "$round" "$before" "$after" >>"$work/results.jsonl" <<'PY'
import json, os, sys
with open(sys.argv[1]) as f:
    run = json.loads(f.read().splitlines()[-1])
before, after = json.loads(sys.argv[4]), json.loads(sys.argv[5])
tick = os.sysconf("SC_CLK_TCK")
window = after["t"] - before["t"]
cpu = {k: (after[k] - before[k]) / tick for k in ("primary", "primary_db", "standby", "standby_db", "server")}
print(json.dumps({"mode": sys.argv[2], "round": int(sys.argv[3]), "window_s": round(window, 3),
                  "cpu_s": cpu, **run}))
PY
}

say "load: $duration s per query after $warmup s of warm-up, wrk -t$threads -c$connections on CPU $wrk_cpus, lawtracker on CPU $server_cpus"
served_note=()
for round in $(seq 1 "$rounds"); do
  for mode in primary standby; do
    args_name=${mode}_args[@]
    start_server "$mode" "${!args_name}"
    sleep 1
    for q in "${queries[@]}"; do load "$mode" "$q" "$round"; done
    if [ "$mode" = standby ]; then
      # Where the anonymous reads went, and whether any fell back to the primary.
      metrics=$(curl -sf "http://127.0.0.1:$port/metrics" | grep -E '^lawtracker_(graphql_served|replica_fallbacks)_total' | tr '\n' ' ' || true)
      served_note+=("round $round, standby server's counters after its runs: ${metrics:-(none)}")
    fi
    stop_server
  done
done
restore_pg_affinity
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the report ----------------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mem_total=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$root" status --porcelain -- . ':!bench/results' 2>/dev/null)" ] || commit="$commit (with uncommitted changes)"
wrk_version=$( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $2}')
pg_version=$(sql "$primary_url" -c 'SHOW server_version' | awk '{print $1}')

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$bench/results"
result_file=$bench/results/$stamp-standby.md
{
  echo "## lawtracker reads on a hot standby beside reads on the primary, $started_at"
  echo
  echo "- command: \`$command_line\`"
  echo "- database: \`$database\` on the primary ($primary_base, data $primary_data), $incident_count incidents, $db_size; $generated"
  echo "- standby: $standby_base (data $standby_data), streaming, recovery_min_apply_delay $delay; replayed up to the primary's $lsn before the load"
  echo "- servers: (a) \`serve --database-url $primary_url\`; (b) the same with \`--replica-url $standby_url --max-replica-lag $max_lag\`; both \`--no-dataset --rate-limit-per-second 0\`, one at a time"
  echo "- machine: $(nproc) CPUs ($cpu_model), $mem_total memory, Linux $(uname -r)"
  echo "- load average (1, 5, 15 min) before the run: $load_before; after: $load_after"
  if awk -v l="${load_before%% *}" 'BEGIN { exit !(l >= 0.5) }'; then
    echo "- **warning**: the machine was not idle before the run (1-min load ${load_before%% *}): other work shared the cores"
  fi
  echo "- CPU split: lawtracker on CPU $server_cpus, wrk on CPU $wrk_cpus; $pg_note"
  echo "- load: wrk -t$threads -c$connections, $warmup s warm-up then $duration s measured per query, $rounds rounds of (a) then (b); a response counts only if it is a 200 without GraphQL \`errors\`; req/s = such responses / duration"
  echo "- CPU columns: utime + stime from /proc over the measured window (the wrk run and the harness's drain after it), in % of one core over wrk's measured duration; a cluster counts its postmaster, every child and the children that ended (the postmaster's cutime + cstime); \"bench db\" counts only that cluster's backends of \`$database\` (other people's tests use the primary too); µs/req = the CPU time of each cluster's backends of \`$database\` / responses served; the counters below include the warm-ups, and a \`lawtracker_replica_fallbacks_total\` appears only once a read fell back to the primary"
  echo "- versions: lawtracker $commit; wrk $wrk_version; PostgreSQL $pg_version"
  python3 - "$work/vars.json" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))["variables"]
print(f"- variables: slug `{v['slug']}`")
PY
  echo "- checks before the load:"
  for line in "${checks[@]}"; do echo "  - $line"; done
  for line in "${served_note[@]}"; do echo "- $line"; done
  echo
  python3 - "$work/results.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
where = {"primary": "(a) primary", "standby": "(b) standby-0"}
print("| query | reads from | round | req/s | p50 ms | p99 ms | errors | primary CPU % (bench db) | standby CPU % (bench db) | lawtracker CPU % | bench-db CPU µs/req, primary / standby |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
def pct(r, k):  # of one core, over the wrk run (the drain after it is near idle)
    return 100 * r["cpu_s"][k] / (r["duration_us"] / 1e6)
for r in sorted(rows, key=lambda r: (r["query"], r["round"], r["mode"] != "primary")):
    per_req = {k: 1e6 * r["cpu_s"][k] / r["ok"] if r["ok"] else float("nan") for k in ("primary_db", "standby_db")}
    print(f"| {r['query']} | {where[r['mode']]} | {r['round']} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} "
          f"| {r['errors']} | {pct(r, 'primary'):.1f} ({pct(r, 'primary_db'):.1f}) | {pct(r, 'standby'):.1f} ({pct(r, 'standby_db'):.1f}) "
          f"| {pct(r, 'server'):.1f} | {per_req['primary_db']:.1f} / {per_req['standby_db']:.1f} |")
PY
} >"$result_file"
cp "$work/results.jsonl" "${result_file%.md}.jsonl"

cat "$result_file"
say "saved $result_file (raw numbers in ${result_file%.md}.jsonl)"
