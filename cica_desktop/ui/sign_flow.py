"""The dialogs around signing: Settings ▸ Signing…, Export ▸ Signed letter PDF… (which key,
its password, where to write) and Verify signed PDF… with its verdict. The signing job is
started by ui/exports.py, like every export."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ..app.exports import suggested_signed_target
from ..app.signing import Verdict, verify_file
from .signing_dialog import SigningDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class SignFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def edit_settings(self) -> bool:
        """Settings ▸ Signing…; True when the user saved changes."""
        window = self._window
        dialog = SigningDialog(window.settings, window)
        accepted = dialog.exec() == SigningDialog.DialogCode.Accepted
        if accepted:  # the profile's signature and key show in the mission layout
            window.set_preview_layout(window.settings.preview_layout())
        return accepted

    def sign_letter(self) -> None:
        """Ask for the key (unless the profile names one), its password and the file, then
        sign. The password is used for this signature only, never kept."""
        window, settings = self._window, self._window.settings
        profile = settings.signer_profile()
        p12 = Path(profile.certificate).expanduser() if profile.certificate else None
        if p12 is None or not p12.is_file():
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Signing key and certificate"), str(Path.home()),
                self.tr("PKCS#12 files (*.p12 *.pfx)"))
            if not name:
                return
            p12 = Path(name)
            settings.set_signer_profile(dataclasses.replace(profile, certificate=name))
        password, ok = QInputDialog.getText(
            window, self.tr("Sign the letter"),
            self.tr("Password of {file} (used for this signature only):").format(
                file=p12.name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            window, self.tr("Export signed letter"),
            str(suggested_signed_target(window.project, settings)), "PDF (*.pdf)")
        if name:
            window.exports.export_signed_letter(p12, password, Path(name))

    def choose_and_verify(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Verify signed PDF"),
            str(self._window.settings.last_export_dir()), "PDF (*.pdf)")
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> str:
        """Check the signatures of *path* and every change made after them; show the
        verdict (a warning when the file is not valid) and return its text."""
        title = self.tr("Verify signed PDF")
        result = verify_file(path, self._window.settings.trusted_certificates())
        match result.verdict:
            case Verdict.UNREADABLE:
                text = self.tr("{file} cannot be checked: {reason}").format(
                    file=path.name, reason=result.reason)
                QMessageBox.warning(self._window, title, text)
                return text
            case Verdict.UNSIGNED:
                text = self.tr("{file} has no signature.").format(file=path.name)
                QMessageBox.warning(self._window, title, text)
                return text
            case Verdict.TRUSTED:
                headline = self.tr("{file}: valid. The signatures hold and nothing was "
                                   "changed after signing beyond what they permit.")
            case Verdict.VALID:
                headline = self.tr("{file}: valid, but a signer is not in your trusted "
                                   "certificates (Settings ▸ Signing…).")
            case Verdict.NOT_VALID:
                headline = self.tr("{file}: NOT VALID. It was changed after signing, or a "
                                   "signature does not hold. Do not rely on what it shows.")
        text = headline.format(file=path.name) + "\n\n" + "\n".join(result.details)
        show = QMessageBox.critical if result.verdict is Verdict.NOT_VALID \
            else QMessageBox.information
        show(self._window, title, text)
        return text
