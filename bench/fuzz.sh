#!/usr/bin/env bash
# Coverage-guided fuzzing of edito's input parsers with Jazzer (docs/security.md#fuzzing).
#
#   bash bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Each target (a @FuzzTest in src/test/java/io/edito/fuzz) is fuzzed for SECONDS_PER_TARGET (default 15; CI runs
# 12: 5 targets, 60 s of fuzzing, about 2 minutes with the JVM starts) in a JVM of 512 MB heap, with a 5 s limit per input. A finding (an
# exception other than an input error, a timeout, running out of memory) fails the script; Jazzer saves the input
# under src/test/resources/io/edito/fuzz/<Target>Inputs/<method>/crash-*, where `mvn verify` replays it from then on
# as a regression test: fix the bug, keep the file. The corpus grown by fuzzing stays in .cifuzz-corpus/ (ignored by
# git), so later runs start where earlier ones stopped.
# Needs the test classes compiled (mvn verify or mvn test-compile first). MVN overrides the Maven command.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(CalendarFuzzTest ConfigFuzzTest CharterFuzzTest ExportFuzzTest NetworkTextFuzzTest)
fi
mvn_cmd=(${MVN:-./mvnw})
# coverage feedback from edito and from the parsers it relies on (YAML, CSV, CommonMark, X's counting), so that the
# fuzzer learns their grammars and reaches deep states of edito's own code
instrument='io.edito.**,org.yaml.snakeyaml.**,com.fasterxml.jackson.dataformat.yaml.**,org.apache.commons.csv.**,org.commonmark.**,com.twitter.twittertext.**'
failed=()
for t in "${targets[@]}"; do
  log="target/fuzz-$t.log"
  mkdir -p target
  echo "== fuzz $t for ${seconds}s (log: $log)"
  # -timeout: libFuzzer's limit per input; -max_total_time: the run; -rss_limit_mb=0 because the 512 MB bound is
  # the JVM heap (-Xmx512m: an OutOfMemoryError is a finding), which libFuzzer's RSS count cannot see.
  if JAZZER_FUZZ=1 "${mvn_cmd[@]}" -B -q surefire:test@fuzz-regression -Dtest="io.edito.fuzz.$t" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dedito.test.heap=-Xmx512m \
      -Djazzer.instrument="$instrument" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=5 \
      -Djazzer.internal.arg.2=-max_total_time="$seconds" > "$log" 2>&1; then
    grep -E '^Done [0-9]+ runs' "$log" | sed "s/^/   $t: /" || true
  else
    failed+=("$t")
    echo "   $t: FINDING (or build error); the end of $log:"
    grep -v '^INFO: Instrumented\|^INFO: Loaded .* hooks' "$log" | tail -40 | sed 's/^/   | /'
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, no finding"
