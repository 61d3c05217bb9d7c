"""The DOCX's headers and footers: the masthead (a table in page 1's header), the job
number and barcode in page 1's footer, and the running heads of odd and even pages 2+ with
PAGE and NUMPAGES fields, all in real Word headers and footers."""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from typing import Any, Protocol

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ..document import Direction, Document, Masthead, Run, RunningHeads
from ..document.script import Script
from .barcode import code39_png, code39_width
from .docx_ooxml import (
    cell_border,
    move_to_end,
    no_cell_margins,
    row_height,
    set_column_widths,
    set_table_property,
    simple_field,
    twips,
)
from .pdf_page import JOB_DATE_COLUMN, furniture_char_space
from .qr import QR_FROM_BOTTOM, QR_RIGHT_PAST_MARGIN, QR_SIZE, qr_png
from .stylespec import PageSpec, StyleSpec
from .text import xml_escape


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
        heads of odd and even pages 2+; a draft's mark across every page."""
        if self.document.masthead is not None:
            self._masthead(section.first_page_header, self.document.masthead)
        running = self.document.running
        if running is not None:
            if running.job_line or running.qr_url:
                self._job_footer(section.first_page_footer, running)
            else:
                self._clear(section.first_page_footer)
            self._running_header(section.header, running, even=False)
            self._running_header(section.even_page_header, running, even=True)
            self._running_footer(section.footer, running, even=False)
            self._running_footer(section.even_page_footer, running, even=True)
        if self.document.draft_mark:
            faces = self.spec.fonts.docx
            face = {Script.CJK: faces.cjk, Script.ARABIC: faces.arabic}.get(
                self.document.script, faces.latin)
            for number, header in enumerate((section.first_page_header, section.header,
                                             section.even_page_header), start=1):
                header.is_linked_to_previous = False
                header._element.append(watermark(self.document.draft_mark, face, number))

    def _clear(self, part: Any) -> None:
        part.is_linked_to_previous = False
        for paragraph in part.paragraphs:
            paragraph.text = ""

    def _masthead(self, header: Any, m: Masthead) -> None:
        """A borderless table of two rows whose bottom borders are the thin and the thick
        rule, each row exactly as tall as the PDF has the space between them; every line
        is put at the PDF's baseline by its exact line height (see `place_line`). Right
        to left, the columns run from the right (w:bidiVisual) and each line keeps to the
        side the PDF aligns it to."""
        header.is_linked_to_previous = False
        n = self.spec.masthead
        left_col = n.text_indent
        right_col = self.page.body_width - n.fields_indent
        if self.rtl:
            # The PDF mirrors the masthead about the page's middle, the table about the
            # text block's: the margins differ, so the columns make up the difference.
            shift = self.page.margin_left - self.page.margin_right
            left_col, right_col = left_col + shift, right_col - shift
        middle = self.page.body_width - left_col - right_col
        top = header_top(self.spec, self.page)
        table = header.add_table(rows=2, cols=3, width=Pt(self.page.body_width))
        table.autofit = False
        no_cell_margins(table)
        if self.rtl:
            set_table_property(table, OxmlElement("w:bidiVisual"))  # a mirrored masthead
        set_column_widths(table, [left_col, middle, right_col])
        # The text's side (the organ, the body and the fields), and the symbol's.
        start, end = ((WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT) if self.rtl
                      else (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT))
        # Row 1: "United Nations" … symbol, with the thin rule under it.
        organ = table.cell(0, 1).paragraphs[0]
        organ.alignment = start
        place_line(organ, top, n.organ_baseline, n.organ_size)
        self.text.add_runs(organ, (Run(m.organ),), size=n.organ_size)
        space_characters(organ, 0, furniture_char_space(m.organ, n.organ_size, False))
        symbol = table.cell(0, 2).paragraphs[0]
        symbol.alignment = end
        place_line(symbol, top, n.symbol_baseline, n.symbol_large_size)
        if m.symbol:
            head, tail = m.symbol_parts
            self.text.add_runs(symbol, (Run(head),), size=n.symbol_large_size)
            # The large head keeps its spacing after its last letter: the tail follows.
            space_characters(symbol, 0, furniture_char_space(head, n.symbol_large_size,
                                                             False))
            if tail:
                start_run = len(symbol.runs)
                self.text.add_runs(symbol, (Run(tail),), size=n.symbol_size)
                space_characters(symbol, start_run,
                                 furniture_char_space(tail, n.symbol_size, False))
        row_height(table.rows[0], n.thin_rule_y - top)
        for cell in table.rows[0].cells:
            cell_border(cell, "bottom", n.thin_rule_width)
        # Row 2: "General Assembly" and the distribution fields, the thick rule under them.
        body = table.cell(1, 1).paragraphs[0]
        body.alignment = start
        # Row 2 starts under the thin rule (LibreOffice lays the cells out below their
        # borders).
        row2_top = n.thin_rule_y + n.thin_rule_width
        place_line(body, row2_top, n.body_baseline, n.body_size)
        self.text.add_runs(body, (Run(m.body, bold=True),), size=n.body_size)
        space_characters(body, 0, furniture_char_space(m.body, n.body_size, True))
        fields = table.cell(1, 2)
        line_top = row2_top
        for index, (text, baseline) in enumerate(zip(m.fields, n.field_baselines,
                                                     strict=True)):
            paragraph = fields.paragraphs[0] if index == 0 else fields.add_paragraph()
            paragraph.alignment = start
            line_top = place_line(paragraph, line_top, baseline, n.fields_size)
            self.text.add_runs(paragraph, (Run(text),), size=n.fields_size)
            space_characters(paragraph, 0, furniture_char_space(text, n.fields_size, False))
        row_height(table.rows[1], n.thick_rule_y - row2_top)
        for cell in table.rows[1].cells:
            cell_border(cell, "bottom", n.thick_rule_width)
        # The header's own empty paragraph follows the table: as tall as the space from
        # the thick rule down to page 1's text block, which starts under the header (the
        # rows end a border's width lower than the rules they draw: LibreOffice).
        below_rule = (self.page.first_page_body_top
                      - (n.thick_rule_y - n.thin_rule_width + n.thick_rule_width))
        trailing = header.paragraphs[0]
        trailing.paragraph_format.space_before = Pt(0)
        trailing.paragraph_format.space_after = Pt(0)
        trailing.paragraph_format.line_spacing = Pt(round(max(1.0, below_rule), 2))
        trailing.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        move_to_end(header, trailing)

    def _job_footer(self, footer: Any, running: RunningHeads) -> None:
        footer.is_linked_to_previous = False
        r = self.spec.running
        paragraph = footer.paragraphs[0]
        paragraph.style = self.word.styles["Normal"]
        paragraph.paragraph_format.left_indent = Pt(r.first_footer_indent)
        # The date at a tab stop of its own, as the PDF has it (pdf_page.JOB_DATE_COLUMN).
        number, gap, date = running.job_line.rpartition("    ")
        job_line = f"{number.rstrip()}\t{date.strip()}" if gap else running.job_line
        if gap:
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Pt(r.first_footer_indent + JOB_DATE_COLUMN), WD_TAB_ALIGNMENT.LEFT)
        self.text.add_runs(paragraph, (Run(job_line),), size=r.first_footer_size)
        if running.qr_url:
            self._qr_code(paragraph, running.qr_url)
        if not running.barcode:
            return
        # Under the job line, a line as tall as the bars, ending at the footer's bottom
        # edge (the footer distance); the bars float at the PDF's place (an inline picture
        # would stand on that line's baseline, 2 pt above its bottom).
        picture = footer.add_paragraph(style="Normal")
        spacing = picture.paragraph_format
        spacing.space_before = Pt(0)
        spacing.space_after = Pt(0)
        spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        spacing.line_spacing = Pt(r.barcode_height)
        bars = picture.add_run()
        bars.add_picture(io.BytesIO(code39_png(running.barcode)),
                         width=Pt(code39_width(running.barcode, r.barcode_narrow)),
                         height=Pt(r.barcode_height))
        float_on_page(bars, self.page.margin_left + r.first_footer_indent,
                      self.page.height - r.barcode_from_bottom - r.barcode_height)
        # The job line's baseline as far above the bars as the PDF has it: a line of
        # exact height has its baseline EXACT_LINE_BASELINE of the way down.
        above_bars = (r.first_footer_baseline_from_bottom
                      - (r.barcode_from_bottom + r.barcode_height))
        job = paragraph.paragraph_format
        job.space_before = Pt(0)
        job.space_after = Pt(0)
        job.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        job.line_spacing = Pt(round(above_bars / (1 - EXACT_LINE_BASELINE), 2))

    def _qr_code(self, paragraph: DocxParagraph, url: str) -> None:
        """Page 1's QR code, floating at the PDF's place (from the page's bottom right)."""
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(qr_png(url)), width=Pt(QR_SIZE), height=Pt(QR_SIZE))
        x = self.page.width - self.page.margin_right + QR_RIGHT_PAST_MARGIN - QR_SIZE
        y = self.page.height - QR_FROM_BOTTOM - QR_SIZE
        float_on_page(run, x, y)

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
        # The row ends at the rule, its lines at its bottom: the last line's baseline is
        # where the PDF has it (a longer title grows upwards, as in the PDF).
        row_height(table.rows[0], r.header_rule_y - header_top(self.spec, self.page))
        below = header_space_below(self.spec)
        for cell in cells:
            cell_margin(cell, "bottom", below)
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


