"""Digital signatures on our PDFs (pyHanko): PAdES B-B from a PKCS#12 file, and validation.

The password is passed in by the caller for one signing and never stored or logged.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import load_cert_from_pemder
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


class SigningError(ValueError):
    """The PDF could not be signed; the message says why in the user's terms."""


@dataclass(frozen=True)
class SignatureCheck:
    signer: str
    signing_time: dt.datetime | None
    intact: bool
    valid: bool
    trusted: bool
    summary: str

    @property
    def ok(self) -> bool:
        return self.intact and self.valid


def _load_key(p12: Path, password: str) -> tuple[signers.SimpleSigner, x509.Certificate]:
    try:
        data = p12.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read {p12}: {exc.strerror or exc}") from None
    try:
        _key, cert, _extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise SigningError(f"{p12.name}: wrong password, or not a PKCS#12 file") from None
    if cert is None:
        raise SigningError(f"{p12.name}: holds no certificate")
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise SigningError(f"{p12.name}: the certificate expired on "
                           f"{cert.not_valid_after_utc:%d %B %Y}; it cannot sign")
    if cert.not_valid_before_utc > now:
        raise SigningError(f"{p12.name}: the certificate is valid only from "
                           f"{cert.not_valid_before_utc:%d %B %Y}")
    signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
        str(p12), passphrase=password.encode("utf-8"))
    if signer is None:
        raise SigningError(f"{p12.name}: the key could not be loaded")
    return signer, cert


def sign_pdf_bytes(pdf: bytes, p12: Path, password: str, *, reason: str = "",
                   location: str = "") -> bytes:
    """The PDF with a PAdES B-B signature appended (an incremental update)."""
    signer, _cert = _load_key(p12, password)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None)
    out = io.BytesIO()
    signers.sign_pdf(writer, metadata, signer=signer, output=out)
    return out.getvalue()


def verify_pdf_bytes(pdf: bytes, trust: list[Path] | None = None) -> list[SignatureCheck]:
    """Every signature of the PDF: intact (bytes unchanged), valid, trusted (chain to *trust*)."""
    roots = [load_cert_from_pemder(str(path))  # type: ignore[no-untyped-call]
             for path in (trust or [])]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    reader = PdfFileReader(io.BytesIO(pdf))
    checks = []
    for embedded in reader.embedded_signatures:
        status = validate_pdf_signature(embedded, context)
        cert = status.signing_cert
        checks.append(SignatureCheck(
            signer=cert.subject.human_friendly if cert is not None else "(unknown)",
            signing_time=status.signer_reported_dt,
            intact=bool(status.intact), valid=bool(status.valid),
            trusted=bool(status.trusted), summary=str(status.summary())))
    return checks
