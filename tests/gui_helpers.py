"""Helpers for driving the real window in tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cica_desktop.app.project import Project
from cica_desktop.samples import sample_path
from cica_desktop.ui.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Type *text* into *widget* one key event per character.

    QTest.keyClicks aborts the process on non-ASCII characters (docs/LIBRARIES.md §1), so
    Chinese, Arabic and Russian go through QKeyEvent with Key_unknown and the character as
    text.
    """
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def open_window(qtbot, tmp_path: Path, language: str = "zh") -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a copy of the sample, saved in tmp_path."""
    project_file = tmp_path / f"cica.{language}.json"
    shutil.copy(sample_path(language), project_file)
    window = MainWindow(Project.open(project_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle() -> None:
    """Let queued work run: form rebuilds are deferred, old pages deleted later."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def editor(window: MainWindow, name: str) -> QWidget:
    settle()
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget
