"""The names of the Member States and observer States in the six languages, as UN lists
write them and as a sentence writes them ("Netherlands (Kingdom of the)" / "the Kingdom of
the Netherlands", "Inde" / "l'Inde", "Irán (República Islámica del)" / "la República
Islámica del Irán").

The table is resources/states/names.tsv, made by scripts/make_state_names.py; where each
name comes from is its `source` column, explained in docs/STATE-NAMES.md. The window offers
these names while typing a State; the checks point out a State typed in another form (a
colloquial or CLDR name, or without the article a sentence needs) with the UN's form as
the fix.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from babel import Locale

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


@dataclass(frozen=True)
class StateName:
    code: str  # ISO 3166-1 alpha-2
    listed: str  # as a list of States writes it
    in_text: str  # as a sentence writes it, with its article
    source: str  # "UN", "CLDR", "… [V]" (docs/STATE-NAMES.md)


def table_path() -> Path:
    return Path(str(resources.files("cica_desktop.resources"))) / "states" / "names.tsv"


@cache
def _table() -> dict[str, tuple[StateName, ...]]:
    by_language: dict[str, list[StateName]] = {language: [] for language in LANGUAGES}
    with table_path().open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")),
                          delimiter="\t")
        next(rows)  # the header
        for code, language, listed, in_text, source in rows:
            by_language[language].append(StateName(code, listed, in_text, source))
    return {language: tuple(names) for language, names in by_language.items()}


def state_names(language: str) -> tuple[StateName, ...]:
    """Every State in *language*, in the order of the UN's English list."""
    return _table().get(language, ())


def typed_form(language: str, name: StateName) -> str:
    """What the window's State fields expect: the sentence form, except in French (the
    letter's heading adds "du", "de la", "des" itself and wants the listed name; a name a
    list inverts, "Iran (République islamique d’)", is typed as a sentence writes it,
    with its article) and Russian (the field takes the genitive case, which the table does
    not hold)."""
    if language == "fr":
        return name.in_text if "(" in name.listed else name.listed
    return name.listed if language == "ru" else name.in_text


def _accepted(language: str, name: StateName) -> dict[str, str]:
    """The forms of *name* a field may hold as they are, by key: the one it expects, and in
    French the sentence form with or without its article too (the heading's "de" reads an
    article typed, or adds it)."""
    forms = [typed_form(language, name)]
    if language == "fr":
        forms += [name.in_text, strip_article(name.in_text)]
    return {_key(form): form for form in forms}


def strip_article(name: str) -> str:
    """*name* without the lowercase article a sentence puts before it ("El Salvador"
    keeps its "El")."""
    for article in ("the ", "le ", "la ", "les ", "l’", "el ", "los ", "las "):
        if name.startswith(article):
            return name[len(article):]
    return name


def _key(name: str) -> str:
    """Case and the apostrophe's form ("Côte d'Ivoire", "Côte d’Ivoire") do not count."""
    return name.replace("'", "’").casefold()


@cache
def _variants(language: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Forms people type for a State (as keys) -> the form the field expects, and the
    forms accepted as they are (by key)."""
    if language == "ru":
        return {}
    territories = Locale(language).territories
    variants: dict[str, tuple[str, dict[str, str]]] = {}
    for name in state_names(language):
        found = (typed_form(language, name), _accepted(language, name))
        for variant in (name.listed, name.in_text, territories.get(name.code, "")):
            if variant:
                variants.setdefault(_key(variant), found)
    return variants


def un_form(language: str, typed: str) -> str | None:
    """The UN's form of a State typed otherwise ("Netherlands" -> "the Netherlands" in
    English, "韩国" -> "大韩民国", "The Gambia" -> "the Gambia"), or None when *typed* is
    already a form the field takes (a straight apostrophe is the quotes check's business)
    or is not a State the table knows."""
    text = typed.strip()
    found = _variants(language).get(_key(text))
    if found is None:
        return None
    expected, accepted = found
    form = accepted.get(_key(text))
    if form is not None:  # the same name: only its case may be to correct
        return None if text.replace("'", "’") == form else form
    return expected
