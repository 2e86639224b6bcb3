#!/usr/bin/env bash
# Export speed and memory: `talkcard export` against Debian's Hugo building the same content
# tree with a minimal single-page template, same run, on the corpus laid out as a Hugo site
# and on a generated site of about 10,000 talks (the corpus copied under distinct event
# names), three runs each (the median). Prints a Markdown table. Called by scripts/bench (which installs hugo and builds
# the release binary); usage: export-speed.sh TALKCARD_BINARY DIST
set -euo pipefail
talkcard="$1" dist="$2"
corpus="$(cd "$(dirname "$0")/../../tests/fixtures/devopsdays" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The corpus as a Hugo site, `copies` times under distinct event names (`2019-chicago-c7`).
make_site() { # site copies
  local site="$1" copies="$2" k event name year city
  mkdir -p "$site/content/events" "$site/data/events"
  for ((k = 0; k < copies; k++)); do
    for event in "$corpus"/talks/*/; do
      event="$(basename "$event")"
      case "$event" in new-events_*) continue ;; esac
      name="$event-c$k" year="${event%%-*}" city="${event#*-}"
      mkdir -p "$site/content/events/$name/program"
      cp "$corpus/talks/$event/"*.md "$site/content/events/$name/program/"
      if [ -d "$corpus/speakers/$event" ]; then
        cp -r "$corpus/speakers/$event" "$site/content/events/$name/speakers"
      fi
      if [ -f "$corpus/data/events/$event.yml" ]; then
        cp "$corpus/data/events/$event.yml" "$site/data/events/$name.yml"
      fi
      if [ -d "$corpus/data/events/$year/$city" ]; then
        mkdir -p "$site/data/events/$year"
        cp -r "$corpus/data/events/$year/$city" "$site/data/events/$year/$city-c$k"
      fi
    done
  done
}

# The same content for Hugo: its tree, a minimal template, the two shortcodes the files use,
# and without the one file whose front matter stops Hugo's whole build.
make_hugo() { # site hugo_site
  mkdir -p "$2/layouts/_default" "$2/layouts/shortcodes"
  cp -r "$1/content" "$2/content"
  find "$2/content" -name bernardo-lankheet.md -path '*2024-sao-paulo*' -delete
  cat > "$2/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
  printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n' \
    > "$2/layouts/_default/single.html"
  printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' \
    > "$2/layouts/_default/list.html"
  printf '<a href="{{ .Get "page" }}">{{ .Get "text" }}</a>\n' > "$2/layouts/shortcodes/event_link.html"
  printf '<a href="https://www.youtube-nocookie.com/embed/{{ .Get 0 }}">video</a>\n' > "$2/layouts/shortcodes/youtube.html"
}

# Runs a command; prints "seconds peak_kb".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$work/out" 2>&1 || true
  # talkcard exits 1 over the corpus's broken file (time then says so first); any other
  # failure is shown.
  if grep -q "exited with non-zero" "$work/time" && ! grep -q "files with errors" "$work/out"; then
    sed -n 1,20p "$work/out" >&2
  fi
  tail -1 "$work/time"
}

# Median of three lines "seconds peak_kb" (by seconds).
median() { sort -n | sed -n 2p; }

# Files and folders a tool wrote: on ext4 creating them (allocating inodes) is most of either
# tool's time, so the count says what floor each has.
inodes() { find "$1" | wc -l; }

echo "| site | tool | pages | files and folders written | seconds | pages per second | peak memory |"
echo "|---|---|---:|---:|---:|---:|---:|"
for copies in 1 48; do
  site="$work/site-$copies" hugo_site="$work/hugo-$copies"
  make_site "$site" "$copies"
  make_hugo "$site" "$hugo_site"
  talks=$(find "$site/content/events" -path '*/program/*.md' | wc -l)
  label="corpus ($talks talks)"
  [ "$copies" -gt 1 ] && label="generated ($talks talks)"
  # Three runs each, alternating, every run into a new folder and nothing deleted until all
  # are done: on ext4, creating files soon after deleting many is slower (the allocator
  # skips recently freed inodes), which would charge one tool for the other's clean-up.
  : > "$work/talkcard-runs"
  : > "$work/hugo-runs"
  for run in 1 2 3; do
    sync
    measure "$talkcard" export "$site" --out "$work/public-$copies-$run" --app "$dist" >> "$work/talkcard-runs"
    sync
    measure hugo --quiet -s "$hugo_site" -d "$work/hugo-public-$copies-$run" >> "$work/hugo-runs"
  done
  read -r seconds kb < <(median < "$work/talkcard-runs")
  pages=$(find "$work/public-$copies-1/events" -name index.html | wc -l)
  written=$(inodes "$work/public-$copies-1")
  awk -v l="$label" -v p="$pages" -v w="$written" -v s="$seconds" -v k="$kb" \
    'BEGIN { printf "| %s | talkcard export | %d | %d | %.2f | **%.0f** | %.0f MB |\n", l, p, w, s, p / (s > 0 ? s : 0.01), k / 1024 }'
  read -r seconds kb < <(median < "$work/hugo-runs")
  pages=$(find "$work/hugo-public-$copies-1" -name index.html | wc -l)
  written=$(inodes "$work/hugo-public-$copies-1")
  awk -v l="$label" -v p="$pages" -v w="$written" -v s="$seconds" -v k="$kb" \
    'BEGIN { printf "| %s | hugo %s | %d | %d | %.2f | %.0f | %.0f MB |\n", l, "'"$(hugo version | grep -o 'v[0-9.]*' | head -1)"'", p, w, s, p / (s > 0 ? s : 0.01), k / 1024 }'
  rm -rf "$site" "$hugo_site" "$work"/public-"$copies"-* "$work"/hugo-public-"$copies"-*
done
