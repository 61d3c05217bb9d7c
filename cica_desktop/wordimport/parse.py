"""What each piece of a Word file is, in the project's terms: the language, the masthead,
the front matter (session, request heading, item title, letter heading), the letter
(paragraphs, signature blocks), then each annex by its heading (`annexes`), and what the
document did not say plainly (`_fill_in`).

Every piece of text ends up somewhere: what cannot be placed stays an unnumbered paragraph
where it stood, and every guess is a `Doubt` ("paragraph 14: read as operative because it
starts with 'Requests'") for the import report.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..checks.languages import RULES
from ..checks.sessions import session_for
from ..model import Language
from .annexes import read_annex
from .blocks import Blocks, grid, pull_titles, signatory, signature_lines, split_signatories
from .own_letter import read_own_letter
from .phrases import LANGUAGES, Phrases, normal, phrases, split_states
from .reader import Para, Table, WordFile
from .state import (
    SHORT,
    Doubt,
    State,
    annex_number,
    ends_part,
    is_heading,
    letter_heading,
    state_name,
)

_SYMBOL = re.compile(r"^[A-Z]+(/[A-Za-z0-9.\-]+)+$")
_JOB = re.compile(r"^(\d{2}-\d{5})\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: A line ending so is text, not a signature line (a title may end with a comma:
#: "L’Ambassadeur,").
_ENDS_TEXT = tuple(".;:!?。；：！？؛")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# ---------------------------------------------------------------------- language


def detect_language(word: WordFile) -> tuple[str, Doubt]:
    """The document's language and why it was chosen."""
    text = " ".join(item.text for item in word.items[:200] if isinstance(item, Para))
    for pattern, code in ((_CJK, "zh"), (_ARABIC, "ar"), (_CYRILLIC, "ru")):
        if len(pattern.findall(text)) > len(text) / 10:
            return code, Doubt(None, "import.language_script", {"language": code})
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
        return "en", Doubt(None, "import.language_default")
    return best, Doubt(None, "import.language_headings", {"language": best})


# ---------------------------------------------------------------------- masthead


def _masthead(s: State, word: WordFile, data: dict[str, Any]) -> None:
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


def _front(s: State, data: dict[str, Any]) -> dict[str, Any] | None:
    """Session, agenda item, request heading, item title, letter heading: the letter's
    heading as read (None if none was found; everything before stays in the letter)."""
    p = s.p
    kept: list[Para] = []
    heading: dict[str, Any] | None = None
    while (item := s.peek()) is not None and heading is None:
        if isinstance(item, Table) or annex_number(p, item) is not None:
            break
        s.take()
        line = normal(item.text)
        if line in p.sessions:
            data["session"] = p.sessions[line]
        elif (found := p.agenda_item.match(line)) is not None:
            data["agenda_item"] = int(found["n"])
        elif (request := p.request_heading(line)) is not None:
            rule, sub, session = request
            data.update(rule=rule, session=data.get("session", session))
            if sub:
                data["kind"] = "sub_item"
        elif (read := letter_heading(p, line)) is not None:
            heading = read
        else:
            kept.append(item)
    if heading is None:
        s.position = 0
        s.items = [i for i in s.items if not (isinstance(i, Para) and (
            normal(i.text) in p.sessions or p.request_heading(i.text) is not None
            or p.agenda_item.match(normal(i.text))))]
        s.doubt(None, "import.no_letter_heading")
        return None
    titles = [para for para in kept if is_heading(para)]
    if titles:
        data["item_title"] = normal(titles[-1].text)
        if data.get("kind") == "sub_item" and ": " in data["item_title"]:
            parent, _, title = data["item_title"].partition(": ")
            data.update(parent_item=parent, item_title=title)
    rest = [para for para in kept if para not in titles[-1:]]
    heading["before"] = rest
    return heading


# ---------------------------------------------------------------------- the letter


def _letter(s: State, data: dict[str, Any], heading: dict[str, Any] | None) -> None:
    p = s.p
    body = Blocks(s, numbered_paragraphs=False)
    if heading is not None:
        for para in heading["before"]:
            s.doubt(para, "import.kept_in_letter")
            body.paragraph(para)
    signature: list[str] = []
    senders: list[dict[str, Any]] = []
    while (item := s.peek()) is not None and not ends_part(p, item):
        s.take()
        if isinstance(item, Table) and (cells := grid(p, item)) is not None:
            senders.extend(cells)
            continue
        if isinstance(item, Para) and signature_lines(s, item) and not signature:
            signature = [*pull_titles(s, body), item.text]
            continue
        if signature and isinstance(item, Para) and len(item.text) <= SHORT \
                and item.label is None:
            signature.append(item.text)
            continue
        body.read(item)
    if signature:
        senders.extend(signatory(p, block) for block in split_signatories(p, signature))
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
            joint = [state_name(p, name) for name in split_states(p.code, states[0])]
            if len(joint) == len(senders):
                data["requesting_states"] = states = joint
                letter["sender_role"] = "representatives"
        if letter["sender_role"] != "representatives" and len(senders) == 1:
            senders[0]["state"] = states[0]
        elif len(senders) == len(states):
            for sender, state in zip(senders, states, strict=True):
                sender["state"] = state
            s.doubt(None, "import.states_in_order")
    data["letter"] = letter


