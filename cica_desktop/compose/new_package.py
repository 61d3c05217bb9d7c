"""A new project's data: a request of one kind, in one language, with the standard wording
of its kind, rule and number of senders (compose/kinds.py, templates/kinds/<code>.toml);
and a new request made from an earlier one.

Nothing is invented: what the user has not given (a signatory's name, the memorandum, an
organization) stays blank, so the findings list it, and the window shows guidance there
(`NewRequest.hints`), never printed.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..collation import collate, unique
from ..model import FORMAT_VERSION, RequestKind
from .kinds import GUIDANCE, KINDS, MEMORANDUMS, KindWording, letter_key
from .language import TemplateProblem, load_language

#: A path into the project data, as tuples of keys and indexes.
DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class RequestSpec:
    """What the gallery (File ▸ New request) and `cica-desktop new` ask for."""

    kind: RequestKind
    session: int
    date: dt.date
    language: str = "en"
    rule: int = 15
    #: The requesting States, one signature block each, in the alphabetical order of the
    #: language (the order they sign in); several make a joint letter.
    states: tuple[str, ...] = ()
    organization: str = ""
    item_title: str = ""
    #: For a sub-item: the existing item's title (a cooperation request has a default).
    parent_item: str = ""
    paper: str = "letter"
    #: Whether the package has a draft resolution; None: as the kind has it.
    draft_resolution: bool | None = None


@dataclass(frozen=True)
class NewRequest:
    data: dict[str, Any]
    #: Guidance for the blank paragraphs, by path (shown as hints, never printed).
    hints: dict[DataPath, str] = field(default_factory=dict)


def _senders(states: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"name": "", "titles": [], "state": state, "signed": True,
             "gender": "masculine", "signature_image": ""} for state in (states or ("",))]


def in_signing_order(states: tuple[str, ...], language: str) -> tuple[str, ...]:
    """*states* in the alphabetical order of *language* (its template's
    [language.collation]), the order in which the representatives of a joint letter sign."""
    return tuple(collate(unique(states), load_language(language).collation))


def has_resolution(spec: RequestSpec) -> bool:
    info = KINDS[spec.kind]
    if spec.draft_resolution is None or not info.resolution_optional:
        return info.resolution
    return spec.draft_resolution


def new_request(spec: RequestSpec) -> NewRequest:
    """The raw project data (format 3) of a new request, and the hints of its blanks."""
    info = KINDS[spec.kind]
    states = in_signing_order(tuple(s.strip() for s in spec.states if s.strip()),
                              spec.language)
    several = len(states) > 1
    wording = KindWording(spec.language, session=spec.session,
                          organization=spec.organization.strip())
    item_title = spec.item_title.strip() or wording.default("item_title", spec.kind.value)
    parent_item = spec.parent_item.strip() or (
        wording.default("parent_item", spec.kind.value) if info.sub_item else "")
    wording = KindWording(spec.language, session=spec.session, item_title=item_title,
                          parent_item=parent_item, organization=spec.organization.strip())
    resolution = has_resolution(spec)
    hints: dict[DataPath, str] = {}

    def text(path: DataPath, value: Any) -> str:
        if value.hint:
            hints[path] = value.hint
        return str(value.text)

    letter_blocks = [
        {"type": "paragraph", "numbered": False,
         "text": text(("letter", "blocks", index, "text"), wording.letter(several, key))}
        for index, key in enumerate((letter_key(spec.kind, spec.rule),
                                     "rule_20" if resolution else "rule_20_memorandum",
                                     "circulation"))]
    memorandum: list[dict[str, Any]] = []
    for index, (block, guidance) in enumerate(MEMORANDUMS[spec.kind]):
        hints[("annexes", 0, "blocks", index, "text")] = GUIDANCE[guidance]
        memorandum.append({"type": "heading", "level": 1, "text": ""} if block == "heading"
                          else {"type": "paragraph", "numbered": True, "text": ""})
    annexes: list[dict[str, Any]] = [{"kind": "memorandum", "blocks": memorandum}]
    if resolution:
        preambular, operative = wording.resolution(spec.kind)
        annexes.append({
            "kind": "draft_resolution",
            "preambular": [{"lead": lead, "text": text(("annexes", 1, "preambular", i, "text"),
                                                       value)}
                           for i, (lead, value) in enumerate(preambular)],
            "operative": [{"verb": verb, "text": text(("annexes", 1, "operative", i, "text"),
                                                      value)}
                          for i, (verb, value) in enumerate(operative)]})
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "session": spec.session,
        "rule": spec.rule,
        "kind": spec.kind.value,
        "item_title": item_title,
        "parent_item": parent_item,
        "language": spec.language,
        "original_language": spec.language,
        "requesting_states": list(states) or [""],
        "paper": spec.paper,
        "letter": {
            "date": spec.date.isoformat(),
            "sender_role": "representatives" if several else "permanent_representative",
            "senders": _senders(states),
            "blocks": letter_blocks,
        },
        "annexes": annexes,
    }
    return NewRequest(data, hints)


# ------------------------------------------------------------------ the senders' wording


def several_senders(role: object) -> bool:
    """Whether a letter sent by *role* speaks for several senders ("we", "our
    Governments")."""
    return role == "representatives"


def letter_wordings(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Every standard letter paragraph of *data*'s language, with its values, by key, as
    (one signatory, several signatories): each kind's request under each rule, rule 20
    with and without a draft resolution, circulation. Paragraphs that name a blank value
    are left out."""
    letter = data.get("letter") if isinstance(data.get("letter"), dict) else {}
    senders = letter.get("senders") if isinstance(letter, dict) else None
    first = senders[0] if isinstance(senders, list) and senders and \
        isinstance(senders[0], dict) else {}
    session = data.get("session")
    wording = KindWording(str(data.get("language") or "en"),
                          session=session if isinstance(session, int) else 1,
                          item_title=str(data.get("item_title") or ""),
                          parent_item=str(data.get("parent_item") or ""),
                          feminine=first.get("gender") == "feminine")
    pairs: dict[str, tuple[str, str]] = {}
    for key in wording.letter_keys():
        one, several = wording.letter(False, key).text, wording.letter(True, key).text
        if one and several:
            pairs[key] = (one, several)
    return pairs


# ------------------------------------------------------------------ from an earlier request


def from_earlier(earlier: dict[str, Any], *, session: int, date: dt.date,
                 rule: int | None = None) -> dict[str, Any]:
    """A new request from an earlier one's data (format 3): its text kept; what belongs to
    the earlier request cleared.

    - Session (and rule, if given) and the letter's date are the new ones; standard
      paragraphs of the letter and of the draft resolution that still read exactly as they
      did for the earlier session (and rule) are written for the new ones.
    - Cleared: the symbol, job number, issue date and agenda item; the letter's reference;
      the draft resolution's symbol; annexed letters' dates; place-and-date lines take the
      new date.
    - Signatories keep their State, titles and gender; their names and scanned signatures
      are cleared (a letter must never go out under a predecessor's name or signature): the
      names become findings until filled in.
    """
    data = copy.deepcopy(earlier)
    before = letter_wordings(data)
    old_rule = data.get("rule")
    resolution_before = _resolution_wordings(data)
    data["session"] = session
    if rule is not None:
        data["rule"] = rule
    for key in ("symbol", "job_number", "issue_date", "agenda_item"):
        data.pop(key, None)
    letter = data.get("letter")
    if isinstance(letter, dict):
        letter["date"] = date.isoformat()
        letter["reference"] = ""
        _clear_signatories(letter.get("senders"))
    for annex in data.get("annexes") or []:
        if not isinstance(annex, dict):
            continue
        if annex.get("kind") == "draft_resolution":
            annex.pop("symbol", None)
        if annex.get("kind") == "letter":
            annex["date"] = None
            _clear_signatories(annex.get("signatories"))
    _new_dates(data, date.isoformat())
    after = letter_wordings(data)
    if rule is not None and rule != old_rule:
        # The request that read as the earlier rule's reads as the new rule's.
        after = {key: after.get(_with_rule(key, old_rule, rule), pair)
                 for key, pair in after.items()}
    if isinstance(letter, dict):
        _restandardize(letter.get("blocks"), before, after)
    resolution_after = _resolution_wordings(data)
    earlier_places = {text: place for place, text in resolution_before.items()}
    for annex in data.get("annexes") or []:
        if isinstance(annex, dict) and annex.get("kind") == "draft_resolution":
            for part in ("preambular", "operative"):
                for paragraph in annex.get(part) or []:
                    text = paragraph.get("text") if isinstance(paragraph, dict) else None
                    place = earlier_places.get(text) if isinstance(text, str) else None
                    if place is not None and place in resolution_after:
                        paragraph["text"] = resolution_after[place]
    return data


def _with_rule(key: str, old: object, new: int) -> str:
    """The letter key *key* ("item_15") for rule *new*, if it is the request under *old*."""
    stem, _, number = key.rpartition("_")
    return f"{stem}_{new}" if stem and number == str(old) else key


def _resolution_wordings(data: dict[str, Any]) -> dict[tuple[str, int], str]:
    """The standard texts of the draft resolution of *data*'s kind, with its values, by
    their place ("operative", 2); nothing when the kind is not known."""
    try:
        kind = RequestKind(str(data.get("kind")))
        session = data.get("session")
        wording = KindWording(str(data.get("language") or "en"),
                              session=session if isinstance(session, int) else 1,
                              item_title=str(data.get("item_title") or ""),
                              parent_item=str(data.get("parent_item") or ""))
        preambular, operative = wording.resolution(kind)
    except (ValueError, TemplateProblem):
        return {}
    return {(part, index): text.text
            for part, paragraphs in (("preambular", preambular), ("operative", operative))
            for index, (_lead, text) in enumerate(paragraphs) if text.text}


def _clear_signatories(signatories: object) -> None:
    for signatory in signatories if isinstance(signatories, list) else []:
        if isinstance(signatory, dict):
            signatory["name"] = ""
            signatory["signature_image"] = ""


def _new_dates(node: object, date: str) -> None:
    """Every place-and-date block takes *date*."""
    if isinstance(node, dict):
        if node.get("type") == "place_date":
            node["date"] = date
        for value in node.values():
            _new_dates(value, date)
    elif isinstance(node, list):
        for value in node:
            _new_dates(value, date)


def _restandardize(blocks: object, before: dict[str, tuple[str, str]],
                   after: dict[str, tuple[str, str]]) -> None:
    """A paragraph that reads exactly as a standard paragraph did reads as it does now."""
    now = {old: new for key, old_pair in before.items() if key in after
           for old, new in zip(old_pair, after[key], strict=True)}
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict) and block.get("type") == "paragraph" and \
                block.get("text") in now:
            block["text"] = now[block["text"]]
