"""The form of the selected part, kept in step with the project (undo, redo, other edits)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..app.paths import Path, parse_path, path_text
from ..app.project import Project
from ..app.signing import SignerProfile
from .editors import FormContext
from .forms import ListEditor, build_form
from .formspec import ANNEX_FORMS, ENCLOSURE, ENCLOSURE_ANNEX, LETTER, SETTINGS, Form
from .navigator import LETTER_NODE, SETTINGS_NODE, node_title
from .widgets import guard_wheel


def form_of(project: Project, node: Path) -> tuple[Form, Path] | None:
    if node == SETTINGS_NODE:
        return SETTINGS, ()
    if node == LETTER_NODE:
        return LETTER, ("letter",)
    value = project.value(node)
    if not isinstance(value, dict):
        return None
    if node[-1] == "enclosure":
        return ENCLOSURE, node
    if node[-1] == "annex":
        return ENCLOSURE_ANNEX, node
    form = ANNEX_FORMS.get(str(value.get("kind")))
    return (form, node) if form else None


class FormPanel(QScrollArea):
    """The form of one part. Over its fields the wheel scrolls the form; it changes a value
    only in the field that has the keyboard focus (widgets.guard_wheel). A row added to a
    list gets the cursor, scrolled into view."""

    def __init__(self, project: Project,
                 signer_profile: Callable[[], SignerProfile] | None = None) -> None:
        super().__init__()
        self.setObjectName("form_panel")
        self.setWidgetResizable(True)
        # The form always fits the panel's width; only vertical scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Clicking a row's buttons must not move the keyboard focus to the panel itself.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.project = project
        self.node: Path = SETTINGS_NODE
        self._signer_profile = signer_profile
        self.ctx = self._new_context()
        self._rebuild_pending = False
        self._focus_after_build: Path | None = None
        project.value_changed.connect(self._value_changed)
        project.structure_changed.connect(self._structure_changed)

    def show_node(self, node: Path) -> None:
        if node == self.node and self.widget() is not None and not self._rebuild_pending:
            return
        self.node = node
        self._build(keep_scroll=False)

    def rebuild(self) -> None:
        """Build the current form again (its labels in a newly installed language)."""
        self._build(keep_scroll=True)

    def _build(self, keep_scroll: bool = True) -> None:
        self._rebuild_pending = False
        scroll = self.verticalScrollBar().value() if keep_scroll else 0
        focused = self.focusWidget() if keep_scroll else None
        focus_name = focused.objectName() if focused is not None else ""
        self.ctx = self._new_context()
        page = QWidget()
        layout = QVBoxLayout(page)
        found = form_of(self.project, self.node)
        title = QLabel(f"<h2>{node_title(self.project.data, self.node)}</h2>"
                       if found else "")
        title.setObjectName("form_title")
        layout.addWidget(title)
        if found is not None:
            form, path = found
            layout.addWidget(build_form(self.ctx, form, path))
        layout.addStretch(1)
        guard_wheel(page)
        # The old page may be the sender of the signal that led here (a check box that adds
        # an enclosure): it is deleted later, never under its own feet.
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.hide()
            old.deleteLater()
        target = self._focus_after_build
        self._focus_after_build = None
        QTimer.singleShot(0, lambda: self._after_layout(scroll, focus_name, target))

    def _new_context(self) -> FormContext:
        return FormContext(self.project, self.focus_path, self._signer_profile)

    def _after_layout(self, scroll: int, focus_name: str, target: Path | None) -> None:
        self.verticalScrollBar().setValue(scroll)
        if target is not None:
            self.focus_path(target)
        elif focus_name:
            widget = self.ctx.editors.get(focus_name)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def editor(self, path: Path) -> QWidget | None:
        """The widget editing *path*, or the nearest one above it."""
        self._materialise(path)
        while path:
            widget = self.ctx.editors.get(path_text(path))
            if isinstance(widget, QWidget):  # (every editor is one)
                return widget
            path = path[:-1]
        return None

    def focus_target(self, path: Path) -> QWidget | None:
        """The widget that takes the cursor for *path*: its editor; else, for a row or a
        sub-form, the first text field inside it (else its first editor); else the nearest
        editor above it."""
        self._materialise(path)
        exact = self.ctx.editors.get(path_text(path))
        if isinstance(exact, QWidget):
            return exact
        prefix = path_text(path)
        inside: list[QWidget] = [widget for name, widget in self.ctx.editors.items()
                                 if name.startswith((f"{prefix}.", f"{prefix}["))
                                 and isinstance(widget, QWidget)]
        typed = [widget for widget in inside if isinstance(widget, QLineEdit | QTextEdit)]
        return (typed or inside)[0] if inside else self.editor(path)

    def focus_path(self, path: Path) -> bool:
        """Scroll to the editor of *path* and put the cursor there (once the form is
        rebuilt, if it is about to be)."""
        if self._rebuild_pending:
            self._focus_after_build = path
            return True
        widget = self.focus_target(path)
        if widget is None:
            return False
        focus_at = getattr(widget, "focus_at", None)  # an editor with cells (a table)
        if callable(focus_at):
            focus_at(path)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        # After the layout has settled, or the scroll position is computed on stale sizes.
        QTimer.singleShot(0, self, lambda: self._show_widget(widget))
        return True

    def _show_widget(self, widget: QWidget) -> None:
        """Scroll *widget* into view, on the sizes of the form as it is now laid out (a row
        just added: its layout requests are still pending, nested one in another)."""
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(widget, 40, 80)
        if self.building() and widget.hasFocus():
            # Rows above it are still being built and push it down: follow it until done.
            QTimer.singleShot(50, widget, lambda: self._show_widget(widget))

    def _under_node(self, path: Path) -> bool:
        found = form_of(self.project, self.node)
        base = found[1] if found else self.node
        return path[: len(base)] == base or base[: len(path)] == path

    def _value_changed(self, path: Path) -> None:
        if not self._under_node(path):
            return
        probe = path
        while probe:
            if self.ctx.refresh(probe):
                self._touch(path)
                return
            probe = probe[:-1]
        self._schedule_build()

    def _structure_changed(self, path: Path) -> None:
        found = form_of(self.project, self.node)
        if found is None:
            return  # the part is gone; the main window picks another
        if not self._under_node(path) or self._rebuild_pending:
            return
        base = found[1]
        if path[:len(base)] == base and self._update_in_place(path):
            return
        self._schedule_build()

    def _update_in_place(self, path: Path) -> bool:
        """Update the form where the structure at *path* changed: the list there (its rows
        added, removed, moved), else the row of a list that holds *path* (built again);
        False when no list holds it (the whole form is rebuilt)."""
        self._materialise(path)
        editor = self.ctx.editors.get(path_text(path))
        if isinstance(editor, ListEditor):
            editor.sync()
            self._touch(path)
            return True
        for length in range(len(path) - 1, 0, -1):
            holder = self.ctx.editors.get(path_text(path[:length]))
            index = path[length]
            if isinstance(holder, ListEditor) and isinstance(index, int):
                holder.rebuild_row(index)
                self._touch(path[:length])
                return True
        return False

    def _lists_along(self, path: Path) -> list[tuple[ListEditor, int]]:
        """The lists that hold *path*, outermost first, with the index of the row on it."""
        found: list[tuple[ListEditor, int]] = []
        for length in range(1, len(path)):
            editor = self.ctx.editors.get(path_text(path[:length]))
            index = path[length]
            if isinstance(editor, ListEditor) and isinstance(index, int):
                found.append((editor, index))
        return found

    def _touch(self, path: Path) -> None:
        """The rows holding *path* remember their items as they are now (a row is kept as
        long as its item is the same object)."""
        for editor, index in self._lists_along(path):
            editor.touch(index)

    def _materialise(self, path: Path) -> None:
        """Build now the rows on the way to *path* that a long list has not built yet."""
        for length in range(1, len(path)):
            editor = self.ctx.editors.get(path_text(path[:length]))
            index = path[length]
            if isinstance(editor, ListEditor) and isinstance(index, int):
                editor.materialise(index)

    def building(self) -> bool:
        """Whether some rows of a long list are still being built on the event loop."""
        return any(isinstance(editor, ListEditor) and editor.building()
                   for editor in list(self.ctx.editors.values()))

    def _schedule_build(self) -> None:
        """Rebuild once, after the current event: several changes make one rebuild."""
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._build_if_pending)

    def _build_if_pending(self) -> None:
        if self._rebuild_pending:
            self._build()


__all__ = ["FormPanel", "parse_path"]
