#!/usr/bin/env bash
# The scripted DNS fault responder (dnsfault.py) as a ctest fixture, stopped by its PID.
#   dnsfault.sh start RUNDIR PORT     (prints "dnsfault ready on 127.0.0.1:PORT")
#   dnsfault.sh stop RUNDIR
set -euo pipefail
cmd=${1:?start|stop}; RUN=${2:?run dir}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# A zombie counts as gone: once the starting shell has exited, init may take a while to reap it.
alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null || true)
  [[ -n $state && $state != Z* ]]
}

stop() {
  local pidfile=$RUN/dnsfault.pid pid
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if alive "$pid"; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.05; done
    alive "$pid" && kill -KILL "$pid"
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
    alive "$(cat "$RUN/dnsfault.pid")" || break
    sleep 0.05
  done
  echo "dnsfault did not start:" >&2; cat "$RUN/dnsfault.log" >&2; stop; exit 1
  ;;
stop) stop ;;
*) echo "usage: dnsfault.sh start RUNDIR PORT | stop RUNDIR" >&2; exit 2 ;;
esac
