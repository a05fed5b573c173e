#!/usr/bin/env bash
# Issue 10, item 1: serve killed with SIGKILL twice during a burst of 120 reminders due 0.5 s
# apart (after 30 % and 70 % of the posts, restarted 1 s later), on an H2 file and on PostgreSQL,
# posting to a stand-in Slack and a stand-in Discord. Prints posts, twice, lost per platform.
# Usage: [JAVA_OPTS="-Dreminders=120 -Dspacing=500 -Druns=1"] bench/faults/run.sh [h2] [postgresql]
#   (default: both; about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-faults
mkdir -p "$OUT"
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
java ${JAVA_OPTS:-} -Xmx512m -cp "$CP" webinarbot.bench.KillNineBench "$@" \
  2>"$OUT/kill9.log" | tee "$OUT/kill9.out"
grep -h '^RESULT' "$OUT/kill9.out"
