"""Findings and validation errors in the interface language.

A finding or a FieldError is a code with its values; its English template comes from the
one catalogue (cica_desktop/findings.py, marked for Qt Linguist in the "findings" context).
Here the template is looked up in the installed translation and filled with the same
values. A code the catalogue does not know is shown in its English text, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
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


def finding_text(finding: Speaks) -> str:
    """*finding*'s message in the interface language."""
    return finding.text(localise)
