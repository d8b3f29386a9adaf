#!/usr/bin/python3
"""Scripted loopback SMTP peer (aiosmtpd 1.4, Debian 12), adapted from the shared recipe.

Run with /usr/bin/python3 (python3-aiosmtpd is invisible to pyenv/venv interpreters).
Listeners on 127.0.0.1 (port 0 = off):
  --submission-port   STARTTLS offered, AUTH only after TLS, MAIL w/o AUTH -> 530 5.7.0
  --smtps-port        implicit TLS, AUTH required
  --starttls-required-port  everything but EHLO/NOOP/STARTTLS/QUIT -> 530 Must issue a STARTTLS command first
  --plain-port        no TLS; AUTH allowed in clear text
  --extra NAME:PORT:CERT:KEY   implicit-TLS listener with another certificate (repeatable)
Common behaviour: AUTH PLAIN, LOGIN, CRAM-MD5, XOAUTH2 (token --token) for --user;
  wrong credentials -> 535 5.7.8; RCPT: known local user 250, unknown local 550 5.1.1,
  greylist@<local> -> 450 4.7.1, non-local -> 554 5.7.1 relay denied unless authenticated;
  MAIL FROM blocked@example.test -> 550 5.7.1 sender rejected; SIZE limit --size-limit;
  DATA -> spool dir, 250 2.0.0 Ok: queued.
Prints "READY <json>" once every listener accepts connections; exits on SIGTERM.
"""
import argparse
import base64
import hmac
import itertools
import json
import os
import secrets
import signal
import ssl
import sys
import threading
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, users, token, local_domains, spool):
        self.users = users
        self.token = token
        self.local_domains = {d.lower() for d in local_domains}
        self.spool = spool
        self.counter = itertools.count(1)

    def authenticator(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace")
            password = auth_data.password.decode("utf-8", "replace")
            if self.users.get(login) == password:
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    async def auth_CRAM__MD5(self, server, args):
        challenge = f"<{secrets.token_hex(8)}.{int(time.time())}@localhost>".encode()
        response = await server.challenge_auth(challenge)
        if not isinstance(response, bytes):
            return AuthResult(success=False, handled=True)
        fail = AuthResult(success=False, handled=False)
        try:
            login, digest = response.decode().rsplit(" ", 1)
        except ValueError:
            return fail
        password = self.users.get(login)
        if password is None:
            return fail
        expected = hmac.new(password.encode(), challenge, "md5").hexdigest()
        if hmac.compare_digest(expected, digest.lower()):
            return AuthResult(success=True, auth_data=login)
        return fail

    async def auth_XOAUTH2(self, server, args):
        # RFC-less but widely used (Google/Microsoft): base64("user=U\x01auth=Bearer T\x01\x01")
        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except Exception:
                return AuthResult(success=False, handled=False)
        else:
            blob = await server.challenge_auth(b"")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        fields = dict(p.split("=", 1) for p in blob.decode("utf-8", "replace").split("\x01") if "=" in p)
        user, auth = fields.get("user", ""), fields.get("auth", "")
        if user in self.users and auth == f"Bearer {self.token}":
            return AuthResult(success=True, auth_data=user)
        # Like Gmail: a 334 with a JSON error, the client answers an empty line, then 535.
        err = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.example.test/"})
        await server.challenge_auth(err.encode())
        return AuthResult(success=False, handled=False)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address.lower() == "blocked@example.test":
            return f"550 5.7.1 <{address}>: Sender address rejected: Access denied"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local, _, domain = address.rpartition("@")
        domain = domain.lower()
        if domain in self.local_domains:
            if local.lower() == "greylist":
                return f"450 4.7.1 <{address}>: Recipient address rejected: Greylisted, try again in 300 seconds"
            if local.lower() not in {u.split("@")[0].lower() for u in self.users} | {"postmaster"}:
                return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        elif not session.authenticated:
            return f"554 5.7.1 <{address}>: Relay access denied"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        n = next(self.counter)
        if self.spool:
            os.makedirs(self.spool, exist_ok=True)
            path = os.path.join(self.spool, f"{int(time.time())}-{os.getpid()}-{n}.eml")
            with open(path, "wb") as f:
                f.write(f"X-Envelope-From: <{envelope.mail_from}>\r\n".encode())
                for r in envelope.rcpt_tos:
                    f.write(f"X-Envelope-To: <{r}>\r\n".encode())
                f.write(envelope.original_content or envelope.content)
        return f"250 2.0.0 Ok: queued as TEST{n:06d}"


def server_ctx(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def main():
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    warnings.filterwarnings("ignore", message="Session.login_data is deprecated")
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--submission-port", type=int, default=0)
    p.add_argument("--smtps-port", type=int, default=0)
    p.add_argument("--starttls-required-port", type=int, default=0)
    p.add_argument("--plain-port", type=int, default=0)
    p.add_argument("--extra", action="append", default=[])
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--user", action="append", default=[])
    p.add_argument("--token", default="tok-good")
    p.add_argument("--local-domain", action="append", default=[])
    p.add_argument("--size-limit", type=int, default=1048576)
    p.add_argument("--spool", default="")
    p.add_argument("--hostname", default="mx.test.localhost")
    a = p.parse_args()

    users = dict(u.split(":", 1) for u in (a.user or ["test@localhost:s3cret"]))
    handler = Handler(users, a.token, a.local_domain or ["localhost", "example.test"], a.spool)
    tls = server_ctx(a.cert, a.key)
    common = dict(hostname=a.host, server_hostname=a.hostname, authenticator=handler.authenticator,
                  ready_timeout=10.0, data_size_limit=a.size_limit)
    controllers = []

    def add(name, port, **kw):
        if port:
            c = Controller(handler, port=port, **common, **kw)
            c.start()
            controllers.append((name, port, c))

    add("submission", a.submission_port, tls_context=tls, auth_required=True, auth_require_tls=True)
    # aiosmtpd 1.4 never marks implicit-TLS sessions as TLS (issues #274/#281): auth_require_tls=False there.
    smtps_kw = dict(auth_required=True, auth_require_tls=False)
    add("smtps", a.smtps_port, ssl_context=tls, **smtps_kw)
    add("starttls-required", a.starttls_required_port, tls_context=tls,
        require_starttls=True, auth_required=True, auth_require_tls=True)
    add("plain", a.plain_port, auth_required=False, auth_require_tls=False)
    for spec in a.extra:
        name, port, cert, key = spec.split(":", 3)
        add(name, int(port), ssl_context=server_ctx(cert, key), **smtps_kw)

    print("READY " + json.dumps({n: p for n, p, _ in controllers}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    for _, _, c in controllers:
        c.stop()
    print("STOPPED", flush=True)


if __name__ == "__main__":
    sys.exit(main())
