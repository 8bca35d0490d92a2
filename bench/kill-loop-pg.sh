#!/usr/bin/env bash
# Crash safety of publishing from several hosts on one PostgreSQL ledger (issue 16): three publishers (separate
# JVMs, each in its own working copy) start together on every run and each is killed with SIGKILL at a random
# moment, many times, against local fake Mastodon, Bluesky, Facebook (Graph), Instagram, Threads, TikTok, LinkedIn, X and webhook servers (127.0.0.1 only), an outbox shared
# by the hosts (a network folder: an outbox a host cannot see cannot be probed by another) and a real PostgreSQL
# server started on 127.0.0.1 from the test dependencies. Then it checks that
#   - the ledger always opens (every 25 runs) and every event belongs to its row,
#   - every (post, channel) pair was published exactly once on its network (thread items included): 0 duplicates,
#   - every pair is recorded `sent` in the ledger: 0 lost.
# Webhook pairs left `unknown` by a kill are settled as a person would, from the receiver's history
# (KillLoopVerify --resolve); the hosts run on one machine, so a killed host's claims are seen dead at once (on
# separate machines they lapse with the lease, 15 minutes, with the same outcome).
#
# Usage: bench/kill-loop-pg.sh [RUNS] [POSTS_PER_ROUND]    (defaults: 200 runs, 6 posts on each channel per round)
# Every 3 runs start a new round of posts. CI runs a shorter loop: bench/kill-loop-pg.sh 15
set -euo pipefail
RUNS=${1:-${KILL_LOOP_RUNS:-200}}
POSTS=${2:-6}
HOSTS=3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

