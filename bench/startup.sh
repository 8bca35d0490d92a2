#!/usr/bin/env bash
# Start-up target of issue 19 (docs/performance.md, "Start-up against a picocli hello world"): `bin/edito check
# examples/atlas-air` at most 2.0 times a picocli hello world (bench/hello/Hello.java) started with the same JVM flags
# and a class-data-sharing archive of its own, made the way the launcher makes edito's. Also `edito --version`,
# `preview` and `agenda`, which must not get slower. Median of RUNS runs, interleaved command by command.
#
# Environment: RUNS=10 WARMUP=1, JAVA=/path/to/java (default: java on the PATH)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/.." && pwd)"
cd "$home"
runs="${RUNS:-10}"
warmup="${WARMUP:-1}"
java="${JAVA:-java}"
javac="$(dirname "$(readlink -f "$(command -v "$java")")")/javac"
[ -x "$javac" ] || javac=javac

# the launcher first: it rebuilds a stale jar and makes its own archive
bin/edito --version >/dev/null
dir="$(mktemp -d "${TMPDIR:-/tmp}/edito-hello.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
"$javac" -cp target/edito.jar -d "$dir/classes" bench/hello/Hello.java
(cd "$dir/classes" && jar cf ../hello.jar .)
cp="target/edito.jar:$dir/hello.jar"
# the launcher's flags for check on this machine (EDITO_PRINT_JVM_FLAGS), its archive's messages silenced as it does
mapfile -t flags < <(EDITO_PRINT_JVM_FLAGS=1 bin/edito check)
flags+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
"$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$dir/hello.jsa" -cp "$cp" Hello >/dev/null
flags+=(-XX:SharedArchiveFile="$dir/hello.jsa")

echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $("$java" -version 2>&1 | head -n 1)"
echo "flags:   ${flags[*]}"
m() { python3 bench/measure.py --runs "$runs" --warmup "$warmup" "$@"; }
m --label "picocli hello world" -- "$java" "${flags[@]}" -cp "$cp" Hello
m --label "edito --version" -- bin/edito --version
m --label "edito check atlas-air" --expect-exit 0,1 -- bin/edito check examples/atlas-air --now 2026-11-25T09:00:00Z
m --label "edito preview atlas-air" -- bin/edito preview examples/atlas-air --width 80
m --label "edito agenda atlas-air" -- bin/edito agenda examples/atlas-air
m --label "picocli hello world" -- "$java" "${flags[@]}" -cp "$cp" Hello
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
