"""The States as UN documents name them: a table in six languages, offered by the checks
as the fix for a State typed in another form."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from cica_desktop.checks import check
from cica_desktop.model import Package
from cica_desktop.model.project import validate_project
from cica_desktop.samples import sample_path
from cica_desktop.state_names import LANGUAGES, state_names, un_form


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_member_and_observer_state_is_named_once(language: str) -> None:
    names = state_names(language)
    assert len(names) == 195  # 193 Member States, the Holy See and the State of Palestine
    assert len({name.code for name in names}) == 195
    assert [name for name, count in Counter(n.listed for n in names).items() if count > 1] == []
    assert all(name.source.split(",")[0].split(" ")[0] in ("UN", "CLDR") for name in names)
    assert all("'" not in name.listed + name.in_text for name in names)  # typographic ’


@pytest.mark.parametrize(("language", "typed", "expected"), [
    ("en", "Netherlands (Kingdom of the)", "the Netherlands"),
    ("en", "Sudan", "the Sudan"),
    ("en", "Iran (Islamic Republic of)", "the Islamic Republic of Iran"),
    ("en", "South Korea", "the Republic of Korea"),  # CLDR's short name
    ("en", "Cote d'Ivoire", None),  # not a form anyone lists: left alone
    ("es", "India", "la India"),
    ("es", "Kazajistán", "Kazajstán"),
    ("fr", "Corée du Sud", "République de Corée"),  # the heading adds "de la" itself
    ("zh", "韩国", "大韩民国"),
    ("ar", "كوريا الجنوبية", "جمهورية كوريا"),
])
def test_a_state_typed_otherwise_gets_the_uns_form(language: str, typed: str,
                                                  expected: str | None) -> None:
    assert un_form(language, typed) == expected


@pytest.mark.parametrize("language", ["en", "fr", "es", "zh", "ar", "ru"])
def test_the_forms_the_un_uses_are_left_alone(language: str) -> None:
    from cica_desktop.state_names import typed_form

    for name in state_names(language):
        typed = typed_form(language, name)
        assert un_form(language, typed) is None, typed
    assert un_form("en", "Kazakhstan") is None and un_form("en", "Atlantis") is None
    assert un_form("en", "côte d’ivoire") == "Côte d’Ivoire"  # case counts for the fix


def _package(language: str, **changes: object) -> Package:
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    data.update(changes)
    return validate_project(data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_samples_name_their_state_as_the_un_does(language: str) -> None:
    assert [f for f in check(_package(language)) if f.code == "states.un_name"] == []


def test_a_requesting_state_typed_otherwise_is_a_warning_with_the_fix() -> None:
    findings = [f for f in check(_package("en", requesting_states=["Kazakhstan", "Sudan"]))
                if f.code == "states.un_name"]
    [finding] = findings
    assert finding.path == "requesting_states[1]"
    assert finding.fix is not None and finding.fix.value == "the Sudan"
    assert finding.message == "UN documents write this State “the Sudan”, not “Sudan”"


def test_a_state_field_offers_each_state_as_the_field_expects_it() -> None:
    from cica_desktop.app.titles import state_suggestions

    assert "the Sudan" in state_suggestions("en") and "Sudan" not in state_suggestions("en")
    assert "Soudan" in state_suggestions("fr")  # the French heading adds "du" itself
    assert "la India" in state_suggestions("es") and "大韩民国" in state_suggestions("zh")
    assert all(un_form("en", name) is None for name in state_suggestions("en"))


def test_spanish_contracts_de_el_and_keeps_el_salvador_whole() -> None:
    """"del Brasil" in the heading, "de El Salvador"; El Salvador sorts under E-l."""
    from cica_desktop.collation import Collation, collate
    from cica_desktop.compose import Part, compose
    from cica_desktop.document import Paragraph

    spanish = Collation(articles=("el ", "la ", "los ", "las "))
    assert collate(["Rwanda", "El Salvador", "los Emiratos Árabes Unidos", "Egipto",
                    "el Ecuador"], spanish) == [
        "el Ecuador", "Egipto", "El Salvador", "los Emiratos Árabes Unidos", "Rwanda"]
    for state, heading in (("el Brasil", "Permanente del Brasil ante"),
                           ("El Salvador", "Permanente de El Salvador ante")):
        data = json.loads(sample_path("es").read_text(encoding="utf-8"))
        data["requesting_states"] = [state]
        data["letter"]["senders"][0]["state"] = state
        document = compose(validate_project(data), Part.LETTER)
        texts = ["".join(run.text for run in block.runs) for block in document.blocks
                 if isinstance(block, Paragraph)]
        assert any(heading in text for text in texts), state


@pytest.mark.parametrize(("typed", "expected"), [
    ("Pays-Bas", None), ("les Pays-Bas", None), ("le Kazakhstan", None),
    ("Pays-Bas (Royaume des)", "les Pays-Bas"),
    ("Iran (République islamique d’)", "la République islamique d’Iran"),
])
def test_french_takes_the_short_name_or_the_sentence_form(typed: str,
                                                          expected: str | None) -> None:
    assert un_form("fr", typed) == expected


def test_a_straight_apostrophe_is_left_to_the_quotes_check_and_case_is_fixed() -> None:
    assert un_form("en", "Côte d'Ivoire") is None
    assert un_form("en", "The Gambia") == "the Gambia"
