#!/usr/bin/env bash
# Real authoritative DNS for the tests: Knot DNS on 127.0.0.1:PORT serving every
# ZONES/<zone>.zone file, stopped by its PID.
#   knot.sh start RUNDIR PORT ZONESDIR     (prints "knot ready on 127.0.0.1:PORT")
#   knot.sh stop RUNDIR
set -euo pipefail
cmd=${1:?start|stop}; RUN=${2:?run dir}

stop() {
  local pidfile=$RUN/knotd.pid pid
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
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
    kill -0 "$(cat "$RUN/knotd.pid")" 2>/dev/null || break
    sleep 0.05
  done
  echo "knotd did not start:" >&2; cat "$RUN/knotd.log" >&2; stop; exit 1
  ;;
stop) stop ;;
*) echo "usage: knot.sh start RUNDIR PORT ZONESDIR | stop RUNDIR" >&2; exit 2 ;;
esac
