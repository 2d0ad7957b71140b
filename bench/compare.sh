# Sourced by pairs.sh and together.sh, which compare two versions on the large site: checks their
# arguments and sets what both use. BENCH_WORK moves bench/work; TMPDIR_SITE the output (tmpfs).
[ $# -ge 4 ] || { sed -n '2,3p' "$0" >&2; exit 2; }
work="${BENCH_WORK:-$(cd "$(dirname "$0")" && pwd)/work}"
content="$work/large/content"
[ -d "$content" ] || { echo "no $content: run bench/run.sh large first" >&2; exit 1; }
out="${TMPDIR_SITE:-/dev/shm}/kvarter-$(basename "$0" .sh)-$$"
# the launcher's JVM settings for a build
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms256m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
# CDS=1: each jar runs with a class-data archive of its own, as ./kvarter runs it: made before the
# first build (next to the jar; again when the jar is newer) by a build of the content folder beside
# its templates, as the launcher makes it from the example content.
cds_quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
prepare_cds() { # jar templates
  [ "${CDS:-0}" = 1 ] || return 0
  local archive="${1%.jar}.jsa" example
  example="$(dirname "$2")/content"
  [ -s "$archive" ] && [ ! "$1" -nt "$archive" ] && return 0
  [ -d "$example" ] || { echo "CDS=1: no $example beside $2 to record the classes with" >&2; exit 1; }
  rm -f "$archive"
  java -XX:ArchiveClassesAtExit="$archive" $cds_quiet $opts -jar "$1" build --quiet --content "$example" \
    --templates "$2" --out "$out-cds" >/dev/null 2>&1 || true
  rm -rf "$out-cds"
  [ -s "$archive" ] || { echo "CDS=1: $1 made no archive" >&2; exit 1; }
}
jvm_opts() { # jar
  if [ "${CDS:-0}" = 1 ]; then echo "-XX:SharedArchiveFile=${1%.jar}.jsa $cds_quiet $opts"; else echo "$opts"; fi
}
