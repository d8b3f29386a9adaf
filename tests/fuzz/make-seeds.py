#!/usr/bin/env python3
"""Builds the seed corpus of every fuzz target from the test fixtures (bounces, guide cases, zone
files). Run by CMake at build time into the build directory; nothing generated here is committed.

usage: make-seeds.py <tests/data> <out-dir>
"""
import hashlib
import ipaddress
import os
import re
import struct
import sys

data, out = sys.argv[1], sys.argv[2]


def put(target, content):
    if isinstance(content, str):
        content = content.encode('utf-8')
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(content).hexdigest()[:16]
    with open(os.path.join(d, name), 'wb') as f:
        f.write(content)


def files(sub):
    d = os.path.join(data, sub)
    if not os.path.isdir(d):
        return []
    return sorted(os.path.join(d, f) for f in os.listdir(d) if os.path.isfile(os.path.join(d, f)))


# --- whole bounces and reply lines ---
reply_re = re.compile(rb'(?:^|\s)([245]\d\d[ -].{0,300})')
replies = []
for path in files('bounces') + files('guide'):
    if path.endswith('.yaml') or path.endswith('.json.manifest'):
        continue
    raw = open(path, 'rb').read()
    put('bounce', raw)
    for line in raw.splitlines():
        m = reply_re.search(line)
        if m:
            replies.append(m.group(1).strip())
seen = set()
for r in replies:
    if r in seen or len(seen) >= 600:
        continue
    seen.add(r)
    put('reply_line', r)

# --- SMTP server replies: single and multi-line, chunk-size byte first ---
greeting = [b'220 mx.example.org ESMTP ready']
ehlo = [b'250-mx.example.org', b'250-PIPELINING', b'250-SIZE 10240000', b'250-STARTTLS',
        b'250-AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2', b'250-ENHANCEDSTATUSCODES', b'250 8BITMIME']
for i, r in enumerate(sorted(seen)[:200]):
    put('smtp_reply', bytes([i % 64]) + r + b'\r\n')
put('smtp_reply', b'\x05' + b'\r\n'.join(greeting + ehlo) + b'\r\n')
put('smtp_reply', b'\x01' + b'\n'.join(greeting + ehlo) + b'\n')
put('smtp_reply', b'\x10' + b'334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n535 5.7.8 Error: authentication failed\r\n')
put('smtp_reply', b'\x02' + b'554-mx.example.org\r\n554-No SMTP service here\r\n554 5.3.2 go away\r\n')
put('smtp_reply', b'\x07' + b'421 4.4.2 timeout\r\n220 again\r\n')

# --- zone files: TXT strings and records for the DNS wire messages ---
records = []  # (owner, type, rdata text)
for path in files('zones'):
    origin = os.path.basename(path)[:-len('.zone')]
    text = open(path, encoding='utf-8', errors='replace').read()
    # join parenthesised continuations, drop comments outside quotes (good enough for seeds)
    text = re.sub(r'\(([^)]*)\)', lambda m: m.group(1).replace('\n', ' '), text)
    for line in text.splitlines():
        line = re.sub(r';[^"]*$', '', line).strip()
        if not line or line.startswith('$'):
            continue
        m = re.match(r'(\S+)\s+(?:\d+\s+)?(?:IN\s+)?(A|AAAA|TXT|MX|CNAME|PTR|NS|SRV)\s+(.*)$', line)
        if not m:
            continue
        owner = m.group(1)
        owner = origin if owner == '@' else owner.rstrip('.') if owner.endswith('.') else owner + '.' + origin
        records.append((owner, m.group(2), m.group(3)))

for owner, rtype, rdata in records:
    if rtype != 'TXT':
        continue
    joined = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', rdata))
    if joined.lower().startswith('v=spf1'):
        put('spf_record', joined)
    elif 'v=dmarc1' in joined.lower() or 'v=dkim1' in joined.lower() or 'p=' in joined or ';' in joined:
        put('dmarc_dkim', joined)
for s in ['v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all', 'v=spf1 redirect=_spf.example.com',
          'v=spf1 ip6:2001:db8::/32 a/24//64 mx:%{d2}/26 ptr:%{h} ?all exp=explain._spf.%{d}',
          'v=spf1 include:%{o}.%{i}.%{v}.%{p}.%{s}._x.example -all', 'v=spf1 a:%%.%_.%-.example ~all',
          '%{c} %{r} %{t} %{I} %{S2r.}', 'v=spf1 ip4:192.0.2.0/33 unknown=%{z} -all']:
    put('spf_record', s)
for path in files('auth'):
    key = open(path, encoding='ascii', errors='replace').read().strip()
    put('dmarc_dkim', 'v=DKIM1; k=rsa; p=' + key)
    put('dmarc_dkim', 'v=DKIM1; k=ed25519; t=y:s; h=sha256; s=email; p=' + key)
