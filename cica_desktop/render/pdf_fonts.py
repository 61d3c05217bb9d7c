"""The PDF's fonts: one family per script registered with reportlab, and which face sets
each piece of a text (a character its script's font lacks moves to a font that has it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import assert_never

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..document import (
    Document,
    EndRule,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Picture,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from ..document.script import ARABIC_CHARACTER, CJK_CHARACTER, Script, split_by_script
from .fonts import SCRIPTS, FontFamily, find_family, require_family, with_bold_face
from .stylespec import StyleSpec
from .text import tab_gap

_REGISTERED: dict[tuple[str, int], str] = {}
_FAMILIES: dict[str, str] = {}


def register_file(path: Path, index: int) -> str:
    """Register one face with reportlab (once); returns its name."""
    key = (str(path), index)
    if key not in _REGISTERED:
        name = f"{path.stem}-{index}"
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        _REGISTERED[key] = name
    return _REGISTERED[key]


def register_family(family: FontFamily) -> str:
    """Register the four faces; the regular face's name then works with <b> and <i>."""
    if family.name not in _FAMILIES:
        names = [register_file(f.path, f.index) for f in
                 (family.regular, family.bold, family.italic, family.bold_italic)]
        pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])
        _FAMILIES[family.name] = names[0]
    return _FAMILIES[family.name]


class DocumentFonts:
    """The fonts of one document: one family per script, registered with reportlab.

    A script the document's text needs must have a font (MissingFontError otherwise);
    characters no font can show are added to *missing* as (character, where).
    """

    def __init__(self, spec: StyleSpec, document: Document,
                 missing: list[tuple[str, str]]) -> None:
        self.missing = missing
        scripts = scripts_in(document)
        self.families: dict[str, FontFamily] = {}
        self.names: dict[str, str] = {}
        for script in SCRIPTS:
            preferences = spec.font_families(script)
            family = (require_family(script, preferences) if script in scripts
                      else find_family(preferences))
            if family is not None:
                family = with_bold_face(family, find_family(spec.font_families(f"{script}_bold")))
                self.families[script] = family
                self.names[script] = register_family(family)
        self._glyphs: dict[str, dict[int, int]] = {}
        emphasis = find_family(spec.font_families("cjk_emphasis"))
        #: The face of emphasised Chinese runs (a Kai face), when the style spec names one.
        self.cjk_emphasis = register_family(emphasis) if emphasis is not None else None

    def name(self, script: str, bold: bool = False, italic: bool = False) -> str:
        family = self.families.get(script) or self.families[Script.LATIN]
        face = family.face(bold, italic)
        return register_file(face.path, face.index)

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
                        self.missing.append((char, where))
                if target != chosen:
                    if buffer:
                        yield chosen, "".join(buffer)
                        buffer = []
                    yield target, char
                else:
                    buffer.append(char)
            if buffer:
                yield chosen, "".join(buffer)

    def width(self, pieces: list[tuple[str, str]], size: float, bold: bool = False) -> float:
        """The printed width of (script, text) pieces, each in its script's face."""
        return float(sum(pdfmetrics.stringWidth(piece, self.name(script, bold), size)
                         for script, piece in pieces))

    @staticmethod
    def tab_gap(font: str, size: float, *, break_after: bool) -> str:
        """The no-break spaces (and space) a tab becomes, set in *font* (render/text.py)."""
        return tab_gap(pdfmetrics.stringWidth("\u00a0", font, size),
                       pdfmetrics.stringWidth(" ", font, size), size,
                       break_after=break_after)


def scripts_in(document: Document) -> set[str]:
    """The scripts a document needs fonts for (one regex pass over its text)."""
    scripts: set[str] = {Script.LATIN, document.script}
    for text in all_text(document):
        if text.isascii():
            continue
        if CJK_CHARACTER.search(text):
            scripts.add(Script.CJK)
        if ARABIC_CHARACTER.search(text):
            scripts.add(Script.ARABIC)
    return scripts


def all_text(document: Document) -> Iterator[str]:
    """Every text the document prints (but the page labels and job numbers)."""
    if document.masthead:
        m = document.masthead
        yield from (m.organ, m.body, m.symbol, *m.fields)
    if document.running:
        yield document.running.short_title
    for block in document.blocks:
        match block:
            case Paragraph() | NumberedParagraph():
                yield from (run.text for run in block.runs)
            case SignatureBlock():
                yield from (run.text for line in block.lines for run in line)
                yield from block.stamp
            case SignatureGrid():
                for inner in block.blocks:
                    yield from (run.text for line in inner.lines for run in line)
                    yield from inner.stamp
            case Table():
                yield from block.header
                yield from (cell for row in block.rows for cell in row)
            case PageBreak() | EndRule() | Picture():
                pass
            case _:
                assert_never(block)
