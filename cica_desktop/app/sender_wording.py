"""The letter's standard paragraphs follow the number of its senders ("I have the honour …
my Government … I attach" for one signatory, "We have the honour … our Governments … we
attach" for several). When "Sent by" changes between one representative and several, the
paragraphs already in the letter that still read as a standard paragraph of the other form
(or close to one: edited here and there) are offered in the new form.

Pure: no Qt. The window shows the offer (ui/sender_wording.py) and applies it in one undo
step with the change of "Sent by".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from ..compose.new_package import letter_wordings, several_senders
from .paths import Path

#: How alike a paragraph must be to a standard one to be offered the new form although it
#: was edited (difflib's ratio, over words; 1 is the same text).
CLOSE = 0.6

#: Words and spaces, each punctuation mark, and each CJK character, as one token: the
#: differences between the two forms are whole words ("I" / "We", "my" / "our").
_TOKEN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class WordingChange:
    """A paragraph of the letter in the other form."""

    path: Path
    old: str
    new: str
    #: The paragraph was exactly the standard wording (not edited).
    exact: bool


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _changed_spans(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The differing spans of *a* and *b* (token ranges), those less than three equal
    tokens apart merged ("Буду признателен" / "Будем признательны" is one span)."""
    spans: list[tuple[int, int, int, int]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] < 3:
            spans[-1] = (spans[-1][0], i2, spans[-1][2], j2)
        else:
            spans.append((i1, i2, j1, j2))
    return spans


def _carry_over(text: str, source: str, target: str) -> str | None:
    """*text* (an edited *source*) with the differences between *source* and *target*
    applied where *text* still reads as *source* around them; None when one of them cannot
    be placed."""
    a, b = _tokens(source), _tokens(target)
    result = text
    for i1, i2, j1, j2 in reversed(_changed_spans(a, b)):
        before = "".join(a[max(0, i1 - 2):i1])
        after = "".join(a[i2:i2 + 2])
        old = before + "".join(a[i1:i2]) + after
        new = before + "".join(b[j1:j2]) + after
        if result.count(old) != 1:
            return None
        result = result.replace(old, new)
    return result


def _ratio(text: str, standard: str) -> float:
    return difflib.SequenceMatcher(a=_tokens(text), b=_tokens(standard),
                                   autojunk=False).ratio()


def wording_changes(data: dict[str, Any], new_role: object) -> list[WordingChange]:
    """The letter's paragraphs to offer in the form *new_role* calls for ("we" when several
    representatives send it, "I" otherwise); none when the number of senders stays."""
    letter = data.get("letter")
    if not isinstance(letter, dict):
        return []
    to_several = several_senders(new_role)
    if several_senders(letter.get("sender_role")) == to_several:
        return []
    try:
        pairs = list(letter_wordings(data).values())
    except Exception:  # a broken template: nothing to offer; building says what is wrong
        return []
    forms = [(one, several) if to_several else (several, one)
             for one, several in pairs if one != several]
    changes: list[WordingChange] = []
    for index, block in enumerate(letter.get("blocks") or []):
        if not isinstance(block, dict) or block.get("type") != "paragraph":
            continue
        text = block.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        path: Path = ("letter", "blocks", index, "text")
        exact = next((target for source, target in forms if text == source), None)
        if exact is not None:
            changes.append(WordingChange(path, text, exact, True))
            continue
        close = max(forms, key=lambda form: _ratio(text, form[0]), default=None)
        if close is None or _ratio(text, close[0]) < CLOSE or \
                _ratio(text, close[1]) >= _ratio(text, close[0]):
            continue  # unlike any standard paragraph, or already in the new form
        new = _carry_over(text, *close)
        if new is not None and new != text:
            changes.append(WordingChange(path, text, new, False))
    return changes


def letter_with(data: dict[str, Any], new_role: object,
                changes: list[WordingChange]) -> dict[str, Any]:
    """The letter with *new_role* as "Sent by" and *changes* applied: the value of the one
    undoable change ("letter")."""
    letter = dict(data["letter"])
    letter["sender_role"] = new_role
    blocks = list(letter.get("blocks") or [])
    for change in changes:
        index = change.path[2]
        assert isinstance(index, int)
        blocks[index] = {**blocks[index], "text": change.new}
    letter["blocks"] = blocks
    return letter


def difference(old: str, new: str) -> list[tuple[str, str]]:
    """*old* against *new* as pieces: ("same", text), ("old", removed), ("new", added)."""
    a, b = _tokens(old), _tokens(new)
    pieces: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("old", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("new", "".join(b[j1:j2])))
    return pieces