mvn_locked() {
  if [ -z "${EDITO_MVN_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
    flock /tmp/edito-mvn.lock ./mvnw "$@"
  else
    ./mvnw "$@"
  fi
}
CP_FILE=target/kill-loop.classpath
if [ ! -f target/test-classes/io/edito/publish/PgServer.class ] || [ ! -s "$CP_FILE" ] \
    || ! grep -q embedded-postgres "$CP_FILE"; then
  mvn_locked -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
fi
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/edito-kill-loop-pg.XXXXXX")
export EDITO_MASTODON_TOKEN="kill-loop-mastodon-$RANDOM$RANDOM"
export EDITO_BSKY_PASSWORD="kill-loop-bsky-$RANDOM$RANDOM"
export EDITO_WEBHOOK_SECRET="kill-loop-hook-$RANDOM$RANDOM"
export EDITO_FB_PAGE_TOKEN="kill-loop-fb-$RANDOM$RANDOM"
export EDITO_LINKEDIN_TOKEN="kill-loop-li-$RANDOM$RANDOM"
export EDITO_X_CK="kill-loop-x-ck-$RANDOM$RANDOM" EDITO_X_CS="kill-loop-x-cs-$RANDOM$RANDOM"
export EDITO_X_AT="kill-loop-x-at-$RANDOM$RANDOM" EDITO_X_AS="kill-loop-x-as-$RANDOM$RANDOM"
export EDITO_IG_TOKEN="kill-loop-ig-$RANDOM$RANDOM"
export EDITO_THREADS_TOKEN="kill-loop-threads-$RANDOM$RANDOM"
export EDITO_TIKTOK_TOKEN="kill-loop-tiktok-$RANDOM$RANDOM"
export EDITO_PG_PASSWORD="kill-loop-pg-$RANDOM$RANDOM"

mkfifo "$WORK/servers.in" "$WORK/pg.in"
"${JAVA[@]}" io.edito.publish.FakeNetworksMain "$WORK/config.json" "$WORK/outbox" < "$WORK/servers.in" \
  > "$WORK/servers.log" 2>&1 &
SERVERS=$!
exec 3> "$WORK/servers.in"   # the servers run until this closes
"${JAVA[@]}" io.edito.publish.PgServer "$WORK/ledger.url" < "$WORK/pg.in" > "$WORK/pg.log" 2>&1 &
PG=$!
exec 4> "$WORK/pg.in"        # PostgreSQL runs until this closes
cleanup() {
  exec 3>&- 4>&- || true
  wait "$PG" 2>/dev/null || true      # PgServer stops PostgreSQL and removes its data when its input closes
  kill "$SERVERS" 2>/dev/null || true
  wait "$SERVERS" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
for _ in $(seq 1 300); do [ -s "$WORK/config.json" ] && [ -s "$WORK/ledger.url" ] && break; sleep 0.1; done
[ -s "$WORK/config.json" ] || { echo "fake servers did not start"; cat "$WORK/servers.log"; exit 1; }
[ -s "$WORK/ledger.url" ] || { echo "PostgreSQL did not start"; cat "$WORK/pg.log"; exit 1; }
LEDGER=$(cat "$WORK/ledger.url")
echo "ledger: $LEDGER"

for h in $(seq 1 $HOSTS); do mkdir -p "$WORK/host-$h"; done
# host H publishes from its own working copy
harness() { local h=$1; shift; "${JAVA[@]}" io.edito.publish.PublishHarness "$LEDGER" "$WORK/host-$h" "$WORK/config.json" "$POSTS" "$@"; }
verify() { "${JAVA[@]}" io.edito.publish.KillLoopVerify "$LEDGER" "$WORK/config.json" "$POSTS" "$WORK/outbox" "$@"; }

killed=0; finished=0
for i in $(seq 1 "$RUNS"); do
  round=$(( (i - 1) / 3 ))
  pids=()
  for h in $(seq 1 $HOSTS); do
    harness "$h" "$round-$round" > "$WORK/host-$h/run.log" 2>&1 &
    pids+=($!)
  done
  # start-up (JVM, connection) takes about a second, a round a few: each host is killed at its own moment
  killers=()
  for pid in "${pids[@]}"; do
    delay=$(( 200 + RANDOM % 5800 ))
    ( sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"; kill -9 "$pid" 2>/dev/null ) &
    killers+=($!)
  done
  h=0
  for pid in "${pids[@]}"; do
    h=$((h + 1))
    rc=0; wait "$pid" 2>/dev/null || rc=$?
    if [ "$rc" -eq 137 ]; then killed=$((killed + 1))
    elif [ "$rc" -eq 0 ]; then finished=$((finished + 1))
    else echo "run $i: host $h exited $rc"; cat "$WORK/host-$h/run.log"; exit 1
    fi
  done
  for k in "${killers[@]}"; do kill "$k" 2>/dev/null || true; wait "$k" 2>/dev/null || true; done
  if (( i % 25 == 0 )); then
    verify --check > "$WORK/verify.log" 2>&1 || { echo "run $i: the ledger does not open cleanly"; cat "$WORK/verify.log"; exit 1; }
    echo "run $i/$RUNS: $killed publishers killed, $finished had finished; ledger opens"
  fi
done
last=$(( (RUNS - 1) / 3 ))

# recovery: each host runs to the end (no kill), webhook unknowns settled like a person would, then again
for h in $(seq 1 $HOSTS); do
  harness "$h" "0-$last" > "$WORK/recover1-$h.log" 2>&1 || { cat "$WORK/recover1-$h.log"; exit 1; }
done
verify --resolve "0-$last"
for h in $(seq 1 $HOSTS); do
  harness "$h" "0-$last" > "$WORK/recover2-$h.log" 2>&1 || { cat "$WORK/recover2-$h.log"; exit 1; }
done
echo "kill loop (PostgreSQL, $HOSTS hosts): $RUNS runs, $((RUNS * HOSTS)) publishers ($killed killed mid-run, $finished finished first), $((last + 1)) rounds of $POSTS posts on each channel"
cat "$WORK"/recover1-*.log | grep -c '^unknown' | sed 's/^/unknown outcomes found by the first recovery runs: /' || true
verify --final "0-$last"
