-- wrk script: POSTs one pre-signed /webinars request, as Slack would send it.
-- SLACK_BODY, SLACK_TS and SLACK_SIG come from run.sh, which signs the body with openssl.
-- RATE (requests/s over all connections) with CONNECTIONS turns wrk's closed loop into a paced
-- one: each connection waits CONNECTIONS/RATE seconds before its next request (Debian's wrk has
-- no -R; the wait is not counted in the latency wrk reports).

wrk.method = "POST"
wrk.body = os.getenv("SLACK_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("SLACK_TS")
wrk.headers["X-Slack-Signature"] = os.getenv("SLACK_SIG")

local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "50")

function delay()
  if rate > 0 then
    return connections * 1000 / rate
  end
  return 0
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
