"""Checking the signatures of a PDF: the whole verdict, not just "the bytes match".

A signature proves the bytes it covers. What a reader sees can still be changed afterwards by
an incremental update (a new revision that redefines a page's content, draws over it, adds
an annotation), by bytes the signature does not cover, or by data hidden in the signature's
own placeholder. So for every signature this module reports:

- the cryptographic checks of pyHanko (intact, valid, trusted; the time stamp);
- its coverage: the entire file, its entire revision, or less;
- every change made after it, revision by revision, in words ("page content of page 1 was
  replaced in revision 3"), each marked allowed or not;
- the modification level and, for the certifying signature, the DocMDP permissions.

What is allowed after a signature: further signatures (new or filled signature fields, with
their widgets) and signature maintenance (validation data, document time stamps), unless the
certification forbids even those; annotations only where the certification allows them.
Nothing else: a changed page, catalog, form field value, or document information beyond the
modification date and producer makes the signature invalid. That is stricter than pyHanko's
own policy in one place: pyHanko accepts any change to /Info at the "signature maintenance"
level, and the title a viewer shows comes from there. pyHanko's verdict is applied as well;
a document must pass both.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.general import load_cert_from_pemder
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from .findings import QT_TRANSLATE_NOOP
from .revisions import Change, History, Phrase, RevisionChange, plain
from .revisions import phrase as _phrase
from .signing import quiet_pyhanko_logs

quiet_pyhanko_logs()


class VerificationError(ValueError):
    """The file cannot be checked at all (not a PDF, unreadable structure)."""


class Coverage(enum.Enum):
    """How much of the file a signature's byte range covers."""

    ENTIRE_FILE = QT_TRANSLATE_NOOP("verification", "entire file")
    ENTIRE_REVISION = QT_TRANSLATE_NOOP("verification", "entire revision")
    PART_OF_REVISION = QT_TRANSLATE_NOOP("verification", "part of its revision")
    UNCLEAR = QT_TRANSLATE_NOOP("verification", "unclear")


# What each DocMDP permission of a certifying signature lets later revisions do.
_ALLOWED_BY_DOCMDP = {
    MDPPerm.NO_CHANGES: Change.SIGNATURE_MAINTENANCE,
    MDPPerm.FILL_FORMS: Change.FORM_FILLING,
    MDPPerm.ANNOTATE: Change.ANNOTATIONS,
}
_DOCMDP_WORDS = {
    MDPPerm.NO_CHANGES: QT_TRANSLATE_NOOP("verification", "no changes"),
    MDPPerm.FILL_FORMS: QT_TRANSLATE_NOOP("verification", "form filling and signing"),
    MDPPerm.ANNOTATE: QT_TRANSLATE_NOOP("verification", "form filling, signing and annotations"),
}
# A signature without certification: what our own letters permit (further signatures).
_DEFAULT_ALLOWED = Change.FORM_FILLING


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    signing_time: Any  # datetime | None (Any keeps the JSON conversion in one place)
    revision: int  # the revision this signature signed (1 = the first)
    certifying: bool
    docmdp: str | None  # what the certification permits, in words
    intact: bool
    valid: bool
    trusted: bool
    coverage: Coverage
    modification: Change
    changes: tuple[RevisionChange, ...]
    problems: tuple[Phrase, ...]
    timestamp: Any = None  # datetime | None
    timestamp_intact: bool = False
    timestamp_trusted: bool = False
    # The DocMDP permission of the document's certifying signature, if any.
    docmdp_perm: MDPPerm | None = None

    @property
    def ok(self) -> bool:
        """Valid: the signature holds and nothing was changed beyond what it permits."""
        return not self.problems

    @property
    def verdict(self) -> str:
        if not self.ok:
            return QT_TRANSLATE_NOOP("verification", "INVALID")
        return QT_TRANSLATE_NOOP("verification", "valid") if self.trusted else \
            QT_TRANSLATE_NOOP("verification", "valid, but the signer is not trusted here")

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field, "signer": self.signer,
            "signing_time": _iso(self.signing_time),
            "signed_revision": self.revision,
            "certifying": self.certifying, "docmdp_permits": self.docmdp,
            "intact": self.intact, "valid": self.valid, "trusted": self.trusted,
            "time_stamp": None if self.timestamp is None else {
                "time": _iso(self.timestamp), "intact": self.timestamp_intact,
                "trusted": self.timestamp_trusted},
            "coverage": self.coverage.value,
            "modification_level": self.modification.words,
            "changes_after": [{"revision": change.revision, "kind": change.kind.words,
                               "what": change.what.text(), "allowed": self.allows(change)}
                              for change in self.changes],
            "problems": [problem.text() for problem in self.problems],
            "verdict": self.verdict,
        }

    def allows(self, change: RevisionChange) -> bool:
        """Whether the certification (or, without one, our own policy) permits *change*."""
        return change.kind <= _allowed_level(self.docmdp_perm)


