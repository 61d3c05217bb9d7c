"""render_pdf(document) -> PDF, with reportlab platypus, every font embedded and subset.

Owns the PDF's quirks: reportlab's paragraph markup (escaped here), fonts per script, the
masthead drawn at measured positions, running heads that need the total page count (drawn
when the canvas is saved), and bookmarks that must be attached to the page they land on.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, assert_never
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    PageTemplate,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from ..atomic import write_bytes_atomically
from ..document import (
    Direction,
    Document,
    EndRule,
    Masthead,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    RunningHeads,
    SignatureBlock,
    Table,
)
from ..document.script import (
    ARABIC_CHARACTER,
    CJK_CHARACTER,
    RIGHT_TO_LEFT_CHARACTER,
    Script,
    split_by_script,
)
from .barcode import code39_bars
from .fonts import SCRIPTS, FontFamily, find_family, require_family, with_bold_face
from .kinsoku import KinsokuParagraph
from .latin import KeptLinesParagraph
from .layout import column_widths
from .rtl import RTLParagraph, visual
from .stylespec import ParagraphStyleSpec, StyleSpec, load_style_spec
from .text import printable, tab_gap

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}


@dataclass
class PdfReport:
    """What a render produced, and what the reader should be told about."""

    pages: int = 0
    #: (character, where) for characters no installed font can show.
    missing_glyphs: list[tuple[str, str]] = field(default_factory=list)
    #: Things the reader should know about the result (printed by the CLI as warnings).
    notices: list[str] = field(default_factory=list)
    #: Page index (0-based) where each anchored part ("letter", "annexes[1]") starts.
    anchor_pages: dict[str, int] = field(default_factory=dict)
    #: Where the digital signature's box was drawn: (page index, x0, y0, x1, y1) in PDF
    #: points from the bottom left, so the signature field can be put on it.
    signature_box: tuple[int, float, float, float, float] | None = None


# ------------------------------------------------------------------------------ fonts


_REGISTERED: dict[tuple[str, int], str] = {}
_FAMILIES: dict[str, str] = {}


def _register_file(path: Path, index: int) -> str:
    key = (str(path), index)
    if key not in _REGISTERED:
        name = f"{path.stem}-{index}"
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        _REGISTERED[key] = name
    return _REGISTERED[key]


def _register_family(family: FontFamily) -> str:
    """Register the four faces; the regular face's name then works with <b> and <i>."""
    if family.name not in _FAMILIES:
        names = [_register_file(f.path, f.index) for f in
                 (family.regular, family.bold, family.italic, family.bold_italic)]
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])
        _FAMILIES[family.name] = names[0]
    return _FAMILIES[family.name]


class _Fonts:
    """The fonts of one document: one family per script, registered with reportlab."""

    def __init__(self, spec: StyleSpec, scripts: set[str], report: PdfReport) -> None:
        self.report = report
        self.families: dict[str, FontFamily] = {}
        self.names: dict[str, str] = {}
        for script in SCRIPTS:
            preferences = spec.font_families(script)
            family = (require_family(script, preferences) if script in scripts
                      else find_family(preferences))
            if family is not None:
                family = with_bold_face(family, find_family(spec.font_families(f"{script}_bold")))
                self.families[script] = family
                self.names[script] = _register_family(family)
        self._glyphs: dict[str, dict[int, int]] = {}
        emphasis = find_family(spec.font_families("cjk_emphasis"))
        #: The face of emphasised Chinese runs (a Kai face), when the style spec names one.
        self.cjk_emphasis = _register_family(emphasis) if emphasis is not None else None

    def name(self, script: str, bold: bool = False, italic: bool = False) -> str:
        family = self.families.get(script) or self.families[Script.LATIN]
        face = family.face(bold, italic)
        return _register_file(face.path, face.index)

    def glyphs(self, script: str) -> dict[int, int]:
        """The character map of the script's regular face (empty if it has no font)."""
        if script not in self._glyphs:
            self._glyphs[script] = (pdfmetrics.getFont(self.name(script)).face.charToGlyph
                                    if script in self.families else {})
        return self._glyphs[script]

    def covers(self, script: str, char: str) -> bool:
        return ord(char) in self.glyphs(script)

    def pieces(self, text: str, default: str, where: str) -> Iterator[tuple[str, str]]:
        """(script, text) pieces; a character its script's font lacks moves to one that has it."""
        for script, piece in split_by_script(text, default):
            chosen = script if script in self.families else default
            glyphs = self.glyphs(chosen)
            if all(ord(c) in glyphs or c.isspace() for c in piece):
                yield chosen, piece
                continue
            buffer: list[str] = []
            for char in piece:
                target = chosen
                if not char.isspace() and not self.covers(chosen, char):
                    target = next((s for s in self.families if self.covers(s, char)), chosen)
                    if target == chosen:
                        self.report.missing_glyphs.append((char, where))
                if target != chosen:
                    if buffer:
                        yield chosen, "".join(buffer)
                        buffer = []
                    yield target, char
                else:
                    buffer.append(char)
            if buffer:
                yield chosen, "".join(buffer)


