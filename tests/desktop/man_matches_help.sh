#!/bin/bash
# --help and the man page say the same: every command the CLI lists has a section in the man page,
# every option a command's --help prints is described in that command's section, and every option
# the section describes exists in --help.  Usage: man_matches_help.sh BOUNCE_DOCTOR_CLI MANPAGE
set -u
cli=$1; man=$2
fail=0
[ -x "$cli" ] || { echo "no executable $cli (build bounce-doctor-cli first)"; exit 1; }
[ -f "$man" ] || { echo "no man page $man"; exit 1; }

# troff text as plain text: "\-" is a hyphen, "\(em" etc. are not options.
plain=$(sed -e 's/\\-/-/g' "$man")

commands=$("$cli" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{if (n++) exit}')
[ -n "$commands" ] || { echo "cannot read the command list from '$cli --help'"; exit 1; }

# The section of the man page for one command: from ".SS <cmd>" to the next .SS or .SH.
section() {
  printf '%s\n' "$plain" | awk -v c="$1" '
    /^\.S[SH] / { on = ($1 == ".SS" && ($2 == c || $2 == "\"" c "\"")) ; next }
    on { print }'
}

# Options every command has (help): described once, in the COMMON OPTIONS section.
options_in() {
  grep -E '^\.(B|BR|BI|TP|IP)( |$)|^--?[A-Za-z]' | grep -oE '(^|[ ,"])--?[A-Za-z0-9][A-Za-z0-9-]*' | tr -d ' ,"' | sort -u
}
common=$(printf '%s\n' "$plain" | awk '/^\.SH / { on = ($0 ~ /COMMON OPTIONS/); next } on { print }' | options_in)
[ -n "$common" ] || { echo "FAIL: no COMMON OPTIONS section"; fail=1; }

for c in $commands; do
  sec=$(section "$c")
  if [ -z "$sec" ]; then
    echo "FAIL: the man page has no '.SS $c' section"; fail=1; continue
  fi
  help=$("$cli" "$c" --help) || { echo "FAIL: '$c --help' exited non-zero"; fail=1; continue; }
  # Options in --help: the option lines of QCommandLineParser's "Options:" block.
  helpopts=$(printf '%s\n' "$help" | grep -E '^  +-' | grep -oE '(^|[ ,])--?[A-Za-z0-9][A-Za-z0-9-]*' | tr -d ' ,' | sort -u)
  manopts=$(printf '%s\n' "$sec" | options_in)
  for o in $common; do
    if ! printf '%s\n' "$helpopts" | grep -qxF -- "$o"; then
      echo "FAIL: COMMON OPTIONS has $o, '$c --help' does not"; fail=1
    fi
  done
  for o in $helpopts; do
    printf '%s\n' "$common" | grep -qxF -- "$o" && continue
    if ! printf '%s\n' "$manopts" | grep -qxF -- "$o"; then
      echo "FAIL: '$c --help' has $o, the man page's $c section does not"; fail=1
    fi
  done
  for o in $manopts; do
    if ! printf '%s\n' "$helpopts" | grep -qxF -- "$o"; then
      echo "FAIL: the man page's $c section has $o, '$c --help' does not"; fail=1
    fi
  done
  n=$(printf '%s\n' "$helpopts" | grep -c .)
  echo "$c: $n options checked"
done

# The page itself must format without warnings.
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$man" 2>&1)
  if [ -n "$warnings" ]; then echo "FAIL: groff warnings:"; echo "$warnings"; fail=1; fi
fi
exit $fail
