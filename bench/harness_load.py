"""The parts of bench/run.sh that talk to servers and time them (stdlib only),
used through bench/harness.py's commands `load` and `coldstart`: wrk runs, the
wait for a server to finish what wrk left in flight, and cold starts.
"""

import http.client
import json
import os
import resource
import subprocess
import sys
import time
import urllib.error
import urllib.request

TARGET_NAMES = {"lawtracker": "lawtracker", "postgraphile": "PostGraphile", "floor": "floor"}


def post(url, body, timeout=120):
    """POSTs raw JSON bytes; returns (status, body bytes)."""
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def cpu_ticks(pid):
    """utime + stime of a process (all its threads), in clock ticks."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def vm_hwm_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def run_wrk(args, duration):
    command = [
        "taskset", "-c", args.wrk_cpus, "wrk",
        "-t", str(args.threads), "-c", str(args.connections), "-d", f"{duration}s",
        "--timeout", f"{args.timeout}s", "-s", args.lua, args.url,
    ]
    env = dict(os.environ, WRK_BODY_FILE=args.body)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"harness: wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    lines = [l for l in done.stdout.splitlines() if l.startswith("WRK_RESULT ")]
    if not lines:
        sys.exit(f"harness: no WRK_RESULT from wrk: {done.stdout}")
    result = json.loads(lines[-1][len("WRK_RESULT "):])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["wrk_cpu_pct"] = round(100 * cpu / wall, 1)
    return result


def busy_statements(database_url):
    """Statements running in the database now (other than this count's own)."""
    done = subprocess.run(
        ["psql", "-Atq", database_url, "-c",
         "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
         "AND state = 'active' AND pid <> pg_backend_pid()"],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        sys.exit(f"harness: cannot ask PostgreSQL what runs: {done.stderr.strip()}")
    return int(done.stdout.strip())


def drain(args):
    """Waits until the server has finished what wrk left in flight; returns the
    seconds it took. wrk closes its connections at the end of a run, but a server
    may keep working on the requests it had accepted (node goes on with
    PostGraphile's, and PostgreSQL with their statements): that work would run
    inside the next run's window, on the same core. Idle means the server process
    used under 10% of a core over 100 ms and, on PostgreSQL, no statement of the
    database is running."""
    started = time.monotonic()
    quiet_ticks = os.sysconf("SC_CLK_TCK") // 100  # 10% of a core over 100 ms
    while True:
        before = cpu_ticks(args.server_pid)
        time.sleep(0.1)
        idle = cpu_ticks(args.server_pid) - before <= quiet_ticks
        if idle and (not args.database_url or busy_statements(args.database_url) == 0):
            return round(time.monotonic() - started - 0.1, 2)
        if time.monotonic() - started > args.drain_timeout:
            print(f"harness: {args.target} {args.query}: still busy {args.drain_timeout} s after wrk stopped; going on",
                  file=sys.stderr)
            return round(time.monotonic() - started, 2)


def cmd_load(args):
    if args.warmup > 0:
        run_wrk(args, args.warmup)
        drain(args)
    # Peak RSS is read after this query's run; it was reset (clear_refs) before the
    # target's first query, so it is the peak while serving, not at start-up.
    ticks = os.sysconf("SC_CLK_TCK")
    cpu_before, t0 = cpu_ticks(args.server_pid), time.monotonic()
    result = run_wrk(args, args.duration)
    cpu_after, t1 = cpu_ticks(args.server_pid), time.monotonic()
    result["server_cpu_pct"] = round(100 * (cpu_after - cpu_before) / ticks / (t1 - t0), 1)
    result["rss_peak_kb"] = vm_hwm_kb(args.server_pid)
    # Also the next query's starting point: an idle server.
    result["drain_s"] = drain(args)
    failed = result["bad_status"] + result["graphql_errors"] + result["socket_errors"] + result["timeouts"]
    served = max(result["requests"] - result["bad_status"] - result["graphql_errors"], 0)
    result["errors"] = failed
    result["ok"] = served
    result["rps"] = served / (result["duration_us"] / 1e6)
    record = {"target": args.target, "query": args.query, **result}
    with open(args.record, "a") as f:
        f.write(json.dumps(record) + "\n")
    print(
        f"  {TARGET_NAMES[args.target]:<12} {args.query}: {result['rps']:9.1f} req/s  p50 {result['p50_us'] / 1000:.2f} ms"
        f"  p99 {result['p99_us'] / 1000:.2f} ms  errors {failed}  server CPU {result['server_cpu_pct']}%"
        f"  wrk CPU {result['wrk_cpu_pct']}%  busy {result['drain_s']} s after",
        file=sys.stderr,
    )


def answered(url, body, timeout):
    """Whether the server gave this request a 200 without GraphQL errors; False
    while nothing listens yet (refused, reset) or it answers otherwise."""
    try:
        status, response = post(url, body, timeout=timeout)
    except (urllib.error.URLError, ConnectionError, http.client.HTTPException, TimeoutError):
        return False
    if status != 200:
        return False
    try:
        return "errors" not in json.loads(response)
    except ValueError:
        return False


def cmd_coldstart(args):
    """Launches the server `runs` times; each time, the milliseconds from launch to
    its first answered query, and its memory then. The poller is this process,
    not a curl per attempt: spawning curl costs a few milliseconds, which would be
    most of the resolution at the scale measured."""
    with open(args.body, "rb") as f:
        body = f.read()
    starts = []
    for run in range(args.runs):
        with open(args.log, "ab") as log:
            log.write(f"--- start {run + 1} of {args.runs}: {' '.join(args.command)}\n".encode())
            log.flush()
            started = time.monotonic()
            process = subprocess.Popen(args.command, stdout=log, stderr=subprocess.STDOUT)
        try:
            polls = 0
            while True:
                polls += 1
                if answered(args.url, body, timeout=max(args.timeout - (time.monotonic() - started), 0.1)):
                    break
                if process.poll() is not None:
                    sys.exit(f"harness: cold start {run + 1}: the server exited ({process.returncode}) before it answered; see {args.log}")
                if time.monotonic() - started > args.timeout:
                    sys.exit(f"harness: cold start {run + 1}: no answer in {args.timeout} s; see {args.log}")
                time.sleep(args.interval_ms / 1000)
            ms = (time.monotonic() - started) * 1000
            # VmHWM: the most the process held from its start to this first answer.
            starts.append({"ms": round(ms, 2), "polls": polls, "hwm_kb": vm_hwm_kb(process.pid)})
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    ms = sorted(s["ms"] for s in starts)
    hwm = sorted(s["hwm_kb"] for s in starts if s["hwm_kb"])
    record = {
        "kind": "cold_start", "target": args.target, "query": args.query, "starts": starts,
        "median_ms": ms[len(ms) // 2], "min_ms": ms[0], "max_ms": ms[-1],
        "hwm_kb": hwm[len(hwm) // 2] if hwm else None, "interval_ms": args.interval_ms,
    }
    with open(args.record, "a") as f:
        f.write(json.dumps(record) + "\n")
    print(f"  {TARGET_NAMES[args.target]:<12} cold start to the first {args.query}: median {record['median_ms']:.1f} ms "
          f"of {len(ms)} ({', '.join(f'{m:.1f}' for m in ms)})", file=sys.stderr)