def _scripts_in(document: Document) -> set[str]:
    """The scripts a document needs fonts for (one regex pass over its text)."""
    scripts: set[str] = {Script.LATIN, document.script}
    for text in _all_text(document):
        if text.isascii():
            continue
        if CJK_CHARACTER.search(text):
            scripts.add(Script.CJK)
        if ARABIC_CHARACTER.search(text):
            scripts.add(Script.ARABIC)
    return scripts


def _all_text(document: Document) -> Iterator[str]:
    if document.masthead:
        m = document.masthead
        yield from (m.organ, m.body, m.symbol, m.distribution, m.date, m.language_line,
                    m.original)
    if document.running:
        yield document.running.short_title
    for block in document.blocks:
        match block:
            case Paragraph() | NumberedParagraph():
                yield from (run.text for run in block.runs)
            case SignatureBlock():
                yield from (run.text for line in block.lines for run in line)
                yield from block.stamp
            case Table():
                yield from block.header
                yield from (cell for row in block.rows for cell in row)
            case PageBreak() | EndRule() | Picture():
                pass
            case _:
                assert_never(block)


# ------------------------------------------------------------------------------ flowables


class _Anchor(Flowable):  # type: ignore[misc]
    """A zero-size flowable that marks where it lands: a bookmark and/or a part's anchor."""

    keepWithNext = 1

    def __init__(self, title: str | None, key: str, anchor: str | None,
                 report: PdfReport) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.anchor = anchor
        self.report = report
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        if self.title:
            canvas.bookmarks_by_page.setdefault(page, []).append((self.title, self.key))
        if self.anchor:
            self.report.anchor_pages.setdefault(self.anchor, page - 1)


class _EndRule(Flowable):  # type: ignore[misc]
    def __init__(self, length: float, line_width: float, space: float) -> None:
        super().__init__()
        self.length = length
        self.line_width = line_width
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space

    def draw(self) -> None:
        x = (self.width - self.length) / 2
        self.canv.setLineWidth(self.line_width)
        self.canv.line(x, 0, x + self.length, 0)


# ------------------------------------------------------------------------------ renderer


def render_pdf(document: Document, out: Path | BinaryIO, spec: StyleSpec | None = None
               ) -> PdfReport:
    """Render *document* to *out* (a path, written atomically, or a binary stream)."""
    data, report = pdf_bytes(document, spec)
    if isinstance(out, Path | str):
        write_bytes_atomically(Path(out), data)
    else:
        out.write(data)
    return report


def pdf_bytes(document: Document, spec: StyleSpec | None = None) -> tuple[bytes, PdfReport]:
    spec = spec or load_style_spec(document.language)
    report = PdfReport()
    renderer = _PdfRenderer(document, spec, report)
    return renderer.build(), report


