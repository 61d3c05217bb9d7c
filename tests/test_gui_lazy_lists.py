"""Long lists in the form are lazy (issue 12).

A list of more than 40 items builds only the rows in or near the visible part of the form;
the others take their room without being widgets, and a built row far out of view is
emptied again. Everything the user does still reaches every row: scrolling builds the rows
that come into view, a finding or Find goes to a row not built yet (built then), Add puts
the cursor in the new row, and remove, move, undo and redo keep every editor on the path
it edits. So the work of a change stays that of a screenful at any length.
"""

from __future__ import annotations

import gc
import json
import random
from pathlib import Path as FilePath

from gui_helpers import settle, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_gui_form_rows import (
    BLOCKS,
    ENCLOSURE,
    SENDERS,
    assert_form_matches_project,
    list_editor,
    open_panel,
    sample,
)

from cica_desktop.app.paths import Path, path_text
from cica_desktop.app.project import Project
from cica_desktop.ui.find_replace import FindReplaceDialog
from cica_desktop.ui.form_panel import FormPanel
from cica_desktop.ui.forms import ListEditor
from cica_desktop.ui.main_window import MainWindow
from cica_desktop.ui.navigator import LETTER_NODE

LONG = 300
#: More rows than this built at once means the list is not lazy (a 700-pixel-high panel
#: shows a few paragraphs or one or two signatories).
FEW = 30


def in_view(panel: FormPanel, widget: QWidget) -> bool:
    """Whether *widget* is (at least partly) inside the visible part of the form."""
    top = widget.mapTo(panel.viewport(), QPoint(0, 0)).y()
    return top + widget.height() > 0 and top < panel.viewport().height()


def built_names(editor: ListEditor) -> list[int]:
    return [row.index for row in editor.built_rows()]


def text_editor(panel: FormPanel, path: Path) -> QTextEdit:
    editor = panel.ctx.editors.get(path_text(path))
    assert isinstance(editor, QTextEdit), path_text(path)
    return editor


def test_a_long_list_builds_the_rows_in_view_only(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=LONG)
    blocks = list_editor(panel, BLOCKS)
    assert len(blocks.rows) == LONG
    assert 0 < len(blocks.built_rows()) < FEW
    assert built_names(blocks)[0] == 0  # the top of the list shows at once
    assert f"{path_text(BLOCKS)}[{LONG - 1}].text" not in panel.ctx.editors
    bar = panel.verticalScrollBar()
    assert bar.maximum() > LONG * 40  # the scroll bar spans the whole list
    assert_form_matches_project(panel)
    # scrolled to the end: the last rows are built, the first ones emptied
    bar.setValue(bar.maximum())
    settle()
    last = text_editor(panel, (*BLOCKS, LONG - 1, "text"))
    assert last.toPlainText() == f"Paragraph {LONG}" and in_view(panel, last)
    assert f"{path_text(BLOCKS)}[0].text" not in panel.ctx.editors
    assert 0 < len(blocks.built_rows()) < FEW
    assert all(in_view(panel, row) or abs(row.index - LONG) < FEW
               for row in blocks.built_rows())
    assert_form_matches_project(panel)
    # a row built as it scrolls into view edits its own item
    last.moveCursor(last.textCursor().MoveOperation.End)
    type_text(last, "!")
    assert panel.project.value((*BLOCKS, LONG - 1, "text")) == f"Paragraph {LONG}!"
    numbered = panel.ctx.editors[f"{path_text(BLOCKS)}[{LONG - 2}].numbered"]
    assert isinstance(numbered, QCheckBox)
    was = panel.project.value((*BLOCKS, LONG - 2, "numbered"))
    numbered.click()
    assert panel.project.value((*BLOCKS, LONG - 2, "numbered")) is not was


