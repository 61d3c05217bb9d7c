"""Form widgets built from the form spec. Every editor's objectName is its model path
(``annexes[1].operative[0].text``) and every change goes through the project's undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.fields import field_default
from ..app.paths import Path, path_text
from ..app.project import Project
from .formspec import (
    BLOCK_FORMS,
    BLOCK_KINDS,
    BLOCKS,
    BOOL,
    CHOICE,
    DATE,
    FORMS,
    GROUP,
    INT,
    ITEMS,
    LINE,
    LINES,
    NODE,
    OPTIONAL_ITEM,
    TABLE,
    TEXT,
    TEXTS,
    Field,
    Form,
)
from .i18n import tr

MIME_ROW = "application/x-cica-row"



class FormContext:
    """What every editor of one form shares: the project and the editors by path."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.editors: dict[str, Any] = {}

    def register(self, path: Path, editor: Any, label: str) -> None:
        name = path_text(path)
        editor.setObjectName(name)
        editor.setAccessibleName(label)
        if self.right_to_left and isinstance(editor, QLineEdit | QTextEdit):
            # Text of an Arabic document is typed and read right to left.
            editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.editors[name] = editor

    @property
    def right_to_left(self) -> bool:
        return bool(self.project.value(("language",)) == "ar")

    def refresh(self, path: Path) -> bool:
        """Show the current value at *path*; False if no editor shows it."""
        editor = self.editors.get(path_text(path))
        if editor is None:
            return False
        editor.refresh()
        return True


# --------------------------------------------------------------------------- simple editors


def _is_undo_or_redo(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo))


class _AppUndo:
    """Ctrl+Z / Ctrl+Y in a text field go to the project's undo stack, not to the field's own
    undo (which would record the field's undo as one more edit)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(event):
            event.ignore()  # let the window's Undo/Redo action have the shortcut
            return False
        return super().event(event)  # type: ignore[misc, no-any-return]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_undo_or_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class _AppUndoFilter(QObject):
    """The same for widgets with an inner line edit (spin boxes, date edits)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                _is_undo_or_redo(event):
            event.ignore()  # not accepted: the window's Undo/Redo shortcut takes it
            return True  # and the widget never sees it
        return False


_APP_UNDO_FILTER = _AppUndoFilter()


def _route_undo_to_project(widget: QWidget) -> None:
    widget.installEventFilter(_APP_UNDO_FILTER)
    for child in widget.findChildren(QLineEdit):
        child.installEventFilter(_APP_UNDO_FILTER)


class LineEditor(_AppUndo, QLineEdit):
    def __init__(self, ctx: FormContext, path: Path, label: str, optional: bool = False,
                 placeholder: str = "") -> None:
        super().__init__()
        self.ctx, self.path, self.optional = ctx, path, optional
        ctx.register(path, self, label)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.refresh()
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(ctx.project.end_typing)

    def _edited(self, text: str) -> None:
        value = (text or None) if self.optional else text
        self.ctx.project.set_value(self.path, value, typing=True)

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path)
        text = "" if value is None else str(value)
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))


class TextEditor(_AppUndo, QTextEdit):
    """Paragraph text: plain, wraps (also inside Chinese), grows with its content."""

    def __init__(self, ctx: FormContext, path: Path, label: str) -> None:
        super().__init__()
        self.ctx, self.path = ctx, path
        ctx.register(path, self, label)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.refresh()
        self.textChanged.connect(self._edited)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def _edited(self) -> None:
        self.ctx.project.set_value(self.path, self.toPlainText(), typing=True)

    def _fit_height(self, *_args: Any) -> None:
        line = self.fontMetrics().lineSpacing()
        content = self.document().size().height()
        height = int(max(2 * line + 8, min(content, 14 * line))) + 4
        self.setFixedHeight(height + self.frameWidth() * 2)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.ctx.project.end_typing()
        super().focusOutEvent(event)

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path)
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            position = self.textCursor().position()
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)


