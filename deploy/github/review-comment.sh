#!/usr/bin/env bash
# Puts a `webinar-bot review --format markdown` report on a pull request as ONE comment: the first
# run creates it, every later run edits that comment (found again by the report's hidden marker,
# among the comments the workflow's own bot user wrote), so a pull request never collects a
# comment per push. Uses only `gh`, which GitHub's runners provide.
#
# Usage: review-comment.sh REPORT.md
# Environment: GITHUB_REPOSITORY (owner/name), PR_NUMBER, GH_TOKEN (read by gh; the workflow's
# token with pull-requests: write), COMMENT_AUTHOR (default github-actions[bot]).
set -euo pipefail

report=${1:?usage: review-comment.sh REPORT.md}
marker='<!-- webinar-bot-review -->'
author=${COMMENT_AUTHOR:-github-actions[bot]}
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}"
: "${PR_NUMBER:?PR_NUMBER is not set}"

if ! grep -qF -- "$marker" "$report"; then
  echo "review-comment.sh: $report has no '$marker' line; is it review --format markdown output?" >&2
  exit 2
fi

# GitHub refuses comments over 65,536 characters; the job summary keeps the whole report.
body=$(mktemp)
trap 'rm -f "$body"' EXIT
limit=60000
if [ "$(wc -c < "$report")" -gt "$limit" ]; then
  head -c "$limit" "$report" > "$body"
  printf '\n\n…the review is longer than a comment holds: the job summary has all of it.\n' >> "$body"
else
  cp "$report" "$body"
fi

comments="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
existing=$(gh api --paginate "$comments" \
  --jq ".[] | select(.user.login == \"$author\" and (.body | contains(\"$marker\"))) | .id" \
  | head -n 1)

if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$body" > /dev/null
  echo "updated the review comment $existing on #$PR_NUMBER"
else
  gh api --method POST "$comments" -F "body=@$body" > /dev/null
  echo "added the review comment on #$PR_NUMBER"
fi
