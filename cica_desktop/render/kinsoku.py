"""Chinese line breaking for the PDF: no line starts with a closing mark or ends with an
opening one (禁则, GB/T 15834 practice), and Latin words are not cut.

reportlab's CJK wrapping knows too few marks (not the full-width comma "，", nor "；：？！",
nor closing quotes) and hangs at most one closing mark, so "）。" could leave "。" alone at
the start of a line. KinsokuParagraph breaks lines itself: a single closing mark that does
not fit hangs in the margin, as reportlab does; two or more pull the character before them
down to the next line instead.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import Paragraph, ParaLines, cjkU, makeCJKParaLine

#: Marks that never start a line (closing brackets and quotes, stops, commas, …).
CANNOT_START = frozenset(ALL_CANNOT_START + "，；：？！、。）》〉」』】〕〗”’…．·%‰℃"
                         + ")]},.;:!?")
#: Marks that never end a line (opening brackets and quotes).
CANNOT_END = frozenset(ALL_CANNOT_END + "（《〈「『【〔〖“‘([{")

_FUZZ = 1e-6


def _is_word_character(char: str) -> bool:
    """Part of a Latin word or number, which must not be cut in two."""
    return bool(char) and ord(char) < 0x2E80 and not char.isspace() \
        and char not in CANNOT_START and char not in CANNOT_END


def break_point(text: list[str], start: int, overflow: int) -> int:
    """Where the next line starts, when text[overflow] is the first character that does
    not fit on the line that began at *start*."""
    end = len(text)
    char = text[overflow]
    if char in CANNOT_START and (overflow + 1 == end or text[overflow + 1] not in CANNOT_START):
        return overflow + 1  # one closing mark hangs in the margin
    cut = overflow
    if _is_word_character(text[cut - 1]) and _is_word_character(text[cut]):
        # Inside a Latin word: back to the last space or CJK character, within half a line.
        for back in range(cut - 1, (start + cut) // 2, -1):
            if text[back].isspace() or not _is_word_character(text[back]):
                cut = back + 1
                break
    # Marks that cannot start a line take the character before them along; a mark that
    # cannot end one goes down with what follows it.
    while cut > start + 1 and (text[cut] in CANNOT_START or text[cut - 1] in CANNOT_END):
        cut -= 1
    return cut


def line_ranges(chars: list[str], widths: list[float], max_widths: list[float],
                forced: frozenset[int] = frozenset()) -> list[tuple[int, int, float, bool]]:
    """(start, stop, width, forced) of each line; *forced* holds the indexes of characters
    that end a line whatever the width (<br/>)."""
    lines: list[tuple[int, int, float, bool]] = []
    start = index = 0
    used = 0.0
    max_width = max_widths[0]
    count = len(chars)
    while index < count:
        width = widths[index]
        is_forced = index in forced
        if is_forced or (used + width > max_width + _FUZZ and index > start):
            stop = index + 1 if is_forced else break_point(chars, start, index)
            lines.append((start, stop, sum(widths[start:stop]), is_forced))
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
            start = index = stop
            used = 0.0
            continue
        used += width
        index += 1
    if start < count:
        lines.append((start, count, sum(widths[start:]), False))
    return lines


@functools.cache
def _char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def _glyph_width(glyph: Any, max_width: float) -> float:
    width = glyph.width
    if hasattr(width, "normalizedValue"):  # an inline image's relative width
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


def kinsoku_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """reportlab's CJK paragraph lines, broken by the rules above."""
    if len(frags) == 1 and not hasattr(frags[0], "cbDefn"):
        return _single_frag_lines(frags[0], max_widths)
    glyphs: list[Any] = []
    for frag in frags:
        text = _frag_text(frag)
        if text:
            glyphs.extend(cjkU(char, frag, "utf8") for char in text)
        else:
            glyphs.append(cjkU(text, frag, "utf8"))
    widths = [_glyph_width(g, max_widths[0]) for g in glyphs]
    forced = frozenset(i for i, g in enumerate(glyphs) if hasattr(g.frag, "lineBreak"))
    lines: list[Any] = []
    for start, stop, width, is_forced in line_ranges([str(g) for g in glyphs], widths,
                                                     max_widths, forced):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append(makeCJKParaLine(glyphs[start:stop], max_width, width, max_width - width,
                                     is_forced, calc_bounds))
    return ParaLines(kind=1, lines=lines)


def _frag_text(frag: Any) -> str:
    """A fragment's text (a fragment split off another page holds words instead)."""
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    return text.decode("utf8") if isinstance(text, bytes) else str(text)


def _single_frag_lines(frag: Any, max_widths: list[float]) -> Any:
    """One font throughout: plain text lines (reportlab's fast drawing path)."""
    chars = list(_frag_text(frag))
    widths = [_char_width(c, frag.fontName, frag.fontSize) for c in chars]
    lines = []
    for index, (start, stop, width, _forced) in enumerate(line_ranges(chars, widths,
                                                                      max_widths)):
        max_width = max_widths[min(index, len(max_widths) - 1)]
        lines.append((max_width - width, ["".join(chars[start:stop])]))
    return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)


class KinsokuParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab paragraph (wordWrap="CJK") that breaks its lines with kinsoku_lines."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        frags = self.frags
        if not frags or getattr(self.style, "endDots", None):
            return super().breakLinesCJK(maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            # The second half of a paragraph split across pages keeps its lines; a
            # one-font paragraph's are plain (space, [text]) lines, as reportlab expects.
            if len(frags) == 1 and not hasattr(frags[0], "cbDefn"):
                return frags[0].clone(kind=0, lines=self.blPara.lines)
            return self.blPara
        style = self.style
        self.height = 0
        maxWidths = list(maxWidths)
        _handle_bullet_width(self.bulletText, style, maxWidths)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_lines(self.frags, maxWidths, auto_leading not in ("", "off"))


def _handle_bullet_width(bullet_text: Any, style: Any, max_widths: list[float]) -> None:
    from reportlab.platypus.paragraph import _handleBulletWidth

    _handleBulletWidth(bullet_text, style, max_widths)
