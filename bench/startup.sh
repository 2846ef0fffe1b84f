#!/usr/bin/env bash
# Start-up time and memory of the release binary on the embedded SQLite default:
# time from launch to the first 200 from /healthz, on a fresh database (migrate +
# load the shipped dataset) and on an existing one, and the resident memory then.
# Usage: bash bench/startup.sh [runs]   (builds the release binary first)
set -euo pipefail
# cargo takes a relative CARGO_TARGET_DIR from the directory it runs in.
if [ -n "${CARGO_TARGET_DIR:-}" ] && [[ "$CARGO_TARGET_DIR" != /* ]]; then
  export CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR"
fi
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --bin lawtracker >/dev/null 2>&1
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/lawtracker
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
port=18181
for run in $(seq 1 "$runs"); do
  for state in fresh existing; do
    [ "$state" = fresh ] && rm -f lawtracker.sqlite*
    start=$(date +%s%N)
    "$bin" serve --addr 127.0.0.1:$port >/dev/null 2>&1 &
    pid=$!
    until curl -sf 127.0.0.1:$port/healthz >/dev/null; do sleep 0.002; done
    end=$(date +%s%N)
    rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    printf '%s\t%s\tready_ms=%s\trss_kb=%s\n' "$run" "$state" "$(( (end - start) / 1000000 ))" "$rss"
    kill $pid
    wait $pid 2>/dev/null || true
  done
done
