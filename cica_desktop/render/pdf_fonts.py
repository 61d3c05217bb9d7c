"""The PDF's fonts: one family per script registered with reportlab, and which face sets
each piece of a text (a character its script's font lacks moves to a font that has it)."""

from __future__ import annotations

import hashlib
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import assert_never

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

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
from ..document.script import ARABIC_CHARACTER, CJK_CHARACTER, Script, split_by_script
from .font_metrics import load_font
from .fonts import (
    ROLE_TEXT,
    SCRIPTS,
    FontFamily,
    FontFinder,
    Resolved,
    default_finder,
    with_bold_face,
)
from .stylespec import StyleSpec
from .text import tab_gap

_REGISTERED: dict[tuple[str, int], str] = {}
_FAMILIES: dict[tuple[str, ...], str] = {}
#: One registration at a time: the window's export threads render at once, and two
#: threads meeting a new face would each read its metrics (reportlab keeps the first).
_REGISTERING = threading.RLock()


def register_file(path: Path, index: int) -> str:
    """Register one face with reportlab (once, from cached metrics); returns its name."""
    key = (str(path), index)
    with _REGISTERING:
        if key not in _REGISTERED:
            digest = hashlib.sha256(str(path).encode()).hexdigest()[:8]
            name = f"{path.stem}-{index}-{digest}"
            pdfmetrics.registerFont(load_font(name, path, index))
            _REGISTERED[key] = name
        return _REGISTERED[key]


def register_family(family: FontFamily) -> str:
    """Register the four faces; the regular face's name then works with <b> and <i>."""
    faces = (family.regular, family.bold, family.italic, family.bold_italic)
    key = tuple(f"{face.path}#{face.index}" for face in faces)
    with _REGISTERING:
        if key not in _FAMILIES:
            names = [register_file(face.path, face.index) for face in faces]
            pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1],
                                          italic=names[2], boldItalic=names[3])
            _FAMILIES[key] = names[0]
        return _FAMILIES[key]


_STYLE_WORDS = {"bold": "bold", "italic": "italic", "bold_italic": "bold italic"}


