#!/bin/bash
# Runs the bounce benchmark and Sisimai on the same files, in the same run, and prints both rates
# and the ratio. Usage: tests/bench/run-bounce-bench.sh [BUILD_DIR] [BOUNCE_DIR] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build/release}
bounces=${2:-$src/tests/data/bounces}
secs=${3:-2}

bench=$(find "$build" -name bench_bounce -type f -perm -u+x 2>/dev/null | head -n1)
if [ -z "$bench" ]; then
    echo "bench_bounce not found under $build; build it first: cmake --build $build --target bench_bounce" >&2
    exit 1
fi
if ! perl -MSisimai -e 1 2>/dev/null; then
    echo "Sisimai is not installed (Debian package libsisimai-perl)" >&2
    exit 1
fi

ours=$("$bench" "$bounces" "$secs")
# Sisimai warns on stderr about dates it cannot read (once per analysis); only its rate matters here.
theirs=$(perl "$here/sisimai_rate.pl" "$bounces" "$secs" 2>/dev/null)
echo "$ours"
echo "$theirs"
r1=$(echo "$ours" | awk '/^RATE/ {print $2}')
r2=$(echo "$theirs" | awk '/^RATE/ {print $2}')
r3=$(echo "$ours" | awk '/^GMime parse alone/ {print $4}')
awk -v a="$r1" -v b="$r2" 'BEGIN { printf "Bounce Doctor %.1f bounces/s, Sisimai %.1f bounces/s (per CPU second, same files): %.1fx\n", a, b, a / b }'
awk -v g="$r3" -v b="$r2" 'BEGIN { printf "GMime parsing alone (required for MIME): %.1f bounces/s = %.1fx Sisimai%s\n", g, g / b,
    (g / b < 20 ? ": below 20x, so no reader built on it can reach 20x on these files" : "") }'
