#!/usr/bin/env bash
# Fails when a translation is unfinished, when a string in the code is missing from a .ts file,
# or when the JSON knowledge texts and their lupdate stubs have drifted apart.
#   check_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
SRC=${1:?source dir}; LUPDATE=${2:?lupdate}
python3 "$SRC/translations/gen_knowledge_strings.py" --check
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t sources < <(find "$SRC/core" "$SRC/ui" "$SRC/app" -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in "$SRC"/translations/bounce-doctor_*.ts; do
  copy=$tmp/$(basename "$ts")
  cp "$ts" "$copy"
  # lupdate marks every string it finds in the code but not in the file as unfinished, and every
  # string in the file no longer in the code as vanished/obsolete.
  "$LUPDATE" -silent -locations none "${sources[@]}" -ts "$copy" >/dev/null
  python3 - "$copy" "$(basename "$ts")" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
bad = {"unfinished": [], "vanished": [], "obsolete": [], "empty": []}
total = 0
for ctx in root.iter("context"):
    cname = ctx.findtext("name")
    for m in ctx.iter("message"):
        total += 1
        t = m.find("translation")
        kind = t.get("type") if t is not None else "unfinished"
        src = (m.findtext("source") or "")[:70]
        if kind in bad:
            bad[kind].append(f"{cname}: {src}")
            continue
        forms = t.findall("numerusform")
        source_blank = not (m.findtext("source") or "").strip()  # e.g. column padding: stays blank
        if not source_blank and ((forms and any(not (f.text or "").strip() for f in forms))
                                 or (not forms and not (t.text or "").strip())):
            bad["empty"].append(f"{cname}: {src}")
problems = sum(len(v) for v in bad.values())
if problems:
    print(f"{name}: {problems} of {total} messages need work")
    for kind, items in bad.items():
        for i in items[:15]:
            print(f"  {kind}: {i}")
        if len(items) > 15:
            print(f"  ... {len(items) - 15} more {kind}")
    sys.exit(1)
print(f"{name}: all {total} messages translated")
PY
done
exit $status
