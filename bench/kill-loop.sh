#!/usr/bin/env bash
# Crash safety of publishing (issue 8): kill `edito publish` with SIGKILL at random moments, many times, against
# local fake Mastodon, Bluesky, Facebook (Graph), Instagram, Threads, TikTok, LinkedIn, X and webhook servers (127.0.0.1 only) plus an outbox, then check that
#   - the ledger always opens and passes SQLite's integrity check,
#   - every (post, channel) pair was published exactly once on its network (thread items included),
#   - every pair is recorded `sent` in the ledger.
# Webhook pairs left `unknown` by a kill are settled the way a person would: by looking at the receiver's
# history and running the equivalent of `edito ledger resolve` (KillLoopVerify --resolve).
#
# Usage: bench/kill-loop.sh [RUNS] [POSTS_PER_ROUND]      (defaults: 200 runs, 6 posts on each channel per round)
# Every 3 runs start a new round of posts, so kills keep landing on fresh sends; the runs between recover.
# CI runs a shorter loop: bench/kill-loop.sh 20
set -euo pipefail
RUNS=${1:-${KILL_LOOP_RUNS:-200}}
POSTS=${2:-6}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# The Maven wrapper, so that a machine with only a JDK runs it; behind the shared build lock on machines where
# several builds share two cores, unless the caller already holds it (EDITO_MVN_LOCKED=1).
mvn_locked() {
  if [ -z "${EDITO_MVN_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
    flock /tmp/edito-mvn.lock ./mvnw "$@"
  else
    ./mvnw "$@"
  fi
}
CP_FILE=target/kill-loop.classpath
if [ ! -f target/test-classes/io/edito/publish/PublishHarness.class ] || [ ! -s "$CP_FILE" ]; then
  mvn_locked -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
fi
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/edito-kill-loop.XXXXXX")
export EDITO_MASTODON_TOKEN="kill-loop-mastodon-$RANDOM$RANDOM"
export EDITO_BSKY_PASSWORD="kill-loop-bsky-$RANDOM$RANDOM"
export EDITO_WEBHOOK_SECRET="kill-loop-hook-$RANDOM$RANDOM"
export EDITO_FB_PAGE_TOKEN="kill-loop-fb-$RANDOM$RANDOM"
export EDITO_TIKTOK_TOKEN="kill-loop-tiktok-$RANDOM$RANDOM"
export EDITO_LINKEDIN_TOKEN="kill-loop-li-$RANDOM$RANDOM"
export EDITO_X_CK="kill-loop-x-ck-$RANDOM$RANDOM" EDITO_X_CS="kill-loop-x-cs-$RANDOM$RANDOM"
export EDITO_X_AT="kill-loop-x-at-$RANDOM$RANDOM" EDITO_X_AS="kill-loop-x-as-$RANDOM$RANDOM"
export EDITO_IG_TOKEN="kill-loop-ig-$RANDOM$RANDOM"
export EDITO_THREADS_TOKEN="kill-loop-threads-$RANDOM$RANDOM"

mkfifo "$WORK/servers.in"
"${JAVA[@]}" io.edito.publish.FakeNetworksMain "$WORK/config.json" "$WORK/outbox" < "$WORK/servers.in" \
  > "$WORK/servers.log" 2>&1 &
SERVERS=$!
exec 3> "$WORK/servers.in"   # the servers run until this closes
cleanup() {
  exec 3>&- || true
  kill "$SERVERS" 2>/dev/null || true
  wait "$SERVERS" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
for _ in $(seq 1 100); do [ -s "$WORK/config.json" ] && break; sleep 0.1; done
[ -s "$WORK/config.json" ] || { echo "fake servers did not start"; cat "$WORK/servers.log"; exit 1; }

LEDGER="$WORK/.edito/ledger.db"
harness() { "${JAVA[@]}" io.edito.publish.PublishHarness "$LEDGER" "$WORK" "$WORK/config.json" "$POSTS" "$@"; }
verify() { "${JAVA[@]}" io.edito.publish.KillLoopVerify "$LEDGER" "$WORK/config.json" "$POSTS" "$WORK/outbox" "$@"; }

killed=0; finished=0
for i in $(seq 1 "$RUNS"); do
  round=$(( (i - 1) / 3 ))
  harness "$round-$round" > "$WORK/run.log" 2>&1 &
  pid=$!
  # start-up (JVM, SQLite) takes about a second here and a round about three: the kill lands anywhere in it
  delay=$(( 200 + RANDOM % 2800 ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
  wait "$pid" 2>/dev/null || true
  if (( i % 25 == 0 )); then
    verify --check > "$WORK/verify.log" 2>&1 || { echo "run $i: the ledger does not open cleanly"; cat "$WORK/verify.log"; exit 1; }
    echo "run $i/$RUNS: $killed killed, $finished had finished; ledger opens"
  fi
done
last=$(( (RUNS - 1) / 3 ))

# recovery: complete runs (no kill) until nothing is left, settling webhook unknowns like a person would
harness "0-$last" > "$WORK/recover1.log" 2>&1 || { cat "$WORK/recover1.log"; exit 1; }
verify --resolve "0-$last"
harness "0-$last" > "$WORK/recover2.log" 2>&1 || { cat "$WORK/recover2.log"; exit 1; }
echo "kill loop: $RUNS runs ($killed killed mid-run, $finished finished first), $((last + 1)) rounds of $POSTS posts on each channel"
grep -c '^unknown' "$WORK/recover1.log" | sed 's/^/unknown outcomes found by the first recovery run: /' || true
verify --final "0-$last"
