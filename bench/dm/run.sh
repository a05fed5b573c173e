#!/usr/bin/env bash
# Issue 14's fan-out budget, on one embedded PostgreSQL shared by three in-process replicas (real
# clustered Quartz, real clock) against the stand-in Discord enforcing Discord's documented rate
# limits: 10,000 subscribers of one talk get their personal reminder, p99 lateness <= 60 s, none
# twice, none lost; "kill" kills the replica doing the fan-out after a fifth of the DMs.
# Usage: [JAVA_OPTS="-Dsubscribers=10000 -Dreplicas=3"] bench/dm/run.sh [plain|kill ...]
#   (default: plain, then kill; about 10 minutes each for 10,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-dm
mkdir -p "$OUT"
mvn -B -o -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
uptime | tee "$OUT/dm.out"
java ${JAVA_OPTS:-} -Xms256m -Xmx2g -Dwebinarbot.log.level=WARN -cp "$CP" \
  webinarbot.bench.DmFanoutBench "$@" 2>"$OUT/dm.log" | tee -a "$OUT/dm.out"
uptime | tee -a "$OUT/dm.out"
grep -h '^RESULT' "$OUT/dm.out"
