"""Certificates made inside the tests (cryptography): a mission's root CA and a signer.

The signer's PKCS#12 file holds the key, the signer's certificate and the CA certificate,
as a file issued by a real certification authority does. The password is "secret".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SIGNER_NAME = "Byrganym Aitimova"
PASSWORD = "secret"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _usage(*, signer: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=signer, content_commitment=signer,
                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                         key_cert_sign=not signer, crl_sign=not signer, encipher_only=False,
                         decipher_only=False)


def make_identity(folder: Path, *, days_valid: int = 365, expired: bool = False,
                  name: str = SIGNER_NAME) -> tuple[Path, Path]:
    """(the signer's PKCS#12 file, the root CA certificate as PEM, to trust)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = _key()
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Mission Root CA"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Permanent Mission")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=500))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(_usage(signer=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Permanent Mission")])
    start = now - dt.timedelta(days=400 if expired else 1)
    end = now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=days_valid)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(signer=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    p12 = folder / ("expired.p12" if expired else "signer.p12")
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode())))
    pem = folder / "mission-root-ca.pem"
    pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, pem
