#!/usr/bin/env python3
"""Check the shipped dataset in data/ against the rules of data/FORMAT.md.

Stdlib only. Run from anywhere: python3 data/check_quotes.py
Prints one line per error and exits 1 if any; prints a summary and exits 0 otherwise.
"""
import json
import os
import re
import sys

DATA = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load(name):
    path = os.path.join(DATA, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(name, f"cannot load: {e}")
        return None


SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")

ENUMS = {
    "source.kind": {"news_report", "forum_post", "research_compilation", "generated_content"},
    "source.reliability": {"high", "medium", "low", "unreliable"},
    "law.status": {"proposed", "adopted", "in_force", "in_force_with_reservation", "partly_censured", "censured", "dropped", "repealed"},
    "stage.chamber": {"senate", "national_assembly", "joint_committee", "constitutional_council", "government", "president"},
    "stage.kind": {"introduced", "committee_text", "amendment", "vote", "final_vote", "referral", "decision", "promulgation", "publication"},
    "provision.theme": {"detention_regime", "communications", "prosecution", "facilities", "investigation", "assets", "public_order", "procedure",
                        "money_laundering", "informants", "local_powers", "customs_ports", "unknown"},
    "provision.status": {"proposed", "adopted", "in_force", "in_force_with_reservation", "partly_censured", "censured", "dropped", "repealed"},
    "parameter.kind": {"duration", "count", "capacity", "money", "percentage"},
    "qualifier": {"exactly", "up_to", "about", "at_least", "more_than", "between"},
    "unit": {"year", "month", "day", "hour", "inmate", "person", "facility", "euro", "tonne"},
    "facility.kind": {"prison", "school", "staff_housing"},
    "actor.kind": {"person", "government", "public_body", "prosecutor", "union", "ngo", "professional_body", "court", "criminal_group"},
    "incident.kind": {"arson", "gunfire", "vandalism", "intimidation", "graffiti", "riot", "assault", "smuggling", "escape_attempt", "other"},
    "criticism.stance": {"opposes", "concerned", "supports", "demands_action"},
    "link.relation": {"reaction_to_provision", "cited_as_justification", "coincided_with_debate"},
    "claim.subject": {"incident", "provision", "facility", "law", "campaign"},
    "event.kind": {"generation", "amendment", "censure", "partial_censure", "reservation", "repeal",
                   "implementing_decree", "entry_into_force", "facility_opening", "investigation"},
}


def enum(where, field, value, key, nullable=False):
    if value is None and nullable:
        return
    if value not in ENUMS[key]:
        err(where, f"{field}={value!r} not one of {sorted(ENUMS[key])}")


def date(where, field, value, nullable=True):
    if value is None:
        if not nullable:
            err(where, f"{field} is null")
        return
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(where, f"{field}={value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def slug(where, value):
    if not isinstance(value, str) or not SLUG_RE.match(value):
        err(where, f"bad slug {value!r} (lowercase ASCII, digits, '-')")


def unique(kind, items):
    seen = set()
    for it in items:
        s = it.get("slug")
        slug(f"{kind} {s}", s)
        if s in seen:
            err(f"{kind} {s}", "duplicate slug")
        seen.add(s)
    return seen


# ---------------------------------------------------------------- sources
sources = load("sources.json") or []
texts = {}
src_slugs = unique("source", sources)
for s in sources:
    w = f"source {s.get('slug')}"
    for k in ("title", "file", "reliability_note"):
        if not s.get(k):
            err(w, f"missing {k}")
    if not isinstance(s.get("title_is_editorial"), bool):
        err(w, "title_is_editorial must be a boolean")
    enum(w, "kind", s.get("kind"), "source.kind")
    enum(w, "reliability", s.get("reliability"), "source.reliability")
    date(w, "published_on", s.get("published_on"))
    path = os.path.join(DATA, s.get("file") or "")
    try:
        with open(path, encoding="utf-8") as f:
            texts[s["slug"]] = f.read()
    except OSError as e:
        err(w, f"cannot read file: {e}")

n_quotes = 0


def cites(where, cits, required=True):
    global n_quotes
    if not isinstance(cits, list) or (required and not cits):
        err(where, "needs at least one citation")
        return
    for i, c in enumerate(cits):
        cw = f"{where} citation[{i}]"
        src, q = c.get("source"), c.get("quote")
        if src not in src_slugs:
            err(cw, f"unknown source {src!r}")
            continue
        if not q:
            err(cw, "empty quote")
            continue
        n_quotes += 1
        if src in texts and q not in texts[src]:
            err(cw, f"quote not verbatim in {src}: {q!r}")
        extra = set(c) - {"source", "quote", "note"}
        if extra:
            err(cw, f"unexpected fields {sorted(extra)}")


# ---------------------------------------------------------------- law
law = load("law.json") or {}
cites("law", law.get("citations"))
slug("law", law.get("slug"))
enum("law", "status", law.get("status"), "law.status")
stages = law.get("stages", [])
stage_slugs = unique("stage", stages)
for st in stages:
    w = f"stage {st.get('slug')}"
    date(w, "occurred_on", st.get("occurred_on"), nullable=False)
    enum(w, "chamber", st.get("chamber"), "stage.chamber")
    enum(w, "kind", st.get("kind"), "stage.kind")
    cites(w, st.get("citations"))
provisions = law.get("provisions", [])
prov_slugs = unique("provision", provisions)
for p in provisions:
    w = f"provision {p.get('slug')}"
    enum(w, "theme", p.get("theme"), "provision.theme")
    enum(w, "status", p.get("status"), "provision.status")
    cites(w, p.get("citations"))
    for j, pa in enumerate(p.get("parameters", [])):
        pw = f"{w} parameter[{j}] {pa.get('name')}"
        enum(pw, "kind", pa.get("kind"), "parameter.kind")
        enum(pw, "qualifier", pa.get("qualifier"), "qualifier")
        enum(pw, "unit", pa.get("unit"), "unit", nullable=True)
        enum(pw, "baseline_unit", pa.get("baseline_unit"), "unit", nullable=True)
        if pa.get("stage") is not None and pa["stage"] not in stage_slugs:
            err(pw, f"unknown stage {pa['stage']!r}")
        if not isinstance(pa.get("value"), (int, float)):
            err(pw, "value must be a number")
        vm = pa.get("value_max")
        if vm is not None and (not isinstance(vm, (int, float)) or vm < pa.get("value", 0)):
            err(pw, "value_max must be a number >= value")
        cites(pw, pa.get("citations"))
    for j, t in enumerate(p.get("texts", [])):
        tw = f"{w} text[{j}]"
        if t.get("stage") is not None and t["stage"] not in stage_slugs:
            err(tw, f"unknown stage {t['stage']!r}")
        if t.get("kind") not in ("wording", "source_account"):
            err(tw, f"kind must be wording or source_account, not {t.get('kind')!r}")
        # The text is a quote of its source: checked like a citation.
        cites(tw, [{k: t.get(k) for k in ("source", "quote", "note") if k in t}])

# ---------------------------------------------------------------- facilities, actors
facilities = load("facilities.json") or []
fac_slugs = unique("facility", facilities)
for f_ in facilities:
    w = f"facility {f_.get('slug')}"
    enum(w, "kind", f_.get("kind"), "facility.kind")
    lat, lon = f_.get("latitude"), f_.get("longitude")
    if (lat is None) != (lon is None):
        err(w, "latitude and longitude must both be set or both null")
    if lat is not None:
        if not f_.get("coordinates_note"):
            err(w, "coordinates without coordinates_note")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            err(w, "coordinates out of range")
    cites(w, f_.get("citations"))

actors = load("actors.json") or []
actor_slugs = unique("actor", actors)
for a in actors:
    w = f"actor {a.get('slug')}"
    enum(w, "kind", a.get("kind"), "actor.kind")
    cites(w, a.get("citations"))

# ---------------------------------------------------------------- incidents
incidents = load("incidents.json") or []
inc_slugs = unique("incident", incidents)
campaigns = set()
for i in incidents:
    w = f"incident {i.get('slug')}"
    date(w, "occurred_on", i.get("occurred_on"))
    if i.get("facility") is not None and i["facility"] not in fac_slugs:
        err(w, f"unknown facility {i['facility']!r}")
    if i.get("investigating_body") is not None and i["investigating_body"] not in actor_slugs:
        err(w, f"unknown investigating_body {i['investigating_body']!r}")
    if i.get("campaign") is not None:
        slug(w + " campaign", i["campaign"])
        campaigns.add(i["campaign"])
    if not i.get("kinds"):
        err(w, "needs at least one kind")
    for k in i.get("kinds", []):
        enum(w, "kind", k, "incident.kind")
    for j, o in enumerate(i.get("outcomes", [])):
        ow = f"{w} outcome[{j}] {o.get('name')}"
        enum(ow, "qualifier", o.get("qualifier"), "qualifier")
        enum(ow, "unit", o.get("unit"), "unit", nullable=True)
        if not isinstance(o.get("value"), (int, float)):
            err(ow, "value must be a number")
        cites(ow, o.get("citations"))
    cites(w, i.get("citations"))

# ---------------------------------------------------------------- criticisms
criticisms = load("criticisms.json") or []
unique("criticism", criticisms)
for c in criticisms:
    w = f"criticism {c.get('slug')}"
    if c.get("actor") not in actor_slugs:
        err(w, f"unknown actor {c.get('actor')!r}")
    enum(w, "stance", c.get("stance"), "criticism.stance")
    date(w, "stated_on", c.get("stated_on"))
    for r in c.get("rights", []):
        slug(w + " right", r.replace("_", "-"))
    q = c.get("quote")
    if q is not None:
        cited = {x.get("source") for x in c.get("citations", [])}
        if not any(q in texts.get(s, "") for s in cited):
            err(w, f"quote not verbatim in any cited source: {q!r}")
    cites(w, c.get("citations"))
    for j, p in enumerate(c.get("provisions", [])):
        pw = f"{w} provisions[{j}]"
        if p.get("provision") not in prov_slugs:
            err(pw, f"unknown provision {p.get('provision')!r}")
        cites(pw, p.get("citations"))

# ---------------------------------------------------------------- links
links = load("links.json") or {}
seen_links = set()
for j, l in enumerate(links.get("provision_incidents", [])):
    w = f"link[{j}] {l.get('provision')}<->{l.get('incident')}"
    if l.get("provision") not in prov_slugs:
        err(w, f"unknown provision {l.get('provision')!r}")
    if l.get("incident") not in inc_slugs:
        err(w, f"unknown incident {l.get('incident')!r}")
    enum(w, "relation", l.get("relation"), "link.relation")
    key = (l.get("provision"), l.get("incident"), l.get("relation"))
    if key in seen_links:
        err(w, "duplicate link")
    seen_links.add(key)
    cites(w, l.get("citations"))

# ---------------------------------------------------------------- claims
claims = load("claims.json") or []
unique("claim", claims)
targets = {"incident": inc_slugs, "provision": prov_slugs, "facility": fac_slugs,
           "law": {law.get("slug")}, "campaign": campaigns}
for c in claims:
    w = f"claim {c.get('slug')}"
    subj = c.get("subject") or {}
    enum(w, "subject.kind", subj.get("kind"), "claim.subject")
    if subj.get("kind") in targets and subj.get("slug") not in targets[subj["kind"]]:
        err(w, f"unknown {subj.get('kind')} {subj.get('slug')!r}")
    if len(c.get("claims", [])) < 2:
        err(w, "a disagreement needs at least two claims")
    for j, v in enumerate(c.get("claims", [])):
        vn = v.get("value_number")
        if vn is not None and not isinstance(vn, (int, float)):
            err(f"{w} claims[{j}]", "value_number must be a number or null")
        cites(f"{w} claims[{j}]", v.get("citations"))

# ---------------------------------------------------------------- events
EVENT_FIELDS = {"slug", "occurred_on", "kind", "law", "provision", "facility", "title",
                "description", "capacity", "citations"}
events = load("events.json")
if events is not None and not isinstance(events, list):
    err("events.json", "must be a JSON array")
    events = None
events = events or []
unique("event", events)
for e in events:
    w = f"event {e.get('slug')}"
    missing = EVENT_FIELDS - set(e)
    if missing:
        err(w, f"missing fields {sorted(missing)}")
    extra = set(e) - EVENT_FIELDS
    if extra:
        err(w, f"unexpected fields {sorted(extra)}")
    date(w, "occurred_on", e.get("occurred_on"), nullable=False)
    enum(w, "kind", e.get("kind"), "event.kind")
    if e.get("law") != law.get("slug"):
        err(w, f"unknown law {e.get('law')!r}")
    if e.get("provision") is not None and e["provision"] not in prov_slugs:
        err(w, f"unknown provision {e['provision']!r}")
    if e.get("facility") is not None and e["facility"] not in fac_slugs:
        err(w, f"unknown facility {e['facility']!r}")
    if e.get("kind") == "facility_opening" and e.get("facility") is None:
        err(w, "a facility_opening needs a facility")
    for k in ("title", "description"):
        if not isinstance(e.get(k), str) or not e.get(k).strip():
            err(w, f"{k} must be a non-empty string")
    cap = e.get("capacity")
    if cap is not None:
        if isinstance(cap, bool) or not isinstance(cap, int) or cap <= 0:
            err(w, f"capacity={cap!r} must be null or a positive integer")
        elif e.get("kind") != "facility_opening":
            err(w, "capacity is only for a facility_opening")
    cites(w, e.get("citations"))

# ---------------------------------------------------------------- report
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print(f"OK: {len(sources)} sources, {len(stages)} stages, {len(provisions)} provisions, "
      f"{len(facilities)} facilities, {len(actors)} actors, {len(incidents)} incidents, "
      f"{len(criticisms)} criticisms, {len(links.get('provision_incidents', []))} links, "
      f"{len(claims)} claims, {len(events)} events; {n_quotes} quotes verified verbatim; no error.")
