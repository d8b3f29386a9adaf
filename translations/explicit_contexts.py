#!/usr/bin/env python3
"""Rewrites calls of a file-local `tr("...")` helper into QCoreApplication::translate("Ctx", "...")
so lupdate can extract them (lupdate cannot see the context of a free tr() helper).

  explicit_contexts.py FILE...

A helper looks like: QString tr(const char *text[, int n = -1 | const char *d = nullptr, int n = -1])
{ return QCoreApplication::translate("Ctx", text[, ...]); }. Calls whose first argument is a
string literal are rewritten; calls with a computed text stay on the helper, renamed trDynamic
(their texts reach lupdate through the generated *Strings.cpp files).
"""
import re
import sys

HELPER = re.compile(
    r'QString tr\(const char \*(\w+)(?P<params>[^)]*)\)\s*\{\s*return QCoreApplication::translate\("(?P<ctx>[\w:]+)",[^;]*;\s*\}')


def parse_literals(s, i):
    """Adjacent C string literals starting at s[i]; returns (end index, literal text as written)."""
    start = i
    while True:
        while i < len(s) and s[i] in " \t\r\n":
            i += 1
        if i < len(s) and s[i] == '"':
            i += 1
            while s[i] != '"':
                i += 2 if s[i] == "\\" else 1
            i += 1
            continue
        break
    # trim trailing whitespace back off
    j = i
    while j > start and s[j - 1] in " \t\r\n":
        j -= 1
    return j, s[start:j]


def matching_paren(s, i):
    depth = 0
    while i < len(s):
        c = s[i]
        if c == '"':
            i += 1
            while s[i] != '"':
                i += 2 if s[i] == "\\" else 1
        elif c == "'":
            i += 1
            while s[i] != "'":
                i += 2 if s[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    raise ValueError("unbalanced")


def rewrite(path):
    src = open(path, encoding="utf-8").read()
    m = HELPER.search(src)
    if not m:
        return 0
    ctx = m.group("ctx")
    params = [p.strip() for p in m.group("params").split(",") if p.strip()]
    takes_disamb = any(p.startswith("const char") for p in params)
    out, i, n, dynamic = [], 0, 0, False
    call = re.compile(r'(?<![\w:.>])tr\(')
    body_start = m.end()
    out.append(src[:body_start])
    i = body_start
    while True:
        c = call.search(src, i)
        if not c:
            out.append(src[i:])
            break
        out.append(src[i:c.start()])
        j = c.end()
        k = j
        while src[k] in " \t\r\n":
            k += 1
        close = matching_paren(src, j)
        if src[k] != '"':
            out.append("trDynamic(" + src[j:close + 1])
            dynamic = True
            i = close + 1
            continue
        end, literal = parse_literals(src, k)
        rest = src[end:close].strip()
        extra = ""
        if rest.startswith(","):
            args = rest[1:].strip()
            extra = ", " + args if takes_disamb else ", nullptr, " + args
        out.append(f'QCoreApplication::translate("{ctx}", {literal}{extra})')
        n += 1
        i = close + 1
    text = "".join(out)
    helper = text[m.start():m.end()]
    if dynamic:
        text = text.replace(helper, helper.replace("QString tr(", "QString trDynamic(", 1), 1)
    else:
        text = text.replace(helper, "", 1)
        # an anonymous namespace left empty by the removal
        text = re.sub(r"namespace \{\s*\}\s*\n", "", text)
    if "#include <QCoreApplication>" not in text:
        text = text.replace("\n#include <", "\n#include <QCoreApplication>\n#include <", 1)
    open(path, "w", encoding="utf-8").write(text)
    return n


for f in sys.argv[1:]:
    print(f"{f}: {rewrite(f)} calls made explicit")
