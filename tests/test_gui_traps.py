"""Nothing changes the document without the user knowing (issue 12): the wheel scrolls the
form over fields that do not have the focus, the signer profile fills in a signatory only
when asked, and a row just added takes what is typed next."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from gui_helpers import open_window, settle
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollBar,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cica_desktop.app.settings import Settings
from cica_desktop.app.signing import SignerProfile
from cica_desktop.ui.main_window import MainWindow
from cica_desktop.ui.navigator import LETTER_NODE, SETTINGS_NODE, nodes_of

# --------------------------------------------------------------------------- helpers


def active_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, tmp_path, "en")
    window.activateWindow()
    qtbot.waitActive(window)  # the focus is real only in the active window
    return window


def value_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under *root* whose value Qt's wheel changes (as Qt ships them)."""
    return [widget for widget in root.findChildren(QWidget)
            if isinstance(widget, QAbstractSpinBox | QComboBox | QAbstractSlider)
            and not isinstance(widget, QScrollBar) and widget.isVisibleTo(root)]


def shown_value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def wheel_over(window: MainWindow, widget: QWidget, notches: int) -> None:
    """A real wheel turn (through the window system, as a mouse sends it) over the middle
    of *widget*, which must be in view and not covered: positive scrolls up."""
    centre = widget.mapTo(window, widget.rect().center())
    under = window.childAt(centre)
    assert under is widget or widget.isAncestorOf(under), \
        f"{widget.objectName() or type(widget).__name__} is covered by {under}"
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, 120 * notches))
    QApplication.processEvents()


def scroll_into_view(window: MainWindow, widget: QWidget) -> None:
    assert window.form_panel is not None
    window.form_panel.ensureWidgetVisible(widget, 10, 40)
    QApplication.processEvents()


def name_of(widget: QWidget) -> str:
    """The model path a value widget edits (a date's editor names the box around it)."""
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else "?"


# --------------------------------------------------------------------------- the wheel


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot, tmp_path)
    panel = window.form_panel
    assert panel is not None
    bar = panel.verticalScrollBar()
    kinds: set[type] = set()
    scrolled = 0
    for node, _parent in nodes_of(window.project.data):
        window.navigator.select(node)
        settle()
        page = panel.widget()
        for widget in value_widgets(page):
            name = name_of(widget)
            # Not the wheel's to take: clicking or Tab gives the focus, the wheel never.
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, name
            kinds.add(type(widget))
            window.navigator.setFocus()  # the user last clicked a part in the navigator
            scroll_into_view(window, widget)
            data, steps = copy.deepcopy(window.project.data), window.project.undo_stack.count()
            shown = shown_value(widget)
            for notches in (1, -1):  # up and down: a combo or a spin box moves either way
                position = bar.value()
                can_scroll = position > bar.minimum() if notches > 0 else \
                    position < bar.maximum()
                wheel_over(window, widget, notches)
                assert not widget.hasFocus(), f"the wheel gave {name} the focus"
                assert shown_value(widget) == shown, f"the wheel changed {name}"
                if can_scroll:
                    assert bar.value() != position, f"the form did not scroll over {name}"
                    scrolled += 1
                    scroll_into_view(window, widget)
            settle()
            assert window.project.data == data, f"the wheel over {name} changed the project"
            assert window.project.undo_stack.count() == steps, name
    # Every kind of value editor the forms have was tried: choices, numbers, dates.
    assert any(issubclass(k, QSpinBox) for k in kinds)
    assert any(issubclass(k, QComboBox) for k in kinds)
    assert any(issubclass(k, QDateEdit) for k in kinds)
    assert scrolled > 10


