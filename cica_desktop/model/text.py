"""Validated text types shared by every model field.

Text in a project is plain Unicode. Characters that no document format can carry (C0/C1
controls other than tab and newline, lone surrogates, non-characters) are refused when a
project is loaded, so that the error names the field instead of a renderer failing later.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator

from ..findings import invalid

#: No real paragraph comes near this; a larger one is almost certainly a pasting accident.
MAX_TEXT_LENGTH = 100_000


def _bad_character(text: str) -> tuple[int, str] | None:
    for index, char in enumerate(text):
        if char in "\n\t":
            continue
        code = ord(char)
        category = unicodedata.category(char)
        if category == "Cc" or category == "Cs" or (code & 0xFFFE) == 0xFFFE or (
            0xFDD0 <= code <= 0xFDEF
        ):
            return index, f"U+{code:04X}"
    return None


def _check_text(text: str) -> str:
    if len(text) > MAX_TEXT_LENGTH:
        raise invalid("text.too_long", length=len(text), limit=MAX_TEXT_LENGTH)
    bad = _bad_character(text)
    if bad is not None:
        index, name = bad
        raise invalid("text.bad_character", character=name, position=index + 1)
    return text


def _check_line(text: str) -> str:
    _check_text(text)
    if "\n" in text:
        raise invalid("text.line_break")
    return text


def _check_required(text: str) -> str:
    _check_text(text)
    if not text.strip():
        raise invalid("text.empty")
    return text


def _check_required_line(text: str) -> str:
    _check_required(text)
    return _check_line(text)


#: Paragraph text: may contain line breaks.
Text = Annotated[str, AfterValidator(_check_text)]
#: Paragraph text that must not be blank.
RequiredText = Annotated[str, AfterValidator(_check_required)]
#: One line (names, titles, headings); may be empty.
Line = Annotated[str, AfterValidator(_check_line)]
#: One line that must not be blank.
RequiredLine = Annotated[str, AfterValidator(_check_required_line)]
