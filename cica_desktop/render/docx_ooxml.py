"""OOXML helpers for the DOCX renderer: what python-docx has no API for (fonts per script,
complex-script sizes, right-to-left runs, fields, borders, table properties), written as
elements in the order the schema requires (Word rejects out-of-order children).
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from .stylespec import DocxFaces


def twips(points: float) -> str:
    return str(round(points * 20))


def set_fonts(rpr: Any, faces: DocxFaces, east_asia: str | None = None,
              east_asia_hint: bool = False) -> None:
    """w:rFonts: the Latin, East Asian (*east_asia*, else the text face) and complex-script
    faces; *east_asia_hint* makes Word set shared characters (quotes, digits) East Asian."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        # w:rFonts follows only w:rStyle in w:rPr.
        style = rpr.find(qn("w:rStyle"))
        if style is not None:
            style.addnext(fonts)
        else:
            rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), faces.latin)
    fonts.set(qn("w:hAnsi"), faces.latin)
    fonts.set(qn("w:eastAsia"), east_asia or faces.cjk)
    fonts.set(qn("w:cs"), faces.arabic)
    if east_asia_hint:
        fonts.set(qn("w:hint"), "eastAsia")


def add_text_run(paragraph: DocxParagraph, line: str) -> DocxRun:
    """What `paragraph.add_run(line)` writes for a *line* without line breaks (w:t pieces
    and a w:tab for each tab), built a piece at a time where python-docx goes character by
    character."""
    if "\r" in line or "\n" in line:
        return paragraph.add_run(line)
    r = paragraph._p.add_r()
    for index, piece in enumerate(line.split("\t")):
        if index:
            r.add_tab()
        if piece:
            r.add_t(piece)
    return DocxRun(r, paragraph)


def move_to_end(container: Any, paragraph: DocxParagraph) -> None:
    """Put *paragraph* last in its header or footer (after a table added to it)."""
    container._element.remove(paragraph._p)
    container._element.append(paragraph._p)


def set_run_rtl(rpr: Any) -> None:
    """w:rtl: the run is right-to-left text (Arabic), set with the complex-script font."""
    if rpr.find(qn("w:rtl")) is None:
        rpr.insert_element_before(OxmlElement("w:rtl"), "w:cs", "w:em", "w:lang",
                                  "w:eastAsianLayout", "w:specVanish", "w:oMath")


def clip(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def set_complex_script_size(rpr: Any, size: float) -> None:
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


def simple_field(paragraph: DocxParagraph, instruction: str, size: float) -> None:
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


def border(element_name: str, edge: str, width: float) -> Any:
    border = OxmlElement(f"w:{edge}")
    border.set(qn("w:val"), "single")
    border.set(qn("w:sz"), str(max(2, round(width * 8))))
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), "000000")
    container = OxmlElement(element_name)
    container.append(border)
    return container


#: The children of w:pPr in schema order (ECMA-376 CT_PPrBase, then rPr, sectPr, pPrChange).
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange")


#: Each child of w:pPr (its qualified tag) by its place in PPR_ORDER.
_PPR_RANK = {qn(f"w:{name}"): rank for rank, name in enumerate(PPR_ORDER)}


def insert_paragraph_property(ppr: Any, element: Any) -> None:
    """Put *element* into w:pPr in schema order (Word rejects out-of-order children):
    before the first child that comes later in PPR_ORDER, else last."""
    rank = _PPR_RANK[element.tag]
    for child in ppr:
        if _PPR_RANK.get(child.tag, -1) > rank:
            child.addprevious(element)
            return
    ppr.append(element)


def paragraph_border(paragraph: DocxParagraph, edge: str, width: float) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    insert_paragraph_property(ppr, border("w:pBdr", edge, width))


def cell_border(cell: Any, edge: str, width: float) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    existing = tc_pr.find(qn("w:tcBorders"))
    if existing is not None:
        tc_pr.remove(existing)
    borders = border("w:tcBorders", edge, width)
    # w:tcBorders follows w:tcW, w:gridSpan, w:vMerge.
    tc_pr.insert_element_before(borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
                                "w:tcFitText", "w:vAlign", "w:hideMark")


def no_cell_margins(table: DocxTable) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    set_table_property(table, margins)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    set_table_property(table, borders)


TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def set_table_property(table: DocxTable, element: Any) -> None:
    """Put *element* into w:tblPr in schema order, replacing one of the same kind."""
    tbl_pr = table._tbl.tblPr
    name = element.tag.split("}")[1]
    for old in tbl_pr.findall(qn(f"w:{name}")):
        tbl_pr.remove(old)
    later = TBL_PR_ORDER[TBL_PR_ORDER.index(name) + 1 :]
    for child in tbl_pr:
        if child.tag.split("}")[1] in later:
            child.addprevious(element)
            return
    tbl_pr.append(element)


def set_column_widths(table: DocxTable, widths: list[float]) -> None:
    """Set both the grid (what LibreOffice reads) and every cell's width (what Word reads)."""
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), twips(width))
    # From the row and cell elements: row.cells would rebuild the whole table per row.
    lengths = [Pt(width) for width in widths]
    for tr in table._tbl.tr_lst:
        for tc, length in zip(tr.tc_lst, lengths, strict=True):
            tc.width = length
    tbl_w = OxmlElement("w:tblW")
    tbl_w.set(qn("w:w"), twips(sum(widths)))
    tbl_w.set(qn("w:type"), "dxa")
    set_table_property(table, tbl_w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    set_table_property(table, layout)


def row_height(row: Any, height: float) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:trHeight")
    element.set(qn("w:val"), twips(height))
    element.set(qn("w:hRule"), "exact")
    tr_pr.append(element)
