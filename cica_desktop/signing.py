"""Digital signatures on our PDFs (pyHanko): PAdES B-B from a PKCS#12 file, B-T when a
time-stamp server is given, and validation.

The password is passed in by the caller for one signing and never stored or logged. The
signature's visible appearance is drawn by our renderer as page content (so every viewer,
the app's preview included, shows it); the signature field's widget is put over that box
with an empty appearance of its own.

pyHanko and cryptography are imported inside the functions (and `pades`, our pieces on
pyHanko, with them): importing this module, as the window and the build do, costs nothing
until something is signed.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .timestamping import DEFAULT_TIMEOUT, tsa_url_problem

if TYPE_CHECKING:
    from cryptography import x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from .pades import KeptKeySigner

#: The name of the first signature field we create; later ones are Signature2, ….
FIELD_NAME = "Signature1"


def quiet_pyhanko_logs() -> None:
    """pyHanko logs every certificate path it cannot build, with a traceback; for us an
    untrusted certificate is an answer (trusted: no), reported to the user in words."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.ERROR)


quiet_pyhanko_logs()


class SigningError(ValueError):
    """The PDF could not be signed; the message says why in the user's terms."""


class CertificateDateError(SigningError):
    """The certificate has expired (*expired*) or is not valid yet: *date* is the end or
    the start of its validity. The message is the English the command line prints; the
    values let a window say it in its own language, the date as that language writes it."""

    def __init__(self, file: str, date: dt.datetime, expired: bool) -> None:
        self.file, self.date, self.expired = file, date, expired
        super().__init__(f"{file}: the certificate expired on {date:%d %B %Y}; it cannot sign"
                         if expired else
                         f"{file}: the certificate is valid only from {date:%d %B %Y}")


@dataclass(frozen=True)
class SigningKey:
    """A key and certificate opened from a PKCS#12 file, for one signing session."""

    #: The key, decrypted once when the file is opened, with its certificates.
    signer: KeptKeySigner
    certificate: x509.Certificate

    @property
    def common_name(self) -> str:
        """The certificate holder's name, as a visible signature prints it."""
        from cryptography import x509

        names = self.certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.certificate.subject.rfc4514_string()


def open_signing_key(p12: Path, password: str) -> SigningKey:
    """Open *p12*; a wrong password, an expired or not-yet-valid certificate is refused."""
    signer, cert = _load_key(p12, password)
    return SigningKey(signer, cert)


def _load_key(p12: Path, password: str) -> tuple[KeptKeySigner, x509.Certificate]:
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from .pades import KeptKeySigner

    try:
        data = p12.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read {p12}: {exc.strerror or exc}") from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise SigningError(f"{p12.name}: wrong password, or not a PKCS#12 file") from None
    if key is None:
        raise SigningError(f"{p12.name}: holds no private key; a file with only a "
                           "certificate cannot sign")
    if cert is None:
        raise SigningError(f"{p12.name}: holds no certificate")
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise CertificateDateError(p12.name, cert.not_valid_after_utc, expired=True)
    if cert.not_valid_before_utc > now:
        raise CertificateDateError(p12.name, cert.not_valid_before_utc, expired=False)
    # From what is already decrypted (pyHanko's load_pkcs12 would decrypt the file again),
    # keeping the key object itself for signing.
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in extra])
    signer = KeptKeySigner(
        key, signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert), cert_registry=registry)
    return signer, cert


#: Where a visible signature goes: (page index, x0, y0, x1, y1) in PDF points.
FieldBox = tuple[int, float, float, float, float]


