"""Faults found in review of the desktop application, pinned down."""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import editor, open_window, settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

from cica_desktop.samples import sample_path
from cica_desktop.ui.navigator import SETTINGS_NODE


def test_ticking_has_an_enclosure_adds_the_part_without_crashing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.findChild(QAction, "add_letter").trigger()
    node = ("annexes", 3)
    assert window.navigator.current_node() == node
    box = editor(window, "annexes[3].enclosure")
    assert isinstance(box, QCheckBox)
    box.click()
    settle()
    assert window.project.value((*node, "enclosure")) is not None
    assert window.navigator.has((*node, "enclosure"))
    window.undo()
    settle()
    assert window.project.value((*node, "enclosure")) is None
    assert not window.navigator.has((*node, "enclosure"))


def test_optional_fields_of_new_parts_take_typing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.findChild(QAction, "add_draft_resolution").trigger()
    title = editor(window, "annexes[3].title")
    type_text(title, "Cooperation")
    assert window.project.value(("annexes", 3, "title")) == "Cooperation"


def test_a_list_change_keeps_the_form_where_it_was(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    window.resize(1366, 768)
    node = ("annexes", 2, "enclosure")
    window.navigator.select(node)
    settle()
    panel = window.form_panel
    assert panel is not None
    target = editor(window, "annexes[2].enclosure.blocks[16].down")
    panel.ensureWidgetVisible(target)
    settle()
    before = panel.verticalScrollBar().value()
    assert before > 0
    qtbot.mouseClick(editor(window, "annexes[2].enclosure.blocks[16].down"),
                     Qt.MouseButton.LeftButton)
    settle()
    assert abs(panel.verticalScrollBar().value() - before) < 200
    assert window.navigator.current_node() == node


def test_a_malformed_project_is_refused_and_the_window_stays_usable(
        qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["annexes"] = [5]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert not window.open_file(broken, confirmed=True)
    assert "annexes[0]" in dialogs[-1][1]
    assert window.project.value(("annexes", 0, "kind")) == "memorandum"
    window.navigator.select(SETTINGS_NODE)
    assert editor(window, "item_title")


def test_the_bundled_sample_opens_as_an_untitled_copy(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.ui import app

    window = app.create_window([])
    qtbot.addWidget(window)
    assert window.project.file_path is None
    assert window.project.value(("language",)) == "zh"


def test_the_preview_keeps_the_readers_page_while_editing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    window.navigator.select(("annexes", 2, "enclosure"))
    qtbot.waitUntil(lambda: window.preview.document.pageCount() == 8, timeout=10_000)
    settle()
    qtbot.waitUntil(lambda: window.preview.current_page() == 4, timeout=5_000)
    window.preview.view.pageNavigator().jump(6, window.preview.view.pageNavigator()
                                             .currentLocation())
    settle()
    page = window.preview.current_page()
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        window.project.set_value(("annexes", 2, "enclosure", "title"), "执行办法")
    settle()
    assert window.preview.current_page() == page


def test_undo_shows_the_part_that_changed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("annexes", 0))
    window.project.set_value(("annexes", 0, "blocks", 0, "text"), "Changed.")
    window.navigator.select(SETTINGS_NODE)
    window.undo()
    assert window.navigator.current_node() == ("annexes", 0)


def test_ctrl_z_in_a_spin_box_undoes_through_the_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigator.select(SETTINGS_NODE)
    session = editor(window, "session")
    assert isinstance(session, QSpinBox)
    session.setFocus()
    session.setValue(70)
    assert window.project.value(("session",)) == 70
    inner = session.findChild(QLineEdit)
    assert inner is not None
    qtbot.keyClick(inner, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.value(("session",)) == 62
    assert session.value() == 62


def test_characters_no_font_can_show_are_named_above_the_preview(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("letter", "blocks", 0, "text"), "Alchemical air 🜁.")
    qtbot.waitUntil(lambda: "U+1F701" in window.preview.state_label.text(), timeout=10_000)
