"""The open data read by the tools researchers use, as they would use them.

    check.py BASE_URL EXPORT_DIR

BASE_URL is a running lawtracker server (e.g. http://127.0.0.1:8080); EXPORT_DIR
holds `datapackage/` (`lawtracker export --format datapackage --out ...`) and
`lawtracker.sqlite` (`lawtracker export --format sqlite --out ...`). Each check
prints `ok NAME ...` or stops with a message saying what a tool could not read.
tests/opendata_tools.rs runs it with the virtualenv that setup.sh makes.
"""

import json
import shutil
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import feedparser
import pandas
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from pyld import jsonld

SCHEMA_IDENTIFIER = ("http://schema.org/legislationIdentifier", "https://schema.org/legislationIdentifier")
ELI = "http://data.europa.eu/eli/ontology#"
# The style citeproc-py ships with itself: no style is fetched from the network.
STYLE = "harvard-cite-them-right"


class Failed(Exception):
    pass


def fetch(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return response.read()


def fetch_json(base, path):
    return json.loads(fetch(base, path))


def check_frictionless(package_dir):
    """The package and every CSV against its Table Schema (types, keys, enums, foreign keys)."""
    command = shutil.which("frictionless", path=str(Path(sys.executable).parent)) or "frictionless"
    result = subprocess.run(
        [command, "validate", "--json", str(package_dir / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise Failed(f"frictionless validate printed no report:\n{result.stdout}\n{result.stderr}")
    if not report.get("valid"):
        errors = []
        for task in report.get("tasks", []):
            for error in task.get("errors", [])[:5]:
                errors.append(f"{task.get('name')}: {error.get('message')}")
        for error in report.get("errors", [])[:5]:
            errors.append(error.get("message"))
        raise Failed("frictionless validate: the package is not valid:\n" + "\n".join(errors))
    print(f"ok frictionless: {len(report.get('tasks', []))} resources valid")


def check_pandas(base, package_dir):
    """Every CSV loads, with the schema's columns and as many records as the server's NDJSON."""
    package = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    served = fetch_json(base, "/data/datapackage.json")
    if [r["name"] for r in served["resources"]] != [r["name"] for r in package["resources"]]:
        raise Failed("pandas: the exported package and the server's list different tables")
    counts = {}
    for resource in package["resources"]:
        name = resource["name"]
        # Every cell as text, none read as "missing" but the empty ones: what the file holds.
        frame = pandas.read_csv(package_dir / resource["path"], dtype=str, keep_default_na=False)
        fields = [f["name"] for f in resource["schema"]["fields"]]
        if list(frame.columns) != fields:
            raise Failed(f"pandas: {name}.csv has columns {list(frame.columns)}, its schema {fields}")
        lines = [line for line in fetch(base, f"/data/{name}.ndjson").decode("utf-8").split("\n") if line]
        if len(frame) != len(lines):
            raise Failed(f"pandas: {name}.csv has {len(frame)} records, the server's {name}.ndjson {len(lines)}")
        counts[name] = len(frame)
    print(f"ok pandas: {len(counts)} CSV files, {sum(counts.values())} records, counts equal the server's")
    return counts


def check_sqlite(sqlite_path, counts):
    """The SQLite file opens, holds the CSVs' records, and its tables join."""
    connection = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        for name, expected in counts.items():
            (found,) = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            if found != expected:
                raise Failed(f"sqlite: table {name} has {found} rows, {name}.csv {expected}")
        rows = connection.execute(
            "SELECT i.slug, l.provision FROM incident_links l JOIN incidents i ON i.slug = l.incident"
        ).fetchall()
        if not rows:
            raise Failed("sqlite: incident_links joined with incidents returns no rows")
    finally:
        connection.close()
    print(f"ok sqlite: {len(counts)} tables, incident_links ⋈ incidents = {len(rows)} rows")


def check_feeds(base, provision):
    """The whole tracker's feed and one provision's parse cleanly."""
    for path in ["/feeds/changes.atom", f"/feeds/provisions/{provision}.atom"]:
        feed = feedparser.parse(fetch(base, path))
        if feed.bozo:
            raise Failed(f"feedparser: {path} is not well-formed: {feed.bozo_exception}")
        if not feed.feed.get("title"):
            raise Failed(f"feedparser: {path} has no title")
    print(f"ok feedparser: /feeds/changes.atom and /feeds/provisions/{provision}.atom")


def render(items):
    """CSL-JSON records as a bibliography in citeproc-py's bundled style."""
    source = CiteProcJSON(items)
    style = CitationStylesStyle(STYLE, validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def check_citeproc(base, provision, source):
    for kind, slug in [("provision", provision), ("source", source)]:
        items = fetch_json(base, f"/cite/{kind}/{slug}?format=csl-json")
        entries = render(items)
        if len(entries) != len(items) or not all(entries):
            raise Failed(f"citeproc-py: the {kind} {slug} renders no bibliography entry")
        title = items[0].get("title", "")
        if title[:20] not in entries[0]:
            raise Failed(f"citeproc-py: the {kind} {slug}'s entry lacks its title: {entries[0]}")
    print(f"ok citeproc: the provision {provision} and the source {source} in {STYLE}")


def check_pyld(base, provision):
    document = fetch_json(base, f"/provisions/{provision}.jsonld")
    expanded = jsonld.expand(document)
    if len(expanded) != 1:
        raise Failed(f"pyld: expected one node, got {len(expanded)}")
    node = expanded[0]
    if not any(key in node for key in SCHEMA_IDENTIFIER):
        raise Failed(f"pyld: no schema.org legislationIdentifier in {sorted(node)}")
    eli = [key for key in node if key.startswith(ELI)]
    if not eli:
        raise Failed(f"pyld: no ELI term in {sorted(node)}")
    print(f"ok pyld: {provision} expands with legislationIdentifier and {len(eli)} ELI terms")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    base = argv[1].rstrip("/")
    export = Path(argv[2])
    package_dir = export / "datapackage"
    sqlite_path = export / "lawtracker.sqlite"
    for path in [package_dir / "datapackage.json", sqlite_path]:
        if not path.exists():
            print(f"missing {path}: see the usage in {argv[0]}", file=sys.stderr)
            return 2
    try:
        check_frictionless(package_dir)
        counts = check_pandas(base, package_dir)
        check_sqlite(sqlite_path, counts)
        # A provision that amends code articles, and the first source: real records of the data.
        provisions = pandas.read_csv(package_dir / "provisions.csv", dtype=str, keep_default_na=False)
        amending = provisions[provisions["codes"] != ""]
        provision = (amending if len(amending) else provisions)["slug"].iloc[0]
        source = pandas.read_csv(package_dir / "sources.csv", dtype=str, keep_default_na=False)["slug"].iloc[0]
        check_feeds(base, provision)
        check_citeproc(base, provision, source)
        check_pyld(base, provision)
    except Failed as failure:
        print(f"FAILED {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
