#!/usr/bin/env bash
# Times a build of a small site whose one page is each pathological Markdown pattern of
# bench/PathologicalMarkdown.java, just under the length limit of a body (MarkdownBounds), and
# prints wall time, CPU time (user + system), peak RSS and the exit code: 0 for a body the
# bounds accept, 1 for one they refuse with an error. Issue 26, item 6: any accepted body must
# build in under 5 s and 512 MB.
#
# Usage: bench/markdown-bounds.sh [BYTES] [PATTERN ...]   (default: 499000, every pattern)
# Needs Java 17, Maven (for the jar) and GNU time (/usr/bin/time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BYTES="${1:-499000}"
shift || true
PATTERNS=("$@")
if [ ${#PATTERNS[@]} -eq 0 ]; then
    mapfile -t PATTERNS < <(java bench/PathologicalMarkdown.java list)
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kvarter-bounds.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

./kvarter --version >/dev/null 2>&1 || true   # builds the jar and its class-data archive once
printf '%-30s %9s %8s %8s %9s %4s\n' pattern body-bytes wall-s cpu-s rss-MB exit
for pattern in "${PATTERNS[@]}"; do
    rm -rf "$WORK/content" "$WORK/site"
    java bench/PathologicalMarkdown.java "$pattern" "$BYTES" "$WORK/content"
    size=$(($(wc -c < "$WORK/content/pages/monster.md") - 23))
    set +e
    /usr/bin/time -o "$WORK/time" -f '%e %U %S %M' ./kvarter build --quiet --content "$WORK/content" \
        --templates templates --out "$WORK/site" --date 2026-11-24 >/dev/null 2>&1
    code=$?
    set -e
    read -r wall user sys rss < <(tail -n 1 "$WORK/time")
    printf '%-30s %9d %8.2f %8.2f %9d %4d\n' "$pattern" "$size" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$code"
done
