#!/usr/bin/env bash
# The field-level differential report: parses the corpus with two builds of the library and
# lists, per answer-key field, the cables whose value changed, old and new value side by side,
# and which of them the answer key says is right.
#
#   bash src/test/oracle/field-diff.sh OLD NEW [CORPUS] > report.md
#
# OLD and NEW are git revisions (HEAD~1, a branch, a hash) or "." for the working tree as it is.
# CORPUS defaults to ../shared/corpus. Each revision is built in a temporary git worktree
# (mvn package, tests skipped); the dump and diff programs are always the current tree's own
# (they read only CableParser and JsonForm, which every build has). Needs a JDK, Maven and git.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:?usage: field-diff.sh OLD NEW [CORPUS]}
new=${2:?usage: field-diff.sh OLD NEW [CORPUS]}
corpus=$(cd "${3:-$root/../shared/corpus}" && pwd)
work=$(mktemp -d)
trap 'for w in "$work"/tree-*; do [ -d "$w" ] && git -C "$root" worktree remove --force "$w" >/dev/null 2>&1; done; rm -rf "$work"' EXIT

oracle_src="$root/src/test/java/org/cablegram/oracle"

# build REV into $work/jar-N (library jar + runtime classpath), print the classpath
build() {
  local rev=$1 n=$2 dir
  if [ "$rev" = "." ]; then
    dir=$root
  else
    dir="$work/tree-$n"
    git -C "$root" worktree add --detach --quiet "$dir" "$rev"
  fi
  (cd "$dir" && mvn -B -q package -DskipTests -Dinvoker.skip=true \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp-$n.txt" >&2)
  local jar
  jar=$(ls "$dir"/target/cablegram-*.jar | grep -v -e sources -e javadoc | head -n 1)
  cp "$jar" "$work/cablegram-$n.jar"
  echo "$work/cablegram-$n.jar:$(cat "$work/cp-$n.txt")"
}

dump() {
  local cp=$1 n=$2
  mkdir -p "$work/classes-$n"
  javac -nowarn -d "$work/classes-$n" -cp "$cp" \
      "$oracle_src/OracleFields.java" "$oracle_src/AnswerKey.java" "$oracle_src/FieldDump.java"
  java -cp "$work/classes-$n:$cp" org.cablegram.oracle.FieldDump "$corpus" "$work/dump-$n.tsv"
}

cp_old=$(build "$old" 1)
cp_new=$(build "$new" 2)
dump "$cp_old" 1
dump "$cp_new" 2
mkdir -p "$work/classes-diff"
javac -nowarn -d "$work/classes-diff" "$oracle_src/OracleFields.java" "$oracle_src/AnswerKey.java" "$oracle_src/FieldDiff.java"
describe() {
  if [ "$1" = "." ]; then echo "working tree on $(git -C "$root" rev-parse --short HEAD)"; else echo "$1 = $(git -C "$root" rev-parse --short "$1")"; fi
}
echo "Old: $(describe "$old"); new: $(describe "$new"); corpus: $corpus"
echo
(cd "$root" && java -cp "$work/classes-diff" org.cablegram.oracle.FieldDiff "$work/dump-1.tsv" "$work/dump-2.tsv" "$root/src/test/resources/oracle")
