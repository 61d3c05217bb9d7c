"""Paragraphs of the PDF in Latin, Cyrillic and other space-separated scripts, whose cost
stays in proportion to their length however many pages they span.

reportlab breaks a paragraph split across pages again for every page: the piece that goes
on to the next page holds the words of the remaining lines and is broken from scratch there
(a table cell taller than a page, several times per page). A text of N pages is broken N
times. KeptLinesParagraph gives that piece the lines already broken instead, when it is
laid out at the width they were broken for (the same column on the next page). Greedy line
breaking makes each line from where it starts and how wide it may be, so these are the lines
breaking the piece afresh would give.

Chinese has its own paragraph (render/kinsoku.py), which does the same.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph, ParaLines, _processed_frags

from .pdf_tags import Tagged, inherit_tag


class KeptLinesParagraph(Tagged, Paragraph):  # type: ignore[misc]
    """reportlab's Paragraph; the piece split off for the next page keeps its lines.
    Tagged (render/pdf_tags.py): its pieces draw its structure element."""

    #: (width, plain lines): the lines this piece was given when it was split off, good
    #: for a layout where every line is *width* wide.
    _kept: tuple[float, Any] | None = None
    #: (widths, plain lines) of the last break, for the next wrap at the same widths
    #: (a table measures its cells several times).
    _last: tuple[tuple[float, ...], Any] | None = None
    #: (widths, lines) of the piece that stays on this page: the lines the whole paragraph
    #: was measured with. Broken afresh, a word that splitLongWords cut at the end of a
    #: line is whole again and moves down, and the piece no longer fits its height.
    _kept_first: tuple[tuple[float, ...], Any] | None = None

    def breakLines(self, width: Any) -> Any:
        widths = tuple(width) if isinstance(width, list | tuple) else (width,)
        if self._kept_first is not None and self._kept_first[0] == widths:
            return self._kept_first[1]
        if self._kept is not None and all(w == self._kept[0] for w in widths):
            return self._kept[1]
        if self._last is not None and self._last[0] == widths \
                and not getattr(self, "_splitpara", False):
            return self._last[1]
        lines = super().breakLines(width)
        self._last = (widths, lines)
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = inherit_tag(self, list(super().split(availWidth, availHeight)))
        broken = getattr(self, "blPara", None)
        if len(parts) != 2 or broken is None or not isinstance(parts[1], KeptLinesParagraph):
            return parts
        first, rest = parts
        done = len(first.blPara.lines)
        kept = broken.lines[done:]
        if isinstance(first, KeptLinesParagraph):
            first._kept_first = (tuple(self._wrapWidths), broken.clone(lines=broken.lines[:done]))
        if broken.kind == 0:
            lines = broken.clone(lines=kept)
        elif _processed_frags(self.frags) and all(hasattr(line, "sFW") for line in kept):
            # Fragment lines count their first word (sFW) in the paragraph's words; the
            # rest's words start at its first line's.
            base = kept[0].sFW
            lines = ParaLines(kind=1, lines=[line.clone(sFW=line.sFW - base)
                                             for line in kept])
        else:
            return parts
        # Lines after the first were broken at the later width (no first-line indent).
        rest._kept = (self._wrapWidths[-1], lines)
        return parts
