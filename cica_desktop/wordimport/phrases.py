"""The fixed wording of each language, read backwards: matchers built from the same language
templates compose writes with (templates/lang/*.toml), so the import recognises exactly what
the export prints ("Annex II", "Sixty-second session", "Letter dated … from …") and a new
wording in a template is recognised without a change here.

A phrase with values is rendered with private-use sentinels in place of the values and
turned into a regular expression whose groups stand where the sentinels were.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..compose.kinds import load_kinds
from ..compose.language import (
    LanguageTemplate,
    TemplateProblem,
    load_language,
)
from ..model import Language

LANGUAGES = tuple(language.value for language in Language)
ADDRESSEES = ("secretary_general", "president_of_the_general_assembly")
_DATE, _STATE, _NAME = "\ue010", "\ue011", "\ue012"
#: How many annexes, sessions and agenda items are looked for.
MAX_ANNEXES, MAX_SESSION = 30, 200
#: Forms of a State's name that lead a template's grammar (French "du"/"de la"/"de l’",
#: Arabic's article) down each of its branches; the sentinel is the rest of the name.
_STATE_FORMS = (_STATE, f"{_STATE}e", f"le {_STATE}", f"les {_STATE}", f"la {_STATE}",
                f"l’{_STATE}", *(f"{v}{_STATE}" for v in "AEIOUÉÎ"), f"ال{_STATE}")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


def normal(text: str) -> str:
    """*text* compared loosely: NFC, every kind of space one space, ends stripped."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """*text* as fixed wording is compared: `normal`, and a straight apostrophe taken for
    the typographic one the templates write ("l'Organisation" is "l’Organisation")."""
    return normal(text).replace("'", "’")


def _pattern(rendered: str, groups: dict[str, str]) -> str:
    """*rendered* (with sentinels) as a regular expression, spaces matching any space and
    an apostrophe either apostrophe."""
    out = re.escape(normal(rendered)).replace(r"\ ", " ").replace(" ", r"\s+")
    out = out.replace("’", "['’]")
    for sentinel, group in groups.items():
        out = out.replace(re.escape(sentinel), group).replace(sentinel, group)
    return out


@dataclass(frozen=True)
class Heading:
    """A letter heading the template writes: its regular expression and what it says."""

    pattern: re.Pattern[str]
    sender_role: str
    gender: str
    addressee: str
    #: The State's name with the sentinel where the captured part goes.
    state_form: str


class Phrases:
    """The matchers of one language."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.t: LanguageTemplate = load_language(code)
        t = self.t
        self.annexes = _numbered(t, "annex", "number", MAX_ANNEXES)
        self.sessions = _numbered(t, "session", "session", MAX_SESSION)
        self.memorandum = normal(t.phrase("memorandum"))
        self.draft_resolution = normal(t.phrase("draft_resolution"))
        self.enclosure = normal(t.phrase("enclosure"))
        self.organ_line = normal(t.phrase("organ_line"))
        self.lead_lower = t.data.get("language", {}).get("lead_case") == "lower"
        self.lead_separator = t.lead_separator
        signed = normal(t.phrase("signed_name", name=_NAME))
        self.signed = re.compile("^" + _pattern(signed, {_NAME: "(?P<name>.+?)"}) + "$")
        self.agenda_item = re.compile("^" + _pattern(t.phrase("agenda_item", number=_NAME),
                                                     {_NAME: r"(?P<n>\d{1,3})"}) + "$")
        self.originals = {normal(t.phrase("original_mark", language=code)): code
                          for code in LANGUAGES}
        self.place_date = re.compile("^" + _pattern(
            t.phrase("place_date", place=_STATE, date=_DATE),
            {_STATE: "(?P<place>.+?)", _DATE: "(?P<date>.+?)"}) + "$")

    # ------------------------------------------------------------------ the mission's letter
    @property
    def reference(self) -> re.Pattern[str]:
        """"No. 123/2007": the reference in group "reference"."""
        return _reference(self.code)

    def mission_addressees(self) -> dict[str, tuple[str, ...]]:
        """The lines of the addressee each addressee is written to, by addressee."""
        return {addressee: tuple(
                    fold(line)
                    for line in self.t.phrase(f"mission_addressee_{addressee}").split("\n")
                    if line.strip())
                for addressee in ADDRESSEES}

    def salutations(self) -> dict[str, str]:
        return {fold(self.t.phrase(f"salutation_{addressee}")): addressee
                for addressee in ADDRESSEES}

    def closings(self) -> dict[str, bool]:
        """Each closing formula, and whether it is the one of several senders."""
        out: dict[str, bool] = {}
        for several in (False, True):  # worded alike for one and several: one
            for addressee in ADDRESSEES:
                out.setdefault(fold(self.t.phrase("closing", addressee=addressee,
                                                  several=several)), several)
        return out

    # ------------------------------------------------------------------ request heading
    def request_heading(self, line: str) -> tuple[int, bool, int] | None:
        """What a request heading says: (rule, sub-item, session); None if *line* is none."""
        return _request_headings(self.code).get(fold(line))

    def is_organ_line(self, line: str) -> bool:
        return fold(line) == fold(self.organ_line)

    # ------------------------------------------------------------------ letter heading
    def letter_headings(self) -> tuple[Heading, ...]:
        return _letter_headings(self.code)

    # ------------------------------------------------------------------ dates
    def date(self, text: str, for_masthead: bool = False) -> dt.date | None:
        """The first date in *text* as the language (or the masthead) writes dates."""
        found = self.date_span(normal(text), for_masthead)
        return found[0] if found else None

    def date_span(self, text: str, for_masthead: bool = False
                  ) -> tuple[dt.date, int, int] | None:
        """The first date in *text* (already `normal`) and where it stands."""
        best: tuple[dt.date, int, int] | None = None
        for pattern, month in _date_patterns(self.code, for_masthead):
            for found in pattern.finditer(text):
                try:
                    day = dt.date(int(found["y"]), month, int(found["d"]))
                except ValueError:
                    continue
                if best is None or found.start() < best[1]:
                    best = (day, found.start(), found.end())
                break
        return best

    @property
    def known_leads(self) -> tuple[str, ...]:
        """The lead words and operative verbs of the language's standard wording
        (templates/kinds/<code>.toml), longest first."""
        return _known_leads(self.code)

    @property
    def known_verbs(self) -> tuple[str, ...]:
        """The operative verbs of the language's standard wording (templates/kinds), longest
        first: what an operative paragraph opens with ("Decides", "Prie")."""
        return _known_leads(self.code, ("verb",))

    def lead(self, word: str) -> str:
        """A lead word as the model stores it (Russian prints it lower case)."""
        return word[:1].upper() + word[1:] if self.lead_lower else word


