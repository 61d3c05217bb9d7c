"""Lists in the form change row by row.

Adding, removing or moving an item, and undoing or redoing that, changes the rows of that
list only: a row is built for a new item, the row of a removed item goes, the rows that
moved get their new numbers, and every editor keeps its objectName equal to the model path
it edits (and edits that path). The page, the list and the other rows stay the same
widgets. (A long list builds only the rows in view: tests/test_gui_lazy_lists.py.)
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from gui_helpers import settle, type_text
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cica_desktop.app.paths import Path, parse_path, path_text
from cica_desktop.app.project import Project
from cica_desktop.samples import sample_path
from cica_desktop.ui.form_panel import FormPanel
from cica_desktop.ui.forms import ListEditor
from cica_desktop.ui.navigator import LETTER_NODE

SENDERS: Path = ("letter", "senders")
ENCLOSURE: Path = ("annexes", 2, "enclosure", "annex")
BLOCKS: Path = (*ENCLOSURE, "blocks")


def sample(senders: int = 3, blocks: int = 4) -> dict[str, Any]:
    """The English sample with *senders* signatories and *blocks* enclosure paragraphs,
    each with a text of its own (so a row showing the wrong item is seen)."""
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    first = data["letter"]["senders"][0]
    data["letter"]["senders"] = [{**copy.deepcopy(first), "name": f"Signatory {i + 1}"}
                                 for i in range(senders)]
    data["letter"]["sender_role"] = "joint" if senders > 1 else "single"
    data["annexes"][2]["enclosure"]["annex"]["blocks"] = [
        {"type": "paragraph", "numbered": i % 2 == 0, "text": f"Paragraph {i + 1}"}
        for i in range(blocks)]
    return data


def open_panel(qtbot: QtBot, node: Path, **sizes: int) -> FormPanel:
    panel = FormPanel(Project(sample(**sizes)))
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.show_node(node)
    settle()
    return panel


def list_editor(panel: FormPanel, path: Path) -> ListEditor:
    editor = panel.ctx.editors[path_text(path)]
    assert isinstance(editor, ListEditor)
    return editor


def shown(widget: object) -> object:
    """The value an editor shows, as the project stores it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return None


def assert_form_matches_project(panel: FormPanel) -> None:
    """Every editor is named by its path, registered under it, edits it and shows its
    value; every row of every list is numbered and named by its place."""
    project = panel.project
    for name, editor in panel.ctx.editors.items():
        assert editor.objectName() == name
        if hasattr(editor, "path"):  # what it writes to
            assert path_text(editor.path) == name
        value = shown(editor)
        if isinstance(editor, QLineEdit | QTextEdit):
            assert value == (project.value(parse_path(name)) or ""), name
        elif isinstance(editor, QComboBox):
            assert value == project.value(parse_path(name), getattr(editor, "default", None))
        if isinstance(editor, ListEditor):
            items = project.value(editor.path) or []
            assert len(editor.rows) == len(items), name
            for index, row in enumerate(editor.rows):
                assert row.index == index
                assert row.item is items[index]  # (a row not built holds its item only)
            for row in editor.built_rows():
                assert row.objectName() == f"{name}[{row.index}].row"
                if row.number is not None:
                    assert row.number.text() == f"{row.index + 1}."
    for widget in panel.widget().findChildren(QWidget):
        name = widget.objectName()
        if name.endswith((".insert", ".up", ".down", ".delete")):
            list_name = name.rsplit("[", 1)[0]
            assert list_name in panel.ctx.editors, name


def button(panel: FormPanel, name: str) -> QToolButton:
    found = panel.widget().findChild(QToolButton, name)
    assert found is not None, name
    return found


def row_widgets(panel: FormPanel, list_path: Path) -> list[QWidget]:
    return list(list_editor(panel, list_path).built_rows())


# --------------------------------------------------------------------------- add, remove, move


def test_adding_a_signatory_builds_its_row_only_and_gives_it_the_cursor(
        qtbot: QtBot) -> None:
    panel = open_panel(qtbot, LETTER_NODE, senders=3)
    page, senders = panel.widget(), list_editor(panel, SENDERS)
    before = row_widgets(panel, SENDERS)
    names = {name: editor for name, editor in panel.ctx.editors.items()}
    qtbot.mouseClick(button(panel, "letter.senders.add"), Qt.MouseButton.LeftButton)
    settle()
    assert panel.widget() is page and list_editor(panel, SENDERS) is senders
    assert row_widgets(panel, SENDERS)[:3] == before  # the rows there were stay
    for name, editor in names.items():  # and so does every editor in them
        assert panel.ctx.editors[name] is editor
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "letter.senders[3].name"
    type_text(focused, "Someone")
    assert panel.project.value((*SENDERS, 3, "name")) == "Someone"
    assert_form_matches_project(panel)


def test_a_block_inserted_above_renumbers_the_rows_below(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=4)
    before = row_widgets(panel, BLOCKS)
    second = panel.ctx.editors["annexes[2].enclosure.annex.blocks[1].text"]
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[1].insert"),
                     Qt.MouseButton.LeftButton)
    settle()
    rows = row_widgets(panel, BLOCKS)
    assert rows[0] is before[0] and rows[2:] == before[1:]  # one new row, at 1
    # the paragraph that was second is third now: same widget, new name, edits its path
    assert panel.ctx.editors["annexes[2].enclosure.annex.blocks[2].text"] is second
    assert isinstance(second, QTextEdit) and second.toPlainText() == "Paragraph 2"
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused.objectName() == "annexes[2].enclosure.annex.blocks[1].text"
    assert_form_matches_project(panel)
    # the moved row's editors write to their new paths: its text and its check box
    second.moveCursor(second.textCursor().MoveOperation.End)
    type_text(second, " (moved)")
    assert panel.project.value((*BLOCKS, 2, "text")) == "Paragraph 2 (moved)"
    numbered = panel.ctx.editors["annexes[2].enclosure.annex.blocks[2].numbered"]
    assert isinstance(numbered, QCheckBox)
    numbered.click()
    assert panel.project.value((*BLOCKS, 2, "numbered")) is True
    assert panel.project.value((*BLOCKS, 1, "numbered")) is not True
    assert_form_matches_project(panel)


