"""Measures the front end's first render through chromedriver (plain WebDriver over
HTTP, standard library only). Called by bench/web-first-render.sh."""
import json
import statistics
import sys
import time
import urllib.request

BASE, DRIVER, RUNS = sys.argv[1], sys.argv[2], int(sys.argv[3])
PAGES = [
    "/app/",
    "/app/provisions/isolation-regime",
    "/app/map",
    "/app/timeline",
    "/app/search?q=Nimes",
    "/app/sources/law-facts-2026-11-22",
]
BUDGET_MS = 1000
MARK = "return (performance.getEntriesByName('lawtracker:first-render')[0] || {}).startTime ?? null"


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(DRIVER + path, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["value"]


def first_render(page):
    options = {"binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024"]}
    session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})["sessionId"]
    try:
        call("POST", f"/session/{session}/url", {"url": BASE + page})
        deadline = time.time() + 20
        while time.time() < deadline:
            value = call("POST", f"/session/{session}/execute/sync", {"script": MARK, "args": []})
            if value is not None:
                return value
            time.sleep(0.02)
        raise SystemExit(f"{page}: no first render within 20 s")
    finally:
        call("DELETE", f"/session/{session}")


worst_overall = 0
print(f"{'page':40} {'median ms':>10} {'worst ms':>10}  runs (ms)")
for page in PAGES:
    times = [first_render(page) for _ in range(RUNS)]
    worst_overall = max(worst_overall, max(times))
    print(f"{page:40} {statistics.median(times):10.0f} {max(times):10.0f}  {' '.join(f'{t:.0f}' for t in times)}")
verdict = "within" if worst_overall < BUDGET_MS else "OVER"
print(f"worst first render: {worst_overall:.0f} ms, {verdict} the {BUDGET_MS} ms budget")
sys.exit(0 if worst_overall < BUDGET_MS else 1)
