"""The PDF variant of a comparison: the new version's tree with the old version's deleted
paragraphs put back where they stood and each change marked on its runs
(`Run.revision`): inserted text underlined in blue, deleted text struck through in red.

The PDF renderer does not draw `Run.revision` yet; `_ChangesRenderer` adds it around the
renderer's own markup of each run (Latin, Cyrillic and Chinese paragraphs). Arabic
paragraphs are laid out by the right-to-left paragraph class, which cannot draw it: an
Arabic PDF of changes is refused (`NoChangesPdf`). Tables show the new text unmarked:
docs/COMPARE.md says so."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence

from ..build import MissingGlyphsError, missing_glyph_messages
from ..document import (
    Block,
    Direction,
    Document,
    NumberedParagraph,
    Paragraph,
    Run,
    SignatureBlock,
)
from ..render.pdf import PdfReport, _PdfRenderer
from ..render.stylespec import ParagraphStyleSpec, load_style_spec
from ..render.text import printable
from . import Comparison
from .diff import Change, Op, Step, word_spans
from .units import Unit, UnitKind

INSERTED_INK = "#1F4E9A"
DELETED_INK = "#B22222"

INSERTED, DELETED = "ins", "del"


class NoChangesPdf(ValueError):
    """The PDF cannot show the changes of this document (right-to-left text)."""


def changes_pdf(comparison: Comparison, allow_missing_glyphs: bool = False) -> bytes:
    """The PDF that shows the changes (MissingGlyphsError if it would print boxes).

    NoChangesPdf for a right-to-left document: its paragraphs are drawn by a class that
    draws no underline or strike-through, so the old and the new words would stand side
    by side unmarked; the DOCX shows its changes."""
    if comparison.new.direction is Direction.RTL:
        raise NoChangesPdf("the PDF cannot mark changes in right-to-left text yet: write "
                           "the DOCX, whose tracked changes show them")
    document = changes_document(comparison)
    spec = load_style_spec(document.language)
    report = PdfReport()
    data: bytes = _ChangesRenderer(document, spec, report).build()
    problems = missing_glyph_messages(report.missing_glyphs)
    if problems and not allow_missing_glyphs:
        raise MissingGlyphsError(problems)
    return data


class _ChangesRenderer(_PdfRenderer):
    """The PDF renderer, with each revised run's markup underlined or struck through."""

    def markup(self, runs: tuple[Run, ...], spec: ParagraphStyleSpec | None = None,
               where: str = "") -> str:
        groups = [(revision, tuple(group)) for revision, group
                  in itertools.groupby(runs, key=lambda run: run.revision)]
        last_ink = None
        if len(groups) == 1 and groups[0][0] and groups[0][1][-1].text[1:]:
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
            text: str = super().markup(group, spec, where)
            shade = 1 if last_ink is not None and index == len(groups) - 1 else 0
            if revision == INSERTED:
                text = f'<font color="{_ink(INSERTED_INK, shade)}"><u>{text}</u></font>'
            elif revision == DELETED:
                text = f'<font color="{_ink(DELETED_INK, shade)}"><strike>{text}</strike></font>'
            parts.append(text)
        return "".join(parts)


def _ink(colour: str, shade: int) -> str:
    """*colour* ("#RRGGBB") with its blue *shade* steps away."""
    blue = int(colour[5:7], 16)
    return f"{colour[:5]}{blue + shade if blue < 255 else blue - shade:02X}"


def changes_document(comparison: Comparison) -> Document:
    """The new version's tree, the old version's deleted and moved-away paragraphs back
    where they stood, every change marked on its runs."""
    c = comparison
    step_of_new: dict[int, Step] = {}
    before_block: dict[int, list[Step]] = {}
    pending: list[Step] = []
    for step in c.steps:
        if step.new is None:
            pending.append(step)
            continue
        step_of_new[step.new] = step
        if pending:
            before_block.setdefault(c.new_units[step.new].block, []).extend(pending)
            pending = []
    units_of_block: dict[int, list[int]] = {}
    for index, unit in enumerate(c.new_units):
        units_of_block.setdefault(unit.block, []).append(index)
    blocks: list[Block] = []
    for index, block in enumerate(c.new.blocks):
        blocks.extend(_removed(c, before_block.get(index, [])))
        blocks.append(_marked(c, block, [step_of_new[j] for j in units_of_block.get(index, [])
                                         if j in step_of_new]))
    blocks.extend(_removed(c, pending))
    return dataclasses.replace(c.new, blocks=tuple(blocks))


