"""Chinese line breaking for the PDF: no line starts with a closing mark or ends with an
opening one (禁则, GB/T 15834 practice), and Latin words are not cut.

reportlab's CJK wrapping knows too few marks (not the full-width comma "，", nor "；：？！",
nor closing quotes) and hangs at most one closing mark, so "）。" could leave "。" alone at
the start of a line. KinsokuParagraph breaks lines itself: a single closing mark that does
not fit hangs in the margin, as reportlab does; two or more pull the character before them
down to the next line instead.

The cost is linear in the length of the text. A paragraph's characters are measured once
(_Source), and the lines broken from any character at given widths are kept: the part of a
paragraph split onto the next page (or the next piece of a table cell taller than a page)
reuses the lines already broken instead of breaking the rest of the text again, which made
a long text cost time in proportion to its length times its number of pages.
"""

from __future__ import annotations

import bisect
import functools
from copy import deepcopy
from itertools import repeat
from typing import Any

from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    imgNormV,
    imgVRange,
)

from .pdf_tags import (
    LATIN_RUN,
    TAG,
    Element,
    Labelled,
    Tagged,
    Tagger,
    inherit_tag,
    latin_runs,
    left_blank,
)
from .text import NO_BREAK_SPACE

#: Marks that never start a line (closing brackets and quotes, stops, commas, …).
CANNOT_START = frozenset(ALL_CANNOT_START + "，；：？！、。）》〉」』】〕〗”’…．·%‰℃"
                         + ")]},.;:!?")
#: Marks that never end a line (opening brackets and quotes).
CANNOT_END = frozenset(ALL_CANNOT_END + "（《〈「『【〔〖“‘([{")

_FUZZ = 1e-6

#: A line: (start, stop, width, forced): items start to stop, its width without what hangs
#: in the margin, and whether it ends at a forced break (<br/>).
LineRange = tuple[int, int, float, bool]


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
    if char == NO_BREAK_SPACE:
        # No-break spaces (a tab's gap, see render/text.py) hang in the margin: a line
        # neither starts with a gap nor cuts one in two.
        stop = overflow
        while stop < end and text[stop] == NO_BREAK_SPACE:
            stop += 1
        return stop
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
                forced: frozenset[int] = frozenset(), begin: int = 0) -> list[LineRange]:
    """(start, stop, width, forced) of each line from chars[begin] on; *forced* holds the
    indexes of characters that end a line whatever the width (<br/>).

    Line i is at most max_widths[i] wide (the last width repeats).
    """
    lines: list[LineRange] = []
    start = index = begin
    used = 0.0
    max_width = max_widths[0]
    count = len(chars)
    while index < count:
        width = widths[index]
        is_forced = index in forced
        if is_forced or (used + width > max_width + _FUZZ and index > start):
            stop = index + 1 if is_forced else break_point(chars, start, index)
            # No-break spaces hanging in the margin are not seen: they do not count.
            shown = index if stop > index and chars[stop - 1] == NO_BREAK_SPACE else stop
            lines.append((start, stop, sum(widths[start:shown]), is_forced))
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


def _frag_text(frag: Any) -> str:
    """A fragment's text (a fragment split off another page holds words instead)."""
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    return text.decode("utf8") if isinstance(text, bytes) else str(text)


def _box_width(frag: Any, max_width: float) -> float:
    """The width of an inline object (an image; 0 for an anchor), as reportlab's cjkU."""
    width: Any = getattr(frag.cbDefn, "width", 0)
    if hasattr(width, "normalizedValue"):  # a relative width
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


class _Run:
    """Consecutive items of one look (reportlab's sameFrag): drawn as one word of a line."""

    __slots__ = ("ascent", "descent", "frag", "size", "start", "text")

    def __init__(self, start: int, frag: Any, text: str, calc_bounds: bool) -> None:
        self.start = start
        self.frag = frag
        #: One character per item; an empty fragment (a <br/>, an anchor) is one item
        #: with no text.
        self.text = text
        self.size = frag.fontSize
        cb: Any = getattr(frag, "cbDefn", None)
        box_width: Any = getattr(cb, "width", 0)
        if calc_bounds and box_width:
            self.descent, self.ascent = imgVRange(imgNormV(cb.height, self.size), cb.valign,
                                                  self.size)
        else:
            self.ascent, self.descent = getAscentDescent(frag.fontName, self.size)


