#!/bin/bash
# cmake --install into a temporary prefix puts every file where desktops and man look for it.
# Usage: install_check.sh BUILD_DIR PREFIX
set -u
build=$1; prefix=$2
rm -rf "$prefix"
out=$(cmake --install "$build" --prefix "$prefix" 2>&1) || { echo "$out"; echo "FAIL: cmake --install"; exit 1; }
id=io.github.bouncedoctor.BounceDoctor
fail=0
for f in bin/bounce-doctor bin/bounce-doctor-cli \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg; do
  if [ -s "$prefix/$f" ]; then echo "ok: $f"; else echo "FAIL: missing $f"; fail=1; fi
done
man=$(ls "$prefix"/share/man/man1/bounce-doctor-cli.1* 2>/dev/null | head -1)
if [ -n "$man" ]; then echo "ok: ${man#$prefix/}"; else echo "FAIL: missing share/man/man1/bounce-doctor-cli.1[.gz]"; fail=1; fi
for b in bounce-doctor bounce-doctor-cli; do
  [ -x "$prefix/bin/$b" ] || { echo "FAIL: bin/$b is not executable"; fail=1; }
done
# The installed files are the valid ones and refer to each other.
grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop" || { echo "FAIL: Icon= does not name $id"; fail=1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" \
  || { echo "FAIL: metainfo does not launch $id.desktop"; fail=1; }
grep -q "<svg" "$prefix/share/icons/hicolor/scalable/apps/$id.svg" || { echo "FAIL: icon is not SVG"; fail=1; }
if command -v xmllint >/dev/null; then
  xmllint --noout "$prefix/share/icons/hicolor/scalable/apps/$id.svg" || { echo "FAIL: icon is not well-formed XML"; fail=1; }
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/$id.desktop" || fail=1
fi
if [ -n "$man" ] && command -v man >/dev/null; then
  MANWIDTH=80 man -l "$man" 2>/dev/null | grep -q "bounce-doctor-cli" || { echo "FAIL: man cannot show the page"; fail=1; }
fi
"$prefix/bin/bounce-doctor-cli" --version | grep -q "bounce-doctor-cli" || { echo "FAIL: installed CLI does not run"; fail=1; }
rm -rf "$prefix"
exit $fail