@dataclass(frozen=True)
class VerificationReport:
    file: str
    revisions: int
    trailing_bytes: int
    signatures: tuple[SignatureReport, ...]
    problems: tuple[Phrase, ...] = field(default=())

    @property
    def valid(self) -> bool:
        """Signed, every signature valid, no change beyond what they permit."""
        return bool(self.signatures) and not self.problems and all(
            signature.ok for signature in self.signatures)

    @property
    def trusted(self) -> bool:
        return self.valid and all(signature.trusted for signature in self.signatures)

    @property
    def verdict(self) -> str:
        if not self.signatures:
            return QT_TRANSLATE_NOOP("verification", "not signed")
        if not self.valid:
            return QT_TRANSLATE_NOOP("verification", "INVALID")
        return QT_TRANSLATE_NOOP("verification", "valid") if self.trusted else \
            QT_TRANSLATE_NOOP("verification", "valid, but a signer is not trusted here")

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "revisions": self.revisions,
                "bytes_after_last_revision": self.trailing_bytes,
                "verdict": self.verdict, "valid": self.valid, "trusted": self.trusted,
                "problems": [problem.text() for problem in self.problems],
                "signatures": [signature.as_json() for signature in self.signatures]}


def report_lines(report: VerificationReport,
                 tr: Callable[[str], str] = plain) -> list[str]:
    """The report in words, one line each: what `cica-desktop verify` prints and the
    window shows. *tr* translates the fixed phrases (the window passes Qt's)."""
    lines = []
    for number, signature in enumerate(report.signatures, start=1):
        lines.append(_signature_line(number, signature, tr))
        if not signature.trusted:
            lines.append("  " + tr(QT_TRANSLATE_NOOP(
                "verification", "not trusted: the certificate does not chain to a trusted "
                "certificate")))
        coverage = tr(QT_TRANSLATE_NOOP(
            "verification", "covers: {coverage} (revision {revision} of {total})")).format(
            coverage=tr(signature.coverage.value), revision=signature.revision,
            total=report.revisions)
        if signature.certifying and signature.docmdp:
            coverage += "; " + tr(QT_TRANSLATE_NOOP(
                "verification", "certifies the document, permitting {what}")).format(
                what=tr(signature.docmdp))
        lines.append("  " + coverage)
        for change in signature.changes:
            state = tr(QT_TRANSLATE_NOOP("verification", "allowed")) \
                if signature.allows(change) else tr(QT_TRANSLATE_NOOP("verification",
                                                                      "NOT ALLOWED"))
            lines.append("  " + tr(QT_TRANSLATE_NOOP(
                "verification", "later change: {what} ({state})")).format(
                what=change.describe(tr), state=state))
        lines.extend("  " + _problem_line(problem, tr) for problem in signature.problems)
        lines.append("  " + tr(QT_TRANSLATE_NOOP("verification", "verdict: {verdict}")).format(
            verdict=tr(signature.verdict)))
    lines.extend(_problem_line(problem, tr) for problem in report.problems)
    lines.append(tr(QT_TRANSLATE_NOOP("verification", "{file}: {verdict}")).format(
        file=report.file or tr(QT_TRANSLATE_NOOP("verification", "the file")),
        verdict=tr(report.verdict)))
    return lines