def test_add_remove_move_and_undo_in_a_long_list(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, LETTER_NODE, senders=LONG)
    senders = list_editor(panel, SENDERS)
    stack = panel.project.undo_stack
    # Add: the new row, at the far end, gets the cursor and is scrolled into view
    qtbot.mouseClick(panel.widget().findChild(QToolButton, "letter.senders.add"),
                     Qt.MouseButton.LeftButton)
    settle()
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == f"letter.senders[{LONG}].name"
    assert in_view(panel, focused)
    type_text(focused, "Someone")
    assert panel.project.value((*SENDERS, LONG, "name")) == "Someone"
    assert len(senders.built_rows()) < FEW
    assert_form_matches_project(panel)
    stack.undo()  # the typing
    stack.undo()  # the row
    settle()
    assert len(senders.rows) == LONG and len(panel.project.value(SENDERS)) == LONG
    assert_form_matches_project(panel)
    # remove a row in the middle: the rows below move up one place
    middle = LONG // 2
    assert panel.focus_path((*SENDERS, middle, "name"))
    settle()
    qtbot.mouseClick(panel.widget().findChild(QToolButton, f"letter.senders[{middle}].delete"),
                     Qt.MouseButton.LeftButton)
    settle()
    name = panel.ctx.editors[f"letter.senders[{middle}].name"]
    assert isinstance(name, QLineEdit) and name.text() == f"Signatory {middle + 2}"
    assert_form_matches_project(panel)
    stack.undo()
    settle()
    name = panel.ctx.editors[f"letter.senders[{middle}].name"]
    assert isinstance(name, QLineEdit) and name.text() == f"Signatory {middle + 1}"
    assert_form_matches_project(panel)
    # a row built late has the wheel guard: its combo box takes the wheel only when focused
    gender = panel.ctx.editors[f"letter.senders[{middle}].gender"]
    assert isinstance(gender, QComboBox)
    assert gender.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # move it up, and undo that
    qtbot.mouseClick(panel.widget().findChild(QToolButton, f"letter.senders[{middle}].up"),
                     Qt.MouseButton.LeftButton)
    settle()
    assert [panel.project.value((*SENDERS, i, "name")) for i in (middle - 1, middle)] == [
        f"Signatory {middle + 1}", f"Signatory {middle}"]
    assert_form_matches_project(panel)
    stack.undo()
    settle()
    assert_form_matches_project(panel)
    assert len(senders.built_rows()) < FEW


def test_typing_in_a_row_is_one_undo_step_after_the_row_is_emptied(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=LONG)
    blocks = list_editor(panel, BLOCKS)
    assert panel.focus_path((*BLOCKS, 250, "text"))
    settle()
    text = text_editor(panel, (*BLOCKS, 250, "text"))
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(text, " and more")
    assert panel.project.value((*BLOCKS, 250, "text")) == "Paragraph 251 and more"
    assert panel.focus_path((*BLOCKS, 0, "text"))  # far away: row 251 is emptied
    settle()
    assert 250 not in built_names(blocks)
    panel.project.undo_stack.undo()  # the whole typing, in one step
    settle()
    assert panel.project.value((*BLOCKS, 250, "text")) == "Paragraph 251"
    assert panel.focus_path((*BLOCKS, 250, "text"))
    settle()
    assert text_editor(panel, (*BLOCKS, 250, "text")).toPlainText() == "Paragraph 251"
    assert_form_matches_project(panel)


def test_a_drop_over_rows_not_built_lands_where_they_are(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=LONG)
    blocks = list_editor(panel, BLOCKS)
    places = {index: (top, bottom) for index, top, bottom in blocks.places()}
    assert 200 not in built_names(blocks)
    top, bottom = places[200]
    assert blocks.target_index(0, (top + bottom) / 2 + 1) == 200  # dropped over row 201
    assert blocks.target_index(250, top - 1) == 200  # dropped just above it


# --------------------------------------------------------------------------- the window


def long_window(qtbot: QtBot, tmp_path: FilePath, language: str = "en") -> MainWindow:
    """The window on a request whose enclosure's annex has LONG paragraphs, the last one
    empty (a finding)."""
    data = sample(blocks=LONG)
    data["annexes"][2]["enclosure"]["annex"]["blocks"][-1]["text"] = ""
    if language != "en":
        data["language"] = language
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = MainWindow(Project.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)  # the focus is real only in the active window
    return window


def test_a_finding_takes_the_cursor_to_a_row_not_built_yet(
        qtbot: QtBot, tmp_path: FilePath) -> None:
    window = long_window(qtbot, tmp_path)
    target = f"{path_text(BLOCKS)}[{LONG - 1}].text"
    findings = window.findChild(QListWidget, "findings")
    assert findings is not None
    items = [findings.item(i) for i in range(findings.count())]
    (item,) = [it for it in items if it is not None and it.toolTip().startswith(target)]
    findings.scrollToItem(item)
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=findings.visualItemRect(item).center())
    settle()
    panel = window.form_panel
    assert panel is not None
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == target
    assert in_view(panel, focused)
    assert len(list_editor(panel, BLOCKS).built_rows()) < FEW
    type_text(focused, "Filled in")
    assert window.project.value((*BLOCKS, LONG - 1, "text")) == "Filled in"


