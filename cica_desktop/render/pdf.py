"""render_pdf(document) -> PDF, with reportlab platypus, every font embedded and subset.

This module turns the blocks of the document tree into flowables and lays out the pages.
Owns the PDF's quirks: reportlab's paragraph markup (escaped here), paragraphs that break
lines by the document's script (kinsoku for Chinese, render/kinsoku.py) or are set right to
left by us (render/rtl.py). Fonts per script are in pdf_fonts.py, the flowables reportlab
lacks in pdf_flowables.py, and the masthead, running heads (drawn when the canvas is saved,
once the page count is known) and bookmarks in pdf_page.py.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, assert_never

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    PageTemplate,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import TableStyle as RLTableStyle

from ..atomic import write_bytes_atomically
from ..collection_pause import collection_paused
from ..document import (
    Block,
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
from ..document.script import RIGHT_TO_LEFT_CHARACTER, Script
from .fragments import Span, fragments
from .kinsoku import KinsokuParagraph
from .latin import KeptLinesParagraph
from .layout import column_widths
from .pdf_flowables import (
    Anchor,
    Box,
    EndRuleFlowable,
    PictureFlowable,
    SignatureImage,
    SignatureStamp,
    Spacer,
    TaggedTable,
)
from .pdf_fonts import DocumentFonts, all_text
from .pdf_page import PageFurniture, deferred_canvas, structure_language
from .pdf_tags import HEADINGS, Element, Labelled, Tagger, tag
from .rtl import (
    DELETED,
    DELETED_INK,
    INSERTED,
    INSERTED_INK,
    PLACEHOLDER,
    PLACEHOLDER_BACKGROUND,
    PLACEHOLDER_INK,
    RTLParagraph,
    word_revisions,
)
from .story_chunks import chunked_story
from .stylespec import ParagraphStyleSpec, StyleSpec, load_style_spec
from .text import NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, printable

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}

#: The attribute that carries the sources (model paths) a flowable starts.
SOURCES = "_cica_sources"


def mark_source(flowable: Flowable, sources: list[str]) -> None:
    """Mark *flowable* as the start of *sources*; the parts it splits into keep the mark
    (`SourceFrame`), so a block split across pages is found where it starts."""
    if sources:
        setattr(flowable, SOURCES, tuple(sources))


class _FileInMemory:
    """Where reportlab writes the finished file. It writes it in one piece, kept here as it
    is: a BytesIO copied it once more (3.3 MB for the 300-page Chinese package) into memory
    not yet touched: under the profiler 0.1 ms at 150 pages, 1.2 ms at 300."""

    #: What reportlab names the file in its messages.
    name = "<pdf in memory>"

    def __init__(self) -> None:
        self.pieces: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.pieces.append(data)
        return len(data)

    def getvalue(self) -> bytes:
        return self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)


class SourceFrame(Frame):  # type: ignore[misc]
    """A frame whose flowables' parts, when it splits them, keep their sources (the
    model paths the flowable starts, `mark_source`). The frame is where reportlab splits
    what it places; marking each flowable's own split with a function that refers back
    to it kept every marked flowable, and all it had laid out, alive until the end of
    the render: half of a long document's peak memory, and 2 to 5% of its time."""

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        parts: list[Flowable] = super().split(flowable, canv)
        sources = getattr(flowable, SOURCES, None)
        if sources:
            for part in parts:
                if not getattr(part, SOURCES, None):
                    setattr(part, SOURCES, sources)
        return parts


def _ink(colour: str, shade: int) -> str:
    """*colour* ("#RRGGBB") with its blue *shade* steps away."""
    blue = int(colour[5:7], 16)
    return f"{colour[:5]}{blue + shade if blue < 255 else blue - shade:02X}"


@dataclass
class PdfReport:
    """What a render produced, and what the reader should be told about."""

    pages: int = 0
    #: (character, where) for characters no installed font can show.
    missing_glyphs: list[tuple[str, str]] = field(default_factory=list)
    #: Things the reader should know about the result (printed by the CLI as warnings).
    notices: list[str] = field(default_factory=list)
    #: Page index (0-based) where each anchored part ("letter", "annexes[1]") starts.
    anchor_pages: dict[str, int] = field(default_factory=dict)
    #: Where each block with a source (its model path, "letter.blocks[2]") starts: page
    #: index (0-based) and its top in points below the page's top edge.
    source_positions: dict[str, tuple[int, float]] = field(default_factory=dict)
    #: Where the digital signature's box was drawn: (page index, x0, y0, x1, y1) in PDF
    #: points from the bottom left, so the signature field can be put on it.
    signature_box: tuple[int, float, float, float, float] | None = None