def _removed(c: Comparison, steps: Sequence[Step]) -> Iterator[Block]:
    """Old paragraphs (and signature lines) that are gone, struck through."""
    for step in steps:
        assert step.old is not None
        unit = c.old_units[step.old]
        if unit.kind is not UnitKind.PARAGRAPH:
            continue  # a table is not drawn twice
        block = c.old.blocks[unit.block]
        if isinstance(block, Paragraph | NumberedParagraph):
            yield dataclasses.replace(block, runs=_all(block.runs, DELETED))
        elif isinstance(block, SignatureBlock) and unit.line < len(block.lines):
            yield Paragraph(block.style, _all(block.lines[unit.line], DELETED))


def _marked(c: Comparison, block: Block, steps: Sequence[Step]) -> Block:
    if isinstance(block, Paragraph | NumberedParagraph) and steps:
        return dataclasses.replace(block, runs=_runs(c, steps[0], block.runs))
    if isinstance(block, SignatureBlock) and steps:
        lines = list(block.lines)
        for step in steps:
            assert step.new is not None
            line = c.new_units[step.new].line
            if line < len(lines):
                lines[line] = _runs(c, step, lines[line])
        return dataclasses.replace(block, lines=tuple(lines))
    return block


def _runs(c: Comparison, step: Step, runs: tuple[Run, ...]) -> tuple[Run, ...]:
    match step.change:
        case Change.INSERTED | Change.MOVED_TO:
            return _all(runs, INSERTED)
        case Change.CHANGED:
            assert step.old is not None
            return _word_changes(c.old_units[step.old], _old_runs(c, step.old), runs)
        case _:
            return runs


def _old_runs(c: Comparison, index: int) -> tuple[Run, ...]:
    unit: Unit = c.old_units[index]
    block = c.old.blocks[unit.block]
    if isinstance(block, Paragraph | NumberedParagraph):
        return block.runs
    if isinstance(block, SignatureBlock) and unit.line < len(block.lines):
        return block.lines[unit.line]
    return ()


def _all(runs: tuple[Run, ...], revision: str) -> tuple[Run, ...]:
    return tuple(dataclasses.replace(run, revision=revision) for run in runs)


def _atoms(runs: tuple[Run, ...]) -> list[tuple[Run, str]]:
    return [(run, char) for run in runs for char in printable(run.text)]


def _word_changes(old: Unit, old_runs: tuple[Run, ...], new_runs: tuple[Run, ...]
                  ) -> tuple[Run, ...]:
    old_atoms, new_atoms = _atoms(old_runs), _atoms(new_runs)
    old_text = "".join(char for _, char in old_atoms)
    new_text = "".join(char for _, char in new_atoms)
    if old_text != old.text:  # not the text compared: the whole paragraph replaced
        return _all(old_runs, DELETED) + _all(new_runs, INSERTED)
    result: list[Run] = []
    for span in word_spans(old_text, new_text):
        match span.op:
            case Op.EQUAL:
                result.extend(_pieces(new_atoms[span.new_start:span.new_end], ""))
            case Op.INSERT:
                result.extend(_pieces(new_atoms[span.new_start:span.new_end], INSERTED))
            case Op.DELETE:
                result.extend(_pieces(old_atoms[span.old_start:span.old_end], DELETED))
    return tuple(result)


def _pieces(atoms: Sequence[tuple[Run, str]], revision: str) -> Iterator[Run]:
    for _, group in itertools.groupby(atoms, key=lambda atom: id(atom[0])):
        chars: list[tuple[Run, str]] = list(group)
        yield dataclasses.replace(chars[0][0], text="".join(char for _, char in chars),
                                  revision=revision)
