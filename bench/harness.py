#!/usr/bin/env python3
"""The parts of bench/run.sh that are easier in Python (stdlib only).

    pick     ask the running lawtracker API for the benchmark's variables
    bodies   write the JSON request bodies of every query for one target
    check    send one request, fail unless it is a 200 without GraphQL errors
    compare  tell whether two targets' responses carry the same data
    load     run wrk (warm-up, then the measured run) and record the result
    coldstart  start a server repeatedly, timing launch to its first answered query
    queries  print the labels of the queries (QUERIES), for run.sh's loops
    report   render the markdown table from the recorded results

run.sh owns the long-lived processes (servers, PostgreSQL affinity); this file
talks HTTP and does arithmetic; harness_load.py runs wrk and times server start-ups.
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

# The server-timing half (wrk runs, draining, cold starts); this file's directory
# is on sys.path when it runs as a script. No bench/__pycache__: an untracked file
# would mark every result "with uncommitted changes".
sys.dont_write_bytecode = True
from harness_load import TARGET_NAMES, cmd_coldstart, cmd_load, post  # noqa: E402

# (label, file stem, what it asks, how `compare` checks PostGraphile's answer):
#   "multiset"  the same scalar values, in any order (see `leaves`)
#   "ordered"   that, and in the same order: the queries select the same fields in
#               the same order and both servers sort every list by the same key
#   None        not compared: the answer describes the server's own schema
QUERIES = [
    ("Q1", "q1-provision", "provision by slug", "multiset"),
    ("Q2", "q2-nested", "provision → incidents → facility, citations → source", "multiset"),
    ("Q3", "q3-incidents-by-date", "incidents in a date range, page of 50", "multiset"),
    ("Q4", "q4-search", "full-text search, best 20", "multiset"),
    ("Q5", "q5-criticisms-by-right", "criticisms by right with authors, page of 50", "multiset"),
    ("Q6", "q6-law-with-incidents", "every provision → 35 incidents → title, citations → quote", "ordered"),
    ("Q7", "q7-introspection", "graphql-js's full introspection query", None),
]
COMPARE = {label: mode for label, _, _, mode in QUERIES}


def graphql(url, query, variables=None):
    status, body = post(url, json.dumps({"query": query, "variables": variables or {}}).encode())
    document = json.loads(body)
    if status != 200 or document.get("errors"):
        sys.exit(f"harness: {url} answered {status}: {body[:500]!r}")
    return document["data"]


def fold(text):
    """lawtracker's folding (core/src/search.rs): lowercase, no accents, words only."""
    out = []
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.combining(c):
            continue
        c = c.lower()
        out.append(c if c.isalnum() else " ")
    return " ".join("".join(out).split())


