#!/usr/bin/python3
"""SMTP peers that misbehave on purpose, one mode per port, 127.0.0.1 only.

  --listen MODE:PORT (repeatable), --cert/--key for the STARTTLS/implicit-TLS modes.
Modes:
  silence        accept, never say anything
  trickle        send one byte of a banner every --trickle seconds, never a full line
  huge           a 220 banner line of 1 MiB + 100 bytes before its CRLF
  garbage        binary noise and non-SMTP lines instead of a banner
  blackhole      listen backlog 0, never accept, queue filled: connect() times out
  drop-BANNER    close right after accept
  drop-EHLO      banner, then close when EHLO arrives
  drop-EHLOMID   banner, then half a multi-line EHLO reply, then close
  drop-TLS       STARTTLS answered 220, then close during the handshake (mid-TLS)
  drop-TLSEHLO   STARTTLS handshake done, close on the EHLO inside TLS
  drop-AUTH      after STARTTLS, close when AUTH arrives
  drop-MAIL / drop-RCPT / drop-DATA   after STARTTLS + AUTH, close on that command
  script         a well-behaved minimal server (STARTTLS, AUTH PLAIN LOGIN accepting anything)
  heloonly       like script, but EHLO is unknown (502): an old RFC 821 server
Prints "READY <json>" when every listener is up; exits on SIGTERM.
"""
import argparse
import json
import signal
import socket
import ssl
import sys
import threading
import time


def serve_conn(conn, mode, tls_ctx, trickle):
    f = {"sock": conn, "tls": False}

    def send(data):
        f["sock"].sendall(data if isinstance(data, bytes) else data.encode())

    buf = b""

    def readline():
        nonlocal buf
        while b"\n" not in buf:
            chunk = f["sock"].recv(4096)
            if not chunk:
                return None
            buf += chunk
        line, _, buf = buf.partition(b"\n")
        return line.rstrip(b"\r").decode("utf-8", "replace")

    if mode == "silence":
        while conn.recv(4096):
            pass
        return
    if mode == "trickle":
        for ch in b"220 slow.example.test ESMTP" * 100:
            send(bytes([ch]))
            time.sleep(trickle)
        return
    if mode == "huge":
        send(b"220 " + b"x" * (1024 * 1024 + 100) + b"\r\n")
        while conn.recv(4096):
            pass
        return
    if mode == "garbage":
        send(b"\x00\xff\xfe\x16\x03\x01 garbage\r\nSSH-2.0-OpenSSH_9.2\r\nHTTP/1.1 400 Bad Request\r\n")
        while True:
            line = readline()
            if line is None:
                return
            send(b"\x01\x02???\r\n")
    drop = mode[5:] if mode.startswith("drop-") else ""
    if drop == "BANNER":
        return
    send("220 fault.example.test ESMTP scripted\r\n")
    while True:
        line = readline()
        if line is None:
            return
        verb = line.split(" ", 1)[0].upper()
        if verb == "EHLO" and mode == "heloonly":
            send("502 5.5.2 Error: command not recognized\r\n")
            continue
        if verb in ("EHLO", "HELO"):
            if drop == "EHLO" or (drop == "TLSEHLO" and f["tls"]):
                return
            if drop == "EHLOMID":
                send("250-fault.example.test\r\n250-PIPELINING\r\n")
                return
            ext = ["fault.example.test", "PIPELINING", "SIZE 10240000", "8BITMIME"]
            ext += ["AUTH PLAIN LOGIN"] if f["tls"] else ["STARTTLS"]
            send("".join(f"250{'-' if i < len(ext) - 1 else ' '}{e}\r\n" for i, e in enumerate(ext)))
        elif verb == "STARTTLS" and not f["tls"]:
            send("220 2.0.0 Ready to start TLS\r\n")
            if drop == "TLS":
                f["sock"].recv(100)  # part of the ClientHello, then vanish
                return
            f["sock"] = tls_ctx.wrap_socket(f["sock"], server_side=True)
            f["tls"] = True
            buf = b""
        elif verb == "AUTH":
            if drop == "AUTH":
                return
            parts = line.split()
            if parts[1].upper() == "LOGIN":
                send("334 VXNlcm5hbWU6\r\n"); readline()
                send("334 UGFzc3dvcmQ6\r\n"); readline()
            elif len(parts) < 3:
                send("334 \r\n"); readline()
            send("235 2.7.0 Authentication successful\r\n")
        elif verb == "QUIT":
            send("221 2.0.0 Bye\r\n")
            return
        elif verb in ("MAIL", "RCPT", "DATA", "RSET", "NOOP"):
            if drop == verb:
                return
            if verb == "DATA":
                send("354 End data with <CR><LF>.<CR><LF>\r\n")
                while True:
                    l = readline()
                    if l is None or l == ".":
                        break
                send("250 2.0.0 Ok: queued as FAULT1\r\n")
            else:
                send("250 2.0.0 Ok\r\n")
        else:
            send("502 5.5.2 Error: command not recognized\r\n")


def listener(mode, port, tls_ctx, trickle, ready):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    if mode == "blackhole":
        srv.listen(0)
        fillers = []
        for _ in range(4):
            c = socket.socket()
            c.setblocking(False)
            try:
                c.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
            fillers.append(c)
        time.sleep(0.2)
        ready.release()
        while True:
            time.sleep(3600)
    srv.listen(16)
    ready.release()
    while True:
        conn, _ = srv.accept()

        def run(c=conn):
            try:
                serve_conn(c, mode, tls_ctx, trickle)
            except (OSError, ssl.SSLError, IndexError):
                pass
            finally:
                try:
                    c.close()
                except OSError:
                    pass
        threading.Thread(target=run, daemon=True).start()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--listen", action="append", default=[])
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--trickle", type=float, default=2.0)
    a = p.parse_args()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(a.cert, a.key)
    ready = threading.Semaphore(0)
    ports = {}
    for spec in a.listen:
        mode, port = spec.rsplit(":", 1)
        ports[mode] = int(port)
        threading.Thread(target=listener, args=(mode, int(port), ctx, a.trickle, ready), daemon=True).start()
    for _ in ports:
        if not ready.acquire(timeout=10):
            print("a listener did not start", file=sys.stderr, flush=True)
            return 1
    print("READY " + json.dumps(ports), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
