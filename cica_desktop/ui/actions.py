"""The window's menus and toolbar, declared: each action once (its objectName, its text, its
shortcut, what it does) and each menu as the list of what it holds. `WindowActions` builds
them on the window, and builds them again when the interface language changes.

The texts are translated in the window's context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..app.exports import Part
from .i18n import QT_TRANSLATE_NOOP, UI_LANGUAGES

if TYPE_CHECKING:
    from .main_window import MainWindow

CONTEXT = "MainWindow"
Keys = QKeySequence.StandardKey
Run = Callable[["MainWindow"], object]


@dataclass(frozen=True)
class Action:
    #: The objectName (tests and scripts find the action by it).
    name: str
    #: The source text, translated in CONTEXT (a language's name is shown as it is).
    text: str
    run: Run
    #: The platform's standard key, if there is one for what it does.
    shortcut: QKeySequence.StandardKey | None = None
    #: Its keys ("Ctrl+Shift+M"), where Qt has no standard key, or the platform none for it.
    keys: str = ""
    translated: bool = True
    #: For a check mark: whether it is checked when the menus are built.
    checked: Callable[[MainWindow], bool] | None = None


@dataclass(frozen=True)
class Menu:
    title: str
    #: Actions, submenus, and None for a separator.
    items: tuple[Action | Menu | None, ...] = ()
    #: The objectName of a menu the window refers to.
    name: str = ""
    #: Fills the menu each time it opens (the recent files).
    fill: Callable[[MainWindow, QMenu], None] | None = None


def _sample(language: str) -> Run:
    return lambda window: window.open_sample(language)


def _add_annex(kind: str) -> Run:
    return lambda window: window.add_annex(kind)


def _export(part: Part, fmt: str, mission: bool = False, draft: bool = False) -> Run:
    return lambda window: window.exports.choose_and_export(part, fmt, mission=mission,
                                                           draft=draft)


def _ui_language(code: str) -> Run:
    return lambda window: window.set_ui_language(code)


def _is_ui_language(code: str) -> Callable[[MainWindow], bool]:
    return lambda window: window.ui_language() == code


# The dialogs below load what they write with (python-docx, the renderers, the comparison)
# or list (the fonts): each is imported when its action is first chosen, not at the start
# (docs/PERFORMANCE-PREVIEW.md).
def _import_word(window: MainWindow) -> None:
    from .word_import import import_word_document

    import_word_document(window)


def _compare_with_earlier(window: MainWindow) -> None:
    from .compare_dialog import compare_with_earlier

    compare_with_earlier(window)


def _submit(window: MainWindow) -> None:
    from .submission_dialog import submissions

    submissions(window).ask_and_submit()


def _user_guide(window: MainWindow) -> None:
    from .help import show_user_guide

    show_user_guide(window)


def _about(window: MainWindow) -> None:
    from .help import show_about

    show_about(window)


NEW = Action("new", QT_TRANSLATE_NOOP("MainWindow", "&New request…"),
             lambda w: w.new_project(), Keys.New, "Ctrl+N")
OPEN = Action("open", QT_TRANSLATE_NOOP("MainWindow", "&Open…"), lambda w: w.open_dialog(),
              Keys.Open, "Ctrl+O")
SAVE = Action("save", QT_TRANSLATE_NOOP("MainWindow", "&Save"), lambda w: w.save(), Keys.Save,
              "Ctrl+S")
SAVE_AS = Action("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
                 lambda w: w.save_as(), Keys.SaveAs, "Ctrl+Shift+S")
UNDO = Action("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), lambda w: w.undo(), Keys.Undo,
              "Ctrl+Z")
REDO = Action("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), lambda w: w.redo(), Keys.Redo,
              "Ctrl+Shift+Z")

#: The exports in the UN layout, also on the toolbar.
EXPORTS = (
    Action("export_letter_pdf", QT_TRANSLATE_NOOP("MainWindow", "Letter PDF…"),
           _export(Part.LETTER, "pdf"), keys="Ctrl+E"),
    Action("export_resolution_docx", QT_TRANSLATE_NOOP("MainWindow", "Draft resolution DOCX…"),
           _export(Part.RESOLUTION, "docx"), keys="Ctrl+Shift+D"),
    Action("export_package_pdf", QT_TRANSLATE_NOOP("MainWindow", "Full package PDF…"),
           _export(Part.PACKAGE, "pdf"), keys="Ctrl+Shift+P"),
    Action("export_package_docx", QT_TRANSLATE_NOOP("MainWindow", "Full package DOCX…"),
           _export(Part.PACKAGE, "docx"), keys="Ctrl+Shift+W"),
)

MENUS = (
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        NEW,
        Action("new_from_earlier",
               QT_TRANSLATE_NOOP("MainWindow", "New from an earlier request…"),
               lambda w: w.new_from_earlier(), keys="Ctrl+Shift+N"),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "New from sample"), (
            Action("sample_zh", QT_TRANSLATE_NOOP("MainWindow", "A/62/232 (Chinese)"),
                   _sample("zh"), keys="Ctrl+Alt+1"),
            Action("sample_en", QT_TRANSLATE_NOOP("MainWindow", "A/62/232 (English)"),
                   _sample("en"), keys="Ctrl+Alt+2"),
        )),
        OPEN,
        Menu(QT_TRANSLATE_NOOP("MainWindow", "Open &recent"), name="recent_menu",
             fill=lambda w, menu: w.fill_recent(menu)),
        Action("import_word", QT_TRANSLATE_NOOP("MainWindow", "&Import Word document…"),
               _import_word, keys="Ctrl+Shift+O"),
        Action("compare_with", QT_TRANSLATE_NOOP("MainWindow", "Compare &with earlier version…"),
               _compare_with_earlier, keys="Ctrl+Alt+C"),
        None,
        SAVE,
        SAVE_AS,
        None,
        Action("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), lambda w: w.close(),
               Keys.Quit, "Ctrl+Q"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (
        UNDO, REDO, None,
        Action("find", QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
               lambda w: w.find_replace(replacing=False), Keys.Find, "Ctrl+F"),
        Action("replace", QT_TRANSLATE_NOOP("MainWindow", "Find and &replace…"),
               lambda w: w.find_replace(replacing=True), Keys.Replace, "Ctrl+H"),
        Action("fix_quotes", QT_TRANSLATE_NOOP("MainWindow", "Fix &quotes"),
               lambda w: w.fix_quotes(), keys="Ctrl+Shift+Q"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Package"), (
        Menu(QT_TRANSLATE_NOOP("MainWindow", "Add annex"), (
            Action("add_memorandum", QT_TRANSLATE_NOOP("MainWindow", "Explanatory memorandum"),
                   _add_annex("memorandum"), keys="Ctrl+Shift+M"),
            Action("add_draft_resolution", QT_TRANSLATE_NOOP("MainWindow", "Draft resolution"),
                   _add_annex("draft_resolution"), keys="Ctrl+Shift+R"),
            Action("add_letter", QT_TRANSLATE_NOOP(
                "MainWindow", "Letter (with or without an enclosure)"), _add_annex("letter"),
            keys="Ctrl+Shift+A"),
        ), name="add_annex_menu"),
        Action("remove_annex_action", QT_TRANSLATE_NOOP("MainWindow", "Remove annex"),
               lambda w: w.remove_annex(), keys="Ctrl+Shift+Del"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "E&xport"), (
        *EXPORTS,
        None,
        Action("export_mission_pdf",
               QT_TRANSLATE_NOOP("MainWindow", "As the mission sends it, unsigned PDF…"),
               _export(Part.PACKAGE, "pdf", mission=True), keys="Ctrl+Shift+U"),
        Action("export_mission_docx",
               QT_TRANSLATE_NOOP("MainWindow", "As the mission sends it, DOCX…"),
               _export(Part.PACKAGE, "docx", mission=True), keys="Ctrl+Shift+K"),
        None,
        Action("export_draft_pdf",
               QT_TRANSLATE_NOOP("MainWindow", "Draft PDF, fields still to fill marked…"),
               _export(Part.PACKAGE, "pdf", draft=True), keys="Ctrl+Alt+P"),
        Action("export_draft_docx",
               QT_TRANSLATE_NOOP("MainWindow", "Draft DOCX, fields still to fill marked…"),
               _export(Part.PACKAGE, "docx", draft=True), keys="Ctrl+Alt+W"),
        None,
        Action("export_signed_letter", QT_TRANSLATE_NOOP("MainWindow", "Signed letter PDF…"),
               lambda w: w.sign_flow.sign_letter(), keys="Ctrl+Shift+I"),
        Action("verify_signed_pdf", QT_TRANSLATE_NOOP("MainWindow", "Verify signed PDF…"),
               lambda w: w.sign_flow.choose_and_verify(), keys="Ctrl+Shift+V"),
        None,
        Action("export_submission", QT_TRANSLATE_NOOP("MainWindow", "Submission…"),
               _submit, keys="Ctrl+Alt+S"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Settings"), (
        Action("signing_settings", QT_TRANSLATE_NOOP("MainWindow", "Signing…"),
               lambda w: w.sign_flow.edit_settings(), keys="Ctrl+,"),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "Interface language"), tuple(
            Action(f"ui_language_{code}", name, _ui_language(code), translated=False,
                   checked=_is_ui_language(code), keys=f"Ctrl+Shift+F{number}")
            for number, (code, name) in enumerate(UI_LANGUAGES.items(), start=1))),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"), (
        Action("user_guide", QT_TRANSLATE_NOOP("MainWindow", "&User guide"),
               _user_guide, Keys.HelpContents, "F1"),
        None,
        Action("about", QT_TRANSLATE_NOOP("MainWindow", "&About cica-desktop"),
               _about, keys="Ctrl+F1"),
    )),
)

TOOLBAR_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Main")
TOOLBAR: tuple[Action | None, ...] = (NEW, OPEN, SAVE, UNDO, REDO, None, *EXPORTS)


def shortcuts(spec: Action) -> list[QKeySequence]:
    """The keys of *spec*: the platform's standard ones where it has them, else its own."""
    if spec.shortcut is not None:
        standard = QKeySequence.keyBindings(spec.shortcut)
        if standard:
            return standard
    return [QKeySequence(spec.keys)] if spec.keys else []


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowActions:
    """The menus, toolbar and actions of one window, built from the declarations above in the
    installed language."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        #: Every action by objectName.
        self.actions: dict[str, QAction] = {}
        #: The menus that have a name ("add_annex_menu", "recent_menu").
        self.menus: dict[str, QMenu] = {}
        #: The menus and actions made here, deleted by remove().
        self._built: list[QObject] = []
        for menu in MENUS:
            window.menuBar().addMenu(self._menu(menu))
        self.toolbar = window.addToolBar(_tr(TOOLBAR_TITLE))
        self.toolbar.setObjectName("main_toolbar")
        for item in TOOLBAR:
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[item.name])

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def remove(self) -> None:
        """Take the menus and the toolbar off the window and delete them."""
        self._window.menuBar().clear()
        self._window.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        for built in self._built:
            built.deleteLater()

    def _menu(self, spec: Menu) -> QMenu:
        menu = QMenu(_tr(spec.title), self._window)
        self._built.append(menu)
        if spec.name:
            menu.setObjectName(spec.name)
            self.menus[spec.name] = menu
        if spec.fill is not None:
            fill, window = spec.fill, self._window
            menu.aboutToShow.connect(lambda: fill(window, menu))
        for item in spec.items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, Menu):
                menu.addMenu(self._menu(item))
            else:
                menu.addAction(self._action(item))
        return menu

    def _action(self, spec: Action) -> QAction:
        action = QAction(_tr(spec.text) if spec.translated else spec.text, self._window)
        action.setObjectName(spec.name)
        action.setShortcuts(shortcuts(spec))
        if spec.checked is not None:
            action.setCheckable(True)
            action.setChecked(spec.checked(self._window))
        run, window = spec.run, self._window
        action.triggered.connect(lambda _checked=False: run(window))
        self.actions[spec.name] = action
        self._built.append(action)
        return action
