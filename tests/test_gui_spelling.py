"""Spelling in the window (issue 12): a misspelt word typed into a real paragraph field is
underlined in red while typing, its context menu offers suggestions and "Add to
dictionary", and a title line is underlined too."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import editor, open_window, settle, type_text
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit

from cica_desktop.app.spelling import State, spell_checking
from cica_desktop.ui.navigator import LETTER_NODE, SETTINGS_NODE
from cica_desktop.ui.spelling import UNDERLINE, context_menu, line_misspellings


def wait_for_dictionary(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: spell_checking().state(language) is State.READY, timeout=60_000)
    settle()


def formats_at(field: QTextEdit, position: int) -> list[QTextCharFormat]:
    """The highlighter's formats over *position* of the field's first paragraph."""
    block = field.document().findBlock(position)
    return [QTextCharFormat(r.format) for r in block.layout().formats()
            if r.start <= position - block.position() < r.start + r.length]


def point_of(field: QTextEdit, position: int) -> QPoint:
    cursor = QTextCursor(field.document())
    cursor.setPosition(position)
    return field.cursorRect(cursor).center()


def test_a_misspelt_word_is_underlined_and_corrected_from_the_menu(qtbot, tmp_path: Path) \
        -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[0].text")
    assert isinstance(field, QTextEdit)
    wait_for_dictionary(qtbot, "en")
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, " The Asembly")
    text = field.toPlainText()
    typo = text.rindex("Asembly")

    # underlined while typing: a red wave under the word, nothing under a known word
    (underline,) = formats_at(field, typo + 2)
    assert underline.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert underline.underlineColor() == UNDERLINE
    assert formats_at(field, text.rindex("The")) == []

    # the context menu: suggestions first, then "Add to dictionary"
    menu = context_menu(field, point_of(field, typo + 2), "en")
    names = [(a.objectName(), a.text()) for a in menu.actions() if a.objectName()]
    assert names[0] == ("spelling.suggestion", "Assembly")
    assert ("spelling.add", "Add “Asembly” to dictionary") in names
    menu.actions()[0].trigger()
    assert window.project.value(("letter", "blocks", 0, "text")).endswith(" The Assembly")
    assert formats_at(field, typo + 2) == []


def test_add_to_dictionary_from_the_menu(qtbot, tmp_path: Path,
                                         isolated_user_data: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[0].text")
    assert isinstance(field, QTextEdit)
    wait_for_dictionary(qtbot, "en")
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, " Qwertzania")
    word = field.toPlainText().rindex("Qwertzania")
    assert formats_at(field, word + 1)
    menu = context_menu(field, point_of(field, word + 1), "en")
    (add,) = [a for a in menu.actions() if a.objectName() == "spelling.add"]
    add.trigger()
    settle()
    assert formats_at(field, word + 1) == []
    assert "Qwertzania" in (isolated_user_data / "spelling" / "words-en.txt").read_text(
        encoding="utf-8")


def test_a_title_line_is_underlined_too(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.resize(1366, 768)  # the title wider than the field would scroll it
    window.navigator.select(SETTINGS_NODE)
    line = editor(window, "item_title")
    assert isinstance(line, QLineEdit)
    wait_for_dictionary(qtbot, "en")
    assert line_misspellings(line, "en") == []
    line.setFocus()
    line.end(False)
    type_text(line, " Asembly")
    (extent,) = line_misspellings(line, "en")
    left, right = extent
    assert 0 < left < right <= line.width()
    menu = context_menu(line, QPoint(int((left + right) / 2), line.height() // 2), "en")
    assert next(a.text() for a in menu.actions() if a.objectName() == "spelling.suggestion") \
        == "Assembly"


def test_chinese_fields_say_they_are_not_spell_checked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "zh")
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[0].text")
    assert isinstance(field, QTextEdit)
    menu = context_menu(field, QPoint(5, 5), "zh")
    notices = [a for a in menu.actions() if a.objectName() == "spelling.notice"]
    assert [a.text() for a in notices] == ["Chinese text is not spell-checked"]
    assert not notices[0].isEnabled()
    assert all(f.underlineStyle() != QTextCharFormat.UnderlineStyle.WaveUnderline
               for f in formats_at(field, 3))


def test_a_missing_dictionary_is_said_in_the_status_bar_and_the_menu(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.spelling import hunspell

    monkeypatch.setattr(hunspell, "SYSTEM_FOLDERS", ())  # and none in the user's folder
    window = open_window(qtbot, tmp_path, "es")
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[0].text")
    assert isinstance(field, QTextEdit)
    qtbot.waitUntil(lambda: spell_checking().state("es") is State.MISSING, timeout=10_000)
    message = "No Spanish dictionary is installed: Spanish text is not spell-checked"
    assert window.statusBar().currentMessage() == message
    menu = context_menu(field, QPoint(5, 5), "es")
    assert [a.text() for a in menu.actions() if a.objectName() == "spelling.notice"] == [
        message]
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, " Asamblea Generall")  # typing goes on as before, nothing underlined
    assert window.project.value(("letter", "blocks", 0, "text")).endswith("Generall")
    assert formats_at(field, len(field.toPlainText()) - 2) == []


def test_underlining_is_no_edit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A format change makes QTextEdit say its text changed: the underlines that come when
    a dictionary is ready, or after "Add to dictionary", must not reach the project."""
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    field = editor(window, "letter.blocks[2].text")
    assert isinstance(field, QTextEdit)
    field.setPlainText("Zqxwv is not a word")  # as if opened so: no undo step of ours
    window.project.undo_stack.clear()
    window.project.undo_stack.setClean()
    wait_for_dictionary(qtbot, "en")
    spell_checking().ready.emit("en")  # underlines (again) in every field
    settle()
    assert formats_at(field, 1)
    spell_checking().add_word("en", "Zqxwv")
    settle()
    assert formats_at(field, 1) == []
    assert window.project.undo_stack.count() == 0
    assert window.project.is_modified is False
