"""The letter as a mission sends it (no UN heading): the letterhead, the reference, the
place and date, the addressee, the salutation and the closing, read back into the fields
the mission layout prints them from.

The salutation and the closing are the template's own wording (compose writes them again),
so they leave the letter's text; the report says so. Everything else is kept.
"""

from __future__ import annotations

from typing import Any

from .phrases import Phrases, fold
from .state import State

#: How far into the letter its opening (letterhead, place and date) is looked for.
_OPENING = 12


def _paragraph_text(block: dict[str, Any]) -> str | None:
    return str(block["text"]) if block["type"] in ("paragraph", "heading") else None


def read_own_letter(s: State, data: dict[str, Any]) -> None:
    """Take the mission layout's pieces out of a letter read without a UN heading, when
    its opening has a place and date ("New York, 3 October 2007")."""
    p = s.p
    letter = data["letter"]
    blocks: list[dict[str, Any]] = letter["blocks"]
    at = next((i for i, block in enumerate(blocks[:_OPENING])
               if block["type"] == "place_date"), None)
    if at is None:
        return
    dated = blocks[at]
    letter["date"] = dated["date"]
    letterhead: dict[str, Any] = {"place": dated["place"]}
    head = [text for block in blocks[:at] if (text := _paragraph_text(block)) is not None]
    rest = blocks[at + 1:]
    reference = next((i for i, block in enumerate(rest[:2])
                      if (text := _paragraph_text(block)) and p.reference.match(text)), None)
    if reference is not None:
        letter["reference"] = p.reference.match(rest.pop(reference)["text"])["reference"]  # type: ignore[index]
    for line in list(head):
        if (found := p.reference.match(line)) is not None:
            letter["reference"] = found["reference"]
            head.remove(line)
    if head:
        data["mission"] = head[0]
        letterhead["address_lines"] = head[1:]
        s.doubt(None, "import.mission_name", name=head[0], count=len(head) - 1)
    data["letterhead"] = letterhead
    rest = _addressee(p, s, letter, rest)
    letter["blocks"] = _closing(p, s, letter, rest)


def _addressee(p: Phrases, s: State, letter: dict[str, Any],
               rest: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The addressee's lines and the salutation after the date, taken out."""
    texts = [fold(_paragraph_text(block) or "") for block in rest]
    for addressee, lines in p.mission_addressees().items():
        if tuple(texts[:len(lines)]) == lines:
            letter["addressee"] = addressee
            rest = rest[len(lines):]
            texts = texts[len(lines):]
            break
    salutations = p.salutations()
    if texts and texts[0] in salutations:
        letter.setdefault("addressee", salutations[texts[0]])
        s.doubt(None, "import.own_salutation", text=rest[0]["text"])
        rest = rest[1:]
    return rest


def _closing(p: Phrases, s: State, letter: dict[str, Any],
             rest: list[dict[str, Any]]) -> list[dict[str, Any]]:
    closings = p.closings()
    if rest and fold(_paragraph_text(rest[-1]) or "") in closings:
        s.doubt(None, "import.own_closing", text=rest[-1]["text"])
        if closings[fold(rest[-1]["text"])]:
            letter["sender_role"] = "representatives"
        rest = rest[:-1]
    return rest
