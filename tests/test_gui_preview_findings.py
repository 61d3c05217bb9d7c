"""While typing, the findings and the preview catch up once the typing pauses: the findings
are listed in a worker thread, the draft is made in the render process."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import editor, open_window
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot


def backspaces(widget: QTextEdit, count: int) -> None:
    for _ in range(count):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Backspace,
                                                     Qt.KeyboardModifier.NoModifier))


def test_typing_a_paragraph_away_lists_it_and_previews_its_placeholder(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    window.go_to_path(("annexes", 0, "blocks", 2, "text"))
    field = editor(window, "annexes[0].blocks[2].text")
    assert isinstance(field, QTextEdit)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        backspaces(field, len(field.toPlainText()))
        assert window.project.undo_stack.count() == 1  # one step, however many keys
    assert window.project.package is None  # a gap now …
    document = window.preview.document
    shown = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "[Numbered paragraph]" in shown  # … shown as the form names it
    assert rendered.args[0] and "Draft: 1 field(s) to fill in" in \
        window.preview.state_label.text()
    expected = "✖ Annex I › Content 3 › Numbered paragraph: must not be empty"
    qtbot.waitUntil(lambda: expected in [window.findings.item(i).text()
                                         for i in range(window.findings.count())],
                    timeout=20_000)
    window.undo_action.trigger()  # the whole paragraph back in one undo
    assert window.project.package is not None
    assert field.toPlainText() == window.project.value(("annexes", 0, "blocks", 2, "text"))
