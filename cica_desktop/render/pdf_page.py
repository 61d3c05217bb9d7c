"""The PDF's page furniture: the masthead, the job-number footer of page 1, and the
running heads of pages 2+ (drawn when the canvas is saved, once the page count is known).

Everything here is drawn at the style spec's measured positions, mirrored in a
right-to-left document, and each is measured from the edge it belongs to: the masthead and
the running heads from the top edge, the footers, the job line and its barcode from the
bottom edge, x from the margins. So the furniture follows the paper size (Letter or A4)
and stays clear of the text block, whose bottom is measured from the bottom edge too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as RLParagraph

from ..document import Direction, Document, Masthead, RunningHeads
from ..document.script import ARABIC_CHARACTER, CJK_CHARACTER, Script
from .barcode import code39_bars
from .pdf_fonts import DocumentFonts
from .pdf_tags import Element, Tagger, artifact, tagged
from .qr import QR_FROM_BOTTOM, QR_RIGHT_PAST_MARGIN, QR_SIZE, qr_matrix
from .rtl import visual
from .stylespec import StyleSpec
from .text import printable

#: A paragraph of bold text in a style: the running head's short title.
TitleParagraph = Callable[[str, ParagraphStyle], RLParagraph]


class PageFurniture:
    """Draws what is on the page besides the flowing text."""

    def __init__(self, document: Document, spec: StyleSpec, fonts: DocumentFonts,
                 title_paragraph: TitleParagraph, structure: Element | None = None,
                 notices: list[str] | None = None) -> None:
        self.doc = document
        #: Where layout findings go (the report's notices: the CLI's warnings).
        self.notices = notices if notices is not None else []
        self.spec = spec
        self.page = spec.page(document.paper)
        self.fonts = fonts
        self.title_paragraph = title_paragraph
        self.script = document.script
        self.cjk = document.script is Script.CJK
        self.rtl = document.direction == Direction.RTL
        #: The operators of each side's header, as its first page has them.
        self._headers_written: dict[bool, list[str]] = {}
        self._set_lines: dict[tuple[str, float, bool, bool],
                              tuple[list[tuple[str, str, float]], float, float]] = {}
        #: The masthead's structure elements (made first: it is read first), by line.
        self.masthead_tags: dict[str, Element] = {}
        if structure is not None and document.masthead is not None:
            m = document.masthead
            lines = {"organ": m.organ, "body": m.body, "symbol": m.symbol,
                     **{f"field{index}": text for index, text in enumerate(m.fields)}}
            for key, text in lines.items():
                if text:
                    self.masthead_tags[key] = structure.add(
                        "P", lang=structure_language(text, document),
                        actual_text=text if ARABIC_CHARACTER.search(text) else "")

    def draw_text(self, canvas: Canvas, x: float, y: float, text: str, size: float,
                  bold: bool = False, align: str = "left", spaced: bool = False) -> float:
        """Draw one line with its baseline at the PDF's *y* (from the bottom edge: a
        position measured from the top edge is `self.page.from_top(distance)`); returns
        its width.

        Used for the masthead and running heads, whose figures ("2/5", job numbers) are
        set in the Latin face in every language. *spaced*: a Latin line of the masthead or
        the job line, set as wide as on the UN's pages (`furniture_char_space`).
        """
        key = (text, size, bold, spaced)
        if key not in self._set_lines:
            self._set_lines[key] = self._set_line(text, size, bold, spaced)
        pieces, width, space = self._set_lines[key]
        if align == "right":
            x -= width
        for font, piece, advance in pieces:
            canvas.setFont(font, size)
            canvas.drawString(x, y, piece, charSpace=space)
            x += advance
        return width

    def _set_line(self, text: str, size: float, bold: bool, spaced: bool
                  ) -> tuple[list[tuple[str, str, float]], float, float]:
        """How draw_text sets a line: its pieces (face, text, advance), its width and the
        spacing between its characters. The same lines (the symbol, the job number) are
        on every page: each is set once per document."""
        text = printable(text).replace(
            "\t", self.fonts.tab_gap(self.fonts.name(Script.LATIN, bold), size,
                                     break_after=False))
        if ARABIC_CHARACTER.search(text):
            text = visual(text)  # a single line: shaped and in display order
        pieces = list(self.fonts.pieces(text, Script.LATIN, text[:40]))
        space = furniture_char_space(text, size, bold) if spaced else 0.0
        # The spacing follows every character but the last (whose ink ends the line).
        width = self.fonts.width(pieces, size, bold) + space * max(0, len(text) - 1)
        set_pieces = []
        for script, piece in pieces:
            font = self.fonts.name(script, bold)
            set_pieces.append((font, piece,
                               pdfmetrics.stringWidth(piece, font, size) + space * len(piece)))
        return set_pieces, width, space

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of a spaced Latin line of the furniture, as draw_text sets it."""
        space = furniture_char_space(text, size, bold)
        return (self.fonts.width(list(self.fonts.pieces(text, Script.LATIN, text)), size, bold)
                + space * max(0, len(text) - 1))

    def _hline(self, canvas: Canvas, x0: float, x1: float, y_from_top: float, width: float) -> None:
        canvas.setLineWidth(width)
        y = self.page.from_top(y_from_top)
        canvas.line(x0, y, x1, y)

    def draw_first_page(self, canvas: Canvas, _doc: Any) -> None:
        if not getattr(canvas, "drawing", True):
            return
        canvas.saveState()
        if self.doc.masthead is not None:
            self._draw_masthead(canvas, self.doc.masthead)
        running = self.doc.running
        if running is not None and running.job_line:
            with artifact(canvas, "Pagination"):
                self._draw_job_footer(canvas, running)
        if running is not None and running.qr_url:
            with artifact(canvas, "Pagination"):
                self._draw_qr(canvas, running.qr_url)
        canvas.restoreState()

    def _draw_qr(self, canvas: Canvas, url: str) -> None:
        """Page 1's QR code at the bottom right, measured from the bottom edge."""
        matrix = qr_matrix(url)
        module = QR_SIZE / len(matrix)
        x0 = self.page.right + QR_RIGHT_PAST_MARGIN - QR_SIZE
        top = QR_FROM_BOTTOM + QR_SIZE
        canvas.setFillColorRGB(0, 0, 0)
        for row, cells in enumerate(matrix):
            col = 0
            while col < len(cells):  # one rectangle per run of dark modules
                if not cells[col]:
                    col += 1
                    continue
                end = col
                while end < len(cells) and cells[end]:
                    end += 1
                canvas.rect(x0 + col * module, top - (row + 1) * module,
                            (end - col) * module, module, stroke=0, fill=1)
                col = end

    def _draw_masthead(self, canvas: Canvas, m: Masthead) -> None:
        """The masthead at its measured places; mirrored in a right-to-left document."""
        n = self.spec.masthead
        page = self.page
        width = page.width
        right = page.right
        left = page.margin_left

        tags = self.masthead_tags

        def put(x: float, baseline: float, text: str, size: float, key: str,
                bold: bool = False) -> None:
            y = page.from_top(baseline)
            with tagged(canvas, tags.get(key)):
                if self.rtl:  # the same distance from the other edge, aligned to it
                    self.draw_text(canvas, width - x, y, text, size, bold, align="right",
                                   spaced=True)
                else:
                    self.draw_text(canvas, x, y, text, size, bold, spaced=True)

        text_x = left + n.text_indent
        put(text_x, n.organ_baseline, m.organ, n.organ_size, "organ")
        put(text_x, n.body_baseline, m.body, n.body_size, "body", bold=True)
        if m.symbol:
            head, tail = m.symbol_parts
            symbol_y = page.from_top(n.symbol_baseline)
            with tagged(canvas, tags.get("symbol")):
                # The large head's advance includes its spacing (the tail follows it).
                head_space = furniture_char_space(head, n.symbol_large_size, False)
                if self.rtl:  # the symbol at the left margin
                    head_width = self.draw_text(canvas, left, symbol_y, head,
                                                n.symbol_large_size, spaced=True)
                    if tail:
                        self.draw_text(canvas, left + head_width + head_space, symbol_y,
                                       tail, n.symbol_size, spaced=True)
                else:  # at the right margin, drawn in reading order (head, then tail)
                    tail_width = self.text_width(tail, n.symbol_size)
                    self.draw_text(canvas, right - tail_width - head_space, symbol_y, head,
                                   n.symbol_large_size, align="right", spaced=True)
                    if tail:
                        self.draw_text(canvas, right, symbol_y, tail, n.symbol_size,
                                       align="right", spaced=True)
        with artifact(canvas, "Layout"):
            self._hline(canvas, left, right, n.thin_rule_y, n.thin_rule_width)
        for index, (text, baseline) in enumerate(zip(m.fields, n.field_baselines,
                                                     strict=True)):
            if text:
                put(left + n.fields_indent, baseline, text, n.fields_size, f"field{index}")
        with artifact(canvas, "Layout"):
            self._hline(canvas, left, right, n.thick_rule_y, n.thick_rule_width)

    def _draw_job_footer(self, canvas: Canvas, running: RunningHeads) -> None:
        """Page 1's job line and barcode, measured from the bottom edge."""
        r = self.spec.running
        x = self.page.margin_left + r.first_footer_indent
        # The date (after the gap) stands at a tab stop of its own, whatever the width
        # of the job number before it.
        number, gap, date = running.job_line.rpartition("    ")
        if not gap:
            number, date = running.job_line, ""
        y = r.first_footer_baseline_from_bottom
        self.draw_text(canvas, x, y, number.rstrip(), r.first_footer_size, spaced=True)
        if date.strip():
            self.draw_text(canvas, x + JOB_DATE_COLUMN, y, date.strip(), r.first_footer_size,
                           spaced=True)
        if running.barcode:
            narrow = r.barcode_narrow
            height = r.barcode_height
            y = r.barcode_from_bottom
            canvas.setFillColorRGB(0, 0, 0)
            for offset, width in code39_bars(running.barcode, narrow):
                canvas.rect(x + offset, y, width, height, stroke=0, fill=1)

    def _header_title(self, text: str, style: ParagraphStyle, width: float) -> RLParagraph:
        """The short title of the running head: the reader is told (once) when it takes
        more than two lines; more than three are cut with an ellipsis. Made once per side
        of the page (`_draw_header`)."""
        def make(title: str) -> RLParagraph:
            return self.title_paragraph(title, style)

        whole = line_count(make(text), width)
        if whole > HEADER_LINES_UN and RUNNING_TITLE_TOO_LONG not in self.notices:
            self.notices.append(RUNNING_TITLE_TOO_LONG)
        paragraph: RLParagraph = fit_lines(text, make, width, HEADER_LINES)
        return paragraph

    def draw_running(self, canvas: Canvas, number: int, total: int) -> None:
        if self.doc.draft_mark:
            self._draw_draft_mark(canvas)
        running = self.doc.running
        if running is None or number == 1:
            return
        r = self.spec.running
        left = self.page.margin_left
        right = self.page.right
        even = number % 2 == 0
        canvas.saveState()
        if running.symbol or running.short_title:
            self._draw_header(canvas, running, even)
        # Footer, from the bottom edge: page "2/5" at the outer side, job number at the inner.
        label = running.page_label.format(page=number, pages=total)
        self.draw_text(canvas, left if even else right, r.footer_baseline_from_bottom, label,
                       r.page_size, bold=True, align="left" if even else "right")
        if running.job_number:
            self.draw_text(canvas, right if even else left, r.job_baseline_from_bottom,
                           running.job_number, r.job_size, align="right" if even else "left")
        canvas.restoreState()

    def _draw_draft_mark(self, canvas: Canvas) -> None:
        """The draft's mark across the page, pale, under nothing that matters: the page is
        drawn already, so the mark is transparent enough to read the text through."""
        canvas.saveState()
        canvas.setFillColorRGB(0.75, 0.1, 0.0, alpha=0.16)
        canvas.translate(self.page.width / 2, self.page.height / 2)
        canvas.rotate(45)
        size = 110.0
        mark = self.doc.draft_mark
        laid_out = visual(mark) if ARABIC_CHARACTER.search(mark) else mark
        width = self.fonts.width(list(self.fonts.pieces(laid_out, Script.LATIN, mark)), size,
                                 True)
        self.draw_text(canvas, -width / 2, -size / 3, mark, size, bold=True)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, running: RunningHeads, even: bool) -> None:
        """The header of an even or odd page. It is the same on every page of a side: the
        operators the first one wrote into its page are written again into the others
        (the fonts are the document's, and each glyph keeps its code), instead of setting
        the title paragraph and the symbol anew on each page (a millisecond of the
        English sample's 22)."""
        written = self._headers_written.get(even)
        if written is not None:
            canvas._code.extend(written)
            return
        start = len(canvas._code)
        self._set_header(canvas, running, even)
        self._headers_written[even] = canvas._code[start:]

    def _set_header(self, canvas: Canvas, running: RunningHeads, even: bool) -> None:
        r = self.spec.running
        left = self.page.margin_left
        right = self.page.right
        size = r.header_size
        # Header: symbol and short title on opposite sides, a thin rule under them.
        header = self.spec.style("Header")
        title_style = ParagraphStyle(
            "header", fontName=self.fonts.name(self.script, bold=True), fontSize=header.size,
            leading=header.leading, alignment=TA_RIGHT if even else TA_LEFT,
            wordWrap="CJK" if self.cjk else None)
        title_width = r.header_title_width
        short_title = running.short_title
        if ARABIC_CHARACTER.search(short_title):
            short_title = visual(short_title)
        title = self._header_title(short_title, title_style, title_width)
        baseline = self.page.from_top(r.header_baseline)
        # reportlab puts a paragraph's last baseline (leading - size) above its bottom.
        title_x = right - title_width if even else left
        title.drawOn(canvas, title_x, baseline - (header.leading - header.size))
        if running.symbol:
            self.draw_text(canvas, left if even else right, baseline, running.symbol, size,
                           bold=True, align="left" if even else "right")
        self._hline(canvas, left, right, r.header_rule_y, r.header_rule_width)


