"""File ▸ Import Word document…: choose a .docx, open what it reads as a new, untitled
project, and show the import report (every guess, every field still to fill) beside the
window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..app.word_import import Imported, import_word

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("WordImport", text)


class ImportReport(QDialog):
    """The import report: what the import guessed and what is left to fill."""

    def __init__(self, source: Path, imported: Imported, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(_tr("Import report"))
        layout = QVBoxLayout(self)
        if imported.errors:
            summary = _tr("{file} was read; {count} values must be corrected (see "
                          "Findings).").format(file=source.name, count=imported.errors)
        elif imported.draft:
            summary = _tr("{file} was read as a draft: the fields still to fill are listed "
                          "below and marked in the preview.").format(file=source.name)
        else:
            summary = _tr("{file} was read; check the guesses below.").format(
                file=source.name)
        label = QLabel(summary)
        label.setObjectName("import_report.summary")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.lines = QPlainTextEdit("\n".join(imported.report))
        self.lines.setObjectName("import_report.lines")
        self.lines.setReadOnly(True)
        layout.addWidget(self.lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


def import_word_document(window: MainWindow, path: Path | None = None) -> ImportReport | None:
    """Ask for a .docx (unless *path* is given), open it as a new project, and show the
    report (returned, non-modal)."""
    if not window.confirm_discard():
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, _tr("Import Word document"), str(window.settings.last_export_dir()),
            _tr("Word documents (*.docx);;All files (*)"))
        if not name:
            return None
        path = Path(name)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        imported = import_word(path)
    except (ValueError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, _tr("Cannot import"), _tr(
            "{file} cannot be imported:\n{reason}").format(file=path, reason=exc))
        return None
    QApplication.restoreOverrideCursor()
    window.set_project(imported.project)
    window.statusBar().showMessage(_tr("Imported {file}: save it as a project.").format(
        file=path.name), 10000)
    report = ImportReport(path, imported, window)
    report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    report.show()
    return report
