"""Helpers for driving the real window in tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
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


#: A window in a child process that edits the project's title and runs until killed; it
#: prints its recovery file once autosaved ("no autosave" if none came within 20 s).
_AUTOSAVING_CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from cica_desktop.ui.app import create_window
    app = QApplication([])
    window = create_window([sys.argv[1]])
    window.project.set_value(("item_title",), sys.argv[2])
    deadline = time.time() + 20
    while not window.autosaver.file.exists() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print(window.autosaver.file if window.autosaver.file.exists() else "no autosave",
          flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def start_autosaving_child(project_file: Path, data_dir: Path, title: str,
                           autosave_seconds: float) -> tuple[subprocess.Popen[str], Path]:
    """The child window (see _AUTOSAVING_CHILD) and its recovery file, once written."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "CICA_AUTOSAVE_SECONDS": str(autosave_seconds), "CICA_DATA_DIR": str(data_dir)}
    child = subprocess.Popen([sys.executable, "-c", _AUTOSAVING_CHILD, str(project_file),
                              title], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line == "no autosave" or not line:
        child.kill()
        raise AssertionError(f"the child did not autosave: {child.communicate()[1]}")
    return child, Path(line)