#: The running head's short title takes at most two lines on the UN's pages (A/RES/79/10,
#: A/RES/79/332): a longer one is reported; it is printed on up to three lines, then cut
#: with an ellipsis.
HEADER_LINES_UN = 2
HEADER_LINES = 3
#: The layout finding when it takes more (render reports it; the CLI prints it).
RUNNING_TITLE_TOO_LONG = (
    "running_title: the title in the page headers takes three lines or more (the UN's take "
    "at most two): give a shorter one as the short title for page headers")

#: The date of page 1's job line, from the start of the line, pt [M] A/C.6/80/L.2 and
#: A/RES/78/117: the date at x = 134.06 for a line at 65.4, whatever the job number's width.
JOB_DATE_COLUMN = 68.66


#: The spacing between the characters of a Latin line of the masthead and the job line,
#: by (size, bold), pt [M]: Word sets Times New Roman at these sizes wider (10 pt) or
#: narrower (14 pt, 20 pt bold) than its outlines' advances, and the UN's PDFs show it. From
#: A/C.6/80/L.2 and A/RES/78/117 (the extent of each line against ours unspaced): "General
#: Assembly" 148.8 pt wide (ours 156.1), "United Nations" 82.7 (85.2), the symbol's tail
#: "/C.6/80/L.2" 49.4 (46.1) after an "A" whose advance is 15.0 (14.4), and the 10 pt
#: distribution lines and job line about 0.31 pt a character wider. docs/FORMAT.md §3.
FURNITURE_CHAR_SPACE: dict[tuple[float, bool], float] = {
    (10.0, False): 0.31, (14.0, False): -0.19, (20.0, False): 0.56, (20.0, True): -0.485}


