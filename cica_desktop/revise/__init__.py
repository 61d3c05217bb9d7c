"""Revisions with tracked changes: the new version of a request as a DOCX in which every
difference from the old version is a Word revision (`compare_docx`), and the same changes
drawn in a PDF (`revise.pdf`).

Both versions are composed into document trees; their text blocks are compared
(`units`, `diff`), the new version is rendered by the DOCX renderer and the differences
are marked in its XML (`marks`). Every file is checked before it is handed back:
accepting all its revisions gives the new version's text and rejecting all the old
one's (`review`)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from ..compose import Layout, Part, compose
from ..compose.language import fallbacks_noted
from ..document import Document
from ..model import Package
from ..render import docx_bytes
from .diff import Change, Step, align
from .marks import (
    Author,
    RevisionError,
    Revisions,
    lists_of_their_own,
    mark_part,
    track_revisions,
)
from .review import DOCUMENT, accept_all, body_text, reject_all, replace_parts
from .units import Unit, units
from .xml import parse, serialize, w

__all__ = ["Author", "Comparison", "RevisionError", "Summary", "VersionMismatch",
           "compare_docx", "compared_documents", "word_date"]

SETTINGS = "word/settings.xml"
NUMBERING = "word/numbering.xml"
_HEADER_OR_FOOTER = re.compile(r"word/(header|footer)\d+\.xml")


class VersionMismatch(ValueError):
    """Two files that are not versions of one document (another language)."""


def word_date(when: dt.datetime | None = None) -> str:
    """A revision's date as Word writes it: UTC, ISO 8601, to the second."""
    moment = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Summary:
    """How many paragraphs each kind of change touched."""

    changed: int = 0
    inserted: int = 0
    deleted: int = 0
    moved: int = 0
    #: Paragraphs whose style or number changed (text changed or not).
    reformatted: int = 0

    @property
    def total(self) -> int:
        return self.changed + self.inserted + self.deleted + self.moved + self.reformatted

    def describe(self) -> str:
        """"2 changed, 1 inserted, …" (the command line's words; "no differences")."""
        parts = [f"{count} {what}" for count, what in (
            (self.changed, "changed"), (self.inserted, "inserted"), (self.deleted, "deleted"),
            (self.moved, "moved"), (self.reformatted, "renumbered or restyled")) if count]
        return ", ".join(parts) if parts else "no differences"


@dataclass(frozen=True)
class Comparison:
    """Both versions composed, their units and how they align."""

    old: Document
    new: Document
    old_units: tuple[Unit, ...]
    new_units: tuple[Unit, ...]
    steps: tuple[Step, ...]
    #: Wording the language template lacked (English's used), as for `build`.
    notices: tuple[str, ...] = field(default=())

    def summary(self) -> Summary:
        counts = Counter(step.change for step in self.steps)
        reformatted = sum(
            1 for step in self.steps
            if step.old is not None and step.new is not None
            and step.change in (Change.SAME, Change.CHANGED)
            and (self.old_units[step.old].style != self.new_units[step.new].style
                 or self.old_units[step.old].label != self.new_units[step.new].label))
        return Summary(counts[Change.CHANGED], counts[Change.INSERTED], counts[Change.DELETED],
                       counts[Change.MOVED_TO], reformatted)


def compared_documents(old: Package, new: Package, part: Part = Part.PACKAGE,
                       moves: bool = True) -> Comparison:
    """Both versions composed (UN layout) and aligned (moved paragraphs as moves, or with
    *moves* False as deletions and insertions). VersionMismatch for two languages."""
    if old.language != new.language:
        raise VersionMismatch(f"the old version is in {old.language.value!r} and the new one "
                              f"in {new.language.value!r}: compare two versions in one "
                              "language")
    with fallbacks_noted() as fallbacks:
        old_doc = compose(old, part, Layout.UN)
        new_doc = compose(new, part, Layout.UN)
    old_units, new_units = units(old_doc), units(new_doc)
    return Comparison(old_doc, new_doc, old_units, new_units,
                      tuple(align(old_units, new_units, moves)),
                      tuple(dict.fromkeys(f.finding().message for f in fallbacks)))


def compare_docx(comparison: Comparison, author: Author) -> bytes:
    """The new version's DOCX with every difference from the old one a tracked change by
    *author*, checked both ways (RevisionError if accepting or rejecting all would not
    give back the versions' text: a fault of ours, never written)."""
    old_docx, new_docx = docx_bytes(comparison.old), docx_bytes(comparison.new)
    old_zip = zipfile.ZipFile(io.BytesIO(old_docx))
    old_root = parse(old_zip.read(DOCUMENT))
    source = zipfile.ZipFile(io.BytesIO(new_docx))
    new_root = parse(source.read(DOCUMENT))
    revisions = Revisions(author, old_root.find(w("body")), new_root.find(w("body")),
                          comparison.old_units, comparison.new_units)
    revisions.mark(comparison.steps)
    settings = parse(source.read(SETTINGS))
    track_revisions(settings)
    parts = {DOCUMENT: new_root, SETTINGS: settings}
    old_names = set(old_zip.namelist())
    for name in source.namelist():
        if _HEADER_OR_FOOTER.fullmatch(name) and name in old_names:
            part = parse(source.read(name))
            if mark_part(revisions, parse(old_zip.read(name)), part):
                parts[name] = part
    if NUMBERING in source.namelist():
        numbering = parse(source.read(NUMBERING))
        lists_of_their_own(numbering)
        parts[NUMBERING] = numbering
    result = replace_parts(new_docx, {name: serialize(root) for name, root in parts.items()})
    _check(result, old_docx, new_docx)
    return result


def _check(result: bytes, old_docx: bytes, new_docx: bytes) -> None:
    if body_text(accept_all(result)) != body_text(new_docx):
        raise RevisionError("accepting every change would not give the new version's text")
    if _shown(body_text(reject_all(result))) != _shown(body_text(old_docx)):
        raise RevisionError("rejecting every change would not give the old version's text")


def _shown(texts: list[str]) -> list[str]:
    # Spacer paragraphs (around tables, under pictures) are the new version's layout.
    return [text for text in texts if text]
