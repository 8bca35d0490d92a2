#!/usr/bin/env bash
# The start-up floor of edito's fixed libraries, against edito itself (docs/performance.md, "The floor of the fixed
# libraries"). bench/floor/LibraryFloor.java does, with no edito code, the least that `edito check` cannot avoid on
# examples/atlas-air: picocli parses a check-like command line, Jackson's YAML parser reads every YAML file of the
# project and the network facts, and one post text goes through CommonMark, ICU4J and twitter-text (on a second
# thread while the main one parses, as edito does). It runs on the libraries inside target/edito.jar, with the
# launcher's JVM flags and its own class-data-sharing archive made by a training run, like bin/edito.
#
# Environment: RUNS=10 WARMUP=1
#   JAVA=/path/to/java   another JVM (default: java on the PATH)
#   AOT=1                on JDK 25+: an AOT cache (-XX:AOTCacheOutput / -XX:AOTCache) instead of the CDS archive
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/.." && pwd)"
cd "$home"
runs="${RUNS:-10}"
warmup="${WARMUP:-1}"
java="${JAVA:-java}"
javac="$(dirname "$(readlink -f "$(command -v "$java")")")/javac"
[ -x "$javac" ] || javac=javac

# the launcher rebuilds a missing or stale jar and makes its own archive: first, so that the floor's archive below is
# made for the jar it runs with
bin/edito --version >/dev/null
dir="$(mktemp -d "${TMPDIR:-/tmp}/edito-floor.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
"$javac" -q -cp target/edito.jar -d "$dir/classes" bench/floor/LibraryFloor.java 2>/dev/null \
  || "$javac" -cp target/edito.jar -d "$dir/classes" bench/floor/LibraryFloor.java
(cd "$dir/classes" && jar cf ../floor.jar .)
cp="target/edito.jar:$dir/floor.jar"
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xlog:cds=off -Xlog:cds+dynamic=off)
if [ "${AOT:-0}" = 1 ]; then
  flags+=(-Xlog:aot=off)
  "$java" "${flags[@]}" -XX:AOTCacheOutput="$dir/floor.aot" -cp "$cp" LibraryFloor examples/atlas-air >/dev/null 2>&1
  flags+=(-XX:AOTCache="$dir/floor.aot")
else
  "$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$dir/floor.jsa" -cp "$cp" LibraryFloor examples/atlas-air >/dev/null
  flags+=(-XX:SharedArchiveFile="$dir/floor.jsa")
fi

echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $("$java" -version 2>&1 | head -n 1)"
m() { python3 bench/measure.py --runs "$runs" --warmup "$warmup" "$@"; }
m --label "java -version" -- "$java" "${flags[@]}" -version
m --label "libraries, 2 threads" -- "$java" "${flags[@]}" -cp "$cp" LibraryFloor examples/atlas-air
FLOOR_SERIAL=1 m --label "libraries, 1 thread" -- "$java" "${flags[@]}" -cp "$cp" LibraryFloor examples/atlas-air
m --label "edito --version" -- bin/edito --version
m --label "edito check atlas-air" --expect-exit 0,1 -- bin/edito check examples/atlas-air --now 2026-11-25T09:00:00Z
