#!/usr/bin/env bash
# The scripted DNS fault responder (dnsfault.py) as a ctest fixture, stopped by its PID.
#   dnsfault.sh start RUNDIR PORT     (prints "dnsfault ready on 127.0.0.1:PORT")
#   dnsfault.sh stop RUNDIR
set -euo pipefail
cmd=${1:?start|stop}; RUN=${2:?run dir}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

stop() {
  local pidfile=$RUN/dnsfault.pid pid
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pidfile"
}

case $cmd in
start)
  PORT=${3:?port}
  stop
  mkdir -p "$RUN"
  /usr/bin/python3 "$HERE/dnsfault.py" --port "$PORT" > "$RUN/dnsfault.log" 2>&1 &
  echo $! > "$RUN/dnsfault.pid"
  for _ in $(seq 1 200); do
    if [[ -n $(kdig @127.0.0.1 -p "$PORT" ready.fault.test A +short +time=1 +retry=0 2>/dev/null || true) ]]; then
      echo "dnsfault ready on 127.0.0.1:$PORT (pid $(cat "$RUN/dnsfault.pid"))"
      exit 0
    fi
    kill -0 "$(cat "$RUN/dnsfault.pid")" 2>/dev/null || break
    sleep 0.05
  done
  echo "dnsfault did not start:" >&2; cat "$RUN/dnsfault.log" >&2; stop; exit 1
  ;;
stop) stop ;;
*) echo "usage: dnsfault.sh start RUNDIR PORT | stop RUNDIR" >&2; exit 2 ;;
esac
