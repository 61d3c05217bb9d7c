"""Wording a language template lacks is English's, and a warning; never a failed build.

The tests run on a copy of templates/lang with an entry removed: `templates_root` points at
the copy and `load_language`'s cache is cleared before and after, so no other test sees it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as open_docx

import cica_desktop.compose.language as language
from cica_desktop.build import render
from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.compose.language import (
    TemplateProblem,
    fallbacks_noted,
    load_language,
    template_findings,
)
from cica_desktop.findings import MESSAGES, Severity
from cica_desktop.model import load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]
WARNING = ("templates/lang/fr.toml has no [phrases] memorandum; the English wording is "
           "used instead")


@pytest.fixture
def lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of templates/lang that the loader reads instead of the bundled one."""
    root = tmp_path / "templates"
    shutil.copytree(language.templates_root() / "lang", root / "lang")
    monkeypatch.setattr(language, "templates_root", lambda: root)
    load_language.cache_clear()
    yield root / "lang"
    load_language.cache_clear()


def remove(lang: Path, code: str, section: str, key: str) -> None:
    """Remove the one-line entry *key* of [*section*] from *code*'s template."""
    path = lang / f"{code}.toml"
    lines, kept, current, removed = path.read_text(encoding="utf-8").splitlines(True), [], "", 0
    for line in lines:
        header = re.match(r"\[([\w.]+)\]", line)
        current = header.group(1) if header else current
        if current == section and re.match(rf"{re.escape(key)} = ", line):
            removed += 1
            continue
        kept.append(line)
    assert removed == 1, (code, section, key)
    path.write_text("".join(kept), encoding="utf-8")


def project(tmp_path: Path, code: str = "fr") -> Path:
    path = tmp_path / "request.json"
    shutil.copy(sample_path(code), path)
    return path


def texts(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in open_docx(io.BytesIO(data)).paragraphs]


# ---------------------------------------------------------------------- the template itself


def test_the_bundled_templates_lack_nothing() -> None:
    for code in LANGUAGES:
        assert load_language(code).fallbacks() == (), code
        assert template_findings(code) == [], code


def test_a_missing_phrase_is_english_s_rendered_as_english(lang: Path) -> None:
    remove(lang, "fr", "phrases", "session")
    french = load_language("fr")
    with fallbacks_noted() as noted:
        # English's ordinals and capital, not French's with an English noun.
        assert french.phrase("session", session=62) == "Sixty-second session"
        french.phrase("session", session=63)
        assert french.phrase("agenda_item", number=4) == "Point 4 de l’ordre du jour"
    assert noted == [language.Fallback("fr", "phrases", "session")]
    # Outside a block that notes them, the fallback is used all the same.
    assert french.phrase("session", session=62) == "Sixty-second session"


def test_every_section_of_wording_falls_back(lang: Path) -> None:
    remove(lang, "fr", "language_names", "ru")
    remove(lang, "fr", "phrases", "enclosure")
    remove(lang, "fr", "masthead", "body")
    # A setting kept in [masthead]: without it the date is the template's own language's.
    remove(lang, "fr", "masthead", "date_language")
    french = load_language("fr")
    assert french.language_name("ru") == "Russian"
    assert french.text("phrases", "enclosure") == "Enclosure"
    assert french.text("masthead", "body") == "General Assembly"
    assert [(f.section, f.key) for f in french.fallbacks()] == [
        ("phrases", "enclosure"), ("masthead", "body"), ("language_names", "ru")]


def test_a_setting_or_a_table_of_the_language_s_own_stays_an_error(lang: Path) -> None:
    remove(lang, "fr", "language", "direction")
    with pytest.raises(TemplateProblem, match=r"fr\.toml: \[language\] direction is missing"):
        compose(load_project(sample_path("fr")))
    remove(lang, "ar", "session_ordinals", "62")
    load_language.cache_clear()
    with pytest.raises(TemplateProblem, match=r"ar\.toml: \[session_ordinals\] has no entry 62"):
        compose(load_project(sample_path("ar")))


