"""Checks the signature of a post from the ASO platform (docs/webhooks.md).

Usage: python3 verify.py <signing key in Base64> '<X-ASO-Signature header>' < body

In a partner system the same few lines go where the request is read, before the body is
parsed: the signature is over the raw bytes as they arrived.
"""
import base64
import hashlib
import hmac
import sys


def signed_by(key: bytes, body: bytes, header: str) -> bool:
    """Whether the header is the HMAC-SHA256 of exactly these bytes under the key."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    # constant time: how much of a guess was right must not show in how long the answer took
    return hmac.compare_digest(expected, header[len("sha256="):])


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python3 verify.py <signing key in Base64> '<X-ASO-Signature>' < body",
              file=sys.stderr)
        return 2
    key = base64.b64decode(sys.argv[1], validate=True)
    body = sys.stdin.buffer.read()
    valid = signed_by(key, body, sys.argv[2])
    print("valid" if valid else "INVALID")
    return 0 if valid else 1


if __name__ == "__main__":
    sys.exit(main())