@pytest.mark.parametrize("name", ["rule", "session", "issue_date"])
def test_the_wheel_changes_the_field_that_has_the_focus(
        qtbot: QtBot, tmp_path: Path, name: str) -> None:
    window = active_window(qtbot, tmp_path)
    window.navigator.select(SETTINGS_NODE)
    settle()
    [widget] = [w for w in value_widgets(window.form_panel.widget())  # type: ignore[union-attr]
                if name_of(w) == name]
    scroll_into_view(window, widget)
    if name == "issue_date":  # an optional date: set it first
        window.project.set_value(("issue_date",), "2026-09-01")
        settle()
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings it there
    assert widget.hasFocus()
    before = window.project.value((name,))
    steps = window.project.undo_stack.count()
    wheel_over(window, widget, 1)  # up: the rule 15 becomes 14, the session 53 54
    assert window.project.value((name,)) != before
    assert window.project.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert window.project.value((name,)) == before


# --------------------------------------------------------------------------- the profile


def test_a_new_request_leaves_its_signatory_blank_whatever_the_profile(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cica_desktop.ui import main_window

    Settings().set_signer_profile(SignerProfile(name="Kairat Umarov",
                                                titles=("Permanent Representative",)))
    window = open_window(qtbot, tmp_path, "en")
    monkeypatch.setattr(main_window.NewProjectDialog, "exec",
                        lambda self: main_window.NewProjectDialog.DialogCode.Accepted)
    window.project.undo_stack.setClean()
    window.new_project()
    settle()
    [sender] = window.project.value(("letter", "senders"))
    assert sender["name"] == "" and sender["titles"] == []
    assert "Kairat Umarov" not in window.project.to_json()


def test_use_my_profile_fills_in_that_signatory_in_one_undo_step(
        qtbot: QtBot, tmp_path: Path) -> None:
    Settings().set_signer_profile(SignerProfile(
        name="Kairat Umarov", titles=("Ambassador", "Permanent Representative")))
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    settle()
    senders = window.project.value(("letter", "senders"))
    assert len(senders) == 1
    window.findChild(QToolButton, "letter.senders.add").click()
    settle()
    before = copy.deepcopy(window.project.data)
    steps = window.project.undo_stack.count()
    button = window.findChild(QToolButton, "letter.senders[1].use_profile")
    assert button is not None and button.isVisible()
    assert button.text() == "Use my profile for this signatory"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    filled = window.project.value(("letter", "senders", 1))
    assert filled["name"] == "Kairat Umarov"
    assert filled["titles"] == ["Ambassador", "Permanent Representative"]
    # The other signatory and the rest of the signatory are as they were.
    assert window.project.value(("letter", "senders", 0)) == before["letter"]["senders"][0]
    assert filled["state"] == before["letter"]["senders"][1]["state"]
    assert window.project.undo_stack.count() == steps + 1
    # The form shows it (the titles' rows included).
    name = window.findChild(QLineEdit, "letter.senders[1].name")
    assert name is not None and name.text() == "Kairat Umarov"
    second_title = window.findChild(QLineEdit, "letter.senders[1].titles[1]")
    assert second_title is not None and second_title.text() == "Permanent Representative"
    window.undo_action.trigger()
    settle()
    assert window.project.data == before
    name = window.findChild(QLineEdit, "letter.senders[1].name")
    assert name is not None and name.text() == ""


def test_use_my_profile_without_a_profile_says_so_and_changes_nothing(
        qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    settle()
    before = copy.deepcopy(window.project.data)
    window.findChild(QToolButton, "letter.senders[0].use_profile").click()
    settle()
    assert window.project.data == before
    [(kind, text)] = dialogs
    assert kind == "information" and "Settings ▸ Signing" in text


def test_the_annex_letters_signatories_offer_the_profile_too(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(("annexes", 2))
    settle()
    count = len(window.project.value(("annexes", 2, "signatories")))
    assert count >= 1
    for index in range(count):
        assert window.findChild(QToolButton,
                                f"annexes[2].signatories[{index}].use_profile") is not None


# --------------------------------------------------------------------------- focus after Add


def typed_into_focus(window: MainWindow, text: str) -> QWidget:
    """Type *text* (lower-case letters and spaces) as the user would: through the window,
    so the keys go wherever the keyboard focus is (the navigator would take them as a
    type-ahead search and jump to another part)."""
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    for char in text:
        assert char == " " or "a" <= char <= "z"
        QTest.keyClick(window.windowHandle(), Qt.Key(ord(char.upper())))
    QApplication.processEvents()
    return focused


def in_view(window: MainWindow, widget: QWidget) -> bool:
    assert window.form_panel is not None
    viewport = window.form_panel.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(top_left) and top_left.y() + 10 < viewport.height()


@pytest.mark.parametrize(("node", "button", "new_path", "focused_name"), [
    # a paragraph of the cover letter
    (LETTER_NODE, "letter.blocks[2].insert", ("letter", "blocks", 2, "text"),
     "letter.blocks[2].text"),
    # a signatory: its name, the first text field of its sub-form
    (LETTER_NODE, "letter.senders.add", ("letter", "senders", 1, "name"),
     "letter.senders[1].name"),
    # an operative paragraph of the draft resolution: its verb
    (("annexes", 1), "annexes[1].operative.add", None, None),
    # a paragraph inserted above the first one of the memorandum
    (("annexes", 0), "annexes[0].blocks[0].insert", ("annexes", 0, "blocks", 0, "text"),
     "annexes[0].blocks[0].text"),
])
def test_a_new_row_takes_the_cursor_and_what_is_typed(
        qtbot: QtBot, tmp_path: Path, node: tuple[object, ...], button: str,
        new_path: tuple[object, ...] | None, focused_name: str | None) -> None:
    window = active_window(qtbot, tmp_path)
    window.navigator.select(node)
    settle()
    if new_path is None:  # the end of a list whose length the sample decides
        count = len(window.project.value(("annexes", 1, "operative")))
        new_path = ("annexes", 1, "operative", count, "verb")
        focused_name = f"annexes[1].operative[{count}].verb"
    window.navigator.setFocus()  # the user had clicked the part in the navigator
    add = window.findChild(QToolButton, button)
    assert add is not None
    scroll_into_view(window, add)
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    settle()
    focused = typed_into_focus(window, "recalling its resolution")
    assert focused.objectName() == focused_name
    assert isinstance(focused, QLineEdit | QTextEdit)
    assert window.project.value(new_path) == "recalling its resolution"
    assert window.navigator.current_node() == node  # no type-ahead jump to another part
    assert in_view(window, focused)


def test_a_block_added_from_the_menu_takes_the_cursor(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot, tmp_path)
    node = ("annexes", 2, "enclosure")
    window.navigator.select(node)
    settle()
    blocks = ("annexes", 2, "enclosure", "blocks")
    count = len(window.project.value(blocks))
    window.navigator.setFocus()
    action = window.findChild(QAction, "annexes[2].enclosure.blocks.add.heading")
    assert action is not None
    action.trigger()
    settle()
    # The heading's text, not its level: the cursor goes to the first text field.
    focused = typed_into_focus(window, "conclusions")
    assert focused.objectName() == f"annexes[2].enclosure.blocks[{count}].text"
    assert window.project.value((*blocks, count)) == {"type": "heading", "level": 1,
                                                      "text": "conclusions"}
    assert window.navigator.current_node() == node
    assert in_view(window, focused)  # the end of a long enclosure


def test_a_table_row_added_takes_the_cursor(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot, tmp_path)
    node = ("annexes", 2, "enclosure", "annex")
    window.navigator.select(node)
    settle()
    table_path = ("annexes", 2, "enclosure", "annex", "blocks", 1)
    rows = len(window.project.value((*table_path, "rows")))
    window.navigator.setFocus()
    add = window.findChild(QToolButton, "annexes[2].enclosure.annex.blocks[1].add_row")
    scroll_into_view(window, add)
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    settle()
    table = QApplication.focusWidget()
    assert isinstance(table, QTableWidget)
    assert (table.currentRow(), table.currentColumn()) == (rows + 1, 0)  # under the header
    assert window.navigator.current_node() == node
