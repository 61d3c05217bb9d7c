"""The form of the selected part, kept in step with the project (undo, redo, other edits)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from ..app.paths import Path, parse_path, path_text
from ..app.project import Project
from ..app.signing import SignerProfile
from .editors import FormContext
from .forms import build_form
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
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(widget, 40, 80))
        return True

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
                return
            probe = probe[:-1]
        self._schedule_build()

    def _structure_changed(self, path: Path) -> None:
        if form_of(self.project, self.node) is None:
            return  # the part is gone; the main window picks another
        if self._under_node(path):
            self._schedule_build()

    def _schedule_build(self) -> None:
        """Rebuild once, after the current event: several changes make one rebuild."""
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._build_if_pending)

    def _build_if_pending(self) -> None:
        if self._rebuild_pending:
            self._build()


__all__ = ["FormPanel", "parse_path"]
