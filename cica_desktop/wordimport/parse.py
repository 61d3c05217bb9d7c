"""What each piece of a Word file is, in the project's terms: the masthead, the letter
(heading, date, addressee, paragraphs, signature blocks), the annexes by their headings
(memorandum, draft resolution, letter with its enclosure) and their blocks.

Every piece of text ends up somewhere: what cannot be placed stays an unnumbered paragraph
where it stood, and every guess is a `Doubt` ("paragraph 14: read as operative because it
starts with 'Requests'") for the import report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..checks.languages import RULES
from ..checks.sessions import session_for
from ..compose.language import TemplateProblem
from ..model import Language
from .phrases import LANGUAGES, Phrases, normal, phrases, render, split_states
from .reader import Item, Para, Table, WordFile

_SYMBOL = re.compile(r"^[A-Z]+(/[A-Za-z0-9.\-]+)+$")
_JOB = re.compile(r"^(\d{2}-\d{5})\b")
_HEADING_STYLES = {"HCh": 1, "H1": 1, "H23": 2, "H4": 3, "Heading 1": 1, "Heading 2": 2,
                   "Heading 3": 3, "Title": 1, "Subtitle": 2, "Heading 4": 3}
_ENDS_SENTENCE = tuple(".;:,!?。；：，！？؛،")
#: Signature lines are short; a longer paragraph is text.
_SHORT = 90
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Doubt:
    """A guess the import made: where (the paragraph's number, None for the whole file)
    and why."""

    paragraph: int | None
    message: str

    def __str__(self) -> str:
        return f"paragraph {self.paragraph}: {self.message}" if self.paragraph \
            else self.message


@dataclass
class _State:
    p: Phrases
    items: list[Item]
    position: int = 0
    doubts: list[Doubt] = field(default_factory=list)

    def doubt(self, item: Item | None, message: str) -> None:
        self.doubts.append(Doubt(item.index if item is not None else None, message))

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


# ---------------------------------------------------------------------- language


def detect_language(word: WordFile) -> tuple[str, str]:
    """The document's language and why it was chosen."""
    text = " ".join(item.text for item in word.items[:200] if isinstance(item, Para))
    for pattern, code in ((_CJK, "zh"), (_ARABIC, "ar"), (_CYRILLIC, "ru")):
        if len(pattern.findall(text)) > len(text) / 10:
            return code, f"language {code}: read from the script of the text"
    scores = {code: 0 for code in ("en", "fr", "es")}
    lines = {normal(item.text) for item in word.items if isinstance(item, Para)}
    for code in scores:
        p = phrases(code)
        known = {*p.annexes, p.memorandum, p.draft_resolution, p.enclosure, p.organ_line,
                 *p.sessions}
        scores[code] = 3 * len(lines & known)
        scores[code] += sum(1 for line in lines if any(h.pattern.match(line)
                                                       for h in p.letter_headings()))
    tag = word.language.split("-")[0].lower()
    if tag in scores:
        scores[tag] += 1
    best = max(scores, key=lambda code: scores[code])
    if scores[best] == 0:
        return "en", "language: nothing the six templates print was found; read as English"
    return best, f"language {best}: the headings are worded as the {best} template words them"


# ---------------------------------------------------------------------- small readers


def _is_heading(para: Para) -> int:
    """The heading level a paragraph looks like (0: not a heading)."""
    if para.label is not None:
        return 0
    level = _HEADING_STYLES.get(para.style, 0)
    if level:
        return level
    if para.style.lower().startswith("heading"):
        return 1
    short = len(para.text) <= 150 and not para.text.rstrip().endswith(_ENDS_SENTENCE)
    if short and para.bold:
        return 1
    if short and para.italic and len(para.text) <= 100:
        return 3
    return 0


def _text(para: Para) -> str:
    return para.text.strip()


def _lines_before(s: _State, stop: Any) -> Iterator[Para]:
    """Paragraphs until *stop(item)* says the part ends."""
    while (item := s.peek()) is not None and not stop(item):
        s.take()
        if isinstance(item, Para):
            yield item


# ---------------------------------------------------------------------- masthead


def _masthead(s: _State, word: WordFile, data: dict[str, Any]) -> None:
    p = s.p
    lines = list(word.margins)
    front: list[Para] = []
    for item in s.items:  # a masthead typed in the body comes before the session line
        if not isinstance(item, Para) or normal(item.text) in p.sessions:
            break
        front.append(item)
        if len(front) > 8:
            break
    for line in lines + [normal(item.text) for item in front]:
        line = normal(line)
        if "symbol" not in data and _SYMBOL.match(line):
            data["symbol"] = line
        elif "job_number" not in data and _JOB.match(line):
            data["job_number"] = _JOB.match(line)[1]  # type: ignore[index]
        elif line in (normal(p.t.text("masthead", "distribution_limited")),):
            data["distribution"] = "limited"
        elif line in (normal(p.t.text("masthead", "distribution_general")),):
            data["distribution"] = "general"
        elif (code := _original(p, line)) is not None:
            data["original_language"] = code
        elif "issue_date" not in data and len(line) <= 40 and (
                day := p.date(line, for_masthead=True)):
            data["issue_date"] = day.isoformat()
    consumed = {id(item) for item in front if _masthead_line(p, normal(item.text))}
    s.items = [item for item in s.items if id(item) not in consumed]


def _masthead_line(p: Phrases, line: str) -> bool:
    return bool(_SYMBOL.match(line) or _JOB.match(line) or _original(p, line)
                or line in (normal(p.t.text("masthead", "distribution_limited")),
                            normal(p.t.text("masthead", "distribution_general")),
                            normal(p.t.text("masthead", "organ")),
                            normal(p.t.text("masthead", "body")))
                or (len(line) <= 40 and p.date(line, for_masthead=True) is not None
                    and normal(p.t.date(p.date(line, for_masthead=True) or dt.date.today(),
                                        for_masthead=True)) == line))


def _original(p: Phrases, line: str) -> str | None:
    for code in LANGUAGES:
        if normal(p.t.text("masthead", "original", original=code)) == line:
            return code
    return None


# ---------------------------------------------------------------------- the front matter


def _front(s: _State, data: dict[str, Any]) -> dict[str, Any] | None:
    """Session, agenda item, request heading, item title, letter heading: the letter's
    heading as read (None if none was found; everything before stays in the letter)."""
    p = s.p
    kept: list[Para] = []
    heading: dict[str, Any] | None = None
    while (item := s.peek()) is not None and heading is None:
        if isinstance(item, Table) or _annex_number(p, item) is not None:
            break
        s.take()
        line = normal(item.text)
        if line in p.sessions:
            data["session"] = p.sessions[line]
        elif (found := p.agenda_item.match(line)) is not None:
            data["agenda_item"] = int(found["n"])
        elif line in p.request_headings:
            rule, sub, session = p.request_headings[line]
            data.update(rule=rule, session=data.get("session", session))
            if sub:
                data["kind"] = "sub_item"
        elif (read := _letter_heading(p, line)) is not None:
            heading = read
        else:
            kept.append(item)
    if heading is None:
        s.position = 0
        s.items = [i for i in s.items if not (isinstance(i, Para) and (
            normal(i.text) in p.sessions or normal(i.text) in p.request_headings
            or p.agenda_item.match(normal(i.text))))]
        s.doubt(None, "letter: no heading “Letter dated … from …” found; the text before "
                      "the first annex is read as the letter")
        return None
    titles = [para for para in kept if _is_heading(para)]
    if titles:
        data["item_title"] = _text(titles[-1])
        if data.get("kind") == "sub_item" and ": " in data["item_title"]:
            parent, _, title = data["item_title"].partition(": ")
            data.update(parent_item=parent, item_title=title)
    rest = [para for para in kept if para not in titles[-1:]]
    heading["before"] = rest
    return heading


def _letter_heading(p: Phrases, line: str) -> dict[str, Any] | None:
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
        states = [_state_name(p, name) for name in split_states(p.code, state)] \
            if heading.sender_role == "representatives" else [state]
        return {"date": day, "role": heading.sender_role, "gender": heading.gender,
                "addressee": heading.addressee, "states": states}
    return None


def _state_name(p: Phrases, printed: str) -> str:
    """A State's name as the project holds it, from a joint heading that may have put a
    word before it (French "du Kazakhstan", "de la Croatie"): the shortest ending of
    *printed* that the template prints as *printed*."""
    endings = [printed[match.end():] for match in re.finditer(r"[\s’']", printed)]
    addressee = render(p.t, "addressee_secretary_general")
    for name in reversed(endings):
        if not name.strip():
            continue
        try:
            heading = render(p.t, "letter_representatives", date="", addressee=addressee,
                             states=[name])
        except TemplateProblem:
            break
        if printed in heading:
            return name
    return printed


def _annex_number(p: Phrases, item: Item) -> int | None:
    if not isinstance(item, Para):
        return None
    return p.annexes.get(normal(item.text))


# ---------------------------------------------------------------------- signatures


def _signature_lines(s: _State, para: Para) -> list[str] | None:
    """A name line ("(Signed) Name") or a line in the signature style."""
    if s.p.signed.match(normal(para.text)) or para.style in ("Signature", "JointSignature"):
        return [para.text]
    return None


def _signatory(p: Phrases, lines: list[str]) -> dict[str, Any]:
    titles_first = bool(p.t.setting("signature_titles_first"))
    name_at = next((i for i, line in enumerate(lines) if p.signed.match(normal(line))),
                   len(lines) - 1 if titles_first else 0)
    found = p.signed.match(normal(lines[name_at]))
    name = found["name"] if found else normal(lines[name_at])
    titles = [normal(line) for i, line in enumerate(lines) if i != name_at and line.strip()]
    return {"name": name, "titles": titles, "signed": found is not None}


def _split_signatories(p: Phrases, lines: list[str]) -> list[list[str]]:
    """Several signature blocks one after the other: each starts (or, titles first, ends)
    at a name line."""
    titles_first = bool(p.t.setting("signature_titles_first"))
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        named = bool(p.signed.match(normal(line)))
        if named and not titles_first and current:
            blocks.append(current)
            current = []
        current.append(line)
        if named and titles_first:
            blocks.append(current)
            current = []
    if current:
        if blocks and titles_first:
            blocks[-1].extend(current)
        else:
            blocks.append(current)
    return blocks


def _grid(p: Phrases, table: Table) -> list[dict[str, Any]] | None:
    """A table of signature blocks (a joint letter's signatories side by side)."""
    cells = [cell for row in table.rows for cell in row if cell.strip()]
    if not cells or not all(any(p.signed.match(normal(line)) for line in cell.split("\n"))
                            for cell in cells):
        return None
    return [_signatory(p, [line for line in cell.split("\n") if line.strip()])
            for cell in cells]


# ---------------------------------------------------------------------- content blocks


@dataclass
class _Blocks:
    """Content blocks being read, with the lists still open."""

    s: _State
    numbered_paragraphs: bool
    blocks: list[dict[str, Any]] = field(default_factory=list)
    #: The open lists, outermost first: (label key, list block).
    lists: list[tuple[tuple[str, str], dict[str, Any]]] = field(default_factory=list)
    paragraph_list: str | None = None

    def close(self) -> None:
        self.lists = []

    def add(self, block: dict[str, Any]) -> None:
        self.close()
        self.blocks.append(block)

    def paragraph(self, para: Para, numbered: bool = False) -> None:
        block: dict[str, Any] = {"type": "paragraph", "text": para.text}
        if numbered:
            block["numbered"] = True
        self.add(block)

    def item(self, para: Para) -> None:
        label = para.label
        assert label is not None
        if (self.numbered_paragraphs and label.style == "decimal" and label.level == 0
                and (self.paragraph_list == label.list_key
                     or (self.paragraph_list is None and not self.lists))):
            self.paragraph_list = label.list_key
            self.paragraph(para, numbered=True)
            return
        key = (f"{label.list_key}:{label.level}", label.style if label.typed else "")
        for depth, (open_key, _) in enumerate(self.lists):
            if open_key == key:
                del self.lists[depth + 1:]
                self.lists[-1][1]["items"].append({"text": para.text})
                return
        style = "numbered" if label.style == "decimal" else label.style
        new: dict[str, Any] = {"type": "list", "style": style, "items": [{"text": para.text}]}
        if label.number != 1:
            new["start"] = label.number
        if self.lists and len(self.lists) < 3:
            parent = self.lists[-1][1]["items"][-1]
            if "children" not in parent:
                parent["children"] = new
                self.lists.append((key, new))
                return
        self.close()
        self.blocks.append(new)
        self.lists.append((key, new))

    def table(self, table: Table) -> None:
        rows = [list(row) for row in table.rows]
        width = len(rows[0])
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != width:
                self.s.doubt(table, f"table row {number} has {len(row)} cells, the header "
                                    f"{width}: evened out")
                row[:] = (row + [""] * width)[:width]
        self.add({"type": "table", "header": rows[0][:12],
                  "rows": [row[:12] for row in rows[1:]]})

    def read(self, item: Item) -> None:
        p = self.s.p
        if isinstance(item, Table):
            self.table(item)
            return
        if item.label is not None:
            self.item(item)
            return
        line = normal(item.text)
        level = _is_heading(item)
        place_date = p.place_date.match(line)
        if item.style == "PlaceDate" or (place_date and len(line) < 80):
            day = p.date(place_date["date"]) if place_date else None
            if place_date and day is not None:
                self.add({"type": "place_date", "place": place_date["place"].strip(),
                          "date": day.isoformat()})
                return
        if level:
            if item.style not in _HEADING_STYLES:
                self.s.doubt(item, f"read as a heading because it is short and "
                                   f"{'bold' if item.bold else 'italic'}")
            self.add({"type": "heading", "level": level, "text": line})
            return
        self.paragraph(item)


# ---------------------------------------------------------------------- the parts


def _ends_part(p: Phrases, item: Item) -> bool:
    return _annex_number(p, item) is not None


def _letter(s: _State, data: dict[str, Any], heading: dict[str, Any] | None) -> None:
    p = s.p
    body = _Blocks(s, numbered_paragraphs=False)
    if heading is not None:
        for para in heading["before"]:
            s.doubt(para, "kept in the letter: not a heading the UN prints before it")
            body.paragraph(para)
    signature: list[str] = []
    senders: list[dict[str, Any]] = []
    while (item := s.peek()) is not None and not _ends_part(p, item):
        s.take()
        if isinstance(item, Table) and (grid := _grid(p, item)) is not None:
            senders.extend(grid)
            continue
        if isinstance(item, Para) and _signature_lines(s, item) and not signature:
            signature = [*_pull_titles(s, body), item.text]
            continue
        if signature and isinstance(item, Para) and len(item.text) <= _SHORT \
                and item.label is None:
            signature.append(item.text)
            continue
        body.read(item)
    if signature:
        senders.extend(_signatory(p, block) for block in _split_signatories(p, signature))
    elif not senders:
        senders = _trailing_signatory(s, body)
    letter: dict[str, Any] = {"blocks": body.blocks, "senders": senders}
    if heading is not None:
        letter.update(date=heading["date"].isoformat(), sender_role=heading["role"],
                      addressee=heading["addressee"])
        data["requesting_states"] = heading["states"]
        if heading["gender"] == "feminine" and senders:
            senders[0]["gender"] = "feminine"
        states = heading["states"]
        if len(senders) > 1 and len(states) == 1:  # a joint heading worded like one State's
            joint = [_state_name(p, name) for name in split_states(p.code, states[0])]
            if len(joint) == len(senders):
                data["requesting_states"] = states = joint
                letter["sender_role"] = "representatives"
        if letter["sender_role"] != "representatives" and len(senders) == 1:
            senders[0]["state"] = states[0]
        elif len(senders) == len(states):
            for sender, state in zip(senders, states, strict=True):
                sender["state"] = state
            s.doubt(None, "signatories: each given a State in the heading's order (the "
                          "signature blocks do not name their States): check them")
    data["letter"] = letter


def _pull_titles(s: _State, body: _Blocks) -> list[str]:
    """Titles printed before the name (Chinese): the signature-style lines just read."""
    if not s.p.t.setting("signature_titles_first"):
        return []
    titles: list[str] = []
    while body.blocks and body.blocks[-1]["type"] == "paragraph" \
            and len(body.blocks[-1]["text"]) <= 30 and len(titles) < 4 \
            and not body.blocks[-1]["text"].endswith(_ENDS_SENTENCE):
        titles.insert(0, body.blocks.pop()["text"])
    return titles


def _trailing_signatory(s: _State, body: _Blocks) -> list[dict[str, Any]]:
    """No "(Signed)" line: the short lines ending the letter are its signature block."""
    lines: list[str] = []
    while body.blocks and body.blocks[-1]["type"] == "paragraph" \
            and len(body.blocks[-1]["text"]) <= 60 and len(lines) < 4 \
            and not body.blocks[-1]["text"].rstrip().endswith(_ENDS_SENTENCE) \
            and len(body.blocks) > 1:
        lines.insert(0, body.blocks.pop()["text"])
    if not lines:
        s.doubt(None, "letter: no signature block found; the signatory is left to fill")
        return []
    s.doubt(None, f"letter: the last {len(lines)} short line(s) read as the signature block "
                  f"(“{lines[0]}” as the name)")
    return [_signatory(s.p, lines)]


def _annex_items(s: _State) -> list[Item]:
    out: list[Item] = []
    while (item := s.peek()) is not None and not _ends_part(s.p, item):
        out.append(s.take())
    return out


def _kind(p: Phrases, items: list[Item]) -> tuple[str, str]:
    lines = [normal(item.text) for item in items[:4] if isinstance(item, Para)]
    if p.memorandum in lines:
        return "memorandum", f"titled “{p.memorandum}”"
    if p.draft_resolution in lines:
        return "draft_resolution", f"titled “{p.draft_resolution}”"
    paras = [item for item in items if isinstance(item, Para)]
    if any(normal(item.text) == p.organ_line for item in paras):
        return "draft_resolution", f"it has the organ line “{p.organ_line}”"
    if any(p.signed.match(normal(item.text)) for item in paras) or any(
            _letter_heading(p, normal(item.text)) for item in paras[:4]) or \
            any(item.style in ("Signature", "DateLine") for item in paras):
        return "letter", "it is signed"
    return "memorandum", "no other kind fits (no organ line, no signature)"


def _annex(s: _State, number: int, heading: Para) -> dict[str, Any]:
    p = s.p
    items = _annex_items(s)
    kind, why = _kind(p, items)
    if why.startswith("no other") or not why.startswith("titled"):
        s.doubt(heading, f"annex {number} read as a {kind.replace('_', ' ')} because {why}")
    original: str | None = None
    if items and isinstance(items[0], Para) and normal(items[0].text) in p.originals:
        first = items.pop(0)
        original = p.originals[normal(first.text)] if isinstance(first, Para) else None
    sub = _State(p, items, doubts=s.doubts)
    match kind:
        case "draft_resolution":
            annex = _resolution(sub)
        case "letter":
            annex = _annexed_letter(sub)
        case _:
            annex = _memorandum(sub)
    if original is not None:
        annex["original_language"] = original
    return annex


def _memorandum(s: _State) -> dict[str, Any]:
    p = s.p
    annex: dict[str, Any] = {"kind": "memorandum"}
    first = s.peek()
    if isinstance(first, Para) and normal(first.text) == p.memorandum:
        s.take()
    elif isinstance(first, Para) and _is_heading(first) == 1 and first.style in ("H1", "HCh"):
        annex["title"] = s.take_text()
    else:
        annex["show_title"] = False
    blocks = _Blocks(s, numbered_paragraphs=True)
    while s.peek() is not None:
        blocks.read(s.take())
    annex["blocks"] = blocks.blocks
    return annex


def _resolution(s: _State) -> dict[str, Any]:
    p = s.p
    annex: dict[str, Any] = {"kind": "draft_resolution"}
    first = s.peek()
    if isinstance(first, Para) and normal(first.text) == p.draft_resolution:
        s.take()
    else:
        annex["show_heading"] = False
    preambular: list[dict[str, Any]] = []
    operative: list[dict[str, Any]] = []
    organ_seen = False
    titles: list[str] = []
    rules = RULES.get(p.code)
    while (item := s.peek()) is not None:
        s.take()
        if isinstance(item, Table):
            s.doubt(item, "a table in a draft resolution: kept as a paragraph of its cells")
            text = "\n".join("\t".join(row) for row in item.rows)
            _resolution_text(s, item, text, preambular, operative)
            continue
        line = normal(item.text)
        if not organ_seen and not operative and not preambular:
            if line == p.organ_line or (item.lead and line.endswith((",", "，", "،"))
                                         and len(line) < 60):
                organ_seen = True
                if line != p.organ_line:
                    annex["organ_line"] = line
                continue
            if _is_heading(item) or item.style == "H1":
                titles.append(line)
                continue
        label = item.label
        lead, text = _lead(p, item)
        if label is not None and label.style == "decimal":
            operative.append({"verb": lead, "text": text})
            continue
        if label is not None and label.style in ("lettered", "roman") and operative:
            subs = operative[-1].setdefault("subparagraphs", [])
            if label.style == "roman" and subs:
                subs[-1].setdefault("subparagraphs", []).append({"text": item.text})
            else:
                subs.append({"text": item.text})
            continue
        verb = rules.operative_form if rules is not None else None
        first_word = item.text.split(" ", 1)[0]
        if not lead and label is None and verb is not None and verb.match(first_word) \
                and " " in item.text:
            lead, text = first_word, item.text.split(" ", 1)[1]
        if lead and verb is not None and verb.match(lead) and label is None:
            s.doubt(item, f"read as operative because it starts with ‘{lead}’")
            operative.append({"verb": lead, "text": text})
            continue
        if operative:
            s.doubt(item, "an unnumbered paragraph after the operative paragraphs: kept "
                          "as a new line of the one before")
            operative[-1]["text"] += "\n" + item.text
            continue
        if not lead:
            s.doubt(item, "a preambular paragraph without lead words")
        preambular.append({"lead": lead, "text": text})
    if titles:
        annex["title"] = titles[-1]
        for extra in titles[:-1]:
            s.doubt(None, f"draft resolution: “{extra}” kept as a preambular paragraph")
            preambular.insert(0, {"lead": "", "text": extra})
    annex["preambular"] = preambular
    annex["operative"] = operative
    return annex


def _resolution_text(s: _State, item: Item, text: str, preambular: list[dict[str, Any]],
                     operative: list[dict[str, Any]]) -> None:
    if operative:
        operative[-1]["text"] += "\n" + text
    else:
        preambular.append({"lead": "", "text": text})


def _lead(p: Phrases, item: Para) -> tuple[str, str]:
    """A paragraph's lead words (italic, or for a language without italics its first run
    when known to the checks as a lead) and the rest."""
    lead = item.lead
    if not lead and not p.t.italic_emphasis and 0 < len(item.first_run) <= 12:
        lead = item.first_run  # no italics (Chinese): the lead words are a run of their own
    if lead and len(lead) < len(item.text):
        rest = item.text[len(lead):]
        if rest.startswith(p.lead_separator):
            rest = rest[len(p.lead_separator):]
        return p.lead(lead.strip()), rest.lstrip() if p.lead_separator else rest
    return "", item.text


def _annexed_letter(s: _State) -> dict[str, Any]:
    p = s.p
    annex: dict[str, Any] = {"kind": "letter"}
    first = s.peek()
    if (isinstance(first, Para) and first.style == "DateLine") or (
            isinstance(first, Para) and len(first.text) < 40 and p.date(first.text)
            and normal(p.t.date(p.date(first.text) or dt.date.today())) == normal(first.text)):
        assert isinstance(first, Para)
        s.take()
        day = p.date(first.text)
        if day is not None:
            annex["date"] = day.isoformat()
    heading = s.peek()
    if isinstance(heading, Para) and heading.label is None:
        annex["heading"] = s.take_text()
        day = p.date(annex["heading"])
        if "date" not in annex and day is not None:
            annex["date"] = day.isoformat()
            annex["show_date_line"] = False
    body = _Blocks(s, numbered_paragraphs=False)
    signature: list[str] = []
    signatories: list[dict[str, Any]] = []
    while (item := s.peek()) is not None:
        if isinstance(item, Para) and normal(item.text) == p.enclosure:
            break
        s.take()
        if isinstance(item, Table) and (grid := _grid(p, item)) is not None:
            signatories.extend(grid)
            continue
        if isinstance(item, Para) and _signature_lines(s, item) and not signature:
            signature = [*_pull_titles(s, body), item.text]
            continue
        if signature and isinstance(item, Para) and len(item.text) <= _SHORT \
                and item.label is None and item.style in ("Signature", "JointSignature", ""
                                                          , "Normal", "SingleTxt"):
            signature.append(item.text)
            continue
        if signature:
            signatories.extend(_signatory(p, b) for b in _split_signatories(p, signature))
            signature = []
        body.read(item)
    if signature:
        signatories.extend(_signatory(p, b) for b in _split_signatories(p, signature))
    annex["blocks"] = body.blocks
    annex["signatories"] = signatories
    if s.peek() is not None:
        s.take()
        annex["enclosure"] = _enclosure(s)
    return annex


def _enclosure(s: _State) -> dict[str, Any]:
    p = s.p
    enclosure: dict[str, Any] = {}
    first = s.peek()
    if isinstance(first, Para) and normal(first.text) in p.originals:
        enclosure["original_language"] = p.originals[s.take_text()]
        first = s.peek()
    if (isinstance(first, Para) and first.style in ("H1", "Title")) or (
            isinstance(first, Para) and _is_heading(first) and first.style != "HCh"):
        assert isinstance(first, Para)
        enclosure["title"] = s.take_text()
    blocks = _Blocks(s, numbered_paragraphs=False)
    while (item := s.peek()) is not None:
        if isinstance(item, Para) and item.style == "HCh":
            break
        blocks.read(s.take())
    enclosure["blocks"] = blocks.blocks
    if (item := s.peek()) is not None:
        assert isinstance(item, Para)
        s.take()
        inner = _Blocks(s, numbered_paragraphs=False)
        while s.peek() is not None:
            inner.read(s.take())
        enclosure["annex"] = {"title": normal(item.text), "blocks": inner.blocks}
    return enclosure


# ---------------------------------------------------------------------- the whole


def parse(word: WordFile, language: str | None = None) -> tuple[dict[str, Any], list[Doubt]]:
    """The project data read from *word* (maybe incomplete) and the doubts on the way."""
    doubts: list[Doubt] = []
    if language is None:
        language, why = detect_language(word)
        doubts.append(Doubt(None, why))
    p = phrases(language)
    s = _State(p, list(word.items), doubts=doubts)
    data: dict[str, Any] = {"format_version": 3, "language": language}
    _masthead(s, word, data)
    heading = _front(s, data)
    _letter(s, data, heading)
    annexes: list[dict[str, Any]] = []
    while (item := s.peek()) is not None:
        number = _annex_number(p, item)
        assert number is not None and isinstance(item, Para)
        s.take()
        if number != len(annexes) + 1:
            s.doubt(item, f"“{item.text}” is annex {len(annexes) + 1} in order")
        annexes.append(_annex(s, number, item))
    data["annexes"] = annexes
    _fill_in(s, data, word)
    return _ordered(data), s.doubts


def _fill_in(s: _State, data: dict[str, Any], word: WordFile) -> None:
    """What the document did not say plainly: from its properties, its text, or left."""
    p = s.p
    if "rule" not in data:
        rule = re.search(r"\brule (1[345])\b", word.keywords)
        mention = RULES[p.code].rule_cited if p.code in RULES else None
        letter_text = " ".join(b.get("text", "") for b in data["letter"]["blocks"])
        found = rule or (mention.search(letter_text) if mention is not None else None)
        if found:
            data["rule"] = int(found[1])
            s.doubt(None, f"rule {data['rule']}: read from the letter's text")
    if "item_title" not in data:
        quoted = re.search(r"[“«„\"]([^”»“\"]{10,})[”»“\"]",
                           " ".join(b.get("text", "") for b in data["letter"]["blocks"][:2]))
        data["item_title"] = quoted[1] if quoted else ""
        s.doubt(None, "item title: " + ("read from the quotation in the letter" if quoted
                                        else "not found; left to fill"))
    letter = data["letter"]
    if "date" not in letter:
        letter["date"] = dt.date.today().isoformat()
        s.doubt(None, "letter date: not found; today's date put in its place: check it")
    if "session" not in data:
        day = dt.date.fromisoformat(letter["date"])
        data["session"] = session_for(int(data.get("rule", 15)), day)
        s.doubt(None, f"session: not found; the one rule {data.get('rule', 15)} is for on "
                      f"the letter's date ({data['session']})")
    if "requesting_states" not in data:
        states = [sender["state"] for sender in letter["senders"] if sender.get("state")]
        data["requesting_states"] = states or [""]
        s.doubt(None, "requesting State: not found in a letter heading; left to fill")
    if data.get("original_language") not in {language.value for language in Language}:
        data["original_language"] = data["language"]


_ORDER = ("format_version", "session", "rule", "kind", "item_title", "parent_item",
          "agenda_item", "symbol", "distribution", "issue_date", "original_language",
          "language", "job_number", "requesting_states", "letter", "annexes")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in sorted(data, key=lambda k: _ORDER.index(k)
                                             if k in _ORDER else len(_ORDER))}
