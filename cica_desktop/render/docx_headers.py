"""The DOCX's headers and footers: the masthead (a table in page 1's header), the job
number and barcode in page 1's footer, and the running heads of odd and even pages 2+ with
PAGE and NUMPAGES fields, all in real Word headers and footers."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, Protocol

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ..document import Direction, Document, Masthead, Run, RunningHeads
from .barcode import code39_png, code39_width
from .docx_ooxml import (
    cell_border,
    move_to_end,
    no_cell_margins,
    row_height,
    set_column_widths,
    set_table_property,
    simple_field,
)
from .stylespec import StyleSpec


class TextWriter(Protocol):
    """How the renderer writes runs and applies its named styles."""

    def add_runs(self, paragraph: DocxParagraph, runs: tuple[Run, ...],
                 size: float | None = None) -> None: ...

    def apply_style(self, paragraph: DocxParagraph, name: str) -> None: ...


class HeadersFooters:
    """Writes the headers and footers of the DOCX's one section."""

    def __init__(self, word: DocxDocument, document: Document, spec: StyleSpec,
                 text: TextWriter) -> None:
        self.word = word
        self.document = document
        self.spec = spec
        self.page = spec.page(document.paper)
        self.rtl = document.direction == Direction.RTL
        self.text = text

    def write(self, section: Any) -> None:
        """The masthead on page 1's header, the job footer on its footer, and the running
        heads of odd and even pages 2+."""
        if self.document.masthead is not None:
            self._masthead(section.first_page_header, self.document.masthead)
        running = self.document.running
        if running is not None:
            if running.job_line:
                self._job_footer(section.first_page_footer, running)
            else:
                self._clear(section.first_page_footer)
            self._running_header(section.header, running, even=False)
            self._running_header(section.even_page_header, running, even=True)
            self._running_footer(section.footer, running, even=False)
            self._running_footer(section.even_page_footer, running, even=True)

    def _clear(self, part: Any) -> None:
        part.is_linked_to_previous = False
        for paragraph in part.paragraphs:
            paragraph.text = ""

    def _masthead(self, header: Any, m: Masthead) -> None:
        header.is_linked_to_previous = False
        n = self.spec.masthead
        left_col = n.text_indent
        right_col = self.page.body_width - n.fields_indent
        middle = self.page.body_width - left_col - right_col
        table = header.add_table(rows=2, cols=3, width=Pt(self.page.body_width))
        table.autofit = False
        no_cell_margins(table)
        if self.rtl:
            set_table_property(table, OxmlElement("w:bidiVisual"))  # a mirrored masthead
        set_column_widths(table, [left_col, middle, right_col])
        # Row 1: "United Nations" … symbol, with the thin rule under it.
        organ = table.cell(0, 1).paragraphs[0]
        self.text.add_runs(organ, (Run(m.organ),), size=n.organ_size)
        symbol = table.cell(0, 2).paragraphs[0]
        symbol.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if m.symbol:
            head, tail = m.symbol_parts
            self.text.add_runs(symbol, (Run(head),), size=n.symbol_large_size)
            if tail:
                self.text.add_runs(symbol, (Run(tail),), size=n.symbol_size)
        for cell in table.rows[0].cells:
            cell_border(cell, "bottom", n.thin_rule_width)
        # Row 2: "General Assembly" and the distribution fields, the thick rule under them.
        body = table.cell(1, 1).paragraphs[0]
        self.text.add_runs(body, (Run(m.body, bold=True),), size=n.body_size)
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
            self.text.add_runs(paragraph, (Run(text),), size=n.fields_size)
        row_height(table.rows[1], n.thick_rule_y - n.thin_rule_y)
        for cell in table.rows[1].cells:
            cell_border(cell, "bottom", n.thick_rule_width)
        # The header's own empty paragraph follows the table; keep it tiny.
        trailing = header.paragraphs[0]
        trailing.paragraph_format.line_spacing = Pt(1)
        trailing.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        move_to_end(header, trailing)

    def _job_footer(self, footer: Any, running: RunningHeads) -> None:
        footer.is_linked_to_previous = False
        r = self.spec.running
        paragraph = footer.paragraphs[0]
        paragraph.style = self.word.styles["Normal"]
        paragraph.paragraph_format.left_indent = Pt(r.first_footer_indent)
        self.text.add_runs(paragraph, (Run(running.job_line),), size=r.first_footer_size)
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
        no_cell_margins(table)
        cells = table.rows[0].cells
        symbol_cell, title_cell = (cells[0], cells[1]) if even else (cells[1], cells[0])
        set_column_widths(table, [other, title_width] if even else [title_width, other])
        for cell in cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            cell_border(cell, "bottom", r.header_rule_width)
        symbol = symbol_cell.paragraphs[0]
        symbol.alignment = WD_ALIGN_PARAGRAPH.LEFT if even else WD_ALIGN_PARAGRAPH.RIGHT
        self.text.add_runs(symbol, (Run(running.symbol, bold=True),), size=r.header_size)
        title = title_cell.paragraphs[0]
        title.alignment = WD_ALIGN_PARAGRAPH.RIGHT if even else WD_ALIGN_PARAGRAPH.LEFT
        self.text.add_runs(title, (Run(running.short_title, bold=True),), size=r.header_size)
        for paragraph in (symbol, title):
            self.text.apply_style(paragraph, "Header")
        move_to_end(header, header.paragraphs[0])

    def _running_footer(self, footer: Any, running: RunningHeads, even: bool) -> None:
        footer.is_linked_to_previous = False
        r = self.spec.running
        paragraph = footer.paragraphs[0]
        self.text.apply_style(paragraph, "Footer")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(self.page.body_width),
                                                          WD_TAB_ALIGNMENT.RIGHT)
        page_parts = list(split_label(running.page_label))
        job = (Run(running.job_number),) if running.job_number else ()
        if even:
            self._page_label(paragraph, page_parts, r.page_size)
            if job:
                paragraph.add_run("\t")
                self.text.add_runs(paragraph, job, size=r.job_size)
                paragraph.runs[-1].bold = False
        else:
            if job:
                self.text.add_runs(paragraph, job, size=r.job_size)
                paragraph.runs[-1].bold = False
            paragraph.add_run("\t")
            self._page_label(paragraph, page_parts, r.page_size)

    def _page_label(self, paragraph: DocxParagraph, parts: list[str], size: float) -> None:
        for part in parts:
            if part in ("{page}", "{pages}"):
                simple_field(paragraph, "PAGE" if part == "{page}" else "NUMPAGES", size)
            elif part:
                run = paragraph.add_run(part)
                run.bold = True
                run.font.size = Pt(size)


def split_label(label: str) -> Iterator[str]:
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
