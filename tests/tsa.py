"""A real RFC 3161 time-stamp server on localhost for the tests (HTTP, in a thread).

It answers with pyHanko's DummyTimeStamper, signing with a TSA certificate made here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper


def _tsa_identity() -> tuple[asn1_x509.Certificate, keys.PrivateKeyInfo, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Time-Stamp Authority")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                           critical=True)
            .sign(key, hashes.SHA256()))
    der = cert.public_bytes(serialization.Encoding.DER)
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return asn1_x509.Certificate.load(der), keys.PrivateKeyInfo.load(key_der), \
        cert.public_bytes(serialization.Encoding.PEM)


@contextmanager
def running_tsa(behaviour: str = "good") -> Iterator[tuple[str, bytes, list[int]]]:
    """(URL, the TSA certificate as PEM, a list counting the requests answered).

    *behaviour*: "good"; "garbage" answers with bytes that are no time stamp;
    "wrong_digest" stamps another document's digest (a broken or malicious server).
    """
    cert, key, pem = _tsa_identity()
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key)
    answered: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = tsp.TimeStampReq.load(self.rfile.read(length))
            if behaviour == "wrong_digest":
                imprint = request["message_imprint"]
                request = tsp.TimeStampReq({
                    "version": request["version"].native,
                    "message_imprint": tsp.MessageImprint({
                        "hash_algorithm": imprint["hash_algorithm"],
                        "hashed_message": bytes(len(imprint["hashed_message"].native))}),
                    "nonce": request["nonce"].native, "cert_req": True})
            response = asyncio.run(stamper.async_request_tsa_response(request))
            body = b"not a time stamp" if behaviour == "garbage" else response.dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            answered.append(1)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa", pem, answered
    finally:
        server.shutdown()
        server.server_close()
