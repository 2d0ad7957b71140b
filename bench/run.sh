#!/usr/bin/env bash
# kvarter build benchmark: cold builds and dev-server rebuilds on synthetic content.
#
# Usage: bench/run.sh [small] [large] [xl]        (default: small large)
#
#   small  100 places +    900 news +   100 events  (~1k pages)
#   large  1,000      +  9,000      + 1,000         (~10k pages)
#   xl     5,000      + 45,000      + 5,000         (~50k pages)
#
# Environment:
#   RUNS=3            timed cold builds per size
#   WARMUP=1          untimed builds first (fills the OS file cache, shows the page count)
#   BENCH_WORK=...    work folder (default bench/work/, git-ignored)
#   SEED=42           seed of bench/GenerateContent.java
#   DATE=2026-06-15   the build date (--date), the reference date of the generated content
#   SERVE=1           also time kvarter serve's rebuild after an edit (0: skip)
#   EDITS=5           edits per file kind in the serve test
#   PAUSE=2           seconds between edits (xl needs ~12: an edit waits for the last rebuild)
#   APPCDS=1          also time cold builds with the launcher's class-data archive (0: skip)
#   JAVA_OPTS=        JVM options instead of the launcher's, e.g. -Xmx512m: the builds then run
#                     java directly, with an AppCDS archive recorded on each size (serve: instead
#                     of the launcher's -XX:+UseSerialGC)
#
# Without JAVA_OPTS every build runs through ./kvarter, as users run it (its JVM settings; the
# plain cold builds with KVARTER_CDS=0, without its class-data archive).
#   PORT=18181        port of the serve test
#
# Needs bash, Java 17, Maven (for the jar), python3, GNU time (/usr/bin/time) and curl.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
WORK="${BENCH_WORK:-$ROOT/bench/work}"
SEED="${SEED:-42}"
DATE="${DATE:-2026-06-15}"
SERVE="${SERVE:-1}"
EDITS="${EDITS:-5}"
PAUSE="${PAUSE:-2}"
APPCDS="${APPCDS:-1}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18181}"
JAR="$ROOT/generator/target/kvarter.jar"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(small large)

for tool in java python3 curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "run.sh: GNU time (/usr/bin/time, Debian package 'time') is needed" >&2; exit 2; }

sizes_of() {
  case "$1" in
    small) echo "100 900 100" ;;
    large) echo "1000 9000 1000" ;;
    xl) echo "5000 45000 5000" ;;
    *) echo "run.sh: unknown size '$1' (small, large or xl)" >&2; exit 2 ;;
  esac
}
for size in "${SIZES[@]}"; do sizes_of "$size" >/dev/null; done

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
LOG="$WORK/results-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$LOG") 2>&1

# median, min and max of the numbers on stdin: "median min max"
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "? ? ?"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}

echo "== kvarter benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "commit:  $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "options: RUNS=$RUNS WARMUP=$WARMUP SEED=$SEED DATE=$DATE APPCDS=$APPCDS JAVA_OPTS='$JAVA_OPTS'"

# The launcher builds generator/target/kvarter.jar when it is missing or stale.
"$ROOT/kvarter" --version
[ -f "$JAR" ] || { echo "run.sh: $JAR was not built" >&2; exit 2; }

# The command that runs kvarter for a build, into the array KVARTER_CMD: ./kvarter with or
# without its class-data archive ($1: appcds or plain), or java with JAVA_OPTS when they are set
# (appcds: with the archive $2).
kvarter_command() {
  local mode="$1" archive="${2:-}"
  if [ -n "$JAVA_OPTS" ]; then
    read -r -a KVARTER_CMD <<< "java $JAVA_OPTS"
    if [ "$mode" = appcds ]; then KVARTER_CMD+=("-XX:SharedArchiveFile=$archive"); fi
    KVARTER_CMD+=(-jar "$JAR")
  elif [ "$mode" = appcds ]; then
    KVARTER_CMD=(env KVARTER_CDS=1 "$ROOT/kvarter")
  else
    KVARTER_CMD=(env KVARTER_CDS=0 "$ROOT/kvarter")
  fi
}

# One build of kvarter by KVARTER_CMD, timed by GNU time into $1 (wall s, peak RSS KB, user s,
# system s); the rest are kvarter's arguments. CPU seconds are reported too: on a shared machine
# they vary less than wall time.
timed_build() {
  local timefile="$1"; shift
  /usr/bin/time -f '%e %M %U %S' -o "$timefile" "${KVARTER_CMD[@]}" "$@"
}

