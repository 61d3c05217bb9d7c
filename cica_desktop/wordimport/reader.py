"""A Word file as a flat sequence of what the import places: paragraphs (their style, their
italic lead words, their number label, whether Word numbered them or the author typed the
number) and tables, in reading order, plus the texts of the page headers and footers (the
UN masthead lives there) and the file's core properties.

Only reading here: deciding what each piece is belongs to `parse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

#: Word's number formats we keep apart; anything else counts as decimal.
_FORMATS = {"decimal": "decimal", "lowerLetter": "lettered", "lowerRoman": "roman",
            "bullet": "bulleted", "arabicAbjad": "lettered", "arabicAlpha": "lettered",
            "upperLetter": "lettered", "upperRoman": "roman"}

_ROMAN = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
#: Numbers typed by hand at the start of a paragraph: "1.", "12)", "(a)", "(iv)", "-", "•".
_TYPED = (
    ("decimal", re.compile(r"^\s*(\d{1,3})[.)．]\s*")),
    ("roman", re.compile(rf"^\s*[(（]({_ROMAN})[)）]\s*", re.IGNORECASE)),
    ("lettered", re.compile(rf"^\s*[(（]([a-z]|[{_ABJAD}]|هـ)[)）]\s*")),
    ("bulleted", re.compile(r"^\s*([-–—•▪·])\s+")),
)


@dataclass(frozen=True)
class Label:
    """The number a paragraph carries."""

    style: str  # decimal, lettered, roman, bulleted
    number: int
    #: Which list it belongs to ("word:12" for Word's numbering, "typed" for typed numbers).
    list_key: str
    level: int = 0
    typed: bool = False


@dataclass(frozen=True)
class Note:
    """A footnote or endnote kept in brackets at its mark (the project has no notes)."""

    kind: str  # "footnote" or "endnote"
    #: Its number in the document's order of marks (Word numbers them so).
    number: int
    text: str


@dataclass(frozen=True)
class Para:
    #: 1-based position among the body's paragraphs and tables (for the import report).
    index: int
    text: str
    style: str = ""
    #: The paragraph's leading italic words (an organ line, a lead word, an operative verb).
    lead: str = ""
    bold: bool = False
    italic: bool = False
    label: Label | None = None
    #: The paragraph is centred (a heading typed without a heading style).
    centred: bool = False
    #: The first run's text when the paragraph has several (lead words set apart without
    #: italics, as Chinese sets them).
    first_run: str = ""
    #: The notes whose marks it holds, their text now in brackets in `text`.
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Table:
    index: int
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[Note, ...] = ()


Item = Para | Table


@dataclass
class WordFile:
    items: list[Item]
    #: The texts of the headers and footers, each cell or paragraph once, in order.
    margins: list[str] = field(default_factory=list)
    title: str = ""
    keywords: str = ""
    #: Word's language of the Normal style (w:lang), e.g. "en-US".
    language: str = ""


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for char, after in zip(text.lower(), text.lower()[1:] + " ", strict=True):
        value = values[char]
        total += -value if after in values and values[after] > value else value
    return total


def typed_label(text: str, previous: tuple[str, int] = ("", 0)
                ) -> tuple[Label, str] | None:
    """A number typed at the start of *text*, and the text after it. "(i)" after "(h)" is
    a letter (and "(v)" after "(u)"); *previous* is the label before (style, number)."""
    for style, pattern in _TYPED:
        found = pattern.match(text)
        if not found or not text[found.end():].strip():
            continue
        value = found.group(1)
        if style == "roman" and previous[0] == "lettered" and len(value) == 1 \
                and previous[1] == ord(value.lower()) - ord("a"):
            style = "lettered"
        if style == "decimal":
            number = int(value)
        elif style == "roman":
            number = _roman_value(value) or 1
        elif style == "lettered":
            number = (_ABJAD.find(value[0]) + 1 if value[0] in _ABJAD
                      else ord(value.lower()) - ord("a") + 1)
        else:
            number = 1
        return Label(style, number, "typed", typed=True), text[found.end():]
    return None


def _whole(value: str | None, default: int) -> int:
    """A numbering attribute as a number, Word's *default* when absent or not a number
    (Word opens such a file and numbers as if the value were not there)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _number(element: Any, default: int) -> int:
    """The w:val of *element* (w:start, w:ilvl, w:startOverride) or Word's *default*."""
    return _whole(element.get(qn("w:val")) if element is not None else None, default)


