#!/usr/bin/env bash
# Start to ready and idle memory of `serve` (docs/architecture.md: ready in 5 s or less, idle resident
# memory 300 MB or less), measured on the real jar as an operator starts it: no secrets (posts to
# standard output), embedded H2 in a fresh folder, the 25 FD.io pages.
# "Ready" is the first 200 from /readyz (the web server starts last, once the schedule runs);
# "idle" is the resident set size (VmRSS) after the bot has been ready and quiet for IDLE seconds.
# Each run starts the jar twice, alternating so machine load hits both alike: plain `java -jar`,
# and with the class-data-sharing archive the Docker image builds (deploy/Dockerfile).
# Usage: bench/ops/run.sh [RUNS]       Knobs: IDLE (default 30), PORT (default 18080).
# Needs: curl, a built jar (mvn -B package). Results: bench/results/ops.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
idle=${IDLE:-30}
port=${PORT:-18080}
jar="$root/target/webinar-bot.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
work="$root/bench/work/ops"
jsa="$root/bench/work/ops-webinar-bot.jsa"
out="$root/bench/results/ops.md"
mkdir -p "$root/bench/results" "$root/bench/work"

# One start: prints "MILLISECONDS_TO_READY RSS_MB".
start_once() {
  local flags=$1
  rm -rf "$work" && mkdir -p "$work/content/news"
  cp -r "$root/src/test/resources/fdio/content/news/webinars" "$work/content/news/"
  local start pid ready_ms rss_kb
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  WEBINARBOT_HTTP_PORT=$port WEBINARBOT_STORAGE_JDBC_URL="jdbc:h2:file:$work/data/webinar-bot" \
    java $flags -jar "$jar" --content "$work/content/news/webinars" serve \
    > "$work/stdout.txt" 2> "$work/stderr.txt" &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/stderr.txt" >&2; exit 1; fi
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "$idle"
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  echo "$ready_ms $((rss_kb / 1024))"
}

# The training start, as the Dockerfile does it.
rm -f "$jsa"
IDLE_SAVED=$idle; idle=1
start_once "-XX:ArchiveClassesAtExit=$jsa" > /dev/null
idle=$IDLE_SAVED

{
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%d MB", $2/1024}' /proc/meminfo)," \
    "$(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| run | plain: ready (ms) | plain: idle RSS (MB) | CDS: ready (ms) | CDS: idle RSS (MB) |"
  echo "|---:|---:|---:|---:|---:|"
} > "$out.tmp"
for run in $(seq 1 "$runs"); do
  read -r plain_ms plain_mb < <(start_once "")
  read -r cds_ms cds_mb < <(start_once "-XX:SharedArchiveFile=$jsa")
  printf '| %d | %d | %d | %d | %d |\n' "$run" "$plain_ms" "$plain_mb" "$cds_ms" "$cds_mb" \
    | tee -a "$out.tmp"
done
echo >> "$out.tmp"
echo "idle = ${idle} s after ready; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
