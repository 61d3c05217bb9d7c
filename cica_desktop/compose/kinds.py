"""The kinds of request and the rules they invoke: what each is (the words the window's
New request gallery and `cica-desktop new --help` show), the skeleton of a new request of
each kind, and its standard wording in each language, from templates/kinds/<code>.toml.

The descriptions and the guidance are interface text: English here, marked with
`QT_TRANSLATE_NOOP` in the "requests" context so Qt Linguist reads this module (Makefile,
`translations`); the command line prints them as they are. The standard wording is document
text, in the document's language, from the templates; each entry there names its source.
Guidance is never printed: a blank paragraph stays blank (a finding until it is filled in)
and the window shows its guidance as a hint.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from jinja2 import TemplateError, meta

from ..model import RequestKind
from .language import TemplateProblem, compiled, environment, templates_root


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for Qt Linguist, which reads this module; the window translates it in
    *context*, the command line prints it as it is."""
    del context
    return text


#: The context the window translates these strings in.
CONTEXT = "requests"


@dataclass(frozen=True)
class KindInfo:
    kind: RequestKind
    #: A short name ("Observer status for an organization").
    title: str
    #: What the request is for and what the new project holds, in a sentence or two.
    description: str
    #: Whether the request asks for a sub-item under an existing item.
    sub_item: bool = False
    #: Whether the package has a draft resolution unless the user says otherwise, and
    #: whether the user may leave it out.
    resolution: bool = True
    resolution_optional: bool = False
    #: Whether the standard wording names an organization.
    organization: bool = False


KINDS: dict[RequestKind, KindInfo] = {info.kind: info for info in (
    KindInfo(RequestKind.OBSERVER_STATUS,
             QT_TRANSLATE_NOOP("requests", "Observer status for an organization"),
             QT_TRANSLATE_NOOP(
                 "requests", "An intergovernmental organization asks to take part in the "
                 "sessions and the work of the General Assembly as an observer. The draft "
                 "resolution is the standard two-paragraph text; the memorandum presents the "
                 "organization."),
             organization=True),
    KindInfo(RequestKind.COOPERATION,
             QT_TRANSLATE_NOOP("requests", "Cooperation with an organization"),
             QT_TRANSLATE_NOOP(
                 "requests", "A sub-item on cooperation between the United Nations and a "
                 "regional or other organization, under the item “Cooperation between the "
                 "United Nations and regional and other organizations”. The draft resolution "
                 "asks for a report and puts the sub-item on a later agenda."),
             sub_item=True, organization=True),
    KindInfo(RequestKind.INTERNATIONAL_DAY,
             QT_TRANSLATE_NOOP("requests", "An international day, year or decade"),
             QT_TRANSLATE_NOOP(
                 "requests", "The General Assembly is asked to proclaim an international day, "
                 "year or decade. The draft resolution holds the usual paragraphs on its "
                 "observance and its cost; you write what is proclaimed and why.")),
    KindInfo(RequestKind.SUBSTANTIVE_ITEM,
             QT_TRANSLATE_NOOP("requests", "A new substantive item"),
             QT_TRANSLATE_NOOP(
                 "requests", "A new item on a question the General Assembly should consider. "
                 "Rule 20 asks for an explanatory memorandum; a draft resolution is added "
                 "only if you want one."),
             resolution=False, resolution_optional=True),
    KindInfo(RequestKind.SUB_ITEM,
             QT_TRANSLATE_NOOP("requests", "A sub-item under an existing item"),
             QT_TRANSLATE_NOOP(
                 "requests", "A sub-item to be considered under an item already on the "
                 "agenda: give the existing item’s title. A draft resolution is included; "
                 "you may leave it out."),
             sub_item=True, resolution_optional=True),
)}

#: The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request
#: meets: (short name, description).
RULES: dict[int, tuple[str, str]] = {
    13: (QT_TRANSLATE_NOOP("requests", "Rule 13: item in the provisional agenda"),
         QT_TRANSLATE_NOOP(
             "requests", "An item for the provisional agenda of the next regular session, "
             "proposed before the provisional agenda is issued (at least 60 days before the "
             "session opens).")),
    14: (QT_TRANSLATE_NOOP("requests", "Rule 14: supplementary item"),
         QT_TRANSLATE_NOOP(
             "requests", "A supplementary item, requested at least 30 days before the "
             "session opens.")),
    15: (QT_TRANSLATE_NOOP("requests", "Rule 15: additional item (important and urgent)"),
         QT_TRANSLATE_NOOP(
             "requests", "An additional item of an important and urgent character, requested "
             "less than 30 days before the session opens or during the session.")),
    20: (QT_TRANSLATE_NOOP("requests", "Rule 20: explanatory memorandum"),
         QT_TRANSLATE_NOOP(
             "requests", "Every item proposed for inclusion in the agenda is accompanied by "
             "an explanatory memorandum and, if possible, by basic documents or a draft "
             "resolution.")),
}

