"""Language templates: every phrase compose emits, read from templates/lang/<code>.toml.

The templates are user-editable data, so they are rendered in Jinja2's sandbox with strict
undefined variables: a mistyped name fails loudly instead of printing nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ..document import Run
from .numerals import ordinal_words, roman, zh_numeral


class TemplateProblem(ValueError):
    """A language template is missing, unreadable or has a broken phrase."""


def templates_root() -> Path:
    return Path(str(resources.files("cica_desktop.templates")))


_EMPHASIS = re.compile(r"\*([^*]+)\*")


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

    @property
    def lead_separator(self) -> str:
        return str(self.setting("lead_separator"))

    def language_name(self, code: str, in_language: str | None = None) -> str:
        template = self if in_language in (None, self.code) else load_language(str(in_language))
        try:
            return str(template.data["language_names"][code])
        except KeyError:
            raise TemplateProblem(
                f"templates/lang/{template.code}.toml: [language_names] {code} is missing"
            ) from None

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
        return _environment(template.code).from_string(str(settings["date_template"])).render(
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

    # -- phrases ----------------------------------------------------------------------------
    def text(self, section: str, key: str, **values: Any) -> str:
        try:
            source = self.data[section][key]
        except KeyError:
            raise TemplateProblem(
                f"templates/lang/{self.code}.toml: [{section}] {key} is missing") from None
        try:
            return _environment(self.code).from_string(str(source)).render(**values)
        except TemplateError as exc:
            raise TemplateProblem(
                f"templates/lang/{self.code}.toml: [{section}] {key}: {exc}"
            ) from None

    def phrase(self, key: str, **values: Any) -> str:
        """A phrase as plain text (emphasis marks removed)."""
        return _EMPHASIS.sub(r"\1", self.text("phrases", key, **values))

    def phrase_runs(self, key: str, bold: bool = False, **values: Any) -> tuple[Run, ...]:
        """A phrase as runs; *marked* parts are italic where the language italicises."""
        text = self.text("phrases", key, **values)
        runs: list[Run] = []
        position = 0
        for match in _EMPHASIS.finditer(text):
            if match.start() > position:
                runs.append(Run(text[position : match.start()], bold=bold))
            runs.append(Run(match.group(1), italic=self.italic_emphasis, bold=bold,
                            emphasis=True))
            position = match.end()
        if position < len(text):
            runs.append(Run(text[position:], bold=bold))
        return tuple(runs)


@cache
def _environment(code: str) -> SandboxedEnvironment:
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
