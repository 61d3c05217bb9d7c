"""Import a Word document (.docx) written by someone else into a project.

`import_docx(path)` reads the file (`reader`), places each piece (`parse`: the masthead, the
letter, the annexes by their headings, with the language templates' own wording read
backwards by `phrases`), and validates the result as a project (format 3). A project whose
required fields the document did not fill is a draft (cica_desktop/draft.py): it opens in
the window with the gaps marked and builds with `build --draft`. Nothing is dropped: what
cannot be placed stays an unnumbered paragraph where it stood, and every guess is in the
report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..draft import draft_package, placeholder_name
from ..model import FieldError, ProjectError
from ..model.project import validate_project
from .parse import parse
from .reader import read_word
from .state import Doubt

__all__ = ["Doubt", "ImportResult", "import_docx", "project_text"]


@dataclass(frozen=True)
class ImportResult:
    #: The project's data, as a project file holds it.
    data: dict[str, Any]
    #: Every guess the import made, in document order.
    doubts: tuple[Doubt, ...]
    #: The fields still to fill (empty: the project is valid).
    gaps: tuple[FieldError, ...]
    #: Values that are wrong rather than missing (the project is neither valid nor a draft).
    errors: tuple[FieldError, ...]

    @property
    def valid(self) -> bool:
        return not self.gaps and not self.errors

    @property
    def draft(self) -> bool:
        return bool(self.gaps) and not self.errors

    def json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"

    def report_lines(self) -> list[str]:
        """The import report: the guesses, then what is still to fill or to correct."""
        lines = [str(doubt) for doubt in self.doubts]
        lines += [f"to fill: {gap.path}" for gap in self.gaps]
        lines += [f"to correct: {error}" for error in self.errors]
        return lines


def _defaults(data: dict[str, Any]) -> None:
    """Titles the document printed because they are the defaults are not kept as
    overrides (a resolution titled by the item's title)."""
    for annex in data["annexes"]:
        if annex["kind"] == "draft_resolution" and annex.get("title") == data["item_title"]:
            del annex["title"]


def import_docx(path: Path, language: str | None = None) -> ImportResult:
    """Read *path* as a project. ValueError names a file python-docx cannot read."""
    data, doubts = parse(read_word(path), language)
    _defaults(data)
    try:
        validate_project(data, str(path))
        return ImportResult(data, tuple(doubts), (), ())
    except ProjectError as exc:
        errors = exc.errors
    draft = draft_package(data, placeholder_name, errors)
    if draft is not None:
        return ImportResult(data, tuple(doubts), draft.gaps, ())
    return ImportResult(data, tuple(doubts), (), tuple(errors))


#: Fields the UN layout does not print, so no document can give them back.
_NOT_PRINTED = frozenset({"letterhead", "mission", "reference", "signature_image", "kind",
                          "running_title", "gender", "signed", "state", "show_title",
                          "show_heading", "show_date_line", "show_request_heading",
                          "show_item_title", "sponsors", "committee", "paper",
                          "distribution", "sender_role", "addressee", "format_version"})


def project_text(data: Any, path: str = "") -> list[tuple[str, object]]:
    """Every printed text of a project's data with its path, in order: what a round trip
    through Word must give back ("annexes[1].operative[0].verb", "Decides")."""
    out: list[tuple[str, object]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _NOT_PRINTED:
                continue
            out += project_text(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            out += project_text(value, f"{path}[{index}]")
    elif (isinstance(data, str | int) and not isinstance(data, bool)) or (
            data is True and path.endswith("numbered")):
        out.append((path, data))
    return out
