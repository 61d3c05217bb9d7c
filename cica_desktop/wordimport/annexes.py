"""The annexes: each read by what it holds (a memorandum, a draft resolution, a letter
with its enclosure), and said so in the report when its title does not say it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..checks.languages import RULES
from .blocks import Blocks, grid, pull_titles, signatory, signature_lines, split_signatories
from .phrases import Phrases, fold, normal
from .reader import Item, Para, Table
from .state import SHORT, State, ends_part, is_heading, letter_heading


def _annex_items(s: State) -> list[Item]:
    out: list[Item] = []
    while (item := s.peek()) is not None and not ends_part(s.p, item):
        out.append(s.take())
    return out


def _kind(p: Phrases, items: list[Item]) -> tuple[str, str]:
    """The annex's kind, and the report's code for why when its title does not say it
    ("" when it does)."""
    lines = [normal(item.text) for item in items[:4] if isinstance(item, Para)]
    if p.memorandum in lines:
        return "memorandum", ""
    if p.draft_resolution in lines:
        return "draft_resolution", ""
    paras = [item for item in items if isinstance(item, Para)]
    if any(p.is_organ_line(item.text) for item in paras):
        return "draft_resolution", "import.annex_organ_line"
    if any(p.signed.match(normal(item.text)) for item in paras) or any(
            letter_heading(p, normal(item.text)) for item in paras[:4]) or \
            any(item.style in ("Signature", "DateLine") for item in paras):
        return "letter", "import.annex_signed"
    return "memorandum", "import.annex_default"


def read_annex(s: State, number: int, heading: Para) -> dict[str, Any]:
    p = s.p
    items = _annex_items(s)
    kind, why = _kind(p, items)
    if why == "import.annex_organ_line":
        s.doubt(heading, why, number=number, organ_line=p.organ_line)
    elif why:
        s.doubt(heading, why, number=number)
    original: str | None = None
    if items and isinstance(items[0], Para) and normal(items[0].text) in p.originals:
        first = items.pop(0)
        original = p.originals[normal(first.text)] if isinstance(first, Para) else None
    sub = State(p, items, doubts=s.doubts)
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


def _memorandum(s: State) -> dict[str, Any]:
    p = s.p
    annex: dict[str, Any] = {"kind": "memorandum"}
    first = s.peek()
    if isinstance(first, Para) and normal(first.text) == p.memorandum:
        s.take()
    elif isinstance(first, Para) and is_heading(first) == 1 and first.style in ("H1", "HCh"):
        annex["title"] = s.take_text()
    else:
        annex["show_title"] = False
    blocks = Blocks(s, numbered_paragraphs=True)
    while s.peek() is not None:
        blocks.read(s.take())
    annex["blocks"] = blocks.blocks
    return annex


def _resolution(s: State) -> dict[str, Any]:
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
    while (item := s.peek()) is not None:
        s.take()
        if isinstance(item, Table):
            s.doubt(item, "import.table_in_resolution")
            text = "\n".join("\t".join(row) for row in item.rows)
            _resolution_text(s, item, text, preambular, operative)
            continue
        line = normal(item.text)
        if not organ_seen and not operative and not preambular:
            if p.is_organ_line(line) or (item.lead and line.endswith((",", "，", "،"))
                                         and len(line) < 60):
                organ_seen = True
                if not p.is_organ_line(line):
                    annex["organ_line"] = line
                continue
            if is_heading(item) or item.style == "H1":
                titles.append(line)
                continue
        label = item.label
        lead, text = _lead(p, item)
        if label is not None and label.style == "decimal":
            if not lead and (split := operative_verb(p, text)) is not None:
                lead, text = split  # typed plainly: the verb not set apart in italics
                s.doubt(item, "import.verb_split", verb=lead)
            operative.append({"verb": lead, "text": text})
            continue
        if label is not None and label.style in ("lettered", "roman") and operative:
            subs = operative[-1].setdefault("subparagraphs", [])
            if label.style == "roman" and subs:
                subs[-1].setdefault("subparagraphs", []).append({"text": item.text})
            else:
                subs.append({"text": item.text})
            continue
        split = operative_verb(p, item.text) if label is None and not lead else None
        if split is not None:
            lead, text = split
        if lead and label is None and is_operative_verb(p, lead):
            s.doubt(item, "import.read_as_operative", lead=lead)
            operative.append({"verb": lead, "text": text})
            continue
        if operative:
            s.doubt(item, "import.after_operative")
            operative[-1]["text"] += "\n" + item.text
            continue
        if not lead:
            s.doubt(item, "import.no_lead")
        preambular.append({"lead": lead, "text": text})
    if titles:
        annex["title"] = titles[-1]
        for extra in titles[:-1]:
            s.doubt(None, "import.title_kept", text=extra)
            preambular.insert(0, {"lead": "", "text": extra})
    annex["preambular"] = preambular
    annex["operative"] = operative
    return annex


#: Words the checks' English verb form ("…s", not "…ss" or "…us") takes for verbs that
#: open a sentence in other ways: never split off as a verb.
_NOT_VERBS = frozenset({"this", "its", "has", "was", "does", "always", "perhaps",
                        "sometimes", "towards", "afterwards", "besides", "nevertheless"})


def is_operative_verb(p: Phrases, word: str) -> bool:
    """*word* (a lead) is one of the language's operative verbs: a verb of its standard
    wording (templates/kinds), or of the form the checks take for one (checks/languages:
    "Welcomes", "постановляет")."""
    if any(fold(word) == fold(verb) or fold(word) == fold(verb).lower()
           for verb in p.known_verbs):
        return True
    rules = RULES.get(p.code)
    form = rules.operative_form if rules is not None else None
    first = word.split(" ", 1)[0]
    return form is not None and bool(form.match(first)) and first.lower() not in _NOT_VERBS


def operative_verb(p: Phrases, text: str) -> tuple[str, str] | None:
    """The operative verb *text* opens with, and the rest: a standard verb of the language
    (the longest that fits, "Accueille avec satisfaction" before "Accueille"), else a first
    word of the operative form; None if it opens with neither, or with nothing after it."""
    separator = p.lead_separator
    for verb in p.known_verbs:
        for form in (verb, verb[:1].lower() + verb[1:]) if p.lead_lower else (verb,):
            rest = text[len(form):]
            if fold(text[:len(form)]) == fold(form) and rest.strip() and (
                    not separator or rest.startswith(separator)):
                return p.lead(text[:len(form)]), rest[len(separator):].lstrip() \
                    if separator else rest
    if not separator:
        return None
    first, _, rest = text.partition(separator)
    if rest.strip() and first and is_operative_verb(p, first):
        return p.lead(first), rest.lstrip()
    return None


def _resolution_text(s: State, item: Item, text: str, preambular: list[dict[str, Any]],
                     operative: list[dict[str, Any]]) -> None:
    if operative:
        operative[-1]["text"] += "\n" + text
    else:
        preambular.append({"lead": "", "text": text})


def _lead(p: Phrases, item: Para) -> tuple[str, str]:
    """A paragraph's lead words and the rest: the italic words; in a language without
    italics (Chinese), the first run when our DOCX set them apart, else the longest lead
    word or verb of the language's standard wording (templates/kinds) it starts with."""
    lead = item.lead
    if not lead and not p.t.italic_emphasis:
        if 0 < len(item.first_run) <= 12:
            lead = item.first_run
        else:
            lead = next((word for word in p.known_leads if item.text.startswith(word)), "")
    if lead and len(lead) < len(item.text):
        rest = item.text[len(lead):]
        if rest.startswith(p.lead_separator):
            rest = rest[len(p.lead_separator):]
        return p.lead(lead.strip()), rest.lstrip() if p.lead_separator else rest
    return "", item.text


