-- GET the same path with an Authorization-free request, paced so that all connections together
-- send about RATE requests per second (wrk 4 has no rate option; each connection waits
-- 1000 * connections / RATE ms between its requests). Env: PACE_MS (delay per connection).
local pace = tonumber(os.getenv("PACE_MS") or "40")

function delay()
  return pace
end