class _Numbering:
    """Word's numbering part: each list's format per level and the running counts.

    A list is known by its abstract definition, not its w:num: LibreOffice gives a list's
    first item a w:num of its own and the rest another over the same definition. A w:num
    that restarts its numbering (w:startOverride) starts a new list when first used.
    """

    def __init__(self, word: DocxDocument) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.starts: dict[tuple[str, int], int] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[tuple[str, int], int] = {}
        self.counts: dict[tuple[str, int], int] = {}
        self.used: set[tuple[str, int]] = set()
        self.generation: dict[tuple[str, int], int] = {}
        try:
            root = word.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            abstract_id = str(abstract.get(qn("w:abstractNumId")))
            for lvl in abstract.findall(qn("w:lvl")):
                level = _whole(lvl.get(qn("w:ilvl")), 0)
                fmt = lvl.find(qn("w:numFmt"))
                start = lvl.find(qn("w:start"))
                self.formats[(abstract_id, level)] = _FORMATS.get(
                    str(fmt.get(qn("w:val"))) if fmt is not None else "decimal", "decimal")
                self.starts[(abstract_id, level)] = _number(start, 1)
        for num in root.findall(qn("w:num")):
            num_id = str(num.get(qn("w:numId")))
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            self.abstract_of[num_id] = str(ref.get(qn("w:val")))
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    level = _whole(override.get(qn("w:ilvl")), 0)
                    self.restarts[(num_id, level)] = _number(start, 1)

    def label(self, num_id: str, level: int) -> Label | None:
        abstract = self.abstract_of.get(num_id)
        key = (abstract or "", level)
        if abstract is None or key not in self.formats:
            return None
        if (num_id, level) not in self.used:
            self.used.add((num_id, level))
            if (num_id, level) in self.restarts:
                self.counts[key] = self.restarts[(num_id, level)] - 1
                self.generation[key] = self.generation.get(key, 0) + 1
        self.counts[key] = self.counts.get(key, self.starts[key] - 1) + 1
        for deeper in [k for k in self.counts if k[0] == abstract and k[1] > level]:
            del self.counts[deeper]
        return Label(self.formats[key], self.counts[key],
                     f"word:{abstract}.{self.generation.get(key, 0)}", level)


@dataclass(frozen=True)
class _Style:
    """What a paragraph or character style gives its text, its base styles included."""

    name: str = ""
    italic: bool | None = None
    bold: bool | None = None
    centred: bool = False
    num_pr: tuple[str, int] | None = None


def _num_pr_of(ppr: Any) -> tuple[str, int] | None:
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    num = num_pr.find(qn("w:numId")) if num_pr is not None else None
    if num_pr is None or num is None:
        return None
    ilvl = num_pr.find(qn("w:ilvl"))
    return str(num.get(qn("w:val"))), _number(ilvl, 0)


class _Styles:
    """Each style resolved once (python-docx looks a style up by a linear search)."""

    def __init__(self, word: DocxDocument) -> None:
        self._word = word
        self._cache: dict[tuple[str | None, bool], _Style] = {}

    def get(self, style_id: str | None, paragraph: bool) -> _Style:
        key = (style_id, paragraph)
        if key not in self._cache:
            self._cache[key] = self._resolve(style_id, paragraph)
        return self._cache[key]

    def _resolve(self, style_id: str | None, paragraph: bool) -> _Style:
        kind = WD_STYLE_TYPE.PARAGRAPH if paragraph else WD_STYLE_TYPE.CHARACTER
        try:
            style = self._word.styles.get_by_id(style_id, kind)
        except (KeyError, ValueError):
            return _Style()
        if style is None:
            return _Style()
        name = str(style.name or "")
        italic = bold = None
        centred = False
        num_pr = None
        alignment = None
        while style is not None:
            italic = style.font.italic if italic is None else italic
            bold = style.font.bold if bold is None else bold
            if paragraph:
                alignment = alignment or style.paragraph_format.alignment
                num_pr = num_pr or _num_pr_of(style.element.pPr)
            style = style.base_style
        centred = alignment is not None and int(alignment) == 1
        return _Style(name, italic, bold, centred, num_pr)


