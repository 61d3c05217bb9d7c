"""render_docx(document) -> DOCX that a colleague can keep editing in Word.

Named paragraph styles built from the same style spec as the PDF, real Word numbering for
numbered paragraphs (no typed "1."), lead words as their own italic runs, East Asian fonts
on Chinese runs, the masthead and running heads as real Word headers and footers.
python-docx has no API for numbering, w:rFonts/@w:eastAsia, w:lang or fields, so those are
written as oxml here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, assert_never

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from ..atomic import write_bytes_atomically
from ..document import (
    Direction,
    Document,
    EndRule,
    Masthead,
    NumberedParagraph,
    NumberFormat,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    RunningHeads,
    SignatureBlock,
    Table,
)
from ..document.script import ARABIC_CHARACTER, CJK_CHARACTER
from .barcode import code39_png, code39_width
from .layout import column_widths
from .stylespec import ParagraphStyleSpec, StyleSpec, load_style_spec
from .text import printable

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
#: Word's numbering format and level text for each of our number formats.
_NUMBERING = {
    NumberFormat.DECIMAL: ("decimal", "%1."),
    NumberFormat.LOWER_LETTER: ("lowerLetter", "(%1)"),
    NumberFormat.LOWER_ROMAN: ("lowerRoman", "(%1)"),
    NumberFormat.BULLET: ("bullet", "-"),
    NumberFormat.ARABIC_ABJAD: ("arabicAbjad", "(%1)"),
}


def twips(points: float) -> str:
    return str(round(points * 20))


def render_docx(document: Document, out: Path | BinaryIO, spec: StyleSpec | None = None) -> None:
    """Render *document* to *out* (a path, written atomically, or a binary stream)."""
    data = docx_bytes(document, spec)
    if isinstance(out, Path | str):
        write_bytes_atomically(Path(out), data)
    else:
        out.write(data)


def docx_bytes(document: Document, spec: StyleSpec | None = None) -> bytes:
    spec = spec or load_style_spec(document.language)
    return _DocxRenderer(document, spec).build()


class _DocxRenderer:
    def __init__(self, document: Document, spec: StyleSpec) -> None:
        self.doc = document
        self.spec = spec
        self.page = spec.page(document.paper)
        self.word: DocxDocument = new_docx()
        faces = spec.fonts.docx
        self.latin = faces.latin
        self.cjk = faces.cjk
        self.cjk_bold = faces.cjk_bold
        self.cjk_emphasis = faces.cjk_emphasis
        self.arabic = faces.arabic
        self.italics = document.italics
        self.rtl = document.direction == Direction.RTL
        self._num_ids: dict[str, str] = {}
        self._abstract_ids: dict[tuple[NumberFormat, str], str] = {}
        self._page_break_pending = False
        self._bookmark_id = 0
        #: style name -> styleId; setting w:pStyle directly skips python-docx's slow lookup.
        self._style_ids: dict[str, str] = {}

    # ------------------------------------------------------------------ build
    def build(self) -> bytes:
        self._setup_document()
        self._setup_styles()
        self._setup_section()
        body = self.word
        for block in self.doc.blocks:
            match block:
                case Paragraph():
                    p = self._paragraph(block.style, block.runs)
                    if self.rtl and block.direction is Direction.LTR:
                        self._left_to_right(p, block.style)
                    if block.keep_with_next:
                        p.paragraph_format.keep_with_next = True
                    if block.bookmark:
                        self._bookmark(p, block.bookmark)
                case NumberedParagraph():
                    p = self._paragraph(block.style, block.runs)
                    self._number(p, block)
                case SignatureBlock():
                    self._signature_block(block)
                case Picture():
                    self._picture(block)
                case Table():
                    self._table(block)
                case PageBreak():
                    self._page_break_pending = True
                case EndRule():
                    self._end_rule()
                case _:
                    assert_never(block)
        del body
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()

    # ------------------------------------------------------------------ document settings
    def _setup_document(self) -> None:
        meta = self.doc.metadata
        props = self.word.core_properties
        # Word's core properties hold at most 255 characters.
        props.title = _clip(printable(meta.title))
        props.subject = _clip(printable(meta.subject))
        props.author = _clip(printable(meta.author))
        props.keywords = _clip(printable(", ".join(meta.keywords)))
        props.language = meta.language
        props.comments = "Generated by cica-desktop"
        self.word.settings.odd_and_even_pages_header_footer = True

    def _set_fonts(self, rpr: Any, east_asia_hint: bool = False,
                   east_asia: str | None = None) -> None:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            # w:rFonts follows only w:rStyle in w:rPr.
            style = rpr.find(qn("w:rStyle"))
            if style is not None:
                style.addnext(fonts)
            else:
                rpr.insert(0, fonts)
        fonts.set(qn("w:ascii"), self.latin)
        fonts.set(qn("w:hAnsi"), self.latin)
        fonts.set(qn("w:eastAsia"), east_asia or self.cjk)
        fonts.set(qn("w:cs"), self.arabic)
        if east_asia_hint:
            fonts.set(qn("w:hint"), "eastAsia")

    def _setup_styles(self) -> None:
        styles = self.word.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        self._set_fonts(rpr)
        _set_complex_script_size(rpr, 10)
        tags = self.doc.language_tags
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), tags.text)
        lang.set(qn("w:eastAsia"), tags.east_asian)
        lang.set(qn("w:bidi"), tags.complex_script)
        rpr.append(lang)
        normal.paragraph_format.space_after = Pt(0)
        existing = {style.name: style for style in styles}
        for name in self.spec.names():
            self._paragraph_style(name, self.spec.style(name), existing, normal)

    def _apply_style(self, paragraph: DocxParagraph, name: str) -> None:
        paragraph._p.style = self._style_ids[name]

    def _paragraph_style(self, name: str, s: ParagraphStyleSpec, existing: dict[str, Any],
                         normal: Any) -> None:
        style = existing.get(name) or self.word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        font = style.font
        font.size = Pt(s.size)
        font.bold = s.bold or None
        font.italic = (s.italic and self.italics) or None
        if s.bold:
            font.cs_bold = True
        pf = style.paragraph_format
        table_style = name in ("TableText", "TableHeader")
        pf.left_indent = Pt(0 if table_style else s.left)
        pf.right_indent = Pt(0 if table_style else s.right)
        pf.first_line_indent = Pt(0 if table_style else s.first_line)
        pf.space_before = Pt(0 if table_style else s.space_before)
        pf.space_after = Pt(0 if table_style else s.space_after)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(s.leading)
        # Word (and LibreOffice) read w:jc left/right as start/end in a w:bidi paragraph,
        # so the spec's values, written for left to right, already mirror themselves.
        pf.alignment = _ALIGN[s.align]
        pf.keep_with_next = s.keep_with_next or None
        pf.widow_control = True
        # Word's built-in Header/Footer styles bring centre and right tabs: ours replace them.
        pf.tab_stops.clear_all()
        if s.tab:
            pf.tab_stops.add_tab_stop(Pt(s.left + s.tab))
        rpr = style.element.get_or_add_rPr()
        _set_complex_script_size(rpr, s.size)
        if s.bold:
            self._set_fonts(rpr, east_asia=self.cjk_bold)
        self._style_ids[name] = style.style_id
        if self.rtl:
            # Right-to-left paragraphs: Word lays out the line, the numbering and the
            # alignment from the paragraph's direction.
            _insert_paragraph_property(style.element.get_or_add_pPr(), OxmlElement("w:bidi"))
        if name in ("HCh", "H1"):
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), "0" if name == "HCh" else "1")
            _insert_paragraph_property(style.element.get_or_add_pPr(), outline)

    def _setup_section(self) -> None:
        section = self.word.sections[0]
        page = self.page
        section.start_type = WD_SECTION_START.NEW_PAGE
        section.page_width = Pt(page.width)
        section.page_height = Pt(page.height)
        section.left_margin = Pt(page.margin_left)
        section.right_margin = Pt(page.margin_right)
        section.top_margin = Pt(page.body_top)
        section.bottom_margin = Pt(page.body_bottom_margin)
        section.header_distance = Pt(page.header_distance)
        section.footer_distance = Pt(page.footer_distance)
        section.different_first_page_header_footer = True
        if self.rtl:
            section._sectPr.insert_element_before(
                OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                "w:sectPrChange")
        if self.doc.masthead is not None:
            self._masthead(section.first_page_header, self.doc.masthead)
        running = self.doc.running
        if running is not None:
            if running.job_line:
                self._job_footer(section.first_page_footer, running)
            else:
                self._clear(section.first_page_footer)
            self._running_header(section.header, running, even=False)
            self._running_header(section.even_page_header, running, even=True)
            self._running_footer(section.footer, running, even=False)
            self._running_footer(section.even_page_footer, running, even=True)

    # ------------------------------------------------------------------ runs and paragraphs
    def _paragraph(self, style: str, runs: tuple[Run, ...], container: Any = None
                   ) -> DocxParagraph:
        paragraph = (container or self.word).add_paragraph()
        self._apply_style(paragraph, style)
        if container is None:
            self._take_page_break(paragraph)
        self._add_runs(paragraph, runs)
        return paragraph

    def _picture(self, block: Picture, style: str = "Letterhead",
                 align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER) -> DocxParagraph:
        images = self.spec.images
        width, height = images.size(block)
        paragraph = self.word.add_paragraph()
        self._apply_style(paragraph, style)
        self._take_page_break(paragraph)
        paragraph.alignment = align
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(images.space_after(block))
        # Single line spacing: with the style's exact spacing Word would clip the picture.
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.add_run().add_picture(io.BytesIO(block.data), width=Pt(width),
                                        height=Pt(height))
        return paragraph

    def _signature_block(self, block: SignatureBlock) -> None:
        """Name and titles; the scanned signature above the name; the digital box under."""
        spec = self.spec.style(block.style)
        for index, line in enumerate(block.lines):
            if index == block.name_line and block.image is not None:
                # In the block's own style, so a right-to-left document mirrors it (w:bidi).
                picture = self._picture(block.image, block.style, _ALIGN[spec.align])
                picture.paragraph_format.space_before = Pt(spec.space_before if index == 0
                                                           else 0)
            p = self._paragraph(block.style, line)
            if index or (block.image is not None and block.name_line == 0):
                p.paragraph_format.space_before = Pt(0)
            if index < len(block.lines) - 1 or block.stamp:
                p.paragraph_format.keep_with_next = True
        images = self.spec.images
        for index, text in enumerate(block.stamp):
            p = self._paragraph(block.style, (Run(text),))
            p.paragraph_format.space_before = Pt(images.stamp_space_before if index == 0
                                                 else 0)
            for run in p.runs:
                run.font.size = Pt(images.stamp_size)
            if index < len(block.stamp) - 1:
                p.paragraph_format.keep_with_next = True

    def _left_to_right(self, paragraph: DocxParagraph, style: str) -> None:
        """A paragraph with no right-to-left letters in a right-to-left document: its own
        direction left to right (w:bidi off), on the same sides as the others (physical
        now, so mirrored here)."""
        sides = self.spec.style(style).mirrored()
        ppr = paragraph._p.get_or_add_pPr()
        bidi = OxmlElement("w:bidi")
        bidi.set(qn("w:val"), "0")
        _insert_paragraph_property(ppr, bidi)
        paragraph.alignment = _ALIGN[sides.align]
        paragraph.paragraph_format.left_indent = Pt(sides.left)
        paragraph.paragraph_format.right_indent = Pt(sides.right)
        for run in paragraph.runs:
            rpr = run._r.find(qn("w:rPr"))
            if rpr is not None:
                for rtl in rpr.findall(qn("w:rtl")):
                    rpr.remove(rtl)

    def _take_page_break(self, paragraph: DocxParagraph) -> None:
        """A pending page break goes on the next body paragraph."""
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_pending = False

    def _add_runs(self, paragraph: DocxParagraph, runs: tuple[Run, ...],
                  size: float | None = None) -> None:
        for run in runs:
            text = printable(run.text)
            lines = text.split("\n")
            for line_index, line in enumerate(lines):
                if line_index:
                    paragraph.runs[-1].add_break() if paragraph.runs else paragraph.add_run()
                if not line:
                    continue
                # python-docx writes each tab as a w:tab element (Word's tab character).
                r = paragraph.add_run(line)
                if run.bold:
                    r.bold = True
                if run.italic and self.italics:
                    r.italic = True
                if size is not None:
                    r.font.size = Pt(size)
                    _set_complex_script_size(r._r.get_or_add_rPr(), size)
                if self.rtl or (not line.isascii() and ARABIC_CHARACTER.search(line)):
                    _set_run_rtl(r._r.get_or_add_rPr())
                if not line.isascii() and CJK_CHARACTER.search(line):
                    east_asia = (self.cjk_emphasis if run.emphasis and self.cjk_emphasis
                                 else self.cjk_bold if run.bold else None)
                    self._set_fonts(r._r.get_or_add_rPr(), east_asia_hint=True,
                                    east_asia=east_asia)

    def _bookmark(self, paragraph: DocxParagraph, title: str) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), f"_cica{self._bookmark_id}")
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)

    # ------------------------------------------------------------------ numbering
    def _number(self, paragraph: DocxParagraph, block: NumberedParagraph) -> None:
        num_id = self._num_ids.get(block.list_id)
        if num_id is None:
            num_id = self._new_num(block)
            self._num_ids[block.list_id] = num_id
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num = OxmlElement("w:numId")
        num.set(qn("w:val"), num_id)
        num_pr.append(ilvl)
        num_pr.append(num)
        # w:numPr comes after w:pStyle, w:keepNext, w:keepLines, w:pageBreakBefore…
        _insert_paragraph_property(ppr, num_pr)

    def _numbering_root(self) -> Any:
        return self.word.part.numbering_part.element

    def _abstract(self, number_format: NumberFormat, style_name: str,
                  label_format: str = "") -> str:
        key = (number_format, label_format)
        if key in self._abstract_ids:
            return self._abstract_ids[key]
        root = self._numbering_root()
        existing = [int(x) for x in root.xpath("./w:abstractNum/@w:abstractNumId")]
        abstract_id = str(max(existing, default=0) + 100 + len(self._abstract_ids))
        s = self.spec.style(style_name)
        fmt, text = _NUMBERING[number_format]
        if label_format:
            text = label_format.replace("{n}", "%1") if number_format != NumberFormat.BULLET \
                else label_format
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), abstract_id)
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "singleLevel")
        abstract.append(multi)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "tab"),
                           ("w:lvlText", text), ("w:lvlJc", "left")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            lvl.append(element)
        ppr = OxmlElement("w:pPr")
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "num")
        tab.set(qn("w:pos"), twips(s.left + s.tab))
        tabs.append(tab)
        ppr.append(tabs)
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), twips(s.left))
        ind.set(qn("w:firstLine"), twips(s.first_line))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:ascii"), self.latin)
        fonts.set(qn("w:hAnsi"), self.latin)
        fonts.set(qn("w:eastAsia"), self.cjk)
        fonts.set(qn("w:cs"), self.arabic)
        rpr.append(fonts)
        for tag in ("w:b", "w:i"):
            off = OxmlElement(tag)
            off.set(qn("w:val"), "0")
            rpr.append(off)
        lvl.append(rpr)
        abstract.append(lvl)
        first_num = root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            root.append(abstract)
        self._abstract_ids[key] = abstract_id
        return abstract_id

    def _new_num(self, block: NumberedParagraph) -> str:
        root = self._numbering_root()
        abstract_id = self._abstract(block.number_format, block.style, block.label_format)
        existing = [int(x) for x in root.xpath("./w:num/@w:numId")]
        num_id = str(max(existing, default=0) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        abstract_ref = OxmlElement("w:abstractNumId")
        abstract_ref.set(qn("w:val"), abstract_id)
        num.append(abstract_ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), str(block.number))
        override.append(start)
        num.append(override)
        root.append(num)
        return num_id

    # ------------------------------------------------------------------ tables and rules
    def _table(self, block: Table) -> None:
        spec = self.spec.style(block.style)
        width = self.page.body_width - spec.left - spec.right
        columns = len(block.header)
        if self._page_break_pending:
            # A table cannot start a page by itself: an empty paragraph carries the break.
            self._take_page_break(self._paragraph(block.style, ()))
        table = self.word.add_table(rows=1 + len(block.rows), cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        self._table_layout(table, spec, width, block)
        header_cells = table.rows[0].cells
        for index, text in enumerate(block.header):
            self._cell(header_cells[index], "TableHeader", text)
        header_pr = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        header_pr.append(repeat)
        for cell in header_cells:
            _cell_border(cell, "bottom", spec.rule_width)
        for row_index, row in enumerate(block.rows, start=1):
            cells = table.rows[row_index].cells
            for index, text in enumerate(row):
                self._cell(cells[index], block.style, text)
        # Word needs a paragraph after a table; it carries the space below it.
        after = self._paragraph(block.style, ())
        after.paragraph_format.line_spacing = Pt(1)
        after.paragraph_format.space_after = Pt(spec.space_after)

    def _table_layout(self, table: DocxTable, spec: ParagraphStyleSpec, width: float,
                      block: Table) -> None:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), twips(spec.left))
        ind.set(qn("w:type"), "dxa")
        _set_table_property(table, ind)
        borders = OxmlElement("w:tblBorders")
        # Rules above and below the header row and under the last row, as in the PDF.
        for edge, size in (("top", spec.rule_width), ("bottom", spec.bottom_rule_width)):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), str(max(2, round(size * 8))))
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
            borders.append(element)
        _set_table_property(table, borders)
        margins = OxmlElement("w:tblCellMar")
        for edge in ("top", "left", "bottom", "right"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), twips(spec.cell_padding))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        _set_table_property(table, margins)
        _column_widths(table, column_widths(block.header, block.rows, width, spec.size,
                                            spec.cell_padding))
        if self.rtl:
            _set_table_property(table, OxmlElement("w:bidiVisual"))  # columns right to left

    def _cell(self, cell: Any, style: str, text: str) -> None:
        paragraph = cell.paragraphs[0]
        self._apply_style(paragraph, style)
        self._add_runs(paragraph, (Run(text),))

    def _end_rule(self) -> None:
        running = self.spec.running
        length, rule_width, space = (running.end_rule_length, running.end_rule_width,
                                     running.end_rule_space)
        side = (self.page.body_width - length) / 2
        paragraph = self.word.add_paragraph()
        self._take_page_break(paragraph)
        pf = paragraph.paragraph_format
        pf.left_indent = Pt(side)
        pf.right_indent = Pt(side)
        pf.space_before = Pt(space)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(2)
        _paragraph_border(paragraph, "bottom", rule_width)

    # ------------------------------------------------------------------ headers and footers
    def _clear(self, part: Any) -> None:
        part.is_linked_to_previous = False
        for paragraph in part.paragraphs:
            paragraph.text = ""

    def _masthead(self, header: Any, m: Masthead) -> None:
        header.is_linked_to_previous = False
        n = self.spec.masthead
        left_col = n.text_x - self.page.margin_left
        right_col = self.page.width - self.page.margin_right - n.fields_x
        middle = self.page.body_width - left_col - right_col
        table = header.add_table(rows=2, cols=3, width=Pt(self.page.body_width))
        table.autofit = False
        _no_cell_margins(table)
        if self.rtl:
            _set_table_property(table, OxmlElement("w:bidiVisual"))  # a mirrored masthead
        _column_widths(table, [left_col, middle, right_col])
        # Row 1: "United Nations" … symbol, with the thin rule under it.
        organ = table.cell(0, 1).paragraphs[0]
        self._add_runs(organ, (Run(m.organ),), size=n.organ_size)
        symbol = table.cell(0, 2).paragraphs[0]
        symbol.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if m.symbol:
            head, tail = m.symbol_parts
            self._add_runs(symbol, (Run(head),), size=n.symbol_large_size)
            if tail:
                self._add_runs(symbol, (Run(tail),), size=n.symbol_size)
        for cell in table.rows[0].cells:
            _cell_border(cell, "bottom", n.thin_rule_width)
        # Row 2: "General Assembly" and the distribution fields, the thick rule under them.
        body = table.cell(1, 1).paragraphs[0]
        self._add_runs(body, (Run(m.body, bold=True),), size=n.body_size)
        body.paragraph_format.space_before = Pt(4)
        fields = table.cell(1, 2)
        first = True
        for text in m.fields:
            paragraph = fields.paragraphs[0] if first else fields.add_paragraph()
            if first:
                paragraph.paragraph_format.space_before = Pt(12)
            first = False
            paragraph.paragraph_format.line_spacing = Pt(12)
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            self._add_runs(paragraph, (Run(text),), size=n.fields_size)
        row_height = n.thick_rule_y - n.thin_rule_y
        _row_height(table.rows[1], row_height)
        for cell in table.rows[1].cells:
            _cell_border(cell, "bottom", n.thick_rule_width)
        # The header's own empty paragraph follows the table; keep it tiny.
        trailing = header.paragraphs[0]
        trailing.paragraph_format.line_spacing = Pt(1)
        trailing.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        header._element.remove(trailing._p)
        header._element.append(trailing._p)

    def _job_footer(self, footer: Any, running: RunningHeads) -> None:
        footer.is_linked_to_previous = False
        r = self.spec.running
        paragraph = footer.paragraphs[0]
        paragraph.style = self.word.styles["Normal"]
        paragraph.paragraph_format.left_indent = Pt(r.first_footer_x - self.page.margin_left)
        self._add_runs(paragraph, (Run(running.job_line),), size=r.first_footer_size)
        if running.barcode:
            picture = footer.add_paragraph(style="Normal")
            picture.paragraph_format.left_indent = paragraph.paragraph_format.left_indent
            width = code39_width(running.barcode, r.barcode_narrow)
            picture.add_run().add_picture(io.BytesIO(code39_png(running.barcode)),
                                          width=Pt(width), height=Pt(r.barcode_height))

    def _running_header(self, header: Any, running: RunningHeads, even: bool) -> None:
        header.is_linked_to_previous = False
        if not (running.symbol or running.short_title):
            self._clear(header)  # the mission's own letter: page numbers only
            return
        r = self.spec.running
        title_width = r.header_title_width
        other = self.page.body_width - title_width
        table = header.add_table(rows=1, cols=2, width=Pt(self.page.body_width))
        table.autofit = False
        _no_cell_margins(table)
        cells = table.rows[0].cells
        symbol_cell, title_cell = (cells[0], cells[1]) if even else (cells[1], cells[0])
        _column_widths(table, [other, title_width] if even else [title_width, other])
        for cell in cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            _cell_border(cell, "bottom", r.header_rule_width)
        symbol = symbol_cell.paragraphs[0]
        symbol.alignment = WD_ALIGN_PARAGRAPH.LEFT if even else WD_ALIGN_PARAGRAPH.RIGHT
        self._add_runs(symbol, (Run(running.symbol, bold=True),), size=r.header_size)
        title = title_cell.paragraphs[0]
        title.alignment = WD_ALIGN_PARAGRAPH.RIGHT if even else WD_ALIGN_PARAGRAPH.LEFT
        self._add_runs(title, (Run(running.short_title, bold=True),), size=r.header_size)
        for paragraph in (symbol, title):
            self._apply_style(paragraph, "Header")
        trailing = header.paragraphs[0]
        header._element.remove(trailing._p)
        header._element.append(trailing._p)

    def _running_footer(self, footer: Any, running: RunningHeads, even: bool) -> None:
        footer.is_linked_to_previous = False
        r = self.spec.running
        paragraph = footer.paragraphs[0]
        self._apply_style(paragraph, "Footer")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(self.page.body_width),
                                                          WD_TAB_ALIGNMENT.RIGHT)
        page_parts = list(_split_label(running.page_label))
        job = (Run(running.job_number),) if running.job_number else ()
        if even:
            self._page_label(paragraph, page_parts, r.page_size)
            if job:
                paragraph.add_run("\t")
                self._add_runs(paragraph, job, size=r.job_size)
                paragraph.runs[-1].bold = False
        else:
            if job:
                self._add_runs(paragraph, job, size=r.job_size)
                paragraph.runs[-1].bold = False
            paragraph.add_run("\t")
            self._page_label(paragraph, page_parts, r.page_size)

    def _page_label(self, paragraph: DocxParagraph, parts: list[str], size: float) -> None:
        for part in parts:
            if part in ("{page}", "{pages}"):
                _field(paragraph, "PAGE" if part == "{page}" else "NUMPAGES", size)
            elif part:
                run = paragraph.add_run(part)
                run.bold = True
                run.font.size = Pt(size)


def _set_run_rtl(rpr: Any) -> None:
    """w:rtl: the run is right-to-left text (Arabic), set with the complex-script font."""
    if rpr.find(qn("w:rtl")) is None:
        rpr.insert_element_before(OxmlElement("w:rtl"), "w:cs", "w:em", "w:lang",
                                  "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _clip(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _set_complex_script_size(rpr: Any, size: float) -> None:
    """w:szCs beside w:sz, so Arabic and other complex scripts get the style's size too."""
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    element = OxmlElement("w:szCs")
    element.set(qn("w:val"), str(round(size * 2)))
    size_element = rpr.find(qn("w:sz"))
    if size_element is not None:
        size_element.addnext(element)
    else:
        rpr.insert_element_before(
            element, "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
            "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
            "w:specVanish", "w:oMath")


