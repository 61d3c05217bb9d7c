"""Language rules for the text itself (French spacing, Chinese and Arabic punctuation),
applied to every run compose makes, and the direction a paragraph's text gives it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..document import (
    Block,
    Direction,
    NumberedParagraph,
    Paragraph,
    Run,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from ..document.script import left_to_right_only

NNBSP = "\u202f"  # narrow no-break space

# Before ; ! ? » and a colon (not in "12:30" or "https://"), any space becomes a narrow
# no-break space; after «, too.
_BEFORE = re.compile(r"(?<=\S)[ \u00a0\u202f]*([;!?»])|(?<=[^\s\d])[ \u00a0\u202f]*:(?!//)")
_AFTER = re.compile(r"«[ \u00a0\u202f]*")


def french_spacing(text: str) -> str:
    def before(match: re.Match[str]) -> str:
        return NNBSP + (match.group(1) or ":")

    return _AFTER.sub("«" + NNBSP, _BEFORE.sub(before, text))


_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CHINESE_MARKS = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
# A half-width mark right after a Chinese character becomes full-width; parentheses around
# text that holds Chinese become full-width ones.
_CHINESE_AFTER = re.compile(f"(?<=[{_CJK}）》”])([,;:!?.])(?![0-9/])")
_CHINESE_PARENS = re.compile(f"\\(([^()]*[{_CJK}][^()]*)\\)")


def chinese_punctuation(text: str) -> str:
    text = _CHINESE_PARENS.sub(r"（\1）", text)
    return _CHINESE_AFTER.sub(lambda m: _CHINESE_MARKS[m.group(1)], text)


_ARABIC = "\u0600-\u06ff\u0750-\u077f"
_ARABIC_AFTER = re.compile(f"(?<=[{_ARABIC}])\\s*([,;?])")
_ARABIC_MARKS = {",": "،", ";": "؛", "?": "؟"}


def arabic_punctuation(text: str) -> str:
    """A Latin comma, semicolon or question mark after Arabic text becomes the Arabic one."""
    return _ARABIC_AFTER.sub(lambda m: _ARABIC_MARKS[m.group(1)], text)


RULES: dict[str, Callable[[str], str]] = {"french": french_spacing,
                                          "chinese": chinese_punctuation,
                                          "arabic": arabic_punctuation}


def map_runs(blocks: tuple[Block, ...], runs: Callable[[tuple[Run, ...]], tuple[Run, ...]],
             cell: Callable[[str], str] | None = None) -> tuple[Block, ...]:
    """*blocks* with *runs* applied to the runs of every paragraph and signature line, and
    *cell* (if given) to every table cell; the one walk over the tree's text."""

    def signature(block: SignatureBlock) -> SignatureBlock:
        return dataclasses.replace(block, lines=tuple(runs(line) for line in block.lines))

    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph | NumberedParagraph):
            out.append(dataclasses.replace(block, runs=runs(block.runs)))
        elif isinstance(block, SignatureBlock):
            out.append(signature(block))
        elif isinstance(block, SignatureGrid):
            out.append(dataclasses.replace(
                block, blocks=tuple(signature(inner) for inner in block.blocks)))
        elif isinstance(block, Table) and cell is not None:
            out.append(dataclasses.replace(
                block, header=tuple(cell(c) for c in block.header),
                rows=tuple(tuple(cell(c) for c in row) for row in block.rows)))
        else:
            out.append(block)
    return tuple(out)


def apply_to_blocks(blocks: tuple[Block, ...], rule: Callable[[str], str]) -> tuple[Block, ...]:
    """*rule* applied to every text of the tree (runs and table cells)."""
    return map_runs(blocks, lambda items: tuple(dataclasses.replace(run, text=rule(run.text))
                                                for run in items), rule)


def mark_left_to_right(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """In a right-to-left document, the paragraphs with no right-to-left letters (a Latin
    address) are laid out left to right."""
    return tuple(
        dataclasses.replace(block, direction=Direction.LTR)
        if isinstance(block, Paragraph)
        and left_to_right_only("".join(run.text for run in block.runs)) else block
        for block in blocks)
