-- Posts one invoice per request, each with a unique reference code (run prefix + thread number + counter), and
-- prints the figures the harness parses in done(). Environment: BENCH_BODY_FILE (JSON with {{REF}}),
-- BENCH_HEADER ("Name: value" for the credential) or BENCH_HEADER_FILE (one such line per tenant: requests take
-- them in turn), BENCH_PREFIX (unique per run).
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function parse_header(line)
  local name, value = string.match(line, "^([^:]+):%s*(.*)$")
  return {name = name, value = value}
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_BODY_FILE"), "r"))
  template = file:read("*a")
  file:close()
  credentials = {}
  local header_file = os.getenv("BENCH_HEADER_FILE")
  if header_file and header_file ~= "" then
    for line in io.lines(header_file) do
      if line ~= "" then table.insert(credentials, parse_header(line)) end
    end
  else
    table.insert(credentials, parse_header(os.getenv("BENCH_HEADER")))
  end
  if #credentials == 1 then wrk.headers[credentials[1].name] = credentials[1].value end
  wrk.headers["Content-Type"] = "application/json"
  wrk.method = "POST"
  prefix = os.getenv("BENCH_PREFIX") .. "-" .. thread_number .. "-"
  counter = 0
end

function request()
  counter = counter + 1
  local body = string.gsub(template, "{{REF}}", prefix .. counter)
  if #credentials == 1 then return wrk.format(nil, nil, nil, body) end
  local credential = credentials[(counter + thread_number) % #credentials + 1]
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers[credential.name] = credential.value
  return wrk.format(nil, nil, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d " ..
    "timeouts=%d p50_us=%d p90_us=%d p99_us=%d mean_us=%.0f max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