def _split_label(label: str) -> Iterator[str]:
    """"{page}/{pages}" -> "{page}", "/", "{pages}"."""
    rest = label
    while rest:
        start = rest.find("{")
        if start < 0:
            yield rest
            return
        if start:
            yield rest[:start]
        end = rest.find("}", start)
        if end < 0:
            yield rest[start:]
            return
        yield rest[start : end + 1]
        rest = rest[end + 1 :]


def _field(paragraph: DocxParagraph, instruction: str, size: float) -> None:
    """A simple field (PAGE, NUMPAGES) with a placeholder result."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    bold = OxmlElement("w:b")
    rpr.append(bold)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(round(size * 2)))
    rpr.append(sz)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _border(element_name: str, edge: str, width: float) -> Any:
    border = OxmlElement(f"w:{edge}")
    border.set(qn("w:val"), "single")
    border.set(qn("w:sz"), str(max(2, round(width * 8))))
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), "000000")
    container = OxmlElement(element_name)
    container.append(border)
    return container


#: The children of w:pPr in schema order (ECMA-376 CT_PPrBase, then rPr, sectPr, pPrChange).
_PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange")


def _insert_paragraph_property(ppr: Any, element: Any) -> None:
    """Put *element* into w:pPr in schema order (Word rejects out-of-order children)."""
    name = element.tag.split("}")[1]
    later = _PPR_ORDER[_PPR_ORDER.index(name) + 1 :]
    ppr.insert_element_before(element, *(f"w:{tag}" for tag in later))


def _paragraph_border(paragraph: DocxParagraph, edge: str, width: float) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    _insert_paragraph_property(ppr, _border("w:pBdr", edge, width))


def _cell_border(cell: Any, edge: str, width: float) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    existing = tc_pr.find(qn("w:tcBorders"))
    if existing is not None:
        tc_pr.remove(existing)
    borders = _border("w:tcBorders", edge, width)
    # w:tcBorders follows w:tcW, w:gridSpan, w:vMerge.
    tc_pr.insert_element_before(borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
                                "w:tcFitText", "w:vAlign", "w:hideMark")


def _no_cell_margins(table: DocxTable) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    _set_table_property(table, margins)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    _set_table_property(table, borders)


_TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def _set_table_property(table: DocxTable, element: Any) -> None:
    """Put *element* into w:tblPr in schema order, replacing one of the same kind."""
    tbl_pr = table._tbl.tblPr
    name = element.tag.split("}")[1]
    for old in tbl_pr.findall(qn(f"w:{name}")):
        tbl_pr.remove(old)
    later = _TBL_PR_ORDER[_TBL_PR_ORDER.index(name) + 1 :]
    for child in tbl_pr:
        if child.tag.split("}")[1] in later:
            child.addprevious(element)
            return
    tbl_pr.append(element)


def _column_widths(table: DocxTable, widths: list[float]) -> None:
    """Set both the grid (what LibreOffice reads) and every cell's width (what Word reads)."""
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), twips(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Pt(width)
    tbl_w = OxmlElement("w:tblW")
    tbl_w.set(qn("w:w"), twips(sum(widths)))
    tbl_w.set(qn("w:type"), "dxa")
    _set_table_property(table, tbl_w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _set_table_property(table, layout)


def _row_height(row: Any, height: float) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:trHeight")
    element.set(qn("w:val"), twips(height))
    element.set(qn("w:hRule"), "exact")
    tr_pr.append(element)
