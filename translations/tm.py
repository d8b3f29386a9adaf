#!/usr/bin/env python3
"""Translation memory for Bounce Doctor's .ts files.

Translations are written once per (context, source) in translations/memory/<lang>.json and
applied to translations/bounce-doctor_<lang>.ts, so a new string in the code only needs its own
translation, and a rewording never leaves a stale one behind.

  tm.py todo LANG [OUT.json]   list the messages of the .ts that the memory lacks (numbered)
  tm.py import LANG TODO.json ANSWERS.json
                               add answers {"<id>": "translation" | ["form", ...]} for a todo list
  tm.py apply [LANG ...]       fill every .ts from memory (finished), drop vanished/obsolete ones
  tm.py stats                  per language: messages, translated, missing

Memory format: {"<context>\\u0004<source>": "translation"} and, for %n (numerus) messages,
a list of plural forms: German, French, Spanish, Portuguese 2 forms; Japanese 1.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent
LANGS = ["de", "fr", "es", "pt_BR", "ja"]


def ts_path(lang):
    return root / f"bounce-doctor_{lang}.ts"


def mem_path(lang):
    return root / "memory" / f"{lang}.json"


def load_mem(lang):
    p = mem_path(lang)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def messages(lang):
    tree = ET.parse(ts_path(lang))
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            kind = t.get("type") if t is not None else None
            yield name, m, kind


def key(context, source):
    return context + "\u0004" + source


def todo(lang, out=None):
    mem = load_mem(lang)
    items = []
    for ctx, m, kind in messages(lang):
        if kind in ("vanished", "obsolete"):
            continue
        src = m.findtext("source")
        if key(ctx, src) in mem:
            continue
        item = {"id": len(items) + 1, "context": ctx, "source": src}
        if m.findtext("comment"):
            item["comment"] = m.findtext("comment")
        if m.get("numerus") == "yes":
            item["numerus"] = True
        items.append(item)
    text = json.dumps(items, ensure_ascii=False, indent=1)
    if out:
        pathlib.Path(out).write_text(text, encoding="utf-8")
        print(f"{lang}: {len(items)} messages to translate -> {out}")
    else:
        print(text)
    return len(items)


def import_answers(lang, todo_path, answers_path):
    todo_items = {str(i["id"]): i for i in json.loads(pathlib.Path(todo_path).read_text(encoding="utf-8"))}
    answers = json.loads(pathlib.Path(answers_path).read_text(encoding="utf-8"))
    mem = load_mem(lang)
    added = 0
    problems = []
    for ident, value in answers.items():
        item = todo_items.get(str(ident))
        if item is None:
            problems.append(f"unknown id {ident}")
            continue
        src = item["source"]
        forms = value if isinstance(value, list) else [value]
        # Placeholders must survive translation: %1..%9 and %n.
        for ph in sorted({src[i:i + 2] for i in range(len(src) - 1) if src[i] == "%" and (src[i + 1].isdigit() or src[i + 1] == "n")}):
            if any(ph not in f for f in forms):
                problems.append(f"id {ident}: placeholder {ph} missing in {forms!r}")
        if item.get("numerus") and not isinstance(value, list):
            value = [value]
        mem[key(item["context"], src)] = value
        added += 1
    mem_path(lang).parent.mkdir(exist_ok=True)
    mem_path(lang).write_text(json.dumps(mem, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{lang}: {added} translations added to memory ({len(mem)} in all)")
    for p in problems:
        print("  problem:", p)
    return problems


def apply(lang):
    mem = load_mem(lang)
    tree = ET.parse(ts_path(lang))
    tsroot = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{tsroot.get("language")}">']
    done = missing = 0
    for ctx in tsroot.iter("context"):
        name = ctx.findtext("name")
        body = []
        for m in ctx.iter("message"):
            t = m.find("translation")
            kind = t.get("type") if t is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            src = m.findtext("source")
            numerus = m.get("numerus") == "yes"
            value = mem.get(key(name, src))
            body.append("    <message" + (' numerus="yes"' if numerus else "") + ">")
            body.append(f"        <source>{escape(src)}</source>")
            if m.findtext("comment"):
                body.append(f"        <comment>{escape(m.findtext('comment'))}</comment>")
            if value is None:
                missing += 1
                body.append('        <translation type="unfinished"></translation>')
            elif numerus:
                forms = value if isinstance(value, list) else [value]
                body.append("        <translation>")
                body += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                body.append("        </translation>")
                done += 1
            else:
                if isinstance(value, list):
                    value = value[0]
                body.append(f"        <translation>{escape(value)}</translation>")
                done += 1
            body.append("    </message>")
        if body:
            lines += ["<context>", f"    <name>{escape(name)}</name>"] + body + ["</context>"]
    lines.append("</TS>")
    ts_path(lang).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{lang}: {done} translated, {missing} missing")
    return missing


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "stats"
    if cmd == "todo":
        todo(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif cmd == "import":
        sys.exit(1 if import_answers(sys.argv[2], sys.argv[3], sys.argv[4]) else 0)
    elif cmd == "apply":
        for lang in sys.argv[2:] or LANGS:
            apply(lang)
    elif cmd == "stats":
        for lang in LANGS:
            mem = load_mem(lang)
            total = have = 0
            for ctx, m, kind in messages(lang):
                if kind in ("vanished", "obsolete"):
                    continue
                total += 1
                have += key(ctx, m.findtext("source")) in mem
            print(f"{lang}: {total} messages, {have} in memory, {total - have} missing")
    else:
        print(__doc__)
        sys.exit(2)
