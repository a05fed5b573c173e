#!/usr/bin/env bash
# Builds a Hugo site with N webinar pages (default 10,000) made from the FD.io corpus:
# each corpus page copied under a unique file name, spread over 100 folders.
# Usage: bench/lint/make-tree.sh OUT_DIR [N]
set -euo pipefail
out=${1:?output dir}
n=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-$here/../../src/test/resources/fdio/content/news/webinars}
rm -rf "$out"
mkdir -p "$out/content/news/webinars" "$out/layouts/shortcodes" "$out/layouts/_default"
cat > "$out/hugo.toml" <<TOML
baseURL = "https://fd.io/"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
# Minimal templates so hugo accepts the shortcodes and the pages.
echo '<a href="{{ .Get "link" }}">{{ .Get "txt" }}</a>' > "$out/layouts/shortcodes/btn.html"
echo '<div>{{ .Get "name" }}{{ .Inner }}</div>' > "$out/layouts/shortcodes/speaker.html"
echo '{{ .Content }}' > "$out/layouts/_default/single.html"
echo '{{ range .Pages }}{{ .Title }}{{ end }}' > "$out/layouts/_default/list.html"
cp "$corpus/_index.md" "$out/content/news/webinars/_index.md"
mapfile -t pages < <(ls "$corpus"/*.md | grep -v '/_index.md$')
count=${#pages[@]}
for ((i = 0; i < n; i++)); do
  src=${pages[$((i % count))]}
  dir="$out/content/news/webinars/d$((i % 100))"
  [ -d "$dir" ] || mkdir -p "$dir"
  cp "$src" "$dir/$(basename "$src" .md)_$i.md"
done
echo "$n pages in $out/content/news/webinars"
