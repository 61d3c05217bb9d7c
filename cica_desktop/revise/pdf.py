"""The PDF variant of a comparison: the new version's tree with the old version's deleted
paragraphs put back where they stood and each change marked on its runs
(`Run.revision`), which the PDF renderer draws (render/pdf.py's markup, and
render/rtl.py for right-to-left paragraphs): inserted text underlined in blue, deleted
text struck through in red. Tables show the new text unmarked: docs/COMPARE.md says so."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence

from ..build import MissingGlyphsError, missing_glyph_messages
from ..document import (
    Block,
    Document,
    NumberedParagraph,
    Paragraph,
    Run,
    SignatureBlock,
)
from ..render.pdf import pdf_bytes
from ..render.rtl import DELETED, INSERTED
from ..render.text import printable
from . import Comparison
from .diff import Change, Op, Step, word_spans
from .units import Unit, UnitKind


def changes_pdf(comparison: Comparison, allow_missing_glyphs: bool = False) -> bytes:
    """The PDF that shows the changes (MissingGlyphsError if it would print boxes)."""
    data, report = pdf_bytes(changes_document(comparison))
    problems = missing_glyph_messages(report.missing_glyphs)
    if problems and not allow_missing_glyphs:
        raise MissingGlyphsError(problems)
    return data


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
