#!/usr/bin/env bash
# "Remind me" clicks over HTTP: signed Slack block_actions, each by another user, sent open loop at a
# constant rate into the bot's /slack/events, against a bare Bolt app whose handler only acks.
# Budget (docs/architecture.md, issue 14): every click acked within 3 s; p99 <= 50 ms at 100 clicks/s;
# every click subscribes its user exactly once. Then the same clicks through a real JDA on the
# stand-in Discord gateway, for the record. Needs Maven and curl; takes about five minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

RATE=${RATE:-100}          # clicks per second
SECONDS_MEASURED=${DURATION:-60}
WARMUP=${WARMUP:-20}       # seconds per app at the same rate, not counted (the JIT needs it on 2 cores)
BOT_PORT=${BOT_PORT:-18090}
BARE_PORT=${BARE_PORT:-18091}
SECRET=bench-signing-secret
OUT=target/bench-clicks
mkdir -p "$OUT"

mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

# The bot checks signature age against a clock fixed at BOT_TS, so clicks signed in advance stay
# valid; the bare app keeps Bolt's own check (system clock), so its clicks are signed at start.
BOT_TS=$(date +%s)
rm -f "$OUT/server.log"
java -Xms256m -Xmx512m -cp "$CP" webinarbot.bench.ClickBenchServer "$BOT_TS" "$SECRET" "$BOT_PORT" "$BARE_PORT" \
  >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q '^ready' "$OUT/server.log" 2>/dev/null && break; sleep 0.2; done
READY=$(grep '^ready' "$OUT/server.log") || { echo "server did not start"; cat "$OUT/server.log"; exit 1; }
echo "$READY"
WEBINAR=$(sed 's/.* webinar=\([^ ]*\).*/\1/' <<<"$READY")
WARMUP_WEBINAR=$(sed 's/.* warmup=\([^ ]*\).*/\1/' <<<"$READY")

cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # server CPU time, in clock ticks
load() { # name port timestamp seconds prefix webinar [answers] -> one line in results.txt
  local before after line clicks
  before=$(cpu)
  line=$(java -Xmx256m -cp "$CP" webinarbot.bench.ClickLoad "$1" "http://127.0.0.1:$2/slack/events" \
    "$SECRET" "$3" "$RATE" "$4" "$5" "$6" "${7:-}" | tee "$OUT/$1.txt" | grep '^RESULT')
  after=$(cpu)
  clicks=${line#*clicks=}; clicks=${clicks%% *}
  echo "${line#RESULT } server_cpu_us_per_click=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / clicks ))"
}
subscribers() { curl -s "http://127.0.0.1:$BOT_PORT/bench/subscribers?id=$1"; }

: >"$OUT/results.txt"
echo "# warm-up: ${WARMUP} s at $RATE clicks/s on each app, not counted"
load warmup-bot "$BOT_PORT" "$BOT_TS" "$WARMUP" W "$WARMUP_WEBINAR" answers >/dev/null
load warmup-bare "$BARE_PORT" now "$WARMUP" W "$WARMUP_WEBINAR" >/dev/null
echo "# measured: ${SECONDS_MEASURED} s at $RATE clicks/s, open loop, each click by a new user"
load bot "$BOT_PORT" "$BOT_TS" "$SECONDS_MEASURED" U "$WEBINAR" answers | tee -a "$OUT/results.txt"
load bare "$BARE_PORT" now "$SECONDS_MEASURED" U "$WEBINAR" | tee -a "$OUT/results.txt"
echo "bot-subscribers webinar=$WEBINAR $(subscribers "$WEBINAR")" | tee -a "$OUT/results.txt"
kill $SERVER 2>/dev/null || true
wait $SERVER 2>/dev/null || true

echo "# Discord: the same rate through the stand-in gateway under a real JDA"
java -Xms256m -Xmx512m -cp "$CP" webinarbot.bench.DiscordClickBench "$RATE" "$WARMUP" "$SECONDS_MEASURED" \
  2>"$OUT/discord.log" | grep '^RESULT' | sed 's/^RESULT //' | tee -a "$OUT/results.txt"

echo "# verdict"
awk -v rate="$RATE" -v seconds="$SECONDS_MEASURED" '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
  END {
    clicks = rate * seconds
    p99 = v["bot", "ack_p99_ms"]; got = v["bot", "rate"]
    printf "slack ack: bot p99 %.2f ms (bare Bolt %.2f ms) at %.1f clicks/s (budget <= 50 ms at %d/s): %s\n", p99, v["bare", "ack_p99_ms"], got, rate, ((p99 <= 50 && got >= 0.95 * rate) ? "PASS" : "FAIL")
    printf "slack ack within 3 s: %d of %d acked 200, %d over 3 s: %s\n", v["bot", "ok"], clicks, v["bot", "over_3s"], ((v["bot", "ok"] == clicks && v["bot", "over_3s"] == 0) ? "PASS" : "FAIL")
    printf "slack subscriptions: %d rows, %d users, %d answers for %d clicks: %s\n", v["bot-subscribers", "subscriptions"], v["bot-subscribers", "users"], v["bot", "answered"], clicks, ((v["bot-subscribers", "subscriptions"] == clicks && v["bot-subscribers", "users"] == clicks && v["bot", "answered"] == clicks && v["bot", "answer_posts"] == clicks) ? "PASS" : "FAIL")
    printf "discord ack (same budget, for the record): p99 %.2f ms, %d over 3 s, %d subscribed of %d: %s\n", v["discord", "ack_p99_ms"], v["discord", "over_3s"], v["discord", "subscribed"], v["discord", "clicks"], ((v["discord", "ack_p99_ms"] <= 50 && v["discord", "over_3s"] == 0 && v["discord", "subscribed"] == v["discord", "clicks"]) ? "PASS" : "FAIL")
  }' "$OUT/results.txt" | tee "$OUT/verdict.txt"
{
  echo "# Clicks: bench/clicks/run.sh, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo '```'
  cat "$OUT/results.txt" "$OUT/verdict.txt"
  echo '```'
} >bench/results/clicks.md
