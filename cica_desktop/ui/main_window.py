"""The main window: the navigator, the form of the part chosen, the live preview and the
findings, kept in step with the project; files (new, open, save), annexes, the interface
language. Its menus are declared in ui/actions.py, exports run in ui/exports.py, the signing
dialogs are in ui/sign_flow.py and the findings list in ui/findings_panel.py."""

from __future__ import annotations

import gc
from pathlib import Path as FilePath

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.collection import collect_in_window_thread
from ..app.exports import mission_inputs
from ..app.find import Match
from ..app.findings import Finding, apply_fix, project_findings
from ..app.jobs import FindingsChecker, PreviewRenderer
from ..app.new_request import earlier_request_data
from ..app.paths import Path, parse_path, path_text
from ..app.project import Project, ProjectError
from ..app.quotes import fix_quotes
from ..app.recovery import Autosaver
from ..app.settings import Settings
from .actions import WindowActions
from .dialogs import NewProjectDialog
from .exports import Exports
from .find_replace import FindReplaceDialog
from .findings_panel import FindingsPanel
from .form_panel import FormPanel
from .formspec import NEW_ANNEX
from .i18n import switch_translators, system_ui_language
from .labels import human_path
from .messages import error_lines
from .navigator import LETTER_NODE, SETTINGS_NODE, Navigator, node_for_path
from .preview_pane import PreviewPane
from .sign_flow import SignFlow
from .widgets import set_role_icon, tool_button


