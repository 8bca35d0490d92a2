#!/usr/bin/env bash
# Refactoring guard (issue 17): writes the output and exit code of every read-only command on the shipped examples
# and on ../shared/real-exports (when present) into DIR, one file per command, so that two builds can be compared
# byte for byte:   bash bench/goldens.sh /tmp/before; (change, rebuild); bash bench/goldens.sh /tmp/after;
#                  diff -r /tmp/before /tmp/after
# Exports without a year (TikTok) are read against --as-of, pinned here. Uses target/edito.jar as built (run ./mvnw -B -q -DskipTests package first); the clock is pinned with --now/--at.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bench/goldens.sh DIR}"
mkdir -p "$out"
jar="${EDITO_JAR:-target/edito.jar}"   # EDITO_JAR: another build (an absolute path) to compare with
jarabs="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
[ -f "$jar" ] || { echo "goldens: $jar missing: build it first" >&2; exit 2; }
exports="${EDITO_REAL_EXPORTS:-../shared/real-exports}"
now="2026-11-25T09:00:00Z"

run() {  # run NAME ARGS...: stdout, stderr and the exit code of one command
  local name="$1"; shift
  java -jar "$jar" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo "$?" >"$out/$name.code"
}

for ex in atlas-air multi-brand; do
  for f in text json sarif junit github checkstyle; do run "check-$ex-$f" check "examples/$ex" --now "$now" --format "$f"; done
  for f in text json; do run "validate-$ex-$f" validate "examples/$ex" --format "$f"; done
  for f in text json markdown ics; do run "agenda-$ex-$f" agenda "examples/$ex" --format "$f" --width 100; done
  run "preview-$ex-100" preview "examples/$ex" --width 100
  run "preview-$ex-60-color" preview "examples/$ex" --width 60 --color always
  run "preview-$ex-html" preview "examples/$ex" --html "$out/preview-$ex.html"
  for f in text json; do run "due-$ex-$f" due "examples/$ex" --at "$now" --format "$f"; done
done
report_atlas() {  # report in the example's folder, as its README runs it
  local name="$1"; shift
  (cd examples/atlas-air && java -jar "$jarabs" report metrics/*.csv metrics/tiktok/*.csv --as-of 2026-12-31 "$@" \
    >"$out/$name.out" 2>"$out/$name.err"; echo "$?" >"$out/$name.code")
}
for f in text markdown json csv html; do report_atlas "report-atlas-air-$f" --format "$f"; done
for by in network day week month type campaign pillar lang; do report_atlas "report-atlas-air-by-$by" --by "$by"; done
report_atlas "report-atlas-air-compare" --from 2026-12-08 --to 2026-12-14 --compare previous --format json
for t in examples/traps/*.yaml; do
  run "validate-traps-$(basename "$t" .yaml)" validate "$t" --tz Europe/Paris
  run "check-traps-$(basename "$t" .yaml)" check "$t" --now "$now" --tz Europe/Paris
  run "validate-traps-notz-$(basename "$t" .yaml)" validate "$t"
done
if [ -d "$exports" ]; then
  for e in "$exports"/*.csv; do
    n="$(basename "$e" .csv)"
    for f in text json csv; do run "report-real-$n-$f" report "$e" --format "$f" --as-of 2026-12-03; done
  done
  # the whole folder: two of its Meta exports overlap (48 posts), counted once
  for f in text json; do run "report-real-folder-$f" report "$exports" --format "$f" --as-of 2026-12-03; done
fi
# What changes from run to run on its own: the ICS stamp of the export time, and this folder's name.
sed -i -e 's/^DTSTAMP:.*/DTSTAMP:(now)/' "$out"/agenda-*-ics.out
sed -i -e "s|$out|OUT|g" "$out"/*.err
echo "goldens: $(ls "$out"/*.code | wc -l) commands written to $out"