class _Broken:
    """The lines broken from one item at given widths; *starts* finds a line by its start."""

    __slots__ = ("calc_bounds", "lines", "ranges", "starts", "widths")

    def __init__(self, widths: tuple[float, ...], calc_bounds: bool,
                 ranges: list[LineRange], lines: list[Any]) -> None:
        self.widths = widths
        self.calc_bounds = calc_bounds
        self.ranges = ranges
        self.lines = lines
        self.starts = {line[0]: index for index, line in enumerate(ranges)}

    def suffix_for(self, begin: int, widths: tuple[float, ...],
                   calc_bounds: bool) -> tuple[list[LineRange], list[Any]] | None:
        """The lines from item *begin* on, if breaking from there at *widths* gives them.

        Greedy breaking makes each line from where it starts and how wide it may be, so
        the lines after any line start are those a fresh break from there would make.
        """
        index = self.starts.get(begin)
        if index is None or calc_bounds != self.calc_bounds:
            return None
        own, asked = self.widths, widths
        for step in range(max(len(asked), len(own) - index, 1)):
            if asked[min(step, len(asked) - 1)] != own[min(index + step, len(own) - 1)]:
                return None
        return self.ranges[index:], self.lines[index:]


class _Source:
    """A paragraph's text as items (characters, and one per empty fragment) with their
    widths, measured once and shared by the pieces the paragraph is split into."""

    #: Breaks kept per source (one per width a piece was asked to fit).
    KEEP = 8

    def __init__(self, frags: list[Any], first_width: float) -> None:
        self.frags = frags
        #: One font throughout: plain (space, [text]) lines, reportlab's fast drawing path.
        self.plain = len(frags) == 1 and not hasattr(frags[0], "cbDefn")
        #: Widths relative to the line width (inline images) are measured per break.
        self.relative = any(hasattr(getattr(getattr(f, "cbDefn", None), "width", None),
                                    "normalizedValue") for f in frags)
        chars: list[str] = []
        widths: list[float] = []
        forced: set[int] = set()
        #: Item index where each fragment starts (to give a piece its fragments).
        self.frag_starts: list[int] = []
        #: (start, frag, text) of each fragment.
        pieces: list[tuple[int, Any, str]] = []
        for frag in frags:
            text = _frag_text(frag)
            start = len(chars)
            self.frag_starts.append(start)
            pieces.append((start, frag, text))
            if self.plain:
                items = list(text)  # no item for an empty text: no line at all
                widths.extend(map(_char_width, items, repeat(frag.fontName),
                                  repeat(frag.fontSize)))
            elif hasattr(frag, "cbDefn"):
                items = list(text) or [""]
                box = _box_width(frag, first_width)
                widths.extend(box for _ in items)
            elif text:
                items = list(text)
                widths.extend(map(_char_width, items, repeat(frag.fontName),
                                  repeat(frag.fontSize)))
            else:
                items = [""]
                widths.append(0.0)
            chars.extend(items)
            if hasattr(frag, "lineBreak") and not self.plain:
                forced.update(range(start, len(chars)))
        self.chars = chars
        self.widths = widths
        self.forced = frozenset(forced)
        self.text = "".join(chars) if self.plain else ""
        self._pieces = pieces
        self._runs: dict[bool, tuple[list[int], list[_Run]]] = {}
        self._broken: list[_Broken] = []

    def runs(self, calc_bounds: bool) -> tuple[list[int], list[_Run]]:
        """Runs of items drawn alike: neighbouring fragments of one look are merged, as
        reportlab's makeCJKParaLine merges glyphs (empty fragments stay apart)."""
        if calc_bounds not in self._runs:
            groups: list[tuple[int, Any, list[str]]] = []
            for start, frag, text in self._pieces:
                if groups and text and groups[-1][2][-1] and sameFrag(groups[-1][1], frag):
                    groups[-1][2].append(text)
                else:
                    groups.append((start, frag, [text]))
            runs = [_Run(start, frag, "".join(texts), calc_bounds)
                    for start, frag, texts in groups]
            self._runs[calc_bounds] = ([run.start for run in runs], runs)
        return self._runs[calc_bounds]

    def lines_from(self, begin: int, max_widths: list[float], calc_bounds: bool
                   ) -> tuple[list[LineRange], list[Any]]:
        """The lines from item *begin* on, broken at *max_widths* (or kept from before)."""
        widths = tuple(max_widths)
        for broken in self._broken:
            found = broken.suffix_for(begin, widths, calc_bounds)
            if found is not None:
                return found
        ranges = line_ranges(self.chars, self.widths, list(widths), self.forced, begin)
        lines = [self._line(r, widths[min(i, len(widths) - 1)], calc_bounds)
                 for i, r in enumerate(ranges)]
        self._broken.append(_Broken(widths, calc_bounds, ranges, lines))
        del self._broken[:-self.KEEP]
        return ranges, lines

    def _line(self, line: LineRange, max_width: float, calc_bounds: bool) -> Any:
        start, stop, width, forced = line
        if self.plain:
            return max_width - width, [self.text[start:stop]]
        run_starts, runs = self.runs(calc_bounds)
        words = []
        size = ascent = descent = 0.0
        index = bisect.bisect_right(run_starts, start) - 1
        while index < len(runs) and runs[index].start < stop:
            run = runs[index]
            begin = max(start, run.start) - run.start
            words.append(run.frag.clone(text=run.text[begin:stop - run.start]))
            size = max(size, run.size)
            ascent = max(ascent, run.ascent)
            descent = min(descent, run.descent)
            index += 1
        return FragLine(kind=1, extraSpace=max_width - width, wordCount=1, words=words,
                        fontSize=size, ascent=ascent, descent=descent, maxWidth=max_width,
                        currentWidth=width, lineBreak=forced)

    def frags_between(self, start: int, stop: int | None = None) -> list[Any]:
        """The fragments of items start to stop (the end if None), cut where they must be."""
        if self.plain:
            return [self.frags[0].clone(text=self.text[start:stop])]
        first = bisect.bisect_right(self.frag_starts, start) - 1
        last = len(self.frags) if stop is None else bisect.bisect_left(self.frag_starts, stop)
        out = self.frags[first:last]
        if not out:
            return out
        if stop is not None and hasattr(out[-1], "text") and not hasattr(out[-1], "cbDefn"):
            offset = self.frag_starts[last - 1]
            out[-1] = out[-1].clone(text=_frag_text(out[-1])[:stop - offset])
        if start > self.frag_starts[first] and not hasattr(out[0], "cbDefn"):
            offset = self.frag_starts[first]
            out[0] = out[0].clone(text=_frag_text(out[0])[start - offset:])
        return out


