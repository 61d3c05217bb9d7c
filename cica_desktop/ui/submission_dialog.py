"""Export ▸ Submission…: a dialog for the folder, the e-mail's addresses, the signing key
and its password; then the folder is written by a worker (app/submission.py), and the
window says which files it holds or why none was written."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..app.exports import project_dir
from ..app.submission import (
    Addresses,
    SigningInputs,
    SubmissionJob,
    SubmissionSignals,
    existing_files,
    save_addresses,
    saved_addresses,
    split_addresses,
    suggested_folder,
)
from .path_line import show_start, unbroken_path, whole_path_as_tooltip

if TYPE_CHECKING:
    from .main_window import MainWindow


class SubmissionDialog(QDialog):
    """Where the folder goes, who the e-mail is from, to and copied to, the key and its
    password."""

    def __init__(self, folder: Path, addresses: Addresses, p12: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submission_dialog")
        self.setWindowTitle(self.tr("Submission for the Secretariat"))
        self.setMinimumWidth(720)  # room for a folder path and the addresses
        form = QFormLayout(self)
        self.folder = self._line("submission.folder", str(folder))
        form.addRow(self.tr("Folder:"), self._with_button(self.folder, self._choose_folder))
        self.from_line = self._line("submission.from", addresses.sender)
        form.addRow(self.tr("From:"), self.from_line)
        self.to = self._line("submission.to", ", ".join(addresses.to))
        self.to.setPlaceholderText(self.tr("addresses, separated by commas"))
        form.addRow(self.tr("To:"), self.to)
        self.cc = self._line("submission.cc", ", ".join(addresses.cc))
        self.cc.setPlaceholderText(self.tr("addresses, separated by commas"))
        form.addRow(self.tr("Cc:"), self.cc)
        self.p12 = self._line("submission.p12", str(p12) if p12 else "")
        form.addRow(self.tr("Signing key (.p12):"), self._with_button(self.p12, self._choose_p12))
        self.password = self._line("submission.password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password (for this signature only):"), self.password)
        self.problem = QLabel()
        self.problem.setObjectName("submission.problem")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("submission.buttons")
        # Says what it does: the letter is signed with the key, then the folder written.
        self.write_button = buttons.addButton(self.tr("Sign and write"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("submission.write")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        show_start(line)
        return line

    def _with_button(self, line: QLineEdit, choose: Callable[[], None]) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        whole_path_as_tooltip(line)
        line.setMinimumWidth(line.fontMetrics().averageCharWidth() * 48)
        button = QPushButton(self.tr("Choose…"))
        button.setObjectName(f"{line.objectName()}.choose")
        button.clicked.connect(choose)
        layout.addWidget(button)
        return box

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if name:
            self.folder.setText(name)
            self.folder.setCursorPosition(0)

    def _choose_p12(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key and certificate"),
                                              self.p12.text(),
                                              self.tr("PKCS#12 files (*.p12 *.pfx)"))
        if name:
            self.p12.setText(name)
            self.p12.setCursorPosition(0)

    def addresses(self) -> Addresses:
        return Addresses(self.from_line.text().strip(), split_addresses(self.to.text()),
                         split_addresses(self.cc.text()))

    def problems(self) -> list[str]:
        found = []
        if not self.folder.text().strip():
            found.append(self.tr("Choose a folder."))
        if not Path(self.p12.text()).expanduser().is_file():
            found.append(self.tr("Choose the signing key (.p12 or .pfx)."))
        addresses = self.addresses()
        for address in (addresses.sender, *addresses.to, *addresses.cc):
            if address and "@" not in address:
                found.append(self.tr("{address} is not an e-mail address.").format(
                    address=address))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        super().accept()


class Submissions(QObject):
    """Starts the submission job and reports its outcome in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("submissions")
        self._window = window
        self.pool = QThreadPool(self)
        self.jobs: list[SubmissionJob] = []
        # The last "Submission written" message (shown, not modal).
        self.done_box: QMessageBox | None = None

    def ask_and_submit(self) -> SubmissionJob | None:
        window = self._window
        package = window.project.package
        if package is None:
            QMessageBox.warning(window, self.tr("Cannot export yet"), self.tr(
                "Fix the problems listed under Findings first ({count} left).").format(
                    count=len(window.project.errors)))
            return None
        settings = window.settings
        profile = settings.signer_profile()
        p12 = Path(profile.certificate).expanduser() if profile.certificate else None
        dialog = SubmissionDialog(suggested_folder(settings, package,
                                                   project_dir(window.project)),
                                  saved_addresses(), p12, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.submit(dialog)

    def submit(self, dialog: SubmissionDialog) -> SubmissionJob | None:
        window, settings = self._window, self._window.settings
        package = window.project.package
        if package is None:
            return None
        folder = Path(dialog.folder.text()).expanduser()
        existing = existing_files(package, folder)
        if existing and QMessageBox.question(
                window, self.tr("Replace the submission?"), self.tr(
                    "{folder} already holds files of this submission:\n{files}\n\n"
                    "Replace them? Other files in the folder are left alone.").format(
                        folder=folder, files="\n".join(path.name for path in existing)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            dialog.password.clear()
            return None
        p12 = Path(dialog.p12.text()).expanduser()
        profile = settings.signer_profile()
        if profile.certificate != str(p12):
            settings.set_signer_profile(dataclasses.replace(profile, certificate=str(p12)))
        save_addresses(dialog.addresses())
        settings.set_last_export_dir(folder.parent)
        signals = SubmissionSignals(self)
        job = SubmissionJob(package, SigningInputs(
            p12, profile=settings.signer_profile(), project_dir=project_dir(window.project),
            tsa_url=settings.tsa_url(), tsa_timeout=settings.tsa_timeout(),
            pdfa=settings.pdfa()), dialog.password.text(), folder, dialog.addresses(),
            signals)
        dialog.password.clear()
        signals.finished.connect(lambda files, j=job: self._finished(j, files))
        signals.failed.connect(lambda path, why, j=job: self._failed(j, path, why))
        self.jobs.append(job)
        window.statusBar().showMessage(self.tr("Preparing the submission in {folder}…").format(
            folder=folder))
        self.pool.start(job)
        return job

    def wait(self, msecs: int) -> bool:
        return bool(self.pool.waitForDone(msecs))

    def _done(self, job: SubmissionJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        job.signals.deleteLater()

    def _finished(self, job: SubmissionJob, files: list[str]) -> None:
        self._done(job)
        self._window.statusBar().showMessage(self.tr(
            "Submission written: {count} files in {folder}").format(
                count=len(files), folder=job.folder), 10000)
        self.done_box = self._done_box(job.folder, [Path(file) for file in files])
        self.done_box.show()

    def _done_box(self, folder: Path, files: list[Path]) -> QMessageBox:
        """What was written, with buttons to open the e-mail in the mail program and the
        folder in the file manager (not modal: the window stays usable)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Submission written"), "",
                          QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("submission_done")
        # The path on a line of its own, unbroken (elided in the middle if need be; the
        # whole path in the tooltip), above the files it holds.
        metrics = QFontMetrics(box.font())
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<p>{}</p><p>{}</p>".format(
            html.escape(self.tr("The folder written holds these files:")),
            unbroken_path(folder, metrics, metrics.averageCharWidth() * 56)))
        box.setToolTip(str(folder))
        # Rich text as the text above: one file a line, each name unbroken.
        box.setInformativeText("<br>".join(f"<nobr>{html.escape(file.name)}</nobr>"
                                           for file in files))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        emails = [file for file in files if file.suffix == ".eml"]
        if emails:
            mail = box.addButton(self.tr("Open the e-mail"),
                                 QMessageBox.ButtonRole.ActionRole)
            mail.setObjectName("submission_done.email")
            mail.clicked.connect(lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(emails[0]))))
        opener = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("submission_done.folder")
        opener.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder))))
        return box

    def _failed(self, job: SubmissionJob, folder: str, reason: str) -> None:
        self._done(job)
        self._window.statusBar().showMessage(self.tr("Submission failed"), 8000)
        QMessageBox.critical(self._window, self.tr("Submission failed"), self.tr(
            "Nothing was written in {folder}: {reason}").format(folder=folder, reason=reason))


def submissions(window: MainWindow) -> Submissions:
    """The window's submissions (made the first time they are asked for)."""
    found = window.findChild(Submissions, "submissions")
    return found if isinstance(found, Submissions) else Submissions(window)