class MainWindow(QMainWindow):
    def __init__(self, project: Project, settings: Settings | None = None) -> None:
        super().__init__()
        # Garbage is collected in this thread only, never in a worker (app/collection.py).
        collect_in_window_thread()
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        # The window debounces itself (REFRESH_DELAY_MS): the renderer starts at once.
        self.preview_renderer = PreviewRenderer(delay_ms=0, parent=self)
        self.exports: Exports = Exports(self)
        self.sign_flow: SignFlow = SignFlow(self)
        self._gc_frozen = False
        #: What the state line above the preview says about the project (draft, problems).
        self._state_line = ""
        #: The errors of the data last sent to the preview (a draft's gaps).
        self._requested_errors = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        #: While typing, the findings are listed in a worker thread.
        self.findings_checker = FindingsChecker(self)
        self.findings_checker.ready.connect(self._show_findings)
        self._find_dialog: FindReplaceDialog | None = None
        self.project = project
        self.autosaver: Autosaver | None = None
        #: The status bar message saying autosave failed, while it fails; else "".
        self._autosave_warning = ""
        self._build_widgets()
        self._retranslate_widgets()
        #: The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes.
        self.menu_actions = WindowActions(self)
        self.add_annex_button.setMenu(self.menu_actions.menus["add_annex_menu"])
        self.preview_renderer.rendered.connect(self._preview_rendered)
        self.preview_renderer.rendered_first.connect(self._preview_rendered_first)
        self.preview_renderer.failed.connect(self._preview_failed)
        self.preview_renderer.no_draft.connect(self._no_draft)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the preview follows the field being edited
            app.focusChanged.connect(self._focus_changed)
        self.set_project(project)
        self._share_width_when_shown = False
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        for splitter in self.splitters():
            saved = self.settings.splitter_state(splitter.objectName())
            if saved is not None and splitter.restoreState(saved):
                self._share_width_when_shown = False

    #: The share of the screen's free area (without task bars) a first window takes.
    SCREEN_SHARE = 0.85
    #: The width a first window gives the form, when the screen has room for it: its labels
    #: and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the
    #: screen is 910 points wide).
    FORM_MIN_WIDTH = 400

    def _fit_to_screen(self) -> None:
        """The first start (no saved geometry): SCREEN_SHARE of the screen, centred."""
        available = self.screen().availableGeometry()
        width, height = (int(side * self.SCREEN_SHARE)
                         for side in (available.width(), available.height()))
        # A small screen (or a large scale: 1366 × 768 at 150 % is 910 × 512 points): all
        # of it, rather than a margin of desktop around a cramped window.
        self._resize_centred(QSize(width if width >= 1000 else available.width(),
                                   height if height >= 640 else available.height()))
        #: The splitter is shared out once the window has its size (showEvent).
        self._share_width_when_shown = True

    def _resize_centred(self, size: QSize) -> None:
        """*size* (at least the window's minimum), its frame within the screen, centred."""
        available = self.screen().availableGeometry()
        frame_extra = self.frameGeometry().size() - self.geometry().size()
        self.resize(size.expandedTo(self.minimumSizeHint()).boundedTo(
            available.size() - frame_extra))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def _share_the_width(self) -> None:
        """The parts, the form and the preview as shares of the width, the form at least
        FORM_MIN_WIDTH wide: the window grows for it, as far as the screen allows."""
        splitter = self.main_splitter
        parts_min = self.parts_panel.minimumSizeHint().width()
        preview_min = self.preview.minimumSizeHint().width()
        handles = 2 * splitter.handleWidth()
        around = max(self.width() - splitter.width(), 0)
        needed = parts_min + self.FORM_MIN_WIDTH + preview_min + handles + around
        if self.width() < needed:
            self._resize_centred(QSize(needed, self.height()))
        width = self.width() - around - handles
        parts = max(min(max(int(width * 0.18), 130), 260), parts_min)
        form = max(int(width * 0.44), self.FORM_MIN_WIDTH)
        preview = max(width - parts - form, preview_min)
        form = width - parts - preview
        splitter.setSizes([parts, form, preview])
        # The findings: a fifth of the height at most, the rest for the form and preview.
        height = self.outer_splitter.height()
        findings = min(max(height // 5, self.findings_panel.minimumSizeHint().height()), 160)
        self.outer_splitter.setSizes([height - findings, findings])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._share_width_when_shown:
            self._share_width_when_shown = False
            self._share_the_width()

    def splitters(self) -> tuple[QSplitter, QSplitter]:
        """The splitters whose sizes are kept between sessions."""
        return self.main_splitter, self.outer_splitter

    # ------------------------------------------------------------------ layout
    def _build_widgets(self) -> None:
        self.navigator = Navigator()
        self.navigator.node_selected.connect(self._node_selected)
        left = self.parts_panel = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.navigator, 1)
        buttons = QHBoxLayout()
        self.add_annex_button = QToolButton()
        self.add_annex_button.setObjectName("add_annex")
        self.add_annex_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_role_icon(self.add_annex_button, "add_annex")
        self.add_annex_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        buttons.addWidget(self.add_annex_button)
        self.annex_buttons: list[QToolButton] = []
        for name, text, slot in (
            ("annex_up", "↑", lambda: self.move_annex(-1)),
            ("annex_down", "↓", lambda: self.move_annex(1)),
            ("remove_annex", "✕", self.remove_annex),
        ):
            button = tool_button(text, "", name, slot, flat=False)
            self.annex_buttons.append(button)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        self.form_holder = QWidget()
        self.form_layout = QVBoxLayout(self.form_holder)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_panel: FormPanel | None = None

        self.preview = PreviewPane(self.settings.preview_layout())
        self.preview.layout_changed.connect(self.set_preview_layout)
        splitter = self.main_splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.form_holder)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([240, 640, 486])

        self.findings_panel = FindingsPanel()
        self.findings_panel.path_activated.connect(self.go_to_path)
        self.findings_panel.fix_requested.connect(self.apply_finding_fix)
        #: The list of findings (objectName "findings").
        self.findings = self.findings_panel.list
        self.outer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.outer_splitter.setObjectName("outer_splitter")
        self.outer_splitter.addWidget(splitter)
        self.outer_splitter.addWidget(self.findings_panel)
        self.outer_splitter.setStretchFactor(0, 1)
        self.outer_splitter.setStretchFactor(1, 0)
        self.outer_splitter.setSizes([600, 110])
        self.setCentralWidget(self.outer_splitter)

        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("autosave_state")
        self.statusBar().addPermanentWidget(self.autosave_label)
        self.statusBar().addPermanentWidget(self.exports.progress)

    @property
    def undo_action(self) -> QAction:
        return self.menu_actions["undo"]

    @property
    def redo_action(self) -> QAction:
        return self.menu_actions["redo"]

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.project.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def ui_language(self) -> str:
        """The interface language chosen, else the system's."""
        return self.settings.ui_language() or system_ui_language()

    def set_ui_language(self, code: str) -> None:
        """Switch the interface language now: menus, forms, findings and preview at once."""
        self.settings.set_ui_language(code)
        app = QCoreApplication.instance()
        if app is not None:
            switch_translators(app, code)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every text of the window in the installed language (the project, its
        undo history and the part being edited stay as they are)."""
        self.menu_actions.remove()
        self.menu_actions = WindowActions(self)
        self.add_annex_button.setMenu(self.menu_actions.menus["add_annex_menu"])
        self._update_undo_actions()
        self._retranslate_widgets()
        self.preview.retranslate()
        if self._find_dialog is not None:
            self._find_dialog.retranslate()
        node = self.navigator.current_node()
        self.navigator.rebuild(self.project.data, node)
        if self.form_panel is not None:
            self.form_panel.rebuild()
        self._update_findings()
        self._update_title()

    def _retranslate_widgets(self) -> None:
        self.add_annex_button.setText(self.tr("Add annex"))
        self.add_annex_button.setToolTip(self.tr(
            "Add an annex: an explanatory memorandum, a draft resolution or a letter"))
        for button, tip in zip(self.annex_buttons, (self.tr("Move annex up"),
                                                    self.tr("Move annex down"),
                                                    self.tr("Remove annex")), strict=True):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.findings_panel.retranslate()

    # ------------------------------------------------------------------ project
    def set_project(self, project: Project) -> None:
        old = self.project
        if old is not project:
            for signal in (old.data_changed, old.file_state_changed):
                signal.disconnect()
            old.structure_changed.disconnect(self._structure_changed)
            old.undo_stack.canUndoChanged.disconnect()
            old.undo_stack.canRedoChanged.disconnect()
        if self.autosaver is not None:
            self.autosaver.stop()
            self.autosaver.deleteLater()
        if old is not project:
            old.deleteLater()  # with its undo history
        self.project = project
        project.setParent(self)
        if self._find_dialog is not None:  # an open Find window searches the new project
            self._find_dialog.set_project(project)
        project.data_changed.connect(self._data_changed)
        project.structure_changed.connect(self._structure_changed)
        project.file_state_changed.connect(self._update_title)
        project.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        project.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.autosaver = Autosaver(project, parent=self)
        self.autosaver.autosaved.connect(self._autosaved)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.recovered.connect(self._autosave_recovered)
        self._autosave_recovered()
        self.autosave_label.clear()
        if self.form_panel is not None:
            self.form_layout.removeWidget(self.form_panel)
            self.form_panel.deleteLater()
        self.form_panel = FormPanel(project, self.settings.signer_profile)
        self.form_layout.addWidget(self.form_panel)
        self.navigator.rebuild(project.data, LETTER_NODE)
        self._node_selected(self.navigator.current_node())  # the new panel's first form
        self._update_title()
        self._update_findings()
        self.preview.clear()  # never show the previous project's pages
        self._update_preview_layout()
        self._refresh_timer.stop()
        self._render_preview(now=True)

    def _autosaved(self, time: str) -> None:
        self.autosave_label.setText(self.tr("Autosaved {time}").format(time=time))

    def _autosave_failed(self, reason: str) -> None:
        """Said once per failure: in the status bar, beside it and in the title; the
        autosaver keeps trying on its timer."""
        seconds = self.autosaver.interval_seconds if self.autosaver is not None else 30
        self._autosave_warning = self.tr(
            "Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to "
            "keep it safe.").format(reason=reason, seconds=seconds)
        self.statusBar().showMessage(self._autosave_warning)
        self.autosave_label.setText(self.tr("⚠ Autosave failed"))
        self.autosave_label.setToolTip(self._autosave_warning)
        self._update_title()

    def _autosave_recovered(self) -> None:
        if not self._autosave_warning:
            return
        if self.statusBar().currentMessage() == self._autosave_warning:
            self.statusBar().clearMessage()
        self._autosave_warning = ""
        self.autosave_label.clear()
        self.autosave_label.setToolTip("")
        self._update_title()

    def _update_title(self) -> None:
        path = self.project.file_path
        name = path.name if path else self.tr("Untitled request")
        title = f"{name}[*] — cica-desktop"
        if self._autosave_warning:
            failed = self.tr("autosave failed")
            title = f"{name}[*] — {failed} — cica-desktop"
        self.setWindowTitle(title)
        self.setWindowModified(self.project.is_modified)

    #: Milliseconds of quiet after a change before the preview and the findings catch up.
    REFRESH_DELAY_MS = 70

    def _data_changed(self) -> None:
        """A keystroke costs the window only this: the preview and the findings follow once
        the typing pauses (docs/PERFORMANCE-PREVIEW.md); any other change shows at once."""
        if self.project.last_change_typing:
            self._refresh_timer.start()
            return
        self._refresh_timer.stop()
        self._update_findings()
        self._render_preview()
        self._say_draft_state()  # until the render process says there is no draft

    def _refresh(self) -> None:
        self._render_preview()
        self.findings_checker.check(self.project.errors, self.project.package)

    def _render_preview(self, now: bool = False) -> None:
        """Send the project to the render process: as it is, or with its errors, drafted
        there (the gaps named as the form names them, "[Name]", "[Item title]")."""
        project = self.project
        errors = project.errors
        names = {error.path: self.placeholder_name(error.path) for error in errors}
        changed = project.last_changed_path
        focus = None if now or changed is None else path_text(changed)
        self._requested_errors = len(errors)
        if now:
            self.preview_renderer.render_now(project.data, errors, names)
        else:
            self.preview_renderer.request(project.data, errors, names, focus)

    def placeholder_name(self, path: str) -> str:
        """A draft's placeholder for the field at *path*: its label in the form."""
        return human_path(parse_path(path), self.project.value).rsplit(" › ", 1)[-1]

    def _say_draft_state(self, drafted: bool = True) -> None:
        self._state_line = self._draft_state(drafted)
        self.preview.set_state(self._state_line)

    def _no_draft(self) -> None:
        """The data has a value that is wrong rather than missing: the last good preview
        stays, and the state line says so (a project opened so has none)."""
        if not self.preview.document.pageCount():
            self._state_line = ""
            self.preview.set_state(self.tr("The project has problems; see Findings."))
            return
        self._say_draft_state(False)

    def _draft_state(self, drafted: bool) -> str:
        """What the preview shows, when it is not simply the project: a draft with gaps, or
        the last good version while a value is wrong."""
        count = self._requested_errors
        if not count:
            return ""
        if not drafted:
            return self.tr("The preview shows the last version without problems; {count} to "
                           "fix (see Findings).").format(count=count)
        return self.tr(
            "Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final "
            "documents can be exported once they are filled in.").format(count=count)

    def _structure_changed(self, _path: Path) -> None:
        current = self.navigator.current_node()
        self.navigator.rebuild(self.project.data, current)

    def find_replace(self, replacing: bool) -> FindReplaceDialog:
        """Edit ▸ Find (Ctrl+F) and Find and replace (Ctrl+H): one window for both."""
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.project, self._show_match, self)
        self._find_dialog.set_project(self.project)
        self._find_dialog.open_for(replacing)
        return self._find_dialog

    def _show_match(self, match: Match) -> QWidget | None:
        if not self.go_to_path(match.path) or self.form_panel is None:
            return None
        return self.form_panel.focus_target(match.path)

    def fix_quotes(self) -> int:
        """Edit ▸ Fix quotes: straight quotes as the document's language writes them."""
        count = fix_quotes(self.project)
        self.statusBar().showMessage(
            self.tr("Quotes fixed in {count} field(s) (Undo takes them back).").format(
                count=count) if count else self.tr("No straight quotes to fix."), 5000)
        return count

    def undo(self) -> None:
        self.project.undo_stack.undo()
        self._show_changed_part()

    def redo(self) -> None:
        self.project.undo_stack.redo()
        self._show_changed_part()

    def _show_changed_part(self) -> None:
        """After undo or redo, show the part that changed: nothing changes out of sight."""
        path = self.project.last_changed_path
        if path is None:
            return
        node = node_for_path(self.project.data, path)
        if self.navigator.has(node) and node != self.navigator.current_node():
            self.navigator.select(node)

    # ------------------------------------------------------------------ navigation
    def _node_selected(self, node: Path) -> None:
        if self.form_panel is not None:
            self.form_panel.show_node(node)
        anchor = "letter" if node in (SETTINGS_NODE, LETTER_NODE) else path_text(node)
        self.preview.go_to_anchor(anchor)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field of the form took the cursor: the preview shows where it is printed."""
        panel = self.form_panel
        if new is None or panel is None or not panel.isAncestorOf(new):
            return
        name = new.objectName()
        if name:
            self.preview.follow(name)

    def go_to_path(self, path: Path) -> bool:
        """Select the part holding *path* and put the cursor in its editor."""
        node = node_for_path(self.project.data, path)
        self.navigator.select(node)
        return self.form_panel is not None and self.form_panel.focus_path(path)

    def apply_finding_fix(self, finding: Finding) -> None:
        """Apply fix (the findings panel): the finding's change as one undo step, then the
        cursor in the field it changed."""
        if apply_fix(self.project, finding) and finding.fix is not None:
            self.go_to_path(parse_path(finding.fix.path))

    def _update_findings(self) -> None:
        self.findings_checker.cancel()  # listed now: what a worker is checking is older
        self._show_findings(project_findings(self.project))

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings_panel.set_findings(findings, self.project.value)

    # ------------------------------------------------------------------ preview
    def _preview_rendered_first(self, data: bytes, anchors: dict[str, int],
                                warnings: list[str],
                                positions: dict[str, tuple[int, float]]) -> None:
        """The first pass of an edit: the pages up to the edited one, the rest to come."""
        self._preview_rendered(data, anchors, warnings, positions, partial=True)

    def _preview_rendered(self, data: bytes, anchors: dict[str, int], warnings: list[str],
                          positions: dict[str, tuple[int, float]] | None = None,
                          partial: bool = False) -> None:
        # Characters no font can show, right-to-left text in a left-to-right document: said
        # above the preview, never silently printed as boxes.
        self._state_line = self._draft_state(True)
        lines = [self._state_line, *(f"⚠ {w}" for w in warnings[:5])]
        if partial:
            lines.append(self.tr("Laying out the pages after this one…"))
        self.preview.set_state("\n".join(line for line in lines if line))
        self.preview.show_pdf(data, anchors, positions)
        if not self._gc_frozen:
            # The window is built: its long-lived objects (the modules, the forms' spec, and
            # the fonts once an export has loaded them) are moved out of the way of every
            # later full collection, which would walk them all (docs/PERFORMANCE-GUI.md).
            gc.freeze()
            self._gc_frozen = True

    def _preview_failed(self, message: str) -> None:
        self.preview.set_state(self.tr("The preview could not be drawn: {message}").format(
            message=message))

    # ------------------------------------------------------------------ annexes
    def _current_annex(self) -> int | None:
        node = self.navigator.current_node()
        return int(node[1]) if node[:1] == ("annexes",) and len(node) >= 2 else None

    def add_annex(self, kind: str) -> None:
        annexes = self.project.value(("annexes",)) or []
        self.project.insert_item(("annexes",), len(annexes), NEW_ANNEX[kind]())
        self.navigator.select(("annexes", len(annexes)))

    def remove_annex(self) -> None:
        index = self._current_annex()
        if index is None:
            return
        self.project.remove_item(("annexes",), index)
        remaining = len(self.project.value(("annexes",)) or [])
        self.navigator.select(("annexes", min(index, remaining - 1)) if remaining
                              else LETTER_NODE)

    def move_annex(self, step: int) -> None:
        index = self._current_annex()
        if index is None:
            return
        count = len(self.project.value(("annexes",)) or [])
        target = index + step
        if 0 <= target < count:
            self.project.move_item(("annexes",), index, target)
            self.navigator.select(("annexes", target))

    # ------------------------------------------------------------------ files
    def confirm_discard(self) -> bool:
        """True when the current project may be closed (saved, or the user agrees)."""
        if not self.project.is_modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} before closing it?").format(
                name=self.project.file_path.name if self.project.file_path
                else self.tr("the untitled request")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if not self.confirm_discard():
            return
        dialog = NewProjectDialog(self, paper=self.settings.paper_size())
        if dialog.exec() == NewProjectDialog.DialogCode.Accepted:
            # The signer profile stays out of it: "Use my profile for this signatory" on a
            # signatory fills it in when the user asks.
            data = dialog.project_data()
            self.settings.set_paper_size(str(data["paper"]))
            project = Project(data)
            project.undo_stack.resetClean()  # a new project is unsaved work
            self.set_project(project)
            self.navigator.select(SETTINGS_NODE)

    def new_from_earlier(self, path: FilePath | None = None) -> None:
        """File ▸ New from an earlier request…: an untitled copy of a project, its text kept;
        its dates, signatories' names and scanned signatures, session, symbol, job number,
        issue date and agenda item cleared or made new (app.new_request)."""
        if not self.confirm_discard():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("New from an earlier request"), str(self._folder()),
                self.tr("Request projects (*.json);;All files (*)"))
            if not name:
                return
            path = FilePath(name)
        try:
            data = earlier_request_data(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr(
                "{file} cannot be opened:\n{reason}").format(
                    file=path, reason=error_lines(exc.errors)))
            return
        project = Project(data)
        project.undo_stack.resetClean()  # a new project is unsaved work
        self.set_project(project)
        self.navigator.select(SETTINGS_NODE)
        self.statusBar().showMessage(self.tr(
            "A new request from {file}: check the session and the dates, and sign it "
            "again.").format(file=path.name), 10000)

    def open_sample(self, language: str) -> None:
        """A copy of the bundled sample, as an untitled project (the sample stays intact)."""
        if not self.confirm_discard():
            return
        project = Project.sample(language)
        project.undo_stack.resetClean()  # unsaved work, like a new request
        self.set_project(project)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open request"), str(self._folder()),
            self.tr("Request projects (*.json);;All files (*)"))
        if name:
            self.open_file(FilePath(name), confirmed=True)

    def open_file(self, path: FilePath, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        try:
            project = Project.open(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr(
                "{file} cannot be opened:\n{reason}").format(
                    file=path, reason=error_lines(exc.errors)))
            self.settings.remove_recent_file(path)
            return False
        self.settings.add_recent_file(path)
        self.set_project(project)
        return True

    def save(self) -> bool:
        if self.project.file_path is None:
            return self.save_as()
        return self._save_to(self.project.file_path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save request as"), str(self._folder() / "request.json"),
            self.tr("Request projects (*.json)"))
        if not name:
            return False
        path = FilePath(name)
        if path.suffix.lower() != ".json":
            path = path.with_suffix(path.suffix + ".json")
        return self._save_to(path)

    def _save_to(self, path: FilePath) -> bool:
        try:
            self.project.save(path)
            self._update_preview_layout()  # images named relative to the project's folder
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Not saved"), self.tr(
                "{file} could not be saved: {reason}\nThe previous file is unchanged.").format(
                    file=path, reason=exc.strerror or exc))
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=path), 5000)
        return True

    def _folder(self) -> FilePath:
        path = self.project.file_path
        return path.parent if path else FilePath.home()

    def fill_recent(self, menu: QMenu) -> None:
        """File ▸ Open recent, filled as it opens."""
        menu.clear()
        for path in self.settings.recent_files():
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)

    # ------------------------------------------------------------------ preview layout
    def set_preview_layout(self, layout: str) -> None:
        """Show the UN circulation layout ("un") or the letter as the mission sends it."""
        self.settings.set_preview_layout(layout)
        self.preview.set_layout_choice(layout)
        self._update_preview_layout()
        self.preview.clear()
        self._render_preview(now=True)

    def _update_preview_layout(self) -> None:
        if self.settings.preview_layout() != "mission":
            self.preview_renderer.mission = None
            return
        self.preview_renderer.mission = mission_inputs(self.project, self.settings)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for splitter in self.splitters():
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()
        if self.autosaver is not None:
            self.autosaver.stop()
        self.preview_renderer.close()  # nothing more is rendered for a closed window
        self.findings_checker.wait(5000)
        self.exports.wait(30_000)
        event.accept()

