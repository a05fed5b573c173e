#!/usr/bin/env bash
# Issue 10, the faults the adversarial run found, against serve as a real process posting to a
# stand-in Slack and a stand-in Discord:
#   h2, postgresql  kill -9 twice during a burst of 120 reminders due 0.5 s apart (after 30 % and
#                   70 % of the posts, restarted 1 s later), on an H2 file or on PostgreSQL
#   disk            H2 on a 12 MB tmpfs filled at 30 % of the same burst and freed 30 s later
#                   (needs root, for mount)
# Each prints posts, twice and lost per platform.
# Usage: [JAVA_OPTS="-Dreminders=120 -Dspacing=500 -Druns=1"] bench/faults/run.sh [h2|postgresql|disk ...]
#   (default: all three, disk only as root; about 5 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-faults
mkdir -p "$OUT"
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ $# -gt 0 ]; then
  cases=("$@")
elif [ "$(id -u)" = 0 ]; then
  cases=(h2 postgresql disk)
else
  cases=(h2 postgresql)
fi
: > "$OUT/faults.out"
stores=()
for c in "${cases[@]}"; do [ "$c" = disk ] || stores+=("$c"); done
if [ ${#stores[@]} -gt 0 ]; then
  java ${JAVA_OPTS:-} -Xmx512m -cp "$CP" webinarbot.bench.KillNineBench "${stores[@]}" \
    2>"$OUT/kill9.log" | tee -a "$OUT/faults.out"
fi
if [[ " ${cases[*]} " == *" disk "* ]]; then
  DISK=$(mktemp -d /tmp/webinarbot-disk.XXXXXX)
  mount -t tmpfs -o size=12m tmpfs "$DISK"
  trap 'umount "$DISK" 2>/dev/null; rmdir "$DISK"' EXIT
  java ${JAVA_OPTS:-} -Xmx512m -cp "$CP" webinarbot.bench.FullDiskBench "$DISK" \
    2>"$OUT/fulldisk.log" | tee -a "$OUT/faults.out"
fi
grep -h '^RESULT' "$OUT/faults.out"
