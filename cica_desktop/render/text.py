"""Text clean-up shared by the renderers."""

from __future__ import annotations

import re

# XML 1.0 forbids most C0 controls, surrogates and U+FFFE/U+FFFF; no renderer can print them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """Text with characters that no document format can hold removed.

    The model already refuses them with a message naming the field; this is the renderers'
    own guard for documents built some other way.
    """
    return _ILLEGAL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def left_to_right_only(text: str) -> bool:
    """Text with letters but none written right to left (an address in Latin letters).

    In a right-to-left document such a paragraph is laid out left to right, as the Unicode
    bidi algorithm's first-strong rule would: with a right-to-left base, "3 Dag
    Hammarskjold Plaza" would print its house number at the end of the line.
    """
    return any(c.isalpha() for c in text) and not _RIGHT_TO_LEFT_LETTER.search(text)