_DELETED = frozenset({qn("w:del"), qn("w:moveFrom")})
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _live(element: Any, top: Any) -> bool:
    """*element* (inside *top*) is text as it stands: not deleted or moved away by a
    tracked change, not in a text box (read as paragraphs of its own)."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return True
        if ancestor.tag in _DELETED or ancestor.tag == _TEXT_BOX:
            return False
    return True


def live_runs(paragraph: DocxParagraph) -> list[DocxRun]:
    """The paragraph's runs as the text reads with every tracked change accepted: those in
    insertions, moves, hyperlinks, fields and content controls too (python-docx's
    `paragraph.runs` and `.text` see only its direct runs, and would drop inserted
    text)."""
    p = paragraph._p
    return [DocxRun(r, paragraph) for r in p.iter(qn("w:r")) if _live(r, p)]


_NOTE_MARKS = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}


class _Notes:
    """The texts of the footnotes and endnotes (by kind and w:id), and the notes met so far
    in reading order, numbered as Word numbers their marks."""

    def __init__(self, word: DocxDocument) -> None:
        self.texts: dict[tuple[str, str], str] = {}
        self.count: dict[str, int] = {}
        for rel in word.part.rels.values():
            kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root.findall(qn(f"w:{kind}")):
                if note.get(qn("w:type")) in ("separator", "continuationSeparator",
                                              "continuationNotice"):
                    continue
                paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t")) if _live(t, p))
                              for p in note.iter(qn("w:p"))]
                self.texts[(kind, str(note.get(qn("w:id"))))] = " ".join(
                    " ".join(paragraphs).split())

    def marked(self, run: Any) -> list[Note]:
        """The notes whose marks stand in *run* (a w:r), numbered in order of reading."""
        notes: list[Note] = []
        for child in run.iterchildren():
            kind = _NOTE_MARKS.get(child.tag)
            if kind is None:
                continue
            self.count[kind] = self.count.get(kind, 0) + 1
            notes.append(Note(kind, self.count[kind],
                              self.texts.get((kind, str(child.get(qn("w:id")))), "")))
        return notes


def _with_notes(text: str, notes: list[Note]) -> str:
    """A run's text and, at its marks, each note's text in brackets."""
    return text + "".join(f" [{note.text}]" for note in notes if note.text)


def live_text(paragraph: DocxParagraph, notes: _Notes | None = None,
              met: list[Note] | None = None) -> str:
    """The paragraph's text as it stands; with *notes*, each note's text in brackets at its
    mark (the notes appended to *met*)."""
    pieces: list[str] = []
    for run in live_runs(paragraph):
        marked = notes.marked(run._r) if notes is not None else []
        if met is not None:
            met.extend(marked)
        pieces.append(_with_notes(run.text, marked))
    return "".join(pieces)


def _paragraph(paragraph: DocxParagraph, index: int, numbering: _Numbering,
               previous: tuple[str, int], styles: _Styles, notes: _Notes) -> Para | None:
    met: list[Note] = []
    texts: dict[int, str] = {}  # by id() of the run, each read once
    runs: list[DocxRun] = []
    every = live_runs(paragraph)  # kept alive: the ids stay theirs
    for run in every:
        marked = notes.marked(run._r)
        met.extend(marked)
        texts[id(run)] = _with_notes(run.text, marked)
        if texts[id(run)]:
            runs.append(run)

    def run_text(run: DocxRun) -> str:
        return texts[id(run)]

    text = "".join(run_text(run) for run in runs)
    if not text.strip():
        return None
    style = styles.get(paragraph._p.style, paragraph=True)

    def italic_run(run: Any) -> bool:
        own = run.italic if run.italic is not None else styles.get(run._r.style, False).italic
        return bool(own if own is not None else style.italic)

    def bold_run(run: Any) -> bool:
        own = run.bold if run.bold is not None else styles.get(run._r.style, False).bold
        return bool(own if own is not None else style.bold)

    lead = ""
    for run in runs:
        if not italic_run(run):
            break
        lead += run_text(run)
    if lead and not text.startswith(lead):  # runs outside w:r (hyperlinks): no lead
        lead = ""
    italic = bool(runs) and all(italic_run(run) for run in runs if run_text(run).strip())
    bold = bool(runs) and all(bold_run(run) for run in runs if run_text(run).strip())
    label: Label | None = None
    num = _num_pr_of(paragraph._p.pPr) or style.num_pr
    if num is not None:
        label = numbering.label(*num)
    if label is None:
        typed = typed_label(text, previous)
        if typed is not None:
            label, rest = typed
            lead = lead[len(text) - len(rest):] if len(lead) > len(text) - len(rest) else ""
            text = rest
    alignment = paragraph.paragraph_format.alignment
    centred = int(alignment) == 1 if alignment is not None else style.centred
    first = run_text(runs[0])
    first_run = first if len(runs) > 1 and text.startswith(first) else ""
    return Para(index, text.strip("\n"), style.name,
                lead.rstrip() if lead.strip() else "", bold, italic, label, centred,
                first_run if label is None or not label.typed else "", tuple(met))


def _cell_text(cell: Any, word: DocxDocument, notes: _Notes, met: list[Note]) -> str:
    """A cell's paragraphs (those of content controls and nested tables too), one a line."""
    lines: list[str] = []
    for element in _blocks(cell._tc):
        if element.tag == qn("w:p"):
            lines.append(live_text(DocxParagraph(element, word), notes, met))
        else:
            lines += [_cell_text(inner, word, notes, met)
                      for row in DocxTable(element, word).rows for inner in row.cells]
    return "\n".join(line for line in lines if line.strip())


