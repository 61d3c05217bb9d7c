"""The titles a signatory's title lines offer, per document language and gender, and the
States a State field offers.

The list is data of the language templates (`[titles]` in templates/lang/<code>.toml: each
entry a masculine and a feminine form), so a reviewer corrects it without touching code.
Titles are short, as the UN prints them under a name ("Ambassador", "Permanent
Representative"); "Permanent Representative of X to the United Nations" is a heading's
wording, not a title line.
"""

from __future__ import annotations

from ..compose.language import TemplateProblem, load_language
from ..model import Gender, Language
from ..state_names import state_names, typed_form

GENDERS = tuple(gender.value for gender in Gender)


def title_forms(language: str) -> list[dict[str, str]]:
    """The [titles] entries of *language*'s template, in file order, each as its forms by
    gender ({"masculine": …, "feminine": …}); entries that are not such a pair are left
    out. None for a language without a template."""
    try:
        section = load_language(language).section("titles")
    except TemplateProblem:
        return []
    forms: list[dict[str, str]] = []
    for entry in section.values():
        if isinstance(entry, dict) and all(isinstance(entry.get(g), str) and entry[g].strip()
                                           for g in GENDERS):
            forms.append({g: str(entry[g]) for g in GENDERS})
    return forms


def title_suggestions(language: str, gender: str = Gender.MASCULINE.value) -> list[str]:
    """The titles to offer a signatory of *gender* in a document in *language*: that
    gender's forms first, then the other gender's that differ, each once."""
    if language not in {code.value for code in Language}:
        return []
    wanted = gender if gender in GENDERS else Gender.MASCULINE.value
    order = [wanted, *(g for g in GENDERS if g != wanted)]
    suggestions: list[str] = []
    for form in order:
        for entry in title_forms(language):
            if entry[form] not in suggestions:
                suggestions.append(entry[form])
    return suggestions


def state_suggestions(language: str) -> list[str]:
    """The States to offer in a State field of a document in *language*: each in the form
    the field expects (docs/STATE-NAMES.md), in the order of the UN's English list."""
    return [typed_form(language, name) for name in state_names(language)]