class DateEditor(QWidget):
    """A date with a calendar; an optional date has a check box to set or clear it."""

    def __init__(self, ctx: FormContext, path: Path, label: str, optional: bool) -> None:
        super().__init__()
        self.ctx, self.path, self.optional = ctx, path, optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(tr("Set")) if optional else None
        if self.enabled_box is not None:
            self.enabled_box.setAccessibleName(tr("Set {label}").format(label=label))
            layout.addWidget(self.enabled_box)
            self.enabled_box.toggled.connect(self._toggled)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        _route_undo_to_project(self.edit)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        ctx.register(path, self, label)
        self.edit.setAccessibleName(label)
        self.setFocusProxy(self.edit)
        self.refresh()
        self.edit.dateChanged.connect(self._changed)

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        value = self.edit.date().toString(Qt.DateFormat.ISODate) if checked else None
        self.ctx.project.set_value(self.path, value)

    def _changed(self, date: QDate) -> None:
        self.ctx.project.set_value(self.path, date.toString(Qt.DateFormat.ISODate), typing=True)

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path)
        date = QDate.fromString(str(value), Qt.DateFormat.ISODate) if value else QDate()
        self.edit.blockSignals(True)
        self.edit.setDate(date if date.isValid() else QDate.fromString(
            dt.date.today().isoformat(), Qt.DateFormat.ISODate))
        self.edit.blockSignals(False)
        if self.enabled_box is not None:
            self.enabled_box.blockSignals(True)
            self.enabled_box.setChecked(value is not None)
            self.enabled_box.blockSignals(False)
            self.edit.setEnabled(value is not None)


class ChoiceEditor(QComboBox):
    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field,
                 default: Any = None) -> None:
        super().__init__()
        self.ctx, self.path, self.default = ctx, path, default
        ctx.register(path, self, label)
        # Long choices must not widen the whole form (the text shows when the list opens).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        for value, text in field.choices:
            self.addItem(tr(text), value)
        self.refresh()
        self.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        self.ctx.project.set_value(self.path, self.itemData(index))

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path, self.default)
        index = self.findData(value)
        if index < 0:
            self.addItem(tr("(not valid: {value})").format(value=value), value)
            index = self.count() - 1
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)


class IntEditor(QSpinBox):
    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field,
                 default: Any = None) -> None:
        super().__init__()
        self.ctx, self.path, self.optional, self.default = ctx, path, field.optional, default
        ctx.register(path, self, label)
        self.setRange(field.minimum, field.maximum)
        _route_undo_to_project(self)
        if field.optional:
            self.setSpecialValueText(tr("none"))
        self.refresh()
        self.valueChanged.connect(self._changed)

    def _changed(self, value: int) -> None:
        stored = None if self.optional and value == self.minimum() else value
        self.ctx.project.set_value(self.path, stored, typing=True)

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path, self.default)
        self.blockSignals(True)
        self.setValue(value if isinstance(value, int) else self.minimum())
        self.blockSignals(False)


class BoolEditor(QCheckBox):
    def __init__(self, ctx: FormContext, path: Path, label: str, default: Any = False) -> None:
        super().__init__(label)
        self.ctx, self.path, self.default = ctx, path, default
        ctx.register(path, self, label)
        self.refresh()
        self.toggled.connect(lambda checked: ctx.project.set_value(path, checked))

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setChecked(bool(self.ctx.project.value(self.path, self.default)))
        self.blockSignals(False)


class PresenceEditor(QCheckBox):
    """A check box that adds or removes an optional part (an enclosure, a sub-list)."""

    def __init__(self, ctx: FormContext, path: Path, label: str,
                 new: Callable[[], Any]) -> None:
        super().__init__(label)
        self.ctx, self.path = ctx, path
        ctx.register(path, self, label)
        self.refresh()
        self.toggled.connect(lambda on: ctx.project.set_value(path, new() if on else None,
                                                              structural=True))

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setChecked(self.ctx.project.value(self.path) is not None)
        self.blockSignals(False)


# --------------------------------------------------------------------------- lists


