#!/usr/bin/env python3
"""Fails when two source files define a class, struct or union of the same name with external
linkage (outside an anonymous namespace and outside any function or class).

Such a pair breaks the One Definition Rule: the linker keeps one copy of each inline member
(copy constructor, destructor, ...) and silently uses it for both types. It happened once:
core/bounce and core/smtp each had a `struct SmtpReply`, and the CLI, which links both, copied
one with the other's constructor (UBSan: misaligned access; LeakSanitizer: 160 leaked strings).
Compilers only warn about this under LTO, so this check runs on every test run instead.

usage: unique_type_names.py SOURCE_ROOT [DIR ...]   (default dirs: core ui app)
"""
import os
import re
import sys
from collections import defaultdict

TOKEN = re.compile(r'[A-Za-z_]\w*|::|[{}();:<>]|\S')


def strip(text):
    # Comments, string and char literals, preprocessor lines: none of them define a type.
    text = re.sub(r'//[^\n]*|/\*.*?\*/', ' ', text, flags=re.S)
    text = re.sub(r'R"(\w*)\(.*?\)\1"', '""', text, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', '""', text)
    return re.sub(r'^\s*#.*?(?<!\\)$', ' ', text, flags=re.M | re.S)


def definitions(text):
    """Names of types defined at namespace scope, outside anonymous namespaces."""
    tokens = TOKEN.findall(strip(text))
    scopes = []  # 'ns', 'anon' or 'other' per open brace
    pending = None  # what the next '{' opens
    found = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == 'namespace':
            j = i + 1
            while j < len(tokens) and tokens[j] not in ('{', ';', '='):
                j += 1
            if j < len(tokens) and tokens[j] == '{':
                pending = 'anon' if j == i + 1 else 'ns'
                i = j
                continue
        elif t in ('struct', 'class', 'union') and (i == 0 or tokens[i - 1] not in ('enum', '<', ',')) \
                and all(s == 'ns' for s in scopes):
            j = i + 1
            while j < len(tokens) and tokens[j] in ('alignas', '(', ')') or (j < len(tokens) and tokens[j].startswith('[')):
                j += 1
            # skip export macros such as BD_EXPORT
            while j + 1 < len(tokens) and re.fullmatch(r'[A-Z_][A-Z0-9_]*', tokens[j]) and re.fullmatch(r'[A-Za-z_]\w*', tokens[j + 1]):
                j += 1
            if j < len(tokens) and re.fullmatch(r'[A-Za-z_]\w*', tokens[j]):
                name = tokens[j]
                k = j + 1
                if k < len(tokens) and tokens[k] == 'final':
                    k += 1
                if k < len(tokens) and tokens[k] in ('{', ':') and not (tokens[k] == ':' and k + 1 < len(tokens) and tokens[k + 1] == ':'):
                    found.append(name)
        if t == '{':
            scopes.append(pending or 'other')
            pending = None
        elif t == '}':
            if scopes:
                scopes.pop()
        elif t == ';':
            pending = None
        i += 1
    return found


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    dirs = sys.argv[2:] or ['core', 'ui', 'app']
    where = defaultdict(set)
    files = 0
    for d in dirs:
        for base, _, names in os.walk(os.path.join(root, d)):
            for n in names:
                if n.endswith(('.h', '.cpp')):
                    path = os.path.join(base, n)
                    files += 1
                    with open(path, encoding='utf-8', errors='replace') as f:
                        for name in definitions(f.read()):
                            where[name].add(os.path.relpath(path, root))
    clashes = {n: sorted(p) for n, p in where.items() if len(p) > 1}
    for name, paths in sorted(clashes.items()):
        print(f'{name} is defined with external linkage in: {", ".join(paths)}')
    print(f'{files} files, {len(where)} type names with external linkage, {len(clashes)} defined twice')
    return 1 if clashes else 0


if __name__ == '__main__':
    sys.exit(main())