def test_remove_and_move_change_those_rows_only(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=5)
    page = panel.widget()
    before = row_widgets(panel, BLOCKS)
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[1].delete"),
                     Qt.MouseButton.LeftButton)
    settle()
    assert row_widgets(panel, BLOCKS) == [before[0], *before[2:]]
    assert_form_matches_project(panel)
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[3].up"),
                     Qt.MouseButton.LeftButton)
    settle()
    assert row_widgets(panel, BLOCKS) == [before[0], before[2], before[4], before[3]]
    assert [panel.project.value((*BLOCKS, i, "text")) for i in range(4)] == [
        "Paragraph 1", "Paragraph 3", "Paragraph 5", "Paragraph 4"]
    assert_form_matches_project(panel)
    # the first row cannot move up, the last cannot move down
    assert not button(panel, "annexes[2].enclosure.annex.blocks[0].up").isEnabled()
    assert not button(panel, "annexes[2].enclosure.annex.blocks[3].down").isEnabled()
    assert button(panel, "annexes[2].enclosure.annex.blocks[2].down").isEnabled()
    assert panel.widget() is page


def test_undo_and_redo_bring_the_rows_back_without_rebuilding_the_form(
        qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=5)
    page, blocks = panel.widget(), list_editor(panel, BLOCKS)
    before = row_widgets(panel, BLOCKS)
    stack = panel.project.undo_stack
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[2].delete"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[0].down"),
                     Qt.MouseButton.LeftButton)
    settle()
    stack.undo()  # the move
    settle()
    assert row_widgets(panel, BLOCKS) == [before[0], before[1], before[3], before[4]]
    assert_form_matches_project(panel)
    stack.undo()  # the delete: a row is built for the paragraph back, the others stay
    settle()
    rows = row_widgets(panel, BLOCKS)
    assert rows[:2] == before[:2] and rows[3:] == before[3:]
    assert_form_matches_project(panel)
    stack.redo()
    stack.redo()
    settle()
    assert [panel.project.value((*BLOCKS, i, "text")) for i in range(4)] == [
        "Paragraph 2", "Paragraph 1", "Paragraph 4", "Paragraph 5"]
    assert_form_matches_project(panel)
    assert panel.widget() is page and list_editor(panel, BLOCKS) is blocks


def test_a_change_inside_a_row_rebuilds_that_row_only(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, LETTER_NODE, senders=3)
    before = row_widgets(panel, SENDERS)
    titles = (*SENDERS, 1, "titles")
    qtbot.mouseClick(button(panel, "letter.senders[1].titles.add"), Qt.MouseButton.LeftButton)
    settle()
    assert row_widgets(panel, SENDERS) == before  # a nested list changes in its row
    focused = QApplication.focusWidget()
    count = len(panel.project.value(titles))
    assert focused is not None and focused.objectName() == f"letter.senders[1].titles[{count - 1}]"
    # a signatory with one more title moves up: its titles are renamed with it
    qtbot.mouseClick(button(panel, "letter.senders[1].up"), Qt.MouseButton.LeftButton)
    settle()
    assert_form_matches_project(panel)
    assert f"letter.senders[0].titles[{count - 1}]" in panel.ctx.editors
    title = panel.ctx.editors[f"letter.senders[0].titles[{count - 1}]"]
    assert isinstance(title, QLineEdit)
    title.textEdited.emit("Adviser")  # as typing does (typed, its completer would pop up)
    assert panel.project.value((*SENDERS, 0, "titles", count - 1)) == "Adviser"
    # the form follows an edit of the project that replaces a whole item (a fix, a profile)
    panel.project.set_value((*SENDERS, 2), {**panel.project.value((*SENDERS, 2)),
                                            "titles": ["Minister"]}, structural=True)
    settle()
    rows = row_widgets(panel, SENDERS)
    assert rows[:2] == [before[1], before[0]] and rows[2] is not before[2]
    assert_form_matches_project(panel)


def test_a_new_row_has_the_wheel_guard(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, LETTER_NODE, senders=1)
    qtbot.mouseClick(button(panel, "letter.senders.add"), Qt.MouseButton.LeftButton)
    settle()
    gender = panel.ctx.editors["letter.senders[1].gender"]
    assert isinstance(gender, QComboBox)
    assert gender.focusPolicy() == Qt.FocusPolicy.StrongFocus
    panel.ctx.editors["letter.senders[1].name"].setFocus(Qt.FocusReason.OtherFocusReason)
    index = gender.currentIndex()
    centre = gender.rect().center().toPointF()
    QApplication.sendEvent(gender, QWheelEvent(
        centre, gender.mapToGlobal(centre), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))
    assert gender.currentIndex() == index


# --------------------------------------------------------------------------- removed rows


@pytest.mark.parametrize("event", [QEvent.Type.DeferredDelete])
def test_removed_rows_leave_the_form(qtbot: QtBot, event: QEvent.Type) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=3)
    qtbot.mouseClick(button(panel, "annexes[2].enclosure.annex.blocks[2].delete"),
                     Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents(None, event)
    settle()
    assert panel.widget().findChild(QWidget, "annexes[2].enclosure.annex.blocks[2].row") is None
    assert "annexes[2].enclosure.annex.blocks[2].text" not in panel.ctx.editors
