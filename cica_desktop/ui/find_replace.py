"""Edit ▸ Find and replace (Ctrl+F, Ctrl+H): a small window beside the forms that goes from
one occurrence to the next across the whole project, selecting each in its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from ..app.find import Match, Search, find_all, replace_all, replace_one, text_fields
from ..app.paths import Path
from ..app.project import Project

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget

#: Shows *match* to the user: selects its part, puts the cursor in its field and returns
#: the field's editor (None when it has none).
GoTo = Callable[[Match], QWidget | None]


class FindReplaceDialog(QDialog):
    """Non-modal: the user keeps editing the forms while it is open."""

    def __init__(self, project: Project, go_to: GoTo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_replace")
        self.setModal(False)
        self.project = project
        self.go_to = go_to
        #: The occurrence shown last; "Find next" goes on from there.
        self.current: Match | None = None

        self.find_text = _named(QLineEdit(), "find_text")
        self.replace_text = _named(QLineEdit(), "replace_text")
        self.whole_word = _named(QCheckBox(), "find_whole_word")
        self.match_case = _named(QCheckBox(), "find_match_case")
        self.find_next_button = _named(QPushButton(), "find_next")
        self.find_previous_button = _named(QPushButton(), "find_previous")
        self.replace_button = _named(QPushButton(), "replace_one")
        self.replace_all_button = _named(QPushButton(), "replace_all")
        self.status = _named(QLabel(), "find_status")
        self.find_label = QLabel()
        self.replace_label = QLabel()
        self.find_label.setBuddy(self.find_text)
        self.replace_label.setBuddy(self.replace_text)

        grid = QGridLayout(self)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_text, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_text, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.whole_word)
        options.addWidget(self.match_case)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        buttons = QHBoxLayout()
        for button in (self.find_previous_button, self.find_next_button, self.replace_button,
                       self.replace_all_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)

        self.find_next_button.setDefault(True)
        self.find_next_button.clicked.connect(lambda: self.find_next())
        self.find_previous_button.clicked.connect(lambda: self.find_next(backwards=True))
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        for box in (self.whole_word, self.match_case):
            box.toggled.connect(self._search_changed)
        self.find_text.textChanged.connect(self._search_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and replace"))
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.whole_word.setText(self.tr("Whole words only"))
        self.match_case.setText(self.tr("Match case"))
        self.find_next_button.setText(self.tr("Find &next"))
        self.find_previous_button.setText(self.tr("Find &previous"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &all"))

    def set_project(self, project: Project) -> None:
        self.project = project
        self.current = None
        self.status.clear()

    def open_for(self, replacing: bool) -> None:
        """Show the window with the cursor in the search field (Ctrl+F) or the replacement
        field (Ctrl+H); a word selected in a form is the first search."""
        selected = _selected_text()
        if selected:
            self.find_text.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        field = self.replace_text if replacing and self.find_text.text() else self.find_text
        field.setFocus()
        field.selectAll()

    # ------------------------------------------------------------------ searching
    def search(self) -> Search:
        return Search(self.find_text.text(), self.whole_word.isChecked(),
                      self.match_case.isChecked())

    def _search_changed(self) -> None:
        self.current = None
        self.status.clear()

    def find_next(self, backwards: bool = False) -> Match | None:
        """Go to the next (or previous) occurrence after the last one shown, wrapping round
        at the end of the project."""
        found = find_all(self.project.data, self.search())
        if not found:
            self.current = None
            self.status.setText(self.tr("Not found.") if self.find_text.text() else "")
            return None
        field_order = {path: i for i, (path, _text) in enumerate(text_fields(self.project.data))}
        index = _next_index(found, self.current, backwards, field_order)
        self.current = found[index]
        self.status.setText(self.tr("{n} of {count}").format(n=index + 1, count=len(found)))
        editor = self.go_to(self.current)
        if editor is not None:
            _select(editor, self.current)
        return self.current

    def replace(self) -> None:
        """Replace the occurrence shown (one undo step) and go to the next one."""
        search = self.search()
        if self.current is None or not replace_one(self.project, self.current, search,
                                                   self.replace_text.text()):
            self.find_next()
            return
        # The text after the replacement moved: go on from its end.
        replaced_at = self.current
        shift = len(self.replace_text.text()) - (replaced_at.end - replaced_at.start)
        self.current = Match(replaced_at.path, replaced_at.start, replaced_at.end + shift)
        if self.find_next() is None:
            self.status.setText(self.tr("Replaced; no more occurrences."))

    def replace_all(self) -> None:
        count = replace_all(self.project, self.search(), self.replace_text.text())
        self.current = None
        self.status.setText(self.tr("Replaced {count} occurrence(s) in one step (Undo takes "
                                    "them back).").format(count=count) if count
                            else self.tr("Not found."))


def _next_index(found: list[Match], current: Match | None, backwards: bool,
                field_order: dict[Path, int]) -> int:
    """The occurrence after (or before) *current* in document order, wrapping round."""
    if current is None:
        return len(found) - 1 if backwards else 0
    field = field_order.get(current.path, -1)
    keys = [(field_order.get(match.path, -1), match.start) for match in found]
    if backwards:
        before = [i for i, key in enumerate(keys) if key < (field, current.start)]
        return before[-1] if before else len(found) - 1
    after = [i for i, key in enumerate(keys) if key >= (field, current.end)]
    return after[0] if after else 0


def _selected_text() -> str:
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QTextEdit):
        text = widget.textCursor().selectedText()
        return "" if "\u2029" in text else text
    return ""


def _select(widget: QWidget, match: Match) -> None:
    """Select the occurrence in its field's editor (shown even while this window has the
    focus)."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(match.start, match.end - match.start)
    elif isinstance(widget, QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()


__all__ = ["FindReplaceDialog"]
