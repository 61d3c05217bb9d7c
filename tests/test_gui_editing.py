"""Editing in the real window: forms change the project, the preview follows, undo restores."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import editor, open_window, settle, type_text
from PySide6.QtCore import QMimeData, QPointF, QRect, Qt
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QToolButton, QWidget

from cica_desktop.app.paths import parse_path
from cica_desktop.app.spelling import State, spell_checking
from cica_desktop.ui.forms import MIME_ROW, ListEditor
from cica_desktop.ui.navigator import LETTER_NODE, SETTINGS_NODE
from cica_desktop.ui.spelling import context_menu


def preview_text(window) -> str:  # type: ignore[no-untyped-def]
    document = window.preview.document
    return "".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_typing_changes_the_model_rerenders_the_preview_and_undo_restores(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=10_000)
    window.navigator.select(LETTER_NODE)
    paragraph = editor(window, "letter.blocks[1].text")
    assert isinstance(paragraph, QTextEdit)
    original = window.project.value(("letter", "blocks", 1, "text"))
    paragraph.moveCursor(paragraph.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        type_text(paragraph, "测试文本")
    assert window.project.value(("letter", "blocks", 1, "text")) == original + "测试文本"
    assert "测试文本" in preview_text(window).replace("\n", "")
    assert window.isWindowModified()
    # the four keystrokes are one undo step
    window.undo_action.trigger()
    assert window.project.value(("letter", "blocks", 1, "text")) == original
    assert paragraph.toPlainText() == original
    window.redo_action.trigger()
    assert paragraph.toPlainText() == original + "测试文本"


def test_ctrl_z_in_a_field_undoes_through_the_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts reach only the active window
    window.navigator.select(SETTINGS_NODE)
    mission = editor(window, "mission")
    assert isinstance(mission, QLineEdit)
    before = window.project.value(("mission",))
    mission.end(False)
    type_text(mission, " (New York)")
    assert window.project.value(("mission",)) == before + " (New York)"
    steps = window.project.undo_stack.count()
    qtbot.keyClick(mission, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.value(("mission",)) == before
    assert mission.text() == before
    assert window.project.undo_stack.count() == steps  # no extra edit was recorded
    assert window.project.undo_stack.canRedo()


@pytest.mark.parametrize("text", ["Қазақстан", "Российская Федерация", "كازاخستان", "中文"])
def test_any_script_can_be_typed(qtbot, tmp_path: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(SETTINGS_NODE)
    mission = editor(window, "mission")
    assert isinstance(mission, QLineEdit)
    mission.clear()
    window.project.set_value(("mission",), "")
    type_text(mission, text)
    assert window.project.value(("mission",)) == text


def test_add_insert_move_and_delete_paragraphs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    paragraphs = ("letter", "blocks")
    before = list(window.project.value(paragraphs))
    blank = {"type": "paragraph", "text": "", "numbered": False}
    add = editor(window, "letter.blocks.add")
    assert isinstance(add, QToolButton) and add.menu() is not None
    next(a for a in add.menu().actions()
         if a.objectName() == "letter.blocks.add.paragraph").trigger()
    assert window.project.value(paragraphs) == [*before, blank]
    qtbot.mouseClick(editor(window, "letter.blocks[0].insert"), Qt.MouseButton.LeftButton)
    inserted = window.project.value(paragraphs)[0]
    assert window.project.value(paragraphs) == [inserted, *before, blank]
    qtbot.mouseClick(editor(window, "letter.blocks[1].down"), Qt.MouseButton.LeftButton)
    assert window.project.value(paragraphs)[:3] == [inserted, before[1], before[0]]
    qtbot.mouseClick(editor(window, "letter.blocks[0].delete"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor(window, "letter.blocks[3].delete"), Qt.MouseButton.LeftButton)
    assert window.project.value(paragraphs) == [before[1], before[0], before[2]]
    for _ in range(5):
        window.undo_action.trigger()
    assert window.project.value(paragraphs) == before


def test_drag_and_drop_moves_a_paragraph(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("annexes", 0))
    paragraphs = ("annexes", 0, "blocks")
    before = list(window.project.value(paragraphs))
    target = editor(window, "annexes[0].blocks")
    assert isinstance(target, ListEditor)
    mime = QMimeData()
    mime.setData(MIME_ROW, b"annexes[0].blocks\n0")
    y = target.rows[2].geometry().center().y() + 1
    drop = QDropEvent(QPointF(10, y), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Offscreen Qt delivers no drop without a real drag in progress: call the handler.
    target.dropEvent(drop)
    after = window.project.value(paragraphs)
    assert after[:3] == [before[1], before[2], before[0]]
    # a drop from another list is refused
    mime.setData(MIME_ROW, b"letter.blocks\n0")
    moved = list(window.project.value(paragraphs))
    other = editor(window, "annexes[0].blocks")
    assert isinstance(other, ListEditor)
    other.dropEvent(QDropEvent(QPointF(10, y), Qt.DropAction.MoveAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.project.value(paragraphs) == moved


def test_resolution_paragraphs_and_sub_paragraphs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("annexes", 1))
    qtbot.mouseClick(editor(window, "annexes[1].operative[0].subparagraphs.add"),
                     Qt.MouseButton.LeftButton)
    sub = editor(window, "annexes[1].operative[0].subparagraphs[0].text")
    type_text(sub, "to report;")
    verb = editor(window, "annexes[1].operative[1].verb")
    assert isinstance(verb, QLineEdit) and verb.text() == "Requests"
    assert window.project.value(("annexes", 1, "operative", 0, "subparagraphs")) == [
        {"text": "to report;"}]
    assert window.project.package is not None


def test_annexes_are_added_moved_and_removed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    kinds = lambda: [a["kind"] for a in window.project.value(("annexes",))]  # noqa: E731
    assert kinds() == ["memorandum", "draft_resolution", "letter"]
    window.findChild(QAction, "add_memorandum").trigger()
    assert kinds() == ["memorandum", "draft_resolution", "letter", "memorandum"]
    assert window.navigator.current_node() == ("annexes", 3)
    qtbot.mouseClick(editor(window, "annex_up"), Qt.MouseButton.LeftButton)
    assert kinds() == ["memorandum", "draft_resolution", "memorandum", "letter"]
    assert window.navigator.current_node() == ("annexes", 2)
    qtbot.mouseClick(editor(window, "remove_annex"), Qt.MouseButton.LeftButton)
    assert kinds() == ["memorandum", "draft_resolution", "letter"]
    window.undo_action.trigger()
    assert kinds() == ["memorandum", "draft_resolution", "memorandum", "letter"]


def test_enclosure_table_rows_and_columns(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    node = ("annexes", 2, "enclosure", "annex")
    window.navigator.select(node)
    table_path = (*node, "blocks", 1)
    rows = len(window.project.value((*table_path, "rows")))
    qtbot.mouseClick(editor(window, "annexes[2].enclosure.annex.blocks[1].add_row"),
                     Qt.MouseButton.LeftButton)
    assert len(window.project.value((*table_path, "rows"))) == rows + 1
    qtbot.mouseClick(editor(window, "annexes[2].enclosure.annex.blocks[1].add_column"),
                     Qt.MouseButton.LeftButton)
    assert len(window.project.value((*table_path, "header"))) == 3
    assert all(len(r) == 3 for r in window.project.value((*table_path, "rows")))
    table_widget = editor(window, "annexes[2].enclosure.annex.blocks[1]")
    table = table_widget.table  # type: ignore[attr-defined]
    table.item(1, 0).setText("阿塞拜疆共和国")
    assert window.project.value((*table_path, "rows", 0, 0)) == "阿塞拜疆共和国"


def test_findings_list_problems_and_jump_to_the_field(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("annexes", 0, "blocks", 2, "text"), "")
    texts = [window.findings.item(i).text() for i in range(window.findings.count())]
    assert "✖ Annex I › Content 3 › Numbered paragraph: must not be empty" in texts
    assert "Draft: 1 field(s) to fill in" in window.preview.state_label.text()
    item = next(window.findings.item(i) for i in range(window.findings.count())
                if window.findings.item(i).toolTip() == "annexes[0].blocks[2].text")
    window.findings.itemClicked.emit(item)
    assert window.navigator.current_node() == ("annexes", 0)
    focused = window.focusWidget()
    assert focused is not None and focused.objectName() == "annexes[0].blocks[2].text"


def test_every_editor_is_named_by_its_model_path(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    from cica_desktop.ui.navigator import nodes_of

    checked = 0
    for node, _parent in nodes_of(window.project.data):
        window.navigator.select(node)
        assert window.form_panel is not None
        for name, widget in window.form_panel.ctx.editors.items():
            assert widget.objectName() == name
            assert widget.accessibleName(), name
            path = parse_path(name)
            assert window.project.value(path, "missing") != "missing" or \
                isinstance(widget, QWidget)
            checked += 1
    assert checked > 200


def test_new_request_has_the_standard_rule_15_wording(qtbot, tmp_path: Path,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    from cica_desktop.ui import main_window
    from cica_desktop.ui.dialogs import NewProjectDialog

    def accept(dialog: NewProjectDialog) -> int:
        dialog.state.setText("Mongolia")
        dialog.item_title.setText("Observer status for the Example Forum in the General "
                                  "Assembly")
        dialog.organization.setText("the Example Forum")
        dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
        return NewProjectDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window.NewProjectDialog, "exec", accept)
    window.new_project()
    letter = [block["text"] for block in window.project.value(("letter", "blocks"))]
    assert letter[0].startswith("On instructions from my Government, and pursuant to rule "
                                "15 of the rules of procedure of the General Assembly, I have "
                                "the honour to request")
    assert "“Observer status for the Example Forum in the General Assembly”" in letter[0]
    operative = window.project.value(("annexes", 1, "operative", 0))
    assert operative == {"verb": "Decides", "text": "to invite the Example Forum to "
                         "participate in the sessions and the work of the General Assembly "
                         "in the capacity of observer;"}
    # the blanks the user must fill are findings, not invented text
    assert {e.path for e in window.project.errors} >= {"letter.senders[0].name",
                                                       "annexes[0].blocks[0].text"}
    assert window.project.file_path is None and window.isWindowModified()
    assert window.project.value(("paper",)) == "a4"
    from cica_desktop.app.settings import Settings

    assert Settings().paper_size() == "a4"  # the next new request starts on A4


def test_arabic_text_fields_run_right_to_left(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "ar")
    window.navigator.select(LETTER_NODE)
    paragraph = editor(window, "letter.blocks[0].text")
    assert paragraph.layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_text(paragraph, "،")
    assert window.project.value(("letter", "blocks", 0, "text")).count("،") >= 1


def red_pixels(widget: QWidget, area: QRect) -> int:
    """How many pixels inside *area* of *widget* are the spelling underline's red (the
    wave is antialiased: red blended with the background, never grey or black)."""
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    count = 0
    for x in range(int(area.left() * ratio), int(area.right() * ratio)):
        for y in range(int(area.top() * ratio), int(area.bottom() * ratio)):
            colour = image.pixelColor(x, y)
            count += colour.red() - colour.green() > 60 and colour.red() - colour.blue() > 60
    return count


def test_unknown_words_in_table_cells_are_underlined(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    node = ("annexes", 2, "enclosure", "annex")
    window.navigator.select(node)
    table_path = (*node, "blocks", 1)
    window.project.set_value((*table_path, "rows", 0, 0), "Kazakhstn")
    window.project.set_value((*table_path, "rows", 1, 0), "Kazakhstan")
    qtbot.waitUntil(lambda: spell_checking().state("en") is State.READY, timeout=60_000)
    table_widget = editor(window, "annexes[2].enclosure.annex.blocks[1]")
    table = table_widget.table  # type: ignore[attr-defined]
    table.viewport().update()
    settle()
    wrong, right = table.visualItemRect(table.item(1, 0)), table.visualItemRect(table.item(2, 0))
    assert red_pixels(table.viewport(), wrong) > 5
    assert red_pixels(table.viewport(), right) == 0
    # the cell's editor underlines too, and offers the spelling menu of a line field
    table.setCurrentCell(1, 0)
    table.editItem(table.item(1, 0))
    settle()
    cell = table.viewport().focusWidget() or QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and cell.text() == "Kazakhstn"
    assert red_pixels(cell, cell.rect()) > 5
    menu = context_menu(cell, cell.cursorRect().center(), "en")
    assert "spelling.add" in [action.objectName() for action in menu.actions()]
