"""The sign/verify flow's calls into the core, for the window: who signs (the signer profile
and the scan of the signature), the time-stamp server's address and deadline, and the
verdict on a signed PDF. The signing itself runs in `jobs.SignedLetterJob`."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..images import ImageError, load_image
from ..signer_profile import SignerProfile
from ..timestamping import MAX_TIMEOUT, MIN_TIMEOUT, tsa_url_problem


def signature_scan(path: str, field: str) -> bytes:
    """The scanned signature at *path* (``~`` expanded) as it will be printed: checked and
    re-encoded PNG or JPEG bytes. Raises ImageError, naming the file's *field*."""
    return load_image(Path(path).expanduser(), field).data


def signatory_from_profile(signatory: object, profile: SignerProfile) -> dict[str, Any]:
    """A signatory's raw data with the name and titles of *profile*, the rest as it was
    (done only when the user asks: a profile never fills in a project by itself)."""
    kept = dict(signatory) if isinstance(signatory, Mapping) else {}
    return {**kept, "name": profile.name, "titles": list(profile.titles)}


class Verdict(enum.Enum):
    """What "Verify signed PDF" concludes about a file."""

    #: Not a PDF, unreadable, or a structure that cannot be checked.
    UNREADABLE = enum.auto()
    #: A PDF without any signature.
    UNSIGNED = enum.auto()
    #: Every signature holds, nothing was changed beyond what they permit, and every
    #: signer is in the trusted certificates.
    TRUSTED = enum.auto()
    #: The same, but a signer is not among the trusted certificates.
    VALID = enum.auto()
    #: Changed after signing, or a signature does not hold.
    NOT_VALID = enum.auto()


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    #: The report, one line each, in the interface language (as `cica-desktop verify`
    #: prints it in English).
    details: tuple[str, ...] = ()
    #: Why the file could not be checked (UNREADABLE only).
    reason: str = ""


def _translated(phrase: str) -> str:
    return QCoreApplication.translate("verification", phrase)


def verify_file(path: Path, trust: Sequence[Path]) -> Verification:
    """Check the signatures of the PDF at *path* and every change made after them."""
    # Imported here: verification loads pyHanko, which the window needs only now.
    from ..verification import VerificationError, report_lines, verify_pdf

    try:
        report = verify_pdf(path.read_bytes(), trust=list(trust), name=path.name)
    except (OSError, VerificationError, ValueError) as exc:
        return Verification(Verdict.UNREADABLE, reason=str(exc))
    if not report.signatures:
        return Verification(Verdict.UNSIGNED)
    verdict = (Verdict.TRUSTED if report.trusted else Verdict.VALID if report.valid
               else Verdict.NOT_VALID)
    return Verification(verdict, tuple(report_lines(report, _translated)))


__all__ = [
    "MAX_TIMEOUT",
    "MIN_TIMEOUT",
    "ImageError",
    "SignerProfile",
    "Verdict",
    "Verification",
    "signatory_from_profile",
    "signature_scan",
    "tsa_url_problem",
    "verify_file",
]
