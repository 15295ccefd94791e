#!/usr/bin/env bash
# Shows that the TAGS, subject and summary field tests of issue 15 fail on the commit before the
# work (808b43c by default) and pass on this tree: the test class is copied into a temporary git
# worktree of the old commit and run there, then run here.
#
#   bash src/test/oracle/fail-before-tags-subject-summary.sh [OLD]
#
# Pass Maven options (a local repository) through MAVEN_OPTS.
set -uo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:-808b43c}
test=src/test/java/org/cablegram/TagsSubjectSummaryTest.java
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach --quiet "$work/tree" "$old"
cp "$root/$test" "$work/tree/$test"
run() {
  (cd "$1" && mvn -B test -Dinvoker.skip=true -Dtest=TagsSubjectSummaryTest -Dsurefire.failIfNoSpecifiedTests=false \
      > "$work/log-$2.txt" 2>&1)
  local rc=$?
  echo "== $2 ($3): exit $rc"
  grep -E 'Tests run:.*in org.cablegram.TagsSubjectSummaryTest' "$work/log-$2.txt" | head -1
  grep -E '^\[ERROR\]   TagsSubjectSummaryTest\.' "$work/log-$2.txt" | sed 's/^\[ERROR\]   /  failed: /' | cut -c1-160
  return $rc
}
run "$work/tree" before "$old"; before=$?
run "$root" after "working tree on $(git -C "$root" rev-parse --short HEAD)"; after=$?
if [ $before -ne 0 ] && [ $after -eq 0 ]; then
  echo "OK: the new tests fail before and pass after"
else
  echo "UNEXPECTED: before exit $before, after exit $after"; exit 1
fi
