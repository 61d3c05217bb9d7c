"""The model's types as the forms see them: which model each form edits, and what a field
assumes when the project file leaves it out.

ui/formspec.py describes one form per model class; it names the classes through this module
so that the interface depends on the application layer only, never on the model directly.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from ..model import (
    CoverLetter,
    DraftResolution,
    Enclosure,
    EnclosureAnnex,
    HeadingBlock,
    LetterAnnex,
    Letterhead,
    ListBlock,
    ListItem,
    Memorandum,
    OperativeParagraph,
    Package,
    ParagraphBlock,
    PlaceDateBlock,
    PreambularParagraph,
    Signatory,
    SubParagraph,
    TableBlock,
)

#: A class of the model (one form each).
Model = type[BaseModel]


def field_default(model: Model, name: str) -> Any:
    """The value *model* assumes when the field *name* is absent, as raw project data (an
    enumeration's value, not its member); None when the field is required."""
    default = model.model_fields[name].get_default(call_default_factory=True)
    if default is PydanticUndefined:
        return None
    return default.value if isinstance(default, Enum) else default


__all__ = [
    "CoverLetter",
    "DraftResolution",
    "Enclosure",
    "EnclosureAnnex",
    "HeadingBlock",
    "LetterAnnex",
    "Letterhead",
    "ListBlock",
    "ListItem",
    "Memorandum",
    "Model",
    "OperativeParagraph",
    "Package",
    "ParagraphBlock",
    "PlaceDateBlock",
    "PreambularParagraph",
    "Signatory",
    "SubParagraph",
    "TableBlock",
    "field_default",
]
