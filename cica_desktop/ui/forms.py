"""Forms built from the form spec (ui/formspec.py): one editor per field, chosen by the
field's kind, and the editors of lists (rows to insert, delete, move and drag) and of
sub-forms. The editors of single values are in ui/editors.py."""

from __future__ import annotations

from typing import Any, assert_never

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
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
    offer_titles,
)
from .formspec import BLOCK_FORMS, BLOCK_KINDS, FORMS, Field, Form, Kind, block_title
from .i18n import tr
from .widgets import tool_button

MIME_ROW = "application/x-cica-row"


# --------------------------------------------------------------------------- lists


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
        if self.field.kind in (Kind.TEXTS, Kind.ITEMS, Kind.BLOCKS):
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
            case Kind.LINES:
                line = LineEditor(self.ctx, item_path, label)
                if self.field.name == "titles":  # a signatory's titles
                    offer_titles(line, self.ctx, self.path[:-1])
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

    def _add_button(self, count: int) -> QWidget:
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
                       lambda: self._insert(count))

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
        gap = sum(1 for row in self.rows if row.geometry().center().y() < y)
        target = gap - 1 if source < gap else gap
        return max(0, min(target, len(self.rows) - 1))

    def _dragged_index(self, mime: QMimeData) -> int | None:
        if not mime.hasFormat(MIME_ROW):
            return None
        name, _, index = bytes(mime.data(MIME_ROW).data()).decode().partition("\n")
        return int(index) if name == self.name and index.isdigit() else None


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


def _use_profile_button(ctx: FormContext, path: Path) -> QWidget:
    """"Use my profile for this signatory": the signer profile's name and titles fill in the
    signatory at *path*, in one undo step. Only this writes the profile into a project."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    button = tool_button(
        tr("Use my profile for this signatory"),
        tr("Fill in the name and titles from your signer profile (Settings ▸ Signing…)"),
        f"{path_text(path)}.use_profile", lambda: _use_profile(ctx, path, holder), flat=False)
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
            return LineEditor(ctx, path, label, field.optional, hint)
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

