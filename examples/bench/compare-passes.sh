#!/usr/bin/env bash
# Same-run comparison of two builds of the library on a fresh JVM: builds revisions OLD and NEW
# (git revisions, or "." for the working tree) in temporary worktrees, then runs PassTimer with
# each in turn, ROUNDS times, first for one pass (what a user running the parser once waits
# for) and then for PASSES passes (the steady state). Prints one line per run:
#   first|steady OLD|NEW  wall/threadCPU/processCPU per pass (seconds)
#
#   bash examples/bench/compare-passes.sh OLD NEW [CORPUS_CABLES_DIR] [ROUNDS] [PASSES]
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:?usage: compare-passes.sh OLD NEW [DIR] [ROUNDS] [PASSES]}
new=${2:?usage: compare-passes.sh OLD NEW [DIR] [ROUNDS] [PASSES]}
dir=${3:-$root/../shared/corpus/cables}
rounds=${4:-5}
passes=${5:-8}
work=$(mktemp -d)
trap 'for w in "$work"/tree-*; do [ -d "$w" ] && git -C "$root" worktree remove --force "$w" >/dev/null 2>&1; done; rm -rf "$work"' EXIT

build() {
  local rev=$1 n=$2 d
  if [ "$rev" = "." ]; then d=$root; else d="$work/tree-$n"; git -C "$root" worktree add --detach --quiet "$d" "$rev"; fi
  (cd "$d" && mvn -B -q package -DskipTests -Dinvoker.skip=true \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp-$n.txt" >&2)
  cp "$(ls "$d"/target/cablegram-*.jar | grep -v -e sources -e javadoc | head -n 1)" "$work/lib-$n.jar"
  mkdir -p "$work/classes-$n"
  javac -nowarn -d "$work/classes-$n" -cp "$work/lib-$n.jar:$(cat "$work/cp-$n.txt")" \
      "$root/examples/bench/src/main/java/org/cablegram/bench/PassTimer.java" \
      "$root/examples/bench/src/main/java/org/cablegram/bench/DfaStates.java"
  echo "$work/classes-$n:$work/lib-$n.jar:$(cat "$work/cp-$n.txt")"
}

cp_old=$(build "$old" 1)
cp_new=$(build "$new" 2)
echo "old: $old, new: $new, corpus: $dir, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$rounds"); do
  echo "first  old $(java -cp "$cp_old" org.cablegram.bench.PassTimer "$dir" 1)"
  echo "first  new $(java -cp "$cp_new" org.cablegram.bench.PassTimer "$dir" 1)"
done
for i in $(seq 2); do
  echo "steady old $(java -cp "$cp_old" org.cablegram.bench.PassTimer "$dir" "$passes")"
  echo "steady new $(java -cp "$cp_new" org.cablegram.bench.PassTimer "$dir" "$passes")"
done
