#!/usr/bin/env bash
# Runs the REF form tests of issue 14 (src/test/java/org/cablegram/ReferenceFormsTest.java, as
# in the working tree) against an older commit, by default 808b43c (the commit before the issue),
# and lists which of them fail there. The test reads only CableParser and JsonForm, which every
# build has, so it compiles against the older tree unchanged.
#
#   bash src/test/oracle/refs-before.sh [REV]
#
# Pass Maven options (a local repository) through MAVEN_OPTS. Needs a JDK, Maven and git.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
rev=${1:-808b43c}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach --quiet "$work/tree" "$rev"
cp "$root/src/test/java/org/cablegram/ReferenceFormsTest.java" "$work/tree/src/test/java/org/cablegram/"
echo "ReferenceFormsTest of $(git -C "$root" rev-parse --short HEAD) (working tree) run against $rev = $(git -C "$root" rev-parse --short "$rev")"
(cd "$work/tree" && mvn -B -q test -Dinvoker.skip=true -Dtest=ReferenceFormsTest -Dsurefire.failIfNoSpecifiedTests=false \
    >"$work/mvn.log" 2>&1) || true
report="$work/tree/target/surefire-reports/TEST-org.cablegram.ReferenceFormsTest.xml"
if [ ! -f "$report" ]; then
  echo "no test report: the build failed"; tail -n 30 "$work/mvn.log"; exit 1
fi
grep -o 'tests="[0-9]*" errors="[0-9]*" skipped="[0-9]*" failures="[0-9]*"' "$report" | head -n 1
# one line per failing test: its name and the assertion's message
python3 - "$report" <<'PY'
import sys, xml.etree.ElementTree as ET
for case in ET.parse(sys.argv[1]).getroot().iter('testcase'):
    for bad in list(case.findall('failure')) + list(case.findall('error')):
        msg = (bad.get('message') or '').replace('\n', ' ')
        print('FAILS  %s  %s' % (case.get('name'), msg[:160]))
    if not case.findall('failure') and not case.findall('error'):
        print('passes %s' % case.get('name'))
PY