def most_common(values):
    """The most frequent value; ties go to the first in sorted order (stable picks)."""
    counts = collections.Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def cmd_pick(args):
    url = args.url
    picked = {}
    notes = []

    # A provision with many incident links: the busiest of the first 100 provisions
    # (a connection's largest page), counting up to 100 links each (Provision.incidents'
    # maximum; cost 1 + 100 × (1 + 100) = 10,101, within lawtracker's 25,000). A
    # bounded look-up, so that it stays cheap on a database of a million incidents.
    # Not the first 40, as before: the shipped law's first 40 provisions (articles
    # in order) have no incident link, which left Q2 with nothing to return there.
    if args.slug:
        picked["slug"] = args.slug
        notes.append("slug given on the command line")
    else:
        data = graphql(url, "{ provisions(first: 100) { totalCount nodes { slug incidents(first: 100) { relation } } } }")
        nodes = data["provisions"]["nodes"]
        if not nodes:
            sys.exit("harness: the database has no provision; load a dataset first")
        best = min(nodes, key=lambda n: (-len(n["incidents"]), n["slug"]))
        picked["slug"] = best["slug"]
        notes.append(
            f"slug: the provision with the most incident links ({len(best['incidents'])}) "
            f"among the first {len(nodes)} of {data['provisions']['totalCount']}"
        )

    # A date range: from the incident at the first tenth of the first 100 (in date
    # order) to the last of them, so the filter excludes some rows and, on a large
    # database, still fills a page of 50.
    data = graphql(url, "{ incidents(first: 100) { totalCount nodes { title earliestDate latestDate } } }")
    incidents = data["incidents"]["nodes"]
    if args.date_from and args.date_to:
        picked["from"], picked["to"] = args.date_from, args.date_to
        notes.append("date range given on the command line")
    elif incidents:
        picked["from"] = args.date_from or incidents[len(incidents) // 10]["earliestDate"]
        picked["to"] = args.date_to or incidents[-1]["latestDate"]
        notes.append(
            f"date range: earliest day of incident {len(incidents) // 10 + 1} to latest day of incident "
            f"{len(incidents)} of the first {len(incidents)} (of {data['incidents']['totalCount']}) in date order"
        )
    else:
        sys.exit("harness: the database has no incident; give --from and --to")

    # A search word: the most frequent word (5+ letters) in those incidents' titles.
    if args.search:
        picked["query"] = fold(args.search)
        notes.append("search word given on the command line")
    else:
        words = [w for n in incidents for w in fold(n["title"]).split() if len(w) >= 5 and not w.isdigit()]
        word = most_common(words)
        if word is None:
            sys.exit("harness: no word to search for; give --search")
        picked["query"] = word
        notes.append(f"search word: the most frequent word of 5+ letters in the titles of those incidents ({words.count(word)}×)")

    # A right: the one most criticisms of the first 100 invoke.
    if args.right:
        picked["right"] = args.right
        notes.append("right given on the command line")
    else:
        data = graphql(url, "{ criticisms(first: 100) { nodes { rights } } }")
        rights = [r for n in data["criticisms"]["nodes"] for r in n["rights"]]
        right = most_common(rights)
        if right is None:
            sys.exit("harness: no criticism invokes a right; give --right")
        picked["right"] = right
        notes.append(f"right: the one invoked most often among the first 100 criticisms ({rights.count(right)}×)")

    with open(args.out, "w") as f:
        json.dump({"variables": picked, "notes": notes}, f, indent=2)
    print(json.dumps(picked))


def cmd_bodies(args):
    with open(args.vars) as f:
        variables = json.load(f)["variables"]
    os.makedirs(args.out, exist_ok=True)
    for label, stem, _, _ in QUERIES:
        with open(os.path.join(args.queries, f"{stem}.graphql")) as f:
            document = f.read()
        # Only the variables the document declares: servers reject unknown ones.
        declared = set(re.findall(r"\$(\w+)\s*:", document))
        body = {"query": document, "variables": {k: v for k, v in variables.items() if k in declared}}
        with open(os.path.join(args.out, f"{label}.json"), "w") as f:
            json.dump(body, f, ensure_ascii=False)


def cmd_check(args):
    with open(args.body, "rb") as f:
        body = f.read()
    status, response = post(args.url, body)
    with open(args.out, "wb") as f:
        f.write(response)
    try:
        document = json.loads(response)
    except ValueError:
        sys.exit(f"harness: {args.label}: {status}, not JSON: {response[:300]!r}")
    if status != 200 or "errors" in document:
        sys.exit(f"harness: {args.label}: {status} {json.dumps(document.get('errors'))[:800]}")
    if document.get("data") is None:
        sys.exit(f"harness: {args.label}: no data: {response[:300]!r}")
    # bench/wrk/graphql.lua counts a response as failed when its body contains the
    # text "errors" with its quotes. An answer that holds it as a value (a field
    # named errors in an introspection answer) would make every request "fail".
    if b'"errors"' in response:
        sys.exit(f'harness: {args.label}: the answer contains "errors" as a value: the wrk script would count it as failed')
    # lawtracker says what the query cost against its limit (README "Cost").
    cost = (document.get("extensions") or {}).get("cost")
    cost = f", cost {cost['requested']:,} of {cost['limit']:,}" if isinstance(cost, dict) and "requested" in cost else ""
    print(f"{args.label}: {len(response)} bytes, {count_items(document['data'])} list items{cost}")


def count_items(value):
    if isinstance(value, list):
        return len(value) + sum(count_items(v) for v in value)
    if isinstance(value, dict):
        return sum(count_items(v) for v in value.values())
    return 0


# Keys whose values legitimately differ between servers: opaque IDs and cursors,
# and search snippets (the window is the same, the ellipses are lawtracker's).
IGNORED_KEYS = {"id", "endCursor", "snippet"}


def leaves(value, key=None):
    """Multiset of the scalar values of a response, case-folded (lawtracker's enums
    are IN_FORCE where the table holds in_force), numbers as floats. Keys are left
    out: the two schemas name and nest the same data differently."""
    if key in IGNORED_KEYS:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from leaves(v, key)
    elif isinstance(value, bool):
        yield str(value).lower()
    elif isinstance(value, (int, float)):
        # 600 and 600.0 are the same measure; a search score computed in SQL may
        # differ from lawtracker's in the last digits (folding of rare characters).
        yield f"{float(value):.3g}" if key == "score" else f"{float(value):.9g}"
    elif isinstance(value, str):
        yield value.lower()
    elif value is not None:
        yield str(value).lower()


def cmd_compare(args):
    mode = COMPARE[args.query]
    if mode is None:
        # Each server describes its own schema: there is nothing to be equal.
        print(f"{args.label}: not compared: different schemas")
        return
    with open(args.a) as f:
        seq_a = list(leaves(json.load(f)["data"]))
    with open(args.b) as f:
        seq_b = list(leaves(json.load(f)["data"]))
    a, b = collections.Counter(seq_a), collections.Counter(seq_b)
    if a != b:
        only_a, only_b = list((a - b).elements()), list((b - a).elements())
        print(
            f"{args.label}: DIFFERENT data: {len(only_a)} value(s) only in {args.name_a}, {len(only_b)} only in "
            f"{args.name_b}; e.g. {[s[:60] for s in only_a[:3]]} / {[s[:60] for s in only_b[:3]]}"
        )
    elif mode == "ordered" and seq_a != seq_b:
        at = next(i for i, (x, y) in enumerate(zip(seq_a, seq_b)) if x != y)
        print(
            f"{args.label}: same values, DIFFERENT order: value {at + 1} of {len(seq_a)} is "
            f"{seq_a[at][:60]!r} in {args.name_a}, {seq_b[at][:60]!r} in {args.name_b}"
        )
    elif mode == "ordered":
        print(f"{args.label}: same data in the same order ({len(seq_a)} values)")
    else:
        print(f"{args.label}: same data ({len(seq_a)} values)")


def is_load(record):
    """Rows of the load table; cold-start records carry a kind of their own."""
    return record.get("kind", "load") == "load"


def cold_start_line(r):
    hwm = f"; peak RSS by then {r['hwm_kb'] / 1024:.1f} MiB" if r.get("hwm_kb") else ""
    return (f"median {r['median_ms']:.1f} ms of {len(r['starts'])} starts (min {r['min_ms']:.1f}, "
            f"max {r['max_ms']:.1f}){hwm}")


def fmt_ms(us, record):
    # wrk reports percentiles of an empty histogram as 0: no latency was measured.
    return "—" if record["requests"] == 0 else f"{us / 1000:.2f}"


def cmd_report(args):
    with open(args.record) as f:
        everything = [json.loads(line) for line in f if line.strip()]
    records = [r for r in everything if is_load(r)]
    by = {(r["target"], r["query"]): r for r in records}
    targets = [t for t in ["lawtracker", "postgraphile", "floor"] if any(r["target"] == t for r in records)]
    have_pg = "postgraphile" in targets
    have_floor = "floor" in targets
    header = ["target", "query", "req/s", "p50 ms", "p99 ms", "errors", "peak RSS MiB"]
    if have_floor:
        header.append("% of floor")
    if have_pg:
        header.append("lawtracker ÷ PostGraphile")
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * (len(header) - 2)) + "|"]
    for target in targets:
        for label, _, _, _ in QUERIES:
            r = by.get((target, label))
            if r is None:
                continue
            total = r["requests"] + r["socket_errors"] + r["timeouts"]
            errors = str(r["errors"]) if r["errors"] == 0 else f"{r['errors']} ({100 * r['errors'] / max(total, 1):.1f}%)"
            rss = f"{r['rss_peak_kb'] / 1024:.1f}" if r.get("rss_peak_kb") else "?"
            row = [TARGET_NAMES[target], label, f"{r['rps']:.0f}", fmt_ms(r["p50_us"], r), fmt_ms(r["p99_us"], r), errors, rss]
            if have_floor:
                floor = by.get(("floor", label))
                row.append(f"{100 * r['rps'] / floor['rps']:.1f}%" if floor and floor["rps"] else "—")
            if have_pg:
                pg = by.get(("postgraphile", label))
                if target == "lawtracker" and pg and pg["rps"] and r["requests"]:
                    row.append(f"×{r['rps'] / pg['rps']:.2f}")
                else:
                    row.append("")
            lines.append("| " + " | ".join(row) + " |")
    print("\n".join(lines))
    for r in everything:
        if r.get("kind") == "cold_start":
            print()
            print(f"Cold start, {TARGET_NAMES[r['target']]}: launch to the first answered {r['query']} "
                  f"(polled every {r['interval_ms']:g} ms): {cold_start_line(r)}.")
    # A request slower than the window is neither served nor an error: say so.
    silent = [r for r in records if r["requests"] == 0]
    if silent:
        print()
        print(
            "No response at all within the measured window for "
            + ", ".join(f"{TARGET_NAMES[r['target']]} {r['query']}" for r in silent)
            + ": at this concurrency every request took longer than the window (a longer --duration measures it,"
            " if each takes under wrk's 5 s timeout; past that they count as errors)."
        )
    # Work the server went on with after wrk closed its connections (drained
    # before the next query, so that it does not run inside that query's window).
    lingering = [r for r in records if r.get("drain_s", 0) >= 1]
    if lingering:
        print()
        print(
            "Busy after wrk stopped (abandoned requests, waited out before the next query): "
            + ", ".join(f"{TARGET_NAMES[r['target']]} {r['query']} {r['drain_s']:.1f} s" for r in lingering)
            + "."
        )
    # The load generator's own core must not be the bottleneck; say so when it was.
    busy = [r for r in records if r.get("wrk_cpu_pct", 0) >= 90]
    if busy:
        print()
        print(
            "Warning: wrk used ≥ 90% of its core during "
            + ", ".join(f"{TARGET_NAMES[r['target']]} {r['query']}" for r in busy)
            + ": those rows may measure the load generator, not the server."
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("pick")
    p.add_argument("--url", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--slug")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--search")
    p.add_argument("--right")
    p.set_defaults(func=cmd_pick)

    p = sub.add_parser("bodies")
    p.add_argument("--vars", required=True)
    p.add_argument("--queries", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_bodies)

    p = sub.add_parser("check")
    p.add_argument("--url", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--label", required=True)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("compare")
    p.add_argument("--query", required=True, choices=list(COMPARE), help="picks how to compare (QUERIES)")
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--name-a", default="lawtracker")
    p.add_argument("--name-b", default="PostGraphile")
    p.add_argument("--label", required=True)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("load")
    p.add_argument("--url", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--lua", required=True)
    p.add_argument("--target", required=True, choices=list(TARGET_NAMES))
    p.add_argument("--query", required=True)
    p.add_argument("--server-pid", required=True, type=int)
    p.add_argument("--record", required=True)
    p.add_argument("--duration", type=int, default=10)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--timeout", type=int, default=5)
    p.add_argument("--wrk-cpus", default="1")
    p.add_argument("--database-url", help="PostgreSQL: also wait for its statements to finish between runs")
    p.add_argument("--drain-timeout", type=float, default=120)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("coldstart", help="time from launch to the first answered query (repeated)")
    p.add_argument("--url", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--target", required=True, choices=list(TARGET_NAMES))
    p.add_argument("--query", required=True, help="the label of the body's query, for the report")
    p.add_argument("--record", required=True)
    p.add_argument("--log", required=True, help="the server's output, appended")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--interval-ms", type=float, default=1.0)
    p.add_argument("--timeout", type=float, default=600)
    p.add_argument("command", nargs="+", help="the server's command line (after --)")
    p.set_defaults(func=cmd_coldstart)

    p = sub.add_parser("queries", help="print the labels of the benchmark's queries")
    p.set_defaults(func=lambda args: print(" ".join(label for label, _, _, _ in QUERIES)))

    p = sub.add_parser("report")
    p.add_argument("--record", required=True)
    p.set_defaults(func=cmd_report)

    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