def _annexed_letter(s: State) -> dict[str, Any]:
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
    body = Blocks(s, numbered_paragraphs=False)
    signature: list[str] = []
    signatories: list[dict[str, Any]] = []
    while (item := s.peek()) is not None:
        if isinstance(item, Para) and normal(item.text) == p.enclosure:
            break
        s.take()
        if isinstance(item, Table) and (cells := grid(p, item)) is not None:
            signatories.extend(cells)
            continue
        if isinstance(item, Para) and signature_lines(s, item) and not signature:
            signature = [*pull_titles(s, body), item.text]
            continue
        if signature and isinstance(item, Para) and len(item.text) <= SHORT \
                and item.label is None and item.style in ("Signature", "JointSignature", ""
                                                          , "Normal", "SingleTxt"):
            signature.append(item.text)
            continue
        if signature:
            signatories.extend(signatory(p, b) for b in split_signatories(p, signature))
            signature = []
        body.read(item)
    if signature:
        signatories.extend(signatory(p, b) for b in split_signatories(p, signature))
    annex["blocks"] = body.blocks
    annex["signatories"] = signatories
    if s.peek() is not None:
        s.take()
        annex["enclosure"] = _enclosure(s)
    return annex


def _enclosure(s: State) -> dict[str, Any]:
    p = s.p
    enclosure: dict[str, Any] = {}
    first = s.peek()
    if isinstance(first, Para) and normal(first.text) in p.originals:
        enclosure["original_language"] = p.originals[s.take_text()]
        first = s.peek()
    if (isinstance(first, Para) and first.style in ("H1", "Title")) or (
            isinstance(first, Para) and is_heading(first) and first.style != "HCh"):
        assert isinstance(first, Para)
        enclosure["title"] = s.take_text()
    blocks = Blocks(s, numbered_paragraphs=False)
    while (item := s.peek()) is not None:
        if isinstance(item, Para) and item.style == "HCh":
            break
        blocks.read(s.take())
    enclosure["blocks"] = blocks.blocks
    if (item := s.peek()) is not None:
        assert isinstance(item, Para)
        s.take()
        inner = Blocks(s, numbered_paragraphs=False)
        while s.peek() is not None:
            inner.read(s.take())
        enclosure["annex"] = {"title": normal(item.text), "blocks": inner.blocks}
    return enclosure
