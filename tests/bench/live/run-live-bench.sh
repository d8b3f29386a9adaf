#!/usr/bin/env bash
# Starts the test Knot server, runs the blocklist and diagnosis benchmarks against it, stops it.
#   tests/bench/live/run-live-bench.sh [BUILD_DIR] [PORT]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); TOP=$(cd "$HERE/../../.." && pwd)
BUILD=${1:-$TOP/build/release}; PORT=${2:-15398}; RUN=$(mktemp -d)
trap 'bash "$TOP/tests/harness/knot.sh" stop "$RUN"; rm -rf "$RUN"' EXIT
bash "$TOP/tests/harness/knot.sh" start "$RUN" "$PORT" "$TOP/tests/data/zones" >/dev/null
"$BUILD/tests/bench/live/bench_blocklist" --dns-server "127.0.0.1:$PORT" --runs 20
echo
"$BUILD/tests/bench/live/bench_diagnose" --dns-server "127.0.0.1:$PORT" "$TOP/tests/data/guide" --runs 10
