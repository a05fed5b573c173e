#!/usr/bin/env bash
# The cluster budget (issue 7) on one embedded PostgreSQL shared by three replicas:
#   1,000 reminders due in the same minute: every one posted once, lateness p99 <= 2 s
#   a dead replica's reminders and the Discord gateway move to a survivor within 30 s
# Usage: [JAVA_OPTS="-Dreplicas=1 -Dalone=true"] bench/cluster/run.sh [spread|burst|failover|gateway ...]
#   (default: spread, burst, failover and gateway; about 7 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-cluster
mkdir -p "$OUT"
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
cases=("${@:-spread burst failover gateway}")
read -r -a cases <<< "${cases[*]}"
: > "$OUT/cluster.out"
scheduled=()
for c in "${cases[@]}"; do [ "$c" = gateway ] || scheduled+=("$c"); done
if [ ${#scheduled[@]} -gt 0 ]; then
  java ${JAVA_OPTS:-} -Xms256m -Xmx1g -Dwebinarbot.log.level=WARN -cp "$CP" \
    webinarbot.bench.ClusterBench "${scheduled[@]}" 2>"$OUT/cluster.log" | tee -a "$OUT/cluster.out"
fi
if [[ " ${cases[*]} " == *" gateway "* ]]; then
  java -Xmx512m -Dwebinarbot.log.level=WARN -cp "$CP" \
    webinarbot.bench.GatewayFailoverBench 3 2>"$OUT/gateway.log" | tee -a "$OUT/cluster.out"
fi
grep -h '^RESULT' "$OUT/cluster.out"
