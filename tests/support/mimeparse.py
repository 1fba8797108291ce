#!/usr/bin/python3
# Reads one RFC 5322 message on standard input and prints what Python's own email parser (policy=default,
# the strict modern one) makes of it, as JSON: the headers decoded (encoded words and all), the addresses
# of From and To, each leaf part's type, charset, transfer encoding and decoded text, and every defect
# the parser found. ParsedMail (parsedmail.h) runs it, so that the tests check our MIME with a parser
# that is not ours.
import email
import json
import sys
from email import policy


def addresses(message, name):
    header = message[name]
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def main():
    message = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
    defects = [type(d).__name__ for d in message.defects]
    parts = []
    for part in message.walk():
        defects += [type(d).__name__ for d in part.defects]
        if part.is_multipart():
            continue
        parts.append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "encoding": str(part.get("Content-Transfer-Encoding", "")),
            "text": part.get_content(),
        })
    result = {
        "headers": [[name, str(value)] for name, value in message.items()],
        "from": addresses(message, "From"),
        "to": addresses(message, "To"),
        "contentType": message.get_content_type(),
        "parts": parts,
        "defects": defects,
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
