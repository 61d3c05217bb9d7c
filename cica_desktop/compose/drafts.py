"""A draft's placeholders ("[Name]") as runs of their own, so the renderers highlight them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..document import Block, Run
from .typography import map_runs


def _split(run: Run, pattern: re.Pattern[str]) -> list[Run]:
    pieces: list[Run] = []
    position = 0
    for found in pattern.finditer(run.text):
        if found.start() > position:
            pieces.append(dataclasses.replace(run, text=run.text[position:found.start()]))
        pieces.append(dataclasses.replace(run, text=found.group(), placeholder=True))
        position = found.end()
    if position < len(run.text):
        pieces.append(dataclasses.replace(run, text=run.text[position:]))
    return pieces


def mark_placeholders(blocks: tuple[Block, ...], placeholders: Iterable[str]) -> tuple[Block, ...]:
    """*blocks* with every occurrence of a placeholder in a run of its own, marked."""
    words = sorted(set(placeholders), key=len, reverse=True)
    if not words:
        return blocks
    pattern = re.compile("|".join(re.escape(word) for word in words))

    def runs(items: tuple[Run, ...]) -> tuple[Run, ...]:
        return tuple(piece for run in items for piece in _split(run, pattern))

    # A table's cells are plain text: the brackets show the gap there.
    return map_runs(blocks, runs)
