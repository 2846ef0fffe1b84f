-- wrk script for bench/run.sh: POSTs one GraphQL request body over and over and
-- counts what a client would call a failure.
--
-- A response counts as served only when its status is 200 and its body carries no
-- top-level "errors" member: GraphQL servers answer 200 with {"errors": [...]}
-- for a bad query or a failed resolver, and wrk alone would count that as a success.
-- (Inside a JSON string a quote is escaped, so the bare text "errors" with its
-- quotes appears only as a member name or as a value; none of the benchmark's
-- queries selects a field of that name, and `harness.py check` refuses, before
-- the load, an answer that holds it as a value, e.g. a field named errors in an
-- introspection answer.)
--
-- Environment: WRK_BODY_FILE, the JSON request body to send.
-- Output: done() prints one line `WRK_RESULT {json}` that bench/harness.py reads.

local body_file = os.getenv("WRK_BODY_FILE")
if body_file == nil then
  error("set WRK_BODY_FILE to the JSON request body")
end
local file = assert(io.open(body_file, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

-- Each wrk thread runs its own Lua state; setup() runs in the main state and keeps
-- a handle on every thread so that done() can add up their counters (thread:get).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  -- Globals of this thread's state, read by done() through thread:get().
  bad_status = 0
  graphql_errors = 0
end

function response(status, headers, response_body)
  if status ~= 200 then
    bad_status = bad_status + 1
  elseif response_body ~= nil and string.find(response_body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local status_total, graphql_total = 0, 0
  for _, thread in ipairs(threads) do
    status_total = status_total + thread:get("bad_status")
    graphql_total = graphql_total + thread:get("graphql_errors")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "bad_status": %d, "graphql_errors": %d, ' ..
    '"socket_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, status_total, graphql_total,
    e.connect + e.read + e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
