"""Edit ▸ Find and replace in the window (issue 12): Ctrl+F and Ctrl+H open one window that
goes from one occurrence to the next across the parts, selecting each in its field; Replace
and Replace all are one undo step each; Edit ▸ Fix quotes makes quotes typographic."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import editor, open_window, type_text
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTextEdit
from pytestqt.qtbot import QtBot

from cica_desktop.ui.find_replace import FindReplaceDialog
from cica_desktop.ui.main_window import MainWindow
from cica_desktop.ui.navigator import LETTER_NODE


def dialog_of(window: MainWindow, action: str) -> FindReplaceDialog:
    window.menu_actions[action].trigger()
    dialog = window.findChild(FindReplaceDialog, "find_replace")
    assert dialog is not None and dialog.isVisible()
    return dialog


def child(dialog: FindReplaceDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def selected_text(window: MainWindow, dialog: FindReplaceDialog) -> str:
    assert dialog.current is not None and window.form_panel is not None
    widget = window.form_panel.focus_target(dialog.current.path)
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    assert isinstance(widget, QTextEdit), widget
    return widget.textCursor().selectedText()


def test_the_shortcuts_are_the_systems(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    assert window.menu_actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.menu_actions["replace"].shortcut() == \
        QKeySequence(QKeySequence.StandardKey.Replace)


def test_find_next_goes_through_the_parts_and_selects_each_occurrence(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.show()
    dialog = dialog_of(window, "find")
    child(dialog, QLineEdit, "find_text").setText("Almaty")
    child(dialog, QCheckBox, "find_match_case").setChecked(True)
    seen = []
    for _ in range(3):
        child(dialog, QPushButton, "find_next").click()
        assert dialog.current is not None
        seen.append(dialog.current.path)
        assert selected_text(window, dialog) == "Almaty"
    assert seen[0][:2] == ("annexes", 0)  # the memorandum is the first part that says it
    assert " of " in child(dialog, QLabel, "find_status").text()
    child(dialog, QPushButton, "find_previous").click()
    assert dialog.current is not None and dialog.current.path == seen[1]


def test_replace_all_is_one_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    before = window.project.data
    dialog = dialog_of(window, "replace")
    child(dialog, QLineEdit, "find_text").setText("CICA")
    child(dialog, QCheckBox, "find_whole_word").setChecked(True)
    child(dialog, QLineEdit, "replace_text").setText("the Conference")
    child(dialog, QPushButton, "replace_all").click()
    assert "Replaced" in child(dialog, QLabel, "find_status").text()
    assert window.project.data != before
    window.undo_action.trigger()
    assert window.project.data == before


def test_replace_replaces_the_occurrence_shown_and_moves_on(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.show()
    dialog = dialog_of(window, "replace")
    child(dialog, QLineEdit, "find_text").setText("Almaty")
    child(dialog, QLineEdit, "replace_text").setText("Almaty city")
    child(dialog, QPushButton, "find_next").click()
    first = dialog.current
    assert first is not None
    child(dialog, QPushButton, "replace_one").click()
    text = window.project.value(first.path)
    assert text[first.start:first.start + len("Almaty city")] == "Almaty city"
    # it went on to the next occurrence, not into the text it has just written
    assert dialog.current is not None and dialog.current != first
    window.undo_action.trigger()
    assert window.project.value(first.path)[first.start:first.end] == "Almaty"


def test_fix_quotes_from_the_edit_menu(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "fr")
    path = ("letter", "blocks", 0, "text")
    window.project.set_value(path, 'un point intitulé "Statut d\'observateur"')
    window.menu_actions["fix_quotes"].trigger()
    assert window.project.value(path) == \
        "un point intitulé «\u202fStatut d’observateur\u202f»"
    window.undo_action.trigger()
    assert window.project.value(path) == 'un point intitulé "Statut d\'observateur"'


@pytest.mark.parametrize(("language", "typed", "written"), [
    ("en", ' "Observer status" and the Conference\'s', " “Observer status” and the Conference’s"),
    ("fr", ' "Statut d\'observateur"', " «\u202fStatut d’observateur\u202f»"),
    ("ru", ' "Статус наблюдателя"', " «Статус наблюдателя»"),
])
def test_quotes_typed_become_the_languages_marks(qtbot: QtBot, tmp_path: Path, language: str,
                                                 typed: str, written: str) -> None:
    window = open_window(qtbot, tmp_path, language)
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[0].text")
    assert isinstance(field, QTextEdit)
    before = window.project.value(("letter", "blocks", 0, "text"))
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, typed)
    assert window.project.value(("letter", "blocks", 0, "text")) == before + written


def test_names_and_symbols_keep_the_quote_typed(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    name = editor(window, "letter.senders[0].name")
    assert isinstance(name, QLineEdit)
    name.setCursorPosition(len(name.text()))
    type_text(name, " O'Brien")
    assert window.project.value(("letter", "senders", 0, "name")).endswith(" O'Brien")


def test_an_open_find_window_follows_the_project_opened(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    dialog = dialog_of(window, "replace")
    child(dialog, QLineEdit, "find_text").setText("Kazakhstan")
    from cica_desktop.app.project import Project

    window.set_project(Project.sample("fr"))
    assert dialog.project is window.project
    child(dialog, QLineEdit, "replace_text").setText("le Kazakhstan")
    child(dialog, QPushButton, "replace_all").click()  # on the project now open
    assert "Replaced" in child(dialog, QLabel, "find_status").text()
    window.undo_action.trigger()
