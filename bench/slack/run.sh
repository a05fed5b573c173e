#!/usr/bin/env bash
# Signed /webinars over HTTP: the bot against a bare Bolt app that only acks, in one run.
# Budget (docs/architecture.md): p99 <= 50 ms at 500 requests/s, and >= 80 % of the bare app's throughput.
# Needs wrk (apt-get install -y wrk), openssl, curl, Maven. Takes about five minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUND=${ROUND:-15s}        # one throughput measurement
ROUNDS=${ROUNDS:-3}        # bot and bare alternate, this many times each
WARMUP=${WARMUP:-20s}      # per app, before anything is measured (the JIT needs it on 2 cores)
LATENCY=${LATENCY:-30s}    # the paced 500 requests/s run
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
BOT_PORT=${BOT_PORT:-18080}
BARE_PORT=${BARE_PORT:-18081}
COMMAND=${COMMAND:-list}
SECRET=bench-signing-secret
LUA=bench/slack/signed-webinars.lua
OUT=target/bench-slack
mkdir -p "$OUT"

mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null

SLACK_BODY="token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=webinars&user_id=U0BENCH&user_name=bench&command=%2Fwebinars&text=$COMMAND&api_app_id=A0BENCH&is_enterprise_install=false&response_url=http%3A%2F%2F127.0.0.1%3A9%2Frespond&trigger_id=1.2.3"
sign() { # TIMESTAMP -> Slack's signature of SLACK_BODY
  echo "v0=$(printf 'v0:%s:%s' "$1" "$SLACK_BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')"
}
# The bot checks signature age against a clock fixed at BOT_TS, so one signature serves the
# whole run. The bare app keeps Bolt's own check (system clock): it gets a fresh one per wrk run.
BOT_TS=$(date +%s)
export SLACK_BODY CONNECTIONS

rm -f "$OUT/server.log"
java -Xms256m -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  webinarbot.bench.SlackBenchServer "$BOT_TS" "$SECRET" "$BOT_PORT" "$BARE_PORT" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q '^ready' "$OUT/server.log" 2>/dev/null && break; sleep 0.2; done
grep '^ready' "$OUT/server.log"

credentials() { # port -> exports SLACK_TS and SLACK_SIG for that app
  if [ "$1" = "$BOT_PORT" ]; then SLACK_TS=$BOT_TS; else SLACK_TS=$(date +%s); fi
  SLACK_SIG=$(sign "$SLACK_TS")
  export SLACK_TS SLACK_SIG
}
post() { # port name: one signed request, to check the app answers before measuring
  credentials "$1"
  curl -s -o "$OUT/$2.body" -w '%{http_code}' -X POST "http://127.0.0.1:$1/slack/events" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Slack-Request-Timestamp: $SLACK_TS" -H "X-Slack-Signature: $SLACK_SIG" --data "$SLACK_BODY"
}
[ "$(post "$BOT_PORT" bot)" = 200 ] && grep -q '"blocks"' "$OUT/bot.body" || { echo "bot did not answer"; exit 1; }
[ "$(post "$BARE_PORT" bare)" = 200 ] || { echo "bare Bolt app did not answer"; exit 1; }

cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # server CPU time, in clock ticks
measure() { # name port rate duration -> one RESULT line, plus the server's CPU per request
  credentials "$2"
  local before after line
  before=$(cpu)
  line=$(RATE=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" -s "$LUA" "http://127.0.0.1:$2/slack/events" \
    | tee "$OUT/$1.txt" | grep '^RESULT')
  after=$(cpu)
  local requests=${line#*requests=}; requests=${requests%% *}
  echo "$1 ${line#RESULT } server_cpu_us_per_request=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))" \
    | tee -a "$OUT/results.txt"
}
: >"$OUT/results.txt"
echo "# warm-up ($WARMUP each, not counted)"
measure warmup-bot "$BOT_PORT" 0 "$WARMUP" >/dev/null
measure warmup-bare "$BARE_PORT" 0 "$WARMUP" >/dev/null
echo "# throughput, closed loop: $THREADS wrk threads, $CONNECTIONS connections, $ROUNDS rounds of $ROUND each"
for round in $(seq 1 "$ROUNDS"); do
  measure "bot-$round" "$BOT_PORT" 0 "$ROUND"
  measure "bare-$round" "$BARE_PORT" 0 "$ROUND"
done
echo "# latency, paced at 500 requests/s for $LATENCY"
measure bot-500rps "$BOT_PORT" 500 "$LATENCY"
measure bare-500rps "$BARE_PORT" 500 "$LATENCY"

echo "# verdict"
awk -v rounds="$ROUNDS" '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
  END {
    for (r = 1; r <= rounds; r++) {
      ratio[r] = 100 * v["bot-" r, "rps"] / v["bare-" r, "rps"]
      printf "round %d: bot %.0f req/s, bare Bolt %.0f req/s: %.1f %%\n", r, v["bot-" r, "rps"], v["bare-" r, "rps"], ratio[r]
      bot += v["bot-" r, "requests"]; bare += v["bare-" r, "requests"]
    }
    total = 100 * bot / bare
    printf "throughput: all rounds together %.1f %% of bare Bolt (budget >= 80 %%): %s\n", total, (total >= 80 ? "PASS" : "FAIL")
    p99 = v["bot-500rps", "p99_ms"]; rate = v["bot-500rps", "rps"]
    printf "latency: bot p99 %.2f ms at %.0f req/s (budget <= 50 ms at 500 req/s): %s\n", p99, rate, ((p99 <= 50 && rate >= 475) ? "PASS" : "FAIL")
  }' "$OUT/results.txt" | tee "$OUT/verdict.txt"
{
  echo "# Slack: bench/slack/run.sh, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo '```'
  cat "$OUT/results.txt" "$OUT/verdict.txt"
  echo '```'
} >bench/results/slack.md
