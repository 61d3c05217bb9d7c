"""What is compared: the text blocks of a document tree, one unit per paragraph the DOCX
renderer writes for them (a paragraph, a numbered paragraph, each line of a signature
block), and one unit per table (a table, a grid of signatures) compared whole.

Pictures, page breaks and the closing rule carry no text: they are laid out as the new
version has them and are not compared."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from typing import assert_never

from ..document import (
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
from ..render.text import printable


class UnitKind(enum.Enum):
    PARAGRAPH = "paragraph"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph (or table) of a version, as compared."""

    kind: UnitKind
    #: The paragraph's text as the DOCX holds it (a tab a tab, a line break a newline);
    #: a table's: its cells, a tab between cells and a newline between rows.
    text: str
    #: The paragraph style; "" for a table.
    style: str = ""
    #: A numbered paragraph's label as the reader sees it ("3.", "(b)"), else "".
    label: str = ""
    #: A numbered paragraph's list, so a deleted item is numbered in its list.
    list_id: str = ""
    #: The model path the block shows ("annexes[1].operative[2]"), when compose gave one.
    source: str | None = None
    #: Where it is in the tree: the block's index, and the line's in a signature block.
    block: int = -1
    line: int = 0

    @property
    def words(self) -> str:
        """What the reader reads: the label, then the text."""
        return f"{self.label} {self.text}".strip() if self.label else self.text


def run_text(runs: tuple[Run, ...]) -> str:
    return printable("".join(run.text for run in runs))


def _signature_lines(block: SignatureBlock) -> Iterator[str]:
    for line in block.lines:
        yield run_text(line)
    yield from (printable(text) for text in block.stamp)


def units(document: Document) -> tuple[Unit, ...]:
    """The units of *document* in reading order."""
    found: list[Unit] = []
    for index, block in enumerate(document.blocks):
        match block:
            case Paragraph():
                found.append(Unit(UnitKind.PARAGRAPH, run_text(block.runs), block.style,
                                  source=block.source, block=index))
            case NumberedParagraph():
                found.append(Unit(UnitKind.PARAGRAPH, run_text(block.runs), block.style,
                                  block.label, block.list_id, block.source, index))
            case SignatureBlock():
                found.extend(Unit(UnitKind.PARAGRAPH, line, block.style, source=block.source,
                                  block=index, line=number)
                             for number, line in enumerate(_signature_lines(block)))
            case SignatureGrid():
                text = "\n".join("\t".join(" / ".join(_signature_lines(b)) for b in row)
                                 for row in block.rows())
                found.append(Unit(UnitKind.TABLE, text, block=index))
            case Table():
                rows = (block.header, *block.rows)
                found.append(Unit(UnitKind.TABLE, "\n".join(
                    "\t".join(printable(cell) for cell in row) for row in rows),
                    source=block.source, block=index))
            case PageBreak() | EndRule() | Picture():
                pass
            case _:
                assert_never(block)
    return tuple(found)
