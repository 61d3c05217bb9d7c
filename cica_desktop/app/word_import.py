"""File ▸ Import Word document…: a Word file read into a new, untitled project
(cica_desktop/wordimport), with the import report for the window to show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..wordimport import import_docx
from .project import Project


@dataclass(frozen=True)
class Imported:
    project: Project
    #: One line per guess, then the fields to fill and the values to correct.
    report: tuple[str, ...]
    #: The project has fields still to fill (it opens as a draft).
    draft: bool
    #: Values that are wrong rather than missing (listed under Findings).
    errors: int


def import_word(path: Path) -> Imported:
    """The project read from *path*, untitled and unsaved. ValueError: not a Word file
    python-docx reads (the message names it); OSError: it cannot be read."""
    result = import_docx(path)
    project = Project(result.data)
    project.undo_stack.resetClean()  # an imported project is unsaved work
    return Imported(project, tuple(result.report_lines()), result.draft, len(result.errors))
