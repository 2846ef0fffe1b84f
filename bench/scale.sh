#!/usr/bin/env bash
# How lawtracker's cost grows with its data: for each backend and each size, a
# database of synthetic incidents made by `lawtracker generate` (timed, once; kept
# for later runs), then bench/run.sh on it (its queries, and lawtracker's cold
# start on that database). Prints one report that sets the sizes side by side and
# saves it as bench/results/TIMESTAMP-scale.md.
#
#   bash bench/scale.sh                      # 10k, 100k, 1M incidents, SQLite and PostgreSQL
#   bash bench/scale.sh --sizes 10000 --backends sqlite --duration 3
#
# BENCHMARKS.md explains what each run measures.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bash bench/scale.sh [options]

  --sizes LIST        incidents per database, default 10000,100000,1000000
  --backends LIST     default sqlite,postgres
  --seed S            generator seed, default 1
  --duration S        measured seconds per query (bench/run.sh), default 5
  --warmup S          unmeasured seconds before each, default 1
  --dir DIR           where the SQLite databases live, default /tmp/lawtracker-scale
  --postgres URL      server for the PostgreSQL databases (one per size, named
                      lawtracker_scale_SIZE), default postgres://postgres@127.0.0.1
  --regenerate        make every database anew even if it exists
  --no-build          use the binaries already in target/release
  --wait-idle S       passed to bench/run.sh, default 0
  --generate-only     make the databases (timed, as in a run) and stop: a long run
                      can then start on a machine that is idle

Every other bench/run.sh option can be given after `--`.
EOF
}

die() { echo "scale: $*" >&2; exit 1; }
say() { echo "scale: $*" >&2; }

command_line="bash bench/scale.sh $*"
sizes=10000,100000,1000000
backends=sqlite,postgres
seed=1
duration=5
warmup=1
dir=/tmp/lawtracker-scale
pg_server=postgres://postgres@127.0.0.1
regenerate=false
build=true
wait_idle=0
generate_only=false
run_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --backends) backends=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --postgres) pg_server=${2%/}; shift 2 ;;
    --regenerate) regenerate=true; shift ;;
    --no-build) build=false; shift ;;
    --wait-idle) wait_idle=$2; shift 2 ;;
    --generate-only) generate_only=true; shift ;;
    --) shift; run_args=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done

