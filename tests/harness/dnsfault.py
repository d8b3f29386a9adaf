#!/usr/bin/python3
"""Scripted DNS responder for the faults a real server will not produce on demand.

Serves the zone fault.test on 127.0.0.1:PORT over UDP and TCP. What a name does is decided by
its first label (see BEHAVIOURS below); every other name in fault.test is NXDOMAIN and names
outside it are REFUSED. Only for tests (tests/dns); real answers come from Knot.

    dnsfault.py --port 15354
"""
import argparse
import os
import random
import signal
import socket
import socketserver
import struct
import sys
import threading
import time

from dnslib import A, CNAME, DNSRecord, QTYPE, RCODE, RR, TXT

ZONE = "fault.test."
BIG_TXT = ["T%03d-" % i + "t" * 245 for i in range(20)]      # 5000 bytes: over any UDP size here
HUGE_TXT = ["U%03d-" % i + "u" * 245 for i in range(240)]    # 60000 bytes: near the TCP maximum


CLOSE = b""  # from answer(): drop the TCP connection without answering


def udp_limit(request):
    for rr in request.ar:
        if rr.rtype == QTYPE.OPT:
            return max(512, rr.rclass)
    return 512


def answer(request, transport):
    """Returns the bytes to send, or None for silence."""
    qname = str(request.q.qname).lower()
    qtype = request.q.qtype
    reply = request.reply(ra=0, aa=1)
    if not qname.endswith(ZONE):
        reply.header.rcode = RCODE.REFUSED
        return reply.pack()
    label = qname[: -len(ZONE)].rstrip(".").split(".")[-1] if qname != ZONE else ""
    name = request.q.qname

    if label == "silent":
        return None
    if label == "slow":
        time.sleep(0.15)
        reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.15"), ttl=30))
        return reply.pack()
    if label in ("servfail", "refused", "notimp", "formerr"):
        reply.header.rcode = {"servfail": RCODE.SERVFAIL, "refused": RCODE.REFUSED,
                              "notimp": RCODE.NOTIMP, "formerr": RCODE.FORMERR}[label]
        return reply.pack()
    if label == "ready":
        reply.add_answer(RR(name, QTYPE.A, rdata=A("127.0.0.1"), ttl=30))
        return reply.pack()
    if label == "wrongid":
        reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.66"), ttl=30))
        data = bytearray(reply.pack())
        data[0:2] = struct.pack("!H", (request.header.id + 1) & 0xFFFF)
        return bytes(data)
    if label == "garbage":
        # Our ID, so the stub gets past its first check, then noise.
        rnd = random.Random(request.header.id)
        return struct.pack("!H", request.header.id) + bytes(rnd.randrange(256) for _ in range(60))
    if label == "garbage-short":
        return b"\x01\x02\x03"
    if label == "badrr":
        # Valid header and question, then an answer record whose data runs past the end.
        reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.1"), ttl=30))
        data = bytearray(reply.pack())
        data[-6:-4] = struct.pack("!H", 200)   # rdlength 200, only 4 bytes follow
        return bytes(data)
    if label == "truncated-then-silent":
        if transport == "udp":
            reply.header.tc = 1
            return reply.pack()
        return None
    if label in ("truncated-then-close", "truncated-then-garbage"):
        if transport == "udp":
            reply.header.tc = 1
            return reply.pack()
        if label == "truncated-then-close":
            return CLOSE
        return struct.pack("!H", request.header.id) + b"\xff" * 40
    if label == "otherq":
        # Our ID, but the answer is to another question: a spoofing attempt, to be ignored.
        other = DNSRecord.question("spoofed." + ZONE)
        other.header.id = request.header.id
        fake = other.reply(ra=0, aa=1)
        fake.add_answer(RR("spoofed." + ZONE, QTYPE.A, rdata=A("203.0.113.66"), ttl=30))
        return fake.pack()
    if label == "truncated":
        if transport == "udp":
            reply.header.tc = 1
            return reply.pack()
        reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(["served over TCP"]), ttl=30))
        return reply.pack()
    if label in ("bigtxt", "hugetxt"):
        if qtype == QTYPE.TXT:
            reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(BIG_TXT if label == "bigtxt" else HUGE_TXT), ttl=30))
    elif label in ("hop1", "hop2"):
        reply.add_answer(RR(name, QTYPE.CNAME, rdata=CNAME("hop%d.%s" % (int(label[3]) + 1, ZONE)), ttl=30))
    elif label == "hop3":
        if qtype == QTYPE.A:
            reply.add_answer(RR(name, QTYPE.A, rdata=A("192.0.2.3"), ttl=30))
    elif label in ("hoploop-a", "hoploop-b"):
        other = "hoploop-b" if label == "hoploop-a" else "hoploop-a"
        reply.add_answer(RR(name, QTYPE.CNAME, rdata=CNAME(other + "." + ZONE), ttl=30))
    elif label.startswith("endless"):
        n = int(label[len("endless"):] or 0)
        reply.add_answer(RR(name, QTYPE.CNAME, rdata=CNAME("endless%d.%s" % (n + 1, ZONE)), ttl=30))
    elif label == "recursive-cname":
        # What a recursive server says when the chain ends in NODATA: RA set, alias only.
        reply.header.ra = 1
        reply.add_answer(RR(name, QTYPE.CNAME, rdata=CNAME("elsewhere." + ZONE), ttl=30))
    else:
        reply.header.rcode = RCODE.NXDOMAIN
        return reply.pack()

    data = reply.pack()
    if transport == "udp" and len(data) > udp_limit(request):
        reply = request.reply(ra=0, aa=1)
        reply.header.tc = 1
        data = reply.pack()
    return data


class UdpHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        try:
            request = DNSRecord.parse(data)
        except Exception:
            return
        out = answer(request, "udp")
        if out:
            sock.sendto(out, self.client_address)


class TcpHandler(socketserver.BaseRequestHandler):
    def handle(self):
        conn = self.request
        conn.settimeout(10)
        try:
            while True:
                head = self._read(conn, 2)
                if head is None:
                    return
                (length,) = struct.unpack("!H", head)
                body = self._read(conn, length)
                if body is None:
                    return
                request = DNSRecord.parse(body)
                out = answer(request, "tcp")
                if out is None:
                    continue
                if out == CLOSE:
                    return
                conn.sendall(struct.pack("!H", len(out)) + out)
        except (OSError, ValueError):
            return

    @staticmethod
    def _read(conn, n):
        buf = b""
        while len(buf) < n:
            chunk = conn.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return buf


class ThreadingUdp(socketserver.ThreadingMixIn, socketserver.UDPServer):
    daemon_threads = True
    allow_reuse_address = True


class ThreadingTcp(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


class ThreadingUdp6(ThreadingUdp):
    address_family = socket.AF_INET6


class ThreadingTcp6(ThreadingTcp):
    address_family = socket.AF_INET6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    servers = [ThreadingUdp((args.host, args.port), UdpHandler), ThreadingTcp((args.host, args.port), TcpHandler)]
    # Also on [::1], so the resolver's IPv6 transport is tested; optional where IPv6 is off.
    try:
        servers += [ThreadingUdp6(("::1", args.port), UdpHandler), ThreadingTcp6(("::1", args.port), TcpHandler)]
    except OSError as e:
        print("dnsfault: no IPv6 loopback (%s)" % e, flush=True)
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("dnsfault listening on %s:%d (pid %d)" % (args.host, args.port, os.getpid()), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.05):  # short waits, so SIGTERM is seen at once
            pass
    except KeyboardInterrupt:
        pass
    os._exit(0)  # no graceful shutdown of the handler threads: nothing to flush


if __name__ == "__main__":
    sys.exit(main())