#: Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives
#: (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.
GUIDANCE: dict[str, str] = {
    "organization_history": QT_TRANSLATE_NOOP(
        "requests", "The organization: when and by whom it was founded, its members and "
        "its purposes."),
    "organization_work": QT_TRANSLATE_NOOP(
        "requests", "What the organization does, and where its work meets the work of the "
        "United Nations."),
    "cooperation_so_far": QT_TRANSLATE_NOOP(
        "requests", "Its cooperation with the United Nations so far (agreements, joint "
        "activities, earlier resolutions)."),
    "why_observer": QT_TRANSLATE_NOOP(
        "requests", "Why observer status in the General Assembly would serve that "
        "cooperation."),
    "why_cooperation": QT_TRANSLATE_NOOP(
        "requests", "Why a sub-item on this cooperation should be on the agenda, and what "
        "the resolution would achieve."),
    "day_subject": QT_TRANSLATE_NOOP(
        "requests", "The subject of the day, year or decade, and why it deserves "
        "international attention."),
    "day_date": QT_TRANSLATE_NOOP(
        "requests", "Why this date (or year, or decade), and who has observed it so far."),
    "day_support": QT_TRANSLATE_NOOP(
        "requests", "Support so far (States, organizations, earlier decisions), and that "
        "the observance will be met from voluntary contributions."),
    "heading": QT_TRANSLATE_NOOP(
        "requests", "A heading, if the memorandum has headings (e.g. Background); delete "
        "this block if it has none."),
    "background": QT_TRANSLATE_NOOP(
        "requests", "The background of the question: the facts and earlier decisions."),
    "why_now": QT_TRANSLATE_NOOP(
        "requests", "Why the General Assembly should consider it now (for rule 15: why it "
        "is important and urgent)."),
    "action": QT_TRANSLATE_NOOP(
        "requests", "What the General Assembly is asked to do."),
    "parent_item": QT_TRANSLATE_NOOP(
        "requests", "How the sub-item relates to the existing item, and why it should be "
        "considered under it."),
    "observer_resolution": QT_TRANSLATE_NOOP(
        "requests", "The resolution that granted the organization observer status, and "
        "earlier resolutions on this cooperation (number and date)."),
    "acknowledges": QT_TRANSLATE_NOOP(
        "requests", "What the organization contributes, in the Assembly's words."),
    "day_recalling": QT_TRANSLATE_NOOP(
        "requests", "The resolutions or instruments the proclamation builds on."),
    "day_recognizing": QT_TRANSLATE_NOOP(
        "requests", "Why the subject matters."),
    "day_proclaims": QT_TRANSLATE_NOOP(
        "requests", "to proclaim [the date] as [the name of the day], to be observed "
        "annually;"),
    "recalling": QT_TRANSLATE_NOOP(
        "requests", "The decisions and instruments the resolution builds on (or delete "
        "this paragraph)."),
    "operative": QT_TRANSLATE_NOOP(
        "requests", "What the General Assembly decides: an operative verb (Decides, "
        "Requests, Calls upon…) and its text."),
}

BlockType = Literal["heading", "paragraph"]

#: The memorandum of each kind: its blocks (numbered paragraphs, headings), each blank,
#: with the name of its guidance. The same in every language: it holds no words.
MEMORANDUMS: dict[RequestKind, tuple[tuple[BlockType, str], ...]] = {
    RequestKind.OBSERVER_STATUS: (("paragraph", "organization_history"),
                                  ("paragraph", "organization_work"),
                                  ("paragraph", "cooperation_so_far"),
                                  ("paragraph", "why_observer")),
    RequestKind.COOPERATION: (("paragraph", "organization_history"),
                              ("paragraph", "cooperation_so_far"),
                              ("paragraph", "why_cooperation")),
    RequestKind.INTERNATIONAL_DAY: (("paragraph", "day_subject"),
                                    ("paragraph", "day_date"),
                                    ("paragraph", "day_support")),
    RequestKind.SUBSTANTIVE_ITEM: (("heading", "heading"),
                                   ("paragraph", "background"),
                                   ("paragraph", "why_now"),
                                   ("paragraph", "action")),
    RequestKind.SUB_ITEM: (("paragraph", "parent_item"),
                           ("paragraph", "why_now"),
                           ("paragraph", "action")),
}

