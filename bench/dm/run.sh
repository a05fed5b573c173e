#!/usr/bin/env bash
# Issue 14's fan-out budget, on one embedded PostgreSQL shared by three in-process replicas (real
# clustered Quartz, real clock) against the stand-in Discord or Slack enforcing the platform's
# documented rate limits: 10,000 subscribers of one talk get their personal reminder, p99 lateness
# <= 60 s, none twice, none lost; "kill" kills the replica doing the fan-out after a fifth of the DMs.
# Usage: [JAVA_OPTS="-Dsubscribers=10000 -Dreplicas=3"] bench/dm/run.sh [discord|slack] [plain|kill ...]
#   (default: discord, plain then kill; for 10,000 about 10 minutes a case on Discord, 43 on Slack)
# Output goes to target/bench-dm/dm-<arguments>.out, so two runs with different arguments can go
# side by side (the second's build step finds everything compiled).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-dm
mkdir -p "$OUT"
mvn -B -o -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
NAME="dm$(printf -- '-%s' "$@")"; NAME="${NAME%-}"
uptime | tee "$OUT/$NAME.out"
java ${JAVA_OPTS:-} -Xms256m -Xmx2g -Dwebinarbot.log.level=WARN -cp "$CP" \
  webinarbot.bench.DmFanoutBench "$@" 2>"$OUT/$NAME.log" | tee -a "$OUT/$NAME.out"
uptime | tee -a "$OUT/$NAME.out"
grep -h '^RESULT' "$OUT/$NAME.out"