class DocumentFonts:
    """The fonts of one document: a family for each script its text contains, registered
    with reportlab when first needed (a script it lacks costs nothing).

    A script the document's text needs must have a font (MissingFontError otherwise); a face
    other than the style spec's, or a bold or italic the family lacks, is told in *notices*;
    characters no font can show are added to *missing* as (character, where).
    """

    def __init__(self, spec: StyleSpec, document: Document,
                 missing: list[tuple[str, str]], notices: list[str] | None = None,
                 finder: FontFinder | None = None) -> None:
        self.spec = spec
        self.missing = missing
        #: What the reader should be told about the fonts used (the report's notices).
        self.notices = notices if notices is not None else []
        self.finder = finder or default_finder()
        self.families: dict[str, FontFamily] = {}
        self.names: dict[str, str] = {}
        self._glyphs: dict[str, dict[int, int]] = {}
        self._told: set[tuple[str, str]] = set()
        self._tried: set[str] = set()
        self._emphasis: str | None = None
        self._emphasis_tried = False
        needed = scripts_in(document)
        for script in SCRIPTS:
            if script in needed:
                self._load(script, required=True)
        for used, style in styles_in(document, spec):
            self._style_used(used, style)

    def _load(self, script: str, required: bool) -> bool:
        """Find and register *script*'s family; False if it has none (and is not required).
        Only a required script's substitutes are told: a script loaded to show a stray
        character is not the face the reader expects for anything."""
        if script in self.families:
            return True
        if script in self._tried and not required:
            return False
        self._tried.add(script)
        resolved = self._usable(script, required)
        if resolved is None:
            return False
        family, notices = resolved.family, list(resolved.notices)
        if script == Script.CJK and "bold" in family.missing:
            bold = self._usable("cjk_bold", required=False)
            if bold is not None:
                family = with_bold_face(family, bold.family)
                notices.extend(bold.notices)
        if required:
            self._tell(*notices)
        self.families[script] = family
        self.names[script] = register_family(family)
        return True

    def _usable(self, role: str, required: bool) -> Resolved | None:
        """The family for *role* whose files reportlab can read: one it cannot (a damaged
        file, a face whose licence forbids embedding) is told and the next one is taken."""
        preferences = self.spec.font_families(role)
        while True:
            resolved = (self.finder.require(role, preferences) if required
                        else self.finder.resolve(role, preferences))
            if resolved is None:
                return None
            family = resolved.family
            try:
                register_family(family)
            except (TTFError, OSError, ValueError, struct.error) as exc:
                self.finder.refuse(family.name)
                self._tell(f"{ROLE_TEXT.get(role, role)}: {family.name} cannot be embedded "
                           f"({family.regular.path.name}: {exc}); another face is used")
                continue
            return resolved

    def _tell(self, *notices: str) -> None:
        for notice in notices:
            if notice not in self.notices:
                self.notices.append(notice)

    def _style_used(self, script: str, style: str) -> None:
        """Tell once if *script*'s family lacks *style* (its text is set in another face)."""
        family = self.families.get(script)
        if family is None or style not in family.missing or (script, style) in self._told:
            return
        self._told.add((script, style))
        used = "bold" if style == "bold_italic" and "bold" not in family.missing else "regular"
        word = _STYLE_WORDS[style]
        self._tell(f"{ROLE_TEXT.get(script, script)}: {family.name} has no {word} face "
                   f"installed; {word} text is set in its {used} face")

    @property
    def cjk_emphasis(self) -> str | None:
        """The face of emphasised Chinese runs (a Kai face), when the style spec names one."""
        if not self._emphasis_tried:
            self._emphasis_tried = True
            preferences = self.spec.font_families("cjk_emphasis")
            resolved = self.finder.resolve("cjk_emphasis", preferences)
            if resolved is not None:
                self._emphasis = register_family(resolved.family)
            elif preferences:
                self._tell(f"{ROLE_TEXT['cjk_emphasis']}: {' or '.join(preferences)} not "
                           "installed; emphasised words are set in the text face")
        return self._emphasis

    def name(self, script: str, bold: bool = False, italic: bool = False) -> str:
        """The registered face of *script* (the Latin family's if it has none)."""
        if script not in self.families:
            script = str(Script.LATIN)
            self._load(script, required=True)
        family = self.families[script]
        if bold or italic:
            self._style_used(script, FontFamily.style(bold, italic))
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
            # The characters the face lacks, found in C (a set less a dict's keys).
            lacking = set(map(ord, piece)).difference(glyphs)
            if all(chr(code).isspace() for code in lacking):
                yield chosen, piece
                continue
            buffer: list[str] = []
            for char in piece:
                target = chosen
                if not char.isspace() and not self.covers(chosen, char):
                    target = self._covering(char) or chosen
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

    def _covering(self, char: str) -> str | None:
        """A script whose font has *char*: those loaded first, then the others (loaded for
        it, quietly: a stray symbol set in the Chinese font is no change of face)."""
        for script in (*self.families, *SCRIPTS):
            if (script in self.families or self._load(script, required=False)) and \
                    self.covers(script, char):
                return script
        return None

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


def styles_in(document: Document, spec: StyleSpec) -> set[tuple[str, str]]:
    """(script, style) for every bold or italic text of the document's paragraphs,
    signature blocks and table headers, with the style's own weight and slant. In a
    right-to-left document only left-to-right paragraphs can be italic: the others are set
    by render/rtl.py, which has no italic."""
    used: set[tuple[str, str]] = set()
    rtl = document.direction == Direction.RTL

    def add(runs: tuple[Run, ...], style: str, ltr: bool = False) -> None:
        paragraph = spec.style(style)
        slanted = document.italics and (ltr or not rtl)
        for run in runs:
            bold = run.bold or paragraph.bold
            italic = (run.italic or paragraph.italic) and slanted
            if (bold or italic) and run.text.strip():
                kind = FontFamily.style(bold, italic)
                used.update((script, kind)
                            for script, _ in split_by_script(run.text, document.script))

    for block in document.blocks:
        match block:
            case Paragraph():
                add(block.runs, block.style, block.direction == Direction.LTR)
            case NumberedParagraph():
                add(block.runs, block.style)
            case SignatureBlock():
                for line in block.lines:
                    add(line, block.style)
            case SignatureGrid():
                for inner in block.blocks:
                    for line in inner.lines:
                        add(line, inner.style)
            case Table():
                add(tuple(Run(text) for text in block.header), block.header_style)
            case PageBreak() | EndRule() | Picture():
                pass
            case _:
                assert_never(block)
    return used


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