def tool_button(text: str, tip: str, name: str, action: Callable[[], None],
                flat: bool = True) -> QToolButton:
    """A small button with its tooltip as accessible name and an objectName for tests."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(flat)
    button.clicked.connect(lambda _checked=False: action())
    return button


class _DragHandle(QLabel):
    def __init__(self, list_name: str, index: int) -> None:
        super().__init__("⠿")
        self.list_name, self.index = list_name, index
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
        mime.setData(MIME_ROW, QByteArray(f"{self.list_name}\n{self.index}".encode()))
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
        self._press = None


class ListEditor(QFrame):
    """Rows of items with insert, delete, move up/down and drag and drop."""

    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field) -> None:
        super().__init__()
        self.ctx, self.path, self.field = ctx, path, field
        self.name = path_text(path)
        self.setObjectName(self.name)
        self.setAccessibleName(label)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows: list[QWidget] = []
        items = ctx.project.value(path) or []
        for index, item in enumerate(items):
            row = self._row(index, item, len(items))
            self.rows.append(row)
            layout.addWidget(row)
        layout.addWidget(self._add_button(len(items)))
        ctx.editors[self.name] = self

    def refresh(self) -> None:
        pass  # the form is rebuilt when the list's structure changes

    # rows
    def _row(self, index: int, item: Any, count: int) -> QWidget:
        row = QFrame()
        row.setObjectName(f"{self.name}[{index}].row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_DragHandle(self.name, index), 0, Qt.AlignmentFlag.AlignTop)
        item_path = (*self.path, index)
        if self.field.kind in (TEXTS, ITEMS, BLOCKS):
            layout.addWidget(QLabel(f"{index + 1}."), 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._item_editor(item_path, item, index), 1)
        buttons = QGridLayout()  # two by two: narrow, so the text keeps the width
        buttons.setSpacing(0)
        for position, (text, tip, suffix, action) in enumerate((
            ("+", tr("Insert above"), "insert", lambda: self._insert(index)),
            ("↑", tr("Move up"), "up", lambda: self._move(index, index - 1)),
            ("↓", tr("Move down"), "down", lambda: self._move(index, index + 1)),
            ("✕", tr("Delete"), "delete", lambda: self.ctx.project.remove_item(self.path, index)),
        )):
            button = tool_button(text, tip, f"{self.name}[{index}].{suffix}", action)
            button.setEnabled(not ((suffix == "up" and index == 0) or
                                   (suffix == "down" and index == count - 1)))
            buttons.addWidget(button, position // 2, position % 2)
        holder = QWidget()
        holder.setLayout(buttons)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _item_editor(self, item_path: Path, item: Any, index: int) -> QWidget:
        label = f"{self.accessibleName()} {index + 1}"
        match self.field.kind:
            case "lines":
                return LineEditor(self.ctx, item_path, label)
            case "texts":
                return TextEditor(self.ctx, item_path, label)
            case "blocks":
                kind = item.get("type", "") if isinstance(item, dict) else ""
                box = QFrame()
                box.setFrameShape(QFrame.Shape.StyledPanel)
                inner = QVBoxLayout(box)
                title = next((t for k, t, _ in BLOCK_KINDS if k == kind), kind)
                inner.addWidget(QLabel(f"<b>{tr(title)}</b>"))
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

    def _add_button(self, count: int) -> QWidget:
        if self.field.kind == BLOCKS:
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
                    lambda _checked=False, make=new: self.ctx.project.insert_item(
                        self.path, len(self.ctx.project.value(self.path) or []), make()))
            button.setMenu(menu)
            return button
        return tool_button(tr("Add"), tr("Add at the end"), f"{self.name}.add",
                       lambda: self._insert(count))

    def _new(self) -> Any:
        if self.field.kind == BLOCKS:
            return {"type": "paragraph", "text": ""}  # "+" inserts a paragraph; Add… offers all
        return self.field.new() if self.field.new else ""

    def _insert(self, index: int) -> None:
        self.ctx.project.insert_item(self.path, index, self._new())

    def _move(self, source: int, target: int) -> None:
        self.ctx.project.move_item(self.path, source, target)

    # drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged_index(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
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
        gap = sum(1 for row in self.rows if row.geometry().center().y() < y)
        target = gap - 1 if source < gap else gap
        return max(0, min(target, len(self.rows) - 1))

    def _dragged_index(self, mime: QMimeData) -> int | None:
        if not mime.hasFormat(MIME_ROW):
            return None
        name, _, index = bytes(mime.data(MIME_ROW).data()).decode().partition("\n")
        return int(index) if name == self.name and index.isdigit() else None


class TableEditor(QWidget):
    """A table block: the header row, then the rows; add and remove rows and columns."""

    def __init__(self, ctx: FormContext, path: Path, label: str) -> None:
        super().__init__()
        self.ctx, self.path = ctx, path  # path of the table block
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(label)
        ctx.register(path, self, label)
        self.setFocusProxy(self.table)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        name = path_text(path)
        for text, suffix, action in (
            (tr("Add row"), "add_row", self._add_row),
            (tr("Remove row"), "remove_row", self._remove_row),
            (tr("Add column"), "add_column", self._add_column),
            (tr("Remove column"), "remove_column", self._remove_column),
        ):
            buttons.addWidget(tool_button(text, text, f"{name}.{suffix}", action))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()
        self.table.itemChanged.connect(self._edited)

    def _block(self) -> dict[str, Any]:
        value = self.ctx.project.value(self.path) or {}
        return dict(value)

    def refresh(self) -> None:
        block = self._block()
        header = list(block.get("header", []))
        rows = [list(r) for r in block.get("rows", [])]
        self.table.blockSignals(True)
        self.table.setColumnCount(len(header))
        self.table.setRowCount(1 + len(rows))
        self.table.setVerticalHeaderLabels([tr("Header")] + [str(i) for i in
                                                             range(1, len(rows) + 1)])
        for column, text in enumerate(header):
            item = QTableWidgetItem(str(text))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(0, column, item)
        for row_index, row in enumerate(rows, start=1):
            for column, text in enumerate(row):
                self.table.setItem(row_index, column, QTableWidgetItem(str(text)))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())) + 4
        self.table.setFixedHeight(min(height, 420))

    def _edited(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        path = (*self.path, "header", column) if row == 0 else (*self.path, "rows", row - 1,
                                                                 column)
        self.ctx.project.set_value(path, item.text())

    def _replace(self, header: list[Any], rows: list[list[Any]]) -> None:
        block = self._block()
        block["header"], block["rows"] = header, rows
        self.ctx.project.set_value(self.path, block, structural=True)

    def _add_row(self) -> None:
        block = self._block()
        header = list(block.get("header", []))
        self._replace(header, [*map(list, block.get("rows", [])), [""] * len(header)])

    def _remove_row(self) -> None:
        block = self._block()
        rows = [list(r) for r in block.get("rows", [])]
        current = self.table.currentRow()
        if current == 0:
            return  # the header row is not removed (a table needs its header)
        index = current - 1 if current >= 1 else len(rows) - 1
        if rows and 0 <= index < len(rows):
            del rows[index]
            self._replace(list(block.get("header", [])), rows)

    def _add_column(self) -> None:
        block = self._block()
        self._replace([*block.get("header", []), ""],
                      [[*r, ""] for r in block.get("rows", [])])

    def _remove_column(self) -> None:
        block = self._block()
        header = list(block.get("header", []))
        if len(header) <= 1:
            return
        column = self.table.currentColumn()
        column = column if 0 <= column < len(header) else len(header) - 1
        del header[column]
        rows = [[c for i, c in enumerate(r) if i != column] for r in block.get("rows", [])]
        self._replace(header, rows)


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


class ImageFileEditor(QWidget):
    """A PNG or JPEG file: its path typed, or chosen with "Choose…" (kept relative to the
    project file when it lies beside it, so the project can move with its images)."""

    def __init__(self, ctx: FormContext, path: Path, label: str, placeholder: str) -> None:
        super().__init__()
        self.ctx, self.path = ctx, path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = LineEditor(ctx, path, label, placeholder=placeholder)
        layout.addWidget(self.line, 1)
        choose = QToolButton()
        choose.setText(tr("Choose…"))
        choose.setObjectName(f"{path_text(path)}.choose")
        choose.clicked.connect(self._choose)
        layout.addWidget(choose)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Choose an image"), "",
                                                tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.ctx.project.set_value(self.path, self.ctx.project.relative_path(chosen))
            self.line.refresh()


class GroupEditor(QGroupBox):
    """A sub-object that is always there (the letterhead): its form in a titled box."""

    def __init__(self, ctx: FormContext, path: Path, label: str, field: Field) -> None:
        super().__init__(label)
        assert field.item is not None
        self.setObjectName(path_text(path))
        self.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(build_form(ctx, FORMS[field.item], path, nested=True))


# --------------------------------------------------------------------------- forms


def make_editor(ctx: FormContext, field: Field, path: Path, default: Any = None) -> QWidget:
    """The editor of *field*; *default* is what the model assumes when the key is absent."""
    label = tr(field.label)
    match field.kind:
        case "line":
            return LineEditor(ctx, path, label, field.optional, tr(field.help) if field.help
                              else "")
        case "text":
            return TextEditor(ctx, path, label)
        case "date":
            return DateEditor(ctx, path, label, field.optional)
        case "choice":
            return ChoiceEditor(ctx, path, label, field, default)
        case "int":
            return IntEditor(ctx, path, label, field, default)
        case "bool":
            return BoolEditor(ctx, path, label, default)
        case "lines" | "texts" | "items" | "blocks":
            return ListEditor(ctx, path, label, field)
        case "table":
            return TableEditor(ctx, path[:-1], label)
        case "optional_item":
            return OptionalItemEditor(ctx, path, label, field)
        case "image_file":
            return ImageFileEditor(ctx, path, label, tr(field.help) if field.help else "")
        case "group":
            return GroupEditor(ctx, path, label, field)
        case "node":
            assert field.new is not None
            return PresenceEditor(ctx, path, label, field.new)
    raise ValueError(f"unknown editor kind {field.kind}")


_FULL_WIDTH = {LINES, TEXTS, ITEMS, BLOCKS, TABLE}
_OWN_LABEL = {BOOL, NODE, OPTIONAL_ITEM, GROUP}


def build_form(ctx: FormContext, form: Form, path: Path, nested: bool = False) -> QWidget:
    """The form of *form* at *path*; a nested form (a list item) puts labels above fields."""
    box = QWidget()
    layout = QFormLayout(box)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if nested
                            else QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
            if field.help and field.kind != LINE:
                editor.setToolTip(tr(field.help))
            layout.addRow(caption, editor)
    return box


__all__ = ["CHOICE", "DATE", "INT", "LINE", "TEXT", "FormContext", "build_form"]