def furniture_char_space(text: str, size: float, bold: bool) -> float:
    """The measured spacing for a Latin *text* at *size*; none for another script (no UN
    page measured) or another size."""
    if ARABIC_CHARACTER.search(text) or CJK_CHARACTER.search(text):
        return 0.0
    return FURNITURE_CHAR_SPACE.get((float(size), bold), 0.0)


def line_count(paragraph: RLParagraph, width: float) -> int:
    """How many lines *paragraph* takes in a column *width* wide."""
    paragraph.wrap(width, 10_000)
    return len(paragraph.blPara.lines)


def fit_lines(text: str, make: Any, width: float, lines: int) -> Any:
    """The paragraph make(text), shortened with an ellipsis to at most *lines* lines."""
    paragraph = make(text)
    paragraph.wrap(width, 10_000)
    cut = text
    while len(paragraph.blPara.lines) > lines and len(cut) > 1:
        cut = cut[: max(1, int(len(cut) * 0.85))]
        paragraph = make(cut.rstrip(" ,;:") + "…")
        paragraph.wrap(width, 10_000)
    return paragraph


def structure_language(text: str, document: Document) -> str:
    """The /Lang of a line of the page furniture or a left-to-right paragraph: Latin
    letters in a document of another script are in the language Word tags Latin text with
    (the masthead of a Chinese document), when that is another language; else "" (the
    document's own)."""
    other = document.language_tags.text
    if (document.script is Script.LATIN or not any(c.isalpha() for c in text)
            or ARABIC_CHARACTER.search(text) or CJK_CHARACTER.search(text)
            or other.split("-")[0] == document.metadata.language.split("-")[0]):
        return ""
    return other