def _signature_line(number: int, signature: SignatureReport,
                    tr: Callable[[str], str]) -> str:
    passed = ((signature.intact, QT_TRANSLATE_NOOP("verification", "intact")),
              (signature.valid, QT_TRANSLATE_NOOP("verification", "valid")),
              (signature.trusted, QT_TRANSLATE_NOOP("verification", "trusted")))
    checks = ", ".join(tr(word) for ok, word in passed if ok)
    when = _moment(signature.signing_time, tr) if signature.signing_time \
        else tr(QT_TRANSLATE_NOOP("verification", "unknown"))
    stamp = ""
    if signature.timestamp is not None:
        stamp = "; " + tr(QT_TRANSLATE_NOOP("verification", "time-stamped {time}")).format(
            time=_moment(signature.timestamp, tr, seconds=True))
        if not signature.timestamp_trusted:
            stamp += " " + tr(QT_TRANSLATE_NOOP(
                "verification", "(not proven: untrusted authority or damaged time stamp)"))
    return tr(QT_TRANSLATE_NOOP(
        "verification", "signature {number} ({field}): {signer}; signed {time}{stamp}; "
        "{checks}")).format(
        number=number, field=signature.field, signer=signature.signer, time=when,
        stamp=stamp, checks=checks or tr(QT_TRANSLATE_NOOP("verification",
                                                           "no checks passed")))


#: The months' names in a date (the English ones, as `cica-desktop verify` prints them;
#: each language gives the form its dates use: "octobre", "октября", "10月").
_MONTHS = (QT_TRANSLATE_NOOP("verification", "January"),
           QT_TRANSLATE_NOOP("verification", "February"),
           QT_TRANSLATE_NOOP("verification", "March"),
           QT_TRANSLATE_NOOP("verification", "April"),
           QT_TRANSLATE_NOOP("verification", "May"),
           QT_TRANSLATE_NOOP("verification", "June"),
           QT_TRANSLATE_NOOP("verification", "July"),
           QT_TRANSLATE_NOOP("verification", "August"),
           QT_TRANSLATE_NOOP("verification", "September"),
           QT_TRANSLATE_NOOP("verification", "October"),
           QT_TRANSLATE_NOOP("verification", "November"),
           QT_TRANSLATE_NOOP("verification", "December"))


def _moment(value: dt.datetime, tr: Callable[[str], str], seconds: bool = False) -> str:
    """A signing or time-stamp time in the report's language: through *tr* (the window's
    translation) a French reader gets "4 octobre 2007 14:05 UTC"; without, the English
    the command line has always printed ("04 October 2007 14:05 UTC", strftime's
    "%d %B %Y %H:%M %Z")."""
    #: {time} is 14:05 or 14:05:09, {zone} the time zone's name (UTC) or empty.
    template = tr(QT_TRANSLATE_NOOP("verification", "{day:02} {month_name} {year} {time} "
                                                    "{zone}"))
    return template.format(day=value.day, month_name=tr(_MONTHS[value.month - 1]),
                           year=value.year, zone=f"{value:%Z}",
                           time=f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}")


def _problem_line(problem: Phrase, tr: Callable[[str], str]) -> str:
    return tr(QT_TRANSLATE_NOOP("verification", "problem: {problem}")).format(
        problem=problem.text(tr))


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _allowed_level(perm: MDPPerm | None) -> Change:
    return _ALLOWED_BY_DOCMDP.get(perm, _DEFAULT_ALLOWED) if perm else _DEFAULT_ALLOWED


