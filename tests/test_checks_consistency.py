"""Consistency: the item's title, the organization's name and the annexes the letter
mentions are the same everywhere they appear."""

from __future__ import annotations

import re
from typing import Any

import pytest

from cica_desktop.checks import check
from cica_desktop.checks.consistency import (
    annexes_the_letter_mentions,
    item_title_the_same_everywhere,
    organization,
    organization_spelt_the_same,
)
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


def sample(language: str = "en") -> Package:
    return load_project(sample_path(language))


def with_letter(package: Package, *texts: str) -> Package:
    letter = package.letter.model_dump()
    letter["blocks"] = [{"type": "paragraph", "text": text} for text in texts]
    return package.evolve(letter=letter)


def changed(package: Package, path: str, value: Any) -> Package:
    """*package* with the raw value at *path* ("annexes[1].title") replaced."""
    data = package.model_dump(mode="json")
    parts = [int(part) if part.isdigit() else part for part in re.findall(r"\w+", path)]
    container: Any = data
    for part in parts[:-1]:
        container = container[part]
    container[parts[-1]] = value
    return Package.model_validate(data)


# ------------------------------------------------------------------ the item's title

def test_the_letter_quotes_the_item_title_as_it_is() -> None:
    package = sample()
    text = package.letter.blocks[0].text.replace("Confidence-Building", "Confidence Building")
    found = list(item_title_the_same_everywhere(with_letter(package, text)))
    [finding] = found
    assert (finding.code, finding.path) == ("consistency.title_quoted", "letter.blocks[0].text")
    assert finding.fix is not None and finding.fix.value == package.letter.blocks[0].text


def test_a_different_quotation_is_not_the_title() -> None:
    package = with_letter(sample(), "We enclose the document entitled “Cooperative "
                                    "approach for the implementation of CICA measures”.")
    assert list(item_title_the_same_everywhere(package)) == []


def test_french_quotation_marks_and_their_spaces_are_not_part_of_the_title() -> None:
    package = sample("fr")
    assert list(item_title_the_same_everywhere(package)) == []
    text = package.letter.blocks[0].text.replace("Octroi du statut", "Octroi de statut")
    [finding] = item_title_the_same_everywhere(with_letter(package, text))
    assert finding.fix is not None and finding.fix.value == package.letter.blocks[0].text


def test_the_resolution_takes_the_item_title() -> None:
    package = changed(sample(), "annexes[1].title", "Observer status for CICA")
    [finding] = item_title_the_same_everywhere(package)
    assert (finding.code, finding.path) == ("consistency.resolution_title", "annexes[1].title")
    assert finding.fix is not None and finding.fix.value is None  # the item's title, then


@pytest.mark.parametrize("short", [
    "Observer status for CICA in the General Assembly",  # a short title, with the acronym
    "Observer status for the Conference",
    "Conference on Interaction and Confidence-Building Measures in Asia",
])
def test_a_deliberate_short_running_title_is_fine(short: str) -> None:
    assert list(item_title_the_same_everywhere(sample().evolve(running_title=short))) == []


def test_a_running_title_close_to_the_title_but_not_it_is_a_slip() -> None:
    title = sample().item_title.replace("Building", "Buidling")
    [finding] = item_title_the_same_everywhere(sample().evolve(running_title=title))
    assert (finding.code, finding.fix) is not None
    assert finding.code == "consistency.running_title"


def test_a_running_title_from_another_request_is_pointed_out() -> None:
    other = "Observer status for the International Coffee Organization"
    [finding] = item_title_the_same_everywhere(sample().evolve(running_title=other))
    assert finding.code == "consistency.running_title_other"
    assert finding.fix is not None and (finding.fix.path, finding.fix.value) == \
        ("running_title", None)


# ------------------------------------------------------------------ the organization

@pytest.mark.parametrize(("language", "name"), [
    ("en", "Conference on Interaction and Confidence-Building Measures in Asia"),
    ("fr", "Conférence pour l’interaction et les mesures de confiance en Asie"),
    ("es", "Conferencia sobre la Interacción y las Medidas de Fomento de la Confianza en "
           "Asia"),
    ("ru", None),  # Russian declines the name: not compared
    ("zh", "亚洲相互协作与建立信任措施会议"),
    ("ar", "مؤتمر التفاعل وتدابير بناء الثقة في آسيا"),
])
def test_the_organization_is_read_from_the_item_title(language: str, name: str | None) -> None:
    assert organization(sample(language)) == name


def test_the_organization_is_spelt_the_same_everywhere() -> None:
    package = sample()
    memorandum = package.annexes[0].model_dump()
    memorandum["blocks"][1]["text"] = memorandum["blocks"][1]["text"].replace(
        "Confidence-Building Measures", "Confidence-building Measures")
    annexes = [memorandum, *[a.model_dump() for a in package.annexes[1:]]]
    [finding] = organization_spelt_the_same(package.evolve(annexes=annexes))
    assert (finding.code, finding.path) == ("consistency.organization_spelling",
                                            "annexes[0].blocks[1].text")
    assert finding.message == ("“Conference on Interaction and Confidence-building Measures "
                               "in Asia” is spelt “Conference on Interaction and "
                               "Confidence-Building Measures in Asia” in the item's title")
    assert finding.fix is not None
    assert finding.fix.value == package.annexes[0].blocks[1].text  # type: ignore[union-attr]


def test_the_resolution_invites_the_organization_of_the_title() -> None:
    package = changed(sample(), "annexes[1].operative[0].text",
                      "to invite the Shanghai Cooperation Organization to participate in the "
                      "sessions and the work of the General Assembly in the capacity of "
                      "observer;")
    [finding] = organization_spelt_the_same(package)
    assert (finding.code, finding.path) == ("consistency.organization_invited",
                                            "annexes[1].operative[0].text")


