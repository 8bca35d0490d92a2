#!/usr/bin/env bash
# Benchmark of `edito check`: wall time (JVM start-up included), CPU time and peak RSS, median of RUNS runs, for
#   1. `edito --version`                 (the start-up floor)
#   2. `edito check examples/atlas-air`  (41 posts; target: under 0.5 s, issue 7 wants 0.35 s)
#   3. `edito check` on a generated calendar of POSTS posts x 4 channels in fr/ar/en and a charter of TERMS
#      vocabulary terms (target: under 3 s for 10,000 posts and 200 terms)
# Figures and method: docs/performance.md. The targets of issue 19 (check against validate at 3.6 and 34 posts a day
# and on the heavy bench, CPU time): bench/check-targets.py.
#
# Environment:
#   RUNS=10 WARMUP=1 POSTS=10000 TERMS=200
#   EDITO="bin/edito"        the command measured: the launcher (JVM flags and class-data-sharing archive included);
#                            EDITO="java -jar target/edito.jar" measures the bare jar with the JVM's defaults
#   BENCH_DIR=DIR            where the generated project goes (default: a temporary folder, removed at the end)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/.." && pwd)"
cd "$home"

runs="${RUNS:-10}"
warmup="${WARMUP:-1}"
posts="${POSTS:-10000}"
terms="${TERMS:-200}"
now="2026-11-25T09:00:00Z"
read -r -a edito <<<"${EDITO:-bin/edito}"

if [ ! -f target/edito.jar ]; then
  echo "check-bench: building target/edito.jar" >&2
  ./mvnw -q -B -DskipTests package
fi

if [ -n "${BENCH_DIR:-}" ]; then
  dir="$BENCH_DIR"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/edito-bench.XXXXXX")"
  trap 'rm -rf "$dir"' EXIT
fi
if [ ! -f "$dir/edito.yaml" ]; then
  python3 bench/gen-calendar.py "$dir" --posts "$posts" --terms "$terms"
fi

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $(java -version 2>&1 | head -n 1)"
echo "command: ${edito[*]}  (median of $runs runs after $warmup warm-up)"
echo "calendar: $posts posts x 4 channels, $terms vocabulary terms, $(du -sh "$dir/calendar" | cut -f1) of YAML in $dir"
# first run outside the measure: lets the launcher create its class-data-sharing archive
"${edito[@]}" --version >/dev/null

m() { python3 bench/measure.py --runs "$runs" --warmup "$warmup" "$@"; }
m --label "edito --version" -- "${edito[@]}" --version
m --label "check examples/atlas-air" -- "${edito[@]}" check examples/atlas-air --format json --now "$now"
m --label "check $posts posts" -- "${edito[@]}" check "$dir" --format json --now "$now"
