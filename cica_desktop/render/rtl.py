"""Right-to-left paragraphs for the PDF (Arabic), which reportlab cannot lay out itself.

As docs/LIBRARIES.md §4 says: shape the letters (arabic-reshaper), break lines in
*logical* order by measured width, and only then reorder each line for display
(python-bidi, base direction right to left). Reordering a whole paragraph before wrapping
would reverse the line order.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from .pdf_tags import (
    TAG,
    Labelled,
    latin_language,
    latin_runs,
    latin_span,
    left_blank,
    tagged,
)


@cache
def _reshaper() -> Any:
    """The Arabic shaper, made on first use: importing it and reading its configuration
    takes 12 ms, which a document without Arabic need not spend."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@cache
def shaped(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, still in logical order."""
    return str(_reshaper().reshape(text))


def visual(text: str) -> str:
    """One line as drawn, left to right: shaped and reordered."""
    from bidi.algorithm import get_display

    try:
        return str(get_display(shaped(text), base_dir="R"))
    except (AssertionError, ValueError, IndexError):  # python-bidi on exotic input
        return shaped(text)


#: Where a line may break: runs of white space, but not no-break spaces (U+00A0, which
#: also make up the gap a tab becomes, see render/text.py).
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0]+")


#: Ends a line that ends its paragraph or a hard line break: never justified.
LAST_LINE = "\n"

#: A comparison's revisions (Run.revision) and their inks: inserted text underlined in
#: blue, deleted text struck through in red (as the Latin paragraphs draw them).
INSERTED, DELETED = "ins", "del"
INSERTED_INK = "#1F4E9A"
DELETED_INK = "#B22222"
#: A draft's placeholders (Run.placeholder), marked as revisions are: dark red on pale
#: yellow, as a highlighter marks a gap (the Latin paragraphs draw them alike).
PLACEHOLDER = "gap"
PLACEHOLDER_INK = "#8B1A00"
PLACEHOLDER_BACKGROUND = "#FFF0A0"

#: A word as break_lines sees it: anything between breakable spaces.
_WORD = re.compile(r"(?:[^\s]|\u00a0)+")


#: A word's pieces in logical order, each with its revision: (("إلى", "del"),
#: ("EDITED", "ins")) for a word whose first letters were deleted and the rest inserted.
WordMarks = tuple[tuple[str, str], ...]


def word_revisions(pieces: list[tuple[str, str]]) -> tuple[WordMarks, ...]:
    """The marks of each word of the text the *pieces* (text, revision) make, in order.
    Empty when no piece is revised (the paragraph is drawn as it always was)."""
    if not any(revision for _, revision in pieces):
        return ()
    per_char = [revision for text, revision in pieces for _ in text]
    text = "".join(text for text, _ in pieces)
    words = []
    for word in _WORD.finditer(text):
        marks = zip(word.group(), per_char[word.start():word.end()], strict=True)
        words.append(tuple(("".join(char for char, _ in group), revision)
                           for revision, group in itertools.groupby(marks, lambda m: m[1])))
    return tuple(words)


def _line_words(line: str) -> list[str]:
    return _WORD.findall(line)


#: Punctuation that bidi moves to the other end of a word set alone (a full stop).
_EDGE_PUNCTUATION = ".,;:!?()[]«»\"'“”’،؛؟"


def revision_segments(line: str, drawn: str, words: list[WordMarks]
                      ) -> list[tuple[str, str]]:
    """The *drawn* (display-order) line cut into (text, revision) segments, left to right,
    from the marks of each of the logical *line*'s words. A word is found in the drawn
    line by its display form (of equal words, the logical first is the one furthest
    right: a right-to-left line), then each revised piece inside it by its own."""
    marks = [""] * len(drawn)
    taken: dict[str, int] = {}

    def find(form: str, start: int, end: int, seen: int = 0) -> int:
        at = -1
        for _ in range(seen + 1):
            at = drawn.rfind(form, start, end)
            if at < 0:
                return -1
            end = at
        return at

    for word, pieces in zip(_line_words(line), words, strict=False):
        if not any(revision for _, revision in pieces):
            continue
        form = visual(word)
        seen = taken.get(form, 0)
        taken[form] = seen + 1
        at = find(form, 0, len(drawn), seen)
        span = (at, at + len(form)) if at >= 0 else (0, len(drawn))
        for piece, revision in pieces:
            core = piece.strip(_EDGE_PUNCTUATION) or piece
            if not revision or not core:
                continue
            piece_form = visual(core) if len(pieces) > 1 or at < 0 else form
            where = find(piece_form, *span) if piece_form != form else at
            if where >= 0:
                marks[where:where + len(piece_form)] = [revision] * len(piece_form)
    segments: list[tuple[str, str]] = []
    for revision, group in itertools.groupby(zip(drawn, marks, strict=True),
                                             key=lambda pair: pair[1]):
        segments.append(("".join(char for char, _ in group), revision))
    return segments


def break_lines(text: str, font: str, size: float, first_width: float,
                width: float) -> list[str]:
    """Greedy line breaking in logical order, measuring the shaped words. A line that
    ends the text or a hard line break ends with LAST_LINE (so a justified paragraph
    leaves it ragged, and a piece split off keeps the break)."""
    lines: list[str] = []
    for paragraph_line in text.split("\n"):
        words = [word for word in _BREAKABLE_SPACE.split(paragraph_line) if word]
        current: list[str] = []
        current_width = 0.0
        space = pdfmetrics.stringWidth(" ", font, size)
        for word in words:
            word_width = pdfmetrics.stringWidth(shaped(word), font, size)
            limit = first_width if not lines else width
            extra = word_width + (space if current else 0.0)
            if current and current_width + extra > limit:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
            else:
                current.append(word)
                current_width += extra
        lines.append(" ".join(current) + LAST_LINE)
    return lines


class RTLParagraph(Flowable):  # type: ignore[misc]
    """A paragraph set right to left; an optional number ("1 -") at its right edge."""

    def __init__(self, text: str, font: str, size: float, leading: float, *,
                 left: float = 0.0, right: float = 0.0, first_line: float = 0.0,
                 tab: float = 0.0, align: str = "right", label: str = "",
                 space_before: float = 0.0, space_after: float = 0.0,
                 keep_with_next: bool = False, continued: bool = False,
                 revisions: tuple[WordMarks, ...] = ()) -> None:
        super().__init__()
        #: A comparison's revision of each word of *text*, in order (word_revisions);
        #: empty for a paragraph without revisions.
        self.revisions = revisions
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.left, self.right, self.first_line, self.tab = left, right, first_line, tab
        self.align, self.label = align, label
        self.space_before, self.space_after = space_before, space_after
        self.keepWithNext = int(keep_with_next)
        self.continued = continued
        self.lines: list[str] = []
        #: (first line width, width, lines): the lines this piece of a split paragraph
        #: was given, which a layout at those widths reuses instead of breaking its text
        #: again (a text spanning N pages is not broken N times; hard line breaks stay).
        self.kept: tuple[float, float, list[str]] | None = None

    def _first_indent(self) -> float:
        if self.continued:
            return 0.0
        return self.tab if self.label else self.first_line

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        width = available_width - self.left - self.right
        first = width - self._first_indent()
        if self.kept is not None and self.kept[:2] == (first, width):
            self.lines = self.kept[2]
        else:
            self.lines = break_lines(self.text, self.font, self.size, first, width)
            self.kept = (first, width, self.lines)
        self.height = len(self.lines) * self.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        # Split the lines of the last layout, as reportlab's Paragraph does: a table splits
        # a cell at the cell's width, padding included, but lays it out without it.
        if self.kept is None:
            self.wrap(available_width, available_height)
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        first, width, _lines = self.kept or (0.0, 0.0, [])
        head_words = sum(len(_line_words(line)) for line in self.lines[:fit])
        head = self._copy(" ".join(self.lines[:fit]), continued=self.continued,
                          revisions=self.revisions[:head_words])
        head.space_after = 0.0
        head.kept = (first, width, self.lines[:fit])
        tail = self._copy(" ".join(self.lines[fit:]), continued=True,
                          revisions=self.revisions[head_words:])
        tail.space_before, tail.label = 0.0, ""
        tail.kept = (width, width, self.lines[fit:])  # lines after the first: full width
        return [head, tail]

    def _copy(self, text: str, continued: bool,
              revisions: tuple[WordMarks, ...]) -> RTLParagraph:
        copy = RTLParagraph(text, self.font, self.size, self.leading, left=self.left,
                            right=self.right, first_line=self.first_line, tab=self.tab,
                            align=self.align, label=self.label,
                            space_before=self.space_before, space_after=self.space_after,
                            keep_with_next=bool(self.keepWithNext), continued=continued,
                            revisions=revisions)
        if hasattr(self, TAG):  # the pieces draw the same structure element
            setattr(copy, TAG, getattr(self, TAG))
        return copy

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        """The lines, then the number; tagged as their structure elements (the text,
        and the number apart: render/pdf_tags.py)."""
        canvas = self.canv
        if left_blank(canvas):
            return
        canvas.setFont(self.font, self.size)
        right_edge = self.width - self.right
        element = getattr(self, TAG, None)
        label, body = ((element.label, element.body) if isinstance(element, Labelled)
                       else (None, element))
        words_before = 0
        spans = bool(latin_language(canvas))
        with tagged(canvas, body):
            for index, line in enumerate(self.lines):
                y = self.height - self.size - index * self.leading
                indent = self._first_indent() if index == 0 else 0.0
                drawn = visual(line.removesuffix(LAST_LINE))
                words = len(_line_words(line))
                revisions = list(self.revisions[words_before:words_before + words])
                words_before += words
                if any(revision for word in revisions for _, revision in word):
                    self._draw_revised(line, drawn, revisions, y, indent)
                    continue
                pieces = latin_runs(drawn) if spans else []
                if any(latin for _, latin in pieces):
                    self._draw_spans(line, drawn, pieces, y, indent)
                    continue
                spaces = drawn.count(" ") + drawn.count("\u00a0")  # both are code 32
                if self.align == "left":
                    canvas.drawString(self.left, y, drawn)
                elif self.align == "center":
                    canvas.drawCentredString((self.left + right_edge) / 2, y, drawn)
                elif self.align == "justify" and spaces and not line.endswith(LAST_LINE):
                    # From margin to margin: the room left shared among the spaces
                    # between words (as Word justifies Arabic: w:jc="both").
                    room = right_edge - indent - self.left
                    natural = pdfmetrics.stringWidth(drawn, self.font, self.size)
                    canvas.drawString(self.left, y, drawn,
                                      wordSpace=max(0.0, room - natural) / spaces)
                else:  # "right": the start of a right-to-left line
                    canvas.drawRightString(right_edge - indent, y, drawn)
        self._draw_label(label)

    def _draw_revised(self, line: str, drawn: str, revisions: list[WordMarks], y: float,
                      indent: float) -> None:
        """A line with revised words or a draft's gaps: placed as draw() places any line,
        drawn segment by segment, each revised one in its ink, underlined (inserted) or
        struck through (deleted), each gap on its highlight."""
        canvas = self.canv
        x, word_space = self._placement(line, drawn, indent)
        for text, revision in revision_segments(line.removesuffix(LAST_LINE), drawn,
                                                revisions):
            width = (pdfmetrics.stringWidth(text, self.font, self.size)
                     + word_space * (text.count(" ") + text.count("\u00a0")))
            canvas.saveState()
            if revision == PLACEHOLDER:
                ascent, descent = pdfmetrics.getAscentDescent(self.font, self.size)
                canvas.setFillColor(HexColor(PLACEHOLDER_BACKGROUND))
                canvas.rect(x, y + descent, width, ascent - descent, stroke=0, fill=1)
                canvas.setFillColor(HexColor(PLACEHOLDER_INK))
                canvas.drawString(x, y, text, wordSpace=word_space)
                canvas.restoreState()
                x += width
                continue
            if revision:
                canvas.setFillColor(HexColor(INSERTED_INK if revision == INSERTED
                                             else DELETED_INK))
                canvas.setStrokeColor(HexColor(INSERTED_INK if revision == INSERTED
                                               else DELETED_INK))
            canvas.drawString(x, y, text, wordSpace=word_space)
            if revision:
                canvas.setLineWidth(self.size / 20)
                rise = -self.size / 8 if revision == INSERTED else self.size / 4
                canvas.line(x, y + rise, x + width, y + rise)
            canvas.restoreState()
            x += width

    def _placement(self, line: str, drawn: str, indent: float) -> tuple[float, float]:
        """Where the *drawn* form of *line* starts (x) and the room added to each of its
        spaces, as draw() places a line drawn whole."""
        right_edge = self.width - self.right
        natural = pdfmetrics.stringWidth(drawn, self.font, self.size)
        spaces = drawn.count(" ") + drawn.count("\u00a0")
        if self.align == "left":
            return self.left, 0.0
        if self.align == "center":
            return (self.left + right_edge - natural) / 2, 0.0
        if self.align == "justify" and spaces and not line.endswith(LAST_LINE):
            return self.left, max(0.0, right_edge - indent - self.left - natural) / spaces
        return right_edge - indent - natural, 0.0

    def _draw_spans(self, line: str, drawn: str, pieces: list[tuple[str, bool]], y: float,
                    indent: float) -> None:
        """A line with runs of Latin text, placed as draw() places any line and drawn
        piece by piece: each Latin run its own /Span with the document's language for
        Latin text (render/pdf_tags.py), the printed line unchanged."""
        canvas = self.canv
        x, word_space = self._placement(line, drawn, indent)
        for text, latin in pieces:
            if latin:
                with latin_span(canvas):
                    canvas.drawString(x, y, text, wordSpace=word_space or None)
            else:
                canvas.drawString(x, y, text, wordSpace=word_space or None)
            x += (pdfmetrics.stringWidth(text, self.font, self.size)
                  + word_space * (text.count(" ") + text.count("\u00a0")))

    def _draw_label(self, label: Any) -> None:
        canvas = self.canv
        right_edge = self.width - self.right
        if self.label and not self.continued:
            with tagged(canvas, label):
                canvas.drawRightString(right_edge - self.first_line,
                                       self.height - self.size, visual(self.label))