def render_pdf(document: Document, out: Path | BinaryIO, spec: StyleSpec | None = None
               ) -> PdfReport:
    """Render *document* to *out* (a path, written atomically, or a binary stream)."""
    data, report = pdf_bytes(document, spec)
    if isinstance(out, Path | str):
        write_bytes_atomically(Path(out), data)
    else:
        out.write(data)
    return report


def pdf_bytes(document: Document, spec: StyleSpec | None = None, *, draw_from: int = 0
              ) -> tuple[bytes, PdfReport]:
    """The PDF of *document* and its report. *draw_from*: pages before this one (0-based)
    are laid out but left blank, for a preview that needs a later page soon (drawing is
    half of a render); the report (pages, anchors, source positions) is the whole's."""
    spec = spec or load_style_spec(document.language)
    report = PdfReport()
    with collection_paused():
        return _PdfRenderer(document, spec, report, draw_from).build(), report


class _PdfRenderer:
    def __init__(self, document: Document, spec: StyleSpec, report: PdfReport,
                 draw_from: int = 0) -> None:
        self.doc = document
        self.draw_from = draw_from
        self.spec = spec
        self.report = report
        self.page = spec.page(document.paper)
        self.script = document.script
        self.fonts = DocumentFonts(spec, document, report.missing_glyphs, report.notices)
        if document.direction != Direction.RTL and any(
                RIGHT_TO_LEFT_CHARACTER.search(t) for t in all_text(document)):
            report.notices.append(
                "this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right "
                "document, which is not laid out right to left: check it before sending")
        self.cjk = self.script is Script.CJK
        #: Chinese paragraphs break lines by the kinsoku rules (render/kinsoku.py); either
        #: kind keeps its lines when split across pages (render/latin.py).
        self.paragraph_class: type[RLParagraph] = (KinsokuParagraph if self.cjk
                                                   else KeptLinesParagraph)
        self.rtl = document.direction == Direction.RTL
        self._styles: dict[str, ParagraphStyle] = {}
        self._narrow: dict[tuple[str, float], str] = {}
        self._anchor_count = 0
        #: The structure tree (render/pdf_tags.py): the masthead's elements first.
        self.tagger = Tagger(document.metadata.language,
                             latin_language=structure_language("Latin", document))
        self.structure = self.tagger.root
        #: The list (L) consecutive numbered paragraphs of one list_id go into.
        self._list: tuple[str, Element] | None = None
        self.furniture = PageFurniture(
            document, spec, self.fonts,
            lambda text, style: self.text_paragraph((Run(text, bold=True),), style),
            structure=self.structure, notices=report.notices)

    # -- paragraph styles and markup ----------------------------------------------------
    def style(self, name: str, numbered: bool = False) -> ParagraphStyle:
        key = f"{name}#{int(numbered)}"
        if key not in self._styles:
            s = self.spec.style(name)
            base = dict(
                name=key,
                fontName=self.fonts.name(self.script),
                fontSize=s.size,
                leading=s.leading,
                leftIndent=s.left,
                rightIndent=s.right,
                firstLineIndent=s.first_line,
                spaceBefore=s.space_before,
                spaceAfter=s.space_after,
                alignment=_ALIGN[s.align],
                keepWithNext=int(s.keep_with_next),
                wordWrap="CJK" if self.cjk else None,
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
                embeddedHyphenation=0,
            )
            if numbered:
                base.update(firstLineIndent=s.tab, bulletIndent=s.left + s.first_line,
                            # Paragraph numbers are Latin figures in every language.
                            bulletFontName=self.fonts.name(Script.LATIN), bulletFontSize=s.size)
            self._styles[key] = ParagraphStyle(**base)
        return self._styles[key]

    def markup(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec | None = None,
               where: str = "", style_face: str | None = None) -> str:
        """reportlab's markup of *runs*, for the paragraphs `text_paragraph` does not give
        fragments directly; a comparison's revised runs (Run.revision) underlined in
        blue (inserted) or struck through in red (deleted). Text in *style_face*, the
        paragraph style's own font, needs no <font> tag."""
        groups = [(revision, tuple(group)) for revision, group
                  in itertools.groupby(runs, key=lambda run: run.revision)]
        if len(groups) == 1 and not groups[0][0]:
            return self._runs_markup(runs, spec, where, style_face)
        last_ink = None
        if len(groups) == 1 and groups[0][1][-1].text[1:]:
            # A paragraph in one style throughout takes reportlab's single-style path,
            # which draws the lines after the first without the paragraph's left indent
            # (reportlab 5.1). Its last character in an ink one step away (not to be seen)
            # makes two styles of it.
            revision, group = groups[0]
            last = group[-1]
            groups = [(revision, (*group[:-1], dataclasses.replace(last, text=last.text[:-1]))),
                      (revision, (dataclasses.replace(last, text=last.text[-1]),))]
            last_ink = 1
        parts = []
        for index, (revision, group) in enumerate(groups):
            text = self._runs_markup(group, spec, where, style_face)
            shade = 1 if last_ink is not None and index == len(groups) - 1 else 0
            if revision == INSERTED:
                text = f'<font color="{_ink(INSERTED_INK, shade)}"><u>{text}</u></font>'
            elif revision == DELETED:
                text = f'<font color="{_ink(DELETED_INK, shade)}"><strike>{text}</strike></font>'
            parts.append(text)
        return "".join(parts)

    def _runs_markup(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec | None,
                     where: str, style_face: str | None = None) -> str:
        return "".join(span.markup() for span in self._spans(runs, spec, where, style_face))

    def _spans(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec | None,
               where: str, style_face: str | None = None) -> Iterator[Span]:
        """*runs* as spans of one face and style each (render/fragments.py)."""
        for run in runs:
            bold = run.bold or (spec.bold if spec else False)
            italic = (run.italic or (spec.italic if spec else False)) and self.doc.italics
            text = printable(run.text)
            size = spec.size if spec else self.spec.style("SingleTxt").size
            ink = (f'color="{PLACEHOLDER_INK}" backColor="{PLACEHOLDER_BACKGROUND}"'
                   if run.placeholder else "")  # a draft's gap: highlighted
            for index, segment in enumerate(text.split("\t")):
                if index:  # a tab: a gap of no-break spaces in the Latin face
                    face = self.fonts.names[Script.LATIN]
                    # Chinese lines break between any characters (render/kinsoku.py).
                    gap = self.fonts.tab_gap(face, size, break_after=not self.cjk)
                    spaces = gap.rstrip(" ")  # the no-break spaces; a space may follow
                    yield Span(spaces, face)
                    if gap[len(spaces):]:
                        yield Span(gap[len(spaces):])
                for script, piece in self.fonts.pieces(segment, self.script, where):
                    face = self.fonts.names.get(script, self.fonts.names[Script.LATIN])
                    if run.emphasis and script == Script.CJK and self.fonts.cjk_emphasis:
                        face = self.fonts.cjk_emphasis
                    narrow = (self.narrow_space(face, size)
                              if NARROW_NO_BREAK_SPACE in piece else "")
                    yield Span(piece, None if face == style_face else face, bold, italic,
                               ink, narrow)

    def text_paragraph(self, runs: tuple[Run, ...], style: ParagraphStyle,
                       spec: ParagraphStyleSpec | None = None, where: str = "",
                       style_face: str | None = None, **options: Any) -> RLParagraph:
        """A paragraph of *runs* in *style*: its fragments made directly
        (render/fragments.py) unless a run needs markup (revision marks, a placeholder,
        a narrow no-break space). *style_face*: as for `markup`."""
        if any(run.revision for run in runs):
            return self.paragraph_class(self.markup(runs, spec, where, style_face), style,
                                        **options)
        spans = list(self._spans(runs, spec, where, style_face))
        if any(span.needs_markup for span in spans):  # what `markup` writes of them
            return self.paragraph_class("".join(span.markup() for span in spans), style,
                                        **options)
        return self.paragraph_class("".join(span.text for span in spans), style,
                                    frags=fragments(spans, style), **options)

    def narrow_space(self, face: str, size: float) -> str:
        """The markup of a narrow no-break space (U+202F, French before ; : ! ? »).

        reportlab breaks lines at U+202F and sets it a full space wide, so it becomes a
        no-break space (U+00A0) set smaller, as wide as the font's own U+202F (a fifth of
        an em in Times New Roman against a quarter); in a font without one, a no-break
        space. Justification stretches the spaces between words only, never this one.
        """
        key = (face, size)
        if key not in self._narrow:
            font = pdfmetrics.getFont(face)
            ratio = 1.0
            if ord(NARROW_NO_BREAK_SPACE) in getattr(font.face, "charToGlyph", {}):
                full = pdfmetrics.stringWidth(NO_BREAK_SPACE, face, size)
                if full > 0:
                    ratio = pdfmetrics.stringWidth(NARROW_NO_BREAK_SPACE, face, size) / full
            self._narrow[key] = (f'<font size="{size * ratio:.3f}">{NO_BREAK_SPACE}</font>'
                                 if ratio < 1.0 else NO_BREAK_SPACE)
        return self._narrow[key]

    def paragraph(self, style_name: str, runs: tuple[Run, ...], **overrides: Any) -> RLParagraph:
        spec = self.spec.style(style_name)
        style = self.style(style_name)
        if overrides:
            style = ParagraphStyle(f"{style.name}+", parent=style, **overrides)
        where = "".join(r.text for r in runs)[:40]
        return self.text_paragraph(runs, style, spec, where, style.fontName)

    def _mirrored_style(self, style_name: str) -> dict[str, Any]:
        """A left-to-right paragraph placed as the right-to-left ones are: same sides."""
        spec = self.spec.style(style_name).mirrored()
        return {"alignment": _ALIGN[spec.align], "leftIndent": spec.left,
                "rightIndent": spec.right}

    def rtl_paragraph(self, style_name: str, runs: tuple[Run, ...], *, label: str = "",
                      **overrides: Any) -> RTLParagraph:
        spec = self.spec.style(style_name)
        bold = spec.bold or any(run.bold for run in runs)
        sides = spec.mirrored()
        font = self.fonts.name(Script.ARABIC, bold)
        pieces = [(self.rtl_text(run.text, font, spec.size),
                   run.revision or (PLACEHOLDER if run.placeholder else "")) for run in runs]
        text = "".join(piece for piece, _ in pieces)
        return RTLParagraph(
            text, font, spec.size, spec.leading, revisions=word_revisions(pieces),
            left=sides.left, right=sides.right,
            first_line=spec.first_line, tab=spec.tab if label else 0.0, align=sides.align,
            label=label, space_before=overrides.get("spaceBefore", spec.space_before),
            space_after=spec.space_after,
            keep_with_next=bool(overrides.get("keepWithNext", spec.keep_with_next)))

    def rtl_text(self, text: str, font: str, size: float) -> str:
        """Text for an RTLParagraph: printable, each tab a gap (as in markup)."""
        return printable(text).replace("\t", self.fonts.tab_gap(font, size, break_after=True))

    # -- blocks --------------------------------------------------------------------------
    def flowables(self) -> Iterator[Flowable]:
        """Every block's flowables; the first of a block with a source is marked with it,
        so the doc template records where the block starts (record_position). They are
        handed to reportlab, which lets go of each once it is drawn: nothing else here
        may keep them (a long document's laid-out lines would stay in memory)."""
        for block in self.doc.blocks:
            source = getattr(block, "source", None)
            for index, flowable in enumerate(self._block_flowables(block)):
                if index == 0 and source:
                    mark_source(flowable, [source])
                yield flowable

    # -- the structure tree (render/pdf_tags.py) --------------------------------------
    def element(self, parent: Element, kind: str, text: str = "",
                ltr: bool = False) -> Element:
        """A new structure element holding *text*: right-to-left text gets its logical
        form as /ActualText (the page draws it shaped and reordered), left-to-right text
        in a document of another script its own /Lang."""
        rtl_text = self.rtl and not ltr and RIGHT_TO_LEFT_CHARACTER.search(text)
        return parent.add(kind, actual_text=printable(text) if rtl_text else "",
                          lang=structure_language(text, self.doc) if text else "")

    def list_item(self, block: NumberedParagraph) -> Labelled:
        """The LI of a numbered paragraph (its number the Lbl, its text the LBody), in the
        list (L) of the paragraphs of its list_id just before it."""
        if self._list is None or self._list[0] != block.list_id:
            self._list = (block.list_id, self.structure.add("L"))
        item = self._list[1].add("LI")
        text = "".join(run.text for run in block.runs)
        return Labelled(self.element(item, "Lbl", block.label),
                        self.element(item, "LBody", text))

    def _block_flowables(self, block: Block) -> Iterator[Flowable]:
        if not isinstance(block, NumberedParagraph):
            self._list = None
        match block:
            case Paragraph():
                if block.bookmark or block.anchor:
                    self._anchor_count += 1
                    yield Anchor(block.bookmark, f"b{self._anchor_count}", block.anchor,
                                 self.report.anchor_pages)
                extra: dict[str, Any] = {"keepWithNext": 1} if block.keep_with_next else {}
                ltr = block.direction is Direction.LTR
                element = self.element(self.structure, HEADINGS.get(block.style, "P"),
                                       "".join(run.text for run in block.runs), ltr)
                if self.rtl and ltr:
                    yield tag(self.paragraph(block.style, block.runs,
                                             **self._mirrored_style(block.style), **extra),
                              element)
                elif self.rtl:
                    yield tag(self.rtl_paragraph(block.style, block.runs, **extra), element)
                else:
                    yield tag(self.paragraph(block.style, block.runs, **extra), element)
            case NumberedParagraph() if self.rtl:
                yield tag(self.rtl_paragraph(block.style, block.runs, label=block.label),
                          self.list_item(block))
            case NumberedParagraph():
                spec = self.spec.style(block.style)
                where = "".join(r.text for r in block.runs)[:40]
                style = self.style(block.style, numbered=True)
                yield tag(self.text_paragraph(block.runs, style, spec, where, style.fontName,
                                              bulletText=block.label),
                          self.list_item(block))
            case SignatureBlock():
                yield KeepTogether(list(self.signature_block(block, self.structure)))
            case SignatureGrid():
                yield from self.signature_grid(block)
            case Picture():
                yield tag(self.picture(block),
                          self.structure.add("Figure", alt=self.doc.metadata.author))
            case Table():
                yield from self.table(block)
            case PageBreak():
                yield RLPageBreak()
            case EndRule():
                running = self.spec.running
                yield EndRuleFlowable(running.end_rule_length, running.end_rule_width,
                                      running.end_rule_space)
            case _:
                assert_never(block)

    def picture(self, block: Picture, align: str = "center") -> Flowable:
        images = self.spec.images
        width, height = images.size(block)
        return PictureFlowable(block.data, width, height, align,
                               space_after=images.space_after(block))

    def signature_block(self, block: SignatureBlock, parent: Element) -> Iterator[Flowable]:
        """The name and titles; the scanned signature over the name; the digital box under.
        In the structure tree, a Div of the lines (P), the scan (a Figure named by the name
        line) and the box."""
        division = parent.add("Div")
        spec = self.spec.style(block.style)
        # Where the block and its pictures are placed (the other side in right to left).
        sides = spec.mirrored() if self.rtl else spec
        make = self.rtl_paragraph if self.rtl else self.paragraph
        # The block's space before goes on its first flowable, so that at the top of a
        # page it is dropped like any paragraph's.
        space_before = spec.space_before
        for index, line in enumerate(block.lines):
            if index == block.name_line and block.image is not None:
                images = self.spec.images
                width, height = images.size(block.image)
                text_width = self.text_width(line, spec)
                scan = SignatureImage(block.image.data, width, height,
                                      overlap=min(images.signature_overlap, height / 2),
                                      align=sides.align, text_width=text_width,
                                      indent=(sides.left, sides.right))
                scan.spaceBefore, space_before = space_before, 0.0
                name = "".join(run.text for run in line)
                yield tag(scan, division.add("Figure", alt=printable(name).strip()))
            yield tag(make(block.style, line, spaceBefore=space_before),
                      self.element(division, "P", "".join(run.text for run in line)))
            space_before = 0.0
        if block.stamp:
            yield self.stamp(block.stamp, sides.align, division)

    def signature_grid(self, grid: SignatureGrid) -> Iterator[Flowable]:
        """The blocks side by side, a borderless one-row table per row: each block spans
        two quarter columns, so an odd last block takes the middle two (centred); right to
        left, the first block is at the right. A row is kept together on one page (split
        only if it is taller than a page); rows are the space above a block apart, dropped
        at the top of a page like a paragraph's."""
        spec = self.spec.style(grid.style)
        width = self.page.body_width - spec.left - spec.right
        slots = 2 * grid.columns
        yield Indenter(left=spec.left, right=spec.right)
        division = self.structure.add("Div")
        for row in grid.rows():
            line: list[Any] = [""] * slots
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # The cells hold paragraphs, but the table still sets its own font.
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.name(self.script)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
            offset = grid.columns - len(row)  # an incomplete row is centred
            for index, block in enumerate(row):
                slot = offset + 2 * index
                if self.rtl:
                    slot = slots - 2 - slot
                line[slot] = list(self.signature_block(block, division))
                commands.append(("SPAN", (slot, 0), (slot + 1, 0)))
            table = TaggedTable([line], colWidths=[width / slots] * slots, hAlign="CENTER",
                                splitInRow=1)
            table.setStyle(RLTableStyle(commands))
            table.spaceBefore = spec.space_before
            mark_source(table, [block.source for block in row if block.source])
            yield KeepTogether([table])
        yield Indenter(left=-spec.left, right=-spec.right)

    def text_width(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec) -> float:
        bold = spec.bold or any(run.bold for run in runs)
        gap = self.fonts.tab_gap(self.fonts.name(Script.LATIN, bold), spec.size,
                                 break_after=False)
        text = printable("".join(run.text for run in runs)).replace("\t", gap)
        return self.fonts.width(list(self.fonts.pieces(text, self.script, text[:40])), spec.size,
                                bold)

    def stamp(self, lines: tuple[str, ...], align: str, parent: Element) -> Flowable:
        images = self.spec.images
        size, leading = images.stamp_size, images.stamp_leading
        style = ParagraphStyle("stamp", fontName=self.fonts.name(self.script), fontSize=size,
                               leading=leading, alignment=TA_RIGHT if self.rtl else TA_LEFT,
                               wordWrap="CJK" if self.cjk else None)
        cells: list[Flowable] = []
        for line in lines:
            element = self.element(parent, "P", line)
            if self.rtl:
                font = self.fonts.name(Script.ARABIC)
                cells.append(tag(RTLParagraph(self.rtl_text(line, font, size), font, size,
                                              leading), element))
            else:
                cells.append(tag(self.text_paragraph((Run(line),), style), element))
        pad = images.stamp_padding
        box = TaggedTable([[cells]], colWidths=[images.stamp_width])
        box.setStyle(RLTableStyle([
            ("BOX", (0, 0), (-1, -1), images.stamp_rule_width, "black"),
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name(self.script)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        return SignatureStamp(box, align, images.stamp_space_before, self._stamp_landed)

    def _stamp_landed(self, box: Box) -> None:
        self.report.signature_box = box

    def table(self, block: Table) -> Iterator[Flowable]:
        spec = self.spec.style(block.style)
        header_spec = self.spec.style(block.header_style)
        width = self.page.body_width - spec.left - spec.right
        cell = ParagraphStyle("cell", parent=self.style(block.style), leftIndent=0,
                              rightIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0,
                              alignment=TA_LEFT)
        head = ParagraphStyle("head", parent=self.style(block.header_style), leftIndent=0,
                              rightIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0,
                              alignment=TA_LEFT)
        data: list[list[Any]]
        widths = column_widths(block.header, block.rows, width, spec.size, spec.cell_padding)
        # The structure: Table, a TR per row, a TH per header cell and a TD per cell, in
        # reading order (right to left the columns are drawn reversed, not read so).
        structure = self.structure.add("Table")
        header_row = structure.add("TR")
        heads = [self.element(header_row, "TH", text) for text in block.header]
        for element in heads:
            element.repeats = True  # drawn again on each page the table continues on
        cells: list[list[Element]] = []
        for row in block.rows:
            row_element = structure.add("TR")
            cells.append([self.element(row_element, "TD", text) for text in row])
        if self.rtl:  # columns from right to left, cells set right to left
            def rtl_cell(text: str, name: str, element: Element) -> RTLParagraph:
                cell_spec = self.spec.style(name)
                font = self.fonts.name(Script.ARABIC, cell_spec.bold)
                paragraph = RTLParagraph(self.rtl_text(text, font, cell_spec.size), font,
                                         cell_spec.size, cell_spec.leading)
                tag(paragraph, element)
                return paragraph

            data = [[rtl_cell(t, block.header_style, e)
                     for t, e in reversed(list(zip(block.header, heads, strict=True)))]]
            data += [[rtl_cell(t, block.style, e)
                      for t, e in reversed(list(zip(row, row_cells, strict=True)))]
                     for row, row_cells in zip(block.rows, cells, strict=True)]
            widths = list(reversed(widths))
        else:
            data = [[tag(self.text_paragraph((Run(text),), head, header_spec,
                                             style_face=head.fontName), e)
                     for text, e in zip(block.header, heads, strict=True)]]
            data += [[tag(self.text_paragraph((Run(text),), cell, spec,
                                              style_face=cell.fontName), e)
                      for text, e in zip(row, row_cells, strict=True)]
                     for row, row_cells in zip(block.rows, cells, strict=True)]
        pad = spec.cell_padding
        # splitInRow: a row taller than a page continues on the next one.
        table = TaggedTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                            splitInRow=1)
        table.setStyle(RLTableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # The cells hold paragraphs, but the table still sets its own (Helvetica) font.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name(self.script)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LINEABOVE", (0, 0), (-1, 0), spec.rule_width, "black"),
            ("LINEBELOW", (0, 0), (-1, 0), spec.rule_width, "black"),
            ("LINEBELOW", (0, -1), (-1, -1), spec.bottom_rule_width, "black"),
        ]))
        # keepWithNext on the zero-size lead-ins, so a heading before the table stays with it.
        indent = Indenter(left=spec.left, right=spec.right)
        indent.keepWithNext = 1
        space = Spacer(spec.space_before)
        space.keepWithNext = 1
        yield indent
        yield space
        yield table
        yield Spacer(spec.space_after)
        yield Indenter(left=-spec.left, right=-spec.right)

    # -- pages ---------------------------------------------------------------------------
    def build(self) -> bytes:
        buffer = _FileInMemory()
        page = self.page
        running = self.doc.running

        def text_block(top: float, bottom: float, name: str) -> Frame:
            """The text block from margin to margin, *top* below the top edge and *bottom*
            above the bottom edge: on any paper it keeps clear of the masthead and running
            heads (placed from the top edge) and of the footers (from the bottom edge)."""
            return SourceFrame(page.margin_left, bottom, page.body_width,
                               page.from_top(top) - bottom, leftPadding=0, rightPadding=0,
                               topPadding=0, bottomPadding=0, id=name)

        first_bottom = (page.first_page_bottom_margin if running and running.job_line
                        else page.body_bottom_margin)
        # Without the UN masthead (the mission's own letter) page 1 starts where the others do.
        first_top = page.first_page_body_top if self.doc.masthead is not None else page.body_top
        first = text_block(first_top, first_bottom, "first")
        later = text_block(page.body_top, page.body_bottom_margin, "later")
        meta = self.doc.metadata
        template = BaseDocTemplate(
            buffer,
            pagesize=(page.width, page.height),
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator="cica-desktop",
            lang=meta.language,
            initialFontName=self.fonts.name(self.script),
            pageCompression=1,
        )
        template.addPageTemplates([
            PageTemplate("First", [first], onPage=self.furniture.draw_first_page,
                         autoNextPageTemplate="Later"),
            PageTemplate("Later", [later]),
        ])
        positions = self.report.source_positions

        def record_position(flowable: Flowable) -> None:
            frame = getattr(template, "frame", None)
            if frame is None:
                return  # between frames: the next part of the block records it
            for source in getattr(flowable, SOURCES, ()):
                height = getattr(flowable, "height", None) or getattr(flowable, "_height", 0)
                top = frame._y + flowable.getSpaceAfter() + height
                positions.setdefault(source, (template.page - 1, page.height - top))

        template.afterFlowable = record_position
        story: list[Flowable] = []
        try:
            story = chunked_story(self.flowables())
            template.build(story,
                           canvasmaker=deferred_canvas(self.furniture.draw_running,
                                                       self.tagger, self.draw_from))
        finally:
            # A renderer is used once. Its reference cycles (the template and the function
            # it calls back, and its canvas; this renderer and its furniture's title maker) are
            # broken here, so the render's objects are freed as soon as they are dropped
            # instead of waiting for the garbage collector (collection_pause.py).
            del template.afterFlowable
            del self.furniture
            story.clear()  # after a failed layout: it and its NextChunk refer to each other
            canvas = getattr(template, "canv", None)
            if canvas is not None:  # the canvas and its template
                canvas.__dict__.pop("_doctemplate", None)
            template._nameSpace.clear()  # reportlab's {"doc": template}
        self.report.pages = template.page
        return buffer.getvalue()