#: What is set on a text object's instance and refers back to it (see drawText).
_TEXT_OBJECT_OWN_FUNCTIONS = ("_do_line", "_textOut", "getCode")


class _DeferredCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the total is known, then adds heads and bookmarks.

    One class for every render, given its render's callables by `deferred_canvas`: a
    class made per render would hold them (and through them the render's flowables and
    structure tree) in the reference cycle every class is, freed only by the garbage
    collector."""

    def __init__(self, *args: Any, draw_running: Callable[[Canvas, int, int], None],
                 tagger: Tagger | None, draw_from: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.draw_running = draw_running
        self.tagger = tagger
        #: Pages before this one (0-based) are laid out, not drawn (pdf_bytes).
        self.draw_from = draw_from
        self.bookmarks_by_page: dict[int, list[tuple[str, str]]] = {}
        self._pages: list[dict[str, Any]] = []

    @property
    def drawing(self) -> bool:
        """Whether what is laid out on the current page is drawn (Tagged.drawOn asks)."""
        return bool(self._pageNumber > self.draw_from)

    def showPage(self) -> None:
        state = dict(self.__dict__)
        del state["_pages"]  # else each page's state holds the list that holds it
        # The page's operators, kept as the one string reportlab joins them into (with
        # "\n") when it writes the page: a long document's thousands of small strings
        # per page held to the end are memory every later page works around. A page with
        # nothing drawn (left blank for a preview) keeps none, as reportlab would.
        state["_code"] = ["\n".join(self._code)] if self._code else []
        self._pages.append(state)
        self._startPage()

    def drawText(self, aTextObject: Any) -> None:
        if self.tagger is None:
            Canvas.drawText(self, aTextObject)
        else:
            self.tagger.text_object(self, lambda: Canvas.drawText(self, aTextObject))
        # reportlab's paragraphs with underlined or struck text (`_do_line`) and our
        # tagged CJK paragraphs (kinsoku._LatinSpans) give the text object functions
        # that refer back to it: a cycle that would hold this canvas, every page, for
        # the garbage collector. The text object is done with once drawn.
        for name in _TEXT_OBJECT_OWN_FUNCTIONS:
            aTextObject.__dict__.pop(name, None)

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            number = self._pageNumber
            if number > self.draw_from:
                with artifact(self, "Pagination"):
                    self.draw_running(self, number, total)
            for title, key in self.bookmarks_by_page.get(number, []):
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=0, closed=False)
            Canvas.showPage(self)
        self._pages.clear()
        if self.bookmarks_by_page:
            self.showOutline()
        if self.tagger is not None:
            self.tagger.write_into(self)
        Canvas.save(self)


def deferred_canvas(draw_running: Callable[[Canvas, int, int], None],
                    tagger: Tagger | None = None, draw_from: int = 0) -> Callable[..., Canvas]:
    """A canvas maker whose canvases hold pages back until the total is known, then draw
    the running heads with draw_running(canvas, page number, total) and attach the
    bookmarks (`Anchor` flowables) to the page they landed on. With a *tagger*, what is
    drawn is tagged (render/pdf_tags.py): the running heads as artifacts. Pages before
    *draw_from* (0-based) are left blank (pdf_bytes)."""
    return functools.partial(_DeferredCanvas, draw_running=draw_running, tagger=tagger,
                             draw_from=draw_from)
