#!/usr/bin/env bash
# First render of the front end on the shipped dataset, in headless Debian chromium:
# for each page, the time from navigation start to the first frame that shows the
# page's data (the app's `lawtracker:first-render` performance mark), over a fresh
# browser session per run (cold cache). Prints each run and the median and worst per
# page; the budget is 1 s.
#
#   bash bench/web-first-render.sh                    # builds and runs target/release/lawtracker
#   bash bench/web-first-render.sh --binary target/debug/lawtracker --runs 10
#
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bash bench/web-first-render.sh [--binary PATH] [--runs N]" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  cargo build --release --bin lawtracker
  binary="${CARGO_TARGET_DIR:-target}/release/lawtracker"
fi
command -v chromedriver >/dev/null || { echo "chromedriver is missing: apt-get install -y chromium chromium-driver" >&2; exit 1; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
driver_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$binary" serve --addr "127.0.0.1:$port" --database-url "sqlite://$work/bench.sqlite" >"$work/server.log" 2>&1 &
server=$!
chromedriver --port="$driver_port" >"$work/driver.log" 2>&1 &
driver=$!
trap 'kill $server $driver 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && curl -sf "http://127.0.0.1:$driver_port/status" >/dev/null && break
  sleep 0.2
done

echo "binary: $binary ($(git rev-parse --short HEAD 2>/dev/null || echo unknown)), $(nproc) cores, $(date -u +%FT%TZ)"
python3 bench/web_first_render.py "http://127.0.0.1:$port" "http://127.0.0.1:$driver_port" "$runs"