# RUNS cold builds of $content into $out, run by KVARTER_CMD; prints the figures.
cold_builds() {
  local label="$1" content="$2" out="$3"
  local walls=() peaks=() cpus=()
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$out"
    if ! timed_build "$WORK/time.txt" build --quiet --lang en --content "$content" \
        --templates "$ROOT/templates" --out "$out" --date "$DATE" >"$WORK/build.log" 2>&1; then
      cat "$WORK/build.log"; echo "run.sh: the build failed" >&2; exit 1
    fi
    read -r wall peak user sys < <(tail -1 "$WORK/time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    walls+=("$wall"); peaks+=("$peak"); cpus+=("$cpu")
    printf '  %s run %d: %s s wall, %s s cpu, peak RSS %d MB (load %s)\n' "$label" "$run" "$wall" "$cpu" \
      $((peak / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
  done
  read -r wm wmin wmax < <(printf '%s\n' "${walls[@]}" | stats)
  read -r cm cmin cmax < <(printf '%s\n' "${cpus[@]}" | stats)
  read -r pm pmin pmax < <(printf '%s\n' "${peaks[@]}" | awk '{ print $1 / 1024 }' | stats)
  printf '  %s: wall %s s median (%s-%s), cpu %s s (%s-%s), peak RSS %.0f MB median (%.0f-%.0f)\n' \
    "$label" "$wm" "$wmin" "$wmax" "$cm" "$cmin" "$cmax" "$pm" "$pmin" "$pmax"
  RESULT_WALL="$wm"
  RESULT_CPU="$cm"
  RESULT_PEAK=$(printf '%.0f' "$pm")
}

serve_test() {
  local size="$1" content="$2"
  local log="$WORK/$size/serve.log"
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "run.sh: port $PORT is in use; set PORT to a free one" >&2; exit 1
  fi
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--XX:+UseSerialGC} -jar "$JAR" serve --lang en --content "$content" --templates "$ROOT/templates" \
    --port "$PORT" --date "$DATE" >"$log" 2>&1 &
  local pid=$!
  # shellcheck disable=SC2064
  trap "kill $pid 2>/dev/null || true" EXIT
  local waited=0
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log"; echo "run.sh: kvarter serve stopped" >&2; exit 1
    fi
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 1200 ] || { echo "run.sh: kvarter serve did not answer within 10 min" >&2; exit 1; }
  done
  echo "  serve: first build $(grep -o 'Built [0-9,]* pages, [0-9,]* feeds in [0-9.]* s' "$log" | head -1)"
  for kind in place news; do
    python3 "$ROOT/bench/serve_probe.py" --port "$PORT" --content "$content" --kind "$kind" \
      --log "$log" --edits "$EDITS" --pause "$PAUSE" | sed "s/^median_ms/  serve $kind edit: median_ms/"
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
}

SUMMARY=()
for size in "${SIZES[@]}"; do
  read -r places news events < <(sizes_of "$size")
  content="$WORK/$size/content"
  out="$WORK/$size/site"
  stamp="$WORK/$size/generated.txt"
  want="$places $news $events $SEED $DATE $(sha1sum "$ROOT/bench/GenerateContent.java" | cut -c1-12)"
  echo
  echo "== $size: $places places, $news news, $events events"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    rm -f "$stamp"
    java "$ROOT/bench/GenerateContent.java" --places "$places" --news "$news" --events "$events" \
      --seed "$SEED" --date "$DATE" --out "$content" | sed 's/^/  /'
    echo "$want" >"$stamp"
  else
    echo "  content: $content (generated before, same arguments)"
  fi

  kvarter_command plain
  if [ "$WARMUP" = 1 ]; then
    rm -rf "$out"
    "${KVARTER_CMD[@]}" build --lang en --content "$content" --templates "$ROOT/templates" \
      --out "$out" --date "$DATE" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
    echo "  warm-up: $(grep '^Built' "$WORK/build.log")"
    echo "  output:  $(find "$out" -name '*.html' | wc -l) HTML files, $(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB"
  fi

  cold_builds "cold build" "$content" "$out"
  plain="$RESULT_WALL"
  plain_cpu="$RESULT_CPU"
  line="$size: cold build ${plain} s wall, ${plain_cpu} s cpu, ${RESULT_PEAK} MB"

  if [ "$APPCDS" = 1 ]; then
    archive="$WORK/kvarter-$size.jsa"
    rm -rf "$out" "$archive"
    if [ -n "$JAVA_OPTS" ]; then # the launcher keeps its own archive (made by --version above)
      # shellcheck disable=SC2086
      java $JAVA_OPTS "-XX:ArchiveClassesAtExit=$archive" -jar "$JAR" build --quiet --lang en --content "$content" \
        --templates "$ROOT/templates" --out "$out" --date "$DATE" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
    fi
    kvarter_command appcds "$archive"
    cold_builds "cold build, AppCDS" "$content" "$out"
    line="$line; with AppCDS ${RESULT_WALL} s wall ($(awk -v a="$plain" -v b="$RESULT_WALL" 'BEGIN { printf "%+.2f", b - a }')),"
    line="$line ${RESULT_CPU} s cpu ($(awk -v a="$plain_cpu" -v b="$RESULT_CPU" 'BEGIN { printf "%+.2f", b - a }'))"
  fi
  rm -rf "$out"

  if [ "$SERVE" = 1 ]; then
    serve_test "$size" "$content" | tee "$WORK/serve.txt"
    for kind in place news; do
      line="$line; serve $kind edit $(grep "serve $kind edit" "$WORK/serve.txt" | sed 's/.*median_ms=\([0-9]*\).*kvarter_median_ms=\([0-9?]*\).*/\1 ms to reload (kvarter: \2 ms)/')"
    done
  fi
  SUMMARY+=("$line")
done

echo
echo "== summary (load now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${SUMMARY[@]}"
echo "log: $LOG"
