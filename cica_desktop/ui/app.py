"""Starting the desktop application: the QApplication, recovery after a crash, the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..app.project import Project, ProjectError
from ..app.recovery import RecoveryEntry, discard, pending_recoveries
from ..app.settings import Settings
from ..samples import sample_path
from .i18n import switch_translators, system_ui_language
from .main_window import MainWindow


def tr(text: str) -> str:
    """Translate *text* (lupdate files free tr() calls under the empty context)."""
    return QCoreApplication.translate("", text)


def ask_to_recover(entry: RecoveryEntry) -> QMessageBox.StandardButton:
    """Ask whether to restore unsaved work left by a crash (tests replace this)."""
    name = entry.file_path.name if entry.file_path else tr("an untitled request")
    return QMessageBox.question(
        None, tr("Recover unsaved work"),
        tr("cica-desktop did not close normally. Unsaved changes to {name} from {time} "
           "were kept. Restore them?").format(
            name=name, time=entry.saved_at.strftime("%d %B %Y %H:%M")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)


def recovered_project() -> tuple[Project, RecoveryEntry] | None:
    """Offer each crash recovery, newest first; the first one accepted is restored.

    "No" keeps a file for the next start, "Discard" deletes it. The restored entry's file is
    deleted by the caller only once the new window has autosaved the work again.
    """
    for entry in pending_recoveries():
        answer = ask_to_recover(entry)
        if answer == QMessageBox.StandardButton.Yes:
            project = Project(entry.data, entry.file_path)
            project.undo_stack.resetClean()  # restored work is not saved yet
            return project, entry
        if answer == QMessageBox.StandardButton.Discard:
            discard(entry)
    return None


def create_window(argv: Sequence[str]) -> MainWindow:
    # Renders run in a worker thread; a shorter GIL switch interval lets the GUI thread in
    # sooner, so typing stays smooth while the preview renders (docs/PERFORMANCE-GUI.md).
    sys.setswitchinterval(0.001)
    recovered = recovered_project()
    settings = Settings()
    if recovered is not None:
        project, entry = recovered
        window = MainWindow(project, settings)
        if window.autosaver is not None and window.autosaver.autosave():
            discard(entry)  # the work is safe in the new recovery file
        return window
    project = None
    if argv:
        try:
            project = Project.open(Path(argv[0]))
            settings.add_recent_file(Path(argv[0]))
        except ProjectError as exc:
            QMessageBox.warning(None, tr("Cannot open"), tr(
                "{file} cannot be opened:\n{reason}").format(
                    file=argv[0], reason="\n".join(str(e) for e in exc.errors)))
    if project is None:
        # The bundled sample opens as an untitled copy: saving never overwrites it.
        project = Project(Project.open(sample_path("zh")).data)
    return MainWindow(project, settings)


def run_gui(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    language = Settings().ui_language() or system_ui_language()
    switch_translators(app, language)
    QCoreApplication.setOrganizationName("cica-desktop")
    QCoreApplication.setApplicationName("cica-desktop")
    window = create_window(list(argv))
    window.show()
    return int(app.exec())
