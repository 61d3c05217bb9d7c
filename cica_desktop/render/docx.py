"""render_docx(document) -> DOCX that a colleague can keep editing in Word.

Named paragraph styles built from the same style spec as the PDF, real Word numbering for
numbered paragraphs (no typed "1."), lead words as their own italic runs, East Asian fonts
on Chinese runs, the masthead and running heads as real Word headers and footers.
python-docx has no API for numbering, w:rFonts/@w:eastAsia, w:lang or fields, so those are
written as oxml: the elements in docx_ooxml.py, the numbering in docx_numbering.py, the
headers and footers in docx_headers.py. This module writes the styles and the body.

The body is built by appending elements before its section properties, found once, and
tables are filled from their row and cell elements: python-docx's add_paragraph and
add_table look for w:sectPr among all the body's children every time, and table.rows[i]
or row.cells rebuild the whole table's lists, which made the time grow with the square of
the document's length. The XML written is the same as through python-docx's API.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, assert_never, cast

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Pt
from docx.styles import BabelFish
from docx.styles.style import ParagraphStyle, StyleFactory
from docx.table import Table as DocxTable
from docx.table import _Cell as DocxCell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from ..atomic import write_bytes_atomically
from ..collection_pause import collection_paused
from ..document import (
    Direction,
    Document,
    EndRule,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from ..document.script import ARABIC_CHARACTER, CJK_CHARACTER
from .docx_headers import EXACT_LINE_BASELINE, HeadersFooters, header_top
from .docx_numbering import Numbering
from .docx_ooxml import (
    add_text_run,
    cell_border,
    clip,
    insert_paragraph_property,
    no_cell_margins,
    paragraph_border,
    set_column_widths,
    set_complex_script_size,
    set_fonts,
    set_run_rtl,
    set_table_property,
    twips,
)
from .layout import column_widths
from .stylespec import ParagraphStyleSpec, StyleSpec, load_style_spec
from .text import printable

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def render_docx(document: Document, out: Path | BinaryIO, spec: StyleSpec | None = None) -> None:
    """Render *document* to *out* (a path, written atomically, or a binary stream)."""
    data = docx_bytes(document, spec)
    if isinstance(out, Path | str):
        write_bytes_atomically(Path(out), data)
    else:
        out.write(data)


def docx_bytes(document: Document, spec: StyleSpec | None = None) -> bytes:
    spec = spec or load_style_spec(document.language)
    with collection_paused():
        return _DocxRenderer(document, spec).build()


@cache
def base_docx() -> bytes:
    """templates/docx/base.docx, the lean base document (made by scripts/make_base_docx.py):
    the built-in styles Word needs, Word 2013+ compatibility, no thumbnail or dates."""
    return (resources.files("cica_desktop.templates") / "docx" / "base.docx").read_bytes()


class _DocxRenderer:
    def __init__(self, document: Document, spec: StyleSpec) -> None:
        self.doc = document
        self.spec = spec
        self.page = spec.page(document.paper)
        self.word: DocxDocument = new_docx(io.BytesIO(base_docx()))
        self.faces = spec.fonts.docx
        self.italics = document.italics
        self.rtl = document.direction == Direction.RTL
        self.numbering = Numbering(self.word, spec)
        self._page_break_pending = False
        self._bookmark_id = 0
        #: style name -> styleId; setting w:pStyle directly skips python-docx's slow lookup.
        self._style_ids: dict[str, str] = {}
        body = self.word.element.body
        #: New blocks go in before the body's w:sectPr, found here once.
        self._body_end = body.sectPr
        self._body = self.word._body  # the parent python-docx's proxies are given

    # ------------------------------------------------------------------ build
    def build(self) -> bytes:
        self._setup_document()
        self._setup_styles()
        self._setup_section()
        #: A new table's width before its columns are set, as python-docx's add_table has it.
        self._block_width = self.word._block_width
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
                    self.numbering.number(p, block)
                case SignatureBlock():
                    self._signature_block(block)
                case SignatureGrid():
                    self._signature_grid(block)
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
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()

    # ------------------------------------------------------------------ document settings
    def _setup_document(self) -> None:
        meta = self.doc.metadata
        props = self.word.core_properties
        # Word's core properties hold at most 255 characters.
        props.title = clip(printable(meta.title))
        props.subject = clip(printable(meta.subject))
        props.author = clip(printable(meta.author))
        props.keywords = clip(printable(", ".join(meta.keywords)))
        props.language = meta.language
        props.comments = "Generated by cica-desktop"
        props.last_modified_by = props.author
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        props.created = now
        props.modified = now
        self.word.settings.odd_and_even_pages_header_footer = True

    def _setup_styles(self) -> None:
        styles = self.word.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        set_fonts(rpr, self.faces)
        set_complex_script_size(rpr, 10)
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

    def apply_style(self, paragraph: DocxParagraph, name: str) -> None:
        """Give *paragraph* the named style (setting w:pStyle directly, by its id)."""
        ppr = paragraph._p.get_or_add_pPr()
        if ppr.pStyle is not None:
            ppr.remove(ppr.pStyle)
        style = OxmlElement("w:pStyle", attrs={qn("w:val"): self._style_ids[name]})
        insert_paragraph_property(ppr, style)

    def _paragraph_style(self, name: str, s: ParagraphStyleSpec, existing: dict[str, Any],
                         normal: Any) -> None:
        # A new style is added without styles.add_style's search of every style for the
        # name: *existing* already says it is not there.
        style = existing.get(name) or cast(ParagraphStyle, StyleFactory(
            self.word.styles.element.add_style_of_type(
                BabelFish.ui2internal(name), WD_STYLE_TYPE.PARAGRAPH, False)))
        style.base_style = normal
        style.quick_style = True
        font = style.font
        font.size = Pt(s.size)
        font.bold = s.bold or None
        font.italic = (s.italic and self.italics) or None
        if s.bold:
            font.cs_bold = True
        pf = style.paragraph_format
        cell = s.table_cell  # the table takes the indents and the space around it
        pf.left_indent = Pt(0 if cell else s.left)
        pf.right_indent = Pt(0 if cell else s.right)
        pf.first_line_indent = Pt(0 if cell else s.first_line)
        pf.space_before = Pt(0 if cell else s.space_before)
        pf.space_after = Pt(0 if cell else s.space_after)
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
        set_complex_script_size(rpr, s.size)
        if s.bold:
            set_fonts(rpr, self.faces, east_asia=self.faces.cjk_bold)
        self._style_ids[name] = style.style_id
        if self.rtl:
            # Right-to-left paragraphs: Word lays out the line, the numbering and the
            # alignment from the paragraph's direction.
            insert_paragraph_property(style.element.get_or_add_pPr(), OxmlElement("w:bidi"))
        if s.outline_level:
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(s.outline_level - 1))
            insert_paragraph_property(style.element.get_or_add_pPr(), outline)

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
        section.header_distance = Pt(header_top(self.spec, page))
        section.footer_distance = Pt(page.footer_distance)
        section.different_first_page_header_footer = True
        if self.rtl:
            section._sectPr.insert_element_before(
                OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                "w:sectPrChange")
        HeadersFooters(self.word, self.doc, self.spec, self).write(section)

    # ------------------------------------------------------------------ body blocks
    def _new_paragraph(self) -> DocxParagraph:
        """An empty paragraph at the end of the body."""
        p = OxmlElement("w:p")
        self._body_end.addprevious(p)
        return DocxParagraph(p, self._body)

    def _new_table(self, rows: int, cols: int) -> tuple[DocxTable, list[list[DocxCell]]]:
        """An empty table at the end of the body, and its cells row by row."""
        tbl = CT_Tbl.new_tbl(rows, cols, self._block_width)
        self._body_end.addprevious(tbl)
        table = DocxTable(tbl, self._body)
        return table, [[DocxCell(tc, table) for tc in tr.tc_lst] for tr in tbl.tr_lst]

    # ------------------------------------------------------------------ runs and paragraphs
    def _paragraph(self, style: str, runs: tuple[Run, ...], container: Any = None
                   ) -> DocxParagraph:
        paragraph = container.add_paragraph() if container else self._new_paragraph()
        self.apply_style(paragraph, style)
        if container is None:
            self._take_page_break(paragraph, style)
        self.add_runs(paragraph, runs)
        return paragraph

    def _picture(self, block: Picture, style: str = "Letterhead",
                 align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
                 cell: _Cell | None = None) -> DocxParagraph:
        images = self.spec.images
        width, height = images.size(block)
        if cell is None:
            paragraph = self._new_paragraph()
            self._take_page_break(paragraph)
        else:
            paragraph = cell.paragraph()
        self.apply_style(paragraph, style)
        paragraph.alignment = align
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(images.space_after(block))
        # Single line spacing: with the style's exact spacing Word would clip the picture.
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.add_run().add_picture(io.BytesIO(block.data), width=Pt(width),
                                        height=Pt(height))
        return paragraph

    def _signature_block(self, block: SignatureBlock, cell: _Cell | None = None) -> None:
        """Name and titles; the scanned signature above the name; the digital box under.
        In a grid's *cell*, the row holds the block together (no keep-with-next, which
        would chain the rows)."""
        spec = self.spec.style(block.style)
        keep = cell is None

        def paragraph(style: str, runs: tuple[Run, ...]) -> DocxParagraph:
            if cell is None:
                return self._paragraph(style, runs)
            p = cell.paragraph()
            self.apply_style(p, style)
            self.add_runs(p, runs)
            return p

        for index, line in enumerate(block.lines):
            if index == block.name_line and block.image is not None:
                # In the block's own style, so a right-to-left document mirrors it (w:bidi).
                picture = self._picture(block.image, block.style, _ALIGN[spec.align], cell)
                picture.paragraph_format.space_before = Pt(spec.space_before if index == 0
                                                           else 0)
                if not keep:
                    picture.paragraph_format.keep_with_next = None
            p = paragraph(block.style, line)
            if index or (block.image is not None and block.name_line == 0):
                p.paragraph_format.space_before = Pt(0)
            if keep and (index < len(block.lines) - 1 or block.stamp):
                p.paragraph_format.keep_with_next = True
        images = self.spec.images
        for index, text in enumerate(block.stamp):
            p = paragraph(block.style, (Run(text),))
            p.paragraph_format.space_before = Pt(images.stamp_space_before if index == 0
                                                 else 0)
            for run in p.runs:
                run.font.size = Pt(images.stamp_size)
            if keep and index < len(block.stamp) - 1:
                p.paragraph_format.keep_with_next = True

    def _signature_grid(self, grid: SignatureGrid) -> None:
        """A borderless table across the text block, each block a real cell spanning two
        of its quarter columns (an odd last block the middle two: centred); a row is never
        split across pages. Right to left, the table's columns run from the right
        (w:bidiVisual), so the first block is at the right."""
        spec = self.spec.style(grid.style)
        width = self.page.body_width - spec.left - spec.right
        slots = 2 * grid.columns
        rows = grid.rows()
        if self._page_break_pending:
            # A table cannot start a page by itself: an empty paragraph carries the break.
            self._take_page_break(self._paragraph(grid.style, ()))
        table, _cells = self._new_table(len(rows), slots)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), twips(spec.left))
        ind.set(qn("w:type"), "dxa")
        set_table_property(table, ind)
        no_cell_margins(table)  # and no borders
        set_column_widths(table, [width / slots] * slots)
        if self.rtl:
            set_table_property(table, OxmlElement("w:bidiVisual"))
        for row_index, (row, tr) in enumerate(zip(rows, table._tbl.tr_lst, strict=True)):
            offset = grid.columns - len(row)  # an incomplete row is centred
            for index, block in enumerate(row):
                slot = offset + 2 * index
                cell = _Cell(table.cell(row_index, slot).merge(table.cell(row_index,
                                                                          slot + 1)))
                self._signature_block(block, cell)
                # The space above the block, between the rows (and above the grid).
                cell.first().paragraph_format.space_before = Pt(spec.space_before)
            tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        # Word needs a paragraph after a table.
        after = self._paragraph(grid.style, ())
        after.paragraph_format.space_before = Pt(0)
        after.paragraph_format.line_spacing = Pt(1)

    def _left_to_right(self, paragraph: DocxParagraph, style: str) -> None:
        """A paragraph with no right-to-left letters in a right-to-left document: its own
        direction left to right (w:bidi off), on the same sides as the others (physical
        now, so mirrored here)."""
        sides = self.spec.style(style).mirrored()
        ppr = paragraph._p.get_or_add_pPr()
        bidi = OxmlElement("w:bidi")
        bidi.set(qn("w:val"), "0")
        insert_paragraph_property(ppr, bidi)
        paragraph.alignment = _ALIGN[sides.align]
        paragraph.paragraph_format.left_indent = Pt(sides.left)
        paragraph.paragraph_format.right_indent = Pt(sides.right)
        for run in paragraph.runs:
            rpr = run._r.find(qn("w:rPr"))
            if rpr is not None:
                for rtl in rpr.findall(qn("w:rtl")):
                    rpr.remove(rtl)

    def _take_page_break(self, paragraph: DocxParagraph, style: str | None = None) -> None:
        """A pending page break goes on the next body paragraph. The PDF drops the space
        above the first line of a page and puts its baseline one font size below the top
        margin; Word and LibreOffice keep the space after a page break and put the baseline
        80 % down an exact line: the space before makes up the difference."""
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            before = 0.0
            if style is not None:
                s = self.spec.style(style)
                before = max(0.0, s.size - EXACT_LINE_BASELINE * s.leading)
            paragraph.paragraph_format.space_before = Pt(round(before, 2))
            self._page_break_pending = False

    def add_runs(self, paragraph: DocxParagraph, runs: tuple[Run, ...],
                 size: float | None = None) -> None:
        """Append *runs* to *paragraph* (in *size*, else the style's): a line break for
        each newline, right-to-left and East Asian runs marked as Word needs them."""
        existing = paragraph.runs
        last: DocxRun | None = existing[-1] if existing else None
        for run in runs:
            text = printable(run.text)
            lines = text.split("\n")
            for line_index, line in enumerate(lines):
                if line_index:
                    if last is not None:
                        last.add_break()
                    else:
                        last = paragraph.add_run()
                if not line:
                    continue
                # python-docx writes each tab as a w:tab element (Word's tab character).
                r = last = add_text_run(paragraph, line)
                if run.bold:
                    r.bold = True
                if run.italic and self.italics:
                    r.italic = True
                if run.placeholder:  # a draft's gap: highlighted as Word highlights
                    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
                if size is not None:
                    r.font.size = Pt(size)
                    set_complex_script_size(r._r.get_or_add_rPr(), size)
                if self.rtl or (not line.isascii() and ARABIC_CHARACTER.search(line)):
                    set_run_rtl(r._r.get_or_add_rPr())
                if not line.isascii() and CJK_CHARACTER.search(line):
                    faces = self.faces
                    east_asia = (faces.cjk_emphasis if run.emphasis and faces.cjk_emphasis
                                 else faces.cjk_bold if run.bold else None)
                    set_fonts(r._r.get_or_add_rPr(), faces, east_asia=east_asia,
                              east_asia_hint=True)

    def _bookmark(self, paragraph: DocxParagraph, title: str) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), f"_cica{self._bookmark_id}")
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)

    # ------------------------------------------------------------------ tables and rules
    def _table(self, block: Table) -> None:
        spec = self.spec.style(block.style)
        width = self.page.body_width - spec.left - spec.right
        columns = len(block.header)
        if self._page_break_pending:
            # A table cannot start a page by itself: an empty paragraph carries the break.
            self._take_page_break(self._paragraph(block.style, ()))
        table, cells = self._new_table(1 + len(block.rows), columns)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        self._table_layout(table, spec, width, block)
        header_cells = cells[0]
        for index, text in enumerate(block.header):
            self._cell(header_cells[index], block.header_style, text)
        header_pr = table._tbl.tr_lst[0].get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        header_pr.append(repeat)
        for cell in header_cells:
            cell_border(cell, "bottom", spec.rule_width)
        for row, row_cells in zip(block.rows, cells[1:], strict=True):
            for index, text in enumerate(row):
                self._cell(row_cells[index], block.style, text)
        # Word needs a paragraph after a table; it carries the space below it.
        after = self._paragraph(block.style, ())
        after.paragraph_format.line_spacing = Pt(1)
        after.paragraph_format.space_after = Pt(spec.space_after)

    def _table_layout(self, table: DocxTable, spec: ParagraphStyleSpec, width: float,
                      block: Table) -> None:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), twips(spec.left))
        ind.set(qn("w:type"), "dxa")
        set_table_property(table, ind)
        borders = OxmlElement("w:tblBorders")
        # Rules above and below the header row and under the last row, as in the PDF.
        for edge, size in (("top", spec.rule_width), ("bottom", spec.bottom_rule_width)):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), str(max(2, round(size * 8))))
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
            borders.append(element)
        set_table_property(table, borders)
        margins = OxmlElement("w:tblCellMar")
        for edge in ("top", "left", "bottom", "right"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), twips(spec.cell_padding))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        set_table_property(table, margins)
        set_column_widths(table, column_widths(block.header, block.rows, width, spec.size,
                                            spec.cell_padding))
        if self.rtl:
            set_table_property(table, OxmlElement("w:bidiVisual"))  # columns right to left

    def _cell(self, cell: Any, style: str, text: str) -> None:
        paragraph = cell.paragraphs[0]
        self.apply_style(paragraph, style)
        self.add_runs(paragraph, (Run(text),))

    def _end_rule(self) -> None:
        running = self.spec.running
        length, rule_width, space = (running.end_rule_length, running.end_rule_width,
                                     running.end_rule_space)
        side = (self.page.body_width - length) / 2
        paragraph = self._new_paragraph()
        self._take_page_break(paragraph)
        pf = paragraph.paragraph_format
        pf.left_indent = Pt(side)
        pf.right_indent = Pt(side)
        pf.space_before = Pt(space)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(2)
        paragraph_border(paragraph, "bottom", rule_width)



class _Cell:
    """A table cell being filled: its first paragraph (Word gives every cell one) is used
    first, the next ones are added."""

    def __init__(self, cell: Any) -> None:
        self.cell = cell
        self.used = False

    def first(self) -> DocxParagraph:
        return cast(DocxParagraph, self.cell.paragraphs[0])

    def paragraph(self) -> DocxParagraph:
        if self.used:
            return cast(DocxParagraph, self.cell.add_paragraph())
        self.used = True
        return self.first()
