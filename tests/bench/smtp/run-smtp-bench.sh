#!/bin/bash
# Starts the SMTP test peers, runs bench_smtp (ours vs swaks), stops the peers.
#   run-smtp-bench.sh BUILD_DIR [ROUNDS]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:?build dir}; ROUNDS=${2:-5}
RUN=$(mktemp -d /tmp/bd-smtp-bench.XXXXXX)
trap 'bash "$HERE/../../harness/smtp/smtp-peers.sh" stop "$RUN"; rm -rf "$RUN"' EXIT
bash "$HERE/../../harness/smtp/smtp-peers.sh" start "$RUN"
"$BUILD/tests/bench/smtp/bench_smtp" "$RUN/certs" "$ROUNDS"
