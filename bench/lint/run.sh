#!/usr/bin/env bash
# Times `webinar-bot lint` against `hugo list all` on the same 10,000-page tree, and on the 25-page
# FD.io corpus as a site's CI lints it, in one run.
# Needs: hugo and hyperfine (apt-get install hugo hyperfine), a built jar (mvn -B package).
# Usage: bench/lint/run.sh [N]      Results: bench/results/lint.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
work="$root/bench/work/lint-site"
jar="$root/target/webinar-bot.jar"
launcher="$root/target/webinar-bot"
[ -x "$launcher" ] || (cd "$root" && mvn -B -q package -DskipTests)
"$here/make-tree.sh" "$work" "$n" >/dev/null
# The 25-page FD.io corpus (24 pages and _index.md) as a site's CI lints it: the shipped launcher,
# annotations for the pull request, FD.io's base URL from the environment.
small="$root/bench/work/lint-corpus"
"$here/make-tree.sh" "$small" 24 >/dev/null
export WEBINARBOT_SITE_BASE_URL=https://fd.io
mkdir -p "$root/bench/results"
pages="$work/content/news/webinars"
corpus="$small/content/news/webinars"
# Both must succeed on the trees before they are timed (lint: no errors, exit 0).
"$launcher" --content "$pages" lint > /dev/null
"$launcher" --content "$corpus" lint --format github > /dev/null
hugo list all --source "$work" > /dev/null
hugo list all --source "$small" > /dev/null
# webinar-bot as shipped: target/webinar-bot, the launcher `mvn package` puts next to the jar,
# which runs one-shot commands with the quick compiler only (a short run otherwise spends most of
# its CPU in the C2 compiler). Plain `java -jar` is timed too, for the record.
table=$(mktemp)
hyperfine -N --warmup 3 --runs 20 --export-markdown "$table.small" \
  -n "webinar-bot lint (25-page corpus, --format github)" \
  "$launcher --content $corpus lint --format github" \
  -n "hugo list all (25-page corpus)" \
  "hugo list all --source $small"
hyperfine -N --warmup 2 --runs 10 --export-markdown "$table" \
  -n "webinar-bot lint ($n pages)" \
  "$launcher --content $pages lint --format json" \
  -n "java -jar webinar-bot.jar lint ($n pages)" \
  "java -jar $jar --content $pages lint --format json" \
  -n "hugo list all ($n pages)" \
  "hugo list all --source $work"
{
  echo "# bench/lint/run.sh, $(date -u '+%Y-%m-%d %H:%M') UTC ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg); $(hugo version | cut -d' ' -f2); $(java -version 2>&1 | sed -n 1p))"
  echo
  cat "$table.small"
  echo
  cat "$table"
} > "$root/bench/results/lint.md"
rm -f "$table" "$table.small"
cat "$root/bench/results/lint.md"
