"""The editors of single values (a line, a paragraph, a date, a choice, a number, a check
box, an image file) and of a table block. Each edits the value at one model path: its
objectName is that path (``annexes[1].operative[0].text``), every change goes through the
project's undo stack, and ``refresh()`` shows the project's current value again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.new_request import guidance
from ..app.paths import Path, path_text
from ..app.project import Project
from ..app.quotes import typographic, typographic_field
from ..app.signing import SignerProfile
from ..app.spelling import spell_checking
from ..app.titles import state_suggestions, title_suggestions
from .formspec import Field
from .i18n import long_date_format, tr, ui_locale
from .sender_wording import SENDER_ROLE, choose_sender_role
from .spelling import (
    attach_to_line,
    attach_to_text,
    misspelt_format,
    paint_line_misspellings,
    project_language,
    show_context_menu,
    spell_checked,
)
from .widgets import tool_button


class Editor(Protocol):
    """What a form needs of each editor: a widget showing the value at one model path."""

    def refresh(self) -> None:
        """Show the project's current value (after undo, redo or an edit elsewhere)."""

    def setObjectName(self, name: str, /) -> None: ...

    def setAccessibleName(self, name: str, /) -> None: ...

    def setFocus(self, reason: Qt.FocusReason, /) -> None: ...


class FormContext:
    """What every editor of one form shares: the project, the editors by path, where the
    keyboard focus goes after a change that rebuilds the form, and the signer profile."""

    def __init__(self, project: Project,
                 focus: Callable[[Path], object] | None = None,
                 signer_profile: Callable[[], SignerProfile] | None = None) -> None:
        self.project = project
        self.editors: dict[str, Editor] = {}
        self._focus = focus
        self._signer_profile = signer_profile

    def focus(self, path: Path) -> None:
        """Put the cursor in the editor of *path* (a new row: its first text field) once
        the form shows it, scrolled into view."""
        if self._focus is not None:
            self._focus(path)

    def signer_profile(self) -> SignerProfile:
        """The signer profile of Settings ▸ Signing (empty when the form has none)."""
        return self._signer_profile() if self._signer_profile is not None else \
            SignerProfile()

    def register(self, path: Path, editor: Editor, label: str) -> None:
        name = path_text(path)
        editor.setObjectName(name)
        editor.setAccessibleName(label)
        if self.right_to_left and isinstance(editor, QLineEdit | QTextEdit):
            # Text of an Arabic document is typed and read right to left.
            editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        if isinstance(editor, QLineEdit | QTextEdit):
            hint = guidance(self.project.data, path)  # a blank paragraph of a new request
            if hint:
                editor.setPlaceholderText(hint)
        self.editors[name] = editor

    @property
    def right_to_left(self) -> bool:
        return bool(self.project.value(("language",)) == "ar")

    def rename(self, moves: list[tuple[str, str, QObject]]) -> None:
        """Rows of a list moved: each object in *moves* (old name, new name, object) now
        edits the value at its new path. Its objectName is already the new path; an editor
        is registered under it (all old names go first, so a row taking the place of
        another keeps its registration), and a blank paragraph gets its new place's hint."""
        moved: list[tuple[str, Any]] = []
        for old, new, obj in moves:
            if self._holds(old, obj):
                del self.editors[old]
                moved.append((new, obj))
        for name, editor in moved:
            self.editors[name] = editor
            if name.endswith(".text") and isinstance(editor, QLineEdit | QTextEdit):
                hint = guidance(self.project.data, getattr(editor, "path", ()))
                if hint:
                    editor.setPlaceholderText(hint)

    def unregister(self, widgets: list[QWidget]) -> None:
        """The editors among *widgets* left the form (their row was removed)."""
        for widget in widgets:
            name = widget.objectName()
            if self._holds(name, widget):
                del self.editors[name]

    def _holds(self, name: str, obj: Any) -> bool:
        return self.editors.get(name) is obj


# --------------------------------------------------------------------------- one value


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
        if event.text() in ('"', "'") and getattr(self, "quotes", False) \
                and _type_quote(self, event.text()):  # type: ignore[arg-type]
            return
        super().keyPressEvent(event)  # type: ignore[misc]


