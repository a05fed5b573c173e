#!/usr/bin/env bash
# Times `webinar-bot lint` against `hugo list all` on the same 10,000-page tree, in one run.
# Needs: hugo and hyperfine (apt-get install hugo hyperfine), a built jar (mvn -B package).
# Usage: bench/lint/run.sh [N]      Results: bench/results/lint.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
work="$root/bench/work/lint-site"
jar="$root/target/webinar-bot.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
"$here/make-tree.sh" "$work" "$n" >/dev/null
mkdir -p "$root/bench/results"
# Both must succeed on the tree before they are timed.
java -jar "$jar" --content "$work/content/news/webinars" lint > /dev/null
hugo list all --source "$work" > /dev/null
# Two ways to run the jar: plain `java -jar`, and with the flags deploy/github-lint.yml uses for
# one-shot commands (C1 only, serial GC: a short run spends most of its CPU in the C2 compiler).
hyperfine --warmup 2 --runs 10 --export-markdown "$root/bench/results/lint.md" \
  -n "webinar-bot lint ($n pages, java -jar)" \
  "java -jar $jar --content $work/content/news/webinars lint --format json > /dev/null" \
  -n "webinar-bot lint ($n pages, one-shot JVM flags)" \
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar --content $work/content/news/webinars lint --format json > /dev/null" \
  -n "hugo list all ($n pages)" \
  "hugo list all --source $work > /dev/null"
cat "$root/bench/results/lint.md"
