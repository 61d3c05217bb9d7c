"""Findings as codes: what is wrong, where, how badly, with which values; and their words.

A finding is `(code, path, severity, params)`. Its words come from one catalogue,
`MESSAGES`, which maps each code to an English template; the command line prints the
English, the window shows the template's translation (Qt Linguist reads this module: every
template is marked with `QT_TRANSLATE_NOOP` in the "findings" context) with the same values.
Nothing ever parses a message back: a reworded template keeps its code, so a translation
can go stale but is never silently lost. A code the catalogue does not know (pydantic's own
error types that the model is not expected to produce) carries its English text as
`fallback` and is shown as that, never dropped.

Both the model's validation errors (`model.project.FieldError`) and the checks' findings
(`checks`) are built from here; this module is pure (no Qt), below the model.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic_core import PydanticCustomError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for Qt Linguist, which reads this module; the window translates it in
    *context*, the command line prints it as it is."""
    del context
    return text


# The value of a message's {name}: numbers and text as they are, dates as the language
# writes them (`DATE`), a tuple of texts as a list ("China, Kazakhstan").
Param = str | int | dt.date | tuple[str, ...]

#: How a date is written inside a message: {day}, {month} (a number), {month_name} (in
#: English), {year}; the translation may reorder or leave out any of them.
DATE = QT_TRANSLATE_NOOP("findings", "{day} {month_name} {year}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

# code -> English template. Codes are stable (scripts read them from `check --format
# json`); templates may be reworded, and then need translating again (`make translations`).
MESSAGES: dict[str, str] = {
    # ----------------------------------------------------------------- the project file
    "file.unreadable": QT_TRANSLATE_NOOP("findings", "cannot read the file: {reason}"),
    "file.not_utf8": QT_TRANSLATE_NOOP("findings", "the file is not UTF-8 text ({reason})"),
    "file.not_json": QT_TRANSLATE_NOOP(
        "findings", "not valid JSON: {problem} at line {line}, column {column}"),
    "file.not_object": QT_TRANSLATE_NOOP("findings",
                                         "a project file must hold one JSON object"),
    "file.too_deep": QT_TRANSLATE_NOOP("findings", "the file is nested too deeply"),
    "file.duplicate_key": QT_TRANSLATE_NOOP(
        "findings", "duplicate key '{key}' in {object}; keep one of them"),
    "file.duplicate_key_times": QT_TRANSLATE_NOOP(
        "findings", "duplicate key '{key}' in {object} ({count} times); keep one of them"),
    "file.duplicate_key_top": QT_TRANSLATE_NOOP(
        "findings", "duplicate key '{key}' at the top level of the file; keep one of them"),
    "file.duplicate_key_top_times": QT_TRANSLATE_NOOP(
        "findings", "duplicate key '{key}' at the top level of the file ({count} times); "
                    "keep one of them"),
    "version.not_whole_number": QT_TRANSLATE_NOOP("findings",
                                                  "must be a whole number, not {given}"),
    "version.too_new": QT_TRANSLATE_NOOP(
        "findings", "{version} is newer than this version of cica-desktop reads "
                    "({supported}); update cica-desktop"),
    "version.unknown": QT_TRANSLATE_NOOP("findings", "{version} is not a known format version"),
    # ------------------------------------------------- fields (from pydantic's error types)
    "field.missing": QT_TRANSLATE_NOOP("findings", "is required but missing"),
    "field.unknown": QT_TRANSLATE_NOOP("findings", "is not a field of this format (misspelt?)"),
    "kind.unknown": QT_TRANSLATE_NOOP("findings",
                                      "unknown kind '{tag}'; expected one of {expected}"),
    "kind.missing": QT_TRANSLATE_NOOP("findings",
                                      "does not say what kind it is ({discriminator} is missing)"),
    "value.not_text": QT_TRANSLATE_NOOP("findings", "Input should be a valid string"),
    "value.not_object": QT_TRANSLATE_NOOP("findings", "Input should be a valid dictionary"),
    "value.not_list": QT_TRANSLATE_NOOP("findings", "Input should be a valid list"),
    "value.not_whole_number": QT_TRANSLATE_NOOP("findings", "must be a whole number"),
    "value.not_true_false": QT_TRANSLATE_NOOP("findings", "must be true or false"),
    "value.not_date": QT_TRANSLATE_NOOP("findings", "is not a valid date (YYYY-MM-DD)"),
    "value.not_one_of": QT_TRANSLATE_NOOP("findings", "must be one of {expected}"),
    "value.too_small": QT_TRANSLATE_NOOP("findings", "must be {minimum} or more"),
    "value.too_large": QT_TRANSLATE_NOOP("findings", "must be {maximum} or less"),
    "value.bad_form": QT_TRANSLATE_NOOP("findings", "is not in the expected form"),
    "value.too_long": QT_TRANSLATE_NOOP("findings",
                                        "may be at most {maximum} characters long"),
    "list.too_short": QT_TRANSLATE_NOOP("findings", "needs at least {minimum} item(s)"),
    "list.too_long": QT_TRANSLATE_NOOP("findings", "may have at most {maximum} item(s)"),
    # ------------------------------------------------------- fields (the model's own rules)
    "text.too_long": QT_TRANSLATE_NOOP(
        "findings", "text is {length:,} characters long; the limit is {limit:,}"),
    "text.bad_character": QT_TRANSLATE_NOOP(
        "findings", "contains the control or non-character {character} at position "
                    "{position}; remove it (it cannot be printed)"),
    "text.line_break": QT_TRANSLATE_NOOP("findings",
                                         "must be a single line (it contains a line break)"),
    "text.empty": QT_TRANSLATE_NOOP("findings", "must not be empty"),
    "letter.state_missing": QT_TRANSLATE_NOOP(
        "findings", "each of several representatives must name the State they represent"),
    "resolution.too_deep": QT_TRANSLATE_NOOP(
        "findings", "sub-paragraphs go two levels deep at most ((a), then (i))"),
    "list.too_deep": QT_TRANSLATE_NOOP("findings", "lists nest three levels deep at most"),
    "table.row_length": QT_TRANSLATE_NOOP("findings",
                                          "has {cells} cells; the header has {header}"),
    # --------------------------------------------------------------------- checks/
    "rule20.memorandum": QT_TRANSLATE_NOOP(
        "findings", "rule 20 asks for an explanatory memorandum with every item proposed "
                    "for the agenda; the package has none"),
    "rule20.draft_resolution": QT_TRANSLATE_NOOP(
        "findings", "rule 20 suggests a draft resolution where possible; the package has "
                    "none"),
    "session.rule": QT_TRANSLATE_NOOP(
        "findings", "a rule {rule} request dated {date} is for session {expected}; the "
                    "package names session {session}"),
    "session.rule13": QT_TRANSLATE_NOOP(
        "findings", "a rule 13 request must come before the provisional agenda of session "
                    "{session} is issued, 60 days before the session opens on {opening}; the "
                    "letter is dated {date}, {days} days before: rule {instead} applies"),
    "session.rule14": QT_TRANSLATE_NOOP(
        "findings", "a rule 14 request is made at least 30 days before the session opens; "
                    "session {session} opens on {opening}, {days} days after the letter's "
                    "date ({date}): rule {instead} applies"),
    "session.rule15": QT_TRANSLATE_NOOP(
        "findings", "a rule 15 request is made less than 30 days before the session opens "
                    "or during it; session {session} opens on {opening}, {days} days after "
                    "the letter's date ({date}): rule {instead} applies"),
    "session.open": QT_TRANSLATE_NOOP(
        "findings", "session {session} opened on {opening}, before the letter's date "
                    "({date}); during a session an item is requested under rule {instead}"),
    "session.rule14_early": QT_TRANSLATE_NOOP(
        "findings", "session {session} opens on {opening}, {days} days after the letter's "
                    "date ({date}); until its provisional agenda is issued, 60 days before "
                    "the opening, an item is requested for it under rule {instead}"),
    "session.rule13_early": QT_TRANSLATE_NOOP(
        "findings", "the next provisional agenda to be issued after {date} is that of "
                    "session {expected}; the package names session {session}"),
    "signatories.order": QT_TRANSLATE_NOOP(
        "findings", "several signatories sign in the alphabetical order of their countries: "
                    "{order}"),
    "signatories.state": QT_TRANSLATE_NOOP("findings",
                                           "{state} is not among the requesting States"),
    "export.resolution_symbol_blank": QT_TRANSLATE_NOOP(
        "findings", "the standalone draft resolution has no symbol: its masthead and running "
                    "heads print none (the UN assigns it, e.g. A/C.6/80/L.2)"),
    "states.un_name": QT_TRANSLATE_NOOP(
        "findings", "UN documents write this State “{expected}”, not “{state}”"),
    "dates.issued_before_letter": QT_TRANSLATE_NOOP(
        "findings", "the document is issued on {issued}, before the letter's date, {date}"),
    "dates.annexed_letter_after_cover": QT_TRANSLATE_NOOP(
        "findings", "this annexed letter is dated {date}, after the cover letter of {cover}"),
    "resolution.operative_verb": QT_TRANSLATE_NOOP(
        "findings", "an operative paragraph opens with a verb in the present tense, in "
                    "italics (Decides, Requests); this one has none"),
    "resolution.operative_participle": QT_TRANSLATE_NOOP(
        "findings", "“{verb}” is the form of a preambular paragraph; an operative paragraph "
                    "opens with a verb in the present tense (Notes, not Noting)"),
    "resolution.operative_end": QT_TRANSLATE_NOOP(
        "findings", "an operative paragraph ends with a semicolon, the last one with a full "
                    "stop: here “{expected}”, not “{found}”"),
    "resolution.operative_end_missing": QT_TRANSLATE_NOOP(
        "findings", "an operative paragraph ends with a semicolon, the last one with a full "
                    "stop: “{expected}” is missing here"),
    "resolution.subparagraph_end": QT_TRANSLATE_NOOP(
        "findings", "a sub-paragraph ends with a semicolon, the last one as its paragraph "
                    "ends: here “{expected}”, not “{found}”"),
    "resolution.subparagraph_end_missing": QT_TRANSLATE_NOOP(
        "findings", "a sub-paragraph ends with a semicolon, the last one as its paragraph "
                    "ends: “{expected}” is missing here"),
    "resolution.introduces": QT_TRANSLATE_NOOP(
        "findings", "this text introduces sub-paragraphs, so it ends with “{expected}”, "
                    "not as a paragraph does"),
    "resolution.preambular_lead": QT_TRANSLATE_NOOP(
        "findings", "a preambular paragraph usually opens with a participle or adjective "
                    "phrase in italics (Recalling, Noting, Convinced)"),
    "resolution.preambular_verb": QT_TRANSLATE_NOOP(
        "findings", "“{lead}” reads as an operative verb; a preambular paragraph opens with a "
                    "participle or adjective phrase (Noting, not Notes)"),
    "resolution.preambular_end": QT_TRANSLATE_NOOP(
        "findings", "a preambular paragraph ends with a comma: here “{expected}”, not "
                    "“{found}”"),
    "resolution.preambular_end_missing": QT_TRANSLATE_NOOP(
        "findings", "a preambular paragraph ends with a comma: “{expected}” is missing here"),
    # ------------------------------------------------------------ checks/consistency
    "consistency.title_quoted": QT_TRANSLATE_NOOP(
        "findings", "the item's title is quoted as “{quoted}”; it is “{title}”"),
    "consistency.resolution_title": QT_TRANSLATE_NOOP(
        "findings", "the resolution is entitled “{resolution}”, the item “{title}”; a draft "
                    "resolution takes the item's title"),
    "consistency.running_title": QT_TRANSLATE_NOOP(
        "findings", "the running heads' title “{running}” is close to the item's title but "
                    "not it: “{title}”"),
    "consistency.running_title_other": QT_TRANSLATE_NOOP(
        "findings", "the running heads' title “{running}” has little of the item's title "
                    "(“{title}”) in it; is it from another request?"),
    "consistency.organization_spelling": QT_TRANSLATE_NOOP(
        "findings", "“{found}” is spelt “{name}” in the item's title"),
    "consistency.organization_invited": QT_TRANSLATE_NOOP(
        "findings", "the resolution invites “{invited}”; the item's title names “{name}”"),
    "consistency.letter_rule": QT_TRANSLATE_NOOP(
        "findings", "the letter cites rule {cited}; the request is made under rule {rule}"),
    "consistency.letter_session": QT_TRANSLATE_NOOP(
        "findings", "the letter asks for the {named} session (session {number}); the package "
                    "names session {session}"),
    "consistency.annex_missing": QT_TRANSLATE_NOOP(
        "findings", "the letter mentions annex {annex}; the package has {count} annex(es)"),
    "consistency.annex_order": QT_TRANSLATE_NOOP(
        "findings", "the letter mentions annex {annex} after annex {before}; annexes are "
                    "numbered in the order the letter first mentions them"),
    "consistency.annex_memorandum": QT_TRANSLATE_NOOP(
        "findings", "the letter calls annex {annex} the explanatory memorandum, but annex "
                    "{annex} is not the memorandum"),
    "consistency.annex_resolution": QT_TRANSLATE_NOOP(
        "findings", "the letter calls annex {annex} the draft resolution, but annex {annex} "
                    "is not the draft resolution"),
    # ------------------------------------------------------------- checks/typography
    "typography.double_space": QT_TRANSLATE_NOOP(
        "findings", "two spaces in a row print as a gap; one is enough (a tab aligns)"),
    "typography.straight_quotes": QT_TRANSLATE_NOOP(
        "findings", "straight quotation marks (\"); this language uses {marks}"),
    "typography.straight_apostrophe": QT_TRANSLATE_NOOP(
        "findings", "a straight apostrophe ('); the printed one is ’"),
    "typography.foreign_quotes": QT_TRANSLATE_NOOP(
        "findings", "quotation marks {found} are not this language's; it uses {marks}"),
    "typography.latin_in_chinese": QT_TRANSLATE_NOOP(
        "findings", "English words in Chinese text: {words}"),
    # ------------------------------------------------------- the language templates
    "template.phrase_missing": QT_TRANSLATE_NOOP(
        "findings", "templates/lang/{language}.toml has no [{section}] {key}; the English "
                    "wording is used instead"),
    # ------------------------------------------------- spelling (check --spelling)
    "spelling.unknown": QT_TRANSLATE_NOOP(
        "findings", "“{word}” is not in the dictionary; did you mean: {suggestions}?"),
    "spelling.unknown_no_suggestion": QT_TRANSLATE_NOOP(
        "findings", "“{word}” is not in the dictionary"),
    "spelling.no_dictionary": QT_TRANSLATE_NOOP(
        "findings", "no {language} dictionary is installed, so {language} text is not "
                    "spell-checked (looked in {folders})"),
    "spelling.not_checked": QT_TRANSLATE_NOOP(
        "findings", "{language} text is not spell-checked"),
}


def _plain(text: str) -> str:
    return text


#: Gives a template's text in the reader's language (identity: English).
Localise = Callable[[str], str]


def _shown(value: Param, localise: Localise) -> object:
    if isinstance(value, dt.date):
        return localise(DATE).format(day=value.day, month=value.month,
                                     month_name=_MONTHS[value.month - 1], year=value.year)
    if isinstance(value, tuple):
        return ", ".join(value)
    return value


def message_text(code: str, params: Mapping[str, Param], fallback: str = "",
                 localise: Localise = _plain) -> str:
    """The words for *code* with *params*, in English or through *localise*.

    A code outside the catalogue gives *fallback* (else the code itself); a translation that
    cannot be filled in (it names a value the finding lacks) gives the English.
    """
    template = MESSAGES.get(code)
    if template is None:
        return fallback or code
    for words in (localise, _plain):
        try:
            return words(template).format(**{name: _shown(value, words)
                                             for name, value in params.items()})
        except (KeyError, IndexError, ValueError):
            continue
    return fallback or code


def json_params(params: Mapping[str, Param]) -> dict[str, Any]:
    """*params* as JSON values: dates as ISO 8601 text, tuples as lists."""
    return {name: value.isoformat() if isinstance(value, dt.date)
            else list(value) if isinstance(value, tuple) else value
            for name, value in params.items()}


#: The value a fix puts into its field: text, a number, or null (the field's default).
FixValue = str | int | None


@dataclass(frozen=True)
class Fix:
    """The change that settles a finding: *value* put at the model path *path* (the
    window applies it as one undo step; `check` prints it)."""

    path: str
    value: FixValue

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "value": self.value}

    def __str__(self) -> str:
        return f"{self.path} = {json.dumps(self.value, ensure_ascii=False)}"


