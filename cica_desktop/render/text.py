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


#: U+00A0: reportlab neither breaks a line at it nor merges it with the spaces around.
NO_BREAK_SPACE = "\u00a0"
#: U+202F, French before ; : ! ? » (render/pdf.py sets it as a smaller U+00A0).
NARROW_NO_BREAK_SPACE = "\u202f"

#: How wide a tab is in the PDF, in ems of the text (see tab_gap).
TAB_EMS = 2.0


def tab_gap(no_break_space_width: float, space_width: float, size: float, *,
            break_after: bool) -> str:
    """What a tab typed in the text becomes in the PDF: a gap of TAB_EMS ems.

    The DOCX keeps the tab itself (a w:tab), which Word advances to its next tab stop: by
    default every 36 points, so anywhere from a hair to 36 points depending on where the
    tab falls on the line. The PDF has no tab stops and reportlab knows no tabs (it would
    print one as a single space, or as a missing glyph), so the tab becomes a fixed gap of
    two ems (20 points in 10-point text), about what a tab gives on average, made of
    no-break spaces (U+00A0): the text keeps a space character there, and line breaking
    neither cuts the gap in two nor starts a line with it (a gap that does not fit hangs in
    the margin). *break_after* ends the gap with one ordinary space, for line breakers
    that can break a line only at a space (reportlab's Latin wrapping, right-to-left
    lines); the gap is then that much narrower, so it stays two ems wide.

    The widths are those of the two spaces in the font the gap is set in, at *size*.
    """
    wanted = TAB_EMS * size - (space_width if break_after else 0.0)
    count = max(1, round(wanted / no_break_space_width)) if no_break_space_width > 0 else 1
    return NO_BREAK_SPACE * count + (" " if break_after else "")


def xml_escape(text: str) -> str:
    """&, < and > as XML entities (what xml.sax.saxutils.escape does, without importing
    urllib, http and ssl with it: 9 ms of a cold start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