#: The values a standard text may name that the user may leave blank: a text naming one
#: that is blank stays blank (and the wording becomes its hint, "…" for the blank).
BLANKABLE = ("item_title", "parent_item", "organization")
#: What a blank value reads as in a hint.
ELLIPSIS = "…"


# ------------------------------------------------------------------ the templates


@dataclass(frozen=True)
class Wording:
    """A standard text: as printed in a new project (blank when a value it names is
    blank), and as a hint (the blanks shown as "…", or the guidance)."""

    text: str
    hint: str = ""


@cache
def load_kinds(code: str) -> dict[str, Any]:
    path = templates_root() / "kinds" / f"{code}.toml"
    if not path.is_file():
        raise TemplateProblem(f"no request template for '{code}' "
                              f"(expected templates/kinds/{code}.toml)")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateProblem(f"templates/kinds/{code}.toml: {exc}") from None


def _render(code: str, where: str, source: str, values: dict[str, Any]) -> str:
    try:
        return compiled(code, source).render(**values)
    except TemplateError as exc:
        raise TemplateProblem(f"templates/kinds/{code}.toml: {where}: {exc}") from None


def _names(code: str, source: str) -> set[str]:
    return meta.find_undeclared_variables(environment(code).parse(source))


class KindWording:
    """The standard wording of one language, with the values of one request."""

    def __init__(self, code: str, *, session: int, item_title: str = "",
                 parent_item: str = "", organization: str = "",
                 feminine: bool = False) -> None:
        self.code = code
        self.data = load_kinds(code)
        forms = self.data.get("forms", {})

        def session_words(number: int) -> str:
            return _render(code, "[forms] session", str(forms.get("session", "")),
                           {"n": number})

        self.values: dict[str, Any] = {
            "session": session_words(session), "next_session": session_words(session + 1),
            "report_session": session_words(session + 2), "item_title": item_title,
            "parent_item": parent_item, "organization": organization, "feminine": feminine}

    def _entry(self, section: str, key: str) -> str:
        table: Any = self.data
        for part in section.split("."):
            table = table.get(part, {}) if isinstance(table, dict) else {}
        if not isinstance(table, dict) or key not in table:
            raise TemplateProblem(f"templates/kinds/{self.code}.toml: [{section}] {key} "
                                  "is missing")
        return str(table[key])

    def wording(self, where: str, source: str, hint: str = "") -> Wording:
        """*source* rendered: blank (with the wording as its hint) when a value it names is
        blank; a blank source keeps its guidance as the hint."""
        if not source:
            return Wording("", GUIDANCE.get(hint, ""))
        blank = {name for name in _names(self.code, source) & set(BLANKABLE)
                 if not str(self.values[name]).strip()}
        if blank:
            shown = {**self.values, **dict.fromkeys(blank, ELLIPSIS)}
            return Wording("", _render(self.code, where, source, shown))
        return Wording(_render(self.code, where, source, self.values))

    def text(self, section: str, key: str) -> Wording:
        return self.wording(f"[{section}] {key}", self._entry(section, key))

    def default(self, section: str, key: str) -> str:
        """An optional default ([item_title], [parent_item]): "" when the template has none
        or a value it names is blank."""
        table = self.data.get(section, {})
        if key not in table:
            return ""
        return self.text(section, key).text

    def letter(self, several: bool, key: str) -> Wording:
        return self.text(f"letter.{'several' if several else 'one'}", key)

    def letter_keys(self) -> list[str]:
        return list(self.data.get("letter", {}).get("one", {}))

    def resolution(self, kind: RequestKind) -> tuple[list[tuple[str, Wording]],
                                                    list[tuple[str, Wording]]]:
        """The draft resolution's (lead, text) preambular and (verb, text) operative
        paragraphs."""
        table = self.data.get("resolution", {}).get(kind.value)
        if not isinstance(table, dict):
            raise TemplateProblem(f"templates/kinds/{self.code}.toml: [resolution."
                                  f"{kind.value}] is missing")
        where = f"[resolution.{kind.value}]"
        preambular = [(str(p.get("lead", "")), self.wording(where, str(p.get("text", "")),
                                                            str(p.get("hint", ""))))
                      for p in table.get("preambular", [])]
        operative = [(str(p.get("verb", "")), self.wording(where, str(p.get("text", "")),
                                                           str(p.get("hint", ""))))
                     for p in table.get("operative", [])]
        return preambular, operative


def letter_key(kind: RequestKind | None, rule: int) -> str:
    """The letter's request paragraph for *kind* under *rule*."""
    sub = kind is not None and KINDS[kind].sub_item
    return f"{'sub_item' if sub else 'item'}_{rule}"