class Severity(StrEnum):
    ERROR = "error"  # the package cannot be produced (validation)
    WARNING = "warning"  # against the rules of procedure or UN practice
    NOTE = "note"  # worth a look; often deliberate


@dataclass(frozen=True)
class Finding:
    """What is wrong (*code*, with *params*), where (the model path) and how badly."""

    code: str
    path: str
    severity: Severity
    params: Mapping[str, Param] = field(default_factory=dict)
    #: The English text of a code outside the catalogue.
    fallback: str = ""
    #: The change that settles it, where one can be said for certain.
    fix: Fix | None = None

    def __hash__(self) -> int:
        # params is a mapping (its values are hashable): hashed by its items.
        return hash((self.code, self.path, self.severity, tuple(sorted(self.params.items())),
                     self.fallback, self.fix))

    @property
    def message(self) -> str:
        """In English, as the command line prints it."""
        return message_text(self.code, self.params, self.fallback)

    def text(self, localise: Localise = _plain) -> str:
        """In the language *localise* translates the catalogue's templates into."""
        return message_text(self.code, self.params, self.fallback, localise)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "path": self.path, "severity": self.severity.value,
                "params": json_params(self.params), "message": self.message,
                "fix": self.fix.as_json() if self.fix is not None else None}

    def __str__(self) -> str:
        return f"{self.path}: {self.severity.value}: {self.message}"


def invalid(code: str, at: str = "", **params: Param) -> PydanticCustomError:
    """The error a model validator raises: pydantic reports *code* as the error's type and
    *params* as its context, so the project loader builds the message from the catalogue.
    *at* names a sub-field of the validated value ("rows[2]") when the problem is there.
    """
    assert code in MESSAGES, f"{code} is not in the findings catalogue"
    context: dict[str, Any] = dict(params)
    if at:
        context["at"] = at
    # pydantic fills {name} in its template from the context; these are already filled in.
    return PydanticCustomError(code, message_text(code, params), context)


__all__ = ["DATE", "MESSAGES", "Finding", "Fix", "FixValue", "Localise", "Param", "Severity",
           "invalid", "json_params", "message_text"]