class _PdfRenderer:
    def __init__(self, document: Document, spec: StyleSpec, report: PdfReport) -> None:
        self.doc = document
        self.spec = spec
        self.report = report
        self.page = spec.page(document.paper)
        self.script = document.script
        scripts = _scripts_in(document)
        self.fonts = _Fonts(spec, scripts, report)
        if document.direction != Direction.RTL and any(
                RIGHT_TO_LEFT_CHARACTER.search(t) for t in _all_text(document)):
            report.notices.append(
                "this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right "
                "document, which is not laid out right to left: check it before sending")
        self.cjk = self.script is Script.CJK
        #: Chinese paragraphs break lines by the kinsoku rules (render/kinsoku.py); either
        #: kind keeps its lines when split across pages (render/latin.py).
        self.paragraph_class: type[RLParagraph] = (KinsokuParagraph if self.cjk
                                                   else KeptLinesParagraph)
        self.rtl = document.direction == Direction.RTL
        self._styles: dict[str, ParagraphStyle] = {}
        self._anchor_count = 0
        self._header_titles: dict[tuple[str, int], RLParagraph] = {}

    # -- paragraph styles and markup ----------------------------------------------------
    def style(self, name: str, numbered: bool = False) -> ParagraphStyle:
        key = f"{name}#{int(numbered)}"
        if key not in self._styles:
            s = self.spec.style(name)
            base = dict(
                name=key,
                fontName=self.fonts.name(self.script),
                fontSize=s.size,
                leading=s.leading,
                leftIndent=s.left,
                rightIndent=s.right,
                firstLineIndent=s.first_line,
                spaceBefore=s.space_before,
                spaceAfter=s.space_after,
                alignment=_ALIGN[s.align],
                keepWithNext=int(s.keep_with_next),
                wordWrap="CJK" if self.cjk else None,
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
                embeddedHyphenation=0,
            )
            if numbered:
                base.update(firstLineIndent=s.tab, bulletIndent=s.left + s.first_line,
                            # Paragraph numbers are Latin figures in every language.
                            bulletFontName=self.fonts.name(Script.LATIN), bulletFontSize=s.size)
            self._styles[key] = ParagraphStyle(**base)
        return self._styles[key]

    def markup(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec | None = None,
               where: str = "") -> str:
        parts: list[str] = []
        for run in runs:
            bold = run.bold or (spec.bold if spec else False)
            italic = (run.italic or (spec.italic if spec else False)) and self.doc.italics
            # reportlab breaks lines at U+202F (French narrow no-break space): U+00A0 keeps
            # the no-break, at an ordinary space's width.
            text = printable(run.text).replace("\u202f", "\u00a0")
            size = spec.size if spec else self.spec.style("SingleTxt").size
            for index, segment in enumerate(text.split("\t")):
                if index:  # a tab: a gap of no-break spaces in the Latin face
                    face = self.fonts.names[Script.LATIN]
                    # Chinese lines break between any characters (render/kinsoku.py).
                    gap = self.tab_gap(face, size, break_after=not self.cjk)
                    spaces = gap.rstrip(" ")  # the no-break spaces; a space may follow
                    parts.append(f'<font face="{face}">{spaces}</font>{gap[len(spaces):]}')
                for script, piece in self.fonts.pieces(segment, self.script, where):
                    escaped = escape(piece).replace("\n", "<br/>")
                    if bold:
                        escaped = f"<b>{escaped}</b>"
                    if italic:
                        escaped = f"<i>{escaped}</i>"
                    face = self.fonts.names.get(script, self.fonts.names[Script.LATIN])
                    if run.emphasis and script == Script.CJK and self.fonts.cjk_emphasis:
                        face = self.fonts.cjk_emphasis
                    parts.append(f'<font face="{face}">{escaped}</font>')
        return "".join(parts)

    @staticmethod
    def tab_gap(font: str, size: float, *, break_after: bool) -> str:
        """The no-break spaces (and space) a tab becomes, set in *font* (render/text.py)."""
        return tab_gap(pdfmetrics.stringWidth("\u00a0", font, size),
                       pdfmetrics.stringWidth(" ", font, size), size,
                       break_after=break_after)

    def paragraph(self, style_name: str, runs: tuple[Run, ...], **overrides: Any) -> RLParagraph:
        spec = self.spec.style(style_name)
        style = self.style(style_name)
        if overrides:
            style = ParagraphStyle(f"{style.name}+", parent=style, **overrides)
        where = "".join(r.text for r in runs)[:40]
        return self.paragraph_class(self.markup(runs, spec, where), style)

    def _mirrored_style(self, style_name: str) -> dict[str, Any]:
        """A left-to-right paragraph placed as the right-to-left ones are: same sides."""
        spec = self.spec.style(style_name).mirrored()
        return {"alignment": _ALIGN[spec.align], "leftIndent": spec.left,
                "rightIndent": spec.right}

    def rtl_paragraph(self, style_name: str, runs: tuple[Run, ...], *, label: str = "",
                      **overrides: Any) -> RTLParagraph:
        spec = self.spec.style(style_name)
        bold = spec.bold or any(run.bold for run in runs)
        sides = spec.mirrored()
        font = self.fonts.name(Script.ARABIC, bold)
        return RTLParagraph(
            self.rtl_text("".join(run.text for run in runs), font, spec.size), font,
            spec.size, spec.leading, left=sides.left, right=sides.right,
            first_line=spec.first_line, tab=spec.tab if label else 0.0, align=sides.align,
            label=label, space_before=overrides.get("spaceBefore", spec.space_before),
            space_after=spec.space_after,
            keep_with_next=bool(overrides.get("keepWithNext", spec.keep_with_next)))

    def rtl_text(self, text: str, font: str, size: float) -> str:
        """Text for an RTLParagraph: printable, each tab a gap (as in markup)."""
        return printable(text).replace("\t", self.tab_gap(font, size, break_after=True))

    # -- blocks --------------------------------------------------------------------------
    def flowables(self) -> Iterator[Flowable]:
        for block in self.doc.blocks:
            match block:
                case Paragraph():
                    if block.bookmark or block.anchor:
                        self._anchor_count += 1
                        yield _Anchor(block.bookmark, f"b{self._anchor_count}", block.anchor,
                                      self.report)
                    extra: dict[str, Any] = {"keepWithNext": 1} if block.keep_with_next else {}
                    if self.rtl and block.direction is Direction.LTR:
                        yield self.paragraph(block.style, block.runs,
                                             **self._mirrored_style(block.style), **extra)
                    elif self.rtl:
                        yield self.rtl_paragraph(block.style, block.runs, **extra)
                    else:
                        yield self.paragraph(block.style, block.runs, **extra)
                case NumberedParagraph() if self.rtl:
                    yield self.rtl_paragraph(block.style, block.runs, label=block.label)
                case NumberedParagraph():
                    spec = self.spec.style(block.style)
                    where = "".join(r.text for r in block.runs)[:40]
                    yield self.paragraph_class(self.markup(block.runs, spec, where),
                                      self.style(block.style, numbered=True),
                                      bulletText=block.label)
                case SignatureBlock():
                    yield KeepTogether(list(self.signature_block(block)))
                case Picture():
                    yield self.picture(block)
                case Table():
                    yield from self.table(block)
                case PageBreak():
                    yield RLPageBreak()
                case EndRule():
                    running = self.spec.running
                    yield _EndRule(running.end_rule_length, running.end_rule_width,
                                   running.end_rule_space)
                case _:
                    assert_never(block)

    def picture(self, block: Picture, align: str = "center") -> Flowable:
        images = self.spec.images
        width, height = images.size(block)
        return _Picture(block.data, width, height, align, space_after=images.space_after(block))

    def signature_block(self, block: SignatureBlock) -> Iterator[Flowable]:
        """The name and titles; the scanned signature over the name; the digital box under."""
        spec = self.spec.style(block.style)
        # Where the block and its pictures are placed (the other side in right to left).
        sides = spec.mirrored() if self.rtl else spec
        make = self.rtl_paragraph if self.rtl else self.paragraph
        # The block's space before goes on its first flowable, so that at the top of a
        # page it is dropped like any paragraph's.
        space_before = spec.space_before
        for index, line in enumerate(block.lines):
            if index == block.name_line and block.image is not None:
                images = self.spec.images
                width, height = images.size(block.image)
                text_width = self.text_width(line, spec)
                scan = _SignatureImage(block.image.data, width, height,
                                       overlap=min(images.signature_overlap, height / 2),
                                       align=sides.align, text_width=text_width,
                                       indent=(sides.left, sides.right))
                scan.spaceBefore, space_before = space_before, 0.0
                yield scan
            yield make(block.style, line, spaceBefore=space_before)
            space_before = 0.0
        if block.stamp:
            yield self.stamp(block.stamp, sides.align)

    def text_width(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec) -> float:
        bold = spec.bold or any(run.bold for run in runs)
        text = printable("".join(run.text for run in runs)).replace(
            "\t", self.tab_gap(self.fonts.name(Script.LATIN, bold), spec.size, break_after=False))
        return float(sum(pdfmetrics.stringWidth(piece, self.fonts.name(script, bold), spec.size)
                         for script, piece in self.fonts.pieces(text, self.script, text[:40])))

    def stamp(self, lines: tuple[str, ...], align: str) -> Flowable:
        images = self.spec.images
        size, leading = images.stamp_size, images.stamp_leading
        style = ParagraphStyle("stamp", fontName=self.fonts.name(self.script), fontSize=size,
                               leading=leading, alignment=TA_RIGHT if self.rtl else TA_LEFT,
                               wordWrap="CJK" if self.cjk else None)
        cells: list[Flowable] = []
        for line in lines:
            if self.rtl:
                font = self.fonts.name(Script.ARABIC)
                cells.append(RTLParagraph(self.rtl_text(line, font, size), font, size,
                                          leading))
            else:
                cells.append(self.paragraph_class(self.markup((Run(line),)), style))
        pad = images.stamp_padding
        box = RLTable([[cells]], colWidths=[images.stamp_width])
        box.setStyle(RLTableStyle([
            ("BOX", (0, 0), (-1, -1), images.stamp_rule_width, "black"),
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name(self.script)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        return _SignatureStamp(box, align, images.stamp_space_before, self.report)

    def table(self, block: Table) -> Iterator[Flowable]:
        spec = self.spec.style(block.style)
        header_spec = self.spec.style("TableHeader")
        width = self.page.body_width - spec.left - spec.right
        cell = ParagraphStyle("cell", parent=self.style(block.style), leftIndent=0,
                              rightIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0,
                              alignment=TA_LEFT)
        head = ParagraphStyle("head", parent=self.style("TableHeader"), leftIndent=0,
                              rightIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0,
                              alignment=TA_LEFT)
        data: list[list[Any]]
        widths = column_widths(block.header, block.rows, width, spec.size, spec.cell_padding)
        if self.rtl:  # columns from right to left, cells set right to left
            def rtl_cell(text: str, name: str) -> RTLParagraph:
                cell_spec = self.spec.style(name)
                font = self.fonts.name(Script.ARABIC, cell_spec.bold)
                return RTLParagraph(self.rtl_text(text, font, cell_spec.size), font,
                                    cell_spec.size, cell_spec.leading)

            data = [[rtl_cell(t, "TableHeader") for t in reversed(block.header)]]
            data += [[rtl_cell(t, block.style) for t in reversed(row)] for row in block.rows]
            widths = list(reversed(widths))
        else:
            data = [[self.paragraph_class(self.markup((Run(text),), header_spec), head)
                     for text in block.header]]
            data += [[self.paragraph_class(self.markup((Run(text),), spec), cell) for text in row]
                     for row in block.rows]
        pad = spec.cell_padding
        # splitInRow: a row taller than a page continues on the next one.
        table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # The cells hold paragraphs, but the table still sets its own (Helvetica) font.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name(self.script)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LINEABOVE", (0, 0), (-1, 0), spec.rule_width, "black"),
            ("LINEBELOW", (0, 0), (-1, 0), spec.rule_width, "black"),
            ("LINEBELOW", (0, -1), (-1, -1), spec.bottom_rule_width, "black"),
        ]))
        # keepWithNext on the zero-size lead-ins, so a heading before the table stays with it.
        indent = Indenter(left=spec.left, right=spec.right)
        indent.keepWithNext = 1
        space = _Spacer(spec.space_before)
        space.keepWithNext = 1
        yield indent
        yield space
        yield table
        yield _Spacer(spec.space_after)
        yield Indenter(left=-spec.left, right=-spec.right)

    # -- pages ---------------------------------------------------------------------------
    def build(self) -> bytes:
        buffer = io.BytesIO()
        page = self.page
        running = self.doc.running
        first_bottom = (page.first_page_bottom_margin if running and running.job_line
                        else page.body_bottom_margin)
        # Without the UN masthead (the mission's own letter) page 1 starts where the others do.
        first_top = page.first_page_body_top if self.doc.masthead is not None else page.body_top
        first = Frame(page.margin_left, first_bottom, page.body_width,
                      page.height - first_top - first_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first")
        later = Frame(page.margin_left, page.body_bottom_margin, page.body_width,
                      page.height - page.body_top - page.body_bottom_margin,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later")
        meta = self.doc.metadata
        template = BaseDocTemplate(
            buffer,
            pagesize=(page.width, page.height),
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator="cica-desktop",
            lang=meta.language,
            initialFontName=self.fonts.name(self.script),
            pageCompression=1,
        )
        template.addPageTemplates([
            PageTemplate("First", [first], onPage=self._draw_first_page,
                         autoNextPageTemplate="Later"),
            PageTemplate("Later", [later]),
        ])
        template.build(list(self.flowables()), canvasmaker=self._canvas_class())
        self.report.pages = template.page
        return buffer.getvalue()

    def _canvas_class(self) -> type[Canvas]:
        renderer = self

        class _DeferredCanvas(Canvas):  # type: ignore[misc]
            """Holds pages back until the total is known, then adds heads and bookmarks."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self.bookmarks_by_page: dict[int, list[tuple[str, str]]] = {}
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    number = self._pageNumber
                    renderer._draw_running(self, number, total)
                    for title, key in self.bookmarks_by_page.get(number, []):
                        self.bookmarkPage(key)
                        self.addOutlineEntry(title, key, level=0, closed=False)
                    Canvas.showPage(self)
                if self.bookmarks_by_page:
                    self.showOutline()
                Canvas.save(self)

        return _DeferredCanvas

    # -- drawing on the canvas -------------------------------------------------------------
    def draw_text(self, canvas: Canvas, x: float, baseline: float, text: str, size: float,
                  bold: bool = False, align: str = "left") -> float:
        """Draw one line at a baseline measured from the page top; returns its width.

        Used for the masthead and running heads, whose figures ("2/5", job numbers) are
        set in the Latin face in every language.
        """
        text = printable(text).replace(
            "\t", self.tab_gap(self.fonts.name(Script.LATIN, bold), size, break_after=False))
        if ARABIC_CHARACTER.search(text):
            text = visual(text)  # a single line: shaped and in display order
        pieces = list(self.fonts.pieces(text, Script.LATIN, text[:40]))
        width = float(sum(pdfmetrics.stringWidth(p, self.fonts.name(s, bold), size)
                          for s, p in pieces))
        if align == "right":
            x -= width
        y = self.page.height - baseline
        for script, piece in pieces:
            font = self.fonts.name(script, bold)
            canvas.setFont(font, size)
            canvas.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, font, size)
        return width

    def _hline(self, canvas: Canvas, x0: float, x1: float, y_from_top: float, width: float) -> None:
        canvas.setLineWidth(width)
        y = self.page.height - y_from_top
        canvas.line(x0, y, x1, y)

    def _draw_first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        if self.doc.masthead is not None:
            self._draw_masthead(canvas, self.doc.masthead)
        running = self.doc.running
        if running is not None and running.job_line:
            self._draw_job_footer(canvas, running)
        canvas.restoreState()

    def _draw_masthead(self, canvas: Canvas, m: Masthead) -> None:
        """The masthead at its measured places; mirrored in a right-to-left document."""
        n = self.spec.masthead
        width = self.page.width
        right = width - self.page.margin_right
        left = self.page.margin_left

        def put(x: float, baseline: float, text: str, size: float, bold: bool = False) -> None:
            if self.rtl:  # the same distance from the other edge, aligned to it
                self.draw_text(canvas, width - x, baseline, text, size, bold, align="right")
            else:
                self.draw_text(canvas, x, baseline, text, size, bold)

        put(n.text_x, n.organ_baseline, m.organ, n.organ_size)
        if m.symbol:
            head, tail = m.symbol_parts
            if self.rtl:  # the symbol at the left margin
                head_width = self.draw_text(canvas, left, n.symbol_baseline, head,
                                            n.symbol_large_size)
                if tail:
                    self.draw_text(canvas, left + head_width, n.symbol_baseline, tail,
                                   n.symbol_size)
            else:
                tail_width = 0.0
                if tail:
                    tail_width = self.draw_text(canvas, right, n.symbol_baseline,
                                                tail, n.symbol_size, align="right")
                self.draw_text(canvas, right - tail_width, n.symbol_baseline, head,
                               n.symbol_large_size, align="right")
        self._hline(canvas, left, right, n.thin_rule_y, n.thin_rule_width)
        put(n.text_x, n.body_baseline, m.body, n.body_size, bold=True)
        for text, baseline in zip(m.fields, n.field_baselines, strict=True):
            if text:
                put(n.fields_x, baseline, text, n.fields_size)
        self._hline(canvas, left, right, n.thick_rule_y, n.thick_rule_width)

    def _draw_job_footer(self, canvas: Canvas, running: RunningHeads) -> None:
        r = self.spec.running
        x = r.first_footer_x
        self.draw_text(canvas, x, r.first_footer_baseline, running.job_line,
                       r.first_footer_size)
        if running.barcode:
            narrow = r.barcode_narrow
            height = r.barcode_height
            y = self.page.height - r.barcode_top - height
            canvas.setFillColorRGB(0, 0, 0)
            for offset, width in code39_bars(running.barcode, narrow):
                canvas.rect(x + offset, y, width, height, stroke=0, fill=1)

    def _header_title(self, text: str, style: ParagraphStyle, width: float) -> RLParagraph:
        """The short title of the running head, at most three lines (cut with an ellipsis)."""
        key = (text, style.alignment)
        if key not in self._header_titles:
            self._header_titles[key] = _fit_lines(
                text, lambda t: self.paragraph_class(self.markup((Run(t, bold=True),)), style),
                width, _HEADER_LINES)
        return self._header_titles[key]

    def _draw_running(self, canvas: Canvas, number: int, total: int) -> None:
        running = self.doc.running
        if running is None or number == 1:
            return
        r = self.spec.running
        left = self.page.margin_left
        right = self.page.width - self.page.margin_right
        even = number % 2 == 0
        canvas.saveState()
        if running.symbol or running.short_title:
            self._draw_header(canvas, running, even)
        # Footer: page "2/5" at the outer side, job number at the inner side.
        label = running.page_label.format(page=number, pages=total)
        self.draw_text(canvas, left if even else right, r.footer_baseline, label,
                       r.page_size, bold=True, align="left" if even else "right")
        if running.job_number:
            self.draw_text(canvas, right if even else left, r.job_baseline, running.job_number,
                           r.job_size, align="right" if even else "left")
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, running: RunningHeads, even: bool) -> None:
        r = self.spec.running
        left = self.page.margin_left
        right = self.page.width - self.page.margin_right
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
        baseline = r.header_baseline
        # reportlab puts a paragraph's last baseline (leading - size) above its bottom.
        title_x = right - title_width if even else left
        title.drawOn(canvas, title_x, self.page.height - baseline - (header.leading - header.size))
        if running.symbol:
            self.draw_text(canvas, left if even else right, baseline, running.symbol, size,
                           bold=True, align="left" if even else "right")
        self._hline(canvas, left, right, r.header_rule_y, r.header_rule_width)


_HEADER_LINES = 3


def _fit_lines(text: str, make: Any, width: float, lines: int) -> Any:
    """The paragraph make(text), shortened with an ellipsis to at most *lines* lines."""
    paragraph = make(text)
    paragraph.wrap(width, 10_000)
    cut = text
    while len(paragraph.blPara.lines) > lines and len(cut) > 1:
        cut = cut[: max(1, int(len(cut) * 0.85))]
        paragraph = make(cut.rstrip(" ,;:") + "…")
        paragraph.wrap(width, 10_000)
    return paragraph


class _Picture(Flowable):  # type: ignore[misc]
    """An image scaled to a given size; a PNG's transparency is kept (an SMask)."""

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


class _SignatureImage(_Picture):
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


class _SignatureStamp(Flowable):  # type: ignore[misc]
    """The framed box of the digital signature; reports where on which page it lands."""

    def __init__(self, box: Flowable, align: str, space_before: float,
                 report: PdfReport) -> None:
        super().__init__()
        self.box = box
        self.align = align
        self.space_before = space_before
        self.report = report

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available = available_width
        self.box_width, self.box_height = self.box.wrap(available_width, available_height)
        return available_width, self.box_height + self.space_before

    def draw(self) -> None:
        x = {"left": 0.0, "center": (self.available - self.box_width) / 2}.get(
            self.align, self.available - self.box_width)
        self.box.drawOn(self.canv, x, 0)
        x0, y0 = self.canv.absolutePosition(x, 0)
        self.report.signature_box = (self.canv.getPageNumber() - 1, x0, y0,
                                     x0 + self.box_width, y0 + self.box_height)


class _Spacer(Flowable):  # type: ignore[misc]
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, self.height

    def draw(self) -> None:
        pass
