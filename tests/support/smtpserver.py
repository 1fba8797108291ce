#!/usr/bin/python3
# A real SMTP server for the mail tests (aiosmtpd, Debian's python3-aiosmtpd), started by SmtpTestServer
# (smtptestserver.h). It listens on 127.0.0.1 only, on a port the system chooses, and prints
# "PORT <number>" on standard output once it accepts connections. Modes:
#   plain     no TLS at all (and no STARTTLS offered: a client that requires it must refuse to go on)
#   starttls  a plain connection that must be upgraded with STARTTLS before MAIL (require_starttls)
#   tls       TLS from the first byte (smtps)
# --user/--password: AUTH is required and only that pair passes (535 otherwise). --refuse ADDRESS: RCPT TO
# that address is answered 550. Each message received is written to --folder as NNN.eml (the bytes as they
# arrived after DATA) with NNN.json beside it (envelope sender, recipients, whether TLS was on, the login),
# the .json first and the .eml last, each by a rename, so that an .eml that exists is whole.
# The server ends by itself when its standard input closes (the test that started it has gone) or after
# --timeout seconds, whichever comes first: it never outlives a test run.
import argparse
import asyncio
import json
import logging
import os
import ssl
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, folder, refused):
        self.folder = folder
        self.refused = {address.lower() for address in refused}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%03d" % self.count)
        login = getattr(session.auth_data, "login", None)
        if isinstance(login, bytes):
            login = login.decode("utf-8", "replace")
        details = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "tls": session.ssl is not None or server.transport.get_extra_info("sslcontext") is not None,
            "login": login,
        }
        write_atomically(base + ".json", json.dumps(details).encode("utf-8"))
        # original_content: the bytes after DATA as the client sent them (dot-unstuffed, CRLF kept).
        write_atomically(base + ".eml", envelope.original_content or envelope.content)
        return "250 2.0.0 Ok: queued as SIA%03d" % self.count


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        given = auth_data.password.decode("utf-8", "replace")
        accepted = login == user and given == password
        return AuthResult(success=accepted, handled=False, auth_data=auth_data if accepted else None)

    return authenticate


def tls_context(certificate, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, key)
    return context


async def serve(arguments):
    loop = asyncio.get_running_loop()
    handler = Handler(arguments.folder, arguments.refuse)
    parameters = {"hostname": "smtp.test.invalid", "ident": "SIA test SMTP"}
    if arguments.user:
        parameters["authenticator"] = make_authenticator(arguments.user, arguments.password)
        parameters["auth_required"] = True
        # With implicit TLS the connection is encrypted from the start, which aiosmtpd does not see as TLS.
        parameters["auth_require_tls"] = arguments.mode == "starttls"
    server_ssl = None
    if arguments.mode == "starttls":
        parameters["tls_context"] = tls_context(arguments.certificate, arguments.key)
        parameters["require_starttls"] = True
    elif arguments.mode == "tls":
        server_ssl = tls_context(arguments.certificate, arguments.key)

    def factory():
        return SMTP(handler, loop=loop, **parameters)

    server = await loop.create_server(factory, host="127.0.0.1", port=0, ssl=server_ssl)
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)

    done = asyncio.Event()

    def watch_stdin():
        # Blocks until the parent closes our standard input or goes away.
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except Exception:
            pass
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        await asyncio.wait_for(done.wait(), timeout=arguments.timeout)
    except asyncio.TimeoutError:
        pass
    server.close()


def main():
    # aiosmtpd warns about AUTH over implicit TLS (it cannot tell that TLS is on) and logs every session:
    # the test's output stays about the test.
    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description="A throw-away SMTP server for SIA Admin's tests.")
    parser.add_argument("--mode", choices=("plain", "starttls", "tls"), default="plain")
    parser.add_argument("--folder", required=True, help="where the received messages are written")
    parser.add_argument("--certificate", help="the server's certificate (PEM), for starttls and tls")
    parser.add_argument("--key", help="the server's private key (PEM)")
    parser.add_argument("--user", help="AUTH required with this user")
    parser.add_argument("--password", default="", help="the user's password")
    parser.add_argument("--refuse", action="append", default=[], help="a recipient answered 550")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before the server ends anyway")
    arguments = parser.parse_args()
    if arguments.mode != "plain" and not (arguments.certificate and arguments.key):
        parser.error("--mode %s needs --certificate and --key" % arguments.mode)
    os.makedirs(arguments.folder, exist_ok=True)
    asyncio.run(serve(arguments))


if __name__ == "__main__":
    main()
