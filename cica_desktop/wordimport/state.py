"""The reading position in a Word file's pieces, the doubts noted on the way, and what
every part of the import asks of a paragraph: is it a heading, an annex's heading, a
letter's heading ("Letter dated … from … addressed to …", read with the template's own
pattern: its date, sender, addressee and States)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..compose.language import TemplateProblem
from .messages import MESSAGES, message
from .phrases import Phrases, fold, normal, split_states
from .reader import Item, Para

HEADING_STYLES = {"HCh": 1, "H1": 1, "H23": 2, "H4": 3, "Heading 1": 1, "Heading 2": 2,
                  "Heading 3": 3, "Title": 1, "Subtitle": 2, "Heading 4": 3}
ENDS_SENTENCE = tuple(".;:,!?。；：，！？؛،")
#: Signature lines are short; a longer paragraph is text.
SHORT = 90


@dataclass(frozen=True)
class Doubt:
    """A guess the import made: where (the paragraph's number, None for the whole file),
    what (a code of `messages.MESSAGES`) and with which values; the window words it from
    these, the command line prints its English (`str`)."""

    paragraph: int | None
    code: str
    params: dict[str, str | int] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """In English, as the command line prints it."""
        return message(self.code, self.params)

    def __str__(self) -> str:
        return f"paragraph {self.paragraph}: {self.message}" if self.paragraph \
            else self.message


@dataclass
class State:
    p: Phrases
    items: list[Item]
    position: int = 0
    doubts: list[Doubt] = field(default_factory=list)

    def doubt(self, item: Item | None, code: str, **params: str | int) -> None:
        assert code in MESSAGES, f"{code} is not in the import report's catalogue"
        self.doubts.append(Doubt(item.index if item is not None else None, code, params))

    def peek(self, ahead: int = 0) -> Item | None:
        at = self.position + ahead
        return self.items[at] if at < len(self.items) else None

    def take(self) -> Item:
        item = self.items[self.position]
        self.position += 1
        return item

    def take_text(self) -> str:
        """The next item's text (a paragraph's, as compared: `normal`)."""
        item = self.take()
        return normal(item.text) if isinstance(item, Para) else ""


def is_heading(para: Para) -> int:
    """The heading level a paragraph looks like (0: not a heading)."""
    if para.label is not None:
        return 0
    level = HEADING_STYLES.get(para.style, 0)
    if level:
        return level
    if para.style.lower().startswith("heading"):
        return 1
    short = len(para.text) <= 150 and not para.text.rstrip().endswith(ENDS_SENTENCE)
    if short and para.bold:
        return 1
    if short and para.italic and len(para.text) <= 100:
        return 3
    return 0


def annex_number(p: Phrases, item: Item) -> int | None:
    if not isinstance(item, Para):
        return None
    return p.annexes.get(normal(item.text))


def ends_part(p: Phrases, item: Item) -> bool:
    return annex_number(p, item) is not None


def letter_heading(p: Phrases, line: str) -> dict[str, Any] | None:
    dated = p.date_span(line)
    if dated is None:
        return None
    day, start, end = dated
    line = line[:start] + "\ue010" + line[end:]  # the date, as the patterns hold it
    for heading in p.letter_headings():
        found = heading.pattern.match(line)
        if found is None:
            continue
        state = heading.state_form.replace("\ue011", found["state"])
        states = [state_name(p, name) for name in split_states(p.code, state)] \
            if heading.sender_role == "representatives" else [state]
        return {"date": day, "role": heading.sender_role, "gender": heading.gender,
                "addressee": heading.addressee, "states": states}
    return None


def state_name(p: Phrases, printed: str) -> str:
    """A State's name as the project holds it, from a joint heading that may have put a
    word before it (French "du Kazakhstan", "de la Croatie"): the shortest ending of
    *printed* that the template prints as *printed*."""
    endings = [printed[match.end():] for match in re.finditer(r"[\s’']", printed)]
    addressee = p.t.phrase("addressee_secretary_general")
    for name in reversed(endings):
        if not name.strip():
            continue
        try:
            heading = p.t.phrase("letter_representatives", date="", addressee=addressee,
                             states=[name])
        except TemplateProblem:
            break
        if fold(printed) in fold(heading):
            return name
    return printed
