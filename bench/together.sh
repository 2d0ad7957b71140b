#!/usr/bin/env bash
# Two versions built at the same time, one core each, for comparing them on a noisy machine:
#   [CDS=1] bench/together.sh JAR_A TEMPLATES_A JAR_B TEMPLATES_B [ROUNDS]
# pairs.sh runs the builds one after the other, and on a shared host whose speed swings by a third
# within minutes a pair can straddle a swing. Here A and B run side by side under the same
# conditions, each pinned to one core (taskset) and so single-threaded, and swap cores every round:
# the ratio of their times is the ratio of the work they do. The content is that of pairs.sh
# (bench/work/large/content; BENCH_WORK moves bench/work); the output goes to tmpfs. Needs two cores.
set -euo pipefail
. "$(dirname "$0")/compare.sh"
build() { # core jar templates label
  rm -rf "$out-$4"
  taskset -c "$1" /usr/bin/time -o "$out-$4.time" -f "$4 %e s wall %U s user %M KB" \
    java $(jvm_opts "$2") -jar "$2" build --content "$content" --templates "$3" --out "$out-$4" --date 2026-06-15 --quiet
}
prepare_cds "$1" "$2"
prepare_cds "$3" "$4"
for round in $(seq "${5:-3}"); do
  a=$((round % 2)); b=$((1 - a))
  build "$a" "$1" "$2" A &
  build "$b" "$3" "$4" B &
  wait
  # by label, A first: the two builds end in either order
  cat "$out-A.time" "$out-B.time"
  awk 'NR == 1 { w = $2; u = $5 } NR == 2 { printf "round B/A: wall %.3f, user %.3f\n", $2 / w, $5 / u }' \
    "$out-A.time" "$out-B.time"
done
rm -rf "$out-A" "$out-B" "$out-A.time" "$out-B.time"
