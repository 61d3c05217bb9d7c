"""Forms built from the form spec (ui/formspec.py): one editor per field, chosen by the
field's kind, and the editors of lists (rows to insert, delete, move and drag) and of
sub-forms. The editors of single values are in ui/editors.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, assert_never

from PySide6.QtCore import QByteArray, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.fields import field_default
from ..app.paths import Path, path_text
from ..app.signing import signatory_from_profile
from .editors import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    FormContext,
    ImageFileEditor,
    IntEditor,
    LineEditor,
    PresenceEditor,
    TableEditor,
    TextEditor,
    offer_states,
    offer_titles,
)
from .formspec import BLOCK_FORMS, BLOCK_KINDS, FORMS, Field, Form, Kind, block_title
from .i18n import tr
from .widgets import guard_wheel, tool_button

MIME_ROW = "application/x-cica-row"


# --------------------------------------------------------------------------- lists


class _DragHandle(QLabel):
    #: A drag is under way (its nested event loop runs): no row is released meanwhile,
    #: since the handle being dragged must live until the drop.
    dragging = False

    def __init__(self, row: _Row) -> None:
        super().__init__("⠿")
        self.row = row
        self.setToolTip(tr("Drag to move"))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < 6:
            return
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME_ROW, QByteArray(
            f"{self.row.owner.name}\n{self.row.index}".encode()))
        drag.setMimeData(mime)
        _DragHandle.dragging = True
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            _DragHandle.dragging = False
        self._press = None


#: Attributes that hold a model path, renumbered with their row (an editor's path, the
#: signatory a title line completes for).
_PATH_ATTRIBUTES = ("path", "signatory")

#: A list up to this long builds every row; a longer one is lazy: only its rows in or near
#: the visible part of the form are widgets (``ListEditor.fill``).
_BUILT_AT_ONCE = 40
#: A lazy list builds its first rows at once, as far as this height (pixels) or time goes.
_FIRST_HEIGHT = 1200
_FIRST_SECONDS = 0.05
#: The tallest a list may be. Qt's layouts cap every size at 524,287 pixels
#: (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in
#: proportion (the scroll bar is then approximate over rows not built; built rows keep
#: their height).
_MAX_LIST_HEIGHT = 400_000


#: An object of a row that carries the row's path: the object, whether its objectName is
#: a path under the row's, its attributes that hold a path, and what to call once it has
#: its new path.
_Named = tuple[QObject, bool, tuple[str, ...], Callable[[], object] | None]


class _Row(QFrame):
    """One item of a list, built: its editor and its buttons."""

    def __init__(self, owner: ListEditor, index: int, item: Any) -> None:
        super().__init__()
        self.owner, self.index, self.item = owner, index, item
        #: Built on demand (the cursor goes there): kept until it has been in view.
        self.pinned = False
        self.number: QLabel | None = None
        self.item_editor: QWidget | None = None
        self.up: QToolButton | None = None
        self.down: QToolButton | None = None
        self._named: list[_Named] | None = None
        self.setObjectName(f"{owner.name}[{index}].row")

    def named(self) -> list[_Named]:
        """The objects inside the row that carry its path: in their objectName (editors,
        buttons) or in an attribute (``_PATH_ATTRIBUTES``), with what to change in each."""
        if self._named is None:
            prefix = f"{self.owner.name}[{self.index}]"
            self._named = []
            for obj in (self, *self.findChildren(QObject)):
                attributes = tuple(a for a in _PATH_ATTRIBUTES
                                   if isinstance(getattr(obj, a, None), tuple))
                named = _under(obj.objectName(), prefix)
                if attributes or named:
                    hook = getattr(obj, "repathed", None)
                    self._named.append((obj, named, attributes,
                                        hook if callable(hook) else None))
        return self._named

    def forget_named(self) -> None:
        """Something inside changed (a nested list): find the named objects again."""
        self._named = None


class _Slot:
    """One item of a lazy list, not built: its place, its item and the height its row had
    when it was last built (0: never built, the list's average)."""

    __slots__ = ("index", "item", "space")

    def __init__(self, index: int, item: Any, space: int = 0) -> None:
        self.index, self.item, self.space = index, item, space


class _Gap(QWidget):
    """The room of a run of rows not built (``first`` to ``end``, exclusive): one empty
    widget of their height, so the scroll bar and every position are as if they were
    there, at the cost of one widget whatever the length of the run."""

    def __init__(self) -> None:
        super().__init__()
        self.first = self.end = 0


def _under(name: str, prefix: str) -> bool:
    return name == prefix or (name.startswith(prefix) and name[len(prefix)] in ".[")


def _forget_named_above(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _Row):
            parent.forget_named()
        parent = parent.parentWidget()


def lazy_row_of(widget: QWidget | None) -> tuple[ListEditor, int] | None:
    """The lazy list and the index of its row that hold *widget* (the innermost), if any."""
    while widget is not None:
        if isinstance(widget, _Row) and widget.owner.lazy:
            return widget.owner, widget.index
        widget = widget.parentWidget()
    return None


class ListEditor(QFrame):
    """Rows of items with insert, delete, move up/down and drag and drop.

    A change of the list's structure (``sync``: after an insert, a delete, a move, undo or
    redo) updates the rows in place: a row is made for each new item, the rows of removed
    items go, and the rows that moved are renumbered (their label, and the path in each
    editor's objectName, attributes and registration). The other rows stay as they are.

    A long list is lazy: only its rows in or near the visible part of the form are built
    (the form panel calls ``fill`` after each scroll, resize or change), a built row far
    out of view is emptied again, and each run of rows not built is one empty widget of
    their height (``_Gap``). So the widgets, and the work of a change, stay those of a
    screenful, whatever the length of the list. ``materialise`` builds a row at once, when
    the cursor must go there."""

    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field) -> None:
        super().__init__()
        self.ctx, self.path, self.field = ctx, path, field
        self.name = path_text(path)
        self.setObjectName(self.name)
        self.setAccessibleName(label)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._shown: list[QWidget] = []  # the rows and gaps in the layout, in order
        self._gaps: list[_Gap] = []
        self._scale = 1.0  # (see _fit_height)
        ctx.editors[self.name] = self  # (first: a nested list registers after it)
        items = list(ctx.project.value(path) or [])
        self.lazy = len(items) > _BUILT_AT_ONCE
        #: The height of a row never built: the average of the rows built (once laid out).
        self.row_height = 0
        self._measured = False
        self.rows: list[_Row | _Slot] = []
        deadline = time.perf_counter() + _FIRST_SECONDS
        height = 0
        for index, item in enumerate(items):
            if not self.lazy or (height < _FIRST_HEIGHT and time.perf_counter() < deadline):
                row = _Row(self, index, item)
                self._build_row(row, len(items))
                height += row.sizeHint().height()
                self.rows.append(row)
            else:
                self.rows.append(_Slot(index, item))
        self._layout.addWidget(self._add_button())
        self._arrange()

    def refresh(self) -> None:
        self.sync()

    def repathed(self) -> None:
        """The list's path changed (its row in an outer list moved)."""
        self.name = path_text(self.path)

    # the rows, built or not
    def built_rows(self) -> list[_Row]:
        return [row for row in self.rows if isinstance(row, _Row)]

    def holds_unbuilt(self, index: int) -> bool:
        """Whether item *index* has no row built (nothing in it to show)."""
        return 0 <= index < len(self.rows) and isinstance(self.rows[index], _Slot)

    def _row_height(self) -> int:
        if not self.row_height:
            heights = [row.sizeHint().height() for row in self.built_rows()]
            self.row_height = max(1, sum(heights) // len(heights)) if heights else 100
        return self.row_height

    def _arrange(self) -> None:
        """Put the built rows in the layout, in order, with one gap for each run of items
        between them that have no row."""
        sequence: list[QWidget] = []
        spare, used = list(reversed(self._gaps)), []
        spacing = self._layout.spacing()
        self._fit_height()
        first, height = -1, 0
        for index, row in enumerate([*self.rows, None]):
            if isinstance(row, _Slot):
                space = self._room(row)
                if first < 0:
                    first, height = index, space
                else:
                    height += spacing + space
                continue
            if first >= 0:
                gap = spare.pop() if spare else _Gap()
                gap.first, gap.end = first, index
                gap.setFixedHeight(height)
                sequence.append(gap)
                used.append(gap)
                first = -1
            if row is not None:
                sequence.append(row)
        for gap in spare:
            self._layout.removeWidget(gap)
            gap.hide()
            gap.deleteLater()
        self._gaps = used
        # What the layout holds now (a row taken out of the form has left it already),
        # changed where it differs only: the same widgets at the start and at the end stay.
        held = [item.widget() if (item := self._layout.itemAt(i)) is not None else None
                for i in range(self._layout.count() - 1)]
        same = min(len(held), len(sequence))
        start = 0
        while start < same and held[start] is sequence[start]:
            start += 1
        tail = 0
        while tail < same - start and held[-1 - tail] is sequence[-1 - tail]:
            tail += 1
        for widget in held[start:len(held) - tail]:
            if widget is not None:
                self._layout.removeWidget(widget)
        for position in range(start, len(sequence) - tail):
            widget = sequence[position]
            self._layout.insertWidget(position, widget)
            if widget.isHidden():
                # Shown now, not on the next turn of the event loop as a layout shows a
                # widget added to a visible parent: its height counts at once.
                widget.show()
        self._shown = sequence

    def _fit_height(self) -> None:
        """How much of its height a row not built takes in its gap: all of it, unless the
        list would be taller than Qt lays out (``_MAX_LIST_HEIGHT``)."""
        slots, built, estimate = 0, 0, self._row_height()
        for row in self.rows:
            if isinstance(row, _Slot):
                slots += row.space or estimate
            else:
                built += row.height() if row.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide) else row.sizeHint().height()
        room = _MAX_LIST_HEIGHT - built - self._layout.spacing() * len(self.rows)
        self._scale = min(1.0, max(room, len(self.rows)) / slots) if slots else 1.0

    def _room(self, slot: _Slot) -> int:
        return max(1, int((slot.space or self.row_height) * self._scale))

    def places(self) -> Iterator[tuple[int, int, int]]:
        """Each item's index, top and bottom in this list, as laid out now."""
        spacing = self._layout.spacing()
        for widget in self._shown:
            if isinstance(widget, _Gap):
                y = widget.y()
                for index in range(widget.first, widget.end):
                    slot = self.rows[index]
                    space = self._room(slot) if isinstance(slot, _Slot) else 0
                    yield index, y, y + space
                    y += space + spacing
            elif isinstance(widget, _Row):
                yield widget.index, widget.y(), widget.y() + widget.height()

    def materialise(self, index: int) -> None:
        """Build row *index* now, if it is not (the cursor is about to go there); it stays
        built until it has been in view."""
        if 0 <= index < len(self.rows) and isinstance(self.rows[index], _Slot):
            row = self._build_slot(index)
            row.pinned = True
            self._arrange()
            _forget_named_above(self)

    def fill(self, top: int, bottom: int, keep: int, focus: QWidget | None) -> bool:
        """Build the rows between heights *top* and *bottom* (in this list, as laid out
        now), and empty the built rows more than *keep* pixels beyond them (never the one
        with the cursor, nor one built on demand and not seen yet). True when a row was
        built or emptied."""
        if not self.lazy:
            return False
        if not self._measured:
            self._measure()
        changed = False
        for index, above, below in list(self.places()):
            row = self.rows[index]
            if below >= top and above <= bottom:
                if isinstance(row, _Slot):
                    self._build_slot(index)
                    changed = True
                else:
                    row.pinned = False
            elif isinstance(row, _Row) and not row.pinned and not _DragHandle.dragging \
                    and (below < top - keep or above > bottom + keep) \
                    and not (focus is not None and row.isAncestorOf(focus)):
                self._release(row)
                changed = True
        if changed:
            self._arrange()
            _forget_named_above(self)
        return changed

    def _measure(self) -> None:
        """Once laid out: rows never built take the height the built ones have on average."""
        heights = [row.height() for row in self.built_rows()]
        self._measured = True
        if heights:
            self.row_height = max(1, sum(heights) // len(heights))
            self._arrange()

    def _build_slot(self, index: int) -> _Row:
        slot = self.rows[index]
        row = _Row(self, index, slot.item)
        self.rows[index] = row
        self._build_row(row, len(self.rows))
        guard_wheel(row)
        return row

    def _release(self, row: _Row) -> None:
        """Empty a built row far out of view: its editors leave the form, and its room
        keeps its height, so nothing around it moves."""
        self.rows[row.index] = _Slot(row.index, row.item, row.height())
        self._discard(row)

    def _build_row(self, row: _Row, count: int) -> None:
        index = row.index
        row.item = self.ctx.project.value((*self.path, index), row.item)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_DragHandle(row), 0, Qt.AlignmentFlag.AlignTop)
        item_path = (*self.path, index)
        if self.field.kind in (Kind.TEXTS, Kind.ITEMS, Kind.BLOCKS):
            row.number = QLabel(f"{index + 1}.")
            layout.addWidget(row.number, 0, Qt.AlignmentFlag.AlignTop)
        row.item_editor = self._item_editor(item_path, row.item, index)
        layout.addWidget(row.item_editor, 1)
        buttons = QGridLayout()  # two by two: narrow, so the text keeps the width
        buttons.setSpacing(0)
        for position, (text, tip, suffix, action) in enumerate((
            ("+", tr("Insert above"), "insert", lambda: self._insert(row.index)),
            ("↑", tr("Move up"), "up", lambda: self._move(row.index, row.index - 1)),
            ("↓", tr("Move down"), "down", lambda: self._move(row.index, row.index + 1)),
            ("✕", tr("Delete"), "delete",
             lambda: self.ctx.project.remove_item(self.path, row.index)),
        )):
            button = tool_button(text, tip, f"{self.name}[{index}].{suffix}", action)
            if suffix == "up":
                row.up = button
            elif suffix == "down":
                row.down = button
            buttons.addWidget(button, position // 2, position % 2)
        holder = QWidget()
        holder.setLayout(buttons)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
        row.named()  # found now, while the row is being built anyway
        self._enable_moves(row, count)

    @staticmethod
    def _enable_moves(row: _Row | _Slot, count: int) -> None:
        if isinstance(row, _Row) and row.up is not None and row.down is not None:
            row.up.setEnabled(row.index > 0)
            row.down.setEnabled(row.index < count - 1)

    def _item_editor(self, item_path: Path, item: Any, index: int) -> QWidget:
        label = f"{self.accessibleName()} {index + 1}"
        match self.field.kind:
            case Kind.LINES:
                line = LineEditor(self.ctx, item_path, label)
                if self.field.name == "titles":  # a signatory's titles
                    offer_titles(line, self.ctx, self.path[:-1])
                elif self.field.name == "requesting_states":
                    offer_states(line, self.ctx)
                return line
            case Kind.TEXTS:
                return TextEditor(self.ctx, item_path, label)
            case Kind.BLOCKS:
                kind = item.get("type", "") if isinstance(item, dict) else ""
                box = QFrame()
                box.setFrameShape(QFrame.Shape.StyledPanel)
                inner = QVBoxLayout(box)
                inner.addWidget(QLabel(f"<b>{tr(block_title(item))}</b>"))
                if kind in BLOCK_FORMS:
                    inner.addWidget(build_form(self.ctx, BLOCK_FORMS[kind], item_path,
                                               nested=True))
                return box
            case _:
                assert self.field.item is not None
                box = QFrame()
                box.setFrameShape(QFrame.Shape.StyledPanel)
                inner = QVBoxLayout(box)
                inner.setContentsMargins(6, 6, 6, 6)
                inner.addWidget(build_form(self.ctx, FORMS[self.field.item], item_path,
                                           nested=True))
                return box

    def _add_button(self) -> QWidget:
        if self.field.kind == Kind.BLOCKS:
            button = QToolButton()
            button.setText(tr("Add…"))
            button.setObjectName(f"{self.name}.add")
            button.setAccessibleName(tr("Add content"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            for kind, title, new in BLOCK_KINDS:
                action = menu.addAction(tr(title))
                action.setObjectName(f"{self.name}.add.{kind}")
                action.triggered.connect(
                    lambda _checked=False, make=new: self._insert(
                        len(self.ctx.project.value(self.path) or []), make()))
            button.setMenu(menu)
            return button
        return tool_button(tr("Add"), tr("Add at the end"), f"{self.name}.add",
                           lambda: self._insert(len(self.ctx.project.value(self.path) or [])))

    # changes of the structure
    def sync(self) -> None:
        """Show the list as the project has it now, changing only the rows that changed.

        Items are matched by identity: the project's data is never changed in place, so an
        item that is the same object is the same value, and its row can stay."""
        items = list(self.ctx.project.value(self.path) or [])
        old = self.rows
        n_old, n_new = len(old), len(items)
        start = 0
        while start < min(n_old, n_new) and old[start].item is items[start]:
            start += 1
        tail = 0
        while tail < min(n_old, n_new) - start and \
                old[n_old - 1 - tail].item is items[n_new - 1 - tail]:
            tail += 1
        if start == n_old == n_new:
            return  # nothing changed
        self.lazy = self.lazy or n_new > _BUILT_AT_ONCE
        middle = old[start:n_old - tail]
        spare: dict[int, list[_Row | _Slot]] = {}
        for row in middle:
            spare.setdefault(id(row.item), []).append(row)
        placed: list[_Row | _Slot] = []
        created: list[_Row] = []
        for index in range(start, n_new - tail):
            matches = spare.get(id(items[index]))
            if matches:
                placed.append(matches.pop(0))
            elif self.lazy:  # built when it comes into view (or the cursor goes there)
                placed.append(_Slot(index, items[index]))
            else:
                row = _Row(self, index, items[index])
                created.append(row)
                placed.append(row)
        removed = [row for rows in spare.values() for row in rows if isinstance(row, _Row)]
        focused = self._focused_name(removed)
        for row in removed:
            self._discard(row)
        self.rows = [*old[:start], *placed, *old[n_old - tail:]]
        self._renumber()
        for row in created:
            self._build_row(row, n_new)
            guard_wheel(row)
        self._arrange()
        if n_new != n_old or start == 0 or tail == 0:
            for row in (self.rows[:1] + self.rows[-1:] + old[:1] + old[-1:]):
                self._enable_moves(row, n_new)
        for row in placed:
            self._enable_moves(row, n_new)
        _forget_named_above(self)
        self._restore_focus(focused)

    def rebuild_row(self, index: int) -> None:
        """Build row *index* again (its item changed shape: a sub-list added or removed)."""
        if not 0 <= index < len(self.rows):
            self.sync()
            return
        old = self.rows[index]
        item = self.ctx.project.value((*self.path, index))
        if isinstance(old, _Slot):  # (no row: it is built with its new item in view)
            old.item = item
            return
        row = _Row(self, index, item)
        focused = self._focused_name([old])
        self._discard(old)
        self.rows[index] = row
        self._build_row(row, len(self.rows))
        guard_wheel(row)
        self._arrange()
        _forget_named_above(self)
        self._restore_focus(focused)

    def touch(self, index: int) -> None:
        """A value inside row *index* changed: remember the item as it is now."""
        if 0 <= index < len(self.rows):
            self.rows[index].item = self.ctx.project.value((*self.path, index))

    def _renumber(self) -> None:
        """Give each row whose place changed its new number and path (two passes over the
        registrations, so a row moving onto another's old path never loses its editor)."""
        moves: list[tuple[str, str, QObject]] = []
        for index, row in enumerate(self.rows):
            if row.index == index:
                continue
            if isinstance(row, _Row):
                old_path, new_path = (*self.path, row.index), (*self.path, index)
                moves += _repath(row.named(), old_path, new_path)
                if row.number is not None:
                    row.number.setText(f"{index + 1}.")
                if row.item_editor is not None and self.field.kind in (Kind.LINES,
                                                                       Kind.TEXTS):
                    row.item_editor.setAccessibleName(f"{self.accessibleName()} {index + 1}")
            row.index = index  # (the named objects stay the same: renamed, not replaced)
        self.ctx.rename(moves)

    def _discard(self, row: _Row) -> None:
        """Take *row* out of the form (its item is gone, or it is emptied). Qt deletes it
        once the current event is over (it may hold the button being clicked); until then
        it stays, hidden, a child of the list: handing it to Python (``setParent(None)``)
        let the garbage collector free its widgets' wrappers in an order that crashed
        PySide when Qt deleted the widgets afterwards."""
        self.ctx.unregister([obj for obj, named, _paths, _hook in row.named()
                             if named and isinstance(obj, QWidget)])
        row.forget_named()  # (the cache holds the row itself: no cycle left behind)
        focus = QApplication.focusWidget()
        if focus is not None and row.isAncestorOf(focus):
            # Else hiding it hands the cursor to the next widget in the window's focus
            # chain, wherever that is, and the form scrolls there.
            focus.clearFocus()
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _focused_name(self, rows: list[_Row]) -> str:
        focus = QApplication.focusWidget()
        return focus.objectName() if focus is not None and any(
            row.isAncestorOf(focus) for row in rows) else ""

    def _restore_focus(self, name: str) -> None:
        if name:
            editor = self.ctx.editors.get(name)
            if isinstance(editor, QWidget):
                editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _new(self) -> Any:
        if self.field.kind == Kind.BLOCKS:
            return {"type": "paragraph", "text": ""}  # "+" inserts a paragraph; Add… offers all
        return self.field.new() if self.field.new else ""

    def _insert(self, index: int, item: Any = None) -> None:
        """A new row at *index*: the cursor goes into it, so typing fills it at once."""
        self.ctx.project.insert_item(self.path, index, self._new() if item is None else item)
        self.ctx.focus((*self.path, index))

    def _move(self, source: int, target: int) -> None:
        self.ctx.project.move_item(self.path, source, target)

    # drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged_index(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged_index(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        source = self._dragged_index(event.mimeData())
        if source is None:
            return
        event.acceptProposedAction()
        self.ctx.project.move_item(self.path, source, self.target_index(source,
                                                                         event.position().y()))

    def target_index(self, source: int, y: float) -> int:
        """Where row *source* goes when dropped at height *y*: into the gap nearest y."""
        gap = sum(1 for _index, top, bottom in self.places() if (top + bottom) / 2 < y)
        target = gap - 1 if source < gap else gap
        return max(0, min(target, len(self.rows) - 1))

    def _dragged_index(self, mime: QMimeData) -> int | None:
        if not mime.hasFormat(MIME_ROW):
            return None
        name, _, index = bytes(mime.data(MIME_ROW).data()).decode().partition("\n")
        return int(index) if name == self.name and index.isdigit() else None


def _repath(objects: list[_Named], old: Path, new: Path) -> list[tuple[str, str, QObject]]:
    """Put *new* for the prefix *old* in the objectName and path attributes of *objects*;
    the renamed objects as (old name, new name, object)."""
    old_text, new_text = path_text(old), path_text(new)
    cut = len(old_text)
    renamed: list[tuple[str, str, QObject]] = []
    for obj, named, attributes, hook in objects:
        if named:
            name = obj.objectName()
            renamed_to = new_text + name[cut:]
            obj.setObjectName(renamed_to)
            renamed.append((name, renamed_to, obj))
        for attribute in attributes:
            value = getattr(obj, attribute)
            if value[:len(old)] == old:
                setattr(obj, attribute, (*new, *value[len(old):]))
        if hook is not None:
            hook()
    return renamed


# --------------------------------------------------------------------------- sub-forms


class OptionalItemEditor(QWidget):
    """A check box for an optional sub-object (a sub-list) and, when present, its form."""

    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        assert field.new is not None and field.item is not None
        layout.addWidget(PresenceEditor(ctx, path, label, field.new))
        if ctx.project.value(path) is not None:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            inner.addWidget(build_form(ctx, FORMS[field.item], path, nested=True))
            layout.addWidget(frame)


class GroupEditor(QGroupBox):
    """A sub-object that is always there (the letterhead): its form in a titled box."""

    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field) -> None:
        super().__init__(label)
        assert field.item is not None
        self.setObjectName(path_text(path))
        self.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(build_form(ctx, FORMS[field.item], path, nested=True))


class _PathHolder(QWidget):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


def _use_profile_button(ctx: FormContext, path: Path) -> QWidget:
    """"Use my profile for this signatory": the signer profile's name and titles fill in the
    signatory at *path*, in one undo step. Only this writes the profile into a project."""
    holder = _PathHolder(path)  # its path follows the signatory's row when it moves
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    button = tool_button(
        tr("Use my profile for this signatory"),
        tr("Fill in the name and titles from your signer profile (Settings ▸ Signing…)"),
        f"{path_text(path)}.use_profile", lambda: _use_profile(ctx, holder.path, holder),
        flat=False)
    row.addWidget(button)
    row.addStretch(1)
    return holder


def _use_profile(ctx: FormContext, path: Path, parent: QWidget) -> None:
    profile = ctx.signer_profile()
    if not profile.name.strip():
        QMessageBox.information(parent, tr("No signer profile"), tr(
            "Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use "
            "it here."))
        return
    # One step, and structural: the titles' list changes length, so the form is rebuilt.
    ctx.project.set_value(path, signatory_from_profile(ctx.project.value(path), profile),
                          structural=True)


# --------------------------------------------------------------------------- forms


def make_editor(ctx: FormContext, field: Field, path: Path, default: Any = None) -> QWidget:
    """The editor of *field*; *default* is what the model assumes when the key is absent."""
    label = tr(field.label)
    hint = tr(field.help) if field.help else ""
    match field.kind:
        case Kind.LINE:
            line = LineEditor(ctx, path, label, field.optional, hint)
            if field.name == "state":  # the State a signatory represents
                offer_states(line, ctx)
            return line
        case Kind.TEXT:
            return TextEditor(ctx, path, label)
        case Kind.DATE:
            return DateEditor(ctx, path, label, field.optional)
        case Kind.CHOICE:
            return ChoiceEditor(ctx, path, label, field, default)
        case Kind.INT:
            return IntEditor(ctx, path, label, field, default)
        case Kind.BOOL:
            return BoolEditor(ctx, path, label, default)
        case Kind.LINES | Kind.TEXTS | Kind.ITEMS | Kind.BLOCKS:
            return ListEditor(ctx, path, label, field)
        case Kind.TABLE:
            return TableEditor(ctx, path[:-1], label)
        case Kind.OPTIONAL_ITEM:
            return OptionalItemEditor(ctx, path, label, field)
        case Kind.IMAGE_FILE:
            return ImageFileEditor(ctx, path, label, hint)
        case Kind.GROUP:
            return GroupEditor(ctx, path, label, field)
        case Kind.NODE:
            assert field.new is not None
            return PresenceEditor(ctx, path, label, field.new)
        case _:
            assert_never(field.kind)


#: Kinds shown below their caption, across the form's width.
_FULL_WIDTH = {Kind.LINES, Kind.TEXTS, Kind.ITEMS, Kind.BLOCKS, Kind.TABLE}
#: Kinds that carry their label themselves (a check box, a titled box).
_OWN_LABEL = {Kind.BOOL, Kind.NODE, Kind.OPTIONAL_ITEM, Kind.GROUP}


def build_form(ctx: FormContext, form: Form, path: Path, nested: bool = False) -> QWidget:
    """The form of *form* at *path*; a nested form (a list item) puts labels above fields."""
    box = QWidget()
    layout = QFormLayout(box)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if nested
                            else QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if form.from_profile:
        layout.addRow(_use_profile_button(ctx, path))
    for field in form.fields:
        editor = make_editor(ctx, field, (*path, field.name),
                             field_default(form.model, field.name))
        if field.kind in _OWN_LABEL:
            layout.addRow(editor)
        elif field.kind in _FULL_WIDTH:
            caption = QLabel(f"<b>{tr(field.label)}</b>")
            caption.setBuddy(editor)
            layout.addRow(caption)
            layout.addRow(editor)
        else:
            caption = QLabel(tr(field.label))
            caption.setBuddy(editor)
            if field.help and field.kind != Kind.LINE:
                editor.setToolTip(tr(field.help))
            layout.addRow(caption, editor)
    return box

