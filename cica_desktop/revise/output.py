"""One comparison written to one file, for the command line and the window alike."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_bytes_atomically
from ..compose import Part
from ..model import Package
from . import Author, Summary, compare_docx, compared_documents

#: The formats a comparison is written in, by file suffix.
COMPARE_FORMATS = ("docx", "pdf")


def default_author(package: Package, user_name: str = "") -> str:
    """The revisions' author when none is given: the new version's mission, else the
    user's name (the signer profile's in the window, the login name on the command line)."""
    if package.mission.strip():
        return package.mission.strip()
    if user_name.strip():
        return user_name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cica-desktop"


def format_of(target: Path, fmt: str | None) -> str | None:
    """The format asked for, else the one *target*'s suffix names (None: neither)."""
    if fmt:
        return fmt
    suffix = target.suffix.lower().lstrip(".")
    return suffix if suffix in COMPARE_FORMATS else None


@dataclass(frozen=True)
class Written:
    path: Path
    summary: Summary
    notices: tuple[str, ...]


def write_comparison(old: Package, new: Package, target: Path, fmt: str, author: Author,
                     part: Part = Part.PACKAGE, moves: bool = True) -> Written:
    """*new* against *old* as a DOCX with tracked changes or a PDF that shows them, written
    to *target* all at once (nothing is written on any error)."""
    if fmt not in COMPARE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use docx or pdf")
    comparison = compared_documents(old, new, part, moves)
    if fmt == "docx":
        data = compare_docx(comparison, author)
    else:
        from .pdf import changes_pdf

        data = changes_pdf(comparison)
    write_bytes_atomically(target, data)
    return Written(target, comparison.summary(), comparison.notices)
