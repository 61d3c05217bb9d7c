"""The pyHanko pieces `signing` builds on: a signer that keeps its private key loaded, the
space a signature needs reserved up front, and an empty widget appearance.

Imported by `signing` only when a PDF is signed: it loads pyHanko and cryptography, which
a build needs neither of.

Why a signer of our own: pyHanko's `SimpleSigner` parses its private key from DER again
for every raw signature (RSA key checks included, about 35 ms for a 2048-bit key), and
without `bytes_reserved` it signs twice, a dry run to learn the size. The key opened from
the PKCS#12 file is kept as cryptography's object and signs directly, and the size comes
from `signature_reserve`, so each signature costs one RSA operation.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from pyhanko.sign import signers
from pyhanko.stamp import BaseStamp, BaseStampStyle
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

#: Bytes of a CMS signature besides its certificates and signature value: the signed
#: attributes (content type, digest, signing certificate, algorithm protection), the
#: algorithm identifiers and the structure, with a wide margin (about 1.2 kB in practice).
CMS_OVERHEAD = 4096
#: Bytes allowed for a time-stamp token (its own signature and, usually, the server's
#: certificate chain: 3 to 8 kB from public servers).
TIME_STAMP_ALLOWANCE = 16384


class KeptKeySigner(signers.SimpleSigner):
    """`SimpleSigner` signing with the key object opened once, for every signature made in
    one signing session. RSA (PKCS #1 v1.5, pyHanko's default) and ECDSA sign here; any
    other mechanism goes the way pyHanko's own signer goes."""

    def __init__(self, key: PrivateKeyTypes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        name = mechanism["algorithm"].native
        digest = get_pyca_cryptography_hash(digest_algorithm)
        if name == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), digest)
        if name.endswith("_ecdsa") and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)


def signature_reserve(signer: KeptKeySigner, stamped: bool) -> int:
    """Hexadecimal digits to reserve in /Contents for *signer*'s signature (twice its
    bytes: the PDF holds it as a hex string), with or without a time-stamp token."""
    certificates = [signer.signing_cert, *signer.cert_registry]
    size = sum(len(cert.dump()) for cert in certificates if cert is not None)
    key_size = getattr(signer._key, "key_size", 4096)
    size += 2 * (key_size // 8 + 16)  # the signature value (an ECDSA one is two integers)
    size += CMS_OVERHEAD + (TIME_STAMP_ALLOWANCE if stamped else 0)
    return 2 * size


class _BlankStamp(BaseStamp):
    """An appearance with nothing in it: the page content already shows the box."""

    def _render_inner_content(self) -> list[bytes]:
        return []


class BlankStampStyle(BaseStampStyle):
    """The style of a signature widget over the box our renderer drew: nothing drawn."""

    def __init__(self) -> None:
        super().__init__(border_width=0, background=None)

    def create_stamp(self, writer: Any, box: Any, text_params: dict[str, Any]) -> BaseStamp:
        return _BlankStamp(writer, self, box)