# cargo takes a relative CARGO_TARGET_DIR from the directory it runs in.
if [ -n "${CARGO_TARGET_DIR:-}" ] && [[ "$CARGO_TARGET_DIR" != /* ]]; then
  export CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR"
fi
cd "$(dirname "$0")/.."
root=$PWD
mkdir -p "$dir" "$root/bench/results"
if $build; then
  say "building the release binary and the floor example"
  cargo build --release --bin lawtracker --example floor -p lawtracker-api >&2
fi
bin=${CARGO_TARGET_DIR:-$root/target}/release/lawtracker
[ -x "$bin" ] || die "$bin is missing (run without --no-build)"
record=$(mktemp "${TMPDIR:-/tmp}/lawtracker-scale.XXXXXX.jsonl")
trap 'rm -f "$record"' EXIT

# generate BACKEND SIZE URL: makes the database unless it exists (the generator's
# own summary, saved beside it, says how long it took the first time).
generate() {
  local backend=$1 size=$2 url=$3 meta=$4 exists=false
  if [ "$backend" = sqlite ]; then
    [ -f "$dir/scale-$size.sqlite" ] && exists=true
  else
    psql -Atq "$pg_server/postgres" -c "SELECT 1 FROM pg_database WHERE datname = 'lawtracker_scale_$size'" | grep -q 1 && exists=true
  fi
  if $exists && [ -s "$meta" ] && ! $regenerate; then
    say "$backend $size: reusing the database made earlier ($(tail -n 1 "$meta"))"
    return
  fi
  if [ "$backend" = sqlite ]; then
    rm -f "$dir/scale-$size.sqlite" "$dir/scale-$size.sqlite-wal" "$dir/scale-$size.sqlite-shm"
  else
    psql -q "$pg_server/postgres" -c "DROP DATABASE IF EXISTS lawtracker_scale_$size" \
      -c "CREATE DATABASE lawtracker_scale_$size" >&2
  fi
  say "$backend $size: generating (seed $seed)"
  local started ended
  started=$(date +%s.%N)
  "$bin" generate --database-url "$url" --incidents "$size" --seed "$seed" 2>"$meta.log" \
    || { cat "$meta.log" >&2; die "lawtracker generate failed on $backend $size"; }
  ended=$(date +%s.%N)
  # For the report: wall seconds, then the generator's own summary (its last line).
  { echo "seconds $(python3 -c "print(round($ended - $started, 1))")"; tail -n 1 "$meta.log"; } >"$meta"
}

db_bytes() {
  local backend=$1 size=$2
  if [ "$backend" = sqlite ]; then
    # The WAL holds committed pages not yet checkpointed into the file: count both.
    local total=0 file
    for file in "$dir/scale-$size.sqlite" "$dir/scale-$size.sqlite-wal"; do
      [ -f "$file" ] && total=$((total + $(stat -c %s "$file")))
    done
    echo "$total"
  else
    psql -Atq "$pg_server/lawtracker_scale_$size" -c "SELECT pg_database_size(current_database())"
  fi
}

IFS=, read -r -a size_list <<<"$sizes"
IFS=, read -r -a backend_list <<<"$backends"
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
for backend in "${backend_list[@]}"; do
  for size in "${size_list[@]}"; do
    case "$backend" in
      sqlite) url="sqlite://$dir/scale-$size.sqlite" ;;
      postgres) url="$pg_server/lawtracker_scale_$size" ;;
      *) die "unknown backend $backend" ;;
    esac
    meta="$dir/scale-$size.$backend.generated"
    generate "$backend" "$size" "$url" "$meta"
    $generate_only && continue
    bytes=$(db_bytes "$backend" "$size")
    say "$backend $size: benchmarking"
    bash bench/run.sh --no-build --no-dataset --database-url "$url" --duration "$duration" --warmup "$warmup" \
      --wait-idle "$wait_idle" "${run_args[@]}" 2>"$dir/run.log" >/dev/null \
      || { cat "$dir/run.log" >&2; die "bench/run.sh failed on $backend $size"; }
    result=$(sed -n 's/^bench: saved \([^ ]*\.md\).*/\1/p' "$dir/run.log" | tail -n 1)
    [ -n "$result" ] || die "bench/run.sh did not say where it saved its results"
    python3 - "$backend" "$size" "$bytes" "$meta" "${result%.md}.jsonl" "$root" >>"$record" <<'PY'
import json, os, re, sys
backend, size, size_bytes, meta, results, root = sys.argv[1:]
generated = open(meta).read().splitlines()
records = [json.loads(line) for line in open(results)]
# The verdicts of the data checks are lines of the run's markdown, not of its .jsonl.
verdicts = re.findall(r"^  - lawtracker vs PostGraphile (Q\d+): (.*)$", open(results[: -len(".jsonl")] + ".md").read(), re.M)
print(json.dumps({
    "backend": backend, "incidents": int(size), "db_bytes": int(size_bytes),
    "generate_seconds": float(generated[0].split()[1]),
    "generator_summary": generated[1] if len(generated) > 1 else "",
    "results": os.path.relpath(results, root),
    "rows": [r for r in records if r.get("kind", "load") == "load"],
    "cold_start": next((r for r in records if r.get("kind") == "cold_start"), None),
    "checks": verdicts,
}))
PY
  done
done

if $generate_only; then
  say "databases ready in $dir and on $pg_server"
  exit 0
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/$stamp-scale.md"
python3 - "$record" "$command_line" "$started_at" >"$out" <<'PY'
import json, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
print(f"## lawtracker at scale, {sys.argv[3]}\n")
print(f"- command: `{sys.argv[2]}`; each size's full results (machine, variables, checks) in the file named below\n")
print("### The databases\n")
print("| backend | incidents | DB size MiB | generated in s | generator's summary | results |")
print("|---|---:|---:|---:|---|---|")
for r in runs:
    print(f"| {r['backend']} | {r['incidents']:,} | {r['db_bytes'] / 2**20:.0f} | {r['generate_seconds']:.1f} "
          f"| {r['generator_summary']} | `{r['results']}` |")

# PostGraphile's answers against lawtracker's, per size (the verdicts are in each
# size's results file; any that is not "same data" is named here).
checked = [r for r in runs if r["checks"]]
if checked:
    print("\n### PostGraphile's data against lawtracker's\n")
    print("| backend | incidents | verdict |")
    print("|---|---:|---|")
    for r in checked:
        odd = [f"{q}: {v}" for q, v in r["checks"] if not v.startswith("same data") and not v.startswith("not compared")]
        same = [q for q, v in r["checks"] if v.startswith("same data")]
        skipped = [q for q, v in r["checks"] if v.startswith("not compared")]
        verdict = "; ".join(odd) if odd else f"same data for {', '.join(same)}"
        if skipped:
            verdict += f"; not compared (different schemas): {', '.join(skipped)}"
        print(f"| {r['backend']} | {r['incidents']:,} | {verdict} |")

# Launch of `lawtracker serve` (run.sh's flags: --no-dataset) to its first answered
# Q1, repeated; VmHWM then is the most it held from start to that answer.
cold = [r for r in runs if r.get("cold_start")]
if cold:
    print("\n### Cold start, lawtracker\n")
    print("Launch of `lawtracker serve --no-dataset` on the existing database to its first answered Q1; "
          "the OS page cache is warm (the database was just benchmarked).\n")
    print("| backend | incidents | median ms | min ms | max ms | starts | peak RSS MiB by the first answer |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in cold:
        c = r["cold_start"]
        hwm = f"{c['hwm_kb'] / 1024:.1f}" if c.get("hwm_kb") else "?"
        print(f"| {r['backend']} | {r['incidents']:,} | {c['median_ms']:.1f} | {c['min_ms']:.1f} | {c['max_ms']:.1f} "
              f"| {len(c['starts'])} | {hwm} |")
for backend in dict.fromkeys(r["backend"] for r in runs):
    mine = [r for r in runs if r["backend"] == backend]
    sizes = [f"{r['incidents'] // 1000}k" for r in mine]
    queries = sorted({row["query"] for r in mine for row in r["rows"]})
    targets = [t for t in ("lawtracker", "postgraphile", "floor") if any(row["target"] == t for r in mine for row in r["rows"])]
    print(f"\n### {backend}\n")
    head = ["target", "query"] + [f"req/s {s}" for s in sizes] + [f"p50 ms {s}" for s in sizes] + \
        [f"p99 ms {s}" for s in sizes] + [f"errors {s}" for s in sizes] + [f"peak RSS MiB {s}" for s in sizes]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * 2 + "---:|" * (len(head) - 2))
    for target in targets:
        for q in queries:
            cells = []
            rows = [next((row for row in r["rows"] if row["target"] == target and row["query"] == q), None) for r in mine]
            def col(f):
                return ["" if row is None else f(row) for row in rows]
            cells += col(lambda row: f"{row['rps']:.0f}")
            # No response in the window: wrk's empty histogram says 0 ms; show none.
            cells += col(lambda row: f"{row['p50_us'] / 1000:.2f}" if row["requests"] else "—")
            cells += col(lambda row: f"{row['p99_us'] / 1000:.2f}" if row["requests"] else "—")
            cells += col(lambda row: f"{row['errors']}")
            cells += col(lambda row: f"{row['rss_peak_kb'] / 1024:.1f}")
            print(f"| {target} | {q} | " + " | ".join(cells) + " |")
    if any(row["requests"] == 0 for r in mine for row in r["rows"]):
        print("\n— : no response at all within the measured window (every request took longer than it at this "
              "concurrency); 0 req/s there is not a measured rate. A longer --duration measures it, if each request "
              "takes under wrk's 5 s timeout.")
    if "postgraphile" in targets:
        print(f"\nlawtracker ÷ PostGraphile, req/s:\n")
        print("| query | " + " | ".join(sizes) + " |")
        print("|---|" + "---:|" * len(sizes))
        for q in queries:
            cells = []
            for r in mine:
                lt = next((row for row in r["rows"] if row["target"] == "lawtracker" and row["query"] == q), None)
                pg = next((row for row in r["rows"] if row["target"] == "postgraphile" and row["query"] == q), None)
                # Blank unless both answered within their windows (a 0 there is no rate).
                cells.append(f"×{lt['rps'] / pg['rps']:.2f}" if lt and pg and lt["requests"] and pg["rps"] else "")
            print(f"| {q} | " + " | ".join(cells) + " |")
PY
cat "$out"
say "saved $out"
