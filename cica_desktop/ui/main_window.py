"""The main window: navigator, form, live preview, findings; menus for files and exports."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path as FilePath

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.jobs import (
    ExportJob,
    ExportSignals,
    MissionPreview,
    PreviewRenderer,
    SignedLetterJob,
)
from ..app.paths import Path, parse_path, path_text
from ..app.project import Project, ProjectError
from ..app.recovery import Autosaver
from ..app.settings import Settings
from ..checks import Severity, check
from ..compose import Part
from ..samples import sample_path
from .dialogs import NewProjectDialog
from .form_panel import FormPanel
from .formspec import NEW_ANNEX, QT_TRANSLATE_NOOP
from .i18n import UI_LANGUAGES, switch_translators, system_ui_language
from .labels import human_path
from .messages import error_lines, finding_text
from .navigator import LETTER_NODE, SETTINGS_NODE, Navigator, node_for_path
from .widgets import tool_button

_ROLE_PATH = Qt.ItemDataRole.UserRole

#: (action name, menu text, part, format, file suffix)
EXPORTS = (
    ("export_letter_pdf", QT_TRANSLATE_NOOP("MainWindow", "Letter PDF…"), Part.LETTER, "pdf",
     "-letter.pdf"),
    ("export_resolution_docx", QT_TRANSLATE_NOOP("MainWindow", "Draft resolution DOCX…"),
     Part.RESOLUTION, "docx", "-resolution.docx"),
    ("export_package_pdf", QT_TRANSLATE_NOOP("MainWindow", "Full package PDF…"), Part.PACKAGE,
     "pdf", ".pdf"),
    ("export_package_docx", QT_TRANSLATE_NOOP("MainWindow", "Full package DOCX…"),
     Part.PACKAGE, "docx", ".docx"),
)


class MainWindow(QMainWindow):
    def __init__(self, project: Project, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.preview_renderer = PreviewRenderer(parent=self)
        self.export_pool = QThreadPool(self)
        self._exports_running = 0
        self._jobs: list[ExportJob | SignedLetterJob] = []
        self._gc_frozen = False
        #: Every action of the menus and toolbar, rebuilt when the language changes.
        self._actions: list[QAction] = []
        self.project = project
        self.autosaver: Autosaver | None = None
        #: The status bar message saying autosave failed, while it fails; else "".
        self._autosave_warning = ""
        self._build_widgets()
        self._retranslate_widgets()
        self._build_actions()
        self.preview_renderer.rendered.connect(self._preview_rendered)
        self.preview_renderer.failed.connect(self._preview_failed)
        self.set_project(project)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # ------------------------------------------------------------------ layout
    def _build_widgets(self) -> None:
        self.navigator = Navigator()
        self.navigator.node_selected.connect(self._node_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.navigator, 1)
        buttons = QHBoxLayout()
        self.add_annex_button = QToolButton()
        self.add_annex_button.setObjectName("add_annex")
        self.add_annex_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
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

        from .preview_pane import PreviewPane

        self.preview = PreviewPane(self.settings.preview_layout())
        self.preview.layout_changed.connect(self.set_preview_layout)
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.form_holder)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([240, 640, 486])

        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.itemActivated.connect(self._finding_activated)
        self.findings.itemClicked.connect(self._finding_activated)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(4, 0, 4, 0)
        self.findings_caption = QLabel()
        findings_layout.addWidget(self.findings_caption)
        findings_layout.addWidget(self.findings)
        self.outer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.outer_splitter.setObjectName("outer_splitter")
        self.outer_splitter.addWidget(splitter)
        self.outer_splitter.addWidget(findings_box)
        self.outer_splitter.setStretchFactor(0, 1)
        self.outer_splitter.setStretchFactor(1, 0)
        self.outer_splitter.setSizes([600, 110])
        self.setCentralWidget(self.outer_splitter)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("autosave_state")
        self.statusBar().addPermanentWidget(self.autosave_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _action(self, name: str, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        self._actions.append(action)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("new", self.tr("&New request…"), self.new_project,
                                       keys.New)
        self.open_action = self._action("open", self.tr("&Open…"), self.open_dialog, keys.Open)
        self.save_action = self._action("save", self.tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action("save_as", self.tr("Save &As…"), self.save_as,
                                           keys.SaveAs)
        self.quit_action = self._action("quit", self.tr("&Quit"), self.close, keys.Quit)
        self.undo_action = self._action("undo", self.tr("&Undo"), self.undo, keys.Undo)
        self.redo_action = self._action("redo", self.tr("&Redo"), self.redo, keys.Redo)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        samples = file_menu.addMenu(self.tr("New from sample"))
        for language, title in (("zh", self.tr("A/62/232 (Chinese)")),
                                ("en", self.tr("A/62/232 (English)"))):
            samples.addAction(self._action(f"sample_{language}", title,
                                           lambda lang=language: self.open_sample(lang)))
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        package_menu = self.menuBar().addMenu(self.tr("&Package"))
        add_menu = QMenu(self.tr("Add annex"), self)
        add_menu.setObjectName("add_annex_menu")
        for kind, title in (("memorandum", self.tr("Explanatory memorandum")),
                            ("draft_resolution", self.tr("Draft resolution")),
                            ("letter", self.tr("Letter (with or without an enclosure)"))):
            add_menu.addAction(self._action(f"add_{kind}", title,
                                            lambda k=kind: self.add_annex(k)))
        package_menu.addMenu(add_menu)
        self.add_annex_button.setMenu(add_menu)
        package_menu.addAction(self._action("remove_annex_action", self.tr("Remove annex"),
                                            self.remove_annex))

        export_menu = self.menuBar().addMenu(self.tr("E&xport"))
        self.export_actions: dict[str, QAction] = {}
        for name, text, part, fmt, suffix in EXPORTS:
            action = self._action(name, self.tr(text),
                                  lambda p=part, f=fmt, s=suffix: self.export_dialog(p, f, s))
            export_menu.addAction(action)
            self.export_actions[name] = action
        export_menu.addSeparator()
        for name, text, fmt in (
                ("export_mission_pdf", self.tr("As the mission sends it, unsigned PDF…"), "pdf"),
                ("export_mission_docx", self.tr("As the mission sends it, DOCX…"), "docx")):
            export_menu.addAction(self._action(
                name, text, lambda f=fmt: self.export_dialog(Part.PACKAGE, f, f"-mission.{f}",
                                                             mission=True)))
        export_menu.addAction(self._action("export_signed_letter",
                                           self.tr("Signed letter PDF…"),
                                           self.export_signed_letter_dialog))
        export_menu.addAction(self._action("verify_signed_pdf", self.tr("Verify signed PDF…"),
                                           self.verify_dialog))

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action("signing_settings", self.tr("Signing…"),
                                             self.signing_dialog))
        language_menu = settings_menu.addMenu(self.tr("Interface language"))
        current = self.settings.ui_language() or system_ui_language()
        for code, name in UI_LANGUAGES.items():
            action = self._action(f"ui_language_{code}", name,
                                  lambda c=code: self.set_ui_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)
            language_menu.addAction(action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        for action in (self.new_action, self.open_action, self.save_action, self.undo_action,
                       self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in self.export_actions.values():
            toolbar.addAction(action)

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
        stack = self.project.undo_stack
        stack.canUndoChanged.disconnect(self.undo_action.setEnabled)
        stack.canRedoChanged.disconnect(self.redo_action.setEnabled)
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for action in self._actions:
            action.deleteLater()
        self._actions = []
        self._build_actions()
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._retranslate_widgets()
        self.preview.retranslate()
        node = self.navigator.current_node()
        self.navigator.rebuild(self.project.data, node)
        if self.form_panel is not None:
            self.form_panel.rebuild()
        self._update_findings()
        self._update_title()

    def _retranslate_widgets(self) -> None:
        self.add_annex_button.setText(self.tr("Add annex"))
        for button, tip in zip(self.annex_buttons, (self.tr("Move annex up"),
                                                    self.tr("Move annex down"),
                                                    self.tr("Remove annex")), strict=True):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings_caption.setText(self.tr("<b>Findings</b> (click one to go to the field)"))

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
        project.data_changed.connect(self._data_changed)
        project.structure_changed.connect(self._structure_changed)
        project.file_state_changed.connect(self._update_title)
        stack = project.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.autosaver = Autosaver(project, parent=self)
        self.autosaver.autosaved.connect(self._autosaved)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.recovered.connect(self._autosave_recovered)
        self._autosave_recovered()
        self.autosave_label.clear()
        if self.form_panel is not None:
            self.form_layout.removeWidget(self.form_panel)
            self.form_panel.deleteLater()
        self.form_panel = FormPanel(project)
        self.form_layout.addWidget(self.form_panel)
        self.navigator.rebuild(project.data, LETTER_NODE)
        self._node_selected(self.navigator.current_node())  # the new panel's first form
        self._update_title()
        self._update_findings()
        self.preview.clear()  # never show the previous project's pages
        if project.package is not None:
            self._update_preview_layout()
            self.preview_renderer.render_now(project.package)
        else:
            self.preview_renderer.cancel()
            self.preview.set_state(self.tr("The project has problems; see Findings."))

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

    def _data_changed(self) -> None:
        self._update_findings()
        package = self.project.package
        if package is not None:
            self.preview.set_state("")
            self.preview_renderer.request(package)
        else:
            count = len(self.project.errors)
            self.preview.set_state(self.tr(
                "The preview shows the last version without problems; {count} to fix "
                "(see Findings).").format(count=count))

    def _structure_changed(self, _path: Path) -> None:
        current = self.navigator.current_node()
        self.navigator.rebuild(self.project.data, current)

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

    def go_to_path(self, path: Path) -> bool:
        """Select the part holding *path* and put the cursor in its editor."""
        node = node_for_path(self.project.data, path)
        self.navigator.select(node)
        return self.form_panel is not None and self.form_panel.focus_path(path)

    def _update_findings(self) -> None:
        """Errors (they block exports), then what the checks point out in a valid package
        (warnings and notes, which never block anything)."""
        self.findings.clear()
        findings = [error.finding() for error in self.project.errors]
        package = self.project.package
        if package is not None:
            findings += check(package)
        marks = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.NOTE: "ℹ"}
        for finding in findings:
            where = human_path(parse_path(finding.path))
            item = QListWidgetItem(
                f"{marks[finding.severity]} {where}: {finding_text(finding)}")
            item.setToolTip(finding.path)
            item.setData(_ROLE_PATH, finding.path)
            self.findings.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings.addItem(item)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        path = item.data(_ROLE_PATH)
        if path is not None:
            self.go_to_path(parse_path(str(path)))

    # ------------------------------------------------------------------ preview
    def _preview_rendered(self, data: bytes, anchors: dict[str, int],
                          warnings: list[str]) -> None:
        # Characters no font can show, right-to-left text in a left-to-right document: said
        # above the preview, never silently printed as boxes.
        self.preview.set_state("\n".join(f"⚠ {w}" for w in warnings[:5]))
        self.preview.show_pdf(data, anchors)
        if not self._gc_frozen:
            # The fonts are loaded now: ~150k long-lived objects (reportlab's glyph tables)
            # that every full garbage collection would walk, pausing typing for ~50 ms.
            # Freezing moves them out of the collector's way (docs/PERFORMANCE-GUI.md).
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
            data = dialog.project_data()
            self.settings.set_paper_size(str(data["paper"]))
            profile = self.settings.signer_profile()
            if profile.name:  # the usual signatory, from Settings ▸ Signing
                sender = data["letter"]["senders"][0]
                sender.update(name=profile.name, titles=list(profile.titles))
            project = Project(data)
            project.undo_stack.resetClean()  # a new project is unsaved work
            self.set_project(project)
            self.navigator.select(SETTINGS_NODE)

    def open_sample(self, language: str) -> None:
        """A copy of the bundled sample, as an untitled project (the sample stays intact)."""
        if not self.confirm_discard():
            return
        sample = Project.open(sample_path(language))
        project = Project(sample.data)
        project.undo_stack.resetClean()
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

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # ------------------------------------------------------------------ exports
    def export_dialog(self, part: Part, fmt: str, suffix: str, mission: bool = False) -> None:
        stem = self.project.file_path.stem if self.project.file_path else "request"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(self.settings.last_export_dir() / f"{stem}{suffix}"),
            f"{fmt.upper()} (*.{fmt})")
        if name:
            self.export(part, fmt, FilePath(name), mission=mission)

    def _mission_inputs(self) -> MissionPreview:
        """The signer profile and the project's folder (its images are named from there)."""
        path = self.project.file_path
        return MissionPreview(self.settings.signer_profile(),
                              path.absolute().parent if path else None)

    def export(self, part: Part, fmt: str, target: FilePath,
               mission: bool = False) -> ExportJob | None:
        """Export *part* as *fmt*: the UN layout, or the mission's own (unsigned)."""
        package = self.project.package
        if package is None:
            QMessageBox.warning(self, self.tr("Cannot export yet"), self.tr(
                "Fix the problems listed under Findings first ({count} left).").format(
                    count=len(self.project.errors)))
            return None
        if part is Part.RESOLUTION and package.draft_resolution() is None:
            QMessageBox.warning(self, self.tr("Cannot export"),
                                self.tr("The package has no draft resolution."))
            return None
        self.settings.set_last_export_dir(target.parent)
        job = ExportJob(package, part, fmt, target, ExportSignals(self),
                        self._mission_inputs() if mission else None)
        self._start_job(job, target)
        return job

    def _start_job(self, job: ExportJob | SignedLetterJob, target: FilePath) -> None:
        self._jobs.append(job)
        job.signals.finished.connect(lambda path, j=job: self._export_finished(j, path))
        job.signals.failed.connect(lambda path, why, j=job: self._export_failed(j, path, why))
        self._exports_running += 1
        self.progress.show()
        self.statusBar().showMessage(self.tr("Exporting {file}…").format(file=target.name))
        self.export_pool.start(job)

    def _export_done(self, job: ExportJob | SignedLetterJob) -> None:
        self._exports_running -= 1
        if job in self._jobs:
            self._jobs.remove(job)
        job.signals.deleteLater()
        self.progress.setVisible(self._exports_running > 0)

    def _export_finished(self, job: ExportJob | SignedLetterJob, path: str) -> None:
        self._export_done(job)
        self.statusBar().showMessage(self.tr("Exported {file}").format(file=path), 8000)

    def _export_failed(self, job: ExportJob | SignedLetterJob, path: str, reason: str) -> None:
        self._export_done(job)
        self.statusBar().showMessage(self.tr("Export failed"), 8000)
        QMessageBox.critical(self, self.tr("Export failed"), self.tr(
            "{file} was not written: {reason}\nAny previous file of that name is unchanged."
        ).format(file=path, reason=reason))

    # ------------------------------------------------------------------ preview layout
    def set_preview_layout(self, layout: str) -> None:
        """Show the UN circulation layout ("un") or the letter as the mission sends it."""
        self.settings.set_preview_layout(layout)
        self.preview.set_layout_choice(layout)
        self._update_preview_layout()
        if self.project.package is not None:
            self.preview.clear()
            self.preview_renderer.render_now(self.project.package)

    def _update_preview_layout(self) -> None:
        if self.settings.preview_layout() != "mission":
            self.preview_renderer.mission = None
            return
        self.preview_renderer.mission = self._mission_inputs()

    # ------------------------------------------------------------------ signing
    def signing_dialog(self) -> bool:
        """Settings ▸ Signing…; True when the user saved changes."""
        from .signing_dialog import SigningDialog

        dialog = SigningDialog(self.settings, self)
        accepted = dialog.exec() == SigningDialog.DialogCode.Accepted
        if accepted:
            self.set_preview_layout(self.settings.preview_layout())
        return accepted

    def export_signed_letter_dialog(self) -> None:
        profile = self.settings.signer_profile()
        p12 = FilePath(profile.certificate).expanduser() if profile.certificate else None
        if p12 is None or not p12.is_file():
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Signing key and certificate"), str(FilePath.home()),
                self.tr("PKCS#12 files (*.p12 *.pfx)"))
            if not name:
                return
            p12 = FilePath(name)
            self.settings.set_signer_profile(dataclasses.replace(profile, certificate=name))
        password, ok = QInputDialog.getText(
            self, self.tr("Sign the letter"),
            self.tr("Password of {file} (used for this signature only):").format(
                file=p12.name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        stem = self.project.file_path.stem if self.project.file_path else "request"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export signed letter"),
            str(self.settings.last_export_dir() / f"{stem}-signed.pdf"), "PDF (*.pdf)")
        if name:
            self.export_signed_letter(p12, password, FilePath(name))

    def export_signed_letter(self, p12: FilePath, password: str,
                             target: FilePath) -> SignedLetterJob | None:
        package = self.project.package
        if package is None:
            QMessageBox.warning(self, self.tr("Cannot export yet"), self.tr(
                "Fix the problems listed under Findings first ({count} left).").format(
                    count=len(self.project.errors)))
            return None
        self.settings.set_last_export_dir(target.parent)
        path = self.project.file_path
        job = SignedLetterJob(package, p12, password, target, ExportSignals(self),
                              profile=self.settings.signer_profile(),
                              project_dir=path.absolute().parent if path else None,
                              tsa_url=self.settings.tsa_url(),
                              tsa_timeout=self.settings.tsa_timeout(), pdfa=self.settings.pdfa())
        self._start_job(job, target)
        return job

    def verify_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify signed PDF"), str(self.settings.last_export_dir()),
            "PDF (*.pdf)")
        if name:
            self.verify_file(FilePath(name))

    def verify_file(self, path: FilePath) -> str:
        """Check the signatures of *path* and every change made after them; show the
        verdict (a warning when the file is not valid) and return its text."""
        from ..verification import VerificationError, report_lines, verify_pdf

        title = self.tr("Verify signed PDF")
        try:
            report = verify_pdf(path.read_bytes(), trust=self.settings.trusted_certificates(),
                                name=path.name)
        except (OSError, VerificationError, ValueError) as exc:
            text = self.tr("{file} cannot be checked: {reason}").format(file=path.name,
                                                                          reason=exc)
            QMessageBox.warning(self, title, text)
            return text
        if not report.signatures:
            text = self.tr("{file} has no signature.").format(file=path.name)
            QMessageBox.warning(self, title, text)
            return text
        details = "\n".join(report_lines(
            report, lambda phrase: QCoreApplication.translate("verification", phrase)))
        if report.trusted:
            headline = self.tr("{file}: valid. The signatures hold and nothing was changed "
                               "after signing beyond what they permit.")
        elif report.valid:
            headline = self.tr("{file}: valid, but a signer is not in your trusted "
                               "certificates (Settings ▸ Signing…).")
        else:
            headline = self.tr("{file}: NOT VALID. It was changed after signing, or a "
                               "signature does not hold. Do not rely on what it shows.")
        text = headline.format(file=path.name) + "\n\n" + details
        show = QMessageBox.information if report.valid else QMessageBox.critical
        show(self, title, text)
        return text

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        if self.autosaver is not None:
            self.autosaver.stop()
        self.preview_renderer.wait(5000)
        self.export_pool.waitForDone(30_000)
        event.accept()