# ------------------------------------------------------------------ the annexes mentioned

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_samples_mention_annex_i_the_memorandum(language: str) -> None:
    assert list(annexes_the_letter_mentions(sample(language))) == []


@pytest.mark.parametrize(("language", "text", "numbers"), [
    ("en", "I attach the memorandum (annex I) and the draft resolution (annex II).", []),
    ("en", "See annexes I to IV.", ["IV"]),
    ("en", "See annexes I and V.", ["V"]),
    ("fr", "Voir les annexes I et IV.", ["IV"]),
    ("es", "Véanse los anexos I y IV.", ["IV"]),
    ("ru", "См. приложения I и IV.", ["IV"]),
    ("zh", "见附件一和四。", ["四"]),
    ("ar", "انظر المرفقين الأول والرابع.", ["الرابع"]),
])
def test_every_annex_the_letter_mentions_exists(language: str, text: str,
                                                numbers: list[str]) -> None:
    found = list(annexes_the_letter_mentions(with_letter(sample(language), text)))
    assert [f.params["annex"] for f in found if f.code == "consistency.annex_missing"] \
        == numbers


def test_the_annex_called_the_memorandum_is_the_memorandum() -> None:
    text = "I attach an explanatory memorandum in support of the request (see annex II)."
    [finding] = annexes_the_letter_mentions(with_letter(sample(), text))
    assert finding.code == "consistency.annex_memorandum"
    assert finding.fix is not None and finding.fix.value == text.replace("annex II", "annex I")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_names_its_memorandum_annex(language: str) -> None:
    package = sample(language)
    text = package.letter.blocks[1].text
    swapped = {"zh": ("附件一", "附件二"), "ar": ("المرفق الأول", "المرفق الثاني")}.get(
        language, (" I)", " II)"))
    assert swapped[0] in text
    wrong = with_letter(package, text.replace(*swapped))
    [finding] = annexes_the_letter_mentions(wrong)
    assert finding.code == "consistency.annex_memorandum"
    assert finding.fix is not None and finding.fix.value == text


def test_annexes_are_first_mentioned_in_their_order() -> None:
    package = with_letter(sample(), "The draft resolution is in annex II.",
                          "The memorandum is in annex I.")
    assert [f.code for f in annexes_the_letter_mentions(package)] == [
        "consistency.annex_order"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_consistency_finding_in_the_samples_but_the_chinese_documents_own(
        language: str) -> None:
    found = [f.code for f in check(sample(language)) if f.code.startswith("consistency.")]
    assert found == (["consistency.title_quoted", "consistency.resolution_title"]
                     if language == "zh" else [])


def test_a_sub_items_request_also_quotes_the_item_it_goes_under() -> None:
    package = sample().evolve(
        kind="sub_item",
        item_title="Cooperation between the United Nations and the Collective Security "
                   "Treaty Organization",
        parent_item="Cooperation between the United Nations and regional and other "
                    "organizations",
        running_title=None)  # the sample's short title was made for its own item
    text = ("I have the honour to request the inclusion of a sub-item entitled “Cooperation "
            "between the United Nations and the Collective Security Treaty Organization” "
            "under the item entitled “Cooperation between the United Nations and regional "
            "and other organizations”.")
    assert list(item_title_the_same_everywhere(with_letter(package, text))) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_cites_the_packages_rule(language: str) -> None:
    from cica_desktop.checks.consistency import letter_cites_the_rule

    package = sample(language)
    assert list(letter_cites_the_rule(package)) == []
    [finding] = letter_cites_the_rule(package.evolve(rule=14))
    assert (finding.code, finding.path) == ("consistency.letter_rule", "letter.blocks[0].text")
    assert dict(finding.params) == {"cited": 15, "rule": 14}
    assert finding.fix is not None
    fixed = str(finding.fix.value)
    assert "15" not in fixed and "14" in fixed
    assert fixed.replace("14", "15") == package.letter.blocks[0].text
    # rule 20, cited in the next paragraph, is not a rule of the request
    assert "20" in package.letter.blocks[1].text


@pytest.mark.parametrize(("language", "was", "now"), [
    ("en", "sixty-second session", "sixty-third session"),
    ("fr", "soixante-deuxième session", "soixante-troisième session"),
    ("es", "sexagésimo segundo período", "sexagésimo tercer período"),
    ("zh", "第六十二届会议", "第六十三届会议"),
])
def test_the_request_names_the_packages_session(language: str, was: str, now: str) -> None:
    from cica_desktop.checks.consistency import letter_names_the_session

    package = sample(language)
    assert list(letter_names_the_session(package)) == []
    [finding] = letter_names_the_session(package.evolve(session=63))
    assert (finding.code, finding.path) == ("consistency.letter_session",
                                            "letter.blocks[0].text")
    assert (finding.params["number"], finding.params["session"]) == (62, 63)
    assert finding.fix is not None
    assert finding.fix.value == package.letter.blocks[0].text.replace(was, now)


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_declined_session_words_are_not_compared(language: str) -> None:
    from cica_desktop.checks.consistency import letter_names_the_session

    assert list(letter_names_the_session(sample(language).evolve(session=63))) == []


def test_a_past_session_named_outside_the_request_is_not_compared() -> None:
    from cica_desktop.checks.consistency import letter_names_the_session

    package = with_letter(sample(), "At its fifty-ninth session, the Assembly adopted "
                                    "resolution 59/50.")
    assert list(letter_names_the_session(package)) == []
