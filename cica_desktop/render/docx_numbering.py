"""Real Word numbering for numbered paragraphs: one abstract definition per number format
and label form, and one w:num per list (so each list restarts, at the number its first
item has)."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ..document import NumberedParagraph, NumberFormat
from .docx_ooxml import insert_paragraph_property, set_fonts, twips
from .stylespec import StyleSpec

#: Word's numbering format and level text for each of our number formats.
_FORMATS = {
    NumberFormat.DECIMAL: ("decimal", "%1."),
    NumberFormat.LOWER_LETTER: ("lowerLetter", "(%1)"),
    NumberFormat.LOWER_ROMAN: ("lowerRoman", "(%1)"),
    NumberFormat.BULLET: ("bullet", "-"),
    NumberFormat.ARABIC_ABJAD: ("arabicAbjad", "(%1)"),
}


class Numbering:
    """The numbering part of one DOCX being written."""

    def __init__(self, word: DocxDocument, spec: StyleSpec) -> None:
        self.word = word
        self.spec = spec
        self.faces = spec.fonts.docx
        self._num_ids: dict[str, str] = {}
        self._abstract_ids: dict[tuple[NumberFormat, str], str] = {}
        # The ids already in the template's numbering part, read once: searching all the
        # definitions for every new list made the time grow with the square of the lists.
        self._root: Any = None
        self._last_num_id = 0
        self._last_abstract_id = 0

    def number(self, paragraph: DocxParagraph, block: NumberedParagraph) -> None:
        """Make *paragraph* the item of its list that *block* says (w:numPr)."""
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
        insert_paragraph_property(ppr, num_pr)

    def _numbering_root(self) -> Any:
        if self._root is None:
            self._root = root = self.word.part.numbering_part.element
            self._last_num_id = max((int(x) for x in root.xpath("./w:num/@w:numId")),
                                    default=0)
            self._last_abstract_id = max(
                (int(x) for x in root.xpath("./w:abstractNum/@w:abstractNumId")), default=0)
        return self._root

    def _abstract(self, number_format: NumberFormat, style_name: str,
                  label_format: str = "") -> str:
        key = (number_format, label_format)
        if key in self._abstract_ids:
            return self._abstract_ids[key]
        root = self._numbering_root()
        # Past every id in use, by 100 plus the number of ours so far (as it always was).
        self._last_abstract_id += 100 + len(self._abstract_ids)
        abstract_id = str(self._last_abstract_id)
        s = self.spec.style(style_name)
        fmt, text = _FORMATS[number_format]
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
        set_fonts(rpr, self.faces)
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
        self._last_num_id += 1
        num_id = str(self._last_num_id)
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
