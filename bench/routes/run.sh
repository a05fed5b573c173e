#!/usr/bin/env bash
# Issue 15's route budget: one announcement of a talk that three [[route]] tables take, reaching
# 50 distinct channels (25 Slack, 25 Discord), through the bot's real outgoing side against
# stand-ins enforcing Slack's and Discord's documented rate limits: the last post <= 60 s after
# the first, each channel exactly one post.
# Usage: bench/routes/run.sh [ROUNDS]   (default 3; under a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-routes
mkdir -p "$OUT"
mvn -B -o -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
uptime | tee "$OUT/routes.out"
java -Xmx512m -Dwebinarbot.log.level=WARN -cp "$CP" \
  webinarbot.bench.RouteFanoutBench "${1:-3}" 2>"$OUT/routes.log" | tee -a "$OUT/routes.out"
uptime | tee -a "$OUT/routes.out"
grep -h '^RESULT' "$OUT/routes.out"
