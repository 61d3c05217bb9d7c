"""Starting the desktop application: the QApplication, recovery after a crash, the window.

What this module imports at its top is light: the preview's render process is started
first (create_window), and the window's modules are imported while it starts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..app.appearance import dress
from ..app.preview_client import RenderProcess
from .i18n import moment_text, switch_translators, system_ui_language, tr
from .messages import error_lines

if TYPE_CHECKING:
    from ..app.project import Project
    from ..app.recovery import RecoveryEntry
    from ..app.settings import Settings
    from .main_window import MainWindow


def ask_to_recover(entry: RecoveryEntry) -> QMessageBox.StandardButton:
    """Ask whether to restore unsaved work left by a crash (tests replace this)."""
    name = entry.file_path.name if entry.file_path else tr("an untitled request")
    return QMessageBox.question(
        None, tr("Recover unsaved work"),
        tr("cica-desktop did not close normally. Unsaved changes to {name} from {time} "
           "were kept. Restore them?").format(
            name=name, time=moment_text(entry.saved_at)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)


def ask_about_damaged(entry: RecoveryEntry) -> QMessageBox.StandardButton:
    """Ask whether to delete a recovery file that cannot be restored (tests replace this)."""
    return QMessageBox.question(
        None, tr("Damaged recovery file"),
        tr("A recovery file from {time} cannot be restored: {problem}.\n{file}\n\n"
           "Delete it? Choose No to keep it; it will be offered again at the next "
           "start.").format(time=moment_text(entry.saved_at),
                            problem=entry.problem, file=entry.recovery_file),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)


def recovered_project() -> tuple[Project, RecoveryEntry] | None:
    """Offer each crash recovery, newest first; the first one accepted is restored.

    "No" keeps a file for the next start, "Discard" deletes it; a damaged file may be
    deleted or kept. The restored entry's file is deleted by the caller only once the new
    window has autosaved the work again (its lock is held until then); every other file's
    lock is let go here.
    """
    from ..app.project import Project
    from ..app.recovery import discard, pending_recoveries, release

    entries = pending_recoveries()
    restored: tuple[Project, RecoveryEntry] | None = None
    try:
        for entry in entries:
            if entry.damaged:
                if ask_about_damaged(entry) == QMessageBox.StandardButton.Yes:
                    discard(entry)
                continue
            answer = ask_to_recover(entry)
            if answer == QMessageBox.StandardButton.Yes:
                project = Project(entry.data, entry.file_path)
                project.undo_stack.resetClean()  # restored work is not saved yet
                restored = project, entry
                return restored
            if answer == QMessageBox.StandardButton.Discard:
                discard(entry)
        return None
    finally:
        for entry in entries:
            if restored is None or entry is not restored[1]:
                release(entry)


def _recovered_window(project: Project, entry: RecoveryEntry,
                      settings: Settings) -> MainWindow:
    """The window on restored work; the old recovery file goes once the work is safe."""
    from ..app.recovery import discard
    from .main_window import MainWindow

    window = MainWindow(project, settings)
    autosaver = window.autosaver
    if autosaver is not None and autosaver.autosave():
        discard(entry)  # the work is safe in the new recovery file
        return window
    # Autosaving fails for now: the old file (still locked by us) goes once the work is
    # safe, autosaved or saved; if neither happens it is offered again at the next start.
    if autosaver is not None:
        autosaver.autosaved.connect(lambda _time: discard(entry))
    project.file_state_changed.connect(
        lambda: None if project.is_modified else discard(entry))
    return window


def create_window(argv: Sequence[str]) -> MainWindow:
    # The preview's render process starts first: it imports the renderers and loads fonts
    # while this process imports the window (docs/PERFORMANCE-PREVIEW.md).
    RenderProcess.shared()
    from ..app.project import Project, ProjectError
    from ..app.settings import Settings

    # Exports and the spelling loader run in worker threads; a shorter GIL switch interval
    # lets the GUI thread in sooner (docs/PERFORMANCE-GUI.md).
    sys.setswitchinterval(0.001)
    try:
        recovered = recovered_project()
    except Exception as exc:  # a fault of ours must not keep the application from starting
        print(f"cica-desktop: recovery files were not checked ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        recovered = None
    settings = Settings()
    if recovered is not None:
        return _recovered_window(*recovered, settings)
    project = None
    if argv:
        try:
            project = Project.open(Path(argv[0]))
            settings.add_recent_file(Path(argv[0]))
        except ProjectError as exc:
            QMessageBox.warning(None, tr("Cannot open"), tr(
                "{file} cannot be opened:\n{reason}").format(
                    file=argv[0], reason=error_lines(exc.errors)))
    if project is None:
        # The bundled sample opens as an untitled copy: saving never overwrites it.
        project = Project.sample("zh")
    if not project.errors:
        RenderProcess.shared().warm_up(project.data)  # its fonts load meanwhile
    from .main_window import MainWindow  # after the render process has started

    return MainWindow(project, settings)


def run_gui(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    RenderProcess.shared()  # it starts while the rest is imported
    dress()
    from ..app.settings import Settings

    language = Settings().ui_language() or system_ui_language()
    switch_translators(app, language)
    QCoreApplication.setOrganizationName("cica-desktop")
    QCoreApplication.setApplicationName("cica-desktop")
    window = create_window(list(argv))
    window.show()
    return int(app.exec())
