#!/usr/bin/env python3
"""Stamp every record of data/ with `curated_at`: the instant its current content was curated.

The instant is the commit time of the last commit that changed the record (read from
`git log` of data/), or, for a record changed in the working tree and not yet
committed, the time this script runs. A record whose content is unchanged keeps its
stamp, so rerunning the script after a curation pass only moves the records the pass
touched. The loader stamps each record's first revision with this instant, so
`knownAt` answers as of the curation history on every clone.

Stdlib only. Run from the repository root: python3 data/stamp_curated_at.py
"""
import datetime
import json
import os
import subprocess

DATA = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(DATA)
NOW = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def records(name, doc):
    """(key, record) pairs of a data file: the records that carry `curated_at`."""
    if name == "law.json":
        law = {k: v for k, v in doc.items() if k != "provisions"}
        yield ("law", doc["slug"]), law, doc
        for p in doc["provisions"]:
            yield ("provision", p["slug"]), p, p
    elif name == "links.json":
        for link in doc["provision_incidents"]:
            yield ("link", link["provision"], link["incident"], link["relation"]), link, link
    else:
        for r in doc:
            yield (name, r["slug"]), r, r


def content(record):
    """A record as compared across commits: without its stamp, and without fields at
    their default (null, empty list, false), so adding an optional field to the format
    does not count as curating every record again."""
    kept = {k: v for k, v in record.items()
            if k not in ("curated_at", "provisions") and v is not None and v != [] and v is not False}
    return json.dumps(kept, sort_keys=True)


FILES = ["sources.json", "law.json", "facilities.json", "actors.json", "incidents.json",
         "criticisms.json", "links.json", "claims.json"]

for name in FILES:
    path = f"data/{name}"
    history = [line.split(" ", 1) for line in git("log", "--reverse", "--format=%H %cI", "--", path).splitlines()]
    changed_at = {}
    previous = {}
    for sha, when in history:
        try:
            doc = json.loads(git("show", f"{sha}:{path}"))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        when = datetime.datetime.fromisoformat(when).astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")
        for key, record, _ in records(name, doc):
            text = content(record)
            if previous.get(key) != text:
                changed_at[key] = when
                previous[key] = text
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        doc = json.load(f)
    for key, record, target in records(name, doc):
        if previous.get(key) != content(record):
            target["curated_at"] = NOW
        elif "curated_at" not in target:
            target["curated_at"] = changed_at[key]
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("stamped; records changed since the last commit got", NOW)