def verify_pdf(pdf: bytes, trust: list[Path] | None = None, name: str = "") -> VerificationReport:
    """The full verdict on every signature of *pdf*; *trust* lists trusted certificates."""
    roots = [load_cert_from_pemder(str(path))  # type: ignore[no-untyped-call]
             for path in (trust or [])]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
        revisions = reader.xrefs.total_revisions
    except Exception as exc:  # pyHanko raises many types for files it cannot read
        raise VerificationError(f"not a PDF that can be checked ({exc})") from None
    trailing = _bytes_after_last_revision(pdf, reader)
    problems = []
    if trailing:
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "changed after signing: {count} bytes were appended after the "
            "last revision (revision {revision})"), count=trailing, revision=revisions))
    certification = _certification(embedded)
    history = History(reader)
    reports = [_report(pdf, signature, context, certification, history)
               for signature in embedded]
    return VerificationReport(name, revisions, trailing, tuple(reports), tuple(problems))


def _certification(embedded: list[EmbeddedPdfSignature]) -> MDPPerm | None:
    for signature in embedded:
        if signature.docmdp_level is not None:
            return signature.docmdp_level
    return None


def _report(pdf: bytes, signature: EmbeddedPdfSignature, context: ValidationContext,
            certification: MDPPerm | None, history: History) -> SignatureReport:
    problems: list[Phrase] = []
    try:
        status: PdfSignatureStatus | None = validate_pdf_signature(signature, context)
    except Exception as exc:  # a damaged signature dictionary or CMS blob
        status = None
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature cannot be read ({reason})"), reason=str(exc)))
    placeholder = _placeholder_problem(pdf, signature)
    if placeholder is not None:
        problems.append(placeholder)
    revision = signature.signed_revision
    allowed = _allowed_level(certification)
    changes = tuple(change for later in range(revision + 1, history.revisions)
                    for change in history.changes_in(later))
    if status is None:
        return SignatureReport(
            field=signature.field_name, signer="(unreadable)", signing_time=None,
            revision=revision + 1, certifying=signature.docmdp_level is not None,
            docmdp=_DOCMDP_WORDS.get(certification) if certification else None,
            intact=False, valid=False, trusted=False, coverage=Coverage.UNCLEAR,
            modification=Change.OTHER, changes=changes, problems=tuple(problems),
            docmdp_perm=certification)
    if not status.intact:
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "changed after signing: the signed bytes no longer match the "
            "signature")))
    elif not status.valid:
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature value does not verify against the signer's "
            "certificate")))
    coverage = _COVERAGE.get(status.coverage, Coverage.UNCLEAR) if status.coverage \
        else Coverage.UNCLEAR
    if coverage in (Coverage.PART_OF_REVISION, Coverage.UNCLEAR):
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature covers only part of the file (coverage: "
            "{coverage}); the rest can be anything"), coverage=_phrase(coverage.value)))
    for change in changes:
        if change.kind > allowed:
            problems.append(_phrase(QT_TRANSLATE_NOOP(
                "verification", "changed after signing: {change}"), change=change.phrase))
    level = max((change.kind for change in changes), default=Change.NONE)
    level = max(level, _pyhanko_level(status))
    if not status.docmdp_ok and status.modification_level is not None and not problems:
        # pyHanko saw a change our own analysis could not name: say so, in its words.
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "changed after signing: {change}"), change=_pyhanko_reason(status)))
    if status.seed_value_constraint_error is not None:
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature breaks its field's constraints ({reason})"),
            reason=status.seed_value_constraint_error.failure_message))
    stamp = status.timestamp_validity
    if stamp is not None and not (stamp.intact and stamp.valid):
        problems.append(_phrase(QT_TRANSLATE_NOOP(
            "verification", "its time stamp is damaged: the signing time is not proven")))
    cert = status.signing_cert
    return SignatureReport(
        field=signature.field_name,
        signer=cert.subject.human_friendly if cert is not None else "(unknown)",
        signing_time=status.signer_reported_dt, revision=revision + 1,
        certifying=signature.docmdp_level is not None,
        docmdp=_DOCMDP_WORDS.get(certification) if certification else None,
        intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        coverage=coverage, modification=level, changes=changes, problems=tuple(problems),
        timestamp=stamp.timestamp if stamp is not None else None,
        timestamp_intact=bool(stamp is not None and stamp.intact and stamp.valid),
        timestamp_trusted=bool(stamp is not None and stamp.intact and stamp.valid
                               and stamp.trusted),
        docmdp_perm=certification)


