"""Signing the letter PDF with a PKCS#12 key, validated by pyHanko; tampering is detected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import SigningError, sign_pdf_bytes, verify_pdf_bytes


def make_identity(folder: Path, *, days_valid: int = 365, expired: bool = False
                  ) -> tuple[Path, Path]:
    """A self-signed signing certificate and its PKCS#12 file (password "secret")."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Byrganym Aitimova"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Permanent Mission")])
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(days=400 if expired else 1)
    end = now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=days_valid)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    p12 = folder / ("expired.p12" if expired else "signer.p12")
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, None, serialization.BestAvailableEncryption(b"secret")))
    pem = folder / "signer.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    from cica_desktop.model import load_project

    return pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]


def test_a_signed_letter_is_intact_valid_and_trusted(tmp_path: Path, letter_pdf: bytes) -> None:
    p12, pem = make_identity(tmp_path)
    signed = sign_pdf_bytes(letter_pdf, p12, "secret", reason="Request", location="New York")
    [check] = verify_pdf_bytes(signed, trust=[pem])
    assert check.intact and check.valid and check.trusted
    assert "Byrganym Aitimova" in check.signer
    assert signed.startswith(letter_pdf)  # an incremental update: the letter is unchanged
    [untrusted] = verify_pdf_bytes(signed)
    assert untrusted.intact and not untrusted.trusted


def test_a_changed_byte_is_reported_as_tampered(tmp_path: Path, letter_pdf: bytes) -> None:
    p12, pem = make_identity(tmp_path)
    signed = bytearray(sign_pdf_bytes(letter_pdf, p12, "secret"))
    position = signed.index(b"/Producer")  # inside the signed byte range
    signed[position + 1] = ord("Q")
    [check] = verify_pdf_bytes(bytes(signed), trust=[pem])
    assert not check.intact
    assert not check.ok


def test_wrong_password_and_expired_certificate_are_refused(tmp_path: Path,
                                                            letter_pdf: bytes) -> None:
    p12, _ = make_identity(tmp_path)
    with pytest.raises(SigningError, match="wrong password"):
        sign_pdf_bytes(letter_pdf, p12, "not the password")
    expired, _ = make_identity(tmp_path, expired=True)
    with pytest.raises(SigningError, match="expired"):
        sign_pdf_bytes(letter_pdf, expired, "secret")


def test_cli_sign_and_verify(tmp_path: Path, letter_pdf: bytes,
                             capsys: pytest.CaptureFixture[str]) -> None:
    p12, pem = make_identity(tmp_path)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(letter_pdf)
    password = tmp_path / "password.txt"
    password.write_text("secret\n")
    out = tmp_path / "signed.pdf"
    assert main(["sign", str(letter), "--p12", str(p12), "--password-file", str(password),
                 "--out", str(out)]) == 0
    assert main(["verify", str(out), "--trust", str(pem)]) == 0
    assert "intact, valid, trusted" in capsys.readouterr().out
    password.write_text("wrong\n")
    bad = tmp_path / "bad.pdf"
    assert main(["sign", str(letter), "--p12", str(p12), "--password-file", str(password),
                 "--out", str(bad)]) == 2
    assert not bad.exists()
    tampered = bytearray(out.read_bytes())
    tampered[tampered.index(b"/Producer") + 1] = ord("Q")
    out.write_bytes(bytes(tampered))
    assert main(["verify", str(out), "--trust", str(pem)]) == 1
    assert main(["verify", str(letter)]) == 1  # no signature at all
