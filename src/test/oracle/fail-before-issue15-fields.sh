#!/usr/bin/env bash
# Shows that the field tests of issue 15's Classified By and signer work fail on the commit
# before it and pass on this tree: the tests (ClassifiedBySignersTest, the Classified By and
# trailer grammar examples) are copied into a temporary git worktree of the older commit and
# run there, then run here.
#
#   bash src/test/oracle/fail-before-issue15-fields.sh [BEFORE]      (default 808b43c)
#
# Maven options (a local repository, for example) come from MAVEN_OPTS. Exit status 0 when the
# tests fail before and pass now.
set -uo pipefail
root=$(git rev-parse --show-toplevel)
before=${1:-808b43c}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1; rm -rf "$work"' EXIT

files=(
  src/test/java/org/cablegram/ClassifiedBySignersTest.java
  src/test/resources/grammar-examples/classifiedBy.examples
  src/test/resources/grammar-examples/trailer.examples
)
tests=ClassifiedBySignersTest,FieldGrammarExamplesTest

run() {
  local dir=$1 log=$2
  (cd "$dir" && mvn -B test -Dinvoker.skip=true -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1)
  local status=$?
  local total failed
  total=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$log" | tail -n 1)
  echo "  ${total:-no test summary (build failed?)}"
  grep -E '^\[ERROR\] +[A-Za-z]+Test\.[A-Za-z]+' "$log" | sed 's/^\[ERROR\] */    /' | cut -c1-160 | head -n 40
  return $status
}

git -C "$root" worktree add --detach --quiet "$work/before" "$before" || exit 2
for f in "${files[@]}"; do
  mkdir -p "$work/before/$(dirname "$f")"
  cp "$root/$f" "$work/before/$f"
done

echo "before: $before = $(git -C "$root" rev-parse --short "$before"), with this tree's tests"
run "$work/before" "$work/before.log"
before_status=$?
echo
echo "now: working tree on $(git -C "$root" rev-parse --short HEAD)"
run "$root" "$work/now.log"
now_status=$?
echo
if [ $before_status -ne 0 ] && [ $now_status -eq 0 ]; then
  echo "result: the tests fail before and pass now"
  exit 0
fi
echo "result: unexpected (before exit $before_status, now exit $now_status)"
exit 1