class KinsokuParagraph(Tagged, Paragraph):  # type: ignore[misc]
    """A reportlab paragraph (wordWrap="CJK") that breaks its lines by the rules above.

    Breaking is done once per width: wrapping again at the same width (a table measures
    its cells several times) reuses the lines, and split() hands the next page's piece the
    lines already broken (see _Source).
    """

    #: The measured text this paragraph is (a piece of), from item _begin on; _end is
    #: where a first piece (kept lines, _splitpara) ends.
    _source: _Source | None = None
    _begin = 0
    _end: int | None = None
    #: Item ranges of the lines in self.blPara, when this class broke them.
    _ranges: list[LineRange] | None = None

    #: While drawn with its Latin runs tagged apart: the text object's splitter.
    _spans: _LatinSpans | None = None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Drawn as any tagged paragraph (render/pdf_tags.py), but when the document tags
        Latin text in its own language, each run of Latin text inside the paragraph is a
        /Span element of its own with that /Lang (`_LatinSpans`)."""
        if left_blank(canvas):
            return
        spans = self._latin_spans(canvas)
        if spans is None:
            super().drawOn(canvas, x, y, _sW)
            return
        tagger, element = spans.tagger, getattr(self, TAG)
        self._spans = spans
        try:
            if isinstance(element, Labelled) and getattr(self, "bulletText", None):
                tagger.expect_text_objects(element.label)  # the number: tagged apart
            Paragraph.drawOn(self, canvas, x, y, _sW)
        finally:
            tagger.clear_pending()
            self._spans = None

    def _latin_spans(self, canvas: Any) -> _LatinSpans | None:
        """The splitter for this drawing, or None to draw as any tagged paragraph: no
        Latin run, no language to tag it with, or something drawn outside the text
        object (underlines, links, a background: they must stay in the element's own
        marked content)."""
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        element = getattr(self, TAG, None)
        if isinstance(element, Labelled):
            element = element.body
        if (tagger is None or not isinstance(element, Element) or element.repeats
                or element.lang):  # a paragraph in a language of its own: all of it
            return None
        style = self.style
        if (getattr(style, "backColor", None) or getattr(style, "borderWidth", 0)
                or not tagger.latin_language):
            return None
        if any(getattr(f, "us_lines", None) or getattr(f, "link", None)
               or getattr(f, "backColor", None) or hasattr(f, "cbDefn") for f in self.frags):
            return None
        if not any(LATIN_RUN.search(_frag_text(frag)) for frag in self.frags):
            return None
        return _LatinSpans(tagger, canvas.getPageNumber() - 1, element)

    def beginText(self, x: float, y: float) -> Any:
        """The paragraph's text object (reportlab calls this once per drawing; the number
        is a text object of the canvas's)."""
        text_object = super().beginText(x, y)
        if self._spans is not None:
            self._spans.attach(text_object)
        return text_object

    def _kinsoku(self) -> bool:
        return bool(self.frags) and not getattr(self.style, "endDots", None)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if not self._kinsoku():
            self._ranges = None
            return super().breakLinesCJK(maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            # The first part of a split paragraph keeps its lines.
            if self._ranges is not None:
                return self.blPara
            frags = self.frags  # split by reportlab (never, while split() is ours)
            if len(frags) == 1 and not hasattr(frags[0], "cbDefn"):
                return frags[0].clone(kind=0, lines=self.blPara.lines)
            return self.blPara
        style = self.style
        self.height = 0.0
        maxWidths = list(maxWidths)
        _handle_bullet_width(self.bulletText, style, maxWidths)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        source = self._source
        if source is None or source.relative:
            source = _Source(self.frags, maxWidths[0])
            self._source, self._begin = source, 0
        ranges, lines = source.lines_from(self._begin, maxWidths, calc_bounds)
        self._ranges = ranges
        return self._para_lines(lines)

    def _para_lines(self, lines: list[Any]) -> Any:
        if self._source is not None and self._source.plain:
            frag = self.frags[0]
            return frag.clone(kind=0, lines=lines, ascent=frag.fontSize,
                              descent=-0.2 * frag.fontSize)
        return ParaLines(kind=1, lines=lines)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """reportlab's Paragraph.split, but the pieces share the measured text and lines;
        they draw the same structure element (render/pdf_tags.py)."""
        return inherit_tag(self, self._split(availWidth, availHeight))

    def _split(self, availWidth: float, availHeight: float) -> list[Any]:
        if not self._kinsoku():
            return list(super().split(availWidth, availHeight))
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        if not hasattr(self, "blPara"):
            self.wrap(availWidth, availHeight)
        source, ranges = self._source, self._ranges
        if source is None or ranges is None:
            return list(super().split(availWidth, availHeight))
        blPara = self.blPara
        style = self.style
        lines = blPara.lines
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        leading = style.leading
        if blPara.kind == 1 and auto_leading not in ("", "off"):
            fit = len(lines)
            height = 0.0
            for index, line in enumerate(lines):
                line_height = (max(line.ascent - line.descent, leading)
                               if auto_leading == "max" else line.ascent - line.descent)
                if height + line_height > availHeight + 1e-8:
                    fit = index
                    break
                height += line_height
        else:
            line_height = leading
            if auto_leading == "max":
                line_height = max(leading, 1.2 * style.fontSize)
            elif auto_leading == "min":
                line_height = 1.2 * style.fontSize
            fit = int(availHeight / float(line_height))
            height = fit * line_height
        allow_orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
        if (not allow_orphans and fit <= 1) or fit == 0:  # an orphan, or no room
            del self.blPara
            return []
        count = len(lines)
        if count <= fit:
            return [self]
        if not getattr(self, "allowWidows", getattr(style, "allowWidows", 1)) \
                and count == fit + 1:  # a widow: give it company
            if (allow_orphans and count == 3) or count > 3:
                fit -= 1
            else:
                del self.blPara
                return []
        cut = ranges[fit][0]
        first = self.__class__(None, style, bulletText=self.bulletText,
                               frags=source.frags_between(self._begin, cut))
        first._source, first._begin, first._ranges = source, self._begin, ranges[:fit]
        first._end = cut
        first.blPara = first._para_lines(lines[:fit])
        first.blPara.aH, first.blPara.aW = availHeight, availWidth
        last = lines[fit - 1]
        # Do not justify the last line when a line break ends it (as reportlab).
        first._JustifyLast = not (isinstance(last, FragLine) and getattr(last, "lineBreak",
                                                                         False))
        first._splitpara = 1
        first.height = height
        first.width = availWidth
        if style.firstLineIndent != 0:
            style = deepcopy(style)
            style.firstLineIndent = 0
        rest = self.__class__(None, style, bulletText=None,
                              frags=source.frags_between(cut, self._end))
        if self._end is None:  # the lines to the end of the text are the rest's
            rest._source, rest._begin = source, cut
        if hasattr(self, "autoLeading"):
            first.autoLeading = rest.autoLeading = self.autoLeading
        return [first, rest]


class _LatinSpans:
    """Cuts a paragraph's text object at its Latin runs: the element's marked content
    opens inside the text object, each Latin run's /Span takes its place for the run
    (Tagger.span), and the element's content closes before the text object ends. The
    glyphs and their positions are those reportlab writes: a string is cut into
    consecutive strings, each starting where the last ended."""

    def __init__(self, tagger: Tagger, page: int, element: Element) -> None:
        self.tagger, self.page, self.element = tagger, page, element
        self.lang = tagger.latin_language
        self.open = False

    def attach(self, text_object: Any) -> None:
        text_out, get_code = text_object._textOut, text_object.getCode
        code: list[str] = text_object._code

        def _text_out(text: str, TStar: int = 0) -> None:
            if not self.open:
                opening = self.tagger.inline(self.page, self.element)
                if opening is None:  # inside another element's content: as before
                    text_out(text, TStar)
                    return
                code.append(opening)
                self.open = True
            pieces = latin_runs(text)
            for index, (piece, latin) in enumerate(pieces):
                star = TStar if index == len(pieces) - 1 else 0
                marks = self.tagger.span(self.page, self.lang) if latin else None
                if marks is None:
                    text_out(piece, star)
                    continue
                code.append(marks[0])
                text_out(piece, 0)
                code.append(marks[1])
                if star:
                    code.append("T*")

        def _get_code() -> str:
            if self.open:
                code.append(self.tagger.end_inline())
                self.open = False
            return str(get_code())

        text_object._textOut = _text_out
        text_object.getCode = _get_code


def _handle_bullet_width(bullet_text: Any, style: Any, max_widths: list[float]) -> None:
    from reportlab.platypus.paragraph import _handleBulletWidth

    _handleBulletWidth(bullet_text, style, max_widths)
