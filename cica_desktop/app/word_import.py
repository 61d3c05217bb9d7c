"""File ▸ Import Word document…: a Word file read into a new, untitled project
(cica_desktop/wordimport), with what the import report says, as codes and values for the
window to word in the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import FieldError
from ..wordimport import Doubt, import_docx
from ..wordimport.messages import MESSAGES as DOUBT_CODES
from .project import Project

__all__ = ["DOUBT_CODES", "Doubt", "FieldError", "Imported", "import_word"]


@dataclass(frozen=True)
class Imported:
    project: Project
    #: Every guess the import made, in document order (a code and its values).
    doubts: tuple[Doubt, ...]
    #: The fields still to fill (their paths), for the report.
    gaps: tuple[FieldError, ...]
    #: Values that are wrong rather than missing (listed under Findings too).
    wrong: tuple[FieldError, ...]
    #: The report in English, as `cica-desktop import` prints it.
    report: tuple[str, ...]

    @property
    def draft(self) -> bool:
        """The project has fields still to fill (it opens as a draft)."""
        return bool(self.gaps) and not self.wrong

    @property
    def errors(self) -> int:
        """How many values are wrong rather than missing."""
        return len(self.wrong)


def import_word(path: Path) -> Imported:
    """The project read from *path*, untitled and unsaved. ValueError: not a Word file
    python-docx reads (the message names it); OSError: it cannot be read."""
    result = import_docx(path)
    project = Project(result.data)
    project.undo_stack.resetClean()  # an imported project is unsaved work
    return Imported(project, result.doubts, result.gaps, result.errors,
                    tuple(result.report_lines()))
