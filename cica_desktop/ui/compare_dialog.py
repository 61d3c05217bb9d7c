"""File ▸ Compare with earlier version…: choose the earlier version's project file, where to
write, the format and the author; the project being edited is the new version. The result (or why
nothing was written) is shown in the dialog, which stays open for another comparison."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app.compare import (
    COMPARE_FORMATS,
    Compared,
    CompareFailed,
    author_for,
    compare_with,
    suggested_target,
)
from ..app.project import Project
from ..app.settings import Settings
from .dialogs import language_name
from .messages import error_lines
from .path_line import show_start, unbroken_path, whole_path_as_tooltip

if TYPE_CHECKING:
    from .main_window import MainWindow


class CompareDialog(QDialog):
    def __init__(self, project: Project, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare with an earlier version"))
        self.setMinimumWidth(600)  # room for a path, the placeholder and a mission's name
        self.project, self.settings = project, settings
        self.result_: Compared | None = None

        intro = QLabel(self.tr(
            "The project being edited is the new version. Every difference from the earlier "
            "version becomes a tracked change (Word's Review pane lists each one), or is "
            "drawn in colour in a PDF."))
        intro.setWordWrap(True)
        self.earlier = QLineEdit()
        self.earlier.setObjectName("compareEarlier")
        self.earlier.setPlaceholderText(self.tr("The earlier version's project file (.json)"))
        self.format = QComboBox()
        self.format.setObjectName("compareFormat")
        self.format.addItem(self.tr("Word document with tracked changes (.docx)"), "docx")
        self.format.addItem(self.tr("PDF showing the changes (.pdf)"), "pdf")
        self.target = QLineEdit(str(suggested_target(project, settings, "docx")))
        self.target.setObjectName("compareTarget")
        self.author = QLineEdit(author_for(project, settings))
        self.author.setObjectName("compareAuthor")
        self.author.setToolTip(self.tr("The name Word shows for each change"))
        self.outcome = QLabel()
        self.outcome.setObjectName("compareResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Earlier version:"), self._with_browse(self.earlier,
                                                                   self._choose_earlier))
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Write to:"), self._with_browse(self.target, self._choose_target))
        form.addRow(self.tr("Changes by:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = buttons.addButton(self.tr("Compare"),
                                            QDialogButtonBox.ButtonRole.ApplyRole)
        self.run_button.setObjectName("compareRun")
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.earlier.textChanged.connect(self._update)
        self.target.textChanged.connect(self._update)
        for line in (self.earlier, self.target, self.author):
            show_start(line)
        self._update()

    def _with_browse(self, line: QLineEdit, choose: Callable[[], None]) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(line, 1)
        whole_path_as_tooltip(line)
        button = QPushButton(self.tr("Browse…"))
        button.setObjectName(f"{line.objectName()}Browse")
        button.clicked.connect(choose)
        box.addWidget(button)
        return row

    def fmt(self) -> str:
        value = self.format.currentData()
        return value if value in COMPARE_FORMATS else "docx"

    def _format_changed(self) -> None:
        text = self.target.text().strip()
        if text:
            self.target.setText(str(Path(text).with_suffix(f".{self.fmt()}")))
            self.target.setCursorPosition(0)

    def _update(self) -> None:
        self.run_button.setEnabled(bool(self.earlier.text().strip()
                                        and self.target.text().strip()))

    def _choose_earlier(self) -> None:
        start = self.earlier.text() or str(self.project.file_path or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Earlier version"), start,
                                              self.tr("Projects (*.json)"))
        if name:
            self.earlier.setText(name)
            self.earlier.setCursorPosition(0)

    def _choose_target(self) -> None:
        pattern = (self.tr("Word documents (*.docx)") if self.fmt() == "docx"
                   else self.tr("PDF files (*.pdf)"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the changes to"),
                                              self.target.text(), pattern)
        if name:
            self.target.setText(name)
            self.target.setCursorPosition(0)

    def confirm_replace(self, target: Path) -> bool:
        """Whether to write *target*: yes if it does not exist, else as the user answers
        (as the file dialogs of the other exports ask)."""
        if not target.exists():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"), "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("compareReplace")
        # The path on a line of its own, never broken inside a name; whole as tooltip.
        metrics = QFontMetrics(box.font())
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<p>{}</p><p>{}</p>".format(
            html.escape(self.tr("This file already exists. Do you want to replace it?")),
            unbroken_path(target, metrics, metrics.averageCharWidth() * 56)))
        box.setToolTip(str(target))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def run(self) -> Compared | None:
        """Compare and write (after asking, if the file exists); the outcome is shown under
        the form."""
        target = Path(self.target.text().strip()).expanduser()
        if not self.confirm_replace(target):
            self.result_ = None
            self.outcome.setText(self.tr("Nothing was written: {file} was kept.").format(
                file=target))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = compare_with(self.project, Path(self.earlier.text().strip()), target,
                                  self.fmt(), self.author.text(), replace=True)
        except CompareFailed as exc:
            self.result_ = None
            self.outcome.setText(self.tr("Nothing was written. {reason}").format(
                reason=self.reason(exc)))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.result_ = result
        self.settings.set_last_export_dir(target.absolute().parent)
        s = result.summary
        if s.total:
            changes = self.tr(
                "Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: "
                "{moved}, renumbered or restyled: {reformatted}.").format(
                changed=s.changed, inserted=s.inserted, deleted=s.deleted, moved=s.moved,
                reformatted=s.reformatted)
        else:
            changes = self.tr("The two versions do not differ.")
        self.outcome.setText(self.tr("Written to {path}. {changes}").format(
            path=result.path, changes=changes))
        return result

    def reason(self, failed: CompareFailed) -> str:
        """Why nothing was written, in the interface language (the same values as the
        English of app/compare.py's REASONS)."""
        values = failed.values
        match failed.why:
            case "target_exists":
                return self.tr("{target} already exists; it was kept.").format(**values)
            case "project_errors":
                return self.tr("The project has errors: correct them (see the findings) "
                               "before comparing.")
            case "earlier_invalid":
                details = "; ".join(error_lines([error]) for error in values["errors"])
                return self.tr("{file} is not a valid project: {details}").format(
                    file=values["file"], details=details)
            case "earlier_unreadable":
                return self.tr("Cannot read {file}: {reason}").format(**values)
            case "languages":
                return self.tr("The earlier version is in another language ({old}; this "
                               "one: {new}): compare two versions in one language.").format(
                    old=language_name(values["old"]), new=language_name(values["new"]))
            case "not_compared":
                return self.tr("Could not compare ({reason}); nothing was written.").format(
                    **values)
            case "not_written" if values["file"]:  # the sentence before says nothing was
                return f"{values['file']}: {values['reason']}"
            case "not_written":
                return str(values["reason"])
        return str(failed)


def dialog_for(window: MainWindow) -> CompareDialog:
    """The dialog for the window's project and settings."""
    return CompareDialog(window.project, window.settings, window)


def compare_with_earlier(window: MainWindow) -> None:
    """File ▸ Compare with earlier version…: the dialog, modal over the window."""
    dialog = dialog_for(window)
    dialog.exec()
    dialog.deleteLater()