def test_find_and_replace_reach_rows_not_built(qtbot: QtBot, tmp_path: FilePath) -> None:
    window = long_window(qtbot, tmp_path)
    window.menu_actions["replace"].trigger()
    dialog = window.findChild(FindReplaceDialog, "find_replace")
    assert dialog is not None
    find = dialog.findChild(QLineEdit, "find_text")
    assert find is not None
    find.setText("Paragraph 290")
    next_button = dialog.findChild(QPushButton, "find_next")
    assert next_button is not None
    next_button.click()
    settle()
    assert dialog.current is not None
    assert dialog.current.path == (*BLOCKS, 289, "text")
    panel = window.form_panel
    assert panel is not None
    found = panel.focus_target(dialog.current.path)
    assert isinstance(found, QTextEdit)
    assert found.textCursor().selectedText() == "Paragraph 290" and in_view(panel, found)
    # Replace all changes rows built or not, in one undo step
    find.setText("Paragraph 2")
    replace = dialog.findChild(QLineEdit, "replace_text")
    all_button = dialog.findChild(QPushButton, "replace_all")
    assert replace is not None and all_button is not None
    replace.setText("Item 2")
    all_button.click()
    settle()
    assert window.project.value((*BLOCKS, 20, "text")) == "Item 21"
    assert window.project.value((*BLOCKS, 250, "text")) == "Item 251"
    assert panel.focus_path((*BLOCKS, 250, "text"))
    settle()
    assert text_editor(panel, (*BLOCKS, 250, "text")).toPlainText() == "Item 251"
    window.project.undo_stack.undo()
    settle()
    assert window.project.value((*BLOCKS, 250, "text")) == "Paragraph 251"
    assert text_editor(panel, (*BLOCKS, 250, "text")).toPlainText() == "Paragraph 251"
    assert_form_matches_project(panel)


def test_rows_built_late_are_right_to_left_in_an_arabic_request(
        qtbot: QtBot, tmp_path: FilePath) -> None:
    window = long_window(qtbot, tmp_path, "ar")
    assert window.go_to_path((*BLOCKS, 270, "text"))
    settle()
    panel = window.form_panel
    assert panel is not None
    text = text_editor(panel, (*BLOCKS, 270, "text"))
    assert text.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_tab_goes_from_row_to_row_in_a_long_list(qtbot: QtBot) -> None:
    panel = open_panel(qtbot, ENCLOSURE, blocks=LONG)
    blocks = list_editor(panel, BLOCKS)
    # rows built out of their order: far down first, then the middle, then upwards
    for index in (280, 150, 120):
        assert panel.focus_path((*BLOCKS, index, "text"))
        settle()
    for index in (120, 121, 122):
        assert index in built_names(blocks) or index == 122
        start = QApplication.focusWidget()
        assert start is not None and start.objectName() == f"{path_text(BLOCKS)}[{index}].text"
        for _ in range(12):  # its check box and buttons, then the next row's text
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            settle()
            focused = QApplication.focusWidget()
            assert focused is not None
            if not focused.objectName().startswith(f"{path_text(BLOCKS)}[{index}]"):
                break
        assert focused.objectName() == f"{path_text(BLOCKS)}[{index + 1}].text"
        assert in_view(panel, focused)
    for _ in range(12):  # and Shift+Tab back up
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not None
        if not focused.objectName().startswith(f"{path_text(BLOCKS)}[123]"):
            break
    assert focused.objectName().startswith(f"{path_text(BLOCKS)}[122]")


def test_rows_come_and_go_many_times_without_harm(qtbot: QtBot) -> None:
    """Scrolling, adding, removing, moving and undoing at random in a long list, with
    garbage collections in between: rows are built and emptied again and again, and the
    form still matches the project (a row handed to Python before Qt deleted it once made
    PySide crash here)."""
    panel = open_panel(qtbot, ENCLOSURE, blocks=LONG)
    project, bar = panel.project, panel.verticalScrollBar()
    chooser = random.Random(7)
    for step in range(60):
        index = chooser.randrange(len(project.value(BLOCKS)))
        action = chooser.random()
        if action < 0.35:
            bar.setValue(chooser.randrange(bar.maximum() + 1))
        elif action < 0.65:
            assert panel.focus_path((*BLOCKS, index, "text"))
            settle()
            suffix = chooser.choice(("delete", "up", "insert"))
            found = panel.widget().findChild(QToolButton, f"{path_text(BLOCKS)}[{index}].{suffix}")
            assert found is not None
            found.click()
        elif action < 0.85 and project.undo_stack.canUndo():
            project.undo_stack.undo()
        elif project.undo_stack.canRedo():
            project.undo_stack.redo()
        settle()
        if step % 10 == 0:
            gc.collect()
    assert_form_matches_project(panel)