#: Where Word and LibreOffice put the baseline in a line of exact height: 80 % of the way
#: down, whatever the font (measured through LibreOffice: docs/FORMAT.md, DOCX).
EXACT_LINE_BASELINE = 0.8


#: The running head's title takes at most this many lines (as the PDF's).
RUNNING_TITLE_LINES = 3


def cell_margin(cell: Any, edge: str, points: float) -> None:
    """The cell's own margin on *edge* (w:tcMar), in schema order in w:tcPr."""
    margins = OxmlElement("w:tcMar")
    element = OxmlElement(f"w:{edge}")
    element.set(qn("w:w"), twips(points))
    element.set(qn("w:type"), "dxa")
    margins.append(element)
    cell._tc.get_or_add_tcPr().insert_element_before(
        margins, "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def space_characters(paragraph: DocxParagraph, start: int, space: float) -> None:
    """Letter-space the paragraph's runs from index *start* by *space* points (w:spacing,
    the PDF's character spacing of the masthead's Latin lines). The runs stay whole: the
    PDF adds no spacing after a line's last character, and neither does LibreOffice at a
    line's end (measured: a right-aligned line ends where the PDF's does)."""
    runs = paragraph.runs[start:]
    twentieths = round(space * 20)
    if not runs or not twentieths:
        return
    for run in runs:
        spacing = OxmlElement("w:spacing", attrs={qn("w:val"): str(twentieths)})
        run._r.get_or_add_rPr().insert_element_before(spacing, *RPR_AFTER_SPACING)


#: What follows w:spacing in w:rPr (ECMA-376 Part 1, CT_RPr's sequence).
RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                     "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
                     "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish",
                     "w:oMath")


