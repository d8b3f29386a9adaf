#!/bin/bash
# Long libFuzzer run of some targets, one after another, each for <seconds>; writes
# <build>/tests/fuzz/long/<target>.log and a crash-/timeout- file on a finding, and prints the
# final "#N DONE" executions line per target.
# usage: run-long.sh <fuzz-build-dir> <seconds> <target>...
set -u
build=$(cd "$1" && pwd); seconds=$2; shift 2
dir=$build/tests/fuzz
src=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/long"
for t in "$@"; do
  corpus=$dir/long/corpus-$t
  mkdir -p "$corpus"
  dirs=("$corpus")
  for d in "$dir/fuzz-seeds/$t" "$src/seeds/$t" "$src/regressions/$t"; do
    [ -d "$d" ] && dirs+=("$d")
  done
  # New inputs go to the first directory only (the scratch corpus), seeds stay untouched.
  (cd "$dir/long" && "$dir/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 "${dirs[@]}" > "$dir/long/$t.log" 2>&1)
  echo "$t exit=$? $(grep -E '^#[0-9]+.*DONE' "$dir/long/$t.log" | tail -1) $(grep -E 'stat::number_of_executed_units' "$dir/long/$t.log")"
done
