"""Typographic quotes and apostrophes as each language writes them (issue 12)."""

from __future__ import annotations

import pytest

from cica_desktop.quotes import NARROW_NBSP, has_straight_quotes, typographic

N = NARROW_NBSP


@pytest.mark.parametrize(("language", "typed", "written"), [
    ("en", 'an item entitled "Observer status"', "an item entitled “Observer status”"),
    ("en", "the Organization's work, don't", "the Organization’s work, don’t"),
    ("en", "the Member States' rights", "the Member States’ rights"),
    ("en", "he said 'now' (\"the item\")", "he said ‘now’ (“the item”)"),
    ("en", "in the '90s", "in the ’90s"),
    ("fr", 'intitulée "Statut d\'observateur"', f"intitulée «{N}Statut d’observateur{N}»"),
    ("fr", "l'Assemblée générale", "l’Assemblée générale"),
    ("es", 'titulado "Condición de observador"', "titulado «Condición de observador»"),
    ("ru", 'под названием "Статус наблюдателя"', "под названием «Статус наблюдателя»"),
    ("zh", '题为"亚信会议在大会的观察员地位"的项目', "题为“亚信会议在大会的观察员地位”的项目"),
    ("ar", 'بعنوان "مركز المراقب"', "بعنوان «مركز المراقب»"),
])
def test_straight_quotes_become_the_languages_marks(language: str, typed: str,
                                                    written: str) -> None:
    assert typographic(typed, language) == written
    assert not has_straight_quotes(typographic(typed, language))


def test_text_without_straight_quotes_is_left_alone() -> None:
    text = "«\u202fdéjà typographique\u202f» and “curly”"
    assert typographic(text, "fr") is text


def test_typing_twice_changes_nothing() -> None:
    once = typographic('the "item" and l\'Assemblée', "fr")
    assert typographic(once, "fr") == once
