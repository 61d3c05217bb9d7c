"""Reading our output files back, the way a test (or a reviewer) would."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
from docx import Document as open_docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text with all whitespace removed: line breaks and justification differ by format."""
    return _SPACE.sub("", text)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def docx_blocks(document: DocxDocument) -> Iterator[Paragraph | Table]:
    """Body paragraphs and tables in document order."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        count, number = divmod(number, value)
        out += letters * count
    return out


class WordNumbering:
    """Computes the labels Word shows for numbered paragraphs, from numbering.xml."""

    def __init__(self, document: DocxDocument) -> None:
        root = document.part.numbering_part.element
        self.formats: dict[str, tuple[str, str, int]] = {}
        abstracts = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract = abstracts[num.find(qn("w:abstractNumId")).get(qn("w:val"))]
            lvl = abstract.find(qn("w:lvl"))
            fmt = lvl.find(qn("w:numFmt")).get(qn("w:val"))
            text = lvl.find(qn("w:lvlText")).get(qn("w:val"))
            start = int(lvl.find(qn("w:start")).get(qn("w:val")))
            override = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
            if override is not None:
                start = int(override.get(qn("w:val")))
            self.formats[num_id] = (fmt, text, start)
        self.counters: dict[str, int] = {}

    @staticmethod
    def num_id(paragraph: Paragraph) -> str | None:
        ppr = paragraph._p.pPr
        if ppr is None or ppr.find(qn("w:numPr")) is None:
            return None
        return ppr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))

    def label(self, paragraph: Paragraph) -> str:
        num_id = self.num_id(paragraph)
        if num_id is None:
            return ""
        fmt, text, start = self.formats[num_id]
        number = self.counters.get(num_id, start - 1) + 1
        self.counters[num_id] = number
        shown = {"decimal": str(number), "lowerLetter": chr(ord("a") + number - 1),
                 "lowerRoman": _roman(number),
                 "arabicAbjad": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"[number - 1]
                 .replace("ه", "هـ")}.get(fmt, "")
        return text.replace("%1", shown)


def docx_text(path: Path) -> str:
    """The text a reader sees, numbers that Word generates included."""
    document = open_docx(str(path))
    numbering = WordNumbering(document)
    lines: list[str] = []
    for block in docx_blocks(document):
        if isinstance(block, Paragraph):
            label = numbering.label(block)
            lines.append(f"{label} {block.text}" if label else block.text)
        else:
            for row in block.rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def seed_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def missing_in_order(lines: list[str], text: str) -> list[str]:
    """The lines not found, in order, in *text* (whitespace ignored on both sides)."""
    haystack = squash(text)
    position = 0
    missing = []
    for line in lines:
        needle = squash(line)
        found = haystack.find(needle, position)
        if found < 0:
            missing.append(line)
        else:
            position = found + len(needle)
    return missing