@cache
def _reference(code: str) -> re.Pattern[str]:
    t = load_language(code)
    return re.compile("^" + _pattern(t.phrase("reference", reference=_NAME),
                                     {_NAME: "(?P<reference>.+)"}) + "$")


@cache
def _known_leads(code: str, keys: tuple[str, ...] = ("lead", "verb")) -> tuple[str, ...]:
    data = load_kinds(code)  # a broken or missing template is a TemplateProblem (exit 3)
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in keys and isinstance(inner, str) and inner.strip():
                    found.add(inner.strip())
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def _numbered(t: LanguageTemplate, key: str, name: str, most: int) -> dict[str, int]:
    """A numbered phrase ("Annex IV", "Sixty-second session") for each number the
    template can write, up to *most*."""
    out: dict[str, int] = {}
    for number in range(1, most + 1):
        try:
            out.setdefault(normal(t.phrase(key, **{name: number})), number)
        except TemplateProblem:  # a number a table of ordinals lacks (Arabic)
            continue
    return out


@cache
def phrases(code: str) -> Phrases:
    return Phrases(code)


@cache
def _date_patterns(code: str, for_masthead: bool) -> tuple[tuple[re.Pattern[str], int], ...]:
    t = load_language(code)
    out = []
    for month in range(12, 0, -1):  # "12" before "2" where months are numbers
        text = normal(t.date(dt.date(1999, month, 28), for_masthead=for_masthead))
        pattern = re.escape(text).replace("1999", r"(?P<y>\d{4})")
        pattern = pattern.replace("28", r"(?P<d>\d{1,2})(?:er)?", 1).replace(r"\ ", r"\s+")
        out.append((re.compile(pattern.replace(" ", r"\s+")), month))
    return tuple(out)


@cache
def _request_headings(code: str) -> dict[str, tuple[int, bool, int]]:
    t = load_language(code)
    out: dict[str, tuple[int, bool, int]] = {}
    for rule in (15, 14, 13):  # the same wording for two rules reads as the later one
        for sub in (False, True):
            key = f"request_sub_item_rule_{rule}" if sub else f"request_rule_{rule}"
            for session in range(1, MAX_SESSION + 1):
                try:
                    out.setdefault(fold(t.phrase(key, session=session)),
                                   (rule, sub, session))
                except TemplateProblem:  # a session a table of ordinals lacks (Arabic)
                    continue
    return out


def _heading_keys() -> Iterator[tuple[str, str, str]]:
    for role in ("permanent_representative", "charge_d_affaires", "representatives"):
        for gender in ("masculine", "feminine"):
            if role == "representatives" and gender == "feminine":
                continue
            suffix = "_feminine" if gender == "feminine" else ""
            yield f"letter_{role}{suffix}", role, gender


@cache
def _letter_headings(code: str) -> tuple[Heading, ...]:
    t = load_language(code)
    out: list[Heading] = []
    seen: set[str] = set()
    for key, role, gender in _heading_keys():
        for addressee in ADDRESSEES:
            addressee_text = t.phrase(f"addressee_{addressee}")
            for form in _STATE_FORMS:
                values: dict[str, object] = {"date": _DATE, "addressee": addressee_text}
                if role == "representatives":
                    values["states"] = [form]
                else:
                    values["state"] = form
                try:
                    rendered = t.phrase(key, **values)
                except TemplateProblem:
                    continue
                pattern = "^" + _pattern(rendered, {_STATE: "(?P<state>.+?)"}) + "$"
                if pattern in seen or "(?P<state>" not in pattern:
                    continue
                seen.add(pattern)
                out.append(Heading(re.compile(pattern), role, gender, addressee, form))
    return tuple(out)


def split_states(code: str, text: str) -> list[str]:
    """A joint letter's "A, B and C" as the language joins names, back into the names."""
    t = load_language(code)
    last = str(t.setting("list_last_separator"))
    separator = str(t.setting("list_separator"))
    head, _, tail = text.rpartition(last) if last.strip() and last in text else ("", "", text)
    names = [name for name in head.split(separator) if name.strip()] if head else []
    return [name.strip() for name in [*names, tail] if name.strip()]
