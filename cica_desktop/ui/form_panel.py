"""The form of the selected part, kept in step with the project (undo, redo, other edits)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent
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
from .forms import ListEditor, build_form, lazy_row_of
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


#: Rows of a lazy list are built this far (pixels) above and below the visible part, and
#: emptied again beyond this many heights of the visible part.
_FILL_MARGIN = 100
_KEEP_VIEWS = 2
#: Rounds of building in one fill: rows built change the heights, which may bring others
#: into view.
_FILL_ROUNDS = 6
#: How deep layouts nest in a form, from a field in a row of a list to the scroll area.
_LAYOUT_LEVELS = 10


def _settle_layouts() -> None:
    """Lay out now what is waiting to be, so geometries are those the user will see. A
    layout that changes size asks its parent's layout by a posted event, which Qt delivers
    at the next call: one round per level, from a row's fields up to the scroll area."""
    for _ in range(_LAYOUT_LEVELS):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class FormPanel(QScrollArea):
    """The form of one part. Over its fields the wheel scrolls the form; it changes a value
    only in the field that has the keyboard focus (widgets.guard_wheel). A row added to a
    list gets the cursor, scrolled into view. Long lists are lazy (forms.ListEditor): after
    each scroll, resize or change the panel builds the rows that came into view (``fill``),
    keeping what the user looks at in its place."""

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
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self.fill)
        self.verticalScrollBar().valueChanged.connect(self._schedule_fill)
        self.verticalScrollBar().rangeChanged.connect(self._schedule_fill)
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
        self.fill()
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
        just added: its layout requests are still pending, nested one in another), then
        build the rows around it (the widget keeps its place on the screen)."""
        _settle_layouts()
        self.ensureWidgetVisible(widget, 40, 80)
        self.fill(widget)
        self.ensureWidgetVisible(widget, 40, 80)

    # lazy lists
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go from a row of a long list to the next or the one before,
        built or not: rows built out of order (as the user scrolls) sit elsewhere in the
        window's focus chain, and the next row may not be built yet."""
        before = lazy_row_of(QApplication.focusWidget())
        moved = super().focusNextPrevChild(next)
        if before is None:
            return moved
        editor, index = before
        target = index + (1 if next else -1)
        after = lazy_row_of(QApplication.focusWidget())
        if after in ((editor, index), (editor, target)) or not 0 <= target < len(editor.rows):
            return moved
        return self.focus_path((*editor.path, target)) or moved

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_fill()

    def _schedule_fill(self) -> None:
        self._fill_timer.start()

    def fill(self, anchor: QWidget | None = None) -> None:
        """Build the rows of lazy lists that are in or near the visible part of the form and
        empty those far from it, round after round until the view is filled. What the
        user looks at keeps its place on the screen: *anchor*, else the field with the
        cursor when it is in view, else whatever is at the top of the view."""
        self._fill_timer.stop()
        page = self.widget()
        if page is None:
            return
        bar = self.verticalScrollBar()
        settled = False
        for _ in range(_FILL_ROUNDS):
            lists = [editor for editor in list(self.ctx.editors.values())
                     if isinstance(editor, ListEditor) and editor.lazy]
            if not lists:  # (a form without long lists: nothing to lay out early)
                settled = True
                break
            _settle_layouts()
            top, height = bar.value(), self.viewport().height()
            at_end = top == bar.maximum() > 0  # (scrolled to the end: it stays there)
            focus = self.window().focusWidget()
            held, held_y = self._anchor(page, top, height, anchor or focus)
            changed = False
            for editor in lists:
                if not editor.isVisibleTo(page):  # (in a row emptied in this round)
                    continue
                y = editor.mapTo(page, QPoint(0, 0)).y()
                changed |= editor.fill(top - y - _FILL_MARGIN, top + height - y + _FILL_MARGIN,
                                       _KEEP_VIEWS * height, focus)
            if not changed:
                settled = True
                break
            _settle_layouts()
            if at_end and anchor is None:
                bar.setValue(bar.maximum())
            elif held is not None:
                bar.setValue(bar.value() + held.mapTo(page, QPoint(0, 0)).y() - held_y)
        if settled:
            self._fill_timer.stop()  # (the scrolling above asked for one more)
        else:
            self._schedule_fill()  # (still changing: the rest on the next turn)

    def _anchor(self, page: QWidget, top: int, height: int,
                preferred: QWidget | None) -> tuple[QWidget | None, int]:
        """The widget to keep in its place while rows are built, with its height on the
        page: *preferred* when it is in view, else the widget at the top of the view."""
        if preferred is not None and page.isAncestorOf(preferred):
            y = preferred.mapTo(page, QPoint(0, 0)).y()
            if top <= y < top + height:
                return preferred, y
        held = page.childAt(page.width() // 2, top)
        if held is None:
            return None, 0
        return held, held.mapTo(page, QPoint(0, 0)).y()

    def _under_node(self, path: Path) -> bool:
        found = form_of(self.project, self.node)
        base = found[1] if found else self.node
        return path[: len(base)] == base or base[: len(path)] == path

    def _value_changed(self, path: Path) -> None:
        if not self._under_node(path):
            return
        probe = path
        while probe:
            editor = self.ctx.editors.get(path_text(probe))
            if isinstance(editor, ListEditor) and len(path) > len(probe):
                index = path[len(probe)]
                if isinstance(index, int) and editor.holds_unbuilt(index):
                    # A value in a row not built (find and replace, a fix): the row only
                    # remembers its item; it shows it once built.
                    self._touch(path)
                    return
            if editor is not None:
                editor.refresh()
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
            self.fill()  # (now: a row that came into view never shows empty)
            return True
        for length in range(len(path) - 1, 0, -1):
            holder = self.ctx.editors.get(path_text(path[:length]))
            index = path[length]
            if isinstance(holder, ListEditor) and isinstance(index, int):
                holder.rebuild_row(index)
                self._touch(path[:length])
                self.fill()
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
        """Whether rows that came into view are still to be built (on the next turn of the
        event loop)."""
        return self._fill_timer.isActive()

    def _schedule_build(self) -> None:
        """Rebuild once, after the current event: several changes make one rebuild."""
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._build_if_pending)

    def _build_if_pending(self) -> None:
        if self._rebuild_pending:
            self._build()


__all__ = ["FormPanel", "parse_path"]