def _table(table: DocxTable, index: int, word: DocxDocument, notes: _Notes) -> Table | None:
    rows: list[tuple[str, ...]] = []
    met: list[Note] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []
        for cell in row.cells:  # a merged cell appears once per column it spans
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            cells.append(_cell_text(cell, word, notes, met).strip())
        rows.append(tuple(cells))
    return Table(index, tuple(rows), tuple(met)) if any(any(row) for row in rows) else None


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body, cell or text box in reading order, those in
    content controls (w:sdt) and custom XML included."""
    for child in container.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)
        elif child.tag == qn("w:customXml"):
            yield from _blocks(child)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph, once each (a drawing's fallback copy for old
    readers is skipped), not those nested in another text box."""
    for box in paragraph.iter(_TEXT_BOX):
        if not any(a.tag == _FALLBACK or (a.tag == _TEXT_BOX)
                   for a in box.iterancestors() if a is not paragraph):
            yield box


def _margins(word: DocxDocument) -> Iterator[str]:
    seen: set[str] = set()
    for section in word.sections:
        for part in (section.first_page_header, section.header, section.even_page_header,
                     section.first_page_footer, section.footer, section.even_page_footer):
            if part.is_linked_to_previous and section is not word.sections[0]:
                continue
            texts = [p.text for p in part.paragraphs]
            texts += [cell.text for table in part.tables for row in table.rows
                      for cell in row.cells]
            for text in texts:
                for line in text.split("\n"):
                    if line.strip() and line.strip() not in seen:
                        seen.add(line.strip())
                        yield line.strip()


def _language(word: DocxDocument) -> str:
    rpr = word.styles.element.find(qn("w:docDefaults"))
    candidates = [word.styles["Normal"].element.rPr] if "Normal" in [
        s.name for s in word.styles] else []
    if rpr is not None:
        candidates.append(rpr.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"))
    for element in candidates:
        lang = element.find(qn("w:lang")) if element is not None else None
        if lang is not None and lang.get(qn("w:val")):
            return str(lang.get(qn("w:val")))
    return ""


def read_word(path: Path) -> WordFile:
    """Read *path*; a file python-docx cannot open raises ValueError naming it."""
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    try:
        word = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a damaged package
        raise ValueError(f"{path}: not a Word document (.docx) python-docx can read: "
                         f"{exc}") from None
    numbering = _Numbering(word)
    styles = _Styles(word)
    notes = _Notes(word)
    items: list[Item] = []
    previous = ("", 0)
    def read(container: Any) -> None:
        nonlocal previous
        for element in _blocks(container):
            index = len(items) + 1  # "paragraph N" of the report: the non-empty ones
            if element.tag == qn("w:p"):
                para = _paragraph(DocxParagraph(element, word), index, numbering, previous,
                                  styles, notes)
                if para is not None:
                    items.append(para)
                    previous = (para.label.style, para.label.number) if para.label \
                        else ("", 0)
                for box in _text_boxes(element):
                    read(box)
            else:
                table = _table(DocxTable(element, word), index, word, notes)
                if table is not None:
                    items.append(table)

    read(word.element.body)
    props = word.core_properties
    return WordFile(items, list(_margins(word)), props.title or "", props.keywords or "",
                    _language(word))
