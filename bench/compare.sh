# Sourced by pairs.sh and together.sh, which compare two versions on the large site: checks their
# arguments and sets what both use. BENCH_WORK moves bench/work; TMPDIR_SITE the output (tmpfs).
[ $# -ge 4 ] || { sed -n '2,3p' "$0" >&2; exit 2; }
work="${BENCH_WORK:-$(cd "$(dirname "$0")" && pwd)/work}"
content="$work/large/content"
[ -d "$content" ] || { echo "no $content: run bench/run.sh large first" >&2; exit 1; }
out="${TMPDIR_SITE:-/dev/shm}/kvarter-$(basename "$0" .sh)-$$"
# the launcher's JVM settings for a build
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms256m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
