#!/usr/bin/env bash
# Interleaved A/B builds of the large site (A B, B A, ...), for comparing two versions on the same machine:
#   [CDS=1] bench/pairs.sh JAR_A TEMPLATES_A JAR_B TEMPLATES_B [ROUNDS]
# Each jar builds with its own templates, the launcher's JVM settings and --date 2026-06-15, into
# tmpfs; every build prints wall time, user and system CPU and peak RSS. The content is
# bench/work/large/content (bench/run.sh large makes it; BENCH_WORK moves bench/work). Make the
# older jar in a worktree of the older commit: mvn -q package -DskipTests, generator/target/kvarter.jar.
set -euo pipefail
. "$(dirname "$0")/compare.sh"
build() { # jar templates label
  rm -rf "$out"
  /usr/bin/time -o "$out-$3.time" -f "$3 %e s wall %U s user %S s sys %M KB" \
    java $(jvm_opts "$1") -jar "$1" build --content "$content" --templates "$2" --out "$out" --date 2026-06-15 --quiet
  cat "$out-$3.time"
}
prepare_cds "$1" "$2"
prepare_cds "$3" "$4"
# A B, then B A, and so on: a host whose speed swings does not favour the first (or second) of a pair
for round in $(seq "${5:-5}"); do
  if [ $((round % 2)) -eq 1 ]; then
    build "$1" "$2" A
    build "$3" "$4" B
  else
    build "$3" "$4" B
    build "$1" "$2" A
  fi
  awk 'NR == 1 { w = $2; u = $5 } NR == 2 { printf "pair B/A: wall %.3f, user %.3f\n", $2 / w, $5 / u }' \
    "$out-A.time" "$out-B.time"
done
rm -rf "$out" "$out-A.time" "$out-B.time"
