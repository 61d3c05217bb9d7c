"""Text that looks wrong for its language: straight or foreign quotation marks, doubled
spaces, English words left in Chinese text. What compose prints right anyway (French narrow
spaces, Chinese and Arabic punctuation after their own script) is never reported."""

from __future__ import annotations

import pytest

from cica_desktop.checks.typography import latin_words_in_chinese, quotation_marks, spaces
from cica_desktop.findings import Finding
from cica_desktop.model import Package, load_project
from cica_desktop.quotes import typographic
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


def with_letter(language: str, text: str) -> Package:
    package = load_project(sample_path(language))
    letter = package.letter.model_dump()
    letter["blocks"] = [{"type": "paragraph", "text": text}]
    return package.evolve(letter=letter)


def typography(package: Package) -> list[Finding]:
    return [*quotation_marks(package), *spaces(package), *latin_words_in_chinese(package)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_samples_are_typeset_right_but_the_chinese_documents_and(language: str) -> None:
    found = [(f.code, f.params.get("words")) for f in typography(
        load_project(sample_path(language)))]
    assert found == ([("typography.latin_in_chinese", ("and",))] * 3
                     if language == "zh" else [])


def test_two_spaces_in_a_row() -> None:
    [finding] = spaces(with_letter("en", "I have  the honour   to request"))
    assert (finding.code, finding.path) == ("typography.double_space", "letter.blocks[0].text")
    assert finding.fix is not None and finding.fix.value == "I have the honour to request"


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("en", 'an item entitled "Observer status"', "an item entitled “Observer status”"),
    ("fr", 'une question intitulée "Octroi"', "une question intitulée «\u202fOctroi\u202f»"),
    ("es", 'un tema titulado "Otorgamiento"', "un tema titulado «Otorgamiento»"),
    ("ru", 'пункт, озаглавленный "Предоставление"', "пункт, озаглавленный «Предоставление»"),
    ("zh", '增列项目"给予观察员地位"', "增列项目“给予观察员地位”"),
])
def test_straight_quotes_become_the_languages_own(language: str, text: str,
                                                  fixed: str) -> None:
    [finding] = quotation_marks(with_letter(language, text))
    assert finding.code == "typography.straight_quotes"
    assert finding.fix is not None and finding.fix.value == fixed


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fix_is_what_edit_fix_quotes_does(language: str) -> None:
    text = 'the "item", l\'Assemblée and "an unpaired one'
    [finding] = quotation_marks(with_letter(language, text))
    assert finding.fix is not None and finding.fix.value == typographic(text, language)


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("en", "the Secretary-General's report", "the Secretary-General’s report"),
    ("en", "the 'Kanal' operation", "the ‘Kanal’ operation"),
    ("fr", "l'Assemblée générale", "l’Assemblée générale"),
])
def test_straight_apostrophes(language: str, text: str, fixed: str) -> None:
    [finding] = quotation_marks(with_letter(language, text))
    assert finding.code == "typography.straight_apostrophe"
    assert finding.fix is not None and finding.fix.value == fixed


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("fr", "intitulée “Octroi du statut”", "intitulée «\u202fOctroi du statut\u202f»"),
    ("ru", "озаглавленный “Предоставление”", "озаглавленный «Предоставление»"),
    ("en", "entitled «Observer status»", "entitled “Observer status”"),
])
def test_another_languages_quotation_marks(language: str, text: str, fixed: str) -> None:
    [finding] = quotation_marks(with_letter(language, text))
    assert finding.code == "typography.foreign_quotes"
    assert finding.fix is not None and finding.fix.value == fixed


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "intitulée «\u202fla “Conférence”\u202f»"),  # “…” inside « … » is French
    ("ru", "озаглавленный «Предоставление „Совещанию“»"),  # „…“ inside «…» is Russian
    ("es", "titulado «Otorgamiento»"),  # Spanish uses both
    ("ar", "بعنوان «منح مؤتمر»"),  # Arabic too
    ("ar", "بعنوان “منح مؤتمر”"),
    ("zh", "题为《合作执行亚洲信任会议建立信任措施》的文件"),
])
def test_a_languages_own_marks_are_fine(language: str, text: str) -> None:
    assert list(quotation_marks(with_letter(language, text))) == []


def in_letter(package: Package) -> list[Finding]:
    return [f for f in latin_words_in_chinese(package) if f.path.startswith("letter.")]


def test_english_words_in_chinese_text() -> None:
    [finding] = in_letter(with_letter("zh", "新的挑战 and 威胁。"))
    assert finding.message == "English words in Chinese text: and"
    assert finding.fix is not None and finding.fix.value == "新的挑战和威胁。"
    [finding] = in_letter(with_letter("zh", "新的挑战 and the 威胁。"))
    assert finding.fix is None  # "the" has no sure translation


@pytest.mark.parametrize("text", [
    "见文件A/62/232。",  # a document symbol
    "亚洲相互协作与建立信任措施会议（亚信会议，CICA）",  # an acronym in capitals
    "详见www.un.org。",  # an address
])
def test_chinese_text_keeps_symbols_acronyms_and_addresses(text: str) -> None:
    assert in_letter(with_letter("zh", text)) == []


def test_only_chinese_text_is_looked_at_for_english_words() -> None:
    assert list(latin_words_in_chinese(with_letter("ru", "Совещание and Ассамблея"))) == []