for s in ['v=DMARC1; p=reject; sp=quarantine; np=reject; pct=50; adkim=s; aspf=r; fo=1:d:s; rf=afrf; ri=3600; '
          'rua=mailto:dmarc@example.com!10m,https://r.example.net/x; ruf=mailto:f@example.org; psd=n; t=y',
          'v=DMARC1;p=none', 'v=DMARC1; p=bogus; pct=200; ri=-1; rua=mailto:', 'v=DKIM1; p=', 'k=rsa; p=MIIB',
          'v=DKIM1; v=DKIM1; n=note=x;;; =;a b=c']:
    put('dmarc_dkim', s)


# --- DNS wire messages ---
def encode_name(name, table, at):
    outb = b''
    labels = [l for l in name.split('.') if l]
    for i in range(len(labels)):
        suffix = '.'.join(labels[i:]).lower()
        if suffix in table:
            return outb + struct.pack('>H', 0xC000 | table[suffix])
        if at + len(outb) < 0x3FFF:
            table[suffix] = at + len(outb)
        lab = labels[i].encode('utf-8')[:63]
        outb += bytes([len(lab)]) + lab
    return outb + b'\0'


TYPES = {'A': 1, 'NS': 2, 'CNAME': 5, 'PTR': 12, 'MX': 15, 'TXT': 16, 'AAAA': 28, 'SRV': 33}


def rdata_of(rtype, rdata, owner_origin, table, at):
    def absname(n):
        return n.rstrip('.') if n.endswith('.') else n + '.' + owner_origin
    f = rdata.split()
    if rtype == 'A':
        return ipaddress.IPv4Address(f[0]).packed
    if rtype == 'AAAA':
        return ipaddress.IPv6Address(f[0]).packed
    if rtype in ('CNAME', 'PTR', 'NS'):
        return encode_name(absname(f[0]), table, at)
    if rtype == 'MX':
        return struct.pack('>H', int(f[0])) + encode_name(absname(f[1]) if f[1] != '.' else '', table, at + 2)
    if rtype == 'SRV':
        return struct.pack('>HHH', int(f[0]), int(f[1]), int(f[2])) + encode_name(absname(f[3]), table, at + 6)
    if rtype == 'TXT':
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', rdata) or ['']
        return b''.join(bytes([len(p.encode()[:255])]) + p.encode()[:255] for p in parts)
    raise ValueError(rtype)


def message(qname, qtype, answers, rcode=0, ident=0x1234, flags=0x8400):
    table = {}
    msg = struct.pack('>HHHHHH', ident, flags | rcode, 1, len(answers), 0, 0)
    msg += encode_name(qname, table, len(msg)) + struct.pack('>HH', qtype, 1)
    for owner, rtype, rdata in answers:
        msg += encode_name(owner, table, len(msg))
        msg += struct.pack('>HHI', TYPES[rtype], 1, 300)
        body = rdata_of(rtype, rdata, owner.split('.', 1)[-1], table, len(msg) + 2)
        msg += struct.pack('>H', len(body)) + body
    return msg


wires = []
for owner, rtype, rdata in records:
    try:
        wires.append(message(owner, TYPES[rtype], [(owner, rtype, rdata)]))
    except (ValueError, IndexError, ipaddress.AddressValueError):
        pass
for w in wires[:400]:
    put('dns_message', w)
put('dns_message', message('alias.example', 1, [('alias.example', 'CNAME', 'target.example.'),
                                                ('target.example', 'A', '192.0.2.1')]))
put('dns_message', message('missing.example', 16, [], rcode=3))
put('dns_message', message('broken.example', 16, [], rcode=2))
put('dns_message', message('big.example', 16, [('big.example', 'TXT', ' '.join(['"' + 'x' * 255 + '"'] * 4))]))
put('dns_message', message('trunc.example', 16, [], flags=0x8600))

# --- DNSBL runs: zone-index byte, then length-prefixed answers in the order they are asked ---
def lp(m):
    return struct.pack('>H', len(m)) + m


listed = message('2.0.0.127.zone', 1, [('2.0.0.127.zone', 'A', '127.0.0.2')])
listed_txt = message('2.0.0.127.zone', 16, [('2.0.0.127.zone', 'TXT', '"Listed: see https://example/lookup"')])
nx = message('1.0.0.127.zone', 1, [], rcode=3)
refused = message('x.zone', 1, [], rcode=5)
blocked = message('x.zone', 1, [('x.zone', 'A', '127.255.255.254')])
bits = message('x.zone', 1, [('x.zone', 'A', '127.0.0.10'), ('x.zone', 'A', '127.0.1.4')])
# The checker asks the target and the zone's two RFC 5782 test entries in an order of its own:
# every listed/NXDOMAIN combination, so some seeds reach a trusted "listed" and "not listed".
import itertools
for zone in range(0, 16):
    for combo in itertools.product([listed, nx], repeat=3):
        put('dnsbl', bytes([zone]) + b''.join(lp(m) for m in combo) + lp(listed_txt))
put('dnsbl', b'\x01' + lp(refused))
put('dnsbl', b'\x02' + lp(blocked) + lp(blocked) + lp(blocked))
put('dnsbl', b'\x03' + lp(listed) + lp(nx) + lp(bits) + lp(listed_txt))
put('dnsbl', b'\x04' + lp(listed) + lp(nx) + lp(b'\x12\x34garbage'))
