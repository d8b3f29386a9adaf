#!/bin/bash
# Real SMTP peers on 127.0.0.1 for tst_smtp and the SMTP bench, stopped by their PIDs.
#   smtp-peers.sh start RUNDIR    certificates, Postfix, aiosmtpd, fault server; waits until ready
#   smtp-peers.sh stop RUNDIR
# Ports (keep in sync with tests/smtp/CMakeLists.txt):
#   Postfix   2525 submission (STARTTLS required, AUTH) | 4465 smtps | 2526 MX-like (no AUTH)
#   aiosmtpd  2535 submission | 4475 smtps | 2536 STARTTLS-required | 2537 plain (AUTH in clear)
#             4476 expired cert | 4477 wrong-name cert | 4478 self-signed cert (all implicit TLS)
#   faults    2539 blackhole (connect timeout) | 2540 silence | 2541 trickle | 2542 1 MiB line
#             2543 garbage | 2544-2552 drop at BANNER EHLO EHLOMID TLS TLSEHLO AUTH MAIL RCPT DATA
#             2553 well-behaved script | 2554 HELO only (EHLO -> 502)
# Account: test@localhost / s3cret (XOAUTH2 token tok-good, aiosmtpd only).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cmd=${1:?start|stop}; RUN=${2:?run dir}
PY=/usr/bin/python3   # python3-aiosmtpd is invisible to pyenv shims

stop_all() {
  # TERM everything first, then wait: the daemons take 1-2 s each to wind down.
  local n pid pids=()
  for n in postfix aiosmtpd fault; do
    [[ -s $RUN/$n.pid ]] || continue
    pid=$(cat "$RUN/$n.pid")
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" && pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  done
  rm -f "$RUN"/postfix.pid "$RUN"/aiosmtpd.pid "$RUN"/fault.pid
  if [[ -s $RUN/pf.dir ]]; then rm -rf "$(cat "$RUN/pf.dir")"; rm -f "$RUN/pf.dir" "$RUN/pf"; fi
}

wait_port() {
  local end=$((SECONDS + ${2:-15}))
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    ((SECONDS < end)) || { echo "port $1 not up" >&2; return 1; }
    sleep 0.05
  done
}

wait_ready() {  # wait_ready LOG PIDFILE NAME
  for _ in $(seq 1 300); do
    grep -q '^READY' "$1" && return 0
    kill -0 "$(cat "$2")" 2>/dev/null || break
    sleep 0.05
  done
  echo "$3 did not start:" >&2; cat "$1" >&2; return 1
}

case $cmd in
start)
  stop_all
  # Fixed ports: a second run (another build dir) would fight over them; say so plainly.
  for port in 2525 4465 2526 2535 4475 2536 2537 4476 4477 4478 2540 2553 2554; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is already in use (another SMTP test run still going?)" >&2; exit 1
    fi
  done
  rm -rf "$RUN"; mkdir -p "$RUN"
  bash "$HERE/make-certs.sh" "$RUN/certs"
  C=$RUN/certs
  # Postfix set-up (mostly `postfix check`) runs while the python peers start.
  # Postfix's daemons run as the postfix user and must reach their queue: a build tree under a
  # private home (/root is 0700) would lock them out, so the instance lives in a world-traversable
  # temporary directory, linked from the run dir and removed on stop.
  PFDIR=$(mktemp -d /tmp/bd-postfix.XXXXXX); chmod 755 "$PFDIR"
  echo "$PFDIR" > "$RUN/pf.dir"; ln -sfn "$PFDIR" "$RUN/pf"
  PF=$PFDIR bash "$HERE/pf-setup.sh" "$C/good.crt" "$C/good.key" > "$RUN/pf-setup.log" 2>&1 &
  PFSETUP=$!
  $PY "$HERE/testsmtpd.py" --cert "$C/good.crt" --key "$C/good.key" \
    --submission-port 2535 --smtps-port 4475 --starttls-required-port 2536 --plain-port 2537 \
    --extra "expired:4476:$C/expired.crt:$C/expired.key" \
    --extra "wrongname:4477:$C/wrongname.crt:$C/wrongname.key" \
    --extra "selfsigned:4478:$C/selfsigned.crt:$C/selfsigned.key" \
    --spool "$RUN/spool" > "$RUN/aiosmtpd.log" 2>&1 &
  echo $! > "$RUN/aiosmtpd.pid"
  args=(--cert "$C/good.crt" --key "$C/good.key" --trickle 2
        --listen blackhole:2539 --listen silence:2540 --listen trickle:2541 --listen huge:2542
        --listen garbage:2543 --listen script:2553 --listen heloonly:2554)
  p=2544
  for s in BANNER EHLO EHLOMID TLS TLSEHLO AUTH MAIL RCPT DATA; do args+=(--listen "drop-$s:$p"); p=$((p + 1)); done
  $PY "$HERE/faultsmtpd.py" "${args[@]}" > "$RUN/fault.log" 2>&1 &
  echo $! > "$RUN/fault.pid"
  if ! wait "$PFSETUP"; then cat "$RUN/pf-setup.log" >&2; stop_all; exit 1; fi
  /usr/lib/postfix/sbin/master -c "$PFDIR/etc" -d > "$RUN/postfix-master.log" 2>&1 &
  echo $! > "$RUN/postfix.pid"
  wait_ready "$RUN/aiosmtpd.log" "$RUN/aiosmtpd.pid" aiosmtpd || { stop_all; exit 1; }
  wait_ready "$RUN/fault.log" "$RUN/fault.pid" faultsmtpd || { stop_all; exit 1; }
  for port in 2525 4465 2526; do wait_port $port || { cat "$RUN/postfix-master.log" >&2; stop_all; exit 1; }; done
  echo "smtp peers ready: postfix $(cat "$RUN/postfix.pid"), aiosmtpd $(cat "$RUN/aiosmtpd.pid"), faults $(cat "$RUN/fault.pid")"
  ;;
stop) stop_all ;;
*) echo "usage: smtp-peers.sh start|stop RUNDIR" >&2; exit 2 ;;
esac
