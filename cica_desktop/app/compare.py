"""File ▸ Compare with earlier version…: the project being edited, as the new version,
against an earlier version's project file, written as a DOCX with tracked changes or a PDF
that shows them (cica_desktop/revise; the same as `cica-desktop compare`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..build import Kind, classify
from ..model import ProjectError, load_project
from ..revise import Author, RevisionError, Summary, VersionMismatch, word_date
from ..revise.output import COMPARE_FORMATS, default_author, write_comparison
from .exports import project_dir
from .project import Project
from .settings import Settings

__all__ = ["COMPARE_FORMATS", "CompareFailed", "Compared", "Summary", "author_for",
           "compare_with", "suggested_target"]


class CompareFailed(Exception):
    """Nothing was written; the message says why, naming the file at fault."""


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
        raise CompareFailed(f"{target} already exists; it was kept.")
    package = project.package
    if package is None:
        raise CompareFailed("The project has errors: correct them (see the findings) "
                            "before comparing.")
    try:
        old = load_project(earlier)
    except ProjectError as exc:
        details = "; ".join(str(error) for error in exc.errors[:3])
        raise CompareFailed(f"{earlier.name} is not a valid project: {details}") from exc
    except OSError as exc:
        raise CompareFailed(f"Cannot read {earlier}: {exc.strerror or exc}") from exc
    try:
        written = write_comparison(old, package, target, fmt,
                                   Author(author.strip() or default_author(package),
                                          word_date()))
    except VersionMismatch as exc:
        raise CompareFailed(str(exc)) from exc
    except RevisionError as exc:
        raise CompareFailed(f"Could not compare ({exc}); nothing was written.") from exc
    except Exception as exc:
        failure = classify(exc)
        if failure.kind is Kind.FAULT:
            raise
        where = f" {failure.filename}" if failure.filename else ""
        raise CompareFailed(f"Nothing was written{where}: {failure.reason}") from exc
    return Compared(written.path, written.summary, written.notices)
