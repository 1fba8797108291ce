#!/usr/bin/python3
# Reads one RFC 5322 message on standard input and prints what Python's own email parser (policy=default,
# the strict modern one) makes of it, as JSON: the headers decoded (encoded words and all), the addresses
# of From and To, each leaf part's type, charset, transfer encoding and decoded text, and every defect
# the parser found. ParsedMail (parsedmail.h) runs it, so that the tests check our MIME with a parser
# that is not ours.
import email
import email.utils
import json
import sys
from email import policy
from email.header import decode_header, make_header


def addresses(raw, name):
    # The legacy parser's decode_header: the modern one keeps the white space between two adjacent encoded
    # words of a display name, which RFC 2047 (section 6.2) says to drop, so a long name read back wrong.
    pairs = email.utils.getaddresses(raw.get_all(name, []))
    return [{"name": str(make_header(decode_header(n))), "address": a} for n, a in pairs]


def main():
    data = sys.stdin.buffer.read()
    message = email.message_from_bytes(data, policy=policy.default)
    raw = email.message_from_bytes(data, policy=policy.compat32)
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
        "from": addresses(raw, "From"),
        "to": addresses(raw, "To"),
        "contentType": message.get_content_type(),
        "parts": parts,
        "defects": defects,
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
