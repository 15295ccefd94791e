#!/usr/bin/env bash
# Shows that the fragment tests (issue 15, point 5) fail on the commit before the work and pass on
# this tree: the tests and their selection are copied into a worktree of the old commit, run
# there, then run here.
#
#   bash src/test/fragments/fail-before.sh [BASE] [CORPUS]
#
# BASE defaults to 808b43c (main before the issue), CORPUS to ../shared/corpus. Maven options
# (a local repository, say) are taken from MAVEN_OPTS. Exits 0 when the tests fail on BASE and
# pass here, 1 otherwise.
set -uo pipefail
root=$(git rev-parse --show-toplevel)
base=${1:-808b43c}
corpus=$(cd "${2:-$root/../shared/corpus}" && pwd)
tests="FragmentTest,FragmentFormsTest"
files=(src/test/java/org/cablegram/FragmentTest.java
       src/test/java/org/cablegram/FragmentFormsTest.java
       src/test/java/org/cablegram/SelectFragmentCables.java
       src/test/resources/fragments/selection.tsv)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach --quiet "$work/base" "$base"
for f in "${files[@]}"; do
  mkdir -p "$(dirname "$work/base/$f")"
  cp "$root/$f" "$work/base/$f"
done

# runs the tests in a tree; prints what they report; returns Maven's exit status
run() {
  local dir=$1 name=$2 rc
  (cd "$dir" && mvn -B test -Dinvoker.skip=true -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dcablegram.corpus="$corpus" >"$work/$name.log" 2>&1)
  rc=$?
  echo "== $name ($(git -C "$dir" rev-parse --short HEAD)$([ "$dir" = "$root" ] && echo ', working tree')): mvn exit $rc"
  grep -E '^\[fragments\]|Tests run:.*Fail|<<< FAIL|^  [0-9A-Z]+ (HEADER|BODY|TAIL):' "$work/$name.log" \
      | sed -e 's/^\[[A-Z]*\] //' | sort -u | cut -c1-220 | head -60
  return $rc
}

run "$work/base" before; before=$?
run "$root" after; after=$?
echo
if [ $before -ne 0 ] && [ $after -eq 0 ]; then
  echo "the fragment tests fail on $base and pass here"
  exit 0
fi
echo "unexpected: exit $before on $base, $after here"
exit 1
