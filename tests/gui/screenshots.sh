#!/bin/bash
# Renders every step of the window to PNG (offscreen) for the README and for looking at the layout.
# usage: tests/gui/screenshots.sh BUILD_DIR OUT_DIR [SAMPLE]
#   Starts the test Knot DNS server on a free port so the live checks show real answers from the
#   zones in tests/data/zones, runs `bounce-doctor --screenshot`, stops the server by its PID.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:?usage: screenshots.sh BUILD_DIR OUT_DIR [SAMPLE]}
out=${2:?usage: screenshots.sh BUILD_DIR OUT_DIR [SAMPLE]}
sample=${3:-$here/screenshot-bounce.txt}
port=${BD_SCREENSHOT_DNS_PORT:-15479}
run=$(mktemp -d)
trap 'bash "$src/tests/harness/knot.sh" stop "$run/knot" >/dev/null 2>&1 || true; rm -rf "$run"' EXIT
bash "$src/tests/harness/knot.sh" start "$run/knot" "$port" "$src/tests/data/zones"
# A throw-away settings directory: screenshots never show (or change) the user's own settings.
XDG_CONFIG_HOME="$run/config" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
  "$build/app/gui/bounce-doctor" --screenshot "$out" --dns "127.0.0.1:$port" --sample "$sample"
