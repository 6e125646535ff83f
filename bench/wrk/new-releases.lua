-- Each request creates a new draft release of one model (one release row and one audit log
-- entry, in one transaction). Env: TOKEN (a releaser's API token), MODEL_PATH
-- (/api/v1/orgs/ORG/models/MODEL).
local token = os.getenv("TOKEN")
local model = os.getenv("MODEL_PATH")
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

function request()
  counter = counter + 1
  local path = model .. "/releases/w" .. thread_id .. "-" .. counter
  return wrk.format("PUT", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }, "{}")
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("non-2xx or failed requests: %d\n", errors))
end
