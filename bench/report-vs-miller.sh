#!/usr/bin/env bash
# Benchmark of `edito report --by network` against Miller on the same generated export (docs/performance.md).
#
#   bench/report-vs-miller.sh            # 188 MB (about 1.5 million rows), edito through the launcher bin/edito with -Xmx256m
#   SIZE_MB=1024 bench/report-vs-miller.sh
#   EDITO="java -Xmx256m -jar target/edito.jar" bench/report-vs-miller.sh   # the bare jar, the JVM's default flags
#
# Both tools run in the same invocation, on the same file, after the page cache holds it, while holding the
# shared build lock (so that no Maven build competes for the CPUs). Prints sizes, times, throughputs, the
# ratio and edito's peak RSS, and checks that both tools found the same sums.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-188}
DATA=${DATA:-${TMPDIR:-/tmp}/edito-bench-generic-${SIZE_MB}MB.csv}
LOCK=${LOCK:-/tmp/mvn.lock}   # the build lock every session takes (/tmp/mvnl)
EDITO=${EDITO:-"bin/edito"}
export EDITO_JAVA_OPTS="${EDITO_JAVA_OPTS:--Xmx256m}"   # heap at most 256 MB through the launcher
FIELDS=impressions,reach,reactions,comments,shares,saves,clicks,video_views,follows,spend
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

command -v mlr >/dev/null || { echo "Miller is missing: apt-get install -y miller" >&2; exit 3; }
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 3; }
if [[ ! -f target/edito.jar || -n "$(find src/main pom.xml -newer target/edito.jar -print -quit)" ]]; then
    flock "$LOCK" ./mvnw -B -q package -DskipTests
fi
[[ "$EDITO" == bin/edito* ]] && bin/edito --version > /dev/null   # the launcher's start-up archive, made once
if [[ ! -f "$DATA" ]]; then
    echo "generating $DATA (${SIZE_MB} MB, generic format)..." >&2
    awk -v bytes=$((SIZE_MB * 1048576)) -f bench/gen-generic.awk > "$DATA.tmp" && mv "$DATA.tmp" "$DATA"
fi
BYTES=$(stat -c %s "$DATA")
ROWS=$(($(wc -l < "$DATA") - 1))

flock "$LOCK" bash -c '
    cat "$1" > /dev/null   # page cache
    /usr/bin/time -f "%e %M" -o "$2/edito.time" $3 report --by network --format json --tz UTC "$1" > "$2/edito.json"
    /usr/bin/time -f "%e %M" -o "$2/mlr.time" mlr --icsv --ojson stats1 -a sum -f "$4" -g network "$1" > "$2/mlr.json"
' _ "$DATA" "$OUT" "$EDITO" "$FIELDS"

read -r E_S E_KB < "$OUT/edito.time"
read -r M_S M_KB < "$OUT/mlr.time"
awk -v load="$(cut -d' ' -f1-3 /proc/loadavg)" -v b="$BYTES" -v rows="$ROWS" -v es="$E_S" -v ekb="$E_KB" -v ms="$M_S" -v mkb="$M_KB" 'BEGIN {
    mb = b / 1048576
    printf "machine   load %s\n", load
    printf "file      %.0f MB, %d rows\n", mb, rows
    printf "edito     %6.2f s  %6.1f MB/s  peak RSS %d MB (heap capped at 256 MB)\n", es, mb / es, ekb / 1024
    printf "miller    %6.2f s  %6.1f MB/s  peak RSS %d MB\n", ms, mb / ms, mkb / 1024
    printf "ratio     %.2fx (edito throughput / Miller throughput; target >= 3x)\n", ms / es
}'

if command -v python3 >/dev/null; then
    python3 - "$OUT/edito.json" "$OUT/mlr.json" "$FIELDS" <<'PY'
import json, sys
edito = {g["key"]["network"]: g for g in json.load(open(sys.argv[1]))["groups"]}
mlr = {r["network"]: r for r in json.load(open(sys.argv[2]))}
bad = []
for net, r in mlr.items():
    for f in sys.argv[3].split(","):
        a, b = edito[net][f], r[f + "_sum"]
        if abs(a - b) > 1e-6 * max(1, abs(b)):
            bad.append(f"{net}.{f}: edito {a} miller {b}")
print("check     same sums for %d networks" % len(mlr) if not bad else "check     MISMATCH: " + "; ".join(bad))
sys.exit(1 if bad else 0)
PY
fi