def header_space_below(spec: StyleSpec) -> float:
    """The space after the running head's last line that puts its baseline at the PDF's."""
    leading = spec.style("Header").leading
    r = spec.running
    return max(0.0, r.header_rule_y - r.header_baseline
               - (1 - EXACT_LINE_BASELINE) * leading)


def header_top(spec: StyleSpec, page: PageSpec) -> float:
    """Where the DOCX's headers start (w:pgMar/@w:header): the page's header distance, or
    higher when the running head's longest title would not fit above its rule."""
    lines = RUNNING_TITLE_LINES * spec.style("Header").leading + header_space_below(spec)
    return min(page.header_distance, math.floor(spec.running.header_rule_y - lines))


def place_line(paragraph: DocxParagraph, top: float, baseline: float, size: float) -> float:
    """Give *paragraph* (one line of *size*, starting *top* points down the page) the space
    before and exact line height that put its baseline at *baseline*; its bottom."""
    height = 1.2 * size
    before = baseline - top - EXACT_LINE_BASELINE * height
    if before < 0:  # closer than a normal line: a shorter one, never shorter than the font
        height = max(size, (baseline - top) / EXACT_LINE_BASELINE)
        before = 0
    pf = paragraph.paragraph_format
    pf.space_before = Pt(round(before, 2))
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(round(height, 2))
    return top + before + height


