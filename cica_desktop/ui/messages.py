"""Findings and validation errors in the interface language.

A finding or a FieldError is a code with its values; its English template comes from the
one catalogue (cica_desktop/findings.py, marked for Qt Linguist in the "findings" context).
Here the template is looked up in the installed translation and filled with the same
values. A code the catalogue does not know is shown in its English text, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

#: The context the catalogue marks its templates with.
CONTEXT = "findings"


class Speaks(Protocol):
    """A finding or a FieldError: its words through a translation of the templates."""

    def text(self, localise: Callable[[str], str]) -> str: ...


def localise(template: str) -> str:
    """A template of the findings catalogue in the interface language."""
    return QCoreApplication.translate(CONTEXT, template)


class Located(Speaks, Protocol):
    """A FieldError: its words and the path of its field ("" for the whole file)."""

    @property
    def path(self) -> str: ...


def finding_text(finding: Speaks) -> str:
    """*finding*'s message in the interface language."""
    return finding.text(localise)


def error_lines(errors: Iterable[Located]) -> str:
    """Errors of a project file, one "path: message" line each, in the interface language
    (the message alone when the error is about the whole file)."""
    return "\n".join(f"{error.path}: {finding_text(error)}" if error.path
                     else finding_text(error) for error in errors)
