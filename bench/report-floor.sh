#!/usr/bin/env bash
# The floor of `edito report` on the generated export (docs/performance.md, "2026-12-04, session 9"): Apache Commons
# CSV alone (bench/floor/CommonsCsvFloor.java: every record read, nothing converted), with one parser and with two
# parsers on two threads, beside `bin/edito report` (as bench/report-vs-miller.sh runs it) and Miller, interleaved,
# RUNS times each, under the shared build lock. Prints each run and the medians (wall, user + sys CPU).
#
#   bench/report-floor.sh                 # 188 MB export made by bench/report-vs-miller.sh; RUNS=3
#   RUNS=5 DATA=/tmp/other.csv bench/report-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
DATA=${DATA:-${TMPDIR:-/tmp}/edito-bench-generic-188MB.csv}
LOCK=${LOCK:-/tmp/mvn.lock}
FIELDS=impressions,reach,reactions,comments,shares,saves,clicks,video_views,follows,spend
[[ -f "$DATA" ]] || { echo "no $DATA: run bench/report-vs-miller.sh once (it generates it)" >&2; exit 2; }
[[ -f target/edito.jar ]] || { echo "no target/edito.jar: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
javac -cp target/edito.jar -d "$OUT" bench/floor/CommonsCsvFloor.java
bin/edito --version > /dev/null   # the launcher's start-up archive, made once

flock "$LOCK" bash -c '
    data=$1; out=$2; runs=$3; fields=$4
    cat "$data" > /dev/null
    t() { /usr/bin/time -f "$1 %e %U %S" -a -o "$out/times" "${@:2}" > /dev/null; }
    for ((i = 0; i < runs; i++)); do
        EDITO_JAVA_OPTS=-Xmx256m t edito bin/edito report --by network --format json --tz UTC "$data"
        t csv-1-parser java -XX:+UseSerialGC -Xmx256m -cp "target/edito.jar:$out" CommonsCsvFloor "$data" 1
        t csv-2-parsers java -XX:+UseSerialGC -Xmx1g -cp "target/edito.jar:$out" CommonsCsvFloor "$data" 2
        t miller mlr --icsv --ojson stats1 -a sum -f "$fields" -g network "$data"
    done
' _ "$DATA" "$OUT" "$RUNS" "$FIELDS"

echo "load $(cut -d' ' -f1-3 /proc/loadavg); $(($(wc -l < "$DATA") - 1)) rows"
python3 - "$OUT/times" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, wall, user, sys_ = line.split()
    runs.setdefault(name, []).append((float(wall), float(user) + float(sys_)))
miller = statistics.median(w for w, _ in runs["miller"])
for name, v in runs.items():
    wall = statistics.median(w for w, _ in v)
    print("%-14s wall %5.2f s (runs: %s)  cpu %5.2f s  Miller / this %4.2fx" % (name, wall,
          " ".join("%.2f" % w for w, _ in v), statistics.median(c for _, c in v), miller / wall))
PY
