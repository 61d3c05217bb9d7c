"""Language templates: every phrase compose emits, read from templates/lang/<code>.toml.

The templates are user-editable data, so they are rendered in Jinja2's sandbox with strict
undefined variables: a mistyped name fails loudly instead of printing nothing.

In a phrase, `*text*` marks emphasis (italic where the language italicises). That markup
belongs to the template alone: the values a phrase is given (a State, a signatory's name, a
place) have their asterisks marked as literal before the template sees them, so a State or
a signatory called `*Doe*` is printed with its asterisks, never in italics.

A language that lacks an entry of wording ([phrases], [masthead], [language_names]) borrows
English's, rendered as English renders it, and says so: the entry is a `Fallback`, noted for
the output being composed (`fallbacks_noted`) and listed for the project's language
(`template_findings`), a warning, never a failure. A setting ([language]) or a table of the
language's own has nothing to borrow and stays an error, as does an entry English lacks too.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ..collation import Collation
from ..document import Run
from ..findings import Finding, Severity
from .numerals import ordinal_words, roman, zh_numeral


class TemplateProblem(ValueError):
    """A language template is missing, unreadable or has a broken phrase."""


def templates_root() -> Path:
    return Path(str(resources.files("cica_desktop.templates")))


#: The language whose template every other one falls back on for wording it lacks.
ENGLISH = "en"
#: The sections of wording, whose entries English can lend to a language that lacks them.
#: [language] holds settings, and a language's own tables (Arabic's session ordinals) have
#: no English counterpart: what is missing there stays an error.
WORDING_SECTIONS = ("phrases", "masthead", "language_names")
#: Entries of those sections that are settings with a default of their own, not wording.
_SETTINGS = frozenset({("masthead", "date_language")})


@dataclass(frozen=True)
class Fallback:
    """An entry of wording *language*'s template lacks, English's being used instead."""

    language: str
    section: str
    key: str

    def finding(self) -> Finding:
        """A warning about the project's language (the field that chose the template)."""
        return Finding("template.phrase_missing", "language", Severity.WARNING,
                       {"language": self.language, "section": self.section,
                        "key": self.key})


#: The fallbacks used by the output being composed, when one is noting them.
_noted: ContextVar[list[Fallback] | None] = ContextVar("fallbacks_noted", default=None)


@contextmanager
def fallbacks_noted() -> Iterator[list[Fallback]]:
    """A list that collects, in order and once each, every fallback used within the block
    (in this thread or task)."""
    noted: list[Fallback] = []
    token = _noted.set(noted)
    try:
        yield noted
    finally:
        _noted.reset(token)


def _note(fallback: Fallback) -> None:
    noted = _noted.get()
    if noted is not None and fallback not in noted:
        noted.append(fallback)


#: What an asterisk of a value becomes while its phrase is rendered: a non-character, which
#: the model refuses in every text field, so no value can hold it already.
_LITERAL_ASTERISK = "\ufdd0"
#: An emphasis mark, or a stretch of text without one.
_MARKUP = re.compile(r"(\*)|([^*]+)")


def escape_markup(value: object) -> object:
    """*value* (text, or a list, tuple or mapping of texts) with its asterisks marked as
    literal, so the phrase it is inserted into prints them instead of reading emphasis.

    Applied to every value before a phrase is rendered, so filters, macros and joins in the
    template see the value and only the template's own asterisks are markup. Numbers, dates
    and booleans pass as they are; anything else is refused, since its text could not be
    checked.
    """
    match value:
        case str():
            return value.replace("*", _LITERAL_ASTERISK)
        case bool() | int() | float() | dt.date() | None:
            return value
        case list() | tuple():
            return [escape_markup(item) for item in value]
        case dict():
            return {key: escape_markup(item) for key, item in value.items()}
    raise TypeError(f"a phrase value must be text, a number, a date or a list of them, "
                    f"not {type(value).__name__}")


