#!/bin/sh
# Written by `edito init`. Keeps what `edito publish` wrote by committing it to BRANCH and pushing it, so that it
# outlives the CI runner: the ledger is how edito never sends a post twice, and outbox/ holds the posts of
# `type: outbox` channels. The pipelines run it after every publishing run, even a failed one.
# Usage: sh .edito/ci/keep-state.sh BRANCH     (pushes to $EDITO_PUSH_URL, default origin)
# The paths are the ledger: and outbox dir: of edito.yaml: change them here if you change them there.
set -eu
branch="${1:?usage: keep-state.sh BRANCH}"
remote="${EDITO_PUSH_URL:-origin}"
for path in .edito/ledger.db .edito/ledger.db-wal outbox; do
  # a file that exists, or one the repository has and the run removed (a WAL file after a clean close)
  if [ -e "$path" ] || git ls-files --error-unmatch -- "$path" >/dev/null 2>&1; then
    git add -A -- "$path"
  fi
done
if git diff --cached --quiet; then
  echo "edito: the ledger and the outbox are unchanged"
  exit 0
fi
git -c user.name="${EDITO_BOT_NAME:-edito}" -c user.email="${EDITO_BOT_EMAIL:-edito@users.noreply.github.com}" \
  commit -q -m "edito publish: ledger and outbox [skip ci]"
attempt=1
until git push -q "$remote" "HEAD:refs/heads/$branch"; do
  # someone pushed meanwhile (a calendar change): replay this commit on top and try again
  if [ "$attempt" -ge 5 ]; then
    echo "edito: could not push the ledger to $branch after $attempt attempts: push this job's last commit by hand," \
      "or the next run may send these posts again" >&2
    exit 1
  fi
  sleep "$attempt"
  attempt=$((attempt + 1))
  git fetch -q "$remote" "$branch"
  git -c user.name="${EDITO_BOT_NAME:-edito}" -c user.email="${EDITO_BOT_EMAIL:-edito@users.noreply.github.com}" \
    rebase -q FETCH_HEAD
done
echo "edito: ledger and outbox kept on $branch"