EMU_PER_PT = 12_700


def float_on_page(run: Any, x: float, y: float) -> None:
    """Turn the run's inline picture into one anchored at (*x*, *y*) pt from the page's
    top left, in front of the text and not moving it (wp:anchor, wrapNone)."""
    inline = run._r.find(".//" + qn("wp:inline"))
    anchor = OxmlElement("wp:anchor")
    for name, value in (("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0"),
                        ("simplePos", "0"), ("relativeHeight", "251659264"),
                        ("behindDoc", "0"), ("locked", "1"), ("layoutInCell", "1"),
                        ("allowOverlap", "1")):
        anchor.set(name, value)
    simple = OxmlElement("wp:simplePos")
    simple.set("x", "0")
    simple.set("y", "0")
    anchor.append(simple)
    for axis, points in (("H", x), ("V", y)):
        position = OxmlElement(f"wp:position{axis}")
        position.set("relativeFrom", "page")
        offset = OxmlElement("wp:posOffset")
        offset.text = str(round(points * EMU_PER_PT))
        position.append(offset)
        anchor.append(position)
    children = {child.tag: child for child in inline}
    anchor.append(children[qn("wp:extent")])
    effect = OxmlElement("wp:effectExtent")
    for side in ("l", "t", "r", "b"):
        effect.set(side, "0")
    anchor.append(effect)
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        if qn(tag) in children:
            anchor.append(children[qn(tag)])
    inline.getparent().replace(inline, anchor)


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


#: Word's own watermark (Design ▸ Watermark): a VML text shape in each header, drawn
#: behind the text, centred on the page, across it at 45°, pale. The shape type is the
#: one Word writes for it (WordArt "plain text", 136); Word and LibreOffice both show it.
_WATERMARK = """\
<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
     xmlns:w10="urn:schemas-microsoft-com:office:word">
 <w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>
 <w:r><w:rPr><w:noProof/></w:rPr><w:pict>
  <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
   path="m@7,l@8,m@5,21600l@6,21600e">
   <v:formulas>
    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
    <v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
    <v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
    <v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
   </v:formulas>
   <v:path textpathok="t" o:connecttype="custom"
    o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
    o:connectangles="270,180,90,0"/>
   <v:textpath on="t" fitshape="t"/>
   <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
   <o:lock v:ext="edit" text="t" shapetype="t"/>
  </v:shapetype>
  <v:shape id="PowerPlusWaterMarkObject{number}" o:spid="_x0000_s{spid}" type="#_x0000_t136"
   style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;
rotation:315;z-index:-251657216;mso-position-horizontal:center;
mso-position-horizontal-relative:margin;mso-position-vertical:center;
mso-position-vertical-relative:margin"
   o:allowincell="f" fillcolor="{colour}" stroked="f">
   <v:fill opacity=".25"/>
   <v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>
   <w10:wrap anchorx="margin" anchory="margin"/>
  </v:shape>
 </w:pict></w:r>
</w:p>"""


def watermark(text: str, font: str, number: int) -> Any:
    """A header paragraph holding *text* in *font* as Word's watermark (a paragraph of its
    own, one twentieth of a point high, so the header's layout does not move); *number*
    tells the section's headers' shapes apart, as Word numbers them."""
    width = 90.0 * max(1, len(text))
    return parse_xml(_WATERMARK.format(width=f"{width:.1f}", height=f"{width / 4:.1f}",
                                       colour="#C0301A", font=xml_escape(font),
                                       text=xml_escape(text).replace('"', "&quot;"),
                                       number=number, spid=2048 + number))