def parse_markup(marked: str) -> list[tuple[str, bool]]:
    """*marked* (a rendered phrase) as (text, emphasised) pieces, the values' asterisks
    restored.

    `*text*` is emphasis when text is not empty; an asterisk without a partner is printed
    as it is (as in "5 * 3"); an asterisk printed by an expression (`{{ '*' }}`) is text.
    """
    tokens: list[str | None] = [  # None is an emphasis mark
        None if mark else text for mark, text in _MARKUP.findall(marked)]
    pieces: list[tuple[str, bool]] = []

    def add(text: str, emphasised: bool) -> None:
        text = text.replace(_LITERAL_ASTERISK, "*")
        if pieces and pieces[-1][1] == emphasised:
            pieces[-1] = (pieces[-1][0] + text, emphasised)
        elif text:
            pieces.append((text, emphasised))

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token is not None:
            add(token, False)
            index += 1
            continue
        close = next((j for j in range(index + 1, len(tokens)) if tokens[j] is None), None)
        if close is None or close == index + 1:
            add("*", False)
            index += 1
            continue
        add("".join(str(inner) for inner in tokens[index + 1 : close]), True)
        index = close + 1
    return pieces


@dataclass(frozen=True)
class LanguageTemplate:
    code: str
    data: dict[str, Any]

    # -- settings -------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        try:
            return self.data["language"][key]
        except KeyError:
            raise TemplateProblem(
                f"templates/lang/{self.code}.toml: [language] {key} is missing") from None

    @property
    def italic_emphasis(self) -> bool:
        return bool(self.setting("italic_emphasis"))

    @cached_property
    def collation(self) -> Collation:
        """How the language alphabetises the names of States ([language.collation]), read
        once per template."""
        try:
            return Collation.from_settings(self.data.get("language", {}).get("collation"))
        except ValueError as exc:
            raise TemplateProblem(f"templates/lang/{self.code}.toml: {exc}") from None

    @property
    def lead_separator(self) -> str:
        return str(self.setting("lead_separator"))

    def language_name(self, code: str, in_language: str | None = None) -> str:
        template = self if in_language in (None, self.code) else load_language(str(in_language))
        source, _ = template.entry("language_names", code)
        return str(source)

    def date(self, value: dt.date, for_masthead: bool = False) -> str:
        """A date as the language writes it.

        Either a babel pattern (`date_pattern`), or a `date_template` (Jinja) with `day`,
        `month` (from `month_names` when given, e.g. Arabic's "تشرين الأول/أكتوبر", else
        babel's) and `year`, for forms babel lacks ("1er octobre", "3 октября 2007 года").
        """
        template = self
        if for_masthead:
            template = load_language(str(self.data.get("masthead", {}).get("date_language",
                                                                            self.code)))
        settings = template.data.get("language", {})
        locale = str(template.setting("babel_locale"))
        if "date_template" not in settings:
            pattern = str(template.setting("date_pattern"))
            return str(format_date(value, pattern, locale=locale))
        months = settings.get("month_names")
        month = (str(months[value.month - 1]) if months
                 else str(format_date(value, "MMMM", locale=locale)))
        return compiled(template.code, str(settings["date_template"])).render(
            day=value.day, month=month, year=value.year)

    def join_and(self, items: Sequence[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return (str(self.setting("list_separator")).join(items[:-1])
                + str(self.setting("list_last_separator")) + items[-1])

    def table_value(self, table: str, key: object) -> str:
        """An entry of a [table] of the template (e.g. Arabic session ordinals by number)."""
        try:
            return str(self.data[table][str(key)])
        except KeyError:
            raise TemplateProblem(
                f"templates/lang/{self.code}.toml: [{table}] has no entry {key}") from None

    # -- wording ----------------------------------------------------------------------------
    def section(self, name: str) -> dict[str, Any]:
        """The table [*name*] of the template; empty if it has none (or not as a table)."""
        table = self.data.get(name)
        return table if isinstance(table, dict) else {}

    def entry(self, section: str, key: str) -> tuple[object, LanguageTemplate]:
        """The template's *section*.*key*, and the template it comes from: this one, or
        English's for wording this one lacks (the fallback is noted)."""
        own = self.section(section)
        if key in own:
            return own[key], self
        missing = f"templates/lang/{self.code}.toml: [{section}] {key} is missing"
        if self.code == ENGLISH or section not in WORDING_SECTIONS:
            raise TemplateProblem(missing)
        english = load_language(ENGLISH).section(section)
        if key not in english:
            raise TemplateProblem(
                f"{missing}, and templates/lang/{ENGLISH}.toml has none to use instead")
        _note(Fallback(self.code, section, key))
        return english[key], load_language(ENGLISH)

    def fallbacks(self) -> tuple[Fallback, ...]:
        """Every entry of wording English has and this template lacks, in English's order
        (none for English itself)."""
        if self.code == ENGLISH:
            return ()
        english = load_language(ENGLISH)
        return tuple(Fallback(self.code, section, key)
                     for section in WORDING_SECTIONS
                     for key in english.section(section)
                     if key not in self.section(section)
                     and (section, key) not in _SETTINGS)

    # -- phrases ----------------------------------------------------------------------------
    def text(self, section: str, key: str, **values: Any) -> str:
        """An entry rendered as it is written, without phrase markup (the masthead, the
        page label)."""
        return self._render(section, key, False, values)

    def _render(self, section: str, key: str, marked: bool, values: dict[str, Any]) -> str:
        # Borrowed wording is rendered as its own language renders it (English ordinals,
        # English language names, "and"), so it reads as English throughout.
        source, owner = self.entry(section, key)
        if marked:
            values = {name: escape_markup(value) for name, value in values.items()}
        try:
            return compiled(owner.code, str(source)).render(**values)
        except TemplateError as exc:
            raise TemplateProblem(
                f"templates/lang/{owner.code}.toml: [{section}] {key}: {exc}"
            ) from None

    def _pieces(self, key: str, values: dict[str, Any]) -> list[tuple[str, bool]]:
        return parse_markup(self._render("phrases", key, True, values))

    def phrase(self, key: str, **values: Any) -> str:
        """A phrase as plain text: emphasis dropped, the values exactly as given."""
        return "".join(text for text, _ in self._pieces(key, values))

    def phrase_runs(self, key: str, bold: bool = False, **values: Any) -> tuple[Run, ...]:
        """A phrase as runs; the template's *marked* parts are italic where the language
        italicises; the values are plain text, whatever they contain."""
        return tuple(Run(text, italic=self.italic_emphasis, bold=bold, emphasis=True)
                     if emphasised else Run(text, bold=bold)
                     for text, emphasised in self._pieces(key, values))


@cache
def environment(code: str) -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    env.filters["ordinal_words"] = lambda n, **kw: ordinal_words(int(n), code, **kw)
    env.filters["from_table"] = lambda n, table: load_language(code).table_value(table, n)
    env.filters["roman"] = lambda n: roman(int(n))
    env.filters["zh_numeral"] = lambda n: zh_numeral(int(n))
    env.filters["capitalize_first"] = lambda s: s[:1].upper() + s[1:]
    env.filters["join_and"] = lambda items: load_language(code).join_and(list(items))
    env.globals["language_name"] = lambda c, in_language=None: load_language(code).language_name(
        str(c), in_language)
    return env


@lru_cache(maxsize=4096)
def compiled(code: str, source: str) -> Template:
    """*source* compiled once for the filters of language *code*: Jinja compiles a
    template to Python code, which takes longer than rendering it, and every compose
    renders the same few hundred wordings."""
    return environment(code).from_string(source)


@cache
def load_language(code: str) -> LanguageTemplate:
    path = templates_root() / "lang" / f"{code}.toml"
    if not path.is_file():
        raise TemplateProblem(
            f"no language template for '{code}' (expected templates/lang/{code}.toml)"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateProblem(f"templates/lang/{code}.toml: {exc}") from None
    return LanguageTemplate(code, data)


def template_findings(code: str) -> list[Finding]:
    """A warning for each entry of wording the template of *code* lacks (English's is used
    instead). A template that cannot be read gives none: building says what is wrong with
    it (exit 3), and the project itself is not at fault."""
    try:
        return [fallback.finding() for fallback in load_language(code).fallbacks()]
    except TemplateProblem:
        return []
