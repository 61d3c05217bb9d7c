"""Spelling in the text fields: a red wavy underline under each unknown word while typing,
and, in the field's context menu, suggestions and "Add to dictionary".

Paragraph fields (QTextEdit) are underlined by a QSyntaxHighlighter, which Qt runs on the
changed paragraph only, so a keystroke costs the check of that paragraph's words (each
verdict cached by the spelling service). Single-line fields (QLineEdit) cannot carry text
formats, so their underline is painted over the line (`paint_line_misspellings`), placed
with the same text layout Qt uses for the line; they have the same context menu.

A language without a dictionary is said once in the window's status bar and in every
field's context menu; Chinese is not spell-checked (the menu says so).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QPainter,
    QPainterPath,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu, QTextEdit

from ..app.project import Project
from ..app.spelling import SpellChecking, State, checks_spelling, spell_checking
from .i18n import QT_TR_NOOP, tr

UNDERLINE = QColor(220, 0, 0)
_LANGUAGE_NAMES = {"en": QT_TR_NOOP("English"), "fr": QT_TR_NOOP("French"),
                   "es": QT_TR_NOOP("Spanish"), "ru": QT_TR_NOOP("Russian"),
                   "ar": QT_TR_NOOP("Arabic"), "zh": QT_TR_NOOP("Chinese")}
#: The project's language, asked each time (it may change while the form is open).
Language = Callable[[], str]


def language_name(language: str) -> str:
    return tr(_LANGUAGE_NAMES.get(language, language))


def misspelt_format() -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    text_format.setUnderlineColor(UNDERLINE)
    return text_format


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of a paragraph field, in the project's language.

    A change of formats makes the document report a change of contents, and QTextEdit then
    emits textChanged as if the user had typed. So the highlighting that does not come from
    typing (at the start, when a dictionary is ready, after "Add to dictionary") runs with
    the field's signals blocked: the field's own textChanged handler never sees it. (Qt's
    own first highlighting, a moment after the highlighter is made, then finds every format
    in place and changes nothing.)"""

    def __init__(self, editor: QTextEdit, language: Language) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.language = language
        self.checking = spell_checking()
        self.misspelt = misspelt_format()
        self.checking.ready.connect(self._ready)
        self.refresh()

    def _ready(self, language: str) -> None:
        if language == self.language():
            self.refresh()

    def refresh(self) -> None:
        """Highlight the whole field again, its signals blocked."""
        blocked = self.editor.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            self.editor.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:
        for start, length, _word in self.checking.misspelt(self.language(), text) or ():
            self.setFormat(start, length, self.misspelt)


def spell_checked(path: tuple[str | int, ...]) -> bool:
    """Whether the field at *path* is prose to spell-check (not a name, symbol or file)."""
    return checks_spelling(path)


def project_language(project: Project) -> str:
    language = project.value(("language",))
    return language if isinstance(language, str) else "en"


def attach_to_text(editor: QTextEdit, project: Project) -> SpellHighlighter:
    """Spell-check a paragraph field: the highlighter (the dictionary starts loading with
    the project's texts) and the missing-dictionary notice."""
    checking = spell_checking()
    _announce_missing(checking)
    checking.prepare(project_language(project), project.data)
    return SpellHighlighter(editor, partial(project_language, project))


def attach_to_line(editor: QLineEdit, project: Project) -> None:
    """Spell-check a single-line field: painted again when its dictionary is ready."""
    checking = spell_checking()
    _announce_missing(checking)
    checking.prepare(project_language(project), project.data)
    checking.ready.connect(editor.update)


# ------------------------------------------------------------------ single lines


def line_misspellings(editor: QLineEdit, language: str) -> list[tuple[float, float]]:
    """The horizontal extents (x from, x to, in the line's coordinates) of the unknown words
    shown in *editor*."""
    text = editor.text()
    if not text or editor.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    spans = spell_checking().misspelt(language, text) or []
    if not spans:
        return []
    layout = QTextLayout(text, editor.font())
    option = QTextOption()
    option.setTextDirection(editor.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    # Where the line's text starts in the widget (its margins and horizontal scroll), from
    # where Qt draws the cursor.
    position = editor.cursorPosition()
    offset = editor.cursorRect().center().x() - _x(line.cursorToX(position))
    extents = []
    for start, length, _word in spans:
        x1 = _x(line.cursorToX(start)) + offset
        x2 = _x(line.cursorToX(start + length)) + offset
        extents.append((min(x1, x2), max(x1, x2)))
    return extents


def _x(cursor_to_x: object) -> float:
    """QTextLine.cursorToX's x (PySide returns it with the cursor position it settled on)."""
    return float(cursor_to_x[0] if isinstance(cursor_to_x, tuple) else cursor_to_x)  # type: ignore[arg-type]


def paint_line_misspellings(editor: QLineEdit, project: Project) -> None:
    """Draw the wavy underline under the unknown words of *editor* (from its paintEvent)."""
    extents = line_misspellings(editor, project_language(project))
    if not extents:
        return
    baseline = editor.cursorRect().bottom() - 1
    painter = QPainter(editor)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(UNDERLINE, 1))
    for left, right in extents:
        painter.drawPath(_wave(left, right, baseline))
    painter.end()


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
        up = not up
    return path


