#!/usr/bin/env bash
# Times `webinar-bot review` between two commits of a 10,000-page site (a pull request that adds,
# moves, re-links and removes talks) against one `lint` of the same tree, in one run.
# Needs: git and hyperfine (apt-get install git hyperfine), a built jar (mvn -B package).
# Usage: bench/review/run.sh [N]      Results: bench/results/review.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
work="$root/bench/work/review-site"
launcher="$root/target/webinar-bot"
[ -x "$launcher" ] || (cd "$root" && mvn -B -q package -DskipTests)
"$root/bench/lint/make-tree.sh" "$work" "$n" >/dev/null
pages="$work/content/news/webinars"
export WEBINARBOT_SITE_BASE_URL=https://fd.io
export WEBINARBOT_SLACK_CHANNELS=C0WEBINARS WEBINARBOT_DISCORD_CHANNELS=1100000000000000001
commit() {
  git -C "$work" add -A
  GIT_COMMITTER_DATE="$1" GIT_AUTHOR_DATE="$1" git -C "$work" \
    -c user.name=bench -c user.email=bench@example.org commit -q -m "$2"
}
git -C "$work" init -q -b main
commit "2030-01-15T12:00:00Z" "$n pages"
git -C "$work" tag -f base >/dev/null
# The pull request: 5 talks added, 5 moved into the future, 5 given a video link, 5 removed.
for i in 1 2 3 4 5; do
  cat > "$pages/d$i/new_talk_$i.md" <<PAGE
+++
title = "New talk $i"
date = "2030-02-0$i"
time_slot = "8:00am - 9:00am PST"
type = "webinar"
+++

A talk the pull request adds.
PAGE
done
mapfile -t files < <(cd "$pages" && ls d7/*.md | head -15)
for f in "${files[@]:0:5}"; do sed -i 's/^date = .*/date = "2030-02-20"/' "$pages/$f"; done
for f in "${files[@]:5:5}"; do
  sed -i -e '/^youtubeurl/d' -e '0,/^type = /s//youtubeurl = "https:\/\/www.youtube.com\/watch?v=bench"\ntype = /' "$pages/$f"
done
for f in "${files[@]:10:5}"; do rm "$pages/$f"; done
commit "2030-01-16T12:00:00Z" "the pull request"
git -C "$work" tag -f head >/dev/null
git -C "$work" gc -q
mkdir -p "$root/bench/results"
# Both must succeed on the trees before they are timed.
"$launcher" --content "$pages" lint --format json > /dev/null
"$launcher" --content "$pages" review --base base --head head --format markdown > "$work.review.md"
summary=$(sed -n 4p "$work.review.md")
table=$(mktemp)
hyperfine -N --warmup 2 --runs 10 --export-markdown "$table" --export-json "$table.json" \
  -n "webinar-bot lint ($n pages)" \
  "$launcher --content $pages lint --format json" \
  -n "webinar-bot review base..head ($n pages, markdown)" \
  "$launcher --content $pages review --base base --head head --format markdown" \
  -n "webinar-bot review base..working tree ($n pages, markdown)" \
  "$launcher --content $pages review --base base --format markdown"
{
  echo "# bench/review/run.sh, $(date -u '+%Y-%m-%d %H:%M') UTC ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg); $(java -version 2>&1 | sed -n 1p))"
  echo
  echo "The change reviewed: $summary"
  echo
  cat "$table"
  echo
  echo "CPU time (user + system, mean), less disturbed by other work on the machine than wall-clock:"
  echo
  jq -r '(.results[0].user + .results[0].system) as $lint | .results[]
    | "- \(.command): \(.user + .system | . * 100 | round / 100) s (\((.user + .system) / $lint | . * 100 | round / 100)×)"' \
    "$table.json"
} > "$root/bench/results/review.md"
rm -f "$table" "$table.json"
cat "$root/bench/results/review.md"
