"""Where two versions differ: paragraphs aligned across the document, words within a
paragraph. Pure functions over units and strings; the DOCX marks are made elsewhere.

Paragraphs are aligned as a longest common subsequence of their texts (difflib). Where a
run of old paragraphs was replaced by a run of new ones, paragraphs whose words are mostly
the same are paired (a changed paragraph, marked word by word); the rest are deleted or
inserted, and a deleted paragraph whose exact text is inserted elsewhere is a move."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .units import Unit, UnitKind

#: Words with their trailing spaces kept apart, punctuation one mark at a time: what a
#: reader sees change. (Chinese, written without spaces, changes character by character.)
#: A word keeps its combining marks (Arabic vowel signs, accents typed apart).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+|\d+|\s+|.", re.UNICODE | re.DOTALL)
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")

#: Two paragraphs are one changed paragraph when at least this share of their words agree.
SIMILAR = 0.5


class Change(enum.Enum):
    SAME = "same"
    CHANGED = "changed"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED_FROM = "moved from"
    MOVED_TO = "moved to"


@dataclass(frozen=True, slots=True)
class Step:
    """One unit of the compared document, in the new version's order (deleted and
    moved-from units where they stood in the old one)."""

    change: Change
    old: int | None = None
    new: int | None = None
    #: Pairs a MOVED_FROM with its MOVED_TO (1, 2, …); 0 otherwise.
    move: int = 0


class Op(enum.Enum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a changed paragraph: old[old_start:old_end] and new[new_start:new_end]
    (one of them empty for an insertion or a deletion)."""

    op: Op
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def tokens(text: str) -> list[str]:
    """Words, numbers, spaces and single marks; CJK characters one by one."""
    found: list[str] = []
    for token in _TOKEN.findall(text):
        if len(token) > 1 and _CJK.search(token):
            found.extend(token)
        else:
            found.append(token)
    return found


def similarity(old: str, new: str) -> float:
    return SequenceMatcher(None, tokens(old), tokens(new), autojunk=False).ratio()


def word_spans(old: str, new: str) -> list[Span]:
    """The spans that turn *old* into *new*, word by word: a replaced word is its deletion
    then its insertion, and a lone space between two changes joins them (one change
    reads better than "del ins ␣ del ins")."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    old_at = _offsets(old_tokens)
    new_at = _offsets(new_tokens)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    opcodes = _join_lone_spaces(matcher.get_opcodes(), old_tokens)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in opcodes:
        a1, a2, b1, b2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
        if tag == "equal":
            spans.append(Span(Op.EQUAL, a1, a2, b1, b2))
            continue
        if a2 > a1:
            spans.append(Span(Op.DELETE, a1, a2, b1, b1))
        if b2 > b1:
            spans.append(Span(Op.INSERT, a2, a2, b1, b2))
    return spans


def _offsets(parts: list[str]) -> list[int]:
    at = [0]
    for part in parts:
        at.append(at[-1] + len(part))
    return at


def _join_lone_spaces(opcodes: Sequence[tuple[str, int, int, int, int]],
                      old_tokens: list[str]) -> list[tuple[str, int, int, int, int]]:
    joined: list[tuple[str, int, int, int, int]] = []
    for index, code in enumerate(opcodes):
        tag, i1, i2, j1, j2 = code
        lone_space = (tag == "equal" and i2 - i1 == 1 and old_tokens[i1].isspace()
                      and 0 < index < len(opcodes) - 1)
        if joined and (lone_space or (tag != "equal" and joined[-1][0] == "replace")):
            _, p1, _, q1, _ = joined[-1]
            joined[-1] = ("replace", p1, i2, q1, j2)
        elif lone_space:
            joined.append(code)
        else:
            joined.append(("replace", i1, i2, j1, j2) if tag != "equal" else code)
    return joined


def align(old: Sequence[Unit], new: Sequence[Unit], moves: bool = True) -> list[Step]:
    """Every unit of both versions once, as steps in reading order of the new version
    (without *moves*, a moved paragraph is deleted where it was and inserted where it is)."""
    matcher = SequenceMatcher(None, [(u.kind, u.text) for u in old],
                              [(u.kind, u.text) for u in new], autojunk=False)
    steps: list[Step] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            steps.extend(Step(Change.SAME, i, j) for i, j in zip(range(i1, i2), range(j1, j2),
                                                                  strict=True))
        else:
            steps.extend(_pair(old, new, range(i1, i2), range(j1, j2)))
    return _find_moves(old, new, steps) if moves else steps


def _pair(old: Sequence[Unit], new: Sequence[Unit], olds: range, news: range) -> list[Step]:
    """A replaced stretch: paragraphs (or tables) that are mostly the same are paired, in
    order."""
    steps: list[Step] = []
    next_old = olds.start
    for j in news:
        best, best_ratio = None, SIMILAR
        for i in range(next_old, min(olds.stop, next_old + 40)):
            if old[i].kind is new[j].kind:
                ratio = similarity(old[i].text, new[j].text)
                if ratio >= best_ratio:
                    best, best_ratio = i, ratio
                    if ratio == 1.0:
                        break
        if best is None:
            steps.append(Step(Change.INSERTED, new=j))
            continue
        steps.extend(Step(Change.DELETED, old=i) for i in range(next_old, best))
        steps.append(Step(Change.CHANGED, best, j))
        next_old = best + 1
    steps.extend(Step(Change.DELETED, old=i) for i in range(next_old, olds.stop))
    return _deleted_first(steps)


def _deleted_first(steps: list[Step]) -> list[Step]:
    """Within a stretch of deletions and insertions, the deletions come first (as Word
    shows a replaced passage)."""
    ordered: list[Step] = []
    pending: list[Step] = []
    for step in steps:
        if step.change is Change.INSERTED:
            pending.append(step)
            continue
        if step.change is not Change.DELETED:
            ordered.extend(pending)
            pending = []
        ordered.append(step)
    return ordered + pending


def _find_moves(old: Sequence[Unit], new: Sequence[Unit], steps: list[Step]) -> list[Step]:
    """A deleted paragraph whose exact text is inserted elsewhere was moved (each deleted
    paragraph pairs with one insertion, the nearest first in reading order)."""
    deleted: dict[str, list[int]] = {}
    for index, step in enumerate(steps):
        if step.change is Change.DELETED and step.old is not None:
            unit = old[step.old]
            if unit.kind is UnitKind.PARAGRAPH and unit.text.strip():
                deleted.setdefault(unit.text, []).append(index)
    result = list(steps)
    moves = 0
    for index, step in enumerate(steps):
        if step.change is not Change.INSERTED or step.new is None:
            continue
        candidates = deleted.get(new[step.new].text)
        if not candidates:
            continue
        source = candidates.pop(0)
        moves += 1
        result[source] = replace(result[source], change=Change.MOVED_FROM, move=moves)
        result[index] = replace(step, change=Change.MOVED_TO, move=moves)
    return result
