"""File ▸ Compare with earlier version…: the project being edited, as the new version,
against an earlier version's project file, written as a DOCX with tracked changes or a PDF
that shows them (cica_desktop/revise; the same as `cica-desktop compare`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..build import Kind, classify
from ..model import ProjectError, load_project
from ..revise import Author, RevisionError, Summary, VersionMismatch, word_date
from ..revise.output import COMPARE_FORMATS, default_author, write_comparison
from .exports import project_dir
from .project import Project
from .settings import Settings

__all__ = ["COMPARE_FORMATS", "REASONS", "CompareFailed", "Compared", "Summary",
           "author_for", "compare_with", "suggested_target"]


#: Why nothing was written: each reason's English wording (str() of CompareFailed), with
#: the values that fill it. The window words each one in the interface language
#: (ui/compare_dialog.py), from the same values.
REASONS: dict[str, str] = {
    "target_exists": "{target} already exists; it was kept.",
    "project_errors": "The project has errors: correct them (see the findings) before "
                      "comparing.",
    "earlier_invalid": "{file} is not a valid project: {details}",
    "earlier_unreadable": "Cannot read {file}: {reason}",
    "languages": "the old version is in {old!r} and the new one in {new!r}: compare two "
                 "versions in one language",
    "not_compared": "Could not compare ({reason}); nothing was written.",
    "not_written": "Nothing was written{where}: {reason}",
}


class CompareFailed(Exception):
    """Nothing was written: *why* (a key of REASONS) and its values, naming the file at
    fault; str() is the English, the window words it in the interface language."""

    def __init__(self, why: str, **values: Any) -> None:
        self.why, self.values = why, values
        super().__init__(REASONS[why].format(**values))


@dataclass(frozen=True)
class Compared:
    path: Path
    summary: Summary
    notices: tuple[str, ...]


def author_for(project: Project, settings: Settings) -> str:
    """Who the revisions are by, unless the user says otherwise: the project's mission,
    else the signer profile's name, else the login name."""
    package = project.package
    if package is None:
        return settings.signer_profile().name
    return default_author(package, settings.signer_profile().name)


def suggested_target(project: Project, settings: Settings, fmt: str) -> Path:
    """`<project>-changes.<fmt>` in the last export folder (else the project's)."""
    stem = project.file_path.stem if project.file_path else "request"
    folder = settings.last_export_dir(default=project_dir(project))
    return folder / f"{stem}-changes.{fmt}"


def compare_with(project: Project, earlier: Path, target: Path, fmt: str,
                 author: str, replace: bool = False) -> Compared:
    """Write the comparison of the earlier file with *project* to *target*; an existing
    *target* is replaced only when *replace* says so (the dialog asks first)."""
    if target.exists() and not replace:
        raise CompareFailed("target_exists", target=target)
    package = project.package
    if package is None:
        raise CompareFailed("project_errors")
    try:
        old = load_project(earlier)
    except ProjectError as exc:
        errors = tuple(exc.errors[:3])
        raise CompareFailed("earlier_invalid", file=earlier.name, errors=errors,
                            details="; ".join(str(error) for error in errors)) from exc
    except OSError as exc:
        raise CompareFailed("earlier_unreadable", file=earlier,
                            reason=exc.strerror or exc) from exc
    if old.language != package.language:
        raise CompareFailed("languages", old=old.language.value, new=package.language.value)
    try:
        written = write_comparison(old, package, target, fmt,
                                   Author(author.strip() or default_author(package),
                                          word_date()))
    except (RevisionError, VersionMismatch) as exc:
        raise CompareFailed("not_compared", reason=exc) from exc
    except Exception as exc:
        failure = classify(exc)
        if failure.kind is Kind.FAULT:
            raise
        raise CompareFailed("not_written", file=failure.filename or "",
                            where=f" {failure.filename}" if failure.filename else "",
                            reason=failure.reason) from exc
    return Compared(written.path, written.summary, written.notices)
