"""Spell checking (issue 12): the six bundled samples raise no false alarm, a misspelt word
is found where it is typed with a sensible suggestion, the UN's words are known, "Add to
dictionary" persists, a missing dictionary is a notice, and `check --spelling` lists the
same findings. (No Qt here: the window's side is tests/test_gui_spelling.py.)"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from cica_desktop import cli
from cica_desktop.findings import MESSAGES, Severity
from cica_desktop.samples import sample_path
from cica_desktop.spelling import (
    Alphabet,
    find_dictionary,
    language_notice,
    prose_fields,
    speller,
    spelling_findings,
    user_words_path,
    words,
)
from cica_desktop.spelling import hunspell as speller_module
from cica_desktop.spelling.hunspell import Speller, load_dictionary


def sample(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sample_path(language).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar"])
def test_the_bundled_samples_raise_no_false_alarm(language: str) -> None:
    assert spelling_findings(sample(language)) == []


def test_chinese_is_said_not_to_be_spell_checked() -> None:
    (notice,) = spelling_findings(sample("zh"))
    assert (notice.code, notice.path, notice.severity) == ("spelling.not_checked", "language",
                                                          Severity.NOTE)
    assert notice.message == "Chinese text is not spell-checked"


def test_a_misspelt_word_is_found_in_its_field_with_a_suggestion() -> None:
    data = sample("en")
    text = data["letter"]["blocks"][0]["text"]
    data["letter"]["blocks"][0]["text"] = text.replace("the inclusion", "the inclusoin")
    (finding,) = spelling_findings(data)
    assert finding.code == "spelling.unknown"
    assert finding.path == "letter.blocks[0].text"
    assert finding.severity is Severity.WARNING
    assert finding.params["word"] == "inclusoin"
    assert finding.params["suggestions"][0] == "inclusion"  # type: ignore[index]


@pytest.mark.parametrize(("language", "typo", "meant"), [
    ("en", "Kazakstan", "Kazakhstan"),  # a Member State, from the UN word list
    ("en", "goverment", "government"),
    ("fr", "résolutoin", "résolution"),
    ("es", "resolucion", "resolución"),
    ("ru", "Асамблея", "Ассамблея"),
    ("ar", "الجمعيه", "الجمعية"),
])
def test_suggestions_in_each_checked_language(language: str, typo: str, meant: str) -> None:
    checker = speller(language)
    assert not checker.known(typo)
    assert meant in checker.suggest(typo)


@pytest.mark.parametrize(("language", "word"), [
    ("en", "Türkiye"), ("en", "Timor-Leste"), ("en", "programme"), ("en", "honour"),
    ("en", "Secretary-General"), ("en", "peacebuilding"), ("en", "inter alia"),
    ("fr", "Kirghizistan"), ("fr", "cocoordonnateurs"), ("es", "Kazajstán"),
    ("ru", "Кыргызстан"), ("ru", "миростроительство"), ("ar", "وقيرغيزستان"),
])
def test_the_words_the_un_uses_are_known(language: str, word: str) -> None:
    checker = speller(language)
    assert all(checker.known(part.text) for part in words(word, checker.alphabet))


def test_only_words_of_the_language_are_looked_at() -> None:
    text = ("See A/62/232 and A/RES/61/1, www.un.org, the 47th session, UNESCO and NGOs, "
            "(a) 会议 Ассамблея مجلس")
    assert [w.text for w in words(text, Alphabet.LATIN)] == ["See", "and", "the", "session",
                                                             "and"]
    assert [w.text for w in words("Latin words في نص عربي", Alphabet.ARABIC)] == [
        "في", "نص", "عربي"]
    assert [w.text for w in words("ООН и UNDP, Ассамблея", Alphabet.CYRILLIC)] == [
        "Ассамблея"]  # one-letter "и" is never flagged; acronyms neither


def test_a_word_is_placed_where_it_stands() -> None:
    text = "l’Assemblée générale, Confidence-Building"
    found = list(words(text, Alphabet.LATIN))
    assert [(w.start, w.end) for w in found] == [(0, 11), (12, 20), (22, 41)]
    assert [text[w.start:w.end] for w in found] == ["l’Assemblée", "générale",
                                                    "Confidence-Building"]


def test_the_fields_read_are_the_prose_ones() -> None:
    paths = dict(prose_fields(sample("en")))
    assert "letter.blocks[0].text" in paths
    assert "annexes[1].operative[0].text" in paths
    assert "item_title" in paths
    for not_prose in ("symbol", "job_number", "letter.senders[0].name",
                      "letterhead.address_lines[0]", "language"):
        assert not_prose not in paths


def test_add_to_dictionary_makes_a_word_known_and_persists(isolated_user_data: Path) -> None:
    checker = speller("en")
    assert not checker.known("Zorblat")
    checker.add("Zorblat")
    assert checker.known("Zorblat")
    saved = user_words_path(isolated_user_data, "en")
    assert saved.is_relative_to(isolated_user_data)
    assert saved.read_text(encoding="utf-8") == "Zorblat\n"
    # a later session (a new speller over the same folder) knows it too
    stem = find_dictionary("en", speller_module.search_folders(isolated_user_data))
    assert stem is not None
    assert Speller("en", load_dictionary(stem), isolated_user_data).known("Zorblat")


def test_dictionaries_are_looked_for_in_the_user_folder_first(tmp_path: Path) -> None:
    user, system = tmp_path / "user", tmp_path / "system"
    for folder in (user, system):
        folder.mkdir()
        for suffix in (".dic", ".aff"):
            (folder / f"fr{suffix}").write_text("", encoding="utf-8")
    assert find_dictionary("fr", (user, system)) == user / "fr"
    (user / "fr.aff").unlink()  # half a dictionary is none
    assert find_dictionary("fr", (user, system)) == system / "fr"
    assert find_dictionary("ru", (user, system)) is None


def test_a_missing_dictionary_is_a_notice_naming_the_language(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(speller_module, "SYSTEM_FOLDERS", (tmp_path / "nothing",))
    notice = language_notice("fr", tmp_path)
    assert notice is not None
    assert notice.code == "spelling.no_dictionary"
    assert notice.params["language"] == "French"
    assert notice.message.startswith("no French dictionary is installed, so French text is "
                                     "not spell-checked")
    data = sample("fr")
    assert spelling_findings(data, tmp_path) == [notice]


def test_the_finding_codes_are_in_the_catalogue() -> None:
    for code in ("spelling.unknown", "spelling.unknown_no_suggestion",
                 "spelling.no_dictionary", "spelling.not_checked"):
        assert code in MESSAGES


# ------------------------------------------------------------------ the command line


def run_check(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run_check(Path(args[0]), out, err, *args[1:2],
                           spelling="--spelling" in args)  # type: ignore[arg-type]
    return status, out.getvalue(), err.getvalue()


def misspelt_project(tmp_path: Path) -> Path:
    data = sample("en")
    data["letter"]["blocks"][0]["text"] = data["letter"]["blocks"][0]["text"].replace(
        "the inclusion", "the inclusoin")
    path = tmp_path / "misspelt.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_check_spelling_lists_the_unknown_words(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    project = misspelt_project(tmp_path)
    assert cli.main(["check", "--spelling", str(project)]) == 0  # warnings never fail
    out = capsys.readouterr().out
    assert "letter.blocks[0].text: warning: “inclusoin” is not in the dictionary; did you " \
           "mean: inclusion" in out
    assert cli.main(["check", str(project)]) == 0  # without --spelling: no spelling
    assert "inclusoin" not in capsys.readouterr().out


def test_check_spelling_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = misspelt_project(tmp_path)
    assert cli.main(["check", "--spelling", "--format", "json", str(project)]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    spelling = [f for f in findings if f["code"].startswith("spelling.")]
    assert spelling == [{
        "code": "spelling.unknown", "path": "letter.blocks[0].text", "severity": "warning",
        "params": {"word": "inclusoin", "suggestions": spelling[0]["params"]["suggestions"]},
        "message": spelling[0]["message"], "fix": None}]
    assert spelling[0]["params"]["suggestions"][0] == "inclusion"


def test_check_spelling_on_the_samples_and_an_invalid_project(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--spelling", "--format", "json",
                     str(sample_path("ar"))]) == 0
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert not any(code.startswith("spelling.") for code in codes)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format_version": 3}', encoding="utf-8")
    assert cli.main(["check", "--spelling", str(broken)]) == 2