_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: Coverage.ENTIRE_FILE,
    SignatureCoverageLevel.ENTIRE_REVISION: Coverage.ENTIRE_REVISION,
    SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START: Coverage.PART_OF_REVISION,
    SignatureCoverageLevel.UNCLEAR: Coverage.UNCLEAR,
}

_PYHANKO_LEVELS = {
    ModificationLevel.NONE: Change.NONE,
    ModificationLevel.LTA_UPDATES: Change.SIGNATURE_MAINTENANCE,
    ModificationLevel.FORM_FILLING: Change.FORM_FILLING,
    ModificationLevel.ANNOTATIONS: Change.ANNOTATIONS,
    ModificationLevel.OTHER: Change.OTHER,
}


def _pyhanko_level(status: PdfSignatureStatus) -> Change:
    level = status.modification_level
    return Change.NONE if level is None else _PYHANKO_LEVELS.get(level, Change.OTHER)


def _pyhanko_reason(status: PdfSignatureStatus) -> Phrase:
    result = status.diff_result
    if result is None or isinstance(result, DiffResult):
        level = status.modification_level
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "later revisions go beyond what the signature permits ({level})"),
            level=level.name.lower() if level else "?")
    return _phrase(QT_TRANSLATE_NOOP(
        "verification", "objects were changed in a later revision ({detail})"),
        detail=(str(result).splitlines() or [""])[0])


# --------------------------------------------------------------------------- raw bytes

def _placeholder_problem(pdf: bytes, signature: EmbeddedPdfSignature) -> Phrase | None:
    """The gap between the two signed ranges must be exactly the signature value's hex
    string, zero-padded: anything else there is data that nobody signed."""
    try:
        start, length1, start2, _ = (int(value) for value in signature.byte_range)
    except (TypeError, ValueError):
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature's byte range cannot be read"))
    if start != 0 or not (0 < length1 < start2 <= len(pdf)):
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature's byte range does not start at the beginning of "
            "the file"))
    gap = pdf[length1:start2]
    if not (gap.startswith(b"<") and gap.endswith(b">")):
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature's byte range leaves out more than the signature value"))
    digits = re.sub(rb"\s", b"", gap[1:-1])
    try:
        value = bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature value is not a hexadecimal string"))
    used = _der_length(value)
    if used is None:
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "the signature value is not a DER-encoded signature"))
    padding = value[used:]
    if padding.strip(b"\x00"):
        return _phrase(QT_TRANSLATE_NOOP(
            "verification", "changed after signing: the signature's placeholder holds data "
            "after the signature value that nobody signed"))
    return None


def _der_length(value: bytes) -> int | None:
    """The length of the DER element at the start of *value* (header included)."""
    if len(value) < 2 or value[0] != 0x30:
        return None
    first = value[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(value) < 2 + count:
        return None
    return 2 + count + int.from_bytes(value[2:2 + count], "big")


def _bytes_after_last_revision(pdf: bytes, reader: PdfFileReader) -> int:
    """How many bytes (other than line ends and spaces) follow the %%EOF that closes the
    last revision."""
    last = reader.xrefs.total_revisions - 1
    try:
        end_of_xref = reader.xrefs.get_xref_container_info(last).end_location
    except Exception:
        end_of_xref = 0
    marker = pdf.find(b"%%EOF", end_of_xref or 0)
    if marker < 0:
        return 0
    tail = pdf[marker + len(b"%%EOF"):]
    return len(tail.strip(b"\r\n\t \x00\x0c"))
