#!/usr/bin/env bash
# What a user waits for, two revisions side by side in the same run: each is built on a clean
# clone with the README's command (mvn -B -q install -DskipTests, in a Maven repository of this
# run's own), then, ROUNDS times, old and new in turn:
#   first1   a fresh JVM parses the corpus once on one thread (PassTimer: wall/thread CPU/process
#            CPU, then the JIT's compile time, bytes allocated per input byte, DFA states)
#   firstN   a fresh JVM parses the corpus once on all cores (corpus-runner.jar)
#   parse    the command-line tool, parse --format jsonl CORPUS > file, JVM start included,
#            with java -jar and with bin/cablegram where the revision has it
#   validate the same for validate CORPUS
#   first    time until the first JSON line of parse --format jsonl CORPUS is written
#   one      the tool on the reference cable, and a bare java -version in the same minute
# and once per revision a first pass under the JDK's flight recorder, for deoptimisations.
# Times are wall seconds and user+system CPU seconds (from /usr/bin/time).
#
#   bash examples/bench/what-users-wait-for.sh OLD NEW [ROUNDS] [CORPUS_CABLES_DIR]
#
# OLD and NEW are git revisions (or "." for the working tree, committed or not).
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:?usage: what-users-wait-for.sh OLD NEW [ROUNDS] [DIR]}
new=${2:?usage: what-users-wait-for.sh OLD NEW [ROUNDS] [DIR]}
rounds=${3:-3}
dir=$(cd "${4:-$root/../shared/corpus/cables}" && pwd)
seed=$root/examples/cables/08ASTANA2256.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

# a clean clone of REV (the working tree's files for "."), built as the README says
build() {
  local rev=$1 n=$2 src="$work/src-$2"
  if [ "$rev" = "." ]; then
    mkdir -p "$src"
    (cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$src")
  else
    git clone --quiet --no-checkout "$root" "$src"
    git -C "$src" checkout --quiet "$(git -C "$root" rev-parse "$rev")"
  fi
  # beside a "shared" link, so that ../shared means the same as in the checkout
  ln -sfn "$(cd "$root/../shared" && pwd)" "$work/shared"
  (cd "$src" && mvn -B -q install -DskipTests -Dmaven.repo.local="$work/m2" >&2)
  cp "$(ls "$src"/target/cablegram-*.jar | grep -v -e sources -e javadoc | head -n 1)" "$work/lib-$n.jar"
  local antlr
  antlr=$(find "$work/m2/org/antlr/antlr4-runtime" -name 'antlr4-runtime-*.jar' | head -n 1)
  mkdir -p "$work/classes-$n"
  javac -nowarn -d "$work/classes-$n" -cp "$work/lib-$n.jar:$antlr" \
      "$root/examples/bench/src/main/java/org/cablegram/bench/PassTimer.java" \
      "$root/examples/bench/src/main/java/org/cablegram/bench/DfaStates.java"
  echo "$work/classes-$n:$work/lib-$n.jar:$antlr" > "$work/cp-$n"
}

# wall and CPU seconds of a command, its standard output to a file
timed() {
  local out=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$out" 2>/dev/null || true
  awk '{printf "%.2f s wall, %.2f s CPU", $1, $2 + $3}' "$work/time"
}

# milliseconds until the command writes its first byte
first_byte() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" 2>/dev/null | { head -c 1 > /dev/null; t1=$(date +%s%N); echo "$(( (t1 - t0) / 1000000 )) ms"; cat > /dev/null; }
}

run() {
  local label=$1 n=$2 src="$work/src-$2"
  local cli="$src/examples/cli/target/cablegram.jar" launcher="$src/examples/cli/bin/cablegram"
  echo "first1   $label $(java -cp "$(cat "$work/cp-$n")" org.cablegram.bench.PassTimer "$dir" 1)"
  echo "firstN   $label $(timed "$work/runner.out" java -jar "$src/examples/bench/target/corpus-runner.jar" --threads "$cores" "$dir") ($cores threads)"
  echo "parse    $label java -jar:  $(timed "$work/out.jsonl" java -jar "$cli" parse --format jsonl "$dir")"
  echo "validate $label java -jar:  $(timed "$work/validate.out" java -jar "$cli" validate "$dir")"
  echo "first    $label java -jar:  $(first_byte java -jar "$cli" parse --format jsonl "$dir")"
  echo "one      $label java -jar:  $(timed "$work/one.json" java -jar "$cli" parse --format jsonl "$seed")"
  if [ -x "$launcher" ]; then
    echo "parse    $label launcher: $(timed "$work/out.jsonl" "$launcher" parse --format jsonl "$dir")"
    echo "validate $label launcher: $(timed "$work/validate.out" "$launcher" validate "$dir")"
    echo "first    $label launcher: $(first_byte "$launcher" parse --format jsonl "$dir")"
    echo "one      $label launcher: $(timed "$work/one.json" "$launcher" parse --format jsonl "$seed")"
  fi
  echo "one      java -version:      $(timed "$work/version" java -version)"
}

build "$old" 1
build "$new" 2
echo "old: $old, new: $new, corpus: $dir, $cores cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
for i in $(seq "$rounds"); do
  run old 1
  run new 2
done
cat > "$work/deopt.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.Deoptimization"><setting name="enabled">true</setting><setting name="stackTrace">false</setting></event>
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
EOF
for n in 1 2; do
  label=$([ $n = 1 ] && echo old || echo new)
  java -XX:StartFlightRecording=filename="$work/jit-$n.jfr",settings="$work/deopt.jfc" -cp "$(cat "$work/cp-$n")" \
      org.cablegram.bench.PassTimer "$dir" 1 > /dev/null 2>&1
  echo "jit      $label $(jfr summary "$work/jit-$n.jfr" | awk '$1 == "jdk.Deoptimization" {d=$2} $1 == "jdk.Compilation" {c=$2} END {printf "%d compilations, %d deoptimisations in a first pass", c, d}')"
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
