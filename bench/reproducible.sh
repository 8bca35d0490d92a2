#!/usr/bin/env bash
# Reproducible builds: builds the distribution twice from a clean tree and compares the zips byte for byte, then
# checks that the unzipped distribution runs. Usage: bash bench/reproducible.sh   (MVN=mvn to use another Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_cmd=${MVN:-./mvnw}
work="$(mktemp -d "${TMPDIR:-/tmp}/edito-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for i in 1 2; do
  start=$(date +%s)
  $mvn_cmd -B -q -DskipTests clean package
  zip=(target/edito-*.zip)
  cp "${zip[0]}" "$work/build-$i.zip"
  cp target/edito.jar "$work/build-$i.jar"
  echo "build $i: $(( $(date +%s) - start )) s, $(basename "${zip[0]}") $(wc -c < "${zip[0]}") bytes"
  sleep 2   # another wall-clock second: timestamps must not leak into the archive
done
s1=$(sha256sum "$work/build-1.zip" | cut -d' ' -f1)
s2=$(sha256sum "$work/build-2.zip" | cut -d' ' -f1)
j1=$(sha256sum "$work/build-1.jar" | cut -d' ' -f1)
j2=$(sha256sum "$work/build-2.jar" | cut -d' ' -f1)
echo "zip sha256: $s1 / $s2"
echo "jar sha256: $j1 / $j2"
if [ "$s1" != "$s2" ] || [ "$j1" != "$j2" ]; then
  echo "NOT reproducible" >&2
  exit 1
fi
# The distribution works once unzipped: launcher finds lib/edito.jar, completions and man pages are there.
unzip -q "$work/build-1.zip" -d "$work/dist"
home=("$work"/dist/edito-*)
for f in bin/edito bin/edito.cmd lib/edito.jar completions/edito.bash completions/edito.zsh completions/edito.fish \
         man/man1/edito.1 man/man1/edito-check.1 LICENSE README.md; do
  [ -e "${home[0]}/$f" ] || { echo "missing $f in the distribution" >&2; exit 1; }
done
[ -x "${home[0]}/bin/edito" ] || { echo "bin/edito is not executable" >&2; exit 1; }
"${home[0]}/bin/edito" --version | head -1
bash -c "source '${home[0]}/completions/edito.bash' && complete -p edito"
if command -v man >/dev/null; then   # the man pages are found through MANPATH, as README's Install section says
  MANPATH="${home[0]}/man" MANWIDTH=80 man edito-check 2>/dev/null | grep -q 'edito check' \
    || { echo "man edito-check does not find the page with MANPATH=edito-VERSION/man" >&2; exit 1; }
fi
echo "reproducible: the two builds gave identical bytes"