def _type_quote(editor: QLineEdit | QTextEdit, typed: str) -> bool:
    """Type the quotation mark or apostrophe the document's language writes where a straight
    one was typed in prose (“…” ’, « … », «…»); False to let the key through unchanged."""
    project = editor.ctx.project  # type: ignore[union-attr]
    language = str(project.value(("language",)) or "en")
    if isinstance(editor, QLineEdit):
        start = editor.selectionStart() if editor.hasSelectedText() else editor.cursorPosition()
        before = editor.text()[:start]
    else:
        cursor = editor.textCursor()
        block_start = cursor.block().position()
        before = cursor.block().text()[:cursor.selectionStart() - block_start]
    shown, written = typographic(before, language), typographic(before + typed, language)
    if not written.startswith(shown) or written[len(shown):] == typed:
        return False
    mark = written[len(shown):]
    if isinstance(editor, QLineEdit):
        editor.insert(mark)
    else:
        editor.textCursor().insertText(mark)
    return True


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
        self.spelling = spell_checked(path)  # prose: unknown words underlined (ui/spelling)
        #: Prose: a straight quote typed becomes the language's mark (_type_quote).
        self.quotes = typographic_field(path)
        if self.spelling:
            attach_to_line(self, ctx.project)

    def _edited(self, text: str) -> None:
        value = (text or None) if self.optional else text
        self.ctx.project.set_value(self.path, value, typing=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.spelling:
            paint_line_misspellings(self, self.ctx.project)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.spelling:  # suggestions and "Add to dictionary" first
            show_context_menu(self, event, self.ctx.project)
        else:
            super().contextMenuEvent(event)

    def refresh(self) -> None:
        value = self.ctx.project.value(self.path)
        text = "" if value is None else str(value)
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))


class _Completion(QObject):
    """Fills a line's completer each time the line takes the focus (what it offers depends
    on the project, which may have changed): `suggestions` says what."""

    def __init__(self, editor: QLineEdit, ctx: FormContext) -> None:
        super().__init__(editor)
        self.ctx = ctx
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        editor.installEventFilter(self)
        self.fill()

    def language(self) -> str:
        language = self.ctx.project.value(("language",))
        return language if isinstance(language, str) else "en"

    def suggestions(self) -> list[str]:
        raise NotImplementedError

    def fill(self) -> None:
        self.model.setStringList(self.suggestions())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.fill()
        return False


class _TitleCompletion(_Completion):
    """A title line: the titles of the document's language, the signatory's gender first."""

    def __init__(self, editor: QLineEdit, ctx: FormContext, signatory: Path) -> None:
        self.signatory = signatory
        super().__init__(editor, ctx)

    def suggestions(self) -> list[str]:
        gender = self.ctx.project.value((*self.signatory, "gender"))
        return title_suggestions(self.language(),
                                 gender if isinstance(gender, str) else "masculine")


def offer_titles(editor: QLineEdit, ctx: FormContext, signatory: Path) -> None:
    """Let a signatory's title line complete from the list of titles (app.titles)."""
    _TitleCompletion(editor, ctx, signatory)


class _StateCompletion(_Completion):
    """A State line: the States as the document's language writes them in that field
    (docs/STATE-NAMES.md)."""

    def suggestions(self) -> list[str]:
        return state_suggestions(self.language())