def sign_pdf_bytes(pdf: bytes, p12: Path | SigningKey, password: str = "", *,
                   reason: str = "", location: str = "", tsa_url: str = "",
                   tsa_timeout: float = DEFAULT_TIMEOUT,
                   field_box: FieldBox | None = None) -> bytes:
    """The PDF with a PAdES signature appended (an incremental update).

    B-B, or B-T when *tsa_url* names an RFC 3161 time-stamp server, which has *tsa_timeout*
    seconds in all to answer. With *field_box*, the
    signature field sits on the box the renderer drew; otherwise the field is invisible
    (or the PDF's own empty field named FIELD_NAME is filled).
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    if tsa_url and tsa_url_problem(tsa_url):
        raise SigningError(f"time-stamp server {tsa_url}: is not a usable address: "
                           f"{tsa_url_problem(tsa_url)}")
    key = p12 if isinstance(p12, SigningKey) else open_signing_key(p12, password)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        names = [name for name, *_ in fields.enumerate_sig_fields(writer)]
        empty = [name for name, *_ in fields.enumerate_sig_fields(writer, filled_status=False)]
    except Exception as exc:  # pyHanko raises several types for unreadable PDFs
        raise SigningError(f"not a PDF that can be signed ({exc})") from None
    # An empty field waiting for this signature is filled; otherwise a new one is made, so
    # a letter can carry several signatures (joint letters, counter-signing).
    field_name = empty[0] if empty else _free_field_name(names)
    # The first signature certifies the document: later changes other than further
    # signatures (form filling) are then reported as modifications by validators.
    first = not [name for name in names if name not in empty]
    field_spec = None
    if field_box is not None and not empty:
        page, x0, y0, x1, y1 = field_box
        field_spec = fields.SigFieldSpec(field_name, on_page=page,
                                         box=(round(x0), round(y0), round(x1), round(y1)))
    signed = _sign(pdf, writer, key, field_name, first, field_spec, reason, location, tsa_url,
                   tsa_timeout)
    if tsa_url:
        _check_time_stamp(signed, field_name, tsa_url)
    return signed


def _sign(pdf: bytes, writer: IncrementalPdfFileWriter, key: SigningKey, field_name: str,
          certify: bool, field_spec: fields.SigFieldSpec | None, reason: str, location: str,
          tsa_url: str, tsa_timeout: float) -> bytes:
    """One PAdES signature into *writer* (opened on *pdf*), in the room `signature_reserve`
    gives, so pyHanko signs once, without its dry run. Only if a signature outgrows that
    room (an unusually large time stamp) is *pdf* signed again, sized by the dry run."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PyHankoSigningError

    from .pades import BlankStampStyle, signature_reserve
    from .timestamp_client import HttpTimeStamper

    metadata = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None, certify=certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    timestamper = HttpTimeStamper(tsa_url, tsa_timeout) if tsa_url else None
    pdf_signer = signers.PdfSigner(metadata, signer=key.signer, timestamper=timestamper,
                                   stamp_style=BlankStampStyle(), new_field_spec=field_spec)
    try:
        return _signed(pdf_signer, writer, signature_reserve(key.signer, bool(tsa_url)),
                       tsa_url)
    except PyHankoSigningError as exc:
        if "larger than expected" not in str(exc):
            raise
    # The failed try changed the writer: start again from the original bytes.
    return _signed(pdf_signer, IncrementalPdfFileWriter(io.BytesIO(pdf)), None, tsa_url)


def _signed(pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter,
            reserve: int | None, tsa_url: str) -> bytes:
    from pyhanko.sign.timestamps import TimestampRequestError

    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, bytes_reserved=reserve)
    except TimestampRequestError as exc:
        raise SigningError(f"time-stamp server {tsa_url}: {exc}") from None
    return out.getvalue()


def _free_field_name(taken: list[str]) -> str:
    number = 1
    while f"Signature{number}" in taken:
        number += 1
    return f"Signature{number}"


def _check_time_stamp(signed: bytes, field_name: str, tsa_url: str) -> None:
    """A B-T signature whose time stamp does not verify proves no time: refuse it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(signed))
    [embedded] = [e for e in reader.embedded_signatures if e.field_name == field_name]
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[],
                                                                allow_fetching=False))
    stamp = status.timestamp_validity
    if stamp is None or not (stamp.intact and stamp.valid):
        raise SigningError(f"time-stamp server {tsa_url}: its time stamp does not verify; "
                           "the file was not signed")
