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
from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


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


def recovered_project() -> Project | None:
    """Offer the newest crash recovery; returns the restored project, or None."""
    for entry in pending_recoveries():
        answer = ask_to_recover(entry)
        if answer == QMessageBox.StandardButton.Yes:
            project = Project(entry.data, entry.file_path)
            project.undo_stack.resetClean()  # restored work is not saved yet
            discard(entry)
            return project
        if answer == QMessageBox.StandardButton.Discard:
            discard(entry)
        return None  # "No": keep the file for the next start
    return None


def create_window(argv: Sequence[str]) -> MainWindow:
    # Renders run in a worker thread; a shorter GIL switch interval lets the GUI thread in
    # sooner, so typing stays smooth while the preview renders (docs/PERFORMANCE-GUI.md).
    sys.setswitchinterval(0.001)
    project = recovered_project()
    settings = Settings()
    if project is None:
        target = Path(argv[0]) if argv else sample_path("zh")
        try:
            project = Project.open(target)
            if argv:
                settings.add_recent_file(target)
        except ProjectError as exc:
            QMessageBox.warning(None, tr("Cannot open"), tr(
                "{file} cannot be opened:\n{reason}").format(
                    file=target, reason="\n".join(str(e) for e in exc.errors)))
            project = Project.open(sample_path("zh"))
    return MainWindow(project, settings)


def run_gui(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName("cica-desktop")
    QCoreApplication.setApplicationName("cica-desktop")
    window = create_window(list(argv))
    window.show()
    return int(app.exec())
