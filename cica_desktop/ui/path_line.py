"""Long paths and names in the dialogs: a line edit shows a text's start (the root of a
path, the first words of a mission's name), and a message shows a path on a line of its own
that never breaks inside a name (Qt wraps a label at a hyphen:
"A-62-232-en-" / "submission")."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit


def show_start(line: QLineEdit) -> None:
    """Show the start of *line*'s text, not its end, now and each time the user has
    finished editing it."""
    line.setCursorPosition(0)
    line.editingFinished.connect(lambda: line.setCursorPosition(0))


def whole_path_as_tooltip(line: QLineEdit) -> None:
    """*line* holds a path too long to show whole: its tooltip is the whole of it."""
    line.setToolTip(line.text())
    line.textChanged.connect(line.setToolTip)


def unbroken_path(path: Path, metrics: QFontMetrics, width: int) -> str:
    """*path* as rich text that never wraps: its last name whole, the folders above it
    elided in the middle to fit *width* pixels. A message box wraps even a `<nobr>` line
    that is wider than it lets its text be (about 400 pixels), so *width* must stay under
    that."""
    if not path.name:  # a drive or the root
        return f"<nobr>{html.escape(str(path))}</nobr>"
    above = str(path.parent).rstrip(os.sep) + os.sep
    room = max(width - metrics.horizontalAdvance(path.name), metrics.averageCharWidth() * 12)
    shown = metrics.elidedText(above, Qt.TextElideMode.ElideMiddle, room) + path.name
    return f"<nobr>{html.escape(shown)}</nobr>"
