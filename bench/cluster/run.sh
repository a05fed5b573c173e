#!/usr/bin/env bash
# The cluster budget (issue 7) on one embedded PostgreSQL shared by three replicas:
#   1,000 reminders due in the same minute: every one posted once, lateness p99 <= 2 s
# Usage: [JAVA_OPTS="-Dreplicas=1 -Dalone=true"] bench/cluster/run.sh [spread|burst ...]
#   (default: three replicas, both cases, about 4 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-cluster
mkdir -p "$OUT"
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
java ${JAVA_OPTS:-} -Xms256m -Xmx1g -Dwebinarbot.log.level=WARN -cp "$CP" \
  webinarbot.bench.ClusterBench "$@" 2>"$OUT/cluster.log" | tee "$OUT/cluster.out"
grep -h '^RESULT' "$OUT/cluster.out"
