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
