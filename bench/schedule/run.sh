#!/usr/bin/env bash
# The schedule's budgets (docs/architecture.md) on an H2 file database, the bot's default storage:
#   plan      10,000 webinars (40,000 triggers) planned and written to Quartz    <= 5 s
#   edit      one edited page of 10,000 rescheduled after the file event         <= 50 ms
#             and a full reload of the 10,000 pages in the running bot            <= 500 ms
#   lateness  p99 lateness with 1,000 reminders due in one minute                <= 2 s
#   series    10,000 talks of which 200 weekly series over a year planned       <= 5 s
# Usage: bench/schedule/run.sh [plan|edit|lateness|series ...]   (default: plan edit lateness)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-schedule
mkdir -p "$OUT"
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
for what in "${@:-plan edit lateness}"; do
  for bench in $what; do
    rm -rf "$OUT/$bench"
    echo "== $bench"
    java -Xms256m -Xmx1g -Dwebinarbot.log.level=WARN -cp "$CP" \
      webinarbot.bench.ScheduleBench "$bench" "$OUT/$bench" 2>"$OUT/$bench.log" | tee "$OUT/$bench.out"
  done
done
grep -h '^RESULT' "$OUT"/*.out