def _trailing_signatory(s: State, body: Blocks) -> list[dict[str, Any]]:
    """No "(Signed)" line: the short lines ending the letter are its signature block."""
    lines: list[str] = []
    while body.blocks and body.blocks[-1]["type"] == "paragraph" \
            and len(body.blocks[-1]["text"]) <= 60 and len(lines) < 4 \
            and not body.blocks[-1]["text"].rstrip().endswith(_ENDS_TEXT) \
            and len(body.blocks) > 1:
        lines.insert(0, body.blocks.pop()["text"])
    if not lines:
        s.doubt(None, "import.no_signature")
        return []
    sender = signatory(s.p, lines)
    s.doubt(None, "import.trailing_signature", count=len(lines), name=sender["name"])
    return [sender]


# ---------------------------------------------------------------------- the whole


def parse(word: WordFile, language: str | None = None) -> tuple[dict[str, Any], list[Doubt]]:
    """The project data read from *word* (maybe incomplete) and the doubts on the way."""
    doubts: list[Doubt] = []
    if language is None:
        language, why = detect_language(word)
        doubts.append(why)
    p = phrases(language)
    s = State(p, list(word.items), doubts=doubts)
    for noted in word.items:  # a note's text stays at its mark; each is said
        for note in noted.notes:
            s.doubt(noted, f"import.{note.kind}_kept", number=note.number, text=note.text)
    data: dict[str, Any] = {"format_version": 3, "language": language}
    _masthead(s, word, data)
    heading = _front(s, data)
    _letter(s, data, heading)
    if heading is None:
        read_own_letter(s, data)
    annexes: list[dict[str, Any]] = []
    while (item := s.peek()) is not None:
        number = annex_number(p, item)
        assert number is not None and isinstance(item, Para)
        s.take()
        if number != len(annexes) + 1:
            s.doubt(item, "import.annex_in_order", text=item.text, number=len(annexes) + 1)
        annexes.append(read_annex(s, number, item))
    data["annexes"] = annexes
    _fill_in(s, data, word)
    return _ordered(data), s.doubts


def _fill_in(s: State, data: dict[str, Any], word: WordFile) -> None:
    """What the document did not say plainly: from its properties, its text, or left."""
    p = s.p
    if "rule" not in data:
        rule = re.search(r"\brule (1[345])\b", word.keywords)
        mention = RULES[p.code].rule_cited if p.code in RULES else None
        letter_text = " ".join(b.get("text", "") for b in data["letter"]["blocks"])
        found = rule or (mention.search(letter_text) if mention is not None else None)
        if found:
            data["rule"] = int(found[1])
            s.doubt(None, "import.rule_from_text", rule=data["rule"])
    if "item_title" not in data:
        quoted = re.search(r"[“«„\"]([^”»“\"]{10,})[”»“\"]",
                           " ".join(b.get("text", "") for b in data["letter"]["blocks"][:2]))
        data["item_title"] = quoted[1] if quoted else ""
        s.doubt(None, "import.title_from_quotation" if quoted else "import.title_missing")
    letter = data["letter"]
    if "date" not in letter:
        letter["date"] = dt.date.today().isoformat()
        s.doubt(None, "import.date_missing")
    if "session" not in data:
        day = dt.date.fromisoformat(letter["date"])
        data["session"] = session_for(int(data.get("rule", 15)), day)
        s.doubt(None, "import.session_from_date", rule=int(data.get("rule", 15)),
                session=data["session"])
    if "requesting_states" not in data:
        states = [sender["state"] for sender in letter["senders"] if sender.get("state")]
        data["requesting_states"] = states or [""]
        s.doubt(None, "import.state_missing")
    if data.get("original_language") not in {language.value for language in Language}:
        data["original_language"] = data["language"]


_ORDER = ("format_version", "session", "rule", "kind", "item_title", "parent_item",
          "agenda_item", "symbol", "distribution", "issue_date", "original_language",
          "language", "job_number", "requesting_states", "letter", "annexes")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in sorted(data, key=lambda k: _ORDER.index(k)
                                             if k in _ORDER else len(_ORDER))}
