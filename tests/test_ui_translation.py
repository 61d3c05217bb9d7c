"""The interface is translatable with Qt Linguist, and the Chinese translation is complete."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from cica_desktop.findings import DATE
from cica_desktop.ui.i18n import (
    QT_LOCALES,
    RIGHT_TO_LEFT,
    UI_LANGUAGES,
    install_translators,
    switch_translators,
    translations_dir,
)

TS = translations_dir() / "cica_desktop_zh_CN.ts"
#: Every interface language but English, the source, with its translation file.
TRANSLATED = {code: translations_dir() / f"cica_desktop_{QT_LOCALES[code]}.ts"
              for code in UI_LANGUAGES if code != "en"}
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context, re.S)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name.group(1) if name else "", source))
    return found


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The interface strings the code marks now, as lupdate extracts them."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    ui = Path(__file__).parent.parent / "cica_desktop" / "ui"
    # The verification report's phrases, the findings catalogue and the kinds of request are
    # marked in the core modules that hold them.
    # (The same files as the Makefile's TRANSLATED_SOURCES.)
    marked = [*sorted(ui.glob("*.py")), ui.parent / "verification.py", ui.parent / "revisions.py",
              ui.parent / "findings.py", ui.parent / "compose" / "kinds.py",
              ui.parent / "app" / "preview_client.py"]
    subprocess.run([str(LUPDATE), *map(str, marked), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    return sources(fresh)


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_every_interface_string_is_in_the_translation_file(
        fresh_sources: set[tuple[str, str]], language: str) -> None:
    assert sources(TRANSLATED[language]) == fresh_sources, \
        "run: make translations, then translate"


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_every_translation_is_complete(language: str) -> None:
    ts = TRANSLATED[language]
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text
    assert (ts.with_suffix(".qm")).is_file()


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_every_translation_keeps_the_values_and_the_shortcut_marks(language: str) -> None:
    """A translation shows the same {values} as its English; a menu text with a shortcut
    letter (&File) keeps one."""
    import html
    import string

    def names(text: str) -> set[str]:
        try:
            return {n for _, n, _, _ in string.Formatter().parse(text) if n}
        except ValueError:
            return {"<unbalanced braces>"}

    text = TRANSLATED[language].read_text(encoding="utf-8")
    for source, translation in re.findall(
            r"<source>(.*?)</source>.*?<translation>(.*?)</translation>", text, re.S):
        source, translation = html.unescape(source), html.unescape(translation)
        if source != DATE:  # a date may be written without the month's English name
            assert names(translation) == names(source), (source, translation)
        if re.search(r"&\w", source.replace("&&", "")):
            assert "&" in translation, (source, translation)


def test_arabic_mirrors_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    app = QApplication.instance()
    assert app is not None and "ar" in RIGHT_TO_LEFT
    try:
        switch_translators(app, "ar")
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        switch_translators(app, "fr")
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        switch_translators(app, "en")


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_a_signatorys_title_line_and_a_documents_title_are_told_apart(
        qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """A signatory's title ("Ambassador") and an annex's or enclosure's title are
    different things, and several languages have different words for them: each has a
    source string of its own."""
    from cica_desktop.ui.i18n import tr

    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, language)
    try:
        person, document = tr("Title line"), tr("Title")
        assert person != "Title line" and document != "Title"
        if language in {"zh", "ru", "ar", "es"}:
            assert person != document
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_the_window_speaks_chinese_with_the_translation(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import open_window

    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, "zh")
    assert installed
    try:
        window = open_window(qtbot, tmp_path, "en")
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert any("\u4e00" <= char <= "\u9fff" for char in "".join(titles))
        window.navigator.select(("settings",))
        from gui_helpers import editor

        assert editor(window, "item_title").accessibleName() != "Item title"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_findings_are_in_the_interface_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from gui_helpers import open_window

    from cica_desktop.findings import Finding, Severity
    from cica_desktop.model import FieldError
    from cica_desktop.ui.messages import error_lines, finding_text

    cells = Finding("table.row_length", "rows[3]", Severity.ERROR, {"cells": 1, "header": 2})
    dates = Finding("dates.issued_before_letter", "issue_date", Severity.WARNING,
                    {"issued": dt.date(2007, 10, 1), "date": dt.date(2007, 10, 3)})
    unknown = Finding("pydantic.uuid_parsing", "x", Severity.ERROR, {},
                      "Input should be a valid UUID")
    # Without a translation: the catalogue's English.
    assert finding_text(cells) == "has 1 cells; the header has 2"
    assert finding_text(unknown) == "Input should be a valid UUID"
    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, "zh")
    try:
        assert finding_text(cells) == "有 1 个单元格；表头有 2 个"
        assert finding_text(dates) == "文件印发日期 2007年10月1日 早于信函日期 2007年10月3日"
        assert finding_text(unknown) == "Input should be a valid UUID"  # shown, not dropped
        # A file that cannot be opened says why in the interface language too.
        assert error_lines([FieldError("", "file.too_deep"),
                            FieldError("item_title", "text.empty")]) == \
            "文件嵌套层级过深\nitem_title: 不得为空"
        window = open_window(qtbot, tmp_path, "zh")
        window.project.set_value(("item_title",), "")
        findings = [window.findings.item(i).text() for i in range(window.findings.count())]
        assert any(text.endswith("不得为空") for text in findings), findings
        window.project.set_value(("item_title",), "Observer status")
        window.project.set_value(("session",), 63)
        findings = [window.findings.item(i).text() for i in range(window.findings.count())]
        assert any("2007年10月3日" in text and "第 62 届会议" in text for text in findings), \
            findings
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_switching_the_interface_language_applies_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import editor, open_window, type_text
    from PySide6.QtWidgets import QComboBox

    from cica_desktop.ui import i18n

    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("settings",))
    type_text(editor(window, "mission"), " (edited)")
    app = QApplication.instance()
    assert app is not None
    try:
        window.findChild(QAction, "ui_language_zh").trigger()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == "文件(&F)" or any("\u4e00" <= c <= "\u9fff" for c in titles[0])
        assert window.findChild(QAction, "ui_language_zh").isChecked()
        assert editor(window, "item_title").accessibleName() != "Item title"  # the form too
        assert window.findChild(QComboBox, "preview_layout").itemText(0) != \
            "As the UN circulates it"
        assert window.navigator.current_node() == ("settings",)  # still on the same part
        # The edit survives, and undo still works through the rebuilt actions.
        assert " (edited)" in window.project.value(("mission",))
        assert window.undo_action.isEnabled()
        window.undo_action.trigger()
        assert " (edited)" not in window.project.value(("mission",))
        window.findChild(QAction, "ui_language_en").trigger()
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        i18n.switch_translators(app, "en")


@pytest.mark.parametrize("language", sorted(set(TRANSLATED) - {"zh"}))
def test_the_window_speaks_each_offered_language(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 language: str) -> None:
    from gui_helpers import editor, open_window
    from PySide6.QtCore import Qt

    app = QApplication.instance()
    assert app is not None
    try:
        switch_translators(app, language)
        window = open_window(qtbot, tmp_path, "en")
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
        window.navigator.select(("settings",))
        assert editor(window, "item_title").accessibleName() != "Item title"
        assert window.findChild(QAction, f"ui_language_{language}") is not None
        expected = (Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                    else Qt.LayoutDirection.LeftToRight)
        assert window.layoutDirection() == expected
    finally:
        switch_translators(app, "en")