def test_wording_english_lacks_too_is_an_error(lang: Path) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    remove(lang, "en", "phrases", "memorandum")
    with pytest.raises(TemplateProblem) as raised:
        compose(load_project(sample_path("fr")))
    assert str(raised.value) == ("templates/lang/fr.toml: [phrases] memorandum is missing, "
                                 "and templates/lang/en.toml has none to use instead")
    assert template_findings("fr") == []  # nothing English has that French lacks


def test_the_finding_has_its_words_in_the_catalogue(lang: Path) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    [finding] = template_findings("fr")
    assert finding.code == "template.phrase_missing" and finding.code in MESSAGES
    assert (finding.path, finding.severity) == ("language", Severity.WARNING)
    assert finding.params == {"language": "fr", "section": "phrases", "key": "memorandum"}
    assert finding.message == WARNING


def test_an_unreadable_template_is_the_build_s_to_report(lang: Path) -> None:
    (lang / "fr.toml").write_text("[phrases\n", encoding="utf-8")
    assert template_findings("fr") == []
    (lang / "fr.toml").unlink()
    load_language.cache_clear()
    assert template_findings("fr") == []


# ---------------------------------------------------------------------- the output pipeline


def test_render_warns_once_per_format_and_prints_english(lang: Path) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    outputs = render(load_project(sample_path("fr")), Part.PACKAGE)
    assert [out.notices[:1] for out in outputs] == [(WARNING,), (WARNING,)]
    docx = next(out.data for out in outputs if out.fmt == "docx")
    assert "Explanatory memorandum" in texts(docx)
    assert "Mémoire explicatif" not in texts(docx)


def test_a_part_without_the_phrase_warns_of_nothing(lang: Path) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    package = load_project(sample_path("fr"))
    annexes = tuple(annex.model_copy(update={"symbol": "A/C.6/62/L.5"})
                    if annex.kind == "draft_resolution" else annex
                    for annex in package.annexes)  # a symbol: no warning of a blank one
    outputs = render(package.model_copy(update={"annexes": annexes}), Part.RESOLUTION,
                     ["docx"])
    assert outputs[0].notices == ()


def test_build_writes_english_wording_with_a_warning(
        lang: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    out = tmp_path / "out"
    assert main(["build", str(project(tmp_path)), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"warning: {WARNING}"]  # once, for both files
    assert captured.out.splitlines() == [str(out / "request.pdf"), str(out / "request.docx")]
    paragraphs = texts((out / "request.docx").read_bytes())
    assert "Explanatory memorandum" in paragraphs
    assert "Annexe I" in paragraphs  # the rest stays French


def test_check_lists_the_warning(lang: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    remove(lang, "fr", "phrases", "memorandum")
    path = project(tmp_path)
    assert main(["check", str(path)]) == 0
    assert f"language: warning: {WARNING}" in capsys.readouterr().out.splitlines()
    assert main(["check", str(path), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert {"code": "template.phrase_missing", "path": "language", "severity": "warning",
            "params": {"language": "fr", "section": "phrases", "key": "memorandum"},
            "message": WARNING, "fix": None} in findings


def test_english_without_the_phrase_still_fails_clearly(
        lang: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remove(lang, "en", "phrases", "memorandum")
    out = tmp_path / "out"
    assert main(["build", str(project(tmp_path, "en")), "--out", str(out)]) == 3
    assert capsys.readouterr().err == (
        "cica-desktop: templates/lang/en.toml: [phrases] memorandum is missing\n")
    assert not out.exists()
    # French has its own, and neither borrows nor warns.
    assert main(["build", str(project(tmp_path)), "--out", str(out)]) == 0
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------------- the window


def test_the_window_lists_the_warning(lang: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.app.findings import project_findings
    from cica_desktop.app.project import Project

    remove(lang, "fr", "phrases", "memorandum")
    data = json.loads(sample_path("fr").read_text(encoding="utf-8"))
    codes = [(f.code, f.path) for f in project_findings(Project(data))]
    assert ("template.phrase_missing", "language") in codes
    data["language"] = "es"
    assert "template.phrase_missing" not in [f.code for f in project_findings(Project(data))]