# ------------------------------------------------------------------ context menu


def context_menu(editor: QTextEdit | QLineEdit, position: QPoint, language: str) -> QMenu:
    """The field's standard context menu, with the spelling of the word at *position*
    first: suggestions, "Add to dictionary", or why there are none."""
    menu = editor.createStandardContextMenu(position) if isinstance(editor, QTextEdit) \
        else editor.createStandardContextMenu()
    checking = spell_checking()
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    state = checking.state(language)
    if state is State.READY:
        hit = _word_at(editor, position, language, checking)
        if hit is not None:
            start, length, word = hit
            suggestions = checking.suggestions(language, word)
            for suggestion in suggestions:
                action = QAction(suggestion, menu)
                action.setObjectName("spelling.suggestion")
                action.triggered.connect(partial(_replace, editor, start, length, suggestion))
                actions.append(action)
            if not suggestions:
                actions.append(_notice(menu, tr("No suggestions")))
            add = QAction(tr("Add “{word}” to dictionary").format(word=word), menu)
            add.setObjectName("spelling.add")
            add.triggered.connect(partial(checking.add_word, language, word))
            actions.append(add)
    elif state is State.LOADING:
        checking.misspelt(language, "")  # starts loading, if nothing has yet
        actions.append(_notice(menu, tr("Spelling: loading the {language} dictionary…")
                               .format(language=language_name(language))))
    elif state is State.MISSING:
        actions.append(_notice(menu, missing_text(language)))
    else:
        actions.append(_notice(menu, tr("{language} text is not spell-checked")
                               .format(language=language_name(language))))
    for action in actions:
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
    if first is not None and actions:
        menu.insertSeparator(first)
    return menu


def show_context_menu(editor: QTextEdit | QLineEdit, event: QContextMenuEvent,
                      project: Project) -> None:
    """What a spell-checked field's contextMenuEvent does."""
    menu = context_menu(editor, event.pos(), project_language(project))
    menu.exec(event.globalPos())
    menu.deleteLater()


def missing_text(language: str) -> str:
    return tr("No {language} dictionary is installed: {language} text is not "
              "spell-checked").format(language=language_name(language))


def _notice(menu: QMenu, text: str) -> QAction:
    action = QAction(text, menu)
    action.setObjectName("spelling.notice")
    action.setEnabled(False)
    return action


def _word_at(editor: QTextEdit | QLineEdit, position: QPoint, language: str,
             checking: SpellChecking) -> tuple[int, int, str] | None:
    """The unknown word under *position* (its start in the field's whole text)."""
    if isinstance(editor, QLineEdit):
        return checking.word_at(language, editor.text(), editor.cursorPositionAt(position))
    cursor = editor.cursorForPosition(position)
    block = cursor.block()
    hit = checking.word_at(language, block.text(), cursor.position() - block.position())
    if hit is None:
        return None
    start, length, word = hit
    return block.position() + start, length, word


def _replace(editor: QTextEdit | QLineEdit, start: int, length: int, text: str) -> None:
    """Put *text* in place of the word (the field records the change as typing)."""
    if isinstance(editor, QLineEdit):
        editor.setSelection(start, length)
        editor.insert(text)  # emits textEdited, as typing does
        return
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


# ------------------------------------------------------------------ missing dictionaries

_ANNOUNCED: set[int] = set()


def _announce_missing(checking: SpellChecking) -> None:
    """Say in the window's status bar, once, that a language has no dictionary."""
    if id(checking) in _ANNOUNCED:
        return
    _ANNOUNCED.add(id(checking))
    checking.missing.connect(_show_missing)


def _show_missing(language: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().showMessage(missing_text(language), 20000)

