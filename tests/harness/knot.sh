#!/usr/bin/env bash
# Real authoritative DNS for the tests: Knot DNS on 127.0.0.1:PORT serving every
# ZONES/<zone>.zone file, stopped by its PID.
#   knot.sh start RUNDIR PORT ZONESDIR     (prints "knot ready on 127.0.0.1:PORT")
#   knot.sh stop RUNDIR
set -euo pipefail
cmd=${1:?start|stop}; RUN=${2:?run dir}

# A reaped-slowly zombie still answers kill -0: ask ps whether it really runs.
alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null || true); [[ -n $s && $s != Z* ]]; }

stop() {
  local pidfile=$RUN/knotd.pid pid
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if alive "$pid"; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.05; done
    alive "$pid" && kill -KILL "$pid"
  fi
  rm -f "$pidfile"
}

# (no `| grep -q`: with pipefail an early-exiting grep makes kdig's SIGPIPE a failure)
soa() { kdig @127.0.0.1 -p "$PORT" "$1" SOA +short +time=1 +retry=0 2>/dev/null || true; }

case $cmd in
start)
  PORT=${3:?port}; ZONES=$(cd "${4:?zones dir}" && pwd)
  stop
  rm -rf "$RUN"; mkdir -p "$RUN/db" "$RUN/run"
  {
    echo "server:"
    echo "    listen: 127.0.0.1@$PORT"
    echo "    rundir: $RUN/run"
    echo "    tcp-max-clients: 200"
    echo "database:"
    echo "    storage: $RUN/db"
    echo "log:"
    echo "  - target: stderr"
    echo "    any: warning"
    echo "template:"
    echo "  - id: default"
    echo "    storage: $ZONES"
    echo "    file: \"%s.zone\""
    echo "    zonefile-sync: -1"
    echo "    journal-content: none"
    echo "zone:"
    for z in "$ZONES"/*.zone; do
      [[ -e $z ]] || continue
      echo "  - domain: $(basename "$z" .zone)"
    done
  } > "$RUN/knot.conf"
  knotc -c "$RUN/knot.conf" conf-check >/dev/null
  knotd -c "$RUN/knot.conf" > "$RUN/knotd.log" 2>&1 &
  echo $! > "$RUN/knotd.pid"
  first=$(basename "$(ls "$ZONES"/*.zone | head -n1)" .zone)
  for _ in $(seq 1 200); do
    if [[ -n $(soa "$first") ]]; then
      # every zone must have loaded, or a test would fail far from the cause
      bad=0
      for z in "$ZONES"/*.zone; do
        n=$(basename "$z" .zone)
        [[ -n $(soa "$n") ]] || { echo "zone $n did not load" >&2; bad=1; }
      done
      if [[ $bad == 1 ]]; then cat "$RUN/knotd.log" >&2; stop; exit 1; fi
      echo "knot ready on 127.0.0.1:$PORT (pid $(cat "$RUN/knotd.pid"))"
      exit 0
    fi
    alive "$(cat "$RUN/knotd.pid")" || break
    sleep 0.05
  done
  echo "knotd did not start:" >&2; cat "$RUN/knotd.log" >&2; stop; exit 1
  ;;
stop) stop ;;
*) echo "usage: knot.sh start RUNDIR PORT ZONESDIR | stop RUNDIR" >&2; exit 2 ;;
esac