def offer_states(editor: QLineEdit, ctx: FormContext) -> None:
    """Let a State line (a requesting State, the State a signatory represents) complete
    from the UN's names of States in the document's language."""
    _StateCompletion(editor, ctx)


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
        # Unknown words underlined while typing (ui/spelling).
        self.spelling = attach_to_text(self, ctx.project) if spell_checked(path) else None
        #: Prose: a straight quote typed becomes the language's mark (_type_quote).
        self.quotes = typographic_field(path)

    def _edited(self) -> None:
        self.ctx.project.set_value(self.path, self.toPlainText(), typing=True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.spelling is not None:  # suggestions and "Add to dictionary" first
            show_context_menu(self, event, self.ctx.project)
        else:
            super().contextMenuEvent(event)

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
        self._follow_interface_language()
        _route_undo_to_project(self.edit)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        ctx.register(path, self, label)
        self.edit.setAccessibleName(label)
        self.setFocusProxy(self.edit)
        self.refresh()
        self.edit.dateChanged.connect(self._changed)

    def _follow_interface_language(self) -> None:
        """Month names and the order of a date as the interface language writes them in
        full ("4 octobre 2007"), also after the language is switched."""
        locale = ui_locale()
        self.edit.setLocale(locale)
        self.edit.setDisplayFormat(long_date_format(locale))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_interface_language()
        super().changeEvent(event)

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
        if self.path == SENDER_ROLE:  # the letter's wording follows the number of senders
            choose_sender_role(self, self.ctx.project, self.itemData(index))
            return
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
        self.toggled.connect(lambda checked: ctx.project.set_value(self.path, checked))

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
        # self.path, not path: a row that moves in its list renames its editors
        self.toggled.connect(lambda on: ctx.project.set_value(
            self.path, new() if on else None, structural=True))

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setChecked(self.ctx.project.value(self.path) is not None)
        self.blockSignals(False)


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


# --------------------------------------------------------------------------- tables


class _SpelledCell(QLineEdit):
    """The line a table cell is edited in: unknown words underlined, and suggestions and
    "Add to dictionary" in its context menu, as in a line field."""

    def __init__(self, parent: QWidget, project: Project) -> None:
        super().__init__(parent)
        self.project = project

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_line_misspellings(self, self.project)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_context_menu(self, event, self.project)


class _SpellingDelegate(QStyledItemDelegate):
    """Draws each cell's text with its unknown words underlined (the red wave of the
    paragraph fields), and edits a cell in a ``_SpelledCell``."""

    def __init__(self, table: QTableWidget, project: Project) -> None:
        super().__init__(table)
        self.project = project

    def misspelt(self, text: str) -> list[tuple[int, int, str]]:
        """The unknown words of *text*: (start, length, word); none until the dictionary
        is loaded."""
        if not text:
            return []
        return list(spell_checking().misspelt(project_language(self.project), text) or ())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = _SpelledCell(parent, self.project)
        editor.setFrame(False)
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data() or "")
        spans = self.misspelt(text)
        if not spans:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        item.text = ""  # the cell as Qt draws it (background, selection, focus), no text
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        layout = QTextLayout(text, item.font)
        text_option = QTextOption(item.displayAlignment)
        text_option.setTextDirection(item.direction)
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap if item.features
                                & QStyleOptionViewItem.ViewItemFeature.WrapText
                                else QTextOption.WrapMode.ManualWrap)
        layout.setTextOption(text_option)
        formats = []
        for start, length, _word in spans:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, misspelt_format()
            formats.append(span)
        layout.setFormats(formats)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(area.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(area)
        painter.setPen(item.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(area.left(), area.top() + max(
            0.0, (area.height() - height) / 2)))
        painter.restore()


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
        #: The cells are prose: unknown words underlined, as in the line fields.
        self.spelling = spell_checked((*path, "rows"))
        if self.spelling:
            self.table.setItemDelegate(_SpellingDelegate(self.table, ctx.project))
            checking = spell_checking()
            checking.prepare(project_language(ctx.project), ctx.project.data)
            checking.ready.connect(self.table.viewport().update)
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

    def focus_at(self, path: Path) -> None:
        """Put the cursor in the table, on the cell at *path* (in its header or its rows)."""
        rest = path[len(self.path):]
        cell = (0, rest[1]) if rest[:1] == ("header",) and len(rest) >= 2 else \
            (rest[1], rest[2]) if rest[:1] == ("rows",) and len(rest) >= 3 else None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if cell is not None and isinstance(cell[0], int) and isinstance(cell[1], int):
            row = cell[0] + (1 if rest[0] == "rows" else 0)  # the header is the first row
            self.table.setCurrentCell(row, cell[1])

    def _add_row(self) -> None:
        block = self._block()
        header = list(block.get("header", []))
        rows = [*map(list, block.get("rows", [])), [""] * len(header)]
        self._replace(header, rows)
        self.ctx.focus((*self.path, "rows", len(rows) - 1, 0))

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
        header = [*block.get("header", []), ""]
        self._replace(header, [[*r, ""] for r in block.get("rows", [])])
        self.ctx.focus((*self.path, "header", len(header) - 1))

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
