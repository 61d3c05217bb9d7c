"""The PDF's own flowables: what reportlab's platypus has no flowable for."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, cast

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Table
from reportlab.platypus.tables import _calc_pc

from .pdf_tags import Tagged, artifact, left_blank

#: How many rows of a table reportlab is given to measure at a time (TaggedTable).
ROWS_MEASURED_AT_ONCE = 64

#: Where the digital signature's box landed: (page index, x0, y0, x1, y1) in PDF points.
Box = tuple[int, float, float, float, float]


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size flowable that marks where it lands: a bookmark and/or a part's anchor."""

    keepWithNext = 1

    def __init__(self, title: str | None, key: str, anchor: str | None,
                 anchor_pages: dict[str, int]) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.anchor = anchor
        self.anchor_pages = anchor_pages
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        if self.title:
            canvas.bookmarks_by_page.setdefault(page, []).append((self.title, self.key))
        if self.anchor:
            self.anchor_pages.setdefault(self.anchor, page - 1)


class EndRuleFlowable(Flowable):  # type: ignore[misc]
    """The short centred rule that closes a UN document, *space* under the text."""

    def __init__(self, length: float, line_width: float, space: float) -> None:
        super().__init__()
        self.length = length
        self.line_width = line_width
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space

    def draw(self) -> None:
        if left_blank(self.canv):
            return
        x = (self.width - self.length) / 2
        with artifact(self.canv, "Layout"):
            self.canv.setLineWidth(self.line_width)
            self.canv.line(x, 0, x + self.length, 0)


class PictureFlowable(Tagged, Flowable):  # type: ignore[misc]
    """An image scaled to a given size; a PNG's transparency is kept (an SMask). Tagged:
    a Figure with its alternative text."""

    def __init__(self, data: bytes, width: float, height: float, align: str,
                 space_after: float = 0) -> None:
        super().__init__()
        self.image = ImageReader(io.BytesIO(data))
        self.width, self.height = width, height
        self.align = align
        self.space_after = space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available = available_width
        return available_width, self.height + self.space_after

    def draw(self) -> None:
        x = {"left": 0.0, "right": self.available - self.width}.get(
            self.align, (self.available - self.width) / 2)
        self.canv.drawImage(self.image, x, self.space_after, self.width, self.height,
                            mask="auto")


class SignatureImage(PictureFlowable):
    """The scanned signature: above the name, reaching down over it by *overlap*."""

    def __init__(self, data: bytes, width: float, height: float, *, overlap: float,
                 align: str, text_width: float, indent: tuple[float, float]) -> None:
        super().__init__(data, width, height, align)
        self.overlap = overlap
        self.text_width = text_width
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available = available_width
        return available_width, self.height - self.overlap

    def draw(self) -> None:
        left, right = self.indent
        # Centred over the name, kept inside the text column.
        match self.align:
            case "right":
                centre = self.available - right - self.text_width / 2
            case "left":
                centre = left + self.text_width / 2
            case _:
                centre = (left + self.available - right) / 2
        x = min(max(centre - self.width / 2, 0.0), self.available - self.width)
        self.canv.drawImage(self.image, x, -self.overlap, self.width, self.height, mask="auto")


class SignatureStamp(Flowable):  # type: ignore[misc]
    """The framed box of the digital signature; reports where on which page it lands."""

    def __init__(self, box: Flowable, align: str, space_before: float,
                 landed: Callable[[Box], None]) -> None:
        super().__init__()
        self.box = box
        self.align = align
        self.space_before = space_before
        self.landed = landed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available = available_width
        self.box_width, self.box_height = self.box.wrap(available_width, available_height)
        return available_width, self.box_height + self.space_before

    def draw(self) -> None:
        x = {"left": 0.0, "center": (self.available - self.box_width) / 2}.get(
            self.align, self.available - self.box_width)
        if not left_blank(self.canv):
            self.box.drawOn(self.canv, x, 0)
        x0, y0 = self.canv.absolutePosition(x, 0)
        self.landed((self.canv.getPageNumber() - 1, x0, y0, x0 + self.box_width,
                     y0 + self.box_height))


class TaggedTable(Table):  # type: ignore[misc]
    """reportlab's Table whose rules and backgrounds are artifacts (its cells' paragraphs
    are tagged themselves); its row heights are measured once per width."""

    #: The column widths the row heights were last measured for.
    _heights_for: tuple[Any, ...] | None = None
    #: reportlab's: the heights given (None: to measure), the cells and their styles by
    #: row, each row's least height, and the heights measured.
    _argH: list[float | None]
    _cellvalues: list[list[Any]]
    _cellStyles: list[list[Any]]
    _minRowHeights: list[float] | None
    _rowHeights: list[float]

    def _calc_height(self, availHeight: float, availWidth: float, H: Any = None,
                     W: Any = None) -> None:
        """reportlab's, but not again for the column widths it last measured. A table is
        wrapped two or three times before it is split (kept with its heading, then
        placed), and each time reportlab measured every row again, in time growing with
        the square of the rows (it looks for the next unmeasured row from the first):
        57 ms for a table of 862 rows. Without row spans, reportlab measures every row
        whatever the height available, so the heights depend on the columns' widths
        alone (ours are given in points: the same whatever the frame's width)."""
        key = tuple(W or _calc_pc(self._argW, availWidth))
        if self._spanCmds:
            super()._calc_height(availHeight, availWidth, H, W)
        elif key != self._heights_for:
            self._measure_by_slices(availHeight, availWidth, list(key))
            self._heights_for = key

    def _measure_by_slices(self, availHeight: float, availWidth: float, W: list[Any]) -> None:
        """reportlab's measure, given the rows `ROWS_MEASURED_AT_ONCE` at a time. For each
        row it measures, reportlab looks for the next unmeasured row from the first and
        sums the heights above it: a table's first measure took time growing with the
        square of its rows (wrapping the tables of the 300-page Chinese package: 33 → 24
        ms). Without row spans a row's height is its own cells' alone, so slices measure
        as the whole does. A cell that cannot be measured is reported by reportlab with
        its row counted from the slice's first."""
        given = self._argH
        values, styles, least = self._cellvalues, self._cellStyles, self._minRowHeights
        heights: list[float] = []
        try:
            for start in range(0, len(given), ROWS_MEASURED_AT_ONCE):
                rows = slice(start, start + ROWS_MEASURED_AT_ONCE)
                self._argH = given[rows]
                if None not in self._argH:  # reportlab keeps heights given as they are
                    heights += cast(list[float], self._argH)
                    continue
                self._cellvalues, self._cellStyles = values[rows], styles[rows]
                if least:
                    self._minRowHeights = least[rows]
                super()._calc_height(availHeight, availWidth, W=W)
                heights += self._rowHeights
            # Every height known: reportlab only adds up the rows' positions.
            self._argH = list(heights)
            super()._calc_height(availHeight, availWidth, W=W)
        finally:
            self._argH = given
            self._cellvalues, self._cellStyles, self._minRowHeights = values, styles, least
        self._rowHeights = heights

    def draw(self) -> None:
        if not left_blank(self.canv):
            super().draw()

    def _drawBkgrnd(self) -> None:
        with artifact(self.canv, "Layout"):
            super()._drawBkgrnd()

    def _drawLines(self) -> None:
        with artifact(self.canv, "Layout"):
            super()._drawLines()


class Spacer(Flowable):  # type: ignore[misc]
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, self.height

    def draw(self) -> None:
        pass
