#!/usr/bin/python3
"""Compare bounce-doctor-cli's SPF evaluation with pyspf (python3-spf) on the same zones.

Both ask the same Knot DNS server (tests/data/zones, zone spf.test). For each case it prints our
result and pyspf's, the DNS queries each needed, and our counted lookups.

  tests/bench/spf-compare.py --cli build/spf/app/cli/bounce-doctor-cli [--dns 127.0.0.1:PORT]

Without --dns it starts its own Knot server on port 15443 (tests/harness/knot.sh) and stops it after.
Exit status: 0 when every result agrees, 1 otherwise.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import dns.resolver
import spf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# name, ip, mail from, helo, the result RFC 7208 gives
CASES = [
    ("simple-pass", "192.0.2.10", "a@simple.spf.test", "mta.spf.test", "pass"),
    ("simple-fail", "192.0.2.99", "a@simple.spf.test", "mta.spf.test", "fail"),
    ("chain-pass-deep", "198.51.100.33", "a@chain.spf.test", "mta.spf.test", "pass"),
    ("chain-softfail", "203.0.113.200", "a@chain.spf.test", "mta.spf.test", "softfail"),
    ("include-loop", "192.0.2.1", "a@loop1.spf.test", "mta.spf.test", "permerror"),
    ("over-10-lookups", "198.51.100.200", "a@toomany.spf.test", "mta.spf.test", "permerror"),
    ("at-10-lookups", "198.51.100.200", "a@tenlookups.spf.test", "mta.spf.test", "pass"),
    ("void-over-limit", "192.0.2.1", "a@voids.spf.test", "mta.spf.test", "permerror"),
    ("void-at-limit", "192.0.2.1", "a@twovoids.spf.test", "mta.spf.test", "neutral"),
    ("macro-exists", "192.0.2.77", "alice@macro.spf.test", "mta.spf.test", "pass"),
    ("macro-exists-no", "192.0.2.77", "bob@macro.spf.test", "mta.spf.test", "fail"),
    ("cidr-a-24", "192.0.2.250", "a@cidr.spf.test", "mta.spf.test", "pass"),
    ("cidr-mx-ip6", "2001:db8:5::1", "a@cidr.spf.test", "mta.spf.test", "pass"),
    ("ipv6-a", "2001:db8:6::25", "a@v6.spf.test", "mta.spf.test", "pass"),
    ("ipv4-mapped", "::ffff:192.0.2.10", "a@simple.spf.test", "mta.spf.test", "pass"),
    ("redirect", "198.51.100.5", "a@redir.spf.test", "mta.spf.test", "pass"),
    ("redirect-none", "198.51.100.5", "a@redir-none.spf.test", "mta.spf.test", "permerror"),
    ("exp", "192.0.2.99", "carol@exp.spf.test", "mta.spf.test", "fail"),
    ("multiple-records", "192.0.2.10", "a@multi.spf.test", "mta.spf.test", "permerror"),
    ("broken-syntax", "192.0.2.10", "a@broken.spf.test", "mta.spf.test", "permerror"),
    ("no-record", "192.0.2.10", "a@norecord.spf.test", "mta.spf.test", "none"),
    ("nxdomain", "192.0.2.10", "a@nothere.spf.test", "mta.spf.test", "none"),
    ("split-strings", "192.0.2.10", "a@split.spf.test", "mta.spf.test", "pass"),
    ("include-none", "192.0.2.10", "a@incnone.spf.test", "mta.spf.test", "permerror"),
    ("ptr", "192.0.2.55", "a@ptr.spf.test", "mta.spf.test", "pass"),
    ("null-mx", "192.0.2.10", "a@nullmx.spf.test", "mta.spf.test", "fail"),
    ("cname-target", "192.0.2.66", "a@cname.spf.test", "mta.spf.test", "pass"),
    ("null-sender-helo", "192.0.2.10", "", "simple.spf.test", "pass"),
    ("wide-4-includes", "198.51.100.4", "a@wide.spf.test", "mta.spf.test", "pass"),
    ("wide-first-matches", "198.51.100.1", "a@wide.spf.test", "mta.spf.test", "pass"),
    ("lint-oldtype", "192.0.2.99", "a@oldtype.spf.test", "mta.spf.test", "pass"),
]


class Counter:
    def __init__(self):
        self.n = 0


def pyspf_check(ip, mail_from, helo, counter):
    original = spf.DNSLookup

    def counting(name, qtype, *args, **kw):
        counter.n += 1
        return original(name, qtype, *args, **kw)

    spf.DNSLookup = counting
    try:
        sender = mail_from if mail_from else "postmaster@" + helo
        res, _code, exp = spf.query(i=ip, s=sender, h=helo, querytime=20).check()
        return res, exp
    finally:
        spf.DNSLookup = original


def ours(cli, server, ip, mail_from, helo, prefetch):
    cmd = [cli, "spf", "--ip", ip, "--mail-from", mail_from, "--helo", helo, "--dns-server", server, "--json", "--no-lint"]
    if not prefetch:
        cmd.append("--no-prefetch")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        return {"result": "exit %d: %s" % (out.returncode, out.stderr.strip()), "dnsQueries": -1, "lookups": -1,
                "queries": -1}
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/spf/app/cli/bounce-doctor-cli"))
    ap.add_argument("--dns", help="HOST:PORT of a running server with tests/data/zones")
    args = ap.parse_args()

    knot_dir = None
    server = args.dns
    if not server:
        knot_dir = tempfile.mkdtemp(prefix="spf-compare-")
        subprocess.run(["bash", os.path.join(ROOT, "tests/harness/knot.sh"), "start", knot_dir, "15443",
                        os.path.join(ROOT, "tests/data/zones")], check=True, stdout=subprocess.DEVNULL)
        server = "127.0.0.1:15443"
    host, port = server.rsplit(":", 1)
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [host]
    resolver.port = int(port)
    resolver.lifetime = 5
    dns.resolver.default_resolver = resolver

    rows = []
    disagree = 0
    try:
        for name, ip, mail_from, helo, rfc in CASES:
            counter = Counter()
            try:
                py, _exp = pyspf_check(ip, mail_from, helo, counter)
            except Exception as e:  # pyspf raising is a result too
                py = "exception: %s" % e
            o1 = ours(args.cli, server, ip, mail_from, helo, prefetch=False)
            o2 = ours(args.cli, server, ip, mail_from, helo, prefetch=True)
            agree = o1["result"] == py == o2["result"]
            disagree += not agree
            rows.append((name, rfc, o1["result"], py, o1["dnsQueries"], o2["dnsQueries"], counter.n, o1["lookups"],
                         "" if agree else "DIFFERS"))
    finally:
        if knot_dir:
            subprocess.run(["bash", os.path.join(ROOT, "tests/harness/knot.sh"), "stop", knot_dir])

    head = ("case", "RFC", "ours", "pyspf", "q(seq)", "q(pref)", "q(pyspf)", "lookups", "")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    fmt = "  ".join("%%-%ds" % w for w in widths)
    print(fmt % head)
    for r in rows:
        print(fmt % tuple(str(x) for x in r))
    print("\n%d cases, %d disagreements; ours == RFC in %d cases, pyspf == RFC in %d cases; queries: ours %d "
          "(sequential), %d (prefetch), pyspf %d" % (
              len(rows), disagree, sum(r[2] == r[1] for r in rows), sum(r[3] == r[1] for r in rows),
              sum(max(r[4], 0) for r in rows), sum(max(r[5], 0) for r in rows), sum(r[6] for r in rows)))
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
